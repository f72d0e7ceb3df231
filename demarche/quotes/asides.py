"""Where a verb's content ends at its close: before a writer's aside, past a colon.

"…said the funds would go to Senator Mills, who faces a recount in May": a relative clause on a
name can only be non-restrictive (the name already says who is meant), so it tells the reader
about the one named rather than carrying the report, and PolNeAR's Content ends before its
comma (train: 35 verb contents made exact for 16 undone; dev 5 for 0). On a common noun the clause
may restrict it ("the plan, which …" is as often reported as not) and stays.

A colon closing the content is the other way round: "gave a reason for the split: voters have
no memory of the Cold War" names the reason after it, and PolNeAR's content runs on to the end
of the sentence (train 8 verb contents made exact for none undone, dev 1 for 0), unless a
quotation follows (the linker's), a cue word there may report it on its own, or the parser
starts a new sentence there.

Only the last range of a content is read, from its first separating comma or dash onwards, and
the sentence after a colon, so each content costs one walk over its own tokens and sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.draft import CharRange
from demarche.quotes.marks import MARK_TOKENS
from demarche.quotes.spans import token_range

_SEPARATORS = frozenset({",", "—", "–", "-", "--"})
"""Marks that set an aside off from the content before it."""
_RELATIVE_WORDS = frozenset({"which", "who", "where", "when"})
"""Words opening a relative clause that can only describe a name, never pick it out."""
_MIN_TOKENS = 3
"""Contents shorter than this hold no aside worth cutting."""


def without_aside(doc: Doc, content: list[CharRange]) -> list[CharRange]:
    """``content`` with a closing non-restrictive relative clause on a name cut off."""
    if not content:
        return content
    start, end = content[-1]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < _MIN_TOKENS:
        return content
    last = span.end - 1
    while last > span.start and doc[last].is_punct:
        last -= 1
    for token in span:
        if token.text not in _SEPARATORS or token.i >= last:
            continue
        clause = _closing_phrase(doc[token.i + 1], last)
        if clause is None or not span.start <= clause.head.i < token.i:
            continue
        if _named_aside(clause, doc[token.i + 1]):
            return [*content[:-1], (start, token.idx)]
        return content
    return content


def _closing_phrase(first: Token, last: int) -> Token | None:
    """The phrase that opens with ``first`` and runs to token ``last`` (the content's end),
    as the highest token whose subtree starts there; None when no such phrase closes it."""
    phrase = first
    while (
        phrase.head.i != phrase.i
        and phrase.head.i >= first.i
        and phrase.head.left_edge.i == first.i
        and phrase.head.right_edge.i <= last + 1
    ):
        phrase = phrase.head
    if phrase.left_edge.i != first.i or phrase.right_edge.i < last:
        return None
    return phrase


def _named_aside(clause: Token, first: Token) -> bool:
    """Whether a phrase is a relative clause on a proper name ("Mills, who faces …")."""
    return (
        clause.dep_ == "relcl" and first.lower_ in _RELATIVE_WORDS and clause.head.pos_ == "PROPN"
    )


def past_colon(doc: Doc, content: list[CharRange], cues: frozenset[str]) -> list[CharRange]:
    """``content`` run on to the end of its sentence over a colon that closes it, unless a cue
    word (one of the lemmas ``cues``) there may report what follows it on its own."""
    if not content:
        return content
    start, end = content[-1]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return content
    colon = span.end
    while colon < len(doc) and doc[colon].text in MARK_TOKENS:
        colon += 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or doc[colon + 1].is_sent_start:
        return content
    last = doc[colon].sent.end - 1
    while last > colon and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last == colon or any(
        doc[i].text in MARK_TOKENS or doc[i].lemma_ in cues for i in range(colon + 1, last + 1)
    ):
        return content
    return [*content[:-1], (start, token_range(doc, span.start, last)[1])]
