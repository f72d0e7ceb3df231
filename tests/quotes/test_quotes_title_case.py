"""Reporting verbs in Title Case headlines that the tagger reads as part of a name."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue


def test_a_headline_verb_read_as_a_name_is_a_cue(quotes_of_text: Find) -> None:
    text = "Veteran Senator Alma Reyes Endorses Mayor Tom Hardy.\n\nThe endorsement came on Monday."
    quote = by_cue(quotes_of_text(text), "Endorses")
    assert quote.source is not None and quote.source.text == "Veteran Senator Alma Reyes"
    assert [s.text for s in quote.content] == ["Mayor Tom Hardy"]


def test_the_headline_content_ends_before_a_setting(quotes_of_text: Find) -> None:
    text = (
        "Governor Dan Miller Slams Union Leaders Over Pension Deal After Strike Vote.\n\n"
        "The strike ended."
    )
    quote = by_cue(quotes_of_text(text), "Slams")
    assert [s.text for s in quote.content] == ["Union Leaders"]


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers In The United States Debate New Farm Subsidies.\n\nThe bill passed.",
        "Reviewing the Council's Record on Pressing Local Challenges.\n\nThe council met.",
        "Visitors admired the Praises of Spring mural at the town hall on Sunday evening.",
    ],
)
def test_names_and_running_text_are_not_headline_cues(quotes_of_text: Find, text: str) -> None:
    assert quotes_of_text(text) == []


def test_a_headline_verb_without_a_complement_takes_the_rest_of_the_headline(
    quotes_of_text: Find,
) -> None:
    text = "Senator Ann Lee Says No To Cable Debate As Rival Gains Ground.\n\nThe race is close."
    quotes = [q for q in quotes_of_text(text) if q.cue is not None and "Says" in q.cue.text]
    assert [[s.text for s in q.content] for q in quotes] == [["No To Cable Debate"]]


def test_a_leading_preposition_stays_out_of_the_headline_content(quotes_of_text: Find) -> None:
    text = "Senator Alma Reyes Sides With Farmers On Water Rights.\n\nThe vote is Friday."
    quote = by_cue(quotes_of_text(text), "Sides")
    assert [s.text for s in quote.content] == ["Farmers On Water Rights"]
