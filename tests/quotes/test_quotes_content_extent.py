"""Where a verb's content ends: asides of the writer's stay out, phrases the verb governs join.

Each case is a sentence of our own, the cue it holds and the content that cue should get.
"""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue

CASES = [
    # a relative clause on a name is the writer's non-restrictive aside
    (
        "The mayor said the money would go to Senator Mills, who faces a recount in May.",
        "said",
        "the money would go to Senator Mills",
    ),
    (
        "Officials said the convoy would stop in Lagos, where the port reopened last week.",
        "said",
        "the convoy would stop in Lagos",
    ),
    # on a common noun it may restrict the noun, and stays
    (
        "The mayor said the money would go to the new fund, which opens in May.",
        "said",
        "the money would go to the new fund, which opens in May",
    ),
    # a purpose infinitive in a reported clause is part of it, not a second cue
    (
        "The mayor said the donor had given money to support the new library.",
        "said",
        "the donor had given money to support the new library",
    ),
    (
        "She said that the union met on Monday to criticize the budget.",
        "said",
        "that the union met on Monday to criticize the budget",
    ),
    # a colon closing the content: what follows in its sentence spells it out
    (
        "The mayor cited one cause for the delay: the contractor ran out of steel.",
        "cited",
        "one cause for the delay: the contractor ran out of steel",
    ),
    # unless a cue there reports it on its own
    (
        "The mayor cited one cause for the delay: the contractor said it ran out of steel.",
        "cited",
        "one cause for the delay",
    ),
    # the one asked to act is in the content; a date between is not
    (
        "The senators called for a special prosecutor to review the contracts.",
        "called for",
        "a special prosecutor to review the contracts",
    ),
    ("The mayor promised on Tuesday to repair the bridge.", "promised", "to repair the bridge"),
    # a phrase the verb governs right after its object runs on with it
    ("The senator mentioned the plan to reporters.", "mentioned", "the plan to reporters"),
    # not a listener named by a pronoun, nor a setting
    ("The senator mentioned her plan to them.", "mentioned", "her plan"),
    ("The mayor mentioned the budget gap during a debate.", "mentioned", "the budget gap"),
]


@pytest.mark.parametrize(("text", "cue", "content"), CASES)
def test_content_extent(quotes_of_text: Find, text: str, cue: str, content: str) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert [span.text for span in quote.content] == [content]
