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
