"""The mutable working form of an attribution while the component assembles it.

Rules add content to an attribution in several passes (a quote before the cue, another after
it, a continuation paragraph), so the working form is mutable; the component freezes each into
a ``demarche.records.Quote`` at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from demarche.records import Quote, Span

CharRange = tuple[int, int]

_TRIM = " \t\r\n,;:"


@dataclass
class Draft:
    """One attribution being built: character ranges into the Doc text.

    Attributes:
        kind: "direct", "indirect" or "mixed".
        cue: the reporting verb or phrase, None for a continuation quote.
        source: the words naming the speaker, None when the text names none.
        content: what was said, in text order.
        cue_token: index of the cue's head token (the key that merges quote fragments).
        speaker_token: the token whose actor mention names the speaker.
        speaker: the speaker actor id once resolved.
        loose: the content was guessed as the clause the cue interrupts, so an adjacent
            quotation should replace it.
        speech: the cue is a verb of saying, so it can take a verbatim quotation next to it.
        outer: the attribution wraps whatever its content holds, other attributions included
            ("“…,” Hewitt said, according to a transcript"), so it is kept beside them.
        nests: the attribution reports a finding whose own sayings PolNeAR marks inside it
            ("In a poll, 38 percent said …": the poll and the saying are both attributions),
            so it is kept beside them without taking them in as ``outer`` does.
    """

    kind: str
    cue: CharRange | None
    source: CharRange | None
    content: list[CharRange] = field(default_factory=list)
    cue_token: int | None = None
    speaker_token: int | None = None
    speaker: str | None = None
    loose: bool = False
    speech: bool = True
    outer: bool = False
    nests: bool = False

    @property
    def start(self) -> int:
        """Where the attribution starts in the text (for ordering)."""
        starts = [r[0] for r in self.content]
        if self.cue:
            starts.append(self.cue[0])
        if self.source:
            starts.append(self.source[0])
        return min(starts) if starts else 0

    def carve(self) -> None:
        """Cut the attribution's own source and cue out of its content.

        A cue inside the clause it reports ("which he said were evenly split", "a move that
        the kingdom hopes will shatter …") leaves the parse's complement running over the
        source and cue; PolNeAR labels each token once, so the content is the words around
        them ("which" + "were evenly split"). A source after the cue stays: inside the content
        it is a misparse of the quotation ("telling the crowd, “Some people …”"), not a clause.
        """
        if self.cue is None:
            return
        holes = [self.cue]
        if self.source is not None and self.source[1] <= self.cue[0]:
            holes.insert(0, self.source)
        pieces: list[CharRange] = []
        for start, end in self.content:
            for hole_start, hole_end in holes:
                if hole_start < end and hole_end > start:
                    if start < hole_start:
                        pieces.append((start, hole_start))
                    start = max(start, hole_end)
            if start < end:
                pieces.append((start, end))
        self.content = pieces

    def to_record(self, text: str) -> Quote:
        """Freeze into the schema record, trimming stray spaces and separators off each span."""
        return Quote(
            kind=self.kind,
            content=tuple(span for span in (_span(text, r) for r in self.content) if span),
            source=_span(text, self.source) if self.source else None,
            cue=_span(text, self.cue, keep_punct=True) if self.cue else None,
            speaker=self.speaker,
        )


def _span(text: str, rng: CharRange | None, keep_punct: bool = False) -> Span | None:
    """A record span over ``rng`` with surrounding whitespace (and separators) trimmed."""
    if rng is None:
        return None
    start, end = rng
    strip = " \t\r\n" if keep_punct else _TRIM
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    if start >= end:
        return None
    return Span(start, end, text[start:end])
