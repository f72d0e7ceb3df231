"""Dating a clause: the helper the events component uses to put an event on a timeline.

An event is dated by the temporal expression attached to its verb ("Kim met Trump *on
Friday*"), else by one inside its clause, else by the publication date, with a flag so that a
reader can tell a date the text states from one assumed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.pipeline.extensions import published_of, times_of
from demarche.records import TimeExpression
from demarche.temporal.tense import governing_verb

ATTACHMENT_HOPS = 3
"""Head-chain steps from an expression to the clause verb that still count as attached
("on Friday" -> "met": expression -> preposition -> verb)."""


def point_value(expression: TimeExpression, published: str | None) -> str | None:
    """A calendar value for an expression: dates and times (to the day), "now" as the
    publication date; durations, sets and vague references give none."""
    value = expression.value
    if value is None or expression.type in ("DURATION", "SET"):
        return None
    if value == "PRESENT_REF":
        return published
    if not value[:1].isdigit():
        return None
    return value.split("T", 1)[0]


def attached_to(doc: Doc, expression: TimeExpression, verb: Token) -> bool:
    """Whether an expression hangs off ``verb`` within a few steps of the parse."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(ATTACHMENT_HOPS):
        if token.head is token:
            return False
        token = token.head
        if token == verb:
            return True
    return False


def date_for_span(doc: Doc, start: int, end: int) -> tuple[str | None, bool]:
    """The date of the clause between character offsets ``start`` and ``end``.

    Returns ``(value, False)`` from an expression attached to the clause's verb, else from the
    expression inside the span nearest that verb; ``(published, True)`` when the span has no
    usable expression (the flag says the date fell back to the publication date); and
    ``(None, False)`` when nothing is known.
    """
    published = published_of(doc)
    inside = [
        (expression, value)
        for expression in times_of(doc)
        if expression.start >= start and expression.end <= end
        for value in (point_value(expression, published),)
        if value is not None
    ]
    if inside:
        clause = doc.char_span(start, end, alignment_mode="expand")
        verb = governing_verb(clause.root) if clause is not None and len(clause) else None
        if verb is not None:
            attached = [pair for pair in inside if attached_to(doc, pair[0], verb)]
            candidates = attached or inside
            best = min(candidates, key=lambda pair: abs(pair[0].start - verb.idx))
            return best[1], False
        return inside[0][1], False
    if published:
        return published, True
    return None, False
