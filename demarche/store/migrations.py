"""Upgrading an older store in place, inside one transaction, from the documents it holds.

A store is hours of analysis, and every article's full demarche/1 document is kept in it as the
source of truth; asking users to re-ingest their corpus to gain a column would be asking them to
redo work the store can redo itself. So each layout change comes with a step here: SQL that both
backends accept and, when a new column holds something the documents already carry, a backfill
that reads it from them. A backend runs the steps and the version bump in one transaction
(see ``upgrade``), so an upgrade that fails (a read-only file, a database user without ALTER
rights, an interrupt) leaves the store exactly as it was.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

from demarche.about import __version__
from demarche.store.schema import STORE_VERSION, now, relations_select

logger = logging.getLogger(__name__)

FIRST_UPGRADABLE = 1
"""The oldest store version a step exists for; older stores predate versioned layouts."""


class Database(Protocol):
    """What a step needs from a backend's connection, already inside its transaction.

    SQL is written with ``?`` placeholders; a backend with another style translates them.
    """

    document_text: str
    """An SQL expression for ``articles.document`` as text (PostgreSQL stores ``jsonb``)."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement and return its rows (none for statements that return none)."""

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """Run one statement once per row of parameters."""

    def replace_view(self, name: str, select: str) -> None:
        """Define a view anew, keeping what users built on it where the database checks that.

        PostgreSQL refuses to drop a view other views depend on, but replaces one in place
        when the new definition only adds columns at the end; SQLite resolves views when
        they are queried, so it drops and recreates.
        """


def needs_upgrade(found: int) -> bool:
    """Whether a store of version ``found`` is older than this layout and can be upgraded."""
    return FIRST_UPGRADABLE <= found < STORE_VERSION


def implied_flags(document: dict[str, Any]) -> Iterator[tuple[int, bool, bool]]:
    """``(event index, source implied, target implied)`` for each event with an implied party.

    Read from the stored JSON the way ``Participant.from_dict`` reads it, so an upgraded store
    holds exactly what a fresh ingest of the same documents would.
    """
    for index, event in enumerate(document.get("events") or ()):
        source = bool((event.get("source") or {}).get("implied", False))
        target = bool((event.get("target") or {}).get("implied", False))
        if source or target:
            yield index, source, target


def _backfill_implied(db: Database) -> None:
    """Set the implied columns of the events of every document that has an implied party.

    Only documents whose JSON contains the key are parsed (one at a time, so memory stays
    bounded on large stores); every other event keeps the column default, false.
    """
    candidates = db.execute(
        f"SELECT id FROM articles WHERE {db.document_text} LIKE '%\"implied\"%'"
    )
    for (article_id,) in candidates:
        [(stored,)] = db.execute("SELECT document FROM articles WHERE id = ?", (article_id,))
        document = stored if isinstance(stored, dict) else json.loads(stored)
        db.executemany(
            "UPDATE events SET source_implied = ?, target_implied = ?"
            " WHERE article = ? AND idx = ?",
            [(s, t, article_id, i) for i, s, t in implied_flags(document)],
        )


def _to_version_2(db: Database) -> None:
    """Implied source and target as columns of ``events``, and their count in ``relations``."""
    for column in ("source_implied", "target_implied"):
        db.execute(f"ALTER TABLE events ADD COLUMN {column} BOOLEAN NOT NULL DEFAULT FALSE")
    db.replace_view("relations", relations_select())
    _backfill_implied(db)


STEPS: dict[int, Callable[[Database], None]] = {2: _to_version_2}
"""For each store version, the step that makes it from the one before."""


def upgrade(db: Database, found: int) -> None:
    """Bring a store of version ``found`` up to ``STORE_VERSION``; the caller holds the transaction.

    The caller reads ``found`` inside that transaction, so two processes opening an old store at
    once upgrade it once: the second sees the new version and does nothing. The caller calls
    ``announce`` after the commit.
    """
    for version in range(found + 1, STORE_VERSION + 1):
        STEPS[version](db)
    db.execute("UPDATE meta SET value = ? WHERE key = 'store_version'", (str(STORE_VERSION),))
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        ("upgraded", f"from store version {found} by demarche {__version__} at {now()}"),
    )


def announce(location: str, found: int) -> None:
    """Tell the user, once the upgrade is committed, that older releases cannot open the store."""
    logger.warning(
        "%s: upgraded in place from store version %d to %d; older demarche releases cannot "
        "open it any more",
        location,
        found,
        STORE_VERSION,
    )
