"""Attributions whose cue is a whole verb phrase: "came out against the deal", "distanced
himself from the remarks", "threw his support behind Sanders", "cast doubt on the figures".

The verb alone rarely reports ("came", "threw", "cast"), so it stays out of the cue lexicon;
with one particle, object or preposition it mostly does. PolNeAR's cue is then the phrase from
the verb (with its auxiliaries) to the preposition, and the content that preposition's object.
Each phrase is a row of ``PHRASES`` (data, not code), admitted when gold marks the phrase as a
cue in at least half its train uses with that extent, and in two of five on dev where dev has
five or more. Only tokens next to the verb are read, and each draft needs a subject as its
source, so "the results came out on Tuesday" or "cast a shadow over" stay untouched. A few
passive reports have no source at all: "X is known as Y", "X is said to Y" (``_passive_report``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from demarche.quotes.draft import Draft
from demarche.quotes.light import phrase_draft
from demarche.quotes.sources import subject_of
from demarche.quotes.spans import WHEN, prepositional_object, subtree_range, token_range
from demarche.quotes.verbal import extend_left

REFLEXIVE: frozenset[str] = frozenset(
    {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
)
"""The objects of "distanced himself from"."""


@dataclass(frozen=True)
class Phrase:
    """One reporting verb phrase: the verb, what must follow it, and the preposition whose
    object is the content.

    Attributes:
        verb: the verb's lemma.
        particle: the particle right after the verb ("out" in "came out against"), or "".
        objects: the lemmas the verb's direct object may have ("vote" in "cast a vote for"),
            empty when the phrase takes no object.
        preposition: the words that introduce the content, the last one taking it ("against",
            "in favor of").
    """

    verb: str
    particle: str
    objects: frozenset[str]
    preposition: tuple[str, ...]


def _phrase(text: str, objects: frozenset[str] = frozenset()) -> Phrase:
    """A row from "verb [particle] | preposition words"."""
    head, preposition = text.split("|")
    words = head.split()
    return Phrase(words[0], words[1] if len(words) > 1 else "", objects, tuple(preposition.split()))


PHRASES: tuple[Phrase, ...] = (
    _phrase("come out|against"),
    _phrase("open up|about"),
    _phrase("sound off|on"),
    _phrase("balk|at"),
    _phrase("touch|on"),
    _phrase("spar|over"),
    _phrase("spar|on"),
    _phrase("hint|at"),
    _phrase("bristle|at"),
    _phrase("reckon|with"),
    _phrase("speak out|in favor of"),
    _phrase("boast|of"),
    _phrase("boast|about"),
    _phrase("distance|from", REFLEXIVE),
    _phrase("throw|behind", frozenset({"support", "weight"})),
    _phrase("heap|on", frozenset({"praise", "scorn", "criticism"})),
    _phrase("draw|to", frozenset({"attention"})),
    _phrase("cast|on", frozenset({"doubt"})),
    _phrase("make|to", frozenset({"reference"})),
    _phrase("poke|at", frozenset({"fun"})),
)
"""The phrases PolNeAR marks as a cue, with this extent, in at least half their train uses.
"hinted at" and "boasted of" are here although "hint" and "boast" are cues on their own: the
verb's own rule leaves a preposition PolNeAR takes into the cue out of it.
Left out for falling short: "looked forward to" (3 of 14), "cast his vote for" (5 of 19),
"stood by" (5 of 13), "raised questions about" (7 of 29: a finding or an event raises them
as often as a person), "doubled down on" and "showed signs of" (4 of 9: gold's cue often
runs on into the object), "drew criticism from" (1 of 7), "had harsh words for" (2 of 6 on
train and dev)."""

PHRASE_VERBS: frozenset[str] = frozenset(phrase.verb for phrase in PHRASES) | {
    "know",
    "say",
    "show",
}
"""The verbs that head a phrase (and those of the passive reports "is known as", "is said to",
"was shown to"), which the component looks up once per document."""


def _after(token: Token, word: str) -> Token | None:
    """The token right after ``token`` when it reads ``word``, or None."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != word:
        return None
    return doc[token.i + 1]


def _object_end(verb: Token, last: Token, objects: frozenset[str]) -> Token | None:
    """The last token of the verb's object when it starts right after ``last`` and has one of
    the ``objects`` lemmas ("cast [his vote] for"), or None."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in objects or obj.left_edge.i != last.i + 1:
        return None
    return obj


def _content_head(first: Token, words: tuple[str, ...]) -> Token | None:
    """The object of the last of ``words`` read from ``first`` on ("in favor of X": X)."""
    current = first
    for word in words[1:]:
        following = _after(current, word)
        if following is None or following.head.i != current.i:
            return None
        current = following
    return prepositional_object(current)


def _match(verb: Token, phrase: Phrase) -> tuple[int, Token] | None:
    """The last cue token and the content head of ``phrase`` at ``verb``, or None."""
    last = verb
    if phrase.particle:
        particle = _after(verb, phrase.particle)
        if particle is None or particle.head.i != verb.i:
            return None
        last = particle
    if phrase.objects:
        obj = _object_end(verb, last, phrase.objects)
        if obj is None:
            return None
        last = obj
    preposition = _after(last, phrase.preposition[0])
    if preposition is None or preposition.dep_ not in ("prep", "agent", "dative"):
        return None
    if preposition.head.i not in (verb.i, last.i):
        return None
    target = _content_head(preposition, phrase.preposition)
    if target is None or target.ent_type_ in WHEN:
        return None
    end = preposition.i + len(phrase.preposition) - 1
    return end, target


def phrasal_candidates(doc: Doc, verbs: list[int]) -> list[Draft]:
    """One draft per verb phrase of ``PHRASES`` with a subject and a content, for the tokens
    at ``verbs`` (those whose lemma is in ``PHRASE_VERBS``, found once by the component)."""
    drafts: list[Draft] = []
    for verb in (doc[index] for index in verbs if doc[index].pos_ == "VERB"):
        lemma = verb.lemma_
        found = next(
            (m for p in PHRASES if p.verb == lemma and (m := _match(verb, p)) is not None), None
        )
        if found is None:
            drafts.extend(_passive_report(verb))
            continue
        subject = subject_of(verb)
        if subject is None:
            continue
        last, target = found
        drafts.append(phrase_draft(verb, subject, last, [subtree_range(target)]))
    return drafts


_PASSIVE_REPORTS: dict[str, str] = {"know": "as", "say": "to", "show": "to"}
"""The passive reports ``_passive_report`` reads, with the word their complement starts with."""


def _passive_report(verb: Token) -> list[Draft]:
    """The draft of a passive report with no "by" phrase: "X is known as Y" or "X is said (or
    shown) to Y", or nothing.

    PolNeAR reads these as reports nobody in particular makes (9 of 11 train uses of "is known
    as", 6 of 6 of "is said to" and "has been shown to"): there is no source, the content is
    the subject with what it is known as (the cue running to "as") or with the infinitive. The
    participle after a noun ("a group known as X", 14 of 38) falls short and stays out.
    """
    wanted = _PASSIVE_REPORTS.get(verb.lemma_)
    if wanted is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subject is None or any(c.dep_ == "agent" for c in verb.children):
        return []
    last, target = verb, None
    if wanted == "as":
        as_ = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_ is not None and as_.i == verb.i + 1:
            last, target = as_, prepositional_object(as_)
    else:
        target = next(
            (c for c in verb.rights if c.dep_ == "xcomp" and c.left_edge.lower_ == "to"), None
        )
    if target is None:
        return []
    doc = verb.doc
    return [
        Draft(
            kind="indirect",
            cue=token_range(doc, extend_left(verb, verb.i), last.i),
            source=None,
            content=[subtree_range(subject), subtree_range(target)],
            cue_token=verb.i,
            speech=False,
        )
    ]
