"""Where an attribution sits inside another's content: cut the outer one, or drop the inner.

PolNeAR never nests one attribution inside another's content. When the reported clause is
itself a report ("Smith said Jones believes …") the outer attribution keeps it all and the
inner one is not annotated. But when a second attribution sits in a clause the writer tacked
on after the reported one ("Smith said the plan would work, though she noted costs were high",
"…, pointing to the polls"), the annotators end the outer content before that clause and mark
the second attribution on its own. The parser hangs such a clause inside the reported clause
(under its verb), so the outer content runs over it and ``univocal`` would drop the inner cue.

This module finds that trailing clause and says where the outer content should end.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.tokens import Doc, Token

from demarche.quotes.draft import CharRange, Draft
from demarche.quotes.spans import token_end

_TRAILING = frozenset({"advcl", "conj", "relcl", "appos", "acl"})
"""How a tacked-on clause hangs in the reported clause in the parse: from its verb (", though
she noted …", ", pointing to …") or from a noun at its end (", who insisted …")."""
_JOINERS = frozenset({"cc", "punct", "mark"})
_MAX_CHAIN = 64


def trailing_clause(doc: Doc, cue: int, content: CharRange) -> Token | None:
    """The clause tacked onto a content that holds an inner cue, or None.

    Climbs from the inner cue to the highest of its ancestors still inside the content; the
    clause is the one just below that top (the reported clause's verb), when it hangs as an
    adverbial, coordinated, relative or appositive clause, closes the content and does not
    open it.
    """
    start, end = content
    token = doc[cue]
    below: Token | None = None
    for _ in range(_MAX_CHAIN):
        head = token.head
        if head.i == token.i or not start <= head.idx < end:
            break
        below, token = token, head
    if below is None or below.dep_ not in _TRAILING:
        return None
    if token_end(below.right_edge) < end - 2 or below.left_edge.idx <= start:
        return None
    return below


def cut_before(doc: Doc, clause: Token, content: CharRange) -> CharRange | None:
    """The content ended before a trailing clause and the commas and "and" that join it."""
    last = clause.left_edge.i - 1
    while last >= 0 and doc[last].idx >= content[0] and _joins(doc[last], clause):
        last -= 1
    if last < 0 or doc[last].idx < content[0]:
        return None
    return content[0], token_end(doc[last])


def _joins(token: Token, clause: Token) -> bool:
    """Whether a token only links the clause to what precedes it (", and", ", while")."""
    if token.is_punct or token.is_space:
        return True
    return token.dep_ in _JOINERS and token.head.i in (clause.i, clause.head.i)


def split_nested(doc: Doc, inner: Draft, kept: list[Draft]) -> Callable[[], None] | None:
    """Cut the kept content whose trailing clause holds ``inner``'s cue.

    Returns a function that puts the outer content back (for when the inner draft still
    overlaps something), or None when nothing was cut. The fragment of the outer content
    that holds the clause ends before it; its other fragments stay. The inner draft
    takes the outer one's source when its own was inherited from outside the clause ("Packer
    said the focus is taking a toll, pointing to …": Packer points, not the focus).
    """
    if inner.cue is None or inner.cue_token is None:
        return None
    for outer in kept:
        if outer.outer:
            continue
        for index, (start, end) in enumerate(outer.content):
            if not start <= inner.cue[0] < end:
                continue
            clause = trailing_clause(doc, inner.cue_token, (start, end))
            if clause is None or not separate(doc, clause, inner):
                return None
            cut = cut_before(doc, clause, (start, end))
            if cut is None:
                return None
            before = list(outer.content)
            outer.content[index] = cut
            if inner.source is not None and not _within(inner.source, clause):
                inner.source, inner.speaker_token = outer.source, outer.speaker_token
            return partial(setattr, outer, "content", before)
    return None


def separate(doc: Doc, clause: Token, inner: Draft) -> bool:
    """Whether a trailing clause is the writer's addition with an attribution of its own.

    A comma sets it off ("…, though she noted …", "…, pointing to …"; without one, "because
    he cannot defend …" is still part of what was said), and the inner cue is a verb of
    saying or the clause's own verb: a stance verb deep inside ("…, which hurt the party he
    backs") is mostly left inside the outer content by the annotators.
    """
    return _after_comma(doc, clause) and (inner.speech or inner.cue_token == clause.i)


def _after_comma(doc: Doc, clause: Token) -> bool:
    """Whether a comma, semicolon or dash sets the clause off from what precedes it."""
    first = clause.left_edge.i
    return first > 0 and doc[first - 1].text in (",", ";", "--", "—", "–")


def _within(rng: CharRange, clause: Token) -> bool:
    """Whether a character range lies inside the clause's subtree."""
    return clause.left_edge.idx <= rng[0] and rng[1] <= token_end(clause.right_edge)
