"""Tie quoted stretches to their cues, and decide which attributions are direct or mixed.

A quoted stretch is attached, in this order, to:

1. a parse candidate whose content lies inside it (the quote is the verb's complement: direct)
   or around it (a paraphrase with a quoted fragment: mixed);
2. a cue just after it ("“…,” Tester said", "“…,” said Kim") or just before it
   ("He added: “…”", "saying, “…”"), within a short window that stops at sentence ends,
   paragraph breaks and other quotes; the trailing comma inside the quote decides which side
   is tried first;
3. a dash attribution on the same line ("“…” - Commissioner Geoffrey Starks");
4. otherwise, when the quote stands as a sentence of its own, the attribution just before it
   (newswire's "“…,” Durbin said. “…”" and multi-paragraph quotes), or a new source-less
   attribution whose speaker is the most recent one.

Quoted stretches embedded mid-sentence with no cue (titles, scare quotes) are left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from demarche.quotes.draft import CharRange, Draft
from demarche.quotes.marks import Quoted

WINDOW_AFTER = 25
WINDOW_BEFORE = 12
_SENTENCE_END = frozenset({".", "!", "?"})
_DASH_RE = re.compile(r"[ \t]*[-–—]{1,2}[ \t]*(?=[A-Z])")
_LINE_RE = re.compile(r"[^\n]{1,160}")


class QuoteLinker:
    """Links the quoted stretches of one Doc to parse candidates; see the module docstring."""

    def __init__(self, doc: Doc, quoted: list[Quoted], drafts: list[Draft]) -> None:
        self.doc = doc
        self.text = doc.text
        self.quoted = quoted
        self.starts = [token.idx for token in doc]
        self.drafts = drafts
        self.by_cue: dict[int, Draft] = {}
        self.in_quote = [-1] * len(doc)
        self.token_ranges: list[tuple[int, int]] = []
        for number, quote in enumerate(quoted):
            first = bisect_left(self.starts, quote.start)
            last = bisect_left(self.starts, quote.end) - 1
            self.token_ranges.append((first, last))
            for i in range(first, last + 1):
                self.in_quote[i] = number

    def link(self) -> list[Draft]:
        """All attributions with content, quotes attached, in text order."""
        drafts = [d for d in self.drafts if d.cue_token is None or self.in_quote[d.cue_token] < 0]
        self.by_cue = {d.cue_token: d for d in drafts if d.cue_token is not None}
        used = [False] * len(self.quoted)
        for draft in drafts:
            self._classify(draft, used)
        linked: list[Draft] = [d for d in drafts if d.content]
        for number, quote in enumerate(self.quoted):
            if used[number]:
                continue
            draft = self._attach(number, quote)
            if draft is not None:
                used[number] = True
                if all(draft is not other for other in linked):
                    linked.append(draft)
                continue
            if quote.single:
                continue
            previous = self._previous(linked, quote)
            if self._stands_alone(number):
                used[number] = True
                if previous is not None:
                    previous.content.append((quote.start, quote.end))
                else:
                    linked.append(Draft("direct", None, None, [(quote.start, quote.end)]))
        for draft in linked:
            draft.content.sort()
        return sorted(linked, key=lambda d: d.start)

    def _classify(self, draft: Draft, used: list[bool]) -> None:
        """Mark a parse candidate direct or mixed when its content meets quoted stretches."""
        if not draft.content:
            return
        first = min(r[0] for r in draft.content)
        last = max(r[1] for r in draft.content)
        inside = self._quote_at(first)
        if inside is not None and not self.quoted[inside].single:
            quote = self.quoted[inside]
            if last <= quote.end + 1 or self._quote_at(last - 1) == inside:
                draft.kind = "direct"
                draft.content = [(quote.start, quote.end)]
                used[inside] = True
                return
        for number, quote in enumerate(self.quoted):
            if quote.start >= last:
                break
            if quote.start >= first and quote.end <= last + 1:
                used[number] = True
                draft.kind = "mixed"

    def _quote_at(self, char: int) -> int | None:
        """The index of the quoted stretch containing character ``char``, if any."""
        token = bisect_left(self.starts, char + 1) - 1
        if 0 <= token < len(self.in_quote) and self.in_quote[token] >= 0:
            number = self.in_quote[token]
            quote = self.quoted[number]
            if quote.start <= char < quote.end:
                return number
        return None

    def _attach(self, number: int, quote: Quoted) -> Draft | None:
        """Find the cue of a quote that no complement claimed: after, before, or a dash."""
        first, last = self.token_ranges[number]
        trailing_comma = self.text[max(quote.start, quote.end - 2) : quote.end].startswith(",")
        order = (self._after, self._before) if trailing_comma else (self._before, self._after)
        for find in order:
            draft = find(first, last, number)
            if draft is not None:
                draft.content.append((quote.start, quote.end))
                if draft.kind == "indirect" and len(draft.content) == 1:
                    draft.kind = "direct"
                return draft
        return self._dash(quote)

    def _free(self, draft: Draft, number: int) -> bool:
        """Whether a cue can take this quote: it has no content of its own beyond quotes."""
        return all(self._quote_at(start) is not None for start, _ in draft.content)

    def _after(self, first: int, last: int, number: int) -> Draft | None:
        doc = self.doc
        for i in range(last + 1, min(len(doc), last + 1 + WINDOW_AFTER)):
            token = doc[i]
            if self.in_quote[i] >= 0 or token.is_space:
                return None
            draft = self._candidate(i, number)
            if draft is not None:
                return draft
            if token.text in _SENTENCE_END or "\n" in token.whitespace_:
                return None
        return None

    def _before(self, first: int, last: int, number: int) -> Draft | None:
        doc = self.doc
        for i in range(first - 1, max(-1, first - 1 - WINDOW_BEFORE), -1):
            token = doc[i]
            if self.in_quote[i] >= 0 or token.text in _SENTENCE_END or token.is_space:
                return None
            if "\n" in token.whitespace_:
                return None
            draft = self._candidate(i, number)
            if draft is not None:
                return draft
            if token.pos_ == "VERB":
                return None
        return None

    def _candidate(self, index: int, number: int) -> Draft | None:
        draft = self.by_cue.get(index)
        if draft is not None and self._free(draft, number):
            return draft
        return None

    def _dash(self, quote: Quoted) -> Draft | None:
        """A dash attribution after the quote on the same line: "“…” - Name Surname"."""
        dash = _DASH_RE.match(self.text, quote.end)
        if dash is None:
            return None
        line = _LINE_RE.match(self.text, dash.end())
        if line is None:
            return None
        name_end = dash.end() + len(line.group().rstrip(" .\t"))
        words = self.text[dash.end() : name_end].split()
        if not 1 <= len(words) <= 12 or not words[-1][:1].isupper():
            return None
        source: CharRange = (dash.end(), name_end)
        token = bisect_left(self.starts, name_end) - 1
        cue_start = dash.start() + len(dash.group()) - len(dash.group().lstrip(" \t"))
        cue_end = cue_start + len(dash.group().strip(" \t"))
        return Draft(
            "direct",
            (cue_start, cue_end),
            source,
            [(quote.start, quote.end)],
            speaker_token=max(token, 0),
        )

    def _stands_alone(self, number: int) -> bool:
        """Whether a quote opens its sentence or paragraph (so it is a statement, not a title)."""
        first, _ = self.token_ranges[number]
        if first >= len(self.doc):
            return False
        token = self.doc[first]
        if token.is_sent_start or first == 0:
            return True
        previous = self.doc[first - 1]
        return "\n" in previous.whitespace_ or previous.is_space or previous.text in _SENTENCE_END

    def _previous(self, linked: list[Draft], quote: Quoted) -> Draft | None:
        """The attribution a source-less quote continues: the direct one just before it."""
        before = [d for d in linked if d.content and d.start < quote.start]
        if not before:
            return None
        last = max(before, key=_end)
        end = _end(last)
        if last.kind == "indirect" or quote.start - end > 600:
            return None
        gap = self.text[end : quote.start]
        if gap.count("\n") > 2 or (gap.strip() and len(gap.split()) > 2):
            return None
        return last


def _end(draft: Draft) -> int:
    """Where an attribution ends: its last content, cue or source character."""
    ends = [r[1] for r in draft.content]
    if draft.cue:
        ends.append(draft.cue[1])
    if draft.source:
        ends.append(draft.source[1])
    return max(ends)
