"""Attitudes stated with a copula and an adjective: "Cruz has been acutely aware that …",
"Sarandon is not sure she can vote for Clinton", "the old lions are tired of a party …".

PolNeAR counts a stated belief or feeling as an attribution: the subject is the source, the
copula with its adjective (and the preposition that introduces the content: "tired of") is the
cue, and the adjective's clause, infinitive or prepositional object is the content. Only
adjectives of knowing, certainty and feeling are cues, and each needs a content.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.draft import CharRange, Draft
from demarche.quotes.sources import speaker_token, subject_of
from demarche.quotes.spans import prepositional_object, subtree_range, token_range
from demarche.quotes.verbal import extend_left

ADJECTIVES: frozenset[str] = frozenset(
    """
    sure unsure certain uncertain aware unaware convinced confident worried concerned afraid
    fearful eager keen willing unwilling reluctant skeptical sceptical hopeful optimistic
    pessimistic angry happy glad proud tired sick upbeat ready bent determined adamant
    critical supportive doubtful annoyed excited frustrated disappointed furious
    quick divided unified unhappy devoted impressed outspoken enamored upset wary
    leery shocked pleased dismayed delighted
    """.split()
)
"""Adjectives that state an attitude towards a content when they follow a copula."""

_PREPOSITIONS = frozenset({"of", "about", "on", "with", "for", "that"})


def _content(adjective: Token) -> tuple[int, CharRange] | None:
    """The last cue token and the content of an attitude adjective, or None."""
    for child in adjective.rights:
        if child.dep_ in ("ccomp", "xcomp"):
            return adjective.i, subtree_range(child)
        if child.dep_ == "prep" and child.i == adjective.i + 1 and child.lower_ in _PREPOSITIONS:
            target = prepositional_object(child)
            if target is not None:
                return child.i, subtree_range(target)
    return None


def attitude_candidates(doc: Doc, adjectives: list[int]) -> list[Draft]:
    """One draft per attitude adjective after a copula that has a subject and a content.

    Args:
        doc: the parsed document.
        adjectives: indices of tokens whose lemma is in ``ADJECTIVES`` (found once by the
            component).
    """
    drafts: list[Draft] = []
    for index in adjectives:
        adjective = doc[index]
        copula = adjective.head
        if adjective.dep_ != "acomp" or copula.lemma_ != "be" or copula.i > adjective.i:
            continue
        found = _content(adjective)
        subject = subject_of(copula)
        if found is None or subject is None or subject.i > copula.i:
            continue
        last, content = found
        drafts.append(
            Draft(
                kind="indirect",
                cue=token_range(doc, extend_left(copula, copula.i), last),
                source=token_range(doc, subject.left_edge.i, subject.right_edge.i),
                content=[content],
                cue_token=adjective.i,
                speaker_token=speaker_token(subject).i,
                speech=False,
            )
        )
    return drafts
