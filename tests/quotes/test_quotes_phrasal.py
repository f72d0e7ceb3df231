"""Reporting verb phrases whose verb alone rarely reports ("came out against", "distanced
himself from", "threw its support behind"), infinitives after "claim" and "prefer", and the
gerund clause a stance verb takes as its object ("supports raising the wage")."""

from __future__ import annotations

import pytest

from demarche.quotes.phrasal import PHRASE_VERBS, PHRASES
from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The senator came out against the new pipeline.",
            "came out against",
            "The senator",
            "the new pipeline",
        ),
        (
            "The mayor quickly distanced himself from the remarks.",
            "quickly distanced himself from",
            "The mayor",
            "the remarks",
        ),
        (
            "The union threw its support behind the governor.",
            "threw its support behind",
            "The union",
            "the governor",
        ),
        (
            "The council balked at the price of the new stadium.",
            "balked at",
            "The council",
            "the price of the new stadium",
        ),
        (
            "The governor hinted at a run for the presidency.",
            "hinted at",
            "The governor",
            "a run for the presidency",
        ),
        (
            "The two candidates sparred over the minimum wage.",
            "sparred over",
            "The two candidates",
            "the minimum wage",
        ),
        (
            "The mayor made a reference to the old bridge.",
            "made a reference to",
            "The mayor",
            "the old bridge",
        ),
        (
            "The actress opened up about her divorce.",
            "opened up about",
            "The actress",
            "her divorce",
        ),
    ],
)
def test_a_reporting_phrase_is_the_cue_and_its_object_the_content(
    quotes_of_text: Find, text: str, cue: str, source: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert quote.source is not None and quote.source.text == source
    assert [span.text for span in quote.content] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The results came out on Tuesday.",
        "The band came out of the tunnel.",
        "The tree cast a long shadow on the lawn.",
        "The painting drew crowds to the museum.",
    ],
)
def test_the_verb_without_its_phrase_reports_nothing(quotes_of_text: Find, text: str) -> None:
    assert not [q for q in quotes_of_text(text) if q.cue is not None]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Most voters prefer to back a winner.", "prefer", "to back a winner"),
        ("The group claims to speak for farmers.", "claims", "to speak for farmers"),
        ("The senator would like to cut the tax.", "would like", "to cut the tax"),
    ],
)
def test_claim_prefer_and_like_report_an_infinitive(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert [span.text for span in quote.content] == [content]


def test_played_down_is_a_stance_cue(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The minister played down the risk of a recession.")
    quote = by_cue(quotes, "played down")
    assert [span.text for span in quote.content] == ["the risk of a recession"]


def test_a_passive_known_as_is_a_report_without_a_source(quotes_of_text: Find) -> None:
    quote = by_cue(quotes_of_text("The old mill is known as the heart of the town."), "is known as")
    assert quote.source is None
    assert [span.text for span in quote.content] == ["The old mill", "the heart of the town"]


def test_a_passive_said_to_is_a_report_without_a_source(quotes_of_text: Find) -> None:
    quote = by_cue(quotes_of_text("The chairman is said to be furious."), "is said")
    assert quote.source is None
    assert [span.text for span in quote.content] == ["The chairman", "to be furious"]


def test_a_name_after_a_noun_is_no_report(quotes_of_text: Find) -> None:
    text = "They met at a bar known as the Anchor."
    assert not [q for q in quotes_of_text(text) if q.cue is not None]


def test_compared_reports_its_object_with_what_it_is_compared_to(quotes_of_text: Find) -> None:
    quote = by_cue(quotes_of_text("The senator compared the tax to theft."), "compared")
    assert [span.text for span in quote.content] == ["the tax to theft"]


def test_rattled_off_a_list_is_a_stance_cue(quotes_of_text: Find) -> None:
    text = "The governor rattled off a list of grievances."
    quote = by_cue(quotes_of_text(text), "rattled off")
    assert [span.text for span in quote.content] == ["a list of grievances"]


def test_ticked_off_is_annoyance_not_a_stance(quotes_of_text: Find) -> None:
    text = "The delay ticked off voters in the county."
    assert not [q for q in quotes_of_text(text) if q.cue is not None and "ticked" in q.cue.text]


def test_every_phrase_verb_is_looked_up() -> None:
    assert {phrase.verb for phrase in PHRASES} | {"know", "say", "show"} == PHRASE_VERBS
    assert all(phrase.preposition for phrase in PHRASES)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor supports raising the minimum wage.",
            "supports",
            "raising the minimum wage",
        ),
        ("The mayor endorsed building a new stadium.", "endorsed", "building a new stadium"),
    ],
)
def test_a_stance_verb_reports_its_gerund_clause(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert [span.text for span in quote.content] == [content]


def test_a_gerund_stance_in_a_speakers_relative_clause_stays_in_the_source(
    quotes_of_text: Find,
) -> None:
    text = "The mayor, who supports raising taxes, said the budget was fine."
    quote = by_cue(quotes_of_text(text), "said")
    assert quote.source is not None and quote.source.text == "The mayor, who supports raising taxes"


def test_liking_a_thing_is_no_report(quotes_of_text: Find) -> None:
    assert not [q for q in quotes_of_text("She likes the new show.") if q.cue is not None]


def test_a_stance_verb_with_an_infinitive_is_no_gerund_object(quotes_of_text: Find) -> None:
    assert not [q for q in quotes_of_text("The children love to swim.") if q.cue is not None]
