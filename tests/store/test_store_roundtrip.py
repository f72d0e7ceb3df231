"""Property: any consistent Document stored and read back is equal to itself."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from demarche.ingest.article import text_id
from demarche.records import (
    MODALITIES,
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
from demarche.store import open_store

optional_text = st.none() | st.text(max_size=20)
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Documents whose every span lies inside the article text, as the pipeline guarantees."""
    text = draw(st.text(min_size=1, max_size=200))
    n = len(text)

    def offsets() -> tuple[int, int]:
        start = draw(st.integers(0, n))
        return start, draw(st.integers(start, n))

    def span() -> Span:
        start, end = offsets()
        return Span(start, end, text[start:end])

    def maybe_span() -> Span | None:
        return span() if draw(st.booleans()) else None

    def participant() -> Participant | None:
        if not draw(st.booleans()):
            return None
        start, end = offsets()
        return Participant(draw(st.none() | ids), start, end, text[start:end])

    article = Article(
        id=text_id(text),
        text=text,
        title=draw(optional_text),
        url=draw(optional_text),
        outlet=draw(optional_text),
        author=draw(optional_text),
        published=draw(st.none() | st.dates().map(lambda d: d.isoformat())),
        language=draw(st.sampled_from([None, "en", "fr"])),
        boilerplate=tuple(offsets() for _ in range(draw(st.integers(0, 2)))),
        source=draw(st.none() | st.just("corpus.jsonl:3")),
    )
    actors = tuple(
        Actor(
            actor_id,
            draw(st.text(min_size=1, max_size=15)),
            draw(st.sampled_from([None, "person", "country", "organisation"])),
            draw(st.none() | st.sampled_from(["USA", "PRK", "KOR"])),
            draw(st.none() | st.sampled_from(["GOV", "MIL", "OPP"])),
            tuple(draw(st.lists(st.text(max_size=10), max_size=2))),
            draw(st.none() | st.just("Q22686")),
        )
        for actor_id in draw(st.lists(ids, max_size=3, unique=True))
    )
    mentions = []
    for _ in range(draw(st.integers(0, 4))):
        start, end = offsets()
        label = draw(st.sampled_from(["PERSON", "GPE", "ORG", "NORP"]))
        mentions.append(Mention(start, end, text[start:end], label, draw(st.none() | ids)))
    times = []
    for _ in range(draw(st.integers(0, 3))):
        start, end = offsets()
        times.append(
            TimeExpression(
                start,
                end,
                text[start:end],
                draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"])),
                draw(st.none() | st.just("2019-02") | st.just("P3D")),
                anchored=draw(st.booleans()),
                range_start=draw(st.booleans()),
            )
        )
    quotes = tuple(
        Quote(
            draw(st.sampled_from(["direct", "indirect", "mixed"])),
            tuple(span() for _ in range(draw(st.integers(1, 3)))),
            source=maybe_span(),
            cue=maybe_span(),
            speaker=draw(st.none() | ids),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    events = tuple(
        Event(
            draw(st.sampled_from(["AGREE", "THREATEN", "CONSULT", "NOT-A-TYPE"])),
            evidence=span(),
            trigger=maybe_span(),
            mode=draw(st.none() | st.just("sanctions")),
            context=tuple(draw(st.lists(st.sampled_from(["economic", "military"]), max_size=2))),
            source=participant(),
            target=participant(),
            modality=draw(st.sampled_from(MODALITIES)),
            condition=maybe_span(),
            date=draw(st.none() | st.just("2019") | st.just("2019-02-03")),
            date_from_publication=draw(st.booleans()),
            location=maybe_span(),
            quote=draw(st.none() | st.integers(0, len(quotes) - 1)) if quotes else None,
            # the JSON keeps three decimals, so that is what a Document can carry
            confidence=draw(st.integers(0, 1000)) / 1000,
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    return Document(article, actors, tuple(mentions), tuple(times), quotes, events)


@pytest.mark.parametrize("backend_name", ["sqlite", "postgres"])
def test_document_store_document_is_identity(
    backend_name: str, request, new_store_location
) -> None:
    if backend_name == "postgres":
        request.getfixturevalue("postgres_server")  # skips when no server can be started

    examples = 50 if backend_name == "sqlite" else 20  # each PostgreSQL example makes a schema

    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(documents())
    def round_trip(document: Document) -> None:
        if backend_name == "postgres":
            # PostgreSQL text cannot hold NUL; that refusal has its own test
            assume("\\u0000" not in json.dumps(document.to_dict()))
            location = new_store_location("postgres")
        else:
            location = ":memory:"
        with open_store(location) as store:
            assert store.add(document)
            assert store.get(document.article.id) == document
            assert store.add(document) is False
            assert list(store.ids()) == [document.article.id]

    round_trip()
