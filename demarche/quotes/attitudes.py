"""Attitudes stated with a copula and an adjective: "Cruz has been acutely aware that …",
"Sarandon is not sure she can vote for Clinton", "the old lions are tired of a party …", or
with a noun of advocacy: "the senator is a longtime supporter of the treaty".

PolNeAR counts a stated belief or feeling as an attribution: the subject is the source, the
copula with its adjective (and the preposition that introduces the content: "tired of") is the
cue, and the adjective's clause, infinitive or prepositional object is the content. Only
adjectives of knowing, certainty and feeling are cues, and each needs a content. A noun of
advocacy after the copula is a cue the same way, with its article and adjectives ("has been a
strong supporter of"), and only with "of": gold marks a little over half of those on PolNeAR's
train split (12 of 22; 2 of 3 on dev). The same nouns elsewhere ("a supporter of X" in
apposition, "Sanders supporters", "supporters of the bill rallied") are cues in fewer than one
in four of their uses, and "champion", "ally" and "fan" hardly ever, so they stay out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.cues import CueLexicon
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

ADVOCATES: frozenset[str] = frozenset(
    "supporter proponent defender critic backer booster opponent advocate detractor".split()
)
"""Nouns that state a stance towards what their "of" names when they follow a copula."""

STANCE_WORDS: frozenset[str] = ADJECTIVES | ADVOCATES
"""The lemmas ``attitude_candidates`` looks at."""

_PREPOSITIONS = frozenset({"of", "about", "on", "with", "in", "that"})
"""What introduces an attitude's object ("confident in the plan", "wary of"). Not "for": after
these adjectives it names a purpose or a beneficiary ("ready for the storm", "afraid for their
jobs"), and gold marked none of the ten we proposed on PolNeAR's train split."""


_CARRIERS = frozenset({"quick", "reluctant", "ready"})
"""Adjectives that say how readily something was said rather than what was felt: before a
verb of saying or stance ("was quick to point out", "was reluctant to endorse") PolNeAR's cue
runs through that verb. Adjectives of feeling keep the cue to themselves ("is eager" + "to
attack him", "is willing" + "to offer …"); on PolNeAR's train split running through the verb
matched 10 gold cues for these three where the adjective alone matched none, and fewer for
every other adjective."""


def _reporting_verb(verb: Token, lexicon: CueLexicon) -> tuple[int, CharRange] | None:
    """The last cue token and the content when an attitude's infinitive is itself a verb of
    saying or stance ("was quick to point out that …"): the cue runs through that verb (and
    its particle), as it does for "went on to say", and the content is what the verb reports.
    """
    last = verb.i
    particle = lexicon.particle_of(verb.lemma_)
    following = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.dep_ == "prt" and following.head.i == verb.i:
        last = following.i
    elif particle is not None:
        return None  # "shoot" without "back" reports nothing
    if verb.right_edge.i <= last:
        return None
    return last, token_range(verb.doc, last + 1, verb.right_edge.i)


def _content(adjective: Token, lexicon: CueLexicon) -> tuple[int, CharRange] | None:
    """The last cue token and the content of an attitude adjective or advocacy noun, or
    None."""
    if adjective.dep_ == "attr":  # "a supporter of": the object of "of" only
        after = adjective.nbor() if adjective.i + 1 < len(adjective.doc) else None
        if after is None or after.lower_ != "of" or after.head.i != adjective.i:
            return None
        target = prepositional_object(after)
        return None if target is None else (after.i, subtree_range(target))
    for child in adjective.rights:
        if (
            child.dep_ == "xcomp"
            and adjective.lemma_ in _CARRIERS
            and child.lemma_ in lexicon.all_lemmas
        ):
            reported = _reporting_verb(child, lexicon)
            if reported is not None:
                return reported
        if child.dep_ in ("ccomp", "xcomp"):
            return adjective.i, subtree_range(child)
        if child.dep_ == "prep" and child.i == adjective.i + 1 and child.lower_ in _PREPOSITIONS:
            target = prepositional_object(child)
            if target is not None:
                return child.i, subtree_range(target)
    return None


def attitude_candidates(doc: Doc, lexicon: CueLexicon, adjectives: list[int]) -> list[Draft]:
    """One draft per attitude adjective or advocacy noun after a copula that has a subject
    and a content.

    Args:
        doc: the parsed document.
        lexicon: the cue lemmas (an infinitive of one of them joins the cue).
        adjectives: indices of tokens whose lemma is in ``STANCE_WORDS`` (found once by the
            component).
    """
    drafts: list[Draft] = []
    for index in adjectives:
        adjective = doc[index]
        copula = adjective.head
        role = "attr" if adjective.lemma_ in ADVOCATES else "acomp"
        if adjective.dep_ != role or copula.lemma_ != "be" or copula.i > adjective.i:
            continue
        found = _content(adjective, lexicon)
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
