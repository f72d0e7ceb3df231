"""Stores written at version 1 are upgraded in place, losing nothing, or left exactly as they were.

Each test builds a version 1 store with that release's frozen SQL (``v1_store.py``) and opens it
with today's code, once per backend (PostgreSQL skips when no server can be started).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from urllib.parse import urlsplit

import pytest
from test_store import INDEX_TABLES, counts, execute
from v1_store import write_v1_store

from demarche.errors import ConfigError
from demarche.records import Document, Event, Participant
from demarche.store import migrations as store_migrations
from demarche.store import open_store
from demarche.store.rows import event_rows
from demarche.store.schema import STORE_VERSION


def with_implied_parties(document: Document) -> Document:
    """The document plus an attack with an implied doer and a protest with an implied target."""
    text = document.article.text
    nk = text.index("North Korea")
    kim = text.index("Kim Jong Un")
    evidence = document.events[0].evidence
    attack = Event(
        "ASSAULT",
        evidence=evidence,
        source=Participant("north-korea-unk", nk, nk + 11, "North Korea", implied=True),
        target=Participant("kim-jong-un", kim, kim + 11, "Kim Jong Un"),
        date="2019-02",
    )
    protest = Event(
        "PROTEST",
        evidence=evidence,
        source=Participant("kim-jong-un", kim, kim + 11, "Kim Jong Un"),
        target=Participant("north-korea", kim, kim + 11, "Kim Jong Un", implied=True),
        date="2019-02",
    )
    return replace(document, events=(*document.events, attack, protest))


@pytest.fixture
def documents(make_document) -> list[Document]:
    return [
        with_implied_parties(make_document()),
        with_implied_parties(make_document("Another report on the summit")),
        make_document("A third report, with named parties only"),
    ]


def implied_columns(location: str) -> set[tuple[str, int, bool, bool]]:
    rows = execute(location, "SELECT article, idx, source_implied, target_implied FROM events")
    return {(article, idx, bool(s), bool(t)) for article, idx, s, t in rows}


def expected_columns(documents: list[Document]) -> set[tuple[str, int, bool, bool]]:
    return {
        (d.article.id, row.index, row.source_implied, row.target_implied)
        for d in documents
        for row in event_rows(d)
    }


def test_a_version_1_store_is_upgraded_in_place_without_loss(
    db: str, documents: list[Document], new_store_location, backend: str, caplog
) -> None:
    write_v1_store(db, documents)
    before = counts(db)
    with caplog.at_level(logging.WARNING, logger="demarche.store.migrations"):
        store = open_store(db, create=False)  # even a reading command upgrades
    with store:
        assert [d.article.id for d in documents] == list(store.ids())
        for document in documents:
            assert store.get(document.article.id) == document
        upgraded = store.relations()
        named = store.relations(named_only=True)
    assert "upgraded in place from store version 1 to 2" in caplog.text
    assert counts(db) == before
    meta = dict(execute(db, "SELECT key, value FROM meta"))
    assert meta["store_version"] == str(STORE_VERSION)
    assert meta["upgraded"].startswith("from store version 1 by demarche")
    assert implied_columns(db) == expected_columns(documents)
    assert sum(s or t for _, _, s, t in implied_columns(db)) == 4
    # the upgraded store answers exactly as a store ingested today would
    fresh = new_store_location(backend)
    with open_store(fresh) as store:
        for document in documents:
            store.add(document)
        assert store.relations() == upgraded
        assert store.relations(named_only=True) == named
    assert sum(r.implied for r in upgraded) == 4
    assert sum(r.events for r in upgraded) - sum(r.events for r in named) == 4
    # the view is the new one too
    view = execute(db, "SELECT source, target, events, implied FROM relations")
    assert ("north-korea-unk", "kim-jong-un", 2, 2) in view


def test_the_upgrade_happens_once(db: str, documents: list[Document], caplog) -> None:
    write_v1_store(db, documents)
    open_store(db).close()
    stamp = execute(db, "SELECT value FROM meta WHERE key = 'upgraded'")
    caplog.clear()
    with (
        caplog.at_level(logging.WARNING, logger="demarche.store.migrations"),
        open_store(db) as store,
    ):
        store.add(documents[0])  # a no-op: already stored
    assert "upgraded" not in caplog.text
    assert execute(db, "SELECT value FROM meta WHERE key = 'upgraded'") == stamp


def test_concurrent_openers_upgrade_the_store_once(db: str, documents: list[Document]) -> None:
    write_v1_store(db, documents)
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def open_and_read() -> None:
        try:
            start.wait()
            with open_store(db, create=False) as store:
                store.relations(named_only=True)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=open_and_read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert implied_columns(db) == expected_columns(documents)


def test_a_failed_upgrade_changes_nothing(
    db: str, documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_v1_store(db, documents)
    before = {table: execute(db, f"SELECT * FROM {table}") for table in ("meta", *INDEX_TABLES)}
    step = store_migrations.STEPS[2]

    def step_then_failure(database: store_migrations.Database) -> None:
        step(database)  # every change is made, then the database refuses a statement
        database.execute("UPDATE events SET no_such_column = 1")

    monkeypatch.setitem(store_migrations.STEPS, 2, step_then_failure)
    with pytest.raises(ConfigError, match=r"\[D028\].*version 1.*nothing was changed"):
        open_store(db, create=False)
    after = {table: execute(db, f"SELECT * FROM {table}") for table in ("meta", *INDEX_TABLES)}
    assert after == before  # same rows, and no implied columns were added
    monkeypatch.undo()
    with open_store(db, create=False) as store:  # a working upgrade still succeeds afterwards
        assert store.get(documents[0].article.id) == documents[0]
    assert implied_columns(db) == expected_columns(documents)


def test_views_users_built_on_relations_keep_working(db: str, documents: list[Document]) -> None:
    write_v1_store(db, documents)
    execute(db, "CREATE VIEW busiest AS SELECT source, target, events FROM relations")
    before = sorted(execute(db, "SELECT * FROM busiest"))
    open_store(db).close()
    assert sorted(execute(db, "SELECT * FROM busiest")) == before


def test_a_database_user_who_cannot_alter_tables_is_told_what_to_do(
    postgres_server: str, new_store_location, documents: list[Document]
) -> None:
    location = new_store_location("postgres")
    write_v1_store(location, documents)
    execute(location, "DROP ROLE IF EXISTS demarche_reader")
    execute(location, "CREATE ROLE demarche_reader LOGIN")
    try:
        execute(location, "GRANT USAGE ON SCHEMA demarche TO demarche_reader")
        execute(location, "GRANT SELECT ON ALL TABLES IN SCHEMA demarche TO demarche_reader")
        reader = urlsplit(location)._replace(netloc="demarche_reader@").geturl()
        with pytest.raises(ConfigError, match=r"\[D028\].*demarche list --db"):
            open_store(reader, create=False)
        assert execute(location, "SELECT value FROM meta WHERE key = 'store_version'") == [("1",)]
    finally:
        execute(location, "DROP OWNED BY demarche_reader")
        execute(location, "DROP ROLE demarche_reader")
