"""A store as demarche wrote it at store version 1 (main at 19810ab), to test the upgrade.

The SQL below is a frozen copy of that release's ``schema.py`` and ``postgres.py``, not an
import of today's, so the upgrade is tested against what users' stores actually contain even
after the current layout moves on. Rows are written with that release's column lists.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from demarche.records import SCHEMA, Document
from demarche.store import text_hash
from demarche.store.rows import ARTICLE_COLUMNS, CHILD_COLUMNS, article_row, child_rows

META = """
    CREATE TABLE IF NOT EXISTS meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
"""

SQLITE_ARTICLES: tuple[str, ...] = (
    """
    CREATE TABLE IF NOT EXISTS articles (
        id        TEXT PRIMARY KEY,
        text_hash TEXT NOT NULL UNIQUE,
        title     TEXT,
        url       TEXT,
        outlet    TEXT,
        author    TEXT,
        published TEXT,
        language  TEXT,
        source    TEXT,
        added     TEXT NOT NULL,
        document  TEXT NOT NULL
    )
    """,
    "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
    # title and text are copied here (not external content) so that snippet() works.
    """
    CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
        title, text, tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
)

INDEX_TABLES: tuple[str, ...] = (
    """
    CREATE TABLE IF NOT EXISTS actors (
        article  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        id       TEXT NOT NULL,
        name     TEXT NOT NULL,
        kind     TEXT,
        country  TEXT,
        sector   TEXT,
        roles    TEXT NOT NULL,
        wikidata TEXT,
        PRIMARY KEY (article, id)
    )
    """,
    "CREATE INDEX IF NOT EXISTS actors_id ON actors (id)",
    """
    CREATE TABLE IF NOT EXISTS mentions (
        article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        start   INTEGER NOT NULL,
        "end"   INTEGER NOT NULL,
        text    TEXT NOT NULL,
        label   TEXT NOT NULL,
        actor   TEXT
    )
    """,
    "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article)",
    "CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (actor)",
    """
    CREATE TABLE IF NOT EXISTS times (
        article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        start   INTEGER NOT NULL,
        "end"   INTEGER NOT NULL,
        text    TEXT NOT NULL,
        type    TEXT NOT NULL,
        value   TEXT
    )
    """,
    "CREATE INDEX IF NOT EXISTS times_article ON times (article)",
    "CREATE INDEX IF NOT EXISTS times_value ON times (value)",
    """
    CREATE TABLE IF NOT EXISTS quotes (
        article      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx          INTEGER NOT NULL,
        kind         TEXT NOT NULL,
        speaker      TEXT,
        source_start INTEGER,
        source_end   INTEGER,
        source_text  TEXT,
        cue_text     TEXT,
        content      TEXT NOT NULL,
        PRIMARY KEY (article, idx)
    )
    """,
    "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker)",
    """
    CREATE TABLE IF NOT EXISTS events (
        article        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx            INTEGER NOT NULL,
        type           TEXT NOT NULL,
        mode           TEXT,
        quad           TEXT,
        source_actor   TEXT,
        target_actor   TEXT,
        modality       TEXT NOT NULL,
        date           TEXT,
        month          TEXT,
        quote          INTEGER,
        confidence     DOUBLE PRECISION NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end   INTEGER NOT NULL,
        evidence_text  TEXT NOT NULL,
        PRIMARY KEY (article, idx)
    )
    """,
    "CREATE INDEX IF NOT EXISTS events_pair ON events (source_actor, target_actor, month)",
    "CREATE INDEX IF NOT EXISTS events_target ON events (target_actor)",
    # A view, not a table kept up to date: it cannot drift from the events it summarises.
    """
    CREATE VIEW IF NOT EXISTS relations AS
    SELECT source_actor AS source, target_actor AS target, quad, month,
           count(*) AS events, count(DISTINCT article) AS articles
    FROM events
    WHERE source_actor IS NOT NULL AND target_actor IS NOT NULL
    GROUP BY source_actor, target_actor, quad, month
    """,
)

POSTGRES_ARTICLES: tuple[str, ...] = (
    """
    CREATE TABLE IF NOT EXISTS articles (
        seq       BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        id        TEXT PRIMARY KEY,
        text_hash TEXT NOT NULL UNIQUE,
        title     TEXT,
        url       TEXT,
        outlet    TEXT,
        author    TEXT,
        published TEXT,
        language  TEXT,
        source    TEXT,
        added     TEXT NOT NULL,
        document  JSONB NOT NULL,
        text      TEXT NOT NULL,
        search    TSVECTOR GENERATED ALWAYS AS (
            setweight(to_tsvector('english', coalesce(title, '')), 'A')
            || setweight(to_tsvector('english', text), 'B')
        ) STORED
    )
    """,
    "CREATE INDEX IF NOT EXISTS articles_search ON articles USING gin (search)",
    "CREATE INDEX IF NOT EXISTS articles_id_prefix ON articles (id text_pattern_ops)",
    "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
)

V1_COLUMNS: dict[str, tuple[str, ...]] = {
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
"""The index tables' columns at version 1."""


def v1_rows(document: Document) -> Iterable[tuple[str, str, list[tuple]]]:
    """``(table, insert statement with ?, rows)`` as version 1 wrote them for one document."""
    for table, rows in child_rows(document):
        columns = V1_COLUMNS[table]
        names = ", ".join(f'"{c}"' for c in columns)
        sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
        picked = [
            tuple(dict(zip(CHILD_COLUMNS[table], row, strict=True))[c] for c in columns)
            for row in rows
        ]
        yield table, sql, picked


def meta_v1() -> list[tuple[str, str]]:
    return [
        ("store_version", "1"),
        ("document_schema", SCHEMA),
        ("created_by", "demarche 0.1.0"),
        ("created", "2026-11-30T12:00:00+00:00"),
    ]


def write_v1_sqlite(path: str, documents: Iterable[Document]) -> None:
    """A version 1 SQLite store at ``path`` holding ``documents``."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        for statement in (META, *SQLITE_ARTICLES, *INDEX_TABLES):
            conn.execute(statement)
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta_v1())
        for document in documents:
            article = document.article
            payload = json.dumps(document.to_dict(), ensure_ascii=False, separators=(",", ":"))
            names = ", ".join(f'"{c}"' for c in ARTICLE_COLUMNS)
            marks = ", ".join("?" * len(ARTICLE_COLUMNS))
            cursor = conn.execute(
                f"INSERT INTO articles ({names}) VALUES ({marks})",
                article_row(document, text_hash(article.text), payload, "2026-11-30T12:00:00"),
            )
            conn.execute(
                "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                (cursor.lastrowid, article.title or "", article.text),
            )
            for _, sql, rows in v1_rows(document):
                conn.executemany(sql, rows)
        conn.execute("COMMIT")
    finally:
        conn.close()


def write_v1_postgres(url: str, documents: Iterable[Document]) -> None:
    """A version 1 store in the ``demarche`` schema of the database at ``url``."""
    import psycopg

    with psycopg.connect(url) as conn:  # one transaction, committed on exit
        conn.execute("CREATE SCHEMA IF NOT EXISTS demarche")
        conn.execute("SET search_path TO demarche")
        for statement in (META, *POSTGRES_ARTICLES, *INDEX_TABLES):
            conn.execute(statement.replace("CREATE VIEW IF NOT EXISTS", "CREATE OR REPLACE VIEW"))
        with conn.cursor() as cursor:
            cursor.executemany("INSERT INTO meta (key, value) VALUES (%s, %s)", meta_v1())
            for document in documents:
                article = document.article
                payload = json.dumps(document.to_dict(), ensure_ascii=False)
                columns = (*ARTICLE_COLUMNS, "text")
                names = ", ".join(f'"{c}"' for c in columns)
                cursor.execute(
                    f"INSERT INTO articles ({names}) VALUES ({', '.join(['%s'] * len(columns))})",
                    (
                        *article_row(
                            document, text_hash(article.text), payload, "2026-11-30T12:00:00"
                        ),
                        article.text,
                    ),
                )
                for _, sql, rows in v1_rows(document):
                    cursor.executemany(sql.replace("?", "%s"), rows)


def write_v1_store(location: str, documents: Iterable[Document]) -> None:
    """A version 1 store of the backend ``location`` names (a file path or a PostgreSQL URL)."""
    if location.startswith("postgresql://"):
        write_v1_postgres(location, documents)
    else:
        write_v1_sqlite(location, documents)
