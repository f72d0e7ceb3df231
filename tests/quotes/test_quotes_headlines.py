"""Headline and live-blog attributions of the form "Name: what they said"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from demarche.records import Quote

Find = Callable[[str], list[Quote]]


def test_a_headline_name_before_a_colon_is_the_source(quotes_of_text: Find) -> None:
    text = "Graham: Trump's Hateful Rhetoric Is Destroying the Party's Chances.\n\nHe spoke."
    quotes = [q for q in quotes_of_text(text) if q.cue is not None and q.cue.text == ":"]
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.source is not None and quote.source.text == "Graham"
    assert [s.text for s in quote.content] == [
        "Trump's Hateful Rhetoric Is Destroying the Party's Chances"
    ]


def test_the_headline_wins_over_a_verb_inside_it(quotes_of_text: Find) -> None:
    text = "Clinton camp: Trump’s rhetoric threatens national security.\n\nThe rally ended."
    cues = [q.cue.text for q in quotes_of_text(text) if q.cue is not None]
    assert cues == [":"]


@pytest.mark.parametrize(
    "text",
    [
        "Clinton: 2,316.\n\nSanders: 1,547.",
        "Now we know: the race is over and the votes are counted.",
        "It is painstaking work: bend the rods and force them into place.",
    ],
)
def test_tallies_and_writer_asides_are_not_headline_quotes(quotes_of_text: Find, text: str) -> None:
    assert all(q.cue is None or q.cue.text != ":" for q in quotes_of_text(text))
