"""An intention cue with a noun object and no infinitive ("offered no details")."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The harbour authority offered no details about the new tolls.",
            "offered",
            "The harbour authority",
            ["no details about the new tolls"],
        ),
        (
            "Councillor Webb seeks a full review of the bus contract.",
            "seeks",
            "Councillor Webb",
            ["a full review of the bus contract"],
        ),
    ],
)
def test_the_object_is_the_content(
    quotes_of_text: Find, text: str, cue: str, source: str, content: list[str]
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert quote.source is not None and quote.source.text == source
    assert [s.text for s in quote.content] == content


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # planned, not done: PolNeAR leaves three in four such offers unannotated
        ("The mayor wants to offer free parking to residents.", "offer"),
        # a means, not an assertion
        ("By seeking votes in the suburbs, the mayor angered her base.", "seeking"),
    ],
)
def test_an_unasserted_intention_reports_nothing(
    quotes_of_text: Find, text: str, word: str
) -> None:
    quotes = quotes_of_text(text)
    assert all(q.cue is None or word not in q.cue.text for q in quotes)
