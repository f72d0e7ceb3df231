"""Indirect attribution classes read off the parse beyond a verb and its complement: a
"for X to Y" clause after the cue, light verbs with a speech noun ("made the case for",
"took issue with"), and "made clear that"."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The senator has called for the governor to resign over the scandal.",
            "has called for",
            "The senator",
            "the governor to resign over the scandal",
        ),
        (
            "Union leaders are pushing for the city to raise wages.",
            "are pushing for",
            "Union leaders",
            "the city to raise wages",
        ),
    ],
)
def test_a_for_clause_after_a_cue_is_its_content(
    quotes_of_text: Find, text: str, cue: str, source: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert quote.source is not None and quote.source.text == source
    assert [s.text for s in quote.content] == [content]


def test_a_for_phrase_with_a_noun_keeps_its_object(quotes_of_text: Find) -> None:
    quote = by_cue(quotes_of_text("The mayor called for calm."), "called for")
    assert [s.text for s in quote.content] == ["calm"]
