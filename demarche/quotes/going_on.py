"""The bare "he went on." that attributes the quotation before it.

"“…,” she went on." is a cue of its own in PolNeAR (cue "went on", source "she"), but "go" is
no verb of saying, so the cue lexicon has no reason to list it; "went on to win", "the talks
went on for hours" and "went on a tour" say nothing. Only the phrasal verb with nothing after
its particle but the end of the clause is a candidate, and it has no content of its own: the
linker gives it the quotation next to it, or drops it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.draft import Draft
from demarche.quotes.sources import source_range, speaker_token, subject_of
from demarche.quotes.spans import token_end

_CLOSE = frozenset({".", ",", "!", "?", ";"})


def going_on_candidates(doc: Doc, goes: list[int]) -> list[Draft]:
    """One content-less speech draft per bare "went on" / "goes on" among the ``goes`` tokens.

    Args:
        doc: the parsed document.
        goes: indices of tokens whose lemma is "go" (found once by the component).
    """
    drafts = []
    for index in goes:
        verb = doc[index]
        particle = _bare_particle(doc, verb)
        if particle is None:
            continue
        subject = subject_of(verb)
        if subject is None or subject.i > verb.i:
            continue
        drafts.append(
            Draft(
                "direct",
                (verb.idx, token_end(particle)),
                source_range(subject, verb),
                [],
                cue_token=verb.i,
                speaker_token=speaker_token(subject).i,
            )
        )
    return drafts


def _bare_particle(doc: Doc, verb: Token) -> Token | None:
    """The "on" right after ``verb`` when the clause ends there ("she went on."), or None."""
    if verb.pos_ != "VERB" or verb.i + 2 >= len(doc):
        return None
    particle = doc[verb.i + 1]
    if particle.lower_ != "on" or particle.head.i != verb.i:
        return None
    return particle if doc[verb.i + 2].text in _CLOSE else None
