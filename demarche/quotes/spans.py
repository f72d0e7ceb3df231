"""Character ranges of tokens and the few parse look-ups every quote construction shares.

Kept apart from the constructions so that each of them (verbal, direct, nominal, headline)
can read offsets off the parse the same way without importing another construction.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.draft import CharRange


def token_range(doc: Doc, first: int, last: int) -> CharRange:
    """The character range of tokens ``first..last`` inclusive."""
    return doc[first].idx, token_end(doc[last])


def token_end(token: Token) -> int:
    """The character offset just past a token."""
    return token.idx + len(token.text)


def subtree_range(token: Token) -> CharRange:
    """The character range of a token's whole subtree (constant time via its edges)."""
    return token_range(token.doc, token.left_edge.i, token.right_edge.i)


def prepositional_object(preposition: Token) -> Token | None:
    """The first object of a preposition (a noun phrase or a clause: "for a ban", "of
    losing"), or None."""
    return next((g for g in preposition.children if g.dep_ in ("pobj", "pcomp")), None)


WHEN = frozenset({"DATE", "TIME"})
"""Entity types of a prepositional object that says when, not what ("responded on Sunday")."""
