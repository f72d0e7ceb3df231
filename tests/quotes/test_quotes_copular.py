"""Attributions headed by no verb of saying: polls ("in a poll"), and (further down) copular
stances and message nouns. Our own sentences, never gold-data text."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue


def test_a_poll_keeps_the_saying_of_its_respondents_beside_it(quotes_of_text: Find) -> None:
    text = "In a Marist survey released Monday, 40 percent of voters said the mayor should resign."
    quotes = quotes_of_text(text)
    poll = by_cue(quotes, "In")
    assert poll.source is not None and poll.source.text == "a Marist survey released Monday"
    assert [s.text for s in poll.content] == ["40 percent of voters said the mayor should resign"]
    said = by_cue(quotes, "said")
    assert said.source is not None and said.source.text == "40 percent of voters"


def test_a_standing_in_the_polls_is_no_finding(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The governor has risen steadily in the polls since the debate.")
    assert all(q.cue is None or q.cue.text.lower() != "in" for q in quotes)


def test_a_modified_plural_poll_still_frames_its_clause(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The mayor leads her rival by ten points in three recent state polls.")
    poll = by_cue(quotes, "in")
    assert poll.source is not None and poll.source.text == "three recent state polls"


def test_a_poll_hung_on_an_object_frames_the_clause_of_its_verb(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("In April, the mayor had 41 percent support in a Siena poll.")
    poll = by_cue(quotes, "in")
    assert poll.source is not None and poll.source.text == "a Siena poll"
    assert [s.text for s in poll.content] == ["the mayor had 41 percent support"]


def test_a_poll_inside_a_subject_frames_no_clause_of_its_own(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("Some 30 percent of people in a Siena poll backed the mayor.")
    assert all(q.cue is None or q.cue.text != "in" for q in quotes)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (  # a copula with a noun of advocacy and its "of"
            "The mayor has long been a vocal supporter of the new stadium.",
            "has long been a vocal supporter of",
            "the new stadium",
        ),
        (  # a quick saying: the cue runs through the verb of saying
            "The mayor was quick to point out that the budget had grown.",
            "was quick to point out",
            "that the budget had grown",
        ),
    ],
)
def test_a_copular_stance_names_its_subject_as_source(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert quote.source is not None and quote.source.text == "The mayor"
    assert [s.text for s in quote.content] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, a vocal supporter of the stadium, left early.",
        "The mayor is a champion of the stadium.",
        "The mayor is a supporter in spirit only.",
    ],
)
def test_advocacy_nouns_off_the_copula_or_without_of_are_no_cues(
    quotes_of_text: Find, text: str
) -> None:
    assert not [q for q in quotes_of_text(text) if q.cue is not None and "supporter" in q.cue.text]
    assert not [q for q in quotes_of_text(text) if q.cue is not None and "champion" in q.cue.text]


def test_confidence_in_something_is_an_attitude(quotes_of_text: Find) -> None:
    quote = by_cue(quotes_of_text("The aides are confident in the new plan."), "are confident in")
    assert [s.text for s in quote.content] == ["the new plan"]


def test_being_ready_for_something_is_no_attitude(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The town is ready for the storm.")
    assert all(q.cue is None or "ready" not in q.cue.text for q in quotes)


def test_an_eager_saying_keeps_the_cue_on_the_feeling(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The mayor is eager to discuss the budget with voters.")
    quote = by_cue(quotes, "is eager")
    assert [s.text for s in quote.content] == ["to discuss the budget with voters"]


def test_a_possessed_message_noun_with_a_copula_is_a_cue(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The mayor's answer was that the budget had grown too fast.")
    quote = by_cue(quotes, "answer was")
    assert quote.source is not None and quote.source.text == "The mayor's"
    assert [s.text for s in quote.content] == ["that the budget had grown too fast"]


@pytest.mark.parametrize(
    "text",
    [
        "The answer was that the budget had grown too fast.",
        "The mayor's plan was that the city would pay.",
    ],
)
def test_a_message_noun_needs_an_owner_and_a_message(quotes_of_text: Find, text: str) -> None:
    assert not [q for q in quotes_of_text(text) if q.cue is not None and " was" in q.cue.text]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The mayor stayed quiet until last week, when she expressed concern that the "
            "wealthy landlord was encouraging violence at his events.",
            "expressed concern",
        ),
        (
            "The mayor's answer was that the wealthy landlord was encouraging violence at his "
            "events.",
            "answer was",
        ),
    ],
)
def test_a_that_marked_on_an_auxiliary_still_opens_the_content(
    quotes_of_text: Find, text: str, cue: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert [s.text for s in quote.content] == [
        "that the wealthy landlord was encouraging violence at his events"
    ]
