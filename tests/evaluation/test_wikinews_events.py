"""The Wikinews precision check of ``demarche eval events --wikinews``: loading and scoring.

The sentences here are our own; the shipped set is only checked for shape.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from demarche.errors import ConfigError
from demarche.evaluation.wikinews_events import (
    GoldAct,
    Sentence,
    format_mistakes,
    format_scores,
    load_set,
    score_documents,
)
from demarche.evaluation.wikinews_sample import article_split, sentences
from demarche.events.quad import EVENT_TYPES
from demarche.ingest.article import article_from_text
from demarche.records import Actor, Document, Event, Participant, Span


def document(*types: str) -> Document:
    events = tuple(Event(type=t, evidence=Span(0, 1, "x"), confidence=0.5) for t in types)
    return Document(article_from_text("x"), events=events)


def sentence(split: str, *acts: GoldAct) -> Sentence:
    return Sentence(id="s", text="x", split=split, published=None, acts=acts)


def act(*types: str, optional: bool = False) -> GoldAct:
    return GoldAct(frozenset(types), optional)


def test_right_wrong_excused_and_missed_types_are_counted() -> None:
    golds = [
        sentence("dev", act("ASSAULT"), act("COERCE", "ACCUSE", optional=True)),
        sentence("dev", act("RETREAT", "CONCEDE")),
        sentence("confirm"),
        sentence("confirm"),
    ]
    documents = [
        document("ASSAULT", "ASSAULT", "ACCUSE", "AID"),  # right (twice as rows), excused, wrong
        document(),  # missed
        document("CONSULT"),  # a false alarm
        document(),
    ]
    scores = score_documents(golds, iter(documents))
    dev, confirm, both = scores["dev"], scores["confirm"], scores["all"]
    assert (dev.right, dev.excused, dev.wrong, dev.found, dev.required) == (1, 1, 1, 1, 2)
    assert dev.type_prf() == pytest.approx((0.5, 0.5, 0.5))
    assert dev.row_precision() == pytest.approx(2 / 3)
    assert (confirm.quiet, confirm.alarms, confirm.false_alarm_rate()) == (2, 1, 0.5)
    assert (both.sentences, both.wrong, both.events) == (4, 2, 5)
    assert [m[1:] for m in both.mistakes] == [(["AID"], []), ([], ["CONCEDE"]), (["CONSULT"], [])]
    assert format_scores(scores).splitlines()[-1].split()[:3] == ["all", "4", "2"]
    assert "missed CONCEDE" in format_mistakes(both, 5)


def test_an_alternative_type_is_as_good_as_the_type() -> None:
    scores = score_documents(
        [sentence("dev", act("RETREAT", "CONCEDE"))], iter([document("CONCEDE")])
    )
    assert scores["dev"].type_prf() == (1.0, 1.0, 1.0)


def test_a_found_event_has_its_source_judged_by_country_or_sector() -> None:
    actors = (Actor("fd", "Freedonia", kind="country", country="FRD"),)
    right = Event(type="ASSAULT", evidence=Span(0, 1, "x"), source=Participant("fd", 0, 1, "x"))
    stranger = Event(type="ASSAULT", evidence=Span(0, 1, "x"), source=None)
    golds = [
        sentence("dev", GoldAct(frozenset({"ASSAULT"}), False, frozenset({"FRD", "MIL"}))),
        sentence("dev", GoldAct(frozenset({"ASSAULT"}), False, frozenset({"SYL"}))),
        sentence("dev", act("ASSAULT")),  # no source coded: not judged
    ]
    documents = [
        Document(article_from_text("x"), events=(stranger, right), actors=actors),
        Document(article_from_text("x"), events=(right,), actors=actors),
        Document(article_from_text("x"), events=(right,), actors=actors),
    ]
    score = score_documents(golds, iter(documents))["dev"]
    assert (score.sources_judged, score.sources_right, score.source_accuracy()) == (2, 1, 0.5)


def test_load_reads_types_alternatives_and_optional(tmp_path: Path) -> None:
    record = {
        "id": "a-1",
        "text": "Rebels shelled the town.",
        "split": "dev",
        "date": "2020-01-02",
        "events": [
            {"type": "assault", "alternatives": ["coerce"], "source_code": "SYL reb"},
        ],
    }
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    (loaded,) = load_set(path)
    assert loaded.acts == (
        GoldAct(frozenset({"ASSAULT", "COERCE"}), False, frozenset({"SYL", "REB"})),
    )
    assert loaded.published == "2020-01-02"


def test_a_record_without_a_type_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "a", "text": "x", "split": "dev", "events": [{}]}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="line 1"):
        load_set(path)
    with pytest.raises(ConfigError, match="not found"):
        load_set(tmp_path / "absent.jsonl")


def test_the_shipped_set_is_whole_and_coded_in_plover() -> None:
    shipped = load_set()
    assert len(shipped) == 198
    assert {s.split for s in shipped} == {"dev", "confirm"}
    assert len({s.id for s in shipped}) == len(shipped)
    types = {t for s in shipped for a in s.acts for t in a.types}
    assert types <= set(EVENT_TYPES)
    assert sum(not s.acts for s in shipped) > len(shipped) / 2  # mostly no event, on purpose


def test_sentences_split_at_ends_but_not_after_abbreviations() -> None:
    text = (
        'Friday, May 1, 2020\xa0\n\nMr. Smith met Dr. Jones in Oslo. "It went well." They left.\n'
    )
    assert sentences(text) == ["Mr. Smith met Dr. Jones in Oslo.", '"It went well."', "They left."]


def test_articles_fall_wholly_into_one_half() -> None:
    halves = {article_split(f"https://example.org/{n}") for n in range(40)}
    assert halves == {"dev", "confirm"}
    assert article_split("https://example.org/7") == article_split("https://example.org/7")
