"""The default store: one SQLite file, WAL journal, foreign keys, FTS5 search.

SQLite is in Python's standard library and needs no server, so every user gets a queryable
store with no setup; WAL lets ``show`` and ``brief`` read while an ``ingest`` writes. Each
article is written inside one ``BEGIN IMMEDIATE`` transaction: a crash or an error mid-article
rolls all of that article's rows back, and articles committed before it stay.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

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
    SQLITE_PRAGMAS,
    SQLITE_TABLES,
    STORE_VERSION,
    check_store_version,
    meta_rows,
    now,
    relations_select,
)

_LAST_CHAR = "\U0010ffff"


class SQLiteStore(Store):
    """A store in one SQLite file (or ``:memory:`` for tests and throwaway runs)."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        """Open (and, when ``create``, initialise) the database.

        Args:
            path: the database file, or ``:memory:``.
            create: make the file when it does not exist; False for read-only commands, so a
                typo in ``--db`` is reported instead of silently creating an empty store.

        Raises:
            ConfigError: D017 when the file is missing (and ``create`` is False) or is not a
                SQLite database; D022 when it was written by an incompatible demarche; D028
                when an older store needs an upgrade that cannot be written.
        """
        self.location = str(path)
        if not create and self.location != ":memory:" and not Path(path).is_file():
            raise ConfigError(
                "D017",
                path=self.location,
                detail="no such file; create it with `demarche ingest PATH... --db FILE`",
            )
        try:
            self._conn = sqlite3.connect(self.location, isolation_level=None, timeout=30.0)
        except sqlite3.Error as error:
            raise ConfigError("D017", path=self.location, detail=str(error)) from error
        try:
            for pragma in SQLITE_PRAGMAS:
                self._conn.execute(pragma)
            self._initialise()
        except BaseException as error:
            self._conn.close()
            if isinstance(error, sqlite3.DatabaseError):
                raise ConfigError("D017", path=self.location, detail=str(error)) from error
            raise

    def _initialise(self) -> None:
        """Create the tables in a fresh file; upgrade and check the version of an existing one."""
        has_meta = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if has_meta:
            found = self._version()
            if needs_upgrade(found):
                self._upgrade(found)
                found = self._version()
            check_store_version(self.location, found)
            return
        if self._conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
            detail = "it is a SQLite database but not a demarche store; choose another file"
            raise ConfigError("D017", path=self.location, detail=detail)
        with self._transaction():
            for statement in SQLITE_TABLES:
                self._conn.execute(statement)
            self._conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta_rows())

    def _version(self) -> int:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
        return int(row[0]) if row else 0

    def _upgrade(self, found: int) -> None:
        """Upgrade an older store in one transaction, or refuse it unchanged (D028)."""
        try:
            with self._transaction():
                current = self._version()  # another process may have upgraded it meanwhile
                if needs_upgrade(current):
                    upgrade(_Database(self._conn), current)
        except sqlite3.Error as error:
            raise ConfigError(
                "D028", path=self.location, found=found, expected=STORE_VERSION, detail=str(error)
            ) from error
        if needs_upgrade(current):
            announce(self.location, current)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; any exception (even KeyboardInterrupt) rolls it back."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def add(self, document: Document) -> bool:
        validate(document)
        article = document.article
        try:
            digest = text_hash(article.text)
            payload = json.dumps(document.to_dict(), ensure_ascii=False, separators=(",", ":"))
            payload.encode("utf-8")
        except UnicodeEncodeError as error:
            source = article.source or article.id[:12]
            raise InputError(
                "D021", source=source, detail=f"text is not valid Unicode: {error}"
            ) from None
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE text_hash = ?", (digest,)).fetchone():
                return False
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                detail = f"id {article.id!r} is already stored with a different text"
                raise InputError("D021", source=article.source or article.id[:12], detail=detail)
            self._insert(conn, document, digest, payload)
        return True

    def _insert(
        self, conn: sqlite3.Connection, document: Document, digest: str, payload: str
    ) -> None:
        """Write every row of one document; the caller holds the transaction."""
        article = document.article
        cursor = conn.execute(
            insert_statement("articles", ARTICLE_COLUMNS, "?"),
            article_row(document, digest, payload, now()),
        )
        conn.execute(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
            (cursor.lastrowid, article.title or "", article.text),
        )
        for table, rows in child_rows(document):
            conn.executemany(insert_statement(table, CHILD_COLUMNS[table], "?"), rows)

    def contains_text(self, text: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM articles WHERE text_hash = ?", (text_hash(text),)
        ).fetchone()
        return row is not None

    def get(self, article_id: str) -> Document:
        row = self._conn.execute(
            "SELECT document, source FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise InputError("D015", id=article_id, db=self.location)
        document = Document.from_dict(json.loads(row[0]))
        # ``source`` (where the input came from) is not part of the JSON schema.
        return replace(document, article=replace(document.article, source=row[1]))

    def ids(self) -> Iterator[str]:
        for (article_id,) in self._conn.execute("SELECT id FROM articles ORDER BY rowid"):
            yield article_id

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        rows = self._conn.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
            (prefix, prefix + _LAST_CHAR, limit),
        )
        return [article_id for (article_id,) in rows]

    def summaries(self, limit: int | None = None) -> Iterator[ArticleSummary]:
        rows = self._conn.execute(
            "SELECT a.id, a.published, a.title, a.outlet, substr(f.text, 1, 300)"
            " FROM articles a JOIN articles_fts f ON f.rowid = a.rowid"
            " ORDER BY a.rowid LIMIT ?",
            (-1 if limit is None else limit,),
        )
        for article_id, published, title, outlet, start in rows:
            yield ArticleSummary(article_id, published, title, outlet, preview(start))

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        sql = (
            "SELECT a.id, a.published, a.title, substr(articles_fts.text, 1, 300),"
            " snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts, 5.0, 1.0) AS rank"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        if not query.strip():
            return []
        try:
            rows = self._conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            # Not valid FTS5 syntax (a stray quote or colon): search the words literally.
            rows = self._conn.execute(sql, (_literal_query(query), limit)).fetchall()
        return [
            SearchHit(i, p, t, preview(start), snippet, -float(rank))
            for i, p, t, start, snippet, rank in rows
        ]

    def relations(self, actor: str | None = None, *, named_only: bool = False) -> list[Relation]:
        sql = relations_select(
            named_only=named_only, actor_placeholder=None if actor is None else "?"
        )
        params = () if actor is None else (actor, actor)
        sql += " ORDER BY source, target, month, quad"
        return [Relation(*row) for row in self._conn.execute(sql, params)]

    def close(self) -> None:
        self._conn.close()


class _Database:
    """The connection as ``migrations.upgrade`` uses it (SQLite already speaks its SQL)."""

    document_text = "document"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, params).fetchall()

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        self._conn.executemany(sql, rows)

    def replace_view(self, name: str, select: str) -> None:
        self._conn.execute(f"DROP VIEW IF EXISTS {name}")
        self._conn.execute(f"CREATE VIEW {name} AS {select}")


def _literal_query(query: str) -> str:
    """Every word of a query as a quoted FTS5 phrase, so any user input is valid syntax."""
    words = query.split()
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)
