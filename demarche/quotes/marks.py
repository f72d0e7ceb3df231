"""Find the stretches of text between quotation marks, in one linear pass.

Newswire quoting has conventions that a naive "pair the marks" approach gets wrong:

- a paragraph that opens a quote without closing it continues the quote in the next paragraph,
  which opens again ("... first paragraph⏎“Second paragraph ...”");
- straight marks (") do not say whether they open or close, so the side of the word they touch
  decides, falling back to alternation;
- single marks (‘ ’ ') are also apostrophes ("Trump’s", "’90s"), so a single-quoted stretch is
  only taken when both marks sit on word boundaries, and only outside double quotes, where it is
  either a scare quote or a British-style quotation;
- real text has unbalanced marks; a stray mark closes at the end of its paragraph (never later),
  so one typo cannot swallow the rest of an article.

Every regular expression is compiled once and each mark is looked at once, so the cost is linear
in the text length whatever the number of marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
_DOUBLE_RE = re.compile(r"''|[“”„«»\"]")
"""Double marks; two apostrophes stand for a straight double mark (''Like this,'' as in the
New York Times' archive text)."""
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_SINGLE_RE = re.compile(
    r"(?<![\w‘’'])[‘'](?=[\w(\[$£€])[^‘\n“”\"]{0,400}?(?<=[\w.,!?;)\]%])[’'](?![\w’'])"
)
_TAG_RE = re.compile(r"<[A-Za-z/][^<>]{0,400}>")
"""A markup tag left in the text ("<tweet author="@jdoe" date="…">"): its marks delimit
attribute values, and pairing them would make quotations of the markup around them."""
QUOTE_CHARS = "“”„«»\"‘’'‹›"
"""Every character that can act as a quotation mark (for trimming spans)."""
OPENING_MARKS = frozenset({"“", '"', "‘", "'", "''", "``", "«"})
"""Tokens that open a quotation (curly, straight, doubled-apostrophe and TeX-style), for rules
that read the parse rather than the text."""
MARK_TOKENS = OPENING_MARKS | {"”", "’", "»"}
"""Tokens that open or close a quotation."""

MAX_UNCLOSED = 1500
"""An unclosed quote that does not continue in the next paragraph is dropped past this length:
it is more likely a stray mark than a quotation."""


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: ``start`` is the opening mark, ``end`` is just after the closing mark.

    ``closed`` is False when the paragraph ended first; ``continues`` is True when the next
    paragraph reopens the same quotation (newswire convention); ``single`` marks ‘single’ quotes.
    """

    start: int
    end: int
    closed: bool = True
    continues: bool = False
    single: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        """The span without its marks."""
        end = self.end - 1 if self.closed else self.end
        return self.start + 1, max(self.start + 1, end)


def _opens(text: str, pos: int, width: int = 1) -> bool:
    """Whether a straight double mark at ``pos`` opens: it touches the following word."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + width] if pos + width < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-/:" or pos == 0


def _paragraph_quotes(
    text: str, start: int, end: int, markup: list[tuple[int, int]] | None = None
) -> list[Quoted]:
    """The double-quoted stretches of one paragraph, the last possibly unclosed; marks inside
    the ``markup`` spans (sorted tag spans) are attribute delimiters and are skipped."""
    found: list[Quoted] = []
    open_at: int | None = None
    for match in _DOUBLE_RE.finditer(text, start, end):
        pos = match.start()
        if markup and _in_spans(pos, markup):
            continue
        mark = match.group()
        if mark in DOUBLE_OPEN:
            opening = open_at is None or not _closes_typo(text, pos)
        elif mark in DOUBLE_CLOSE:
            opening = False
        else:
            opening = open_at is None or (_opens(text, pos, len(mark)) and text[pos - 1].isspace())
        if opening:
            if open_at is not None:  # unbalanced: the earlier quote ends where this one opens
                stop = pos
                while stop > open_at + 1 and text[stop - 1].isspace():
                    stop -= 1
                if stop - open_at <= MAX_UNCLOSED:
                    found.append(Quoted(open_at, stop, closed=False))
            open_at = pos
        elif open_at is not None:
            found.append(Quoted(open_at, match.end()))
            open_at = None
    if open_at is not None:
        stop = end
        while stop > open_at + 1 and text[stop - 1].isspace():
            stop -= 1
        found.append(Quoted(open_at, stop, closed=False))
    return found


def _closes_typo(text: str, pos: int) -> bool:
    """Whether an opening curly mark at ``pos`` is a typo for a closing one ("… here,“ said
    Jim Brown", the German „…“): it ends a word or sentence while a quotation is open, and
    a space or punctuation follows."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ",.;:!?")


def _next_paragraph_opens(text: str, end: int) -> bool:
    """Whether the first non-blank character after ``end`` opens a quote."""
    pos = end
    limit = min(len(text), end + 200)
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos < limit and (
        text[pos] in DOUBLE_OPEN or text[pos] == STRAIGHT or text.startswith("''", pos)
    )


def find_quoted(text: str, markup: list[tuple[int, int]] | None = None) -> list[Quoted]:
    """All quoted stretches of ``text`` in order, double quotes first-class, singles outside them.

    Args:
        text: the document text.
        markup: its ``markup_spans`` when the caller has them already (found here otherwise).

    Returns:
        Non-overlapping ``Quoted`` stretches sorted by start.
    """
    doubles: list[Quoted] = []
    markup = markup_spans(text) if markup is None else markup
    for paragraph in _PARAGRAPH_RE.finditer(text):
        quotes = _paragraph_quotes(text, paragraph.start(), paragraph.end(), markup)
        if quotes and not quotes[-1].closed:
            last = quotes[-1]
            continues = _next_paragraph_opens(text, paragraph.end())
            if continues or last.end - last.start <= MAX_UNCLOSED:
                quotes[-1] = Quoted(last.start, last.end, closed=False, continues=continues)
            else:
                quotes.pop()
        doubles.extend(q for q in quotes if _has_words(text, q))
    singles = [
        Quoted(m.start(), m.end(), single=True)
        for m in _SINGLE_RE.finditer(text)
        if not _inside_any(m.start(), m.end(), doubles)
    ]
    if not singles:
        return doubles
    return sorted(doubles + singles, key=lambda q: q.start)


def markup_spans(text: str) -> list[tuple[int, int]]:
    """The character ranges of the markup tags left in ``text``, in order (none without "<")."""
    return [m.span() for m in _TAG_RE.finditer(text)] if "<" in text else []


def _has_words(text: str, quote: Quoted) -> bool:
    """Whether a quoted stretch holds any letter or digit (a lone mark is not a quotation)."""
    start, end = quote.inner
    return any(char.isalnum() for char in text[start : min(end, start + 200)])


def _inside_any(start: int, end: int, spans: list[Quoted]) -> bool:
    """Whether [start, end) overlaps any of the sorted ``spans`` (binary search)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= start:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo].start < end


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether character ``pos`` lies inside one of the sorted, disjoint ``spans``."""
    index = bisect_right(spans, pos, key=_first) - 1
    return index >= 0 and spans[index][0] <= pos < spans[index][1]


def _first(span: tuple[int, int]) -> int:
    return span[0]
