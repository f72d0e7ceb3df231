"""Attributions inside another's content: a tacked-on clause with its own cue splits off.

PolNeAR ends a reported clause before a clause the writer added after a comma when that clause
holds an attribution of its own, and marks that one separately; a report of a report, or a
clause that is part of what was said, stays whole in the outer content.
"""

from __future__ import annotations

from tests.quotes.conftest import Find, by_cue


def _contents(quotes: Find, text: str, cue: str) -> list[str]:
    return [span.text for span in by_cue(quotes(text), cue).content]


def test_a_concessive_clause_with_its_own_speaker_splits_off(quotes_of_text: Find) -> None:
    text = (
        "The senator said the bill would pass easily, though she noted that several "
        "members were still undecided."
    )
    assert _contents(quotes_of_text, text, "said") == ["the bill would pass easily"]
    noted = by_cue(quotes_of_text(text), "noted")
    assert [span.text for span in noted.content] == ["that several members were still undecided"]
    assert noted.source is not None and noted.source.text == "she"


def test_a_contrast_with_another_party_splits_off(quotes_of_text: Find) -> None:
    text = (
        "The mayor said the budget was balanced, while critics argued that the numbers were wrong."
    )
    assert _contents(quotes_of_text, text, "said") == ["the budget was balanced"]
    argued = by_cue(quotes_of_text(text), "argued")
    assert argued.source is not None and argued.source.text == "critics"


def test_a_trailing_participle_is_the_outer_speaker_s(quotes_of_text: Find) -> None:
    text = "Smith said the economy was slowing, pointing to weak factory orders."
    assert _contents(quotes_of_text, text, "said") == ["the economy was slowing"]
    pointing = by_cue(quotes_of_text(text), "pointing to")
    assert pointing.source is not None and pointing.source.text == "Smith"
    assert [span.text for span in pointing.content] == ["weak factory orders"]


def test_a_reason_inside_what_was_said_stays_whole(quotes_of_text: Find) -> None:
    text = "He said the plan failed because the governor refused to fund it."
    quotes = quotes_of_text(text)
    assert [span.text for span in by_cue(quotes, "said").content] == [
        "the plan failed because the governor refused to fund it"
    ]
    assert len(quotes) == 1


def test_a_report_of_a_report_is_not_split(quotes_of_text: Find) -> None:
    text = "Aides said the governor believes the vote will be close."
    quotes = quotes_of_text(text)
    assert len(quotes) == 1
    assert [span.text for span in quotes[0].content] == [
        "the governor believes the vote will be close"
    ]


def test_a_relative_clause_with_its_own_cue_splits_off_an_object(quotes_of_text: Find) -> None:
    text = "The senator praised the new mayor, who insisted that the budget was fair."
    assert _contents(quotes_of_text, text, "praised") == ["the new mayor"]
    insisted = by_cue(quotes_of_text(text), "insisted")
    assert [span.text for span in insisted.content] == ["that the budget was fair"]
