"""Modality: whether an event happened, is denied, wished for, conditional, possible or planned.

An analyst reads "no meeting plans have been set" and "would talk only if the U.S. drops its
demands" very differently from "met"; event data that drops the difference misleads. The
modality is read from the event's *scope chain*: the trigger and the words that govern it up to
its clause root ("meeting" -> "plans" -> "set"), where negators, conditions, modal verbs and
words of wanting attach. Checks run in order of how much they change the meaning: negation,
condition, hypothesis, intention, future.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

CHAIN_DEPS = frozenset(
    {
        "compound",
        "dobj",
        "pobj",
        "prep",
        "pcomp",
        "nsubj",
        "nsubjpass",
        "attr",
        "xcomp",
        "amod",
        "acl",
        "acomp",
        "oprd",
        "appos",
        "conj",
        "agent",
        "dative",
    }
)
"""Relations through which a governing word scopes over the trigger ("desire for a meeting")."""

MAX_CHAIN = 8

CONDITION_MARKERS = frozenset({"if", "unless", "provided", "providing", "provided that"})
NEGATING_DETERMINERS = frozenset({"no", "neither", "nor"})
NEGATING_WORDS = frozenset({"not", "n't", "never", "no"})
HYPOTHESIS_WORDS = frozenset(
    {
        "possibility",
        "prospect",
        "chance",
        "likelihood",
        "idea",
        "option",
        "scenario",
        "whether",
        "possible",
        "potential",
        "consider",
        "mull",
        "weigh",
        "contemplate",
        "speculate",
        "suggest",
    }
)
DELIBERATION_WORDS = frozenset({"consider", "mull", "weigh", "contemplate"})
"""Verbs of weighing an act: "is considering suspending talks" announces the act as an option
its doer holds over the other party, which PLOVER codes as the threat or offer of it."""
READYING_WORDS = frozenset({"prepare", "poised", "poise"})
"""Words of getting ready to act: forces "prepared to resume shelling" are moving, short of the
use of force, which PLOVER codes as MOBILIZE, not as the verbal THREATEN of "vowed to attack"."""
ADVISING_MODALS = frozenset({"should", "might", "may", "ought"})
"""Modals that, with a negator, advise against an act or leave it open ("should not attend",
"may not sign") rather than deny it (see ``_advised``)."""
RULE_MODALS = frozenset({"can", "must"})
"""Modals of ability and obligation: "a governor can be removed by the assembly" and "two thirds
must vote to convict" state a rule or a need, not an act that happened (see ``states_a_rule``)."""
HYPOTHESIS_MODALS = frozenset({"could", "might", "may", "should"}) | RULE_MODALS
INTENT_WORDS = frozenset(
    {
        "want",
        "wish",
        "hope",
        "love",
        "like",
        "plan",
        "aim",
        "intend",
        "seek",
        "desire",
        "aspiration",
        "willingness",
        "readiness",
        "intention",
        "interest",
        "eager",
        "keen",
        "ready",
        "prepared",
        "committed",
        "determined",
        "poised",
        "willing",
        "open",
        "indication",
        "push",
        "strive",
        "bid",
        "effort",
        "expect",
        "prepare",
        "look",
        "offer",
        "request",
        "propose",
        "invite",
        "urge",
        "ask",
    }
)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_FRAMES = frozenset({"going", "set", "due", "scheduled", "slated"})
"""Future only with an infinitive: "is set to visit", not "due to threats"."""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
"""Tenses a coordinated verb carries for itself ("would have faced a trial but resigned")."""


def scope_chain(trigger: Token) -> list[Token]:
    """The trigger and the words governing it, up to (and including) its clause root."""
    chain = [trigger]
    token = trigger
    for _ in range(MAX_CHAIN):
        if token.dep_ not in CHAIN_DEPS or token.head == token:
            break
        if token.dep_ == "acl" and token.pos_ == "VERB":
            break  # "the sanctions imposed on ...": a participle states a fact, not a plan
        token = token.head
        chain.append(token)
    return chain


def modal_chain(trigger: Token) -> list[Token]:
    """The part of the scope chain whose negators and modals bear on the trigger.

    A coordinated verb with its own tense does not share the first verb's modal or negation:
    in "would have faced a trial but resigned" and "did not attend but sent a letter" the second
    act happened. A bare verb does share them ("will meet and discuss", "did not meet or call").
    """
    chain = scope_chain(trigger)
    for k, token in enumerate(chain[:-1]):
        if token.dep_ == "conj" and token.tag_ in FINITE_TAGS and token.pos_ in ("VERB", "AUX"):
            return chain[: k + 1]
    return chain


def _owned(trigger: Token) -> list[Token]:
    """The trigger alone when it is a noun with an owner ("the protesters' demands", "Iran's
    offer"), else nothing.

    An owned act is presupposed to have happened: "did not accede to the protesters' demands"
    refuses demands that were made, so a negator above the noun denies the verb's act, not the
    noun's.
    """
    if trigger.pos_ == "NOUN" and any(c.dep_ == "poss" for c in trigger.children):
        return [trigger]
    return []


def _is_negated(chain: list[Token]) -> bool:
    for token in chain:
        for child in token.children:
            if child.dep_ == "neg" and child.lower_ in NEGATING_WORDS:
                return True
            if child.dep_ == "det" and child.lower_ in NEGATING_DETERMINERS:
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                d.dep_ in ("det", "preconj") and d.lower_ in NEGATING_DETERMINERS
                for d in child.children
            ):
                return True  # "no country has agreed", "neither the EU nor the US would"
        if token.lower_ in ("no", "never") and token.dep_ in ("det", "neg", "advmod"):
            return True
    return False


def _is_condition(clause: Token) -> bool:
    """Whether a clause is introduced by a conditional marker, and not the hedge "if not" before
    a quantity or a quality ("thousands if not tens of thousands", "hard if not impossible"),
    which grades a fact rather than setting a condition ("if not resolved" still does)."""
    for mark in clause.children:
        if mark.dep_ != "mark" or mark.lower_ not in CONDITION_MARKERS:
            continue
        doc = mark.doc
        if (
            mark.lower_ == "if"
            and mark.i + 2 < len(doc)
            and doc[mark.i + 1].lower_ == "not"
            and doc[mark.i + 2].pos_ not in ("VERB", "AUX")
        ):
            continue
        return True
    return False


def _condition_of(chain: list[Token]) -> Span | None:
    """The conditional clause attached to the event's clause ("only if the U.S. drops ...")."""
    for token in chain:
        for child in token.children:
            if child.dep_ not in ("advcl", "conj"):
                continue  # spaCy attaches "but only if ..." as a conjunct
            if _is_condition(child):
                doc = child.doc
                start = child.left_edge.i
                end = child.right_edge.i + 1
                while end > start and doc[end - 1].is_punct:
                    end -= 1
                if start <= chain[0].i < end:
                    continue  # the trigger is inside its own condition: see hypothetical
                return doc[start:end]
    return None


def _inside_condition(trigger: Token) -> bool:
    """Whether the trigger stands in an "if" clause: an adverbial clause, or a conjunct as spaCy
    attaches "but only if the U.S. drops its demands", where the act is only supposed."""
    token = trigger
    for _ in range(MAX_CHAIN):
        if token.dep_ in ("advcl", "conj") and _is_condition(token):
            return True
        if token.head == token or token.dep_ in ("ccomp", "relcl", "parataxis"):
            return False
        token = token.head
    return False


def _intent_words(chain: list[Token]) -> set[str]:
    """The governing words that can make the event only intended, less those the event's noun
    is the subject of.

    The subject of a verb of aiming is what aims, not what is aimed at: "the agreement seeks to
    end the war" and "the talks aim to ease tension" report an agreement and talks that exist,
    whereas "a meeting is planned" and "wants a meeting" intend theirs.
    """
    words: set[str] = set()
    for prev, token in itertools.pairwise(chain):
        if prev.dep_ == "nsubj" and prev.pos_ in ("NOUN", "PROPN"):
            continue
        words.update((token.lemma_.lower(), token.lower_))
    return words


def is_deliberated(trigger: Token) -> bool:
    """Whether the event is an act its doer is weighing ("considering suspending talks",
    "mulling sanctions", "weighs a ban"); see ``DELIBERATION_WORDS``."""
    return any(t.lemma_.lower() in DELIBERATION_WORDS for t in modal_chain(trigger)[1:])


def _advised(chain: list[Token]) -> bool:
    """Whether a negated act is only advised against or judged possible ("shouldn't support the
    rebels", "may not attend"): the act is weighed, not denied, unlike "did not" or "could not"."""
    return any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ADVISING_MODALS
        for t in chain
        for c in t.children
    )


def is_readied(trigger: Token) -> bool:
    """Whether the event is an act its doer is getting ready for ("prepared to attack", "poised
    to strike"); see ``READYING_WORDS``."""
    chain = modal_chain(trigger)[1:]
    return any(t.lemma_.lower() in READYING_WORDS or t.lower_ in READYING_WORDS for t in chain)


def modality_of(trigger: Token) -> tuple[str, Span | None]:
    """The modality of the event at ``trigger`` and, for conditional events, the condition span.

    Args:
        trigger: the trigger's head token.

    Returns:
        One of the schema's modalities, and the condition span when it is "conditional".
    """
    chain = modal_chain(trigger)
    if _is_negated(_owned(trigger) or chain):
        if _advised(chain):
            return "hypothetical", None
        return "negated", None
    condition = _condition_of(chain)
    if condition is not None:
        return "conditional", condition
    if _inside_condition(trigger):
        return "hypothetical", None
    words = {t.lemma_.lower() for t in chain[1:]} | {t.lower_ for t in chain[1:]}
    modals = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if words & HYPOTHESIS_WORDS or modals & HYPOTHESIS_MODALS:
        return "hypothetical", None
    if _intent_words(chain) & INTENT_WORDS:
        return "intended", None
    framed = any(
        t.lemma_.lower() in FUTURE_FRAMES and prev.dep_ == "xcomp"
        for prev, t in itertools.pairwise(chain)
    )
    if modals & FUTURE_AUX or framed:
        return "future", None
    if "would" in modals:
        return "future", None
    return "asserted", None


def is_prospective(trigger: Token) -> bool:
    """Whether the event is announced with a modal of will ("will not accept", "would not meet").

    A negated prospective cooperation is a refusal ("Syria will not accept more refugees"),
    whereas a negated past one is only an absence ("no meeting plans have been set").
    """
    chain = modal_chain(trigger)
    modals = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux" and c.tag_ == "MD"}
    return bool(modals & (FUTURE_AUX | {"would", "'d"}))


def states_a_rule(trigger: Token) -> bool:
    """Whether the event is hypothetical only by "can" or "must" ("green energy can provide
    jobs", "a massive star must have an explosion").

    Such a sentence with no party states a rule, an ability or a need, not a possible act whose
    parties the article may name elsewhere ("the possibility of lifting sanctions"), so the
    component drops it as it drops a partyless asserted event.
    """
    chain = modal_chain(trigger)
    modals = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux" and c.tag_ == "MD"}
    words = {t.lemma_.lower() for t in chain[1:]} | {t.lower_ for t in chain[1:]}
    return bool(modals & RULE_MODALS) and not (
        modals & (HYPOTHESIS_MODALS - RULE_MODALS) or words & HYPOTHESIS_WORDS
    )
