"""The ``Doc._`` attributes through which demarche components hand results to each other.

Components read and write these instead of private state, so that each one can run inside
anyone's spaCy pipeline and the document assembler finds every result in one place.
"""

from __future__ import annotations

from spacy.tokens import Doc

from demarche.records import Actor, Article, Event, Mention, Quote, TimeExpression

EXTENSIONS: dict[str, object] = {
    # set before the pipeline runs (see demarche.pipeline.process.make_doc)
    "demarche_article": None,
    # assigned by demarche_actors
    "demarche_mentions": None,
    "demarche_actors": None,
    # assigned by demarche_time
    "demarche_times": None,
    # assigned by demarche_quotes
    "demarche_quotes": None,
    # assigned by demarche_events
    "demarche_events": None,
}


def register_extensions() -> None:
    """Register the attributes once; safe to call from every component factory."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def article_of(doc: Doc) -> Article | None:
    """The article a Doc was made from, or None when a user ran ``nlp(text)`` directly."""
    return doc._.demarche_article


def published_of(doc: Doc) -> str | None:
    """The publication date (ISO string) that relative expressions are anchored to."""
    article = article_of(doc)
    return article.published if article is not None else None


def mentions_of(doc: Doc) -> list[Mention]:
    return doc._.demarche_mentions or []


def actors_of(doc: Doc) -> dict[str, Actor]:
    return doc._.demarche_actors or {}


def times_of(doc: Doc) -> list[TimeExpression]:
    return doc._.demarche_times or []


def quotes_of(doc: Doc) -> list[Quote]:
    return doc._.demarche_quotes or []


def events_of(doc: Doc) -> list[Event]:
    return doc._.demarche_events or []


register_extensions()


def mention_at(doc: Doc, start: int, end: int) -> Mention | None:
    """The actor mention that best covers a character span (for speakers and participants).

    Prefers a resolved mention, then the longest overlap, so "South Korean Foreign Minister
    Cho Hyun" finds the mention of Cho Hyun rather than of South Korea when both overlap.
    """
    best: Mention | None = None
    best_key: tuple[int, int] = (-1, -1)
    for mention in mentions_of(doc):
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap <= 0:
            continue
        key = (1 if mention.actor else 0, overlap)
        if key > best_key:
            best, best_key = mention, key
    return best
