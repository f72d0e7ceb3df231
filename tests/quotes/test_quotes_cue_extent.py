"""Where a verb cue's span starts and ends: the words PolNeAR's cues take in around the verb."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The farmers have long said that the dam would flood the valley.", "have long said"),
        ("The mayor has since argued that the bridge is safe.", "has since argued"),
        ("The two coaches have both said that the match was fair.", "have both said"),
        ("Our neighbours have always insisted that the fence is theirs.", "have always insisted"),
    ],
)
def test_a_plain_adverb_before_the_verb_joins_the_cue(
    quotes_of_text: Find, text: str, cue: str
) -> None:
    by_cue(quotes_of_text(text), cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union called for a new vote to settle the strike.", "called for"),
        ("The council called upon the mayor to resign.", "called upon"),
    ],
)
def test_what_a_cue_seeks_joins_it(quotes_of_text: Find, text: str, cue: str) -> None:
    by_cue(quotes_of_text(text), cue)


def test_a_for_that_says_when_stays_out(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The farmers have said for years that the dam would flood the valley.")
    assert [q.cue.text for q in quotes if q.cue is not None] == ["have said"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The minister responded by saying that the report was wrong.",
            "responded by saying",
            "The minister",
        ),
        ("The coach began by noting that the pitch was wet.", "began by noting", "The coach"),
    ],
)
def test_a_by_phrase_straight_after_a_verb_carries_the_cue(
    quotes_of_text: Find, text: str, cue: str, source: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert quote.source is not None and quote.source.text == source


def test_a_likely_to_say_cue_starts_at_the_copula(quotes_of_text: Find) -> None:
    text = "Younger farmers were far more likely to say that the subsidy helped them."
    by_cue(quotes_of_text(text), "were far more likely to say")
