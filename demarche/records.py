"""Typed, frozen records: the one vocabulary every component, store and exporter speaks.

Records are plain dataclasses rather than spaCy objects so that they survive pickling across
worker processes, serialise to the ``demarche/1`` JSON schema with ``to_dict()``, and can be
rebuilt from stored JSON with ``from_dict()``. All offsets are character offsets into
``Article.text``, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

SCHEMA = "demarche/1"

Modality = Literal["asserted", "negated", "hypothetical", "conditional", "intended", "future"]
MODALITIES: tuple[str, ...] = (
    "asserted",
    "negated",
    "hypothetical",
    "conditional",
    "intended",
    "future",
)
QuoteKind = Literal["direct", "indirect", "mixed"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class Span:
    """A stretch of the article text; ``text`` is kept so a record reads on its own."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data.get("text", "")))


@dataclass(frozen=True)
class Article:
    """An ingested article before analysis.

    ``text`` is exactly what the user gave for plain text (so offsets index their file) and the
    extracted main text for HTML. ``boilerplate`` lists spans that analysis skips.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "boilerplate": [list(span) for span in self.boilerplate],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"],
            text=data["text"],
            title=data.get("title"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            author=data.get("author"),
            published=data.get("published"),
            language=data.get("language"),
            boilerplate=tuple((int(s), int(e)) for s, e in data.get("boilerplate", [])),
        )


@dataclass(frozen=True)
class Actor:
    """A canonical actor: a knowledge-base entry or a document-local one built from evidence."""

    id: str
    name: str
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    roles: tuple[str, ...] = ()
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "roles": list(self.roles),
            "wikidata": self.wikidata,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(
            id=data["id"],
            name=data["name"],
            kind=data.get("kind"),
            country=data.get("country"),
            sector=data.get("sector"),
            roles=tuple(data.get("roles", ())),
            wikidata=data.get("wikidata"),
        )


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names or refers to an actor; ``actor`` is None when unresolved."""

    start: int
    end: int
    text: str
    label: str
    actor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "actor": self.actor,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(data["start"], data["end"], data["text"], data["label"], data.get("actor"))


@dataclass(frozen=True)
class TimeExpression:
    """A TIMEX3-style temporal expression; ``value`` is None when it cannot be anchored."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    anchored: bool = True
    range_start: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if not self.anchored:
            data["unresolved"] = True
        if self.range_start:
            data["range_start"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimeExpression:
        return cls(
            data["start"],
            data["end"],
            data["text"],
            data["type"],
            data.get("value"),
            anchored=not data.get("unresolved", False),
            range_start=bool(data.get("range_start", False)),
        )


@dataclass(frozen=True)
class Quote:
    """An attribution: who (source, speaker actor) said (cue) what (content spans)."""

    kind: str
    content: tuple[Span, ...]
    source: Span | None = None
    cue: Span | None = None
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "speaker": self.speaker,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": [span.to_dict() for span in self.content],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            kind=data["kind"],
            content=tuple(Span.from_dict(s) for s in data.get("content", [])),
            source=Span.from_dict(data["source"]) if data.get("source") else None,
            cue=Span.from_dict(data["cue"]) if data.get("cue") else None,
            speaker=data.get("speaker"),
        )


@dataclass(frozen=True)
class Participant:
    """An event's source or target: the actor id and the words that name it.

    ``implied`` marks a party the text does not name but CAMEO's conventions infer: the
    unidentified actor of the country where an attack without a named doer happens (its words
    are the place's), or the doer's own country as the target of a domestic act that names
    none (its words are the doer's). Users who want only named parties drop these; in JSON
    the key is present only when true, so older readers see the same shape.
    """

    actor: str | None
    start: int
    end: int
    text: str = ""
    implied: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "actor": self.actor,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.implied:
            data["implied"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        return cls(
            data.get("actor"),
            data["start"],
            data["end"],
            data.get("text", ""),
            implied=bool(data.get("implied", False)),
        )


@dataclass(frozen=True)
class Event:
    """A PLOVER event with its participants, modality and the text that supports it."""

    type: str
    evidence: Span
    trigger: Span | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    source: Participant | None = None
    target: Participant | None = None
    modality: str = "asserted"
    condition: Span | None = None
    date: str | None = None
    date_from_publication: bool = False
    location: Span | None = None
    quote: int | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "modality": self.modality,
            "condition": self.condition.to_dict() if self.condition else None,
            "date": self.date,
            "date_from_publication": self.date_from_publication,
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
            "quote": self.quote,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        def span(key: str) -> Span | None:
            return Span.from_dict(data[key]) if data.get(key) else None

        def part(key: str) -> Participant | None:
            return Participant.from_dict(data[key]) if data.get(key) else None

        evidence = Span.from_dict(data["evidence"])
        return cls(
            type=data["type"],
            evidence=evidence,
            trigger=span("trigger"),
            mode=data.get("mode"),
            context=tuple(data.get("context", ())),
            source=part("source"),
            target=part("target"),
            modality=data.get("modality", "asserted"),
            condition=span("condition"),
            date=data.get("date"),
            date_from_publication=bool(data.get("date_from_publication", False)),
            location=span("location"),
            quote=data.get("quote"),
            confidence=float(data.get("confidence", 0.5)),
        )


@dataclass(frozen=True)
class Document:
    """One analysed article: the unit that ``extract`` prints and ``ingest`` stores."""

    article: Article
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "mentions": [m.to_dict() for m in self.mentions],
            "times": [t.to_dict() for t in self.times],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"expected schema {SCHEMA!r}, got {data.get('schema')!r}")
        return cls(
            article=Article.from_dict(data["article"]),
            actors=tuple(Actor.from_dict(a) for a in data.get("actors", [])),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", [])),
            times=tuple(TimeExpression.from_dict(t) for t in data.get("times", [])),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", [])),
            events=tuple(Event.from_dict(e) for e in data.get("events", [])),
        )
