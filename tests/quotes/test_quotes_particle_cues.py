"""Verbs that report only with their particle ("shot back", "laid out", "chimed in"): with
the particle they are cues that take the particle in (and an "at" naming whom they attack);
without it they report nothing."""

from __future__ import annotations

import pytest

from demarche.quotes.cues import CueLexicon
from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("“Not a chance,” the mayor shot back.", "shot back", "the mayor", "“Not a chance,”"),
        (
            "The minister laid out a plan to build more schools.",
            "laid out",
            "The minister",
            "a plan to build more schools",
        ),
        (
            "The union fired back that the offer was an insult.",
            "fired back",
            "The union",
            "that the offer was an insult",
        ),
        (
            "Our governor spelled out her conditions.",
            "spelled out",
            "Our governor",
            "her conditions",
        ),
        ("The coach lashed out at the referees.", "lashed out at", "The coach", "the referees"),
        (
            "The union fired back at its critics on the council.",
            "fired back at",
            "The union",
            "its critics on the council",
        ),
        (
            "The senator weighed in on the budget talks.",
            "weighed in on",
            "The senator",
            "the budget talks",
        ),
    ],
)
def test_a_verb_with_its_particle_is_a_cue(
    quotes_of_text: Find, text: str, cue: str, source: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert quote.source is not None and quote.source.text == source
    assert [s.text for s in quote.content] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The officers shot two suspects near the station.",
        "The council laid the blame on the contractor.",
        "The company fired forty workers last spring.",
    ],
)
def test_the_verb_without_its_particle_reports_nothing(quotes_of_text: Find, text: str) -> None:
    assert quotes_of_text(text) == []


def test_at_after_other_cues_says_where(quotes_of_text: Find) -> None:
    assert quotes_of_text("The senator spoke at the fair in June.") == []


def test_the_particle_verbs_are_in_their_groups_only_through_the_particle() -> None:
    lexicon = CueLexicon()
    assert lexicon.particle_of("shoot") == "back"
    assert lexicon.takes_quote("shoot") and lexicon.takes_object("lay")
    assert lexicon.particle_of("say") is None


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor agreed with the auditors.", "agreed with", "the auditors"),
        ("Two judges sided with the tenants.", "sided with", "the tenants"),
        (
            "The panel disagreed with her reading of the law.",
            "disagreed with",
            "her reading of the law",
        ),
    ],
)
def test_with_is_part_of_a_stance_on_whom_one_agrees_with(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert [s.text for s in quote.content] == [content]


def test_with_after_a_verb_of_saying_is_the_listener(quotes_of_text: Find) -> None:
    assert quotes_of_text("The mayor spoke with reporters at noon.") == []
