"""A process that dies mid-article loses that article only; the file stays consistent."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import os, sys
    from demarche.ingest.article import article_from_text
    from demarche.records import Document, Mention
    from demarche.store import open_store
    from demarche.store import rows

    store = open_store(sys.argv[1])
    first = article_from_text("Kim Jong Un met Donald Trump in Hanoi.")
    store.add(Document(first, mentions=(Mention(0, 11, "Kim Jong Un", "PERSON"),)))

    def die(document):
        os._exit(9)  # no cleanup, no rollback: as if the machine lost power or was killed
        yield

    rows.event_rows = die
    second = article_from_text("Xi Jinping visited Moscow.")
    store.add(Document(second, mentions=(Mention(0, 10, "Xi Jinping", "PERSON"),)))
    """
)


def test_a_killed_writer_loses_only_the_article_in_flight(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(db)], check=False, timeout=60)
    assert result.returncode == 9
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r[0] for r in conn.execute("SELECT text FROM articles_fts")] == [
            "Kim Jong Un met Donald Trump in Hanoi."
        ]
        assert [r[0] for r in conn.execute("SELECT text FROM mentions")] == ["Kim Jong Un"]
