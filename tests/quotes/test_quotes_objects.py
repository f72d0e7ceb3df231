"""Cues whose content is an object they were never read for: a stance verb's relative word
("whom he blasted as a bully") and an asserted intention verb's noun ("offered no details")."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The council delayed the new parking levy, which the mayor strongly opposes.",
            "strongly opposes",
            "the mayor",
            ["which"],
        ),
        (
            "Voters cheered Ms. Lane, whom Mr. Ortiz described as a reckless spendthrift.",
            "described",
            "Mr. Ortiz",
            ["whom", "as a reckless spendthrift"],
        ),
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
        # no relative word: PolNeAR annotates only one such clause in three
        ("The council delayed the parking levy the mayor strongly opposes.", "opposes"),
        # the relative word is the subject, and there is no object to report
        ("The council thanked the residents who support the levy.", "support"),
        # planned, not done: PolNeAR leaves three in four such offers unannotated
        ("The mayor wants to offer free parking to residents.", "offer"),
        # a means, not an assertion
        ("By seeking votes in the suburbs, the mayor angered her base.", "seeking"),
    ],
)
def test_no_object_to_report(quotes_of_text: Find, text: str, word: str) -> None:
    quotes = quotes_of_text(text)
    assert all(q.cue is None or word not in q.cue.text for q in quotes)
