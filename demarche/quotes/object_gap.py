"""The object a stance cue takes from its relative word: "Trump, whom he blasted as a bully",
"the plan, which she opposes".

A stance verb ("support", "oppose", "describe") reports a position on its object; in an object
relative clause that object is the relative word before the source, so the verb has no
complement of its own and was never drafted. PolNeAR labels the relative word as the content
(with a "as …" description after the verb as a second fragment): on train 24 of the 34 such
clauses carry an attribution. Without a relative word ("the taxes he supports") it is only
one in three, and verbs of thought ("which he knows") are annotated one time in six, so both
are left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from demarche.quotes.draft import CharRange
from demarche.quotes.spans import subtree_range, token_range

OBJECT_RELATIVES = frozenset({"which", "who", "whom", "that"})
"""Relative words that can stand for the object of the clause they open."""

_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "oprd"})


def relative_object(verb: Token, subject: Token | None) -> list[CharRange]:
    """The content of a stance cue whose object is its clause's relative word, or nothing.

    Args:
        verb: the cue verb, drafted with no complement of its own.
        subject: the source's head token; a relative word as the subject ("who backs") means
            the gap is the subject, not the object, and there is nothing to report.
    """
    if verb.dep_ != "relcl" or subject is None or subject.lower_ in OBJECT_RELATIVES:
        return []
    if subject.i > verb.i or any(
        c.dep_ in _COMPLEMENTS and c.lower_ not in OBJECT_RELATIVES for c in verb.children
    ):
        return []  # "which he said backs X": a complement of its own, read elsewhere
    relative = next(
        (c for c in verb.lefts if c.lower_ in OBJECT_RELATIVES and c.i < subject.left_edge.i),
        None,
    )
    if relative is None:
        return []
    content = [token_range(verb.doc, relative.i, relative.i)]
    description = next(
        (c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and len(list(c.children))),
        None,
    )
    if description is not None:  # "whom he described as a bully"
        content.append(subtree_range(description))
    return content
