"""``demarche ingest``: stores documents once, says so on re-ingest, keeps going past failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from demarche.cli import main
from demarche.commands import ingest
from demarche.commands.extract import ErrorReport
from demarche.ingest.article import article_from_text
from demarche.pipeline import process
from demarche.records import Document, Mention
from demarche.store import open_store
from demarche.store import rows as store_rows

MACRON = "President Emmanuel Macron met Olaf Scholz in Berlin on Monday to discuss energy.\n"
SUDAN = "The United Nations warned on Friday that famine is spreading across Sudan.\n"


def test_ingest_stores_and_re_ingest_is_a_no_op(shared_nlp, write, tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "news.db")
    paths = [write("a.txt", MACRON), write("b.txt", SUDAN)]
    assert main(["ingest", *paths, "--db", db, "--published", "2024-03-01"]) == 0
    first = capsys.readouterr()
    assert first.out.strip() == f"{db}: stored 2, already present 0, failed 0"

    assert main(["ingest", *paths, "--db", db]) == 0
    second = capsys.readouterr()
    assert second.out.strip() == f"{db}: stored 0, already present 2, failed 0"
    notices = second.err.strip().splitlines()
    assert len(notices) == 2 and all("already stored" in line for line in notices)
    assert "a.txt" in notices[0] and "b.txt" in notices[1]

    with open_store(db) as store:
        texts = [store.get(i).article.text for i in store.ids()]
        assert texts == [MACRON, SUDAN]
        assert store.get(store.resolve(next(store.ids())[:8])).article.published == "2024-03-01"


def test_stored_articles_are_not_analysed_again(
    shared_nlp, write, tmp_path: Path, monkeypatch, capsys
) -> None:
    db = str(tmp_path / "news.db")
    main(["ingest", write("a.txt", MACRON), "--db", db])
    analysed: list[str] = []
    real = process.analyse_safely

    def spy(nlp, articles, on_error, batch_size=32):
        def watch(items):
            for article in items:
                analysed.append(article.text)
                yield article

        return real(nlp, watch(articles), on_error, batch_size)

    monkeypatch.setattr(process, "analyse_safely", spy)
    assert main(["ingest", write("a.txt", MACRON), write("b.txt", SUDAN), "--db", db]) == 0
    assert analysed == [SUDAN]
    assert "stored 1, already present 1, failed 0" in capsys.readouterr().out


def test_the_same_text_twice_in_one_run_is_stored_once(
    shared_nlp, write, tmp_path: Path, capsys
) -> None:
    db = str(tmp_path / "news.db")
    assert main(["ingest", write("a.txt", MACRON), write("copy.txt", MACRON), "--db", db]) == 0
    assert "stored 1, already present 1, failed 0" in capsys.readouterr().out


def test_bad_inputs_fail_alone(shared_nlp, write, tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "news.db")
    paths = [write("a.txt", MACRON), write("empty.txt", ""), write("b.txt", SUDAN)]
    assert main(["ingest", *paths, "--db", db]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == f"{db}: stored 2, already present 0, failed 1"
    assert "[D001]" in captured.err and "empty.txt" in captured.err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_a_document_the_store_refuses_counts_as_failed(tmp_path: Path) -> None:
    good = Document(article_from_text(SUDAN, source="b.txt"))
    broken = Document(
        article_from_text(MACRON, source="a.txt"), mentions=(Mention(0, 999, "x", "PERSON"),)
    )
    lines: list[str] = []
    errors = ErrorReport(write=lines.append)
    counts = ingest.IngestCounts()
    with open_store(tmp_path / "s.db") as store:
        ingest.store_documents([broken, good], store, counts, errors, lines.append)
        assert len(store) == 1
    assert (counts.stored, counts.present, errors.failed) == (1, 0, 1)
    assert "[D021] a.txt" in lines[0] and "mentions[0]" in lines[0]


def test_a_file_that_is_not_a_store_stops_the_run(write, capsys) -> None:
    not_a_db = write("notes.db", "shopping list\n" * 20)
    assert main(["ingest", write("a.txt", MACRON), "--db", not_a_db]) == 2
    assert "[D017]" in capsys.readouterr().err
    assert Path(not_a_db).read_text().startswith("shopping list")


def test_a_long_re_ingest_names_the_first_skips_then_counts(
    shared_nlp, write, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(ingest, "NAMED_SKIPS", 2)
    db = str(tmp_path / "news.db")
    paths = [write(f"{n}.txt", f"Report {n}: {SUDAN}") for n in range(4)]
    main(["ingest", *paths, "--db", db])
    capsys.readouterr()
    assert main(["ingest", *paths, "--db", db]) == 0
    captured = capsys.readouterr()
    assert "stored 0, already present 4, failed 0" in captured.out
    lines = captured.err.strip().splitlines()
    assert len(lines) == 3 and "only counted in the summary" in lines[-1]


def test_an_interrupt_keeps_the_articles_already_stored(
    shared_nlp, write, tmp_path: Path, monkeypatch, capsys
) -> None:
    db = str(tmp_path / "news.db")
    paths = [write(f"{n}.txt", f"Report {n}: {SUDAN}") for n in range(4)]
    calls = {"n": 0}
    real_rows = store_rows.event_rows

    def interrupt_third(document):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # Ctrl-C while the third article is being written
        return real_rows(document)

    monkeypatch.setattr(store_rows, "event_rows", interrupt_third)
    assert main(["ingest", *paths, "--db", db]) == 130
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        orphans = conn.execute(
            "SELECT count(*) FROM mentions WHERE article NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0


def test_progress_in_a_log_is_a_plain_line_now_and_then(monkeypatch) -> None:
    clock = iter([0.0, 10.0, 31.0, 40.0, 62.0])
    monkeypatch.setattr(ingest.time, "perf_counter", lambda: next(clock))
    lines: list[str] = []
    progress = ingest.LogProgress(lines.append, interval=30.0)
    for _ in range(4):
        progress.update()
    assert lines == [
        "demarche: 2 articles analysed (0.1/s)",
        "demarche: 4 articles analysed (0.1/s)",
    ]
