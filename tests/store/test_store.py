"""Every store backend: idempotence, transaction safety, search, prefixes, versions, relations.

Tests taking ``db`` run once per backend (PostgreSQL skips when no server can be started);
tests taking ``sqlite_db`` or ``tmp_path`` check what only the SQLite file has.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from demarche.errors import ConfigError, InputError
from demarche.records import Document, Span
from demarche.store import SQLiteStore, open_store
from demarche.store import rows as store_rows
from demarche.store.schema import STORE_VERSION

INDEX_TABLES = ("actors", "mentions", "times", "quotes", "events")


def execute(location: str, sql: str, params: tuple = ()) -> list[tuple]:
    """Run SQL on a store through a separate connection (what another reader would see)."""
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location, autocommit=True) as conn:
            conn.execute("SET search_path TO demarche")
            cursor = conn.execute(sql.replace("?", "%s"), params)
            return cursor.fetchall() if cursor.description else []
    with sqlite3.connect(location) as conn:
        return conn.execute(sql, params).fetchall()


def counts(location: str) -> dict[str, int]:
    """Row counts of the articles and index tables."""
    return {
        table: execute(location, f"SELECT count(*) FROM {table}")[0][0]
        for table in ("articles", *INDEX_TABLES)
    }


@pytest.fixture
def sqlite_db(tmp_path: Path) -> str:
    return str(tmp_path / "store.db")


def test_add_then_get_returns_the_same_document(db: str, document: Document) -> None:
    with open_store(db) as store:
        assert store.add(document) is True
        assert store.get(document.article.id) == document
    with open_store(db, create=False) as store:  # and it persists across connections
        assert store.get(document.article.id) == document
        assert list(store.ids()) == [document.article.id]


def test_adding_the_same_text_again_is_a_no_op(db: str, document: Document) -> None:
    with open_store(db) as store:
        assert store.add(document)
        before = counts(db)
        # same text under another id and other metadata: still the same article
        again = replace(document, article=replace(document.article, id="x" * 64, title="Other"))
        assert store.add(again) is False
        assert store.add(document) is False
        assert counts(db) == before
        assert len(store) == 1
        assert store.contains_text(document.article.text)
        assert not store.contains_text(document.article.text + " ")


def test_every_table_gets_rows(db: str, document: Document) -> None:
    with open_store(db) as store:
        store.add(document)
    assert counts(db) == {
        "articles": 1,
        "actors": 3,
        "mentions": 3,
        "times": 2,
        "quotes": 1,
        "events": 2,
    }


def test_a_failure_mid_article_leaves_no_rows(
    db: str, document: Document, make_bare_document, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_bare_document("An earlier article about trade talks in Geneva.")
    with open_store(db) as store:
        assert store.add(first)
        before = counts(db)

        def explode(_document: Document):
            # the article, actor, mention, time and quote rows are written before events
            raise RuntimeError("disk on fire")
            yield  # pragma: no cover

        monkeypatch.setattr(store_rows, "event_rows", explode)
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.add(document)
        assert counts(db) == before
        assert not store.contains_text(document.article.text)

        monkeypatch.undo()
        assert store.add(document)  # the store still works, and nothing blocks a retry
        assert store.get(document.article.id) == document
    assert counts(db)["articles"] == 2


def test_an_interrupt_mid_article_also_rolls_back(
    db: str, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(_spans):
        raise KeyboardInterrupt

    monkeypatch.setattr(store_rows, "quote_content_text", interrupt)
    with open_store(db) as store, pytest.raises(KeyboardInterrupt):
        store.add(document)
    assert counts(db)["articles"] == 0
    assert sum(counts(db).values()) == 0


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("mentions[0]", lambda d: {"mentions": (replace(d.mentions[0], end=10_000),)}),
        ("times[1]", lambda d: {"times": (d.times[0], replace(d.times[1], start=-1))}),
        (
            "quotes[0].content[0]",
            lambda d: {"quotes": (replace(d.quotes[0], content=(Span(5, 4, "x"),)),)},
        ),
        (
            "events[1] cites quote 3",
            lambda d: {"events": (d.events[0], replace(d.events[1], quote=3))},
        ),
    ],
)
def test_inconsistent_documents_are_refused_before_writing(
    db: str, document: Document, where: str, change
) -> None:
    bad = replace(document, **change(document))
    with open_store(db) as store:
        with pytest.raises(
            InputError, match=r"\[D021\].*" + where.replace("[", r"\[").replace("]", r"\]")
        ):
            store.add(bad)
        assert len(store) == 0
        assert store.add(document)


def test_an_id_reused_for_another_text_is_refused(
    db: str, document: Document, make_bare_document
) -> None:
    other = make_bare_document("Another text entirely, about fisheries in the Baltic.")
    clash = replace(other, article=replace(other.article, id=document.article.id))
    with open_store(db) as store:
        store.add(document)
        with pytest.raises(InputError, match="already stored with a different text"):
            store.add(clash)
        assert len(store) == 1


def test_get_of_an_unknown_id_names_the_database(db: str) -> None:
    with open_store(db) as store, pytest.raises(InputError, match=r"\[D015\].*" + re.escape(db)):
        store.get("0" * 64)


def test_prefixes_resolve_to_one_id(db: str, make_bare_document) -> None:
    docs = [make_bare_document(f"Article number {n} about the summit in Hanoi.") for n in range(10)]
    with open_store(db) as store:
        for doc in docs:
            store.add(doc)
        target = docs[7].article.id
        assert store.resolve(target) == target
        assert store.resolve(target[:12]) == target
        with pytest.raises(InputError, match="D015"):
            store.resolve("zz")
        with pytest.raises(InputError, match="D015"):
            store.resolve("")


def test_an_ambiguous_prefix_is_reported(db: str, make_bare_document) -> None:
    docs = [make_bare_document(f"Report {n} on grain exports.") for n in range(40)]
    with open_store(db) as store:
        for doc in docs:
            store.add(doc)
        firsts = [d.article.id[0] for d in docs]  # 40 ids over 16 hex digits must share one
        shared = next(c for c in firsts if firsts.count(c) > 1)
        with pytest.raises(InputError, match=r"\[D020\]"):
            store.resolve(shared)


def test_full_text_search_ranks_title_and_text_and_survives_bad_syntax(
    db: str, make_bare_document
) -> None:
    with open_store(db) as store:
        store.add(make_bare_document("Sanctions on oil\n\nThe ministers met in Brussels."))
        store.add(make_bare_document("Fishing quotas\n\nNew sanctions were announced on Tuesday."))
        store.add(make_bare_document("Weather\n\nRain is expected in Geneva."))
        hits = store.search("sanctions")
        assert [h.title for h in hits] == ["Sanctions on oil", "Fishing quotas"]
        assert "[sanctions]" in hits[1].snippet
        assert hits[0].score >= hits[1].score
        assert store.search('sanctions "unbalanced') == []
        assert [h.title for h in store.search("Geneva:")] == ["Weather"]
        assert store.search("   ") == []


def test_summaries_list_articles_in_the_order_added(db: str, make_bare_document) -> None:
    with open_store(db) as store:
        store.add(make_bare_document("First headline\n\nBody one.", published="2020-01-02"))
        store.add(make_bare_document("\n\n  " + "word " * 40, published=None))
        listed = list(store.summaries())
        assert [s.published for s in listed] == ["2020-01-02", None]
        assert listed[0].title == "First headline"
        assert listed[1].preview.startswith("word word") and len(listed[1].preview) <= 80
        assert len(list(store.summaries(limit=1))) == 1


def test_relations_count_events_per_pair_quad_and_month(db: str, make_document) -> None:
    with open_store(db) as store:
        store.add(make_document())
        store.add(make_document("Another report on the summit"))
        relations = store.relations()
        threat = next(r for r in relations if r.source == "donald-trump")
        assert (threat.target, threat.month, threat.events, threat.articles) == (
            "north-korea",
            "2019-01",
            2,
            2,
        )
        # an undated event counts in the publication month
        talk = next(r for r in relations if r.source == "kim-jong-un")
        assert talk.month == "2019-02"
        assert {r.source for r in store.relations(actor="north-korea")} == {"donald-trump"}
        assert store.relations(actor="nobody") == []


def test_relations_use_the_quad_classifier_when_available(
    db: str, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_rows, "quad_classifier", lambda: lambda kind, mode: f"q-{kind}")
    with open_store(db) as store:
        store.add(document)
        assert {r.quad for r in store.relations()} == {"q-THREATEN", "q-CONSULT"}


def test_relations_degrade_without_a_quad_classifier(
    db: str, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_rows, "quad_classifier", lambda: None)
    with open_store(db) as store:
        store.add(document)
        assert [r.quad for r in store.relations()] == [None, None]


def test_event_months() -> None:
    assert store_rows.month_of("2019-02-27") == "2019-02"
    assert store_rows.month_of("2019-02") == "2019-02"
    assert store_rows.month_of("2019") is None
    assert store_rows.month_of("2019-W07") is None
    assert store_rows.month_of(None) is None


def test_the_file_uses_wal_fts_foreign_keys_and_a_version(
    sqlite_db: str, document: Document
) -> None:
    with open_store(sqlite_db) as store:
        store.add(document)
    with sqlite3.connect(sqlite_db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        assert meta["store_version"] == str(STORE_VERSION)
        assert meta["document_schema"] == "demarche/1"
        conn.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                'INSERT INTO mentions (article, start, "end", text, label) '
                "VALUES ('nope', 0, 1, 'x', 'PERSON')"
            )


def test_a_store_of_another_version_is_refused(db: str) -> None:
    open_store(db).close()
    execute(db, "UPDATE meta SET value = ? WHERE key = 'store_version'", (str(STORE_VERSION + 1),))
    with pytest.raises(ConfigError, match=r"\[D022\].*upgrade demarche"):
        open_store(db)
    execute(db, "UPDATE meta SET value = ? WHERE key = 'store_version'", ("0",))
    with pytest.raises(ConfigError, match=r"\[D022\].*re-ingest"):
        open_store(db, create=False)


def test_reading_an_empty_location_does_not_create_a_store(db: str) -> None:
    with pytest.raises(ConfigError, match=r"\[D017\]"):
        open_store(db, create=False)
    with open_store(db) as store:  # still creatable afterwards
        assert len(store) == 0


def test_files_that_are_not_stores_are_refused_untouched(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.db"
    text_file.write_text("just some notes, not a database\n" * 10)
    with pytest.raises(ConfigError, match=r"\[D017\]"):
        open_store(text_file)
    assert text_file.read_text().startswith("just some notes")

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE things (x)")
    with pytest.raises(ConfigError, match="not a demarche store"):
        open_store(other)
    with sqlite3.connect(other) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"things"}


def test_read_only_opening_does_not_create_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(ConfigError, match=r"\[D017\].*no such file"):
        open_store(missing, create=False)
    assert not missing.exists()


def test_urls_choose_the_backend(tmp_path: Path, document: Document) -> None:
    with open_store(f"sqlite:///{tmp_path}/via-url.db") as store:  # four slashes: absolute
        assert isinstance(store, SQLiteStore)
        store.add(document)
    assert (tmp_path / "via-url.db").is_file()
    with open_store(":memory:") as store:
        assert store.add(document)
    # a server URL goes to the PostgreSQL backend; its messages never show the password
    with pytest.raises(ConfigError, match=r"\[D0(17|23)\].*\*\*\*") as info:
        open_store("postgresql://analyst:s3cret@/demarche?host=/nonexistent-socket-dir")
    assert "s3cret" not in str(info.value)
    with pytest.raises(ConfigError, match=r"\[D023\].*unknown scheme"):
        open_store("ftp://example.org/store")


def test_postgres_refuses_what_it_cannot_hold_and_writes_nothing(
    postgres_server: str, new_store_location, make_bare_document
) -> None:
    location = new_store_location("postgres")
    with open_store(location) as store:
        with pytest.raises(InputError, match=r"\[D021\]"):
            store.add(make_bare_document("A text with a NUL \x00 character in it."))
        assert len(store) == 0
        assert store.add(make_bare_document("A clean text."))
    assert counts(location)["articles"] == 1


def test_concurrent_writers_store_each_text_once(db: str, make_bare_document) -> None:
    documents = [make_bare_document(f"Dispatch {n} from the summit in Hanoi.") for n in range(12)]
    open_store(db).close()  # create the schema once, as the first ingest would
    results: list[bool] = []
    lock = threading.Lock()

    def writer(order: list[Document]) -> None:
        with open_store(db) as store:
            for document in order:
                added = store.add(document)
                with lock:
                    results.append(added)

    threads = [
        threading.Thread(target=writer, args=(documents,)),
        threading.Thread(target=writer, args=(list(reversed(documents)),)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert results.count(True) == 12 and results.count(False) == 12
    assert counts(db)["articles"] == 12
