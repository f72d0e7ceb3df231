"""Attributions whose cue is a light verb with a speech noun: "made the case for a new tax",
"took issue with the report", "gave a speech on trade", "made clear that …".

The verb carries little meaning of its own; the noun says that something was said or a stance
taken. PolNeAR's cue is the whole phrase, from the verb to the noun and the preposition that
introduces the content ("made several controversial statements on"); the content is that
preposition's object, or the "that" clause or infinitive the noun (or the verb) takes. Only
nouns of saying and stance count, and each draft needs a subject as its source, so "made a
profit on" or "took a seat at" stay untouched.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.content import clause_around
from demarche.quotes.draft import CharRange, Draft
from demarche.quotes.sources import source_range, speaker_token, subject_of
from demarche.quotes.spans import WHEN, prepositional_object, subtree_range, token_range
from demarche.quotes.stance import that_clause
from demarche.quotes.verbal import extend_left

LIGHT_VERBS: frozenset[str] = frozenset(
    {"make", "take", "give", "offer", "deliver", "level", "put"}
)
"""Verbs that only carry a speech noun ("make a claim", "give a speech", "take a swipe"), or
an empty "it" ("as Smith put it")."""

SPEECH_NOUNS: frozenset[str] = frozenset(
    """
    case point statement comment remark argument claim allegation charge accusation mention
    observation reference joke apology promise pledge commitment call appeal plea pitch
    attack swipe shot aim issue jab dig credit stance position speech address warning threat
    prediction assurance hint objection announcement secret defense defence endorsement
    criticism critique praise congratulation condolence thought opinion view response answer
    account testimony preview example request demand suggestion proposal complaint
    recommendation vow tirade indictment message update argument case
    """.split()
)
"""Nouns that make a light verb a cue: what one says or the stance one takes."""

CLEAR_WORDS: frozenset[str] = frozenset({"clear", "plain"})
"""The complements of "made clear that …", "made it plain that …"."""

_PREPOSITIONS = frozenset({"for", "of", "on", "about", "against", "with", "over"})
_TARGETS = frozenset("aim swipe shot jab dig criticism attack".split())
"""Nouns whose "at" names a target ("took aim at"); for others it names a place ("a speech
at the convention"), as "to" mostly names a listener ("made a pitch to voters")."""


def _content(verb: Token, noun: Token) -> tuple[int, list[CharRange]] | None:
    """The last cue token and the content of a light verb with its noun, or None."""
    for child in [*noun.rights, *verb.rights]:
        if (
            child.dep_ == "prep"
            and (
                child.lower_ in _PREPOSITIONS
                or (child.lower_ == "at" and noun.lemma_.lower() in _TARGETS)
            )
            and child.i == noun.i + 1
        ):
            target = prepositional_object(child)
            if target is not None and target.ent_type_ not in WHEN:
                return child.i, [subtree_range(target)]
    for holder in (noun, verb):
        clause = that_clause(holder)
        if clause is not None and clause.i > noun.i:
            return noun.i, [subtree_range(clause)]
    return None


def _made_clear(verb: Token) -> tuple[int, list[CharRange]] | None:
    """The last cue token and the content of "made (it) clear that …", or None."""
    if verb.lemma_ != "make":
        return None
    clear = next((c for c in verb.rights if c.lower_ in CLEAR_WORDS and c.i <= verb.i + 2), None)
    if clear is None:
        return None
    clause = next(
        (
            c
            for c in [*clear.rights, *verb.rights]
            if c.dep_ in ("ccomp", "advcl") and c.i > clear.i
        ),
        None,
    )
    if clause is None:
        return None
    return clear.i, [subtree_range(clause)]


def _put_it(verb: Token) -> tuple[int, list[CharRange]] | None:
    """The last cue token and the content of "as Smith put it, …": the clause the phrase
    modifies, a guess a quotation next to it should replace (see ``Draft.loose``)."""
    if verb.lemma_ != "put" or verb.dep_ != "advcl" or verb.i + 1 >= len(verb.doc):
        return None
    it = verb.doc[verb.i + 1]
    if it.lower_ != "it" or it.head.i != verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    return it.i, clause_around(verb.head, verb)


def light_candidates(doc: Doc, verbs: list[int]) -> list[Draft]:
    """One draft per light verb with a speech noun (or "clear"), a subject and a content.

    Args:
        doc: the parsed document.
        verbs: indices of tokens whose lemma is in ``LIGHT_VERBS`` (found once by the
            component).
    """
    drafts: list[Draft] = []
    for index in verbs:
        verb = doc[index]
        if verb.pos_ != "VERB":
            continue
        put_it = _put_it(verb)
        found = put_it or _made_clear(verb)
        if found is None:
            noun = next(
                (c for c in verb.rights if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS),
                None,
            )
            if noun is None:
                continue
            found = _content(verb, noun)
        subject = subject_of(verb)
        if found is None or subject is None:
            continue
        last, content = found
        drafts.append(phrase_draft(verb, subject, last, content, loose=put_it is not None))
    return drafts


def phrase_draft(
    verb: Token, subject: Token, last: int, content: list[CharRange], loose: bool = False
) -> Draft:
    """The draft of a cue phrase running from ``verb`` (with its auxiliaries) to token
    ``last``: the subject is the source. A ``loose`` content is a guess a quotation next to
    it replaces, so only then may the phrase take a quotation."""
    return Draft(
        kind="indirect",
        cue=token_range(verb.doc, extend_left(verb, verb.i), last),
        source=source_range(subject, verb),
        content=content,
        cue_token=verb.i,
        speaker_token=speaker_token(subject).i,
        loose=loose,
        speech=loose,
    )
