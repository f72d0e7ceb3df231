"""Flattening a ``Document`` into table rows, and checking it first: shared by every backend.

The full demarche/1 JSON is stored as the source of truth; these rows are the queryable index
beside it (who is mentioned where, who said what, who did what to whom and when). Keeping the
flattening here, free of SQL, means a second backend reuses it unchanged.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from demarche.errors import InputError
from demarche.records import Document, Event, Span

_MONTH = re.compile(r"^(\d{4}-\d{2})(?:$|-)")


@dataclass(frozen=True)
class EventRow:
    """One event as the ``events`` table holds it."""

    index: int
    type: str
    mode: str | None
    quad: str | None
    source_actor: str | None
    target_actor: str | None
    source_implied: bool
    """The source is inferred by CAMEO's conventions, not named by the text."""
    target_implied: bool
    """The target is inferred by CAMEO's conventions, not named by the text."""
    modality: str
    date: str | None
    month: str | None
    quote: int | None
    confidence: float
    evidence_start: int
    evidence_end: int
    evidence_text: str


@cache
def quad_classifier() -> Callable[[str, str | None], str | None] | None:
    """PLOVER's quad classifier from the events package, or None while that is not installed.

    Imported lazily so that storing documents never depends on the events component: without
    it, relations are still counted, with an unknown (NULL) quad class.
    """
    for module in ("demarche.events", "demarche.events.quad"):
        try:
            classify = getattr(importlib.import_module(module), "quad_class", None)
        except ImportError:
            continue
        if callable(classify):
            return classify
    return None


def quad_of(event: Event) -> str | None:
    """The event's quad class, or None when no classifier is available or it has none."""
    classify = quad_classifier()
    if classify is None:
        return None
    try:
        return classify(event.type, event.mode) or None
    except (KeyError, ValueError):
        return None


def month_of(date: str | None) -> str | None:
    """``YYYY-MM`` when an ISO-like date is at least month-precise, else None."""
    if not date:
        return None
    match = _MONTH.match(date)
    return match.group(1) if match else None


def event_month(event: Event, published: str | None) -> str | None:
    """The month an event is counted in.

    The event's own date when it names a month; the publication month when the event has no
    date (news reports recent events); None when its date is coarser than a month, since the
    year alone ("in 2018") says nothing about the month and the publication month would mislead.
    """
    if event.date:
        return month_of(event.date)
    return month_of(published)


def event_rows(document: Document) -> Iterator[EventRow]:
    """The events of a document as rows, in document order."""
    published = document.article.published
    for index, event in enumerate(document.events):
        yield EventRow(
            index=index,
            type=event.type,
            mode=event.mode,
            quad=quad_of(event),
            source_actor=event.source.actor if event.source else None,
            target_actor=event.target.actor if event.target else None,
            source_implied=bool(event.source and event.source.implied),
            target_implied=bool(event.target and event.target.implied),
            modality=event.modality,
            date=event.date,
            month=event_month(event, published),
            quote=event.quote,
            confidence=event.confidence,
            evidence_start=event.evidence.start,
            evidence_end=event.evidence.end,
            evidence_text=event.evidence.text,
        )


def quote_content_text(spans: tuple[Span, ...]) -> str:
    """A quote's content spans joined for searching and display ("…" marks each gap)."""
    return " … ".join(span.text for span in spans)


ARTICLE_COLUMNS: tuple[str, ...] = (
    "id",
    "text_hash",
    "title",
    "url",
    "outlet",
    "author",
    "published",
    "language",
    "source",
    "added",
    "document",
)

CHILD_COLUMNS: dict[str, tuple[str, ...]] = {
    "actors": ("article", "id", "name", "kind", "country", "sector", "roles", "wikidata"),
    "mentions": ("article", "start", "end", "text", "label", "actor"),
    "times": ("article", "start", "end", "text", "type", "value"),
    "quotes": (
        "article",
        "idx",
        "kind",
        "speaker",
        "source_start",
        "source_end",
        "source_text",
        "cue_text",
        "content",
    ),
    "events": (
        "article",
        "idx",
        "type",
        "mode",
        "quad",
        "source_actor",
        "target_actor",
        "source_implied",
        "target_implied",
        "modality",
        "date",
        "month",
        "quote",
        "confidence",
        "evidence_start",
        "evidence_end",
        "evidence_text",
    ),
}
"""The index tables and their columns, in insertion order; every backend creates these."""


def insert_statement(table: str, columns: tuple[str, ...], placeholder: str) -> str:
    """``INSERT INTO table ("a", "b") VALUES (?, ?)`` in a backend's placeholder style.

    Column names are quoted because ``end`` is an SQL keyword in every dialect.
    """
    names = ", ".join(f'"{column}"' for column in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join([placeholder] * len(columns))})"


def article_row(document: Document, digest: str, payload: str, added: str) -> tuple[Any, ...]:
    """The ``articles`` row, in ``ARTICLE_COLUMNS`` order."""
    a = document.article
    return (
        a.id,
        digest,
        a.title,
        a.url,
        a.outlet,
        a.author,
        a.published,
        a.language,
        a.source,
        added,
        payload,
    )


def child_rows(document: Document) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """``(table, rows)`` for each index table, lazily, so a failure surfaces mid-transaction."""
    aid = document.article.id
    yield (
        "actors",
        [
            (aid, a.id, a.name, a.kind, a.country, a.sector, json.dumps(a.roles), a.wikidata)
            for a in document.actors
        ],
    )
    yield "mentions", [(aid, m.start, m.end, m.text, m.label, m.actor) for m in document.mentions]
    yield "times", [(aid, t.start, t.end, t.text, t.type, t.value) for t in document.times]
    yield (
        "quotes",
        [
            (
                aid,
                i,
                q.kind,
                q.speaker,
                q.source.start if q.source else None,
                q.source.end if q.source else None,
                q.source.text if q.source else None,
                q.cue.text if q.cue else None,
                quote_content_text(q.content),
            )
            for i, q in enumerate(document.quotes)
        ],
    )
    yield (
        "events",
        [
            (
                aid,
                e.index,
                e.type,
                e.mode,
                e.quad,
                e.source_actor,
                e.target_actor,
                e.source_implied,
                e.target_implied,
                e.modality,
                e.date,
                e.month,
                e.quote,
                e.confidence,
                e.evidence_start,
                e.evidence_end,
                e.evidence_text,
            )
            for e in event_rows(document)
        ],
    )


def _spans(document: Document) -> Iterator[tuple[str, Any]]:
    """Every (where, span-like) pair in a document, for range checks."""
    for i, (start, end) in enumerate(document.article.boilerplate):
        yield f"boilerplate[{i}]", (start, end)
    for i, mention in enumerate(document.mentions):
        yield f"mentions[{i}]", mention
    for i, time in enumerate(document.times):
        yield f"times[{i}]", time
    for i, quote in enumerate(document.quotes):
        for name, span in (("source", quote.source), ("cue", quote.cue)):
            if span is not None:
                yield f"quotes[{i}].{name}", span
        for j, span in enumerate(quote.content):
            yield f"quotes[{i}].content[{j}]", span
    for i, event in enumerate(document.events):
        for name, part in (
            ("evidence", event.evidence),
            ("trigger", event.trigger),
            ("condition", event.condition),
            ("location", event.location),
            ("source", event.source),
            ("target", event.target),
        ):
            if part is not None:
                yield f"events[{i}].{name}", part


def validate(document: Document) -> None:
    """Refuse a document whose parts do not fit its text, before anything is written.

    A store is only as trustworthy as its offsets: every fact points back to characters of the
    article, so a span outside the text, or an event citing a quote that does not exist, is a
    bug upstream that must not reach the database.

    Raises:
        InputError: D021, naming the first offending part.
    """
    article = document.article
    source = article.source or article.id[:12] or "document"
    if not article.id:
        raise InputError("D021", source=source, detail="the article has no id")
    length = len(article.text)
    for where, span in _spans(document):
        start, end = span if isinstance(span, tuple) else (span.start, span.end)
        if not 0 <= start <= end <= length:
            detail = f"{where} spans {start}-{end}, outside the text of {length} characters"
            raise InputError("D021", source=source, detail=detail)
    for i, event in enumerate(document.events):
        if event.quote is not None and not 0 <= event.quote < len(document.quotes):
            detail = f"events[{i}] cites quote {event.quote}, which does not exist"
            raise InputError("D021", source=source, detail=detail)
