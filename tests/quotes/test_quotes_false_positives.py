"""Candidates PolNeAR does not annotate, and cue extents its annotators draw otherwise."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find


def test_a_fronted_phrase_is_no_prepositional_content(quotes_of_text: Find) -> None:
    # "To a standing ovation" hangs on "called": only a phrase after the cue is its content
    ovation = quotes_of_text("To a standing ovation, the governor called for an end to the tax.")
    assert [(q.cue.text if q.cue else None, [c.text for c in q.content]) for q in ovation] == [
        ("called for", ["an end to the tax"])
    ]
    online = quotes_of_text("On Twitter, she responded to the senator's post.")
    assert [(q.cue.text if q.cue else None, [c.text for c in q.content]) for q in online] == [
        ("responded to", ["the senator's post"])
    ]
    assert quotes_of_text("For a short time, the mayor considered selling the old park.") == []


def test_a_stance_only_supposed_or_asked_about_is_no_attribution(quotes_of_text: Find) -> None:
    assert quotes_of_text("The senator wavered on whether she would endorse the governor.") == []
    assert quotes_of_text("If the unions continue to back the mayor, the bill will pass.") == []
    assert quotes_of_text("The board is split over whether to reject the offer.") == []
    taken = quotes_of_text("The senator will endorse the governor.")
    assert [q.cue.text for q in taken if q.cue is not None] == ["will endorse"]


def test_a_word_inside_a_markup_tag_is_no_cue(quotes_of_text: Find) -> None:
    text = (
        '<tweet pic="" author="jdoe" tweet_id="672137288055398401">Sad news from the city.'
        "</tweet> The senator tweeted that the vote was rigged."
    )
    assert [q.cue.text for q in quotes_of_text(text) if q.cue is not None] == ["tweeted"]


def test_a_stance_in_a_how_or_why_clause_is_only_asked_about(quotes_of_text: Find) -> None:
    text = "The attack raised questions about how the mayor would respond to the protests."
    assert quotes_of_text(text) == []
    assert quotes_of_text("There are reasons why voters should prefer the governor.") == []
    asked = quotes_of_text("She asked how the mayor would respond.")
    assert [q.cue.text for q in asked if q.cue is not None] == ["asked"]


def test_what_one_helps_bring_about_is_no_attribution(quotes_of_text: Find) -> None:
    assert quotes_of_text("The ads helped persuade voters that the plan was sound.") == []
    own = quotes_of_text("The ads persuaded voters that the plan was sound.")
    assert [q.cue.text for q in own if q.cue is not None] == ["persuaded"]


def test_an_act_that_only_continues_is_no_saying(quotes_of_text: Find) -> None:
    texts = (
        "Her permit was still valid, so she continued to renew it and got a passport.",
        "As the firm continues gaining momentum, the question is whether it will last.",
    )
    for text in texts:
        assert [q.cue.text for q in quotes_of_text(text) if q.cue is not None] == []
    said = quotes_of_text("The mayor continued that the budget was balanced.")
    assert [q.cue.text for q in said if q.cue is not None] == ["continued"]


@pytest.mark.parametrize(
    "text",
    [
        "That said, the senator cannot win the nomination outright.",
        "Having said that, the plan will fail in the Senate.",
        "Needless to say, the governor disagreed.",
        "It goes without saying that the vote matters.",
        "But that said, voters remain unconvinced.",
    ],
)
def test_a_discourse_idiom_of_saying_attributes_nothing(quotes_of_text: Find, text: str) -> None:
    assert quotes_of_text(text) == []


def test_a_relative_that_said_is_still_a_report(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("Officials released a statement that said the plant was safe.")
    assert [q.cue.text for q in quotes if q.cue is not None] == ["said"]
    hedged = quotes_of_text("That said, the mayor said the deal was done.")
    assert [(q.cue.text, [c.text for c in q.content]) for q in hedged if q.cue] == [
        ("said", ["the deal was done"])
    ]
