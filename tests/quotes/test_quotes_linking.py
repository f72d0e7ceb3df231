"""Attributions the linker must keep around interrupting and trailing cues.

Our own sentences: a cue that interrupts a paraphrase closed by a quotation ("The trade, she
said, is ''doing worse …''"), and a cue that closes its sentence after a clause the parser
hung under it ("As …, a man was hurt, police said.").
"""

from __future__ import annotations

import pytest

from demarche.quotes.marks import find_quoted
from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The weather was bad. The farm trade, she said, is ''doing far worse than in 1990.''",
            ["The farm trade", "is ''doing far worse than in 1990.''"],
        ),
        (
            "The council met. Tax rules, he added, amount to “just moving the chairs around.”",
            ["Tax rules", "amount to “just moving the chairs around.”"],
        ),
    ],
)
def test_an_interrupted_paraphrase_closed_by_a_quotation_is_mixed(
    quotes_of_text: Find, text: str, content: list[str]
) -> None:
    cue = "said" if "said" in text else "added"
    found = by_cue(quotes_of_text(text), cue)
    assert found.kind == "mixed"
    assert [span.text for span in found.content] == content


def test_a_quotation_opening_the_next_sentence_is_not_the_interrupted_clause(
    quotes_of_text: Find,
) -> None:
    text = "The plan, he noted, may fail in the end. “Nobody wants it,” he said."
    quotes = quotes_of_text(text)
    noted = [q for q in quotes if q.cue is not None and q.cue.text == "noted"]
    assert not any("Nobody" in span.text for q in noted for span in q.content)
    said = by_cue(quotes, "said")
    assert said.kind == "direct"
    assert [span.text for span in said.content] == ["“Nobody wants it,”"]


def test_an_opening_curly_mark_typed_for_a_closing_one_closes_the_quotation(
    quotes_of_text: Find,
) -> None:
    text = "The vote is close. “If she loses the county, it hurts her here,“ said Jim Brown."
    found = by_cue(quotes_of_text(text), "said")
    assert found.kind == "direct"
    assert [span.text for span in found.content] == [
        "“If she loses the county, it hurts her here,“"
    ]
    assert found.source is not None and found.source.text == "Jim Brown"


def test_an_opening_curly_mark_before_a_word_still_opens() -> None:
    text = "He said “yes, we will” and left; “no“ was her answer."
    assert [text[q.start : q.end] for q in find_quoted(text)] == ["“yes, we will”", "“no“"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The rivals argued for an hour. “Absolutely,” he said when asked again.",
            "said",
            "“Absolutely,”",
        ),
        ("Turnout was high in March. “GROWING FAST,” she declared.", "declared", "“GROWING FAST,”"),
    ],
)
def test_a_short_capitalised_reply_opening_a_sentence_is_not_a_title(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    found = by_cue(quotes_of_text(text), cue)
    assert found.kind == "direct"
    assert [span.text for span in found.content] == [content]


def test_a_title_inside_a_sentence_is_still_a_title(quotes_of_text: Find) -> None:
    text = "The show, “Open Roads,” ran for a year, the producer said."
    direct = [q for q in quotes_of_text(text) if q.kind == "direct"]
    assert not any("Open Roads" in span.text for q in direct for span in q.content)


def test_a_bare_went_on_after_a_quotation_is_its_cue(quotes_of_text: Find) -> None:
    text = (
        "The mayor spoke for an hour. “We will fix the roads,” he said. "
        "“Where is the money?” the mayor went on. “It is in the budget.”"
    )
    quotes = quotes_of_text(text)
    went = by_cue(quotes, "went on")
    assert went.kind == "direct"
    assert went.source is not None and went.source.text == "the mayor"
    assert went.content[0].text == "“Where is the money?”"
    assert [span.text for span in by_cue(quotes, "said").content] == ["“We will fix the roads,”"]


@pytest.mark.parametrize(
    "text",
    [
        "The talks went on for hours and nobody left.",
        "She went on to win the race in June.",
        "The show went on. Nobody asked why.",
    ],
)
def test_went_on_without_a_quotation_is_no_attribution(quotes_of_text: Find, text: str) -> None:
    assert not any(q.cue is not None and "went" in q.cue.text for q in quotes_of_text(text))


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("Dale: 'Never, ever trust the early polls.'\n\nJim Dale spoke on Monday.", "Dale", True),
        ("Exclusive: “We will win the state.”\n\nThe race is tight.", None, False),
        ("Update: the vote has been moved to Friday.\n\nThe race is tight.", None, False),
    ],
)
def test_a_lone_surname_before_a_quoted_headline_is_its_source(
    quotes_of_text: Find, text: str, source: str | None, expected: bool
) -> None:
    colons = [q for q in quotes_of_text(text) if q.cue is not None and q.cue.text == ":"]
    assert bool(colons) == expected
    if expected:
        assert colons[0].source is not None and colons[0].source.text == source
        assert colons[0].kind == "direct"


def test_a_quotation_reported_according_to_an_outlet_is_one_attribution(
    quotes_of_text: Find,
) -> None:
    text = (
        "The delegates met on Monday. “I will be voting in March,” Dale said, according to "
        "Radio Ohio. “And I have decided to vote for Smith.”"
    )
    quotes = quotes_of_text(text)
    assert not any(q.cue is not None and q.cue.text == "said" for q in quotes)
    outlet = by_cue(quotes, "according to")
    assert outlet.kind == "direct"
    assert outlet.source is not None and outlet.source.text == "Radio Ohio"
    assert [span.text for span in outlet.content] == [
        "“I will be voting in March,” Dale said",
        "“And I have decided to vote for Smith.”",
    ]


def test_a_report_according_to_the_press_is_not_also_the_speakers(quotes_of_text: Find) -> None:
    text = "The delegates met. Dale said he would vote in March, according to press reports."
    quotes = quotes_of_text(text)
    assert not any(q.cue is not None and q.cue.text == "said" for q in quotes)
    outlet = by_cue(quotes, "according to")
    assert outlet.source is not None and outlet.source.text == "press reports"
    assert [span.text for span in outlet.content] == ["Dale said he would vote in March"]


def test_an_interrupted_clause_opening_with_a_quoted_phrase_is_mixed(quotes_of_text: Find) -> None:
    text = (
        "The crowd gathered at nine. “A big truck” plowed through the barriers that had been "
        "set up, he said, and “everyone started running.”"
    )
    said = by_cue(quotes_of_text(text), "said")
    assert said.kind == "mixed"
    assert [span.text for span in said.content] == [
        "“A big truck” plowed through the barriers that had been set up",
        "and “everyone started running.”",
    ]
