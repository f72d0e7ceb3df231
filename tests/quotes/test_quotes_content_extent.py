"""Where a reported clause ends: the writer's asides that close it stay out of its content."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the money would go to Senator Mills, who faces a recount in May.",
            "the money would go to Senator Mills",
        ),
        (
            "Officials said the convoy would stop in Lagos, where the port reopened last week.",
            "the convoy would stop in Lagos",
        ),
    ],
)
def test_a_relative_clause_on_a_name_is_the_writers_aside(
    quotes_of_text: Find, text: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), "said")
    assert [span.text for span in quote.content] == [content]


def test_a_relative_clause_on_a_common_noun_stays(quotes_of_text: Find) -> None:
    text = "The mayor said the money would go to the new fund, which opens in May."
    quote = by_cue(quotes_of_text(text), "said")
    assert quote.content[-1].text.endswith("which opens in May")
