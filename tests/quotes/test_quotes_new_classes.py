"""Classes of attribution PolNeAR annotates that earlier rules never proposed: what a poll or
document shows, a "that" clause hung on the setting of a cue, stance nouns with their own
prepositions."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue


def test_a_person_showing_something_reports_nothing(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The governor has shown some weakness in the southern counties.")
    assert all(q.cue is None or "shown" not in q.cue.text for q in quotes)


def test_a_that_clause_hung_on_the_setting_of_a_cue_is_its_content(quotes_of_text: Find) -> None:
    text = (
        "Smith’s chief adviser Tom Baker says in a statement that the contest will now be a "
        "three-way race between Jones, Brown and Lee."
    )
    quote = by_cue(quotes_of_text(text), "says in a statement")
    assert quote.source is not None and quote.source.text == "Smith’s chief adviser Tom Baker"
    assert [s.text for s in quote.content] == [
        "that the contest will now be a three-way race between Jones, Brown and Lee"
    ]


def test_a_that_clause_of_what_was_talked_about_is_not_displaced(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The senator talked about the idea that taxes might fall.")
    assert all(s.text != "that taxes might fall" for q in quotes for s in q.content)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The latest county survey shows a wide gap between young and old voters.",
            "shows",
            "The latest county survey",
            "a wide gap between young and old voters",
        ),
        (
            "Two recent polls show the mayor with a comfortable lead.",
            "show",
            "Two recent polls",
            "the mayor with a comfortable lead",
        ),
        (
            "Many local officials are wary of the new highway plan.",
            "are wary of",
            "Many local officials",
            "the new highway plan",
        ),
        (
            "The senator disputed the agency's figures on Monday.",
            "disputed",
            "The senator",
            "the agency's figures",
        ),
        (
            "The governor outlined her plan for the schools.",
            "outlined",
            "The governor",
            "her plan for the schools",
        ),
        (
            "The mayor reminded voters that the polls close at eight.",
            "reminded",
            "The mayor",
            "that the polls close at eight",
        ),
        (
            "The senator vouched for her former deputy.",
            "vouched for",
            "The senator",
            "her former deputy",
        ),
        (
            "Police identified the driver as a local teacher.",
            "identified",
            "Police",
            "the driver as a local teacher",
        ),
        (
            "Most voters want a new approach to trade.",
            "want",
            "Most voters",
            "a new approach to trade",
        ),
        (
            "The senator's harsh attacks on the press drew a rebuke from the editors.",
            "harsh attacks on",
            "The senator",
            "the press",
        ),
        (
            "Her opposition to the trade deal cost her the union's support.",
            "opposition to",
            "Her",
            "the trade deal",
        ),
        (
            "The governor's concerns about the budget were widely shared.",
            "concerns about",
            "The governor",
            "the budget",
        ),
    ],
)
def test_new_classes_of_attribution(
    quotes_of_text: Find, text: str, cue: str, source: str, content: str
) -> None:
    """A poll shows its finding as an object; a stance noun takes what its own preposition
    names, its adjectives joining the cue; an attitude adjective after a copula takes its
    object; stance verbs ("disputed", "outlined") take their object."""
    quote = by_cue(quotes_of_text(text), cue)
    assert quote.source is not None and quote.source.text == source
    assert [s.text.rstrip(".") for s in quote.content] == [content]


def test_a_response_to_something_is_not_a_stance_on_it(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The mayor's response to the storm was slow.")
    assert all(q.cue is None or "response" not in q.cue.text for q in quotes)
