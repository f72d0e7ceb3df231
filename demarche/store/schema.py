"""The store schema, versioned through the ``meta`` table.

``articles.document`` holds the full demarche/1 JSON: it is the source of truth, and ``get``
returns exactly it. The other tables index it for queries and are written in the same
transaction, so they can never disagree with it. The index tables are written in SQL both
backends accept; only ``articles`` and its full-text index differ (see ``postgres.py``). Bump
``STORE_VERSION`` whenever a statement changes, and add the step that upgrades older stores in
place to ``migrations.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from demarche.about import __version__
from demarche.errors import ConfigError
from demarche.records import SCHEMA

STORE_VERSION = 2
"""The layout of the tables below (not the JSON schema, which ``records.SCHEMA`` names).

Version 2 added ``events.source_implied`` and ``events.target_implied`` and the ``implied``
count of the ``relations`` view; ``migrations.py`` upgrades version 1 stores in place.
"""

SQLITE_PRAGMAS: tuple[str, ...] = (
    # WAL lets readers (show, brief, a web UI) work while an ingest writes.
    "PRAGMA journal_mode = WAL",
    # FULL: a committed article survives even a power cut, at one fsync per article.
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
)

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


def relations_select(*, named_only: bool = False, actor_placeholder: str | None = None) -> str:
    """Events per actor pair, quad class and month, with how many of them have an implied party.

    One query for the ``relations`` view and for ``Store.relations`` in both backends, so that
    the counts a user reads in SQL and on the command line are computed the same way.

    Args:
        named_only: leave out events whose source or target is implied (inferred by CAMEO's
            conventions, not named by the text); the view keeps them, as CAMEO codes them.
        actor_placeholder: the backend's parameter marker, to keep only events where one
            actor id (given twice) is the source or the target; None for every pair.
    """
    where = ["source_actor IS NOT NULL", "target_actor IS NOT NULL"]
    if named_only:
        where.append("NOT source_implied AND NOT target_implied")
    if actor_placeholder is not None:
        where.append(f"(source_actor = {actor_placeholder} OR target_actor = {actor_placeholder})")
    return (
        "SELECT source_actor AS source, target_actor AS target, quad, month,"
        " count(*) AS events, count(DISTINCT article) AS articles,"
        " sum(CASE WHEN source_implied OR target_implied THEN 1 ELSE 0 END) AS implied"
        f" FROM events WHERE {' AND '.join(where)}"
        " GROUP BY source_actor, target_actor, quad, month"
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
        source_implied BOOLEAN NOT NULL DEFAULT FALSE,
        target_implied BOOLEAN NOT NULL DEFAULT FALSE,
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
    "CREATE VIEW IF NOT EXISTS relations AS " + relations_select(),
)
"""The index tables beside ``articles``, in SQL that SQLite and PostgreSQL both accept."""

SQLITE_TABLES: tuple[str, ...] = (META, *SQLITE_ARTICLES, *INDEX_TABLES)


def check_store_version(location: str, found: int) -> None:
    """Refuse a store whose layout this demarche does not read, saying which side to upgrade.

    Raises:
        ConfigError: D022 when ``found`` is not ``STORE_VERSION``.
    """
    if found == STORE_VERSION:
        return
    action = (
        "upgrade demarche to read it"
        if found > STORE_VERSION
        else "re-ingest the articles into a new store"
    )
    raise ConfigError("D022", path=location, found=found, expected=STORE_VERSION, action=action)


def now() -> str:
    """The current UTC time as stored in ``meta.created`` and ``articles.added``."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def meta_rows() -> list[tuple[str, str]]:
    """What a new store records about itself: layout version, JSON schema, creator, time."""
    return [
        ("store_version", str(STORE_VERSION)),
        ("document_schema", SCHEMA),
        ("created_by", f"demarche {__version__}"),
        ("created", now()),
    ]
