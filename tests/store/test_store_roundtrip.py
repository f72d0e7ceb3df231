"""Properties: any consistent Document stored and read back is equal to itself, and the events
table and relations count exactly what the stored documents say (implied parties included)."""

from __future__ import annotations

import json
from collections import defaultdict

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
from demarche.store import Relation, open_store
from demarche.store.rows import event_rows

optional_text = st.none() | st.text(max_size=20)
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12)


@st.composite
def documents(
    draw: st.DrawFn, actor_ids: st.SearchStrategy[str] = ids, min_events: int = 0
) -> Document:
    """Documents whose every span lies inside the article text, as the pipeline guarantees.

    Args:
        actor_ids: the ids participants may take; a few shared ones make relations aggregate.
        min_events: the fewest events a document has.
    """
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
        return Participant(
            draw(st.none() | actor_ids), start, end, text[start:end], implied=draw(st.booleans())
        )

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
        for _ in range(draw(st.integers(min_events, 3)))
    )
    return Document(article, actors, tuple(mentions), tuple(times), quotes, events)


def empty_store(backend_name: str, new_store_location, batch: list[Document]) -> str:
    """A new store for one example: in memory, or a fresh PostgreSQL schema.

    PostgreSQL text cannot hold NUL; that refusal has its own test, so such examples are skipped.
    """
    if backend_name == "sqlite":
        return ":memory:"
    assume("\\u0000" not in json.dumps([document.to_dict() for document in batch]))
    return new_store_location("postgres")


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
        with open_store(empty_store(backend_name, new_store_location, [document])) as store:
            assert store.add(document)
            assert store.get(document.article.id) == document
            assert store.add(document) is False
            assert list(store.ids()) == [document.article.id]

    round_trip()


def expected_relations(stored: list[Document], named_only: bool) -> list[Relation]:
    """The relations of documents, counted in Python from their events."""
    events: dict[tuple, int] = defaultdict(int)
    implied: dict[tuple, int] = defaultdict(int)
    articles: dict[tuple, set[str]] = defaultdict(set)
    for document in stored:
        for row in event_rows(document):
            has_implied = row.source_implied or row.target_implied
            if row.source_actor is None or row.target_actor is None:
                continue
            if named_only and has_implied:
                continue
            key = (row.source_actor, row.target_actor, row.quad, row.month)
            events[key] += 1
            implied[key] += has_implied
            articles[key].add(document.article.id)
    return sorted(
        (Relation(*key, events[key], len(articles[key]), implied[key]) for key in events),
        key=relation_key,
    )


def relation_key(relation: Relation) -> tuple:
    """A total order (the backends sort NULLs differently)."""
    return tuple((value is None, value or "") for value in vars(relation).values())


def test_relations_count_what_the_documents_say_implied_parties_included(
    backend: str, new_store_location
) -> None:
    examples = 40 if backend == "sqlite" else 15
    few_actors = st.sampled_from(["kim", "moon", "trump"])

    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(documents(actor_ids=few_actors, min_events=1), min_size=1, max_size=4))
    def counted(batch: list[Document]) -> None:
        stored = []
        with open_store(empty_store(backend, new_store_location, batch)) as store:
            for document in batch:
                if store.add(document):
                    stored.append(document)
            for named_only in (False, True):
                expected = expected_relations(stored, named_only)
                got = store.relations(named_only=named_only)
                assert sorted(got, key=relation_key) == expected
                for actor in ("kim", "nobody"):
                    got = store.relations(actor, named_only=named_only)
                    mine = [r for r in expected if actor in (r.source, r.target)]
                    assert sorted(got, key=relation_key) == mine
            for document in stored:
                assert store.get(document.article.id) == document

    counted()
