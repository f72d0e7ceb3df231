"""The NGEC headline-template check of ``demarche eval events``: filling and scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from demarche.errors import ConfigError
from demarche.evaluation.synthetic_headlines import (
    COUNTRIES,
    HEADLINES,
    fill,
    format_headline_score,
    load_headlines,
    score_headlines,
)
from demarche.ingest.article import article_from_text
from demarche.records import Actor, Document, Event, Participant, Span
from tests.conftest import shared_data


def test_fill_names_countries_and_the_parties_they_play() -> None:
    headline = fill("{country_1} Scolds {country_2} Over Fishing", "ACCUSE", 0)
    one, two = COUNTRIES[0], COUNTRIES[7]
    assert headline.text == f"{one[0]} Scolds {two[0]} Over Fishing"
    assert (headline.party, headline.sources, headline.targets) == (
        one[1],
        frozenset({one[1]}),
        frozenset({two[1]}),
    )


def test_coordinated_countries_may_play_either_part() -> None:
    headline = fill("{country_1} and {country_2} Hold Drills", "COOPERATE", 3)
    both = frozenset({COUNTRIES[3][1], COUNTRIES[10][1]})
    assert headline.sources == both and headline.targets == both


def test_a_country_that_is_not_the_subject_is_a_party_only() -> None:
    headline = fill("Riots Spread in {country_1}", "PROTEST", 1)
    assert headline.party == COUNTRIES[1][1]
    assert not headline.sources and not headline.targets
    assert fill("Talks Open in {city}", "CONSULT", 0).party is not None
    assert fill("Activists Fast", "PROTEST", 0).party is None


def test_fills_differ_and_never_repeat_a_country_in_one_headline() -> None:
    texts = {fill("{country_1} Warns {country_2}", "THREATEN", k).text for k in range(40)}
    assert len(texts) == len(COUNTRIES)
    for k in range(len(COUNTRIES)):
        headline = fill("{country_1} Warns {country_2}", "THREATEN", k)
        assert headline.sources != headline.targets


def _document(event: Event, *actors: Actor) -> Document:
    return Document(article_from_text("x"), actors=actors, events=(event,))


def test_parties_are_scored_on_events_of_the_right_type() -> None:
    one, two = COUNTRIES[0], COUNTRIES[7]
    headline = fill("{country_1} Scolds {country_2}", "ACCUSE", 0)
    actors = (Actor("a", "A", country=one[1]), Actor("b", "B", country=two[1]))
    right = Event(
        type="ACCUSE",
        evidence=Span(0, 1, "x"),
        source=Participant("a", 0, 1),
        target=Participant("a", 0, 1),
    )
    wrong_type = Event(type="AID", evidence=Span(0, 1, "x"), source=Participant("a", 0, 1))
    score = score_headlines(
        [headline, headline], iter([_document(right, *actors), _document(wrong_type, *actors)])
    )
    assert score.party == [1, 1]
    assert score.source == [1, 1]
    assert score.target == [0, 1]
    assert "party 1.000 (1/1)" in format_headline_score(score)


def test_missing_file_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=str(tmp_path)):
        load_headlines(tmp_path)


def test_templates_are_deduplicated_and_cut(tmp_path: Path) -> None:
    (tmp_path / HEADLINES).write_text(
        "event,mode,title\nACCUSE,,{country_1} Scolds\n"
        "accuse,,{country_1} Scolds\nAID,,Aid Flows\n",
        encoding="utf-8",
    )
    headlines = load_headlines(tmp_path)
    assert [h.type for h in headlines] == ["ACCUSE"] * 3 + ["AID"] * 3
    assert len(load_headlines(tmp_path, limit=2)) == 2


def test_real_templates_load() -> None:
    headlines = load_headlines(shared_data("ngec"))
    assert len(headlines) > 900
    assert len({h.type for h in headlines}) == 16


def test_eval_events_takes_the_headline_folder() -> None:
    import argparse

    from demarche.evaluation.events import add_arguments

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(["--ngec-headlines", "folder"])
    assert args.ngec_headlines == Path("folder") and args.ngec is None
