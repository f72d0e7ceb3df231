"""The PostgreSQL store, for teams that share one database: chosen by a ``postgresql://`` URL.

It keeps the SQLite store's contract and index tables (see ``schema.INDEX_TABLES``) and differs
where PostgreSQL does better: the tables live in their own ``demarche`` schema so they never
collide with a database's other tables, the document is ``jsonb``, and search is a weighted
``tsvector`` (title above text, English stemming) queried with ``websearch_to_tsquery``, which
accepts anything a user types. Needs the optional ``psycopg`` package
(``pip install 'demarche[postgres]'``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from demarche.errors import ConfigError, InputError
from demarche.records import Document
from demarche.store.base import (
    ArticleSummary,
    Relation,
    SearchHit,
    Store,
    preview,
    text_hash,
)
from demarche.store.migrations import announce, needs_upgrade, upgrade
from demarche.store.rows import (
    ARTICLE_COLUMNS,
    CHILD_COLUMNS,
    article_row,
    child_rows,
    insert_statement,
    validate,
)
from demarche.store.schema import (
    INDEX_TABLES,
    META,
    STORE_VERSION,
    check_store_version,
    meta_rows,
    now,
    relations_select,
)

SCHEMA_NAME = "demarche"

ARTICLES: tuple[str, ...] = (
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

_HEADLINE = "StartSel=[, StopSel=], MaxWords=18, MinWords=8, MaxFragments=1"
"""A one-fragment snippet with matches in brackets, as the SQLite store marks them."""

_INIT_LOCK = 0x64656D61  # "dema": serialises concurrent first-time schema creation


class PostgresStore(Store):
    """A store in a PostgreSQL database, in the ``demarche`` schema."""

    def __init__(self, url: str, *, create: bool = True, shown_as: str | None = None) -> None:
        """Connect, and create the schema when it is missing (and ``create`` is set).

        Args:
            url: a libpq connection URL or string.
            create: create the tables when the database has none; False for read-only commands.
            shown_as: how messages name the store (the URL without its password).

        Raises:
            ConfigError: D017 when the server cannot be reached or holds no store (and
                ``create`` is False); D022 for an incompatible store version; D028 when an
                older store needs an upgrade this database user cannot make.
        """
        self.location = shown_as or url
        try:
            self._conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as error:
            raise ConfigError("D017", path=self.location, detail=_first_line(error)) from error
        try:
            self._conn.execute(f"SET search_path TO {SCHEMA_NAME}")
            self._initialise(create)
        except BaseException:
            self._conn.close()
            raise

    def _initialise(self, create: bool) -> None:
        exists = self._conn.execute("SELECT to_regclass(%s)", (f"{SCHEMA_NAME}.meta",)).fetchone()
        if exists and exists[0] is not None:
            found = self._version()
            if needs_upgrade(found):
                self._upgrade(found)
            self._check_version()
            return
        if not create:
            detail = "it holds no demarche store; create one with `demarche ingest ... --db URL`"
            raise ConfigError("D017", path=self.location, detail=detail)
        with self._conn.transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
            self._conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA_NAME}")
            for statement in (META, *ARTICLES, *INDEX_TABLES):
                self._conn.execute(statement.replace("CREATE VIEW IF NOT EXISTS", _VIEW))
            with self._conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO meta (key, value) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                    meta_rows(),
                )
        self._check_version()

    def _version(self) -> int:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
        return int(row[0]) if row else 0

    def _check_version(self) -> None:
        check_store_version(self.location, self._version())

    def _upgrade(self, found: int) -> None:
        """Upgrade an older store in one transaction, or refuse it unchanged (D028).

        The advisory lock that serialises first-time creation also serialises upgrades, and the
        version is read again under it, so concurrent openers upgrade the store once.
        """
        try:
            with self._conn.transaction():
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
                current = self._version()
                if needs_upgrade(current):
                    upgrade(_Database(self._conn), current)
        except psycopg.Error as error:
            raise ConfigError(
                "D028",
                path=self.location,
                found=found,
                expected=STORE_VERSION,
                detail=_first_line(error),
            ) from error
        if needs_upgrade(current):
            announce(self.location, current)

    def add(self, document: Document) -> bool:
        validate(document)
        article = document.article
        digest = text_hash(article.text)
        payload = json.dumps(document.to_dict(), ensure_ascii=False)
        source = article.source or article.id[:12]
        try:
            with self._conn.transaction(), self._conn.cursor() as cursor:
                # One statement, so both checks see the same snapshot: with two separate
                # reads a writer committing in between made the same text look like a clash.
                stored = cursor.execute(
                    "SELECT text_hash FROM articles WHERE text_hash = %s OR id = %s",
                    (digest, article.id),
                ).fetchall()
                if any(row[0] == digest for row in stored):
                    return False
                if stored:
                    detail = f"id {article.id!r} is already stored with a different text"
                    raise InputError("D021", source=source, detail=detail)
                cursor.execute(
                    insert_statement("articles", (*ARTICLE_COLUMNS, "text"), "%s"),
                    (*article_row(document, digest, payload, now()), article.text),
                )
                for table, rows in child_rows(document):
                    cursor.executemany(insert_statement(table, CHILD_COLUMNS[table], "%s"), rows)
        except pg_errors.UniqueViolation as error:
            # Another writer stored the same text between our check and our insert.
            if self.contains_text(article.text):
                return False
            raise InputError("D021", source=source, detail=_first_line(error)) from error
        except psycopg.DataError as error:
            # Values PostgreSQL cannot hold, such as NUL characters: refused, never altered.
            raise InputError("D021", source=source, detail=_first_line(error)) from error
        return True

    def contains_text(self, text: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM articles WHERE text_hash = %s", (text_hash(text),)
        ).fetchone()
        return row is not None

    def get(self, article_id: str) -> Document:
        row = self._conn.execute(
            "SELECT document, source FROM articles WHERE id = %s", (article_id,)
        ).fetchone()
        if row is None:
            raise InputError("D015", id=article_id, db=self.location)
        data: dict[str, Any] = row[0] if isinstance(row[0], dict) else json.loads(row[0])
        document = Document.from_dict(data)
        return replace(document, article=replace(document.article, source=row[1]))

    def ids(self) -> Iterator[str]:
        with self._conn.cursor() as cursor:
            for (article_id,) in cursor.execute("SELECT id FROM articles ORDER BY seq"):
                yield article_id

    def __len__(self) -> int:
        row = self._conn.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self._conn.execute(
            "SELECT id FROM articles WHERE id LIKE %s ORDER BY id LIMIT %s", (pattern, limit)
        )
        return [article_id for (article_id,) in rows]

    def summaries(self, limit: int | None = None) -> Iterator[ArticleSummary]:
        rows = self._conn.execute(
            "SELECT id, published, title, outlet, left(text, 300) FROM articles"
            " ORDER BY seq LIMIT %s",
            (limit,),
        )
        for article_id, published, title, outlet, start in rows:
            yield ArticleSummary(article_id, published, title, outlet, preview(start))

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        if not query.strip():
            return []
        rows = self._conn.execute(
            "SELECT id, published, title, left(text, 300),"
            " ts_headline('english', text, q, %s),"
            " ts_rank_cd(search, q) AS rank"
            " FROM articles, websearch_to_tsquery('english', %s) AS q"
            " WHERE search @@ q ORDER BY rank DESC, seq LIMIT %s",
            (_HEADLINE, query, limit),
        )
        return [
            SearchHit(i, p, t, preview(start), snippet, float(rank))
            for i, p, t, start, snippet, rank in rows
        ]

    def relations(self, actor: str | None = None, *, named_only: bool = False) -> list[Relation]:
        sql = relations_select(
            named_only=named_only, actor_placeholder=None if actor is None else "%s"
        )
        params = () if actor is None else (actor, actor)
        sql += " ORDER BY source, target, month, quad"
        return [Relation(*row) for row in self._conn.execute(sql, params)]

    def close(self) -> None:
        self._conn.close()


class _Database:
    """The connection as ``migrations.upgrade`` uses it: ``?`` placeholders become ``%s``."""

    document_text = "document::text"

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        # No parameters: None, so that a literal % (in LIKE patterns) is not read as one.
        cursor = self._conn.execute(_pg(sql), params or None)
        return cursor.fetchall() if cursor.description else []

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        with self._conn.cursor() as cursor:
            cursor.executemany(_pg(sql), rows)

    def replace_view(self, name: str, select: str) -> None:
        self._conn.execute(f"{_VIEW} {name} AS {select}")


def _pg(sql: str) -> str:
    """A statement of ``migrations`` (``?`` placeholders) in PostgreSQL's spelling."""
    return sql.replace("?", "%s")


_VIEW = "CREATE OR REPLACE VIEW"
"""PostgreSQL spells SQLite's ``CREATE VIEW IF NOT EXISTS`` this way."""


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
