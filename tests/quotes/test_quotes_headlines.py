"""Headline and live-blog attributions of the form "Name: what they said"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from demarche.records import Quote

Find = Callable[[str], list[Quote]]


def test_a_headline_name_before_a_colon_is_the_source(quotes_of_text: Find) -> None:
    text = "Graham: Trump's Hateful Rhetoric Is Destroying the Party's Chances.\n\nHe spoke."
    quotes = [q for q in quotes_of_text(text) if q.cue is not None and q.cue.text == ":"]
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.source is not None and quote.source.text == "Graham"
    assert [s.text for s in quote.content] == [
        "Trump's Hateful Rhetoric Is Destroying the Party's Chances"
    ]


def test_the_headline_wins_over_a_verb_inside_it(quotes_of_text: Find) -> None:
    text = "Clinton camp: Trump’s rhetoric threatens national security.\n\nThe rally ended."
    cues = [q.cue.text for q in quotes_of_text(text) if q.cue is not None]
    assert cues == [":"]


@pytest.mark.parametrize(
    "text",
    [
        "Clinton: 2,316.\n\nSanders: 1,547.",
        "Now we know: the race is over and the votes are counted.",
        "It is painstaking work: bend the rods and force them into place.",
    ],
)
def test_tallies_and_writer_asides_are_not_headline_quotes(quotes_of_text: Find, text: str) -> None:
    assert all(q.cue is None or q.cue.text != ":" for q in quotes_of_text(text))


def test_a_lone_name_read_as_a_noun_is_the_source_when_the_story_names_it(
    quotes_of_text: Find,
) -> None:
    text = (
        "Trump: My tariff plans aren't set in stone.\n\n"
        "Donald Trump said on Monday that parts of his plan could change."
    )
    quotes = [q for q in quotes_of_text(text) if q.cue is not None and q.cue.text == ":"]
    assert [(q.source.text if q.source else None) for q in quotes] == ["Trump"]
    assert [s.text for s in quotes[0].content] == ["My tariff plans aren't set in stone"]


def test_a_poll_headline_credits_the_poll(quotes_of_text: Find) -> None:
    text = "Poll: Smith and Jones hold narrow leads in Ohio.\n\nThe campaigns spent heavily."
    quotes = [q for q in quotes_of_text(text) if q.cue is not None and q.cue.text == ":"]
    assert [(q.source.text if q.source else None) for q in quotes] == ["Poll"]


@pytest.mark.parametrize(
    "text",
    [
        "Answer: the budget was never passed by the council.\n\nThe session ended.",
        "Update: the vote is over and the ballots are counted.\n\nThe session ended.",
    ],
)
def test_a_lone_common_noun_before_a_colon_is_no_speaker(quotes_of_text: Find, text: str) -> None:
    assert all(q.cue is None or q.cue.text != ":" for q in quotes_of_text(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Reyes: I Still Believe The Levy Will Pass In November.\n\n"
            "Mayor Ana Reyes spoke on Monday.",
            "I Still Believe The Levy Will Pass In November",
        ),
        (
            "HARMON: Do you think the council has acted as a healer in this crisis?\n\nIt met.",
            "Do you think the council has acted as a healer in this crisis?",
        ),
    ],
)
def test_the_headline_outranks_a_verb_inside_its_line(
    quotes_of_text: Find, text: str, content: str
) -> None:
    quotes = [q for q in quotes_of_text(text) if q.cue is not None and q.cue.text == ":"]
    assert [[s.text for s in q.content] for q in quotes] == [[content]]


def test_an_upper_case_transcript_name_is_the_speaker(quotes_of_text: Find) -> None:
    text = (
        "Joel Benson, a strategist for the mayor, was interviewed on Monday.\n\n"
        "BENSON: The council doesn't get to decide when we debate.\n\nThe interview ended."
    )
    quotes = [q for q in quotes_of_text(text) if q.cue is not None and q.cue.text == ":"]
    assert [(q.source.text if q.source else None) for q in quotes] == ["BENSON"]
