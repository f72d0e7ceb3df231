"""``demarche show``, ``brief`` and ``list`` over a store, by id prefix, with exit codes."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from demarche.cli import build_parser, main
from demarche.ingest.article import article_from_text
from demarche.records import Document, Event, Participant, Span
from demarche.store import open_store

ARTICLES = (
    (
        "Ceasefire talks resume\n\n"
        "Egyptian Foreign Minister Sameh Shoukry said on Tuesday that ceasefire talks would "
        "resume in Cairo next week.\n",
        "2024-02-06",
    ),
    ("Grain exports rise as Ukraine reopens Odesa port.\n", None),
)


@pytest.fixture
def stored(analyse_text, tmp_path: Path) -> tuple[str, list[Document]]:
    """A store holding the analysed ARTICLES, and their documents."""
    db = str(tmp_path / "news.db")
    documents = [analyse_text(text, published=published) for text, published in ARTICLES]
    with open_store(db) as store:
        for document in documents:
            assert store.add(document)
    return db, documents


def test_show_prints_the_stored_json_by_prefix(stored, parse_stream, capsys) -> None:
    db, documents = stored
    first = documents[0].article.id
    assert main(["show", first[:10], "--db", db]) == 0
    [shown] = parse_stream(capsys.readouterr().out)
    assert shown == json.loads(json.dumps(documents[0].to_dict()))


def test_show_jsonl_keeps_the_order_given(stored, capsys) -> None:
    db, documents = stored
    ids = [d.article.id for d in reversed(documents)]
    assert main(["show", *ids, "--db", db, "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["article"]["id"] for line in lines] == ids


def test_unknown_ids_fail_alone(stored, parse_stream, capsys) -> None:
    db, documents = stored
    assert main(["show", "nope", documents[1].article.id[:12], "--db", db]) == 1
    captured = capsys.readouterr()
    assert "[D015]" in captured.err and "'nope'" in captured.err
    assert [d["article"]["id"] for d in parse_stream(captured.out)] == [documents[1].article.id]


def test_brief_renders_every_section(stored, capsys) -> None:
    db, documents = stored
    assert main(["brief", documents[0].article.id[:8], "--db", db, "--width", "80"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ceasefire talks resume\n")
    assert "Date:     2024-02-06" in out
    for name in ("ACTORS", "QUOTES", "EVENTS", "TIMELINE"):
        assert f"\n{name} (" in out
    assert "Sameh Shoukry" in out


def test_list_shows_id_prefix_date_and_title(stored, capsys) -> None:
    db, documents = stored
    assert main(["list", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{documents[0].article.id[:12]}  2024-02-06  Ceasefire talks resume",
        f"{documents[1].article.id[:12]}  -           "
        + (documents[1].article.title or "Grain exports rise as Ukraine reopens Odesa port."),
    ]
    assert main(["list", "--db", db, "--limit", "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_list_search_finds_words_in_the_text(stored, capsys) -> None:
    db, documents = stored
    assert main(["list", "--db", db, "--search", "Odesa"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(documents[1].article.id[:12])
    assert "[Odesa]" in lines[1]
    assert main(["list", "--db", db, "--search", "volcano"]) == 0
    assert "no stored article matches 'volcano'" in capsys.readouterr().out


def test_reading_a_missing_store_neither_creates_it_nor_succeeds(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "typo.db"
    for argv in (["list"], ["show", "abc"], ["brief", "abc"]):
        assert main([*argv, "--db", str(missing)]) == 2
        assert "[D017]" in capsys.readouterr().err
    assert not missing.exists()


def test_the_db_defaults_to_the_environment(stored, monkeypatch, capsys) -> None:
    db, documents = stored
    monkeypatch.setenv("DEMARCHE_DB", db)
    assert main(["list"]) == 0
    assert documents[0].article.id[:12] in capsys.readouterr().out


def test_list_relations_counts_events_between_actors(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "news.db")
    assert main(["list", "--db", db, "--relations"]) == 2  # no store yet
    capsys.readouterr()
    text = "Biden criticised China on Monday."
    article = article_from_text(text, published="2023-04-10")
    event = Event(
        "ACCUSE",
        evidence=Span(0, len(text), text),
        source=Participant("joe-biden", 0, 5, "Biden"),
        target=Participant("china", 17, 22, "China"),
    )
    with open_store(db) as store:
        store.add(Document(article, events=(event,)))
    assert main(["list", "--db", db, "--relations"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[:4] == ["2023-04", "joe-biden", "->", "china"]
    assert lines[1].split()[-2:] == ["1", "1"]
    assert main(["list", "--db", db, "--relations", "nobody"]) == 0
    assert capsys.readouterr().out.startswith("no relations")


def test_list_relations_count_implied_parties_unless_named_only(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "news.db")
    text = "Protesters marched in Lagos as the minister criticised Ghana."
    article = article_from_text(text, published="2023-04-10")
    protesters, lagos = Participant("nigeria-opp", 0, 10, "Protesters"), (22, 27, "Lagos")
    minister = Participant("nigeria-gov", 35, 43, "minister")
    events = (
        Event(
            "PROTEST",
            evidence=Span(0, 27, text[:27]),
            source=protesters,
            target=Participant("nigeria", *lagos, implied=True),
        ),
        Event(
            "ACCUSE",
            evidence=Span(31, len(text), text[31:]),
            source=minister,
            target=Participant("ghana", 55, 60, "Ghana"),
        ),
    )
    with open_store(db) as store:
        store.add(Document(article, events=events))

    assert main(["list", "--db", db, "--relations"]) == 0
    out = capsys.readouterr().out
    assert "nigeria-opp -> nigeria" in out and "nigeria-gov -> ghana" in out
    assert out.splitlines()[-1].startswith("implied parties: 1 of these 2 events")

    for argv in (["--relations", "--named-only"], ["--named-only"]):  # the flag implies the view
        assert main(["list", "--db", db, *argv]) == 0
        out = capsys.readouterr().out
        assert "nigeria-gov -> ghana" in out and "nigeria-opp" not in out
        assert out.splitlines()[-1].startswith("left out: 1 event with an implied party")

    assert main(["list", "--db", db, "--relations", "ghana"]) == 0
    assert "implied" not in capsys.readouterr().out  # no implied party among these: no note
    assert main(["list", "--db", db, "--relations", "nigeria", "--named-only"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("no relations") and "left out: 1 event " in out


def test_every_list_option_is_in_its_help_and_the_readme(capsys) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `demarche list "))
    with pytest.raises(SystemExit):
        main(["list", "--help"])
    shown = capsys.readouterr().out
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    options = [
        option
        for action in commands.choices["list"]._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ]
    assert "--named-only" in options
    assert [o for o in options if o not in shown] == []
    assert [o for o in options if o not in row] == []
