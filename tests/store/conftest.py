"""Hand-made documents for store tests: small, but with every kind of record and an event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from demarche.ingest.article import text_id
from demarche.records import (
    Actor,
    Article,
    Document,
    Event,
    Mention,
    Participant,
    Quote,
    Span,
    TimeExpression,
)

BODY = (
    'Kim Jong Un said on Tuesday: "We will talk if sanctions end." '
    "Donald Trump threatened North Korea with new sanctions last month.\n"
    "Share this"
)


def span(text: str, phrase: str, after: int = 0) -> Span:
    start = text.index(phrase, after)
    return Span(start, start + len(phrase), phrase)


def bare_document(text: str, published: str | None = None) -> Document:
    """A document with an article and nothing found in it; a first line becomes the title."""
    lines = text.split("\n\n", 1)
    title = lines[0].strip() if len(lines) == 2 and lines[0].strip() else None
    article = Article(
        text_id(text), text, title=title, published=published, language="en", outlet="Example"
    )
    return Document(article=article)


def build_document(
    headline: str = "Leaders meet in Hanoi", published: str | None = "2019-02-27"
) -> Document:
    """A document with every kind of record, all spans taken from its text."""
    text = f"{headline}\n\n{BODY}"
    article = Article(
        id=text_id(text),
        text=text,
        title=headline,
        outlet="Example News",
        published=published,
        language="en",
        boilerplate=((len(text) - len("Share this"), len(text)),),
    )
    kim, trump = span(text, "Kim Jong Un"), span(text, "Donald Trump")
    nk = span(text, "North Korea")
    content = span(text, "We will talk if sanctions end.")
    return Document(
        article=article,
        actors=(
            Actor("donald-trump", "Donald Trump", "person", "USA", "GOV", ("President",), "Q22686"),
            Actor("kim-jong-un", "Kim Jong Un", "person", "PRK", "GOV", ("Supreme Leader",)),
            Actor("north-korea", "North Korea", "country", "PRK", None),
        ),
        mentions=(
            Mention(kim.start, kim.end, kim.text, "PERSON", "kim-jong-un"),
            Mention(trump.start, trump.end, trump.text, "PERSON", "donald-trump"),
            Mention(nk.start, nk.end, nk.text, "GPE", "north-korea"),
        ),
        times=(
            TimeExpression(*_t(span(text, "on Tuesday")), "DATE", "2019-02-26"),
            TimeExpression(*_t(span(text, "last month")), "DATE", "2019-01"),
        ),
        quotes=(
            Quote("direct", (content,), source=kim, cue=span(text, "said"), speaker="kim-jong-un"),
        ),
        events=(
            Event(
                "THREATEN",
                evidence=span(text, "Donald Trump threatened North Korea with new sanctions"),
                trigger=span(text, "threatened"),
                mode="sanctions",
                source=Participant("donald-trump", trump.start, trump.end, trump.text),
                target=Participant("north-korea", nk.start, nk.end, nk.text),
                date="2019-01",
                confidence=0.75,
            ),
            Event(
                "CONSULT",
                evidence=content,
                source=Participant("kim-jong-un", kim.start, kim.end, kim.text),
                target=Participant("donald-trump", trump.start, trump.end, trump.text),
                modality="conditional",
                condition=span(text, "if sanctions end"),
                quote=0,
            ),
        ),
    )


def _t(s: Span) -> tuple[int, int, str]:
    return s.start, s.end, s.text


@pytest.fixture
def document() -> Document:
    return build_document()


@pytest.fixture
def make_document() -> Callable[..., Document]:
    return build_document


@pytest.fixture
def make_bare_document() -> Callable[..., Document]:
    return bare_document
