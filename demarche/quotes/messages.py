"""Attributions whose cue is a message noun and its copula: "Rubio's response was that …",
"His message long has been that he is a winner", "Their fear is that it could be too late".

PolNeAR marks the noun with the copula (and any adverb between them) as the cue, the
possessor (with its "'s") as the source and the "that" clause after the copula as the
content; adjectives on the noun join the cue ("Comey's most surprising suggestion was"). The
noun must name what someone said or thought and have a possessor: on PolNeAR's train split
gold marks 9 of the 13 such uses with this cue. Without a possessor ("the message was that
…", "one view is that …") or with more than an adverb between noun and copula, gold marks
too few (none of 29 with the cue we would propose), so those stay out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.draft import Draft
from demarche.quotes.spans import subtree_range, token_range

MESSAGE_NOUNS: frozenset[str] = frozenset(
    """
    message response answer argument view point position case claim contention assessment
    hope fear worry concern belief feeling sense impression bet conclusion verdict suggestion
    warning complaint reply explanation promise pledge theory thinking hunch expectation
    retort insistence premise assumption
    """.split()
)
"""Nouns naming what someone said or thought, which a copula can equate with a clause."""

_BETWEEN = frozenset({"advmod", "aux", "neg"})
"""What may stand between the noun and its copula ("message long has been")."""
_CLAUSES = frozenset({"ccomp", "attr", "acomp", "advcl"})
"""How the parser hangs the clause a copula equates its subject with."""


def _that_clause(copula: Token) -> Token | None:
    """The clause opened by "that" that the copula takes, or None (the marker may hang on an
    auxiliary: "that he was …")."""
    for child in copula.rights:
        edge = child.left_edge
        if child.dep_ in _CLAUSES and edge.dep_ == "mark" and edge.lower_ == "that":
            return child
    return None


def message_candidates(doc: Doc, candidates: list[int]) -> list[Draft]:
    """One draft per possessed message noun whose copula takes a "that" clause.

    Args:
        doc: the parsed document.
        candidates: indices of tokens whose lemma is in ``MESSAGE_NOUNS`` (found once by the
            component).
    """
    drafts: list[Draft] = []
    for index in candidates:
        noun = doc[index]
        copula = noun.head
        if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or copula.lemma_ != "be":
            continue
        if copula.i < noun.i or any(
            doc[k].dep_ not in _BETWEEN for k in range(index + 1, copula.i)
        ):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = _that_clause(copula)
        if owner is None or clause is None:
            continue
        first = index
        while first > 0 and doc[first - 1].head.i == index and doc[first - 1].dep_ == "amod":
            first = doc[first - 1].left_edge.i
        drafts.append(
            Draft(
                kind="indirect",
                cue=token_range(doc, first, copula.i),
                source=subtree_range(owner),  # with its "'s", as PolNeAR marks it here
                content=[subtree_range(clause)],
                cue_token=index,
                speaker_token=owner.i,
                speech=False,
            )
        )
    return drafts
