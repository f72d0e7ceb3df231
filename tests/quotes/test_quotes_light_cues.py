"""Indirect attribution classes read off the parse beyond a verb and its complement: a
"for X to Y" clause after the cue, light verbs with a speech noun ("made the case for",
"took issue with"), "made clear that", "as the mayor put it", the "about" phrase further on that
says what a speaker talked about, and the "for"/"of" phrase that says what a stance verb's
object is blamed or praised for."""

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
        (
            "The senator made the case for a new tax on fuel.",
            "made the case for",
            "The senator",
            "a new tax on fuel",
        ),
        ("The mayor took issue with the audit.", "took issue with", "The mayor", "the audit"),
        (
            "Our governor has made several angry statements on trade.",
            "has made several angry statements on",
            "Our governor",
            "trade",
        ),
        (
            "The coach made clear that he would not resign.",
            "made clear",
            "The coach",
            "that he would not resign",
        ),
        (
            "The minister took aim at the bankers.",
            "took aim at",
            "The minister",
            "the bankers",
        ),
        ("As the mayor put it, the city is broke.", "put it", "the mayor", "the city is broke."),
        ("The reporter asked the mayor about the budget.", "asked", "The reporter", "the budget"),
        ("The senator spoke at the rally on Tuesday about jobs.", "spoke", "The senator", "jobs"),
        (
            "As the mayor put it, “The city is broke and nobody cares.”",
            "put it",
            "the mayor",
            "“The city is broke and nobody cares.”",
        ),
    ],
)
def test_a_cue_phrase_and_its_content(
    quotes_of_text: Find, text: str, cue: str, source: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert quote.source is not None and quote.source.text == source
    assert [s.text for s in quote.content] == [content]


def test_a_for_phrase_with_a_noun_keeps_its_object(quotes_of_text: Find) -> None:
    quote = by_cue(quotes_of_text("The mayor called for calm."), "called for")
    assert [s.text for s in quote.content] == ["calm"]


@pytest.mark.parametrize(
    "text",
    [
        "The company made a profit on the sale.",
        "The governor gave a speech at the convention.",
        "The senator gave a speech on Tuesday.",
        "The council put it to a vote on Monday.",
    ],
)
def test_a_light_verb_without_a_said_content_is_no_cue(quotes_of_text: Find, text: str) -> None:
    assert quotes_of_text(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor accused the council of hiding the report.",
            "accused",
            "the council of hiding the report",
        ),
        ("The senator criticized him for his vote.", "criticized", "him for his vote"),
        ("The union blamed the delay on the board.", "blamed", "the delay on the board"),
        ("The senator endorsed Smith in Iowa on Monday.", "endorsed", "Smith"),
    ],
)
def test_what_a_stance_is_about_joins_its_object(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert [s.text for s in quote.content] == [content]


def test_reportedly_attributes_its_clause_to_unnamed_reports(quotes_of_text: Find) -> None:
    quote = by_cue(
        quotes_of_text("The senator is reportedly weighing a run for governor."), "reportedly"
    )
    assert quote.source is None
    assert [s.text for s in quote.content] == ["The senator is", "weighing a run for governor."]


def test_reportedly_beside_a_cue_verb_joins_that_cue(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The mayor reportedly said that taxes would rise.")
    assert [q.cue.text for q in quotes if q.cue] == ["reportedly said"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The farmers expressed concern about the new water rules.",
            "expressed concern about",
            "the new water rules",
        ),
        ("Two mayors have voiced support for the tunnel.", "have voiced support for", "the tunnel"),
        (
            "The coach expressed doubt that the stadium would open in time.",
            "expressed doubt",
            "that the stadium would open in time",
        ),
        (
            "The farmers expressed their support for the new water rules.",
            "expressed",
            "their support for the new water rules",
        ),
        (
            "The coach went on to express regret for the delay.",
            "went on to express",
            "regret for the delay",
        ),
    ],
)
def test_a_bare_stance_noun_joins_the_cue(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    """ "Expressed concern about X": the feeling and its preposition are part of the cue; a
    possessive or a carrying verb keeps the noun the verb's object, as PolNeAR's spans do."""
    quote = by_cue(quotes_of_text(text), cue)
    assert [s.text for s in quote.content] == [content]
