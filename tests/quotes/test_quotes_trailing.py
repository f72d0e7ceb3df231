"""A closing "…, a spokesman said." whose sentence the parser did not join to the cue."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find


def test_a_fragment_before_a_closing_cue_is_its_content(quotes_of_text: Find) -> None:
    text = "Maybe next year, the mayor says."
    quotes = [q for q in quotes_of_text(text) if q.cue is not None and "says" in q.cue.text]
    assert [[s.text for s in q.content] for q in quotes] == [["Maybe next year"]]


@pytest.mark.parametrize(
    "text",
    [
        "If the two met about the budget, he would say so.",
        "When the plant closed, the mayor said enough.",
    ],
)
def test_a_subordinate_clause_or_an_object_is_not_taken(quotes_of_text: Find, text: str) -> None:
    assert all(not q.content or "budget" not in q.content[0].text for q in quotes_of_text(text))
    assert all(not q.content or "plant" not in q.content[0].text for q in quotes_of_text(text))
