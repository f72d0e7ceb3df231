"""The storage interface every backend implements, and the small records it returns.

Commands, the API and exporters talk to ``Store`` only, never to SQL, so a PostgreSQL backend
(chosen by URL in ``open_store``) can be added without touching them. A backend guarantees:
one article is written in one transaction (all its rows or none), adding the same text twice is
a no-op, and a document read back equals the document stored.
"""

from __future__ import annotations

import abc
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType

from demarche.errors import InputError
from demarche.records import Document


@dataclass(frozen=True)
class ArticleSummary:
    """One line of a listing: enough to pick an article without loading its document."""

    id: str
    published: str | None
    title: str | None
    outlet: str | None
    preview: str
    """The start of the text, for articles that have no title."""


@dataclass(frozen=True)
class SearchHit:
    """A full-text search result, best first; ``snippet`` marks matches with ``[`` ``]``."""

    id: str
    published: str | None
    title: str | None
    preview: str
    """The start of the text, for articles that have no title."""
    snippet: str
    score: float


@dataclass(frozen=True)
class Relation:
    """How often one actor acted towards another, by PLOVER quad class and month.

    ``quad`` is None for events stored before a quad classifier was available or whose type
    has no quad class; ``month`` is ``YYYY-MM`` from the event's date, else the article's.
    """

    source: str
    target: str
    quad: str | None
    month: str | None
    events: int
    articles: int
    implied: int = 0
    """How many of ``events`` have a source or target that CAMEO's conventions infer rather
    than the text naming (an unnamed attacker's country, a domestic act's own country)."""


def preview(text: str) -> str:
    """The first non-blank line of a text, clipped for a one-line listing."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line if len(line) <= 80 else line[:79] + "…"


def text_hash(text: str) -> str:
    """The key that makes re-ingesting the same text a no-op, whatever id the input carried."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store(abc.ABC):
    """A collection of analysed documents; use it as a context manager to close it."""

    location: str
    """The path or URL the store was opened from, for messages."""

    @abc.abstractmethod
    def add(self, document: Document) -> bool:
        """Store one document in one transaction.

        Returns:
            True when stored; False when a document with the same text is already stored
            (nothing is written).

        Raises:
            InputError: the document is inconsistent (offsets outside the text, or its id is
                already used by a different text); nothing is written.
        """

    @abc.abstractmethod
    def contains_text(self, text: str) -> bool:
        """Whether an article with exactly this text is stored (lets ingest skip analysis)."""

    @abc.abstractmethod
    def get(self, article_id: str) -> Document:
        """The stored document with this exact id; raises ``InputError`` (D015) if absent."""

    @abc.abstractmethod
    def ids(self) -> Iterator[str]:
        """Every stored article id, in the order they were added."""

    @abc.abstractmethod
    def summaries(self, limit: int | None = None) -> Iterator[ArticleSummary]:
        """A listing of stored articles, in the order they were added."""

    @abc.abstractmethod
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over article titles and texts, best match first."""

    @abc.abstractmethod
    def relations(self, actor: str | None = None, *, named_only: bool = False) -> list[Relation]:
        """Per actor pair, quad class and month: event and article counts.

        Args:
            actor: keep only pairs where this actor id is the source or the target.
            named_only: leave out events with an implied source or target, for users who count
                only parties the text names; by default they are counted, as CAMEO codes them,
                and each relation says how many of its events have one.
        """

    @abc.abstractmethod
    def ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        """Up to ``limit`` stored ids that start with ``prefix``."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection; the store is unusable afterwards."""

    def resolve(self, prefix: str) -> str:
        """The one stored id that starts with ``prefix`` (users type short ids).

        Raises:
            InputError: D015 when nothing matches, D020 when the prefix is ambiguous.
        """
        prefix = prefix.strip()
        matches = self.ids_with_prefix(prefix, limit=2) if prefix else []
        if not matches:
            raise InputError("D015", id=prefix, db=self.location)
        if len(matches) > 1:
            raise InputError("D020", id=prefix, db=self.location)
        return matches[0]

    def __len__(self) -> int:
        return sum(1 for _ in self.ids())

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
