"""Classes of candidate attribution that PolNeAR does not annotate, dropped by construction.

Each filter names one kind of sentence the verb rules read as an attribution but the
annotators mostly did not (perceptions with a clause, sayings only planned or allowed,
questions put to the reader, stances only supposed, words of a markup tag, a bare relative
"that" as a source), with the share of its train uses left unannotated, so a reader can weigh
each against the recall it costs.
"""

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc

from demarche.quotes.draft import Draft

UNNAMED_RELATIVES: frozenset[str] = frozenset({"that"})
"""Relative pronouns that PolNeAR does not take as a source ("a poll that shows …", "industries
that oppose the rule"): on train three in four such sources were not gold's."""


def unnamed_relatives(doc: Doc, drafts: list[Draft]) -> None:
    """Drop a source that is only a relative pronoun of ``UNNAMED_RELATIVES``.

    The speaker stays resolved (its token is the pronoun's noun); only the source span goes,
    and only after ``univocal``, which still needs it to keep cues out of accepted sources.
    """
    for draft in drafts:
        if draft.source is None:
            continue
        span = doc.char_span(*draft.source, alignment_mode="expand")
        if (
            span is not None
            and len(span) == 1
            and span[0].lower_ in UNNAMED_RELATIVES
            and span[0].tag_ == "WDT"
        ):
            draft.source = None


PERCEPTION: frozenset[str] = frozenset({"see"})
"""Verbs of sight that report a view only as "X sees Y as Z" (``cues.FRAMING``); with a clause
they tell what someone saw or wants to find out ("waited to see if", "saw that she wept")."""


def sees(doc: Doc, draft: Draft) -> bool:
    """Whether a draft is a perception with a clause ("waited to see if the board would vote"),
    which PolNeAR leaves unannotated two times in three on train."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    return verb.lemma_ in PERCEPTION and any(c.dep_ == "ccomp" for c in verb.children)


def unrealised(doc: Doc, draft: Draft) -> bool:
    """Whether a draft's cue is an infinitive modifying a noun ("an effort to acknowledge the
    vote", "the right to refuse service"): a saying planned, allowed or refused, not made,
    which PolNeAR leaves unannotated three times in four on train."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def asks_reader(doc: Doc, draft: Draft) -> bool:
    """Whether a draft is a question the writer puts to the reader ("Would you still vote for
    her?", "Do you know where his returns are?"): "you" asked about, not anyone's statement."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in verb.children):
        return False
    sentence = verb.sent
    return any(token.text == "?" for token in sentence[-3:])


def in_markup(drafts: list[Draft], markup: list[tuple[int, int]]) -> list[Draft]:
    """The drafts whose cue does not lie inside a markup tag left in the text.

    An embedded post ("<tweet author="@jdoe" tweet_id="…">") names its kind in a word the
    tagger reads as the verb "tweet"; no word inside a tag is prose (all 16 such cues on train
    were false).
    """
    if not markup:
        return drafts
    starts = [start for start, _ in markup]
    kept = []
    for draft in drafts:
        if draft.cue is not None:
            index = bisect_right(starts, draft.cue[0]) - 1
            if index >= 0 and draft.cue[0] < markup[index][1]:
                continue
        kept.append(draft)
    return kept


SUPPOSING: frozenset[str] = frozenset({"if", "whether"})
"""Marks of a clause that supposes or asks about an act rather than reports it."""

_CLAUSE_LEVELS = 5
"""How many heads up from the cue the "if" or "whether" may hang (the cue, its carriers and
the clause they complete: "whether he would support", "if they continue to back")."""


MODALS: frozenset[str] = frozenset(
    {"would", "could", "should", "might", "will", "can", "may", "must", "'d", "'ll", "’d", "’ll"}
)
"""Auxiliaries that put a verb in a possible or wished-for world rather than this one."""

ASKING: frozenset[str] = frozenset({"how", "why"})
"""Question words of a clause about the manner or reason of an act ("how she would respond")."""


def hypothetical(doc: Doc, draft: Draft) -> bool:
    """Whether a draft's cue is a bare verb in an "if" or "whether" clause ("asked whether she
    would endorse him", "if they continue to back Clinton", "whether to order a review") or
    a modal verb in a "how" or "why" clause ("questions about how he would respond to it",
    "reasons why voters should prefer her"): a stance supposed or asked about, not taken.
    PolNeAR left the first unannotated in 19 of its 22 train uses (the one on dev too), the
    second in all 10 on train (none on dev)."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    token = doc[draft.cue_token]
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children) and any(
        c.dep_ == "advmod" and c.lower_ in ASKING and c.i < token.i for c in token.children
    ):
        return True
    if token.tag_ != "VB":
        return False
    for _ in range(_CLAUSE_LEVELS):
        if any(c.dep_ == "mark" and c.lower_ in SUPPOSING for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def helped_along(doc: Doc, draft: Draft) -> bool:
    """Whether a draft's cue is the bare verb "help" governs ("helped persuade the board",
    "will help determine who wins", "helps explain why"): what the subject helps bring about,
    not a saying or stance of its own, which PolNeAR left unannotated in all 10 train uses
    (none on dev)."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "help"


CONTINUING: frozenset[str] = frozenset({"continue"})
"""Verbs of saying ("she continued that …") that with an infinitive or a gerund only carry
on an act: "continues to face questions", "continued gaining momentum"."""


def aspectual(doc: Doc, draft: Draft) -> bool:
    """Whether a draft's cue is a verb of ``CONTINUING`` with a verb complement: the act goes
    on, nothing is said (all 8 such train uses unannotated, none on dev); a reporting
    complement ("continued to say") is a cue of its own, carried by this verb."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    return verb.lemma_ in CONTINUING and any(c.dep_ == "xcomp" for c in verb.children)


TOPICAL: frozenset[str] = frozenset({"focus"})
"""Verbs that report a stance only as the main act of their subject ("she focused on the
economy"); as a modifier or a second act, or with an object of their own, they tell where
effort or attention went ("an ad focused on immigration", "focused its resources on Ohio")."""

_SUBORDINATE: frozenset[str] = frozenset({"advcl", "conj", "acl"})
"""Dependencies of a verb that modifies or follows another act rather than heads a clause."""


def attention(doc: Doc, draft: Draft) -> bool:
    """Whether a draft's cue is a verb of ``TOPICAL`` in a modifying or coordinated clause or
    with a direct object ("a speech focused on jobs", "ended the bid and will focus on the
    Senate", "focused its money on Iowa"): where attention went, not what anyone holds, which
    PolNeAR left unannotated in 24 of its 27 train uses (the one on dev too)."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    return verb.lemma_ in TOPICAL and (
        verb.dep_ in _SUBORDINATE or any(c.dep_ == "dobj" for c in verb.children)
    )


SETTLING: frozenset[str] = frozenset({"decide"})
"""Verbs of choosing that also mean "settle" ("the voters will decide the race", "the state
was decided by a point"): an outcome brought about, not a choice announced."""

_CONTESTING: frozenset[str] = frozenset({"challenge"})
"""Verbs of confronting that in a relative clause mostly name a standing rivalry ("Smith, who
is challenging the incumbent", "a lawsuit which challenges the law") rather than an act."""


def settles(doc: Doc, draft: Draft) -> bool:
    """Whether a draft's cue is a verb of ``SETTLING`` in the passive, with a noun object, or
    in a relative clause ("the seat was decided by 300 votes", "voters will decide the
    winner", "a voter who has not decided yet"), or a verb of ``_CONTESTING`` in a relative
    clause ("the mayor, who is challenging the governor"): an outcome or a rivalry, not a
    decision or challenge made. PolNeAR left these unannotated in 26 of 29 train uses (the
    two on dev too)."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    if verb.lemma_ in _CONTESTING:
        return verb.dep_ == "relcl"
    if verb.lemma_ not in SETTLING:
        return False
    return verb.dep_ == "relcl" or any(
        c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT"))
        for c in verb.children
    )


PUBLISHING: frozenset[str] = frozenset({"post", "read"})
"""Verbs that report a text put out ("she posted that …", "the sign read …") but, with no one
doing it, only say where a text is ("a video posted to Facebook", "can be read online")."""


def placed(doc: Doc, draft: Draft) -> bool:
    """Whether a draft's cue is a verb of ``PUBLISHING`` in the passive or as a participle of
    a noun with no subject ("a clip posted on YouTube", "within hours of being posted"), or
    "reading" as a gerund or participle ("people reading this page", "after reading the
    memo"): where a text sits or who takes it in, not anyone's saying. PolNeAR left all 12
    such train uses unannotated (the one on dev too)."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    if verb.lemma_ not in PUBLISHING:
        return False
    if verb.lemma_ == "read" and verb.tag_ == "VBG":
        return True
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "pcomp")
        and not any(c.dep_ == "nsubj" for c in verb.children)
    )


IDIOMS: frozenset[str] = frozenset(
    {
        "that said",
        "that being said",
        "having said that",
        "needless to say",
        "suffice it to say",
        "so to speak",
        "it goes without saying",
    }
)
"""Discourse idioms built on a verb of saying that attribute nothing: the writer's own
hedges and turns ("That said, the plan may fail")."""

_IDIOM_WINDOW = 4
"""How many words around the cue an idiom can span ("it goes without saying")."""


def _words(doc: Doc, start: int, end: int) -> str:
    """The lower-cased words of a character range, without its punctuation."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    return " ".join(t.lower_ for t in span if not t.is_punct)


def idiom(doc: Doc, draft: Draft) -> bool:
    """Whether a draft's cue sits in one of ``IDIOMS`` ("That said, …", "it goes without
    saying that …") or its only content is one ("Needless to say, the senator disagreed"):
    a turn of the writer's, not anyone's saying, whatever a corpus's annotators did with it."""
    if len(draft.content) == 1 and _words(doc, *draft.content[0]) in IDIOMS:
        return True
    if draft.cue_token is None:
        return False
    token = doc[draft.cue_token]
    sentence = token.sent
    for size in range(2, _IDIOM_WINDOW + 1):
        for first in range(max(sentence.start, token.i - size + 1), token.i + 1):
            last = first + size  # one past the idiom
            if last > sentence.end:
                break
            if " ".join(t.lower_ for t in doc[first:last]) in IDIOMS and _set_off(doc, first, last):
                return True
    return False


_JOINING: frozenset[str] = frozenset({"and", "but", "so", "yet"})
"""Conjunctions an idiom may follow ("But that said, …")."""


def _set_off(doc: Doc, first: int, last: int) -> bool:
    """Whether the words ``first``..``last`` stand apart as a turn of phrase: at the start of
    their sentence or after a mark or conjunction, and followed by a mark or the sentence's end
    ("That said, …"), so that "a report that said …" is no idiom. "It goes without saying"
    takes its clause directly."""
    sentence = doc[first].sent
    before = doc[first - 1] if first > sentence.start else None
    if before is not None and not (before.is_punct or before.lower_ in _JOINING):
        return False
    if doc[last - 1].lower_ == "saying":
        return True
    return last >= sentence.end or doc[last].is_punct


Filter = Callable[[Doc, Draft], bool]

BEFORE_UNIVOCAL: tuple[Filter, ...] = (
    sees,
    unrealised,
    asks_reader,
    hypothetical,
    helped_along,
    aspectual,
    idiom,
)
"""Classes dropped before ``univocal`` keeps one attribution per token, so that a saying
inside what was dropped survives (a perception's content, a supposed act's clause)."""

AFTER_CARVING: tuple[Filter, ...] = (attention, settles, placed)
"""Classes dropped after carving, so that the clause each heads still bounds the content of
the saying it modifies."""


__all__ = [
    "AFTER_CARVING",
    "BEFORE_UNIVOCAL",
    "Filter",
    "asks_reader",
    "aspectual",
    "attention",
    "helped_along",
    "hypothetical",
    "idiom",
    "in_markup",
    "placed",
    "sees",
    "settles",
    "unnamed_relatives",
    "unrealised",
]
