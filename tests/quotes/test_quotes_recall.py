"""Constructions PolNeAR annotates that the first rules missed: "as X noted", "said no",
speech verbs with an object, stance verbs ("blasted"), noun cues ("Trump's claim that"),
attitudes ("is not sure that"), cue and source span conventions."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find
from tests.quotes.conftest import by_cue as _by_cue


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "As the senator observed, the biggest winner of the night was the moderator.",
            "observed",
            "the senator",
            "the biggest winner of the night was the moderator",
        ),
        ("Asked whether he would run again, the governor said yes.", "said", None, "yes"),
        (
            "The candidate often mentions her granddaughter in speeches.",
            "often mentions",
            "The candidate",
            "her granddaughter",
        ),
        (
            "Senator Warren blasted the new banking rules.",
            "blasted",
            "Senator Warren",
            "the new banking rules",
        ),
        (
            "After Trump's claim that the vote was rigged, the party met in private.",
            "claim",
            "Trump",
            "that the vote was rigged",
        ),
        ("Clinton's call for tighter gun laws drew applause.", "call for", "Clinton", None),
        (
            "Cruz has been acutely aware that the contest is a delegate battle.",
            "has been acutely aware",
            "Cruz",
            "that the contest is a delegate battle",
        ),
        (
            "The old lions of the movement are tired of a party with so few wins.",
            "are tired of",
            "The old lions of the movement",
            "a party with so few wins",
        ),
        (
            "But they also see Mr. Trump as a risk to the party.",
            "also see",
            "they",
            "Mr. Trump as a risk to the party",
        ),
        (
            "Trump called on the governor to resign after the crisis.",
            "called on",
            "Trump",
            "the governor to resign after the crisis",
        ),
        (
            "The spokesman declined to comment on the report.",
            "declined",
            "The spokesman",
            "to comment on the report",
        ),
        (
            "The senator said sarcastically that the bill would pass.",
            "said sarcastically",
            "The senator",
            "that the bill would pass",
        ),
        (
            "WASHINGTON — Senator Jane Doe said that the talks had failed.",
            "said",
            "Senator Jane Doe",
            "that the talks had failed",
        ),
        (
            "But the golf industry, she said, is doing much better than before.",
            "said",
            "she",
            "the golf industry",
        ),
    ],
)
def test_attribution_spans(
    quotes_of_text: Find, text: str, cue: str, source: str | None, content: str | None
) -> None:
    quote = _by_cue(quotes_of_text(text), cue)
    if source is not None:
        assert quote.source is not None and quote.source.text == source
    if content is not None:
        assert quote.content[0].text.rstrip(".") == content


def test_noun_cue_with_for_takes_its_object(quotes_of_text: Find) -> None:
    quote = _by_cue(
        quotes_of_text("Clinton's call for tighter gun laws drew applause."), "call for"
    )
    assert [s.text for s in quote.content] == ["tighter gun laws"]


def test_as_clause_with_a_complement_of_its_own_is_not_reread(quotes_of_text: Find) -> None:
    quote = _by_cue(
        quotes_of_text("As the senator said that taxes would rise, markets fell."), "said"
    )
    assert all("markets" not in s.text for s in quote.content)


def test_the_addressee_of_told_is_not_content(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The mayor told reporters on Monday.")
    assert all(s.text != "reporters" for q in quotes for s in q.content)


def test_noun_without_a_source_is_not_a_cue(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The plan for new roads was approved on Monday.")
    assert all(q.cue is None or q.cue.text != "plan for" for q in quotes)


def test_adjective_without_content_is_not_a_cue(quotes_of_text: Find) -> None:
    assert all(q.cue is None or "happy" not in q.cue.text for q in quotes_of_text("She was happy."))


def test_according_to_wraps_an_attribution(quotes_of_text: Find) -> None:
    text = "“We will win,” Hewitt said, according to a transcript of the show."
    quotes = quotes_of_text(text)
    outer = _by_cue(quotes, "according to")
    assert outer.source is not None and outer.source.text == "a transcript of the show"
    # PolNeAR folds the wrapped quotation into the outer attribution: one attribution, direct
    assert outer.kind == "direct"
    assert not any(q.cue is not None and q.cue.text == "said" for q in quotes)


def test_seeing_without_as_is_not_a_view(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The senator saw the film on Monday.")
    assert all(q.cue is None or "saw" not in q.cue.text for q in quotes)


@pytest.mark.parametrize(
    ("text", "cue", "contents"),
    [
        (
            "The senator is widely expected to announce her retirement.",
            "is widely expected",
            ["The senator", "to announce her retirement"],
        ),
        (
            "The judge is known for his tough sentences.",
            "is known for",
            ["The judge", "his tough sentences"],
        ),
    ],
)
def test_a_passive_cue_takes_its_subject_into_the_content(
    quotes_of_text: Find, text: str, cue: str, contents: list[str]
) -> None:
    quote = _by_cue(quotes_of_text(text), cue)
    assert [s.text.rstrip(".") for s in quote.content] == contents
    assert quote.source is None


def test_a_passive_cue_with_a_by_phrase_names_the_agent(quotes_of_text: Find) -> None:
    quote = _by_cue(quotes_of_text("The proposal was rejected by most voters."), "was rejected")
    assert quote.source is not None and quote.source.text == "most voters"
    assert [s.text for s in quote.content] == ["The proposal"]


def test_a_lower_case_quotation_carries_on_the_sentence_its_cue_interrupts(
    quotes_of_text: Find,
) -> None:
    text = "It is time for the party to change, he said, “not only in name but in deed.”"
    quote = _by_cue(quotes_of_text(text), "said")
    assert quote.kind == "mixed"
    assert quote.content[0].text == "It is time for the party to change"
    assert quote.content[-1].text.startswith("“not only")


def test_a_linking_word_before_an_interrupting_cue_is_not_content(quotes_of_text: Find) -> None:
    quote = _by_cue(quotes_of_text("Still, she added, “we cannot ignore the changes.”"), "added")
    assert [s.text for s in quote.content] == ["“we cannot ignore the changes.”"]


def test_a_verb_joined_to_a_passive_shares_its_subject(quotes_of_text: Find) -> None:
    text = "Silverman was joined on stage by Al Franken and joked, “You are being ridiculous,”"
    quote = _by_cue(quotes_of_text(text), "joked")
    assert quote.source is not None and quote.source.text == "Silverman"


@pytest.mark.parametrize(
    "text",
    [
        "Support for the senator continues to grow across the country.",
        "The divers continued their search for the devices in the lake.",
    ],
)
def test_continuing_is_not_reporting(quotes_of_text: Find, text: str) -> None:
    assert all(q.cue is None or "continue" not in q.cue.text for q in quotes_of_text(text))


def test_the_listener_of_speaking_to_is_not_content(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("Speaking to reporters, the governor said the budget was balanced.")
    assert all(s.text != "reporters" for q in quotes for s in q.content)


def test_a_stance_nobody_holds_is_not_an_attribution(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("Groups backing the senator spent millions on television ads.")
    assert all(q.cue is None or "backing" not in q.cue.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The governor hit the campaign trail in Iowa on Monday.",
        "The campaign maintained a big lead in the polls.",
        "The ads target young voters in swing states.",
    ],
)
def test_verbs_that_rarely_report_are_not_cues(quotes_of_text: Find, text: str) -> None:
    assert quotes_of_text(text) == []


def test_an_attribution_in_a_sources_relative_clause_is_its_own(quotes_of_text: Find) -> None:
    text = (
        "Former candidate Bernie Sanders, who on Tuesday endorsed Clinton, said Wednesday "
        "he agrees with the remarks."
    )
    quotes = quotes_of_text(text)
    said = _by_cue(quotes, "said Wednesday")
    assert said.source is not None and said.source.text == "Former candidate Bernie Sanders"
    endorsed = _by_cue(quotes, "endorsed")
    assert [s.text for s in endorsed.content] == ["Clinton"]


def test_a_date_after_the_cue_is_not_what_was_said(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("Ben Carson responded on Sunday.")
    assert all(s.text != "Sunday" for q in quotes for s in q.content)


@pytest.mark.parametrize(
    "text",
    [
        "The official spoke on condition of anonymity.",
        "She earned large speaking fees from the banks.",
    ],
)
def test_how_one_spoke_is_not_what_was_said(quotes_of_text: Find, text: str) -> None:
    assert all(q.cue is None or "spoke" not in q.cue.text for q in quotes_of_text(text))
    assert all(q.cue is None or "speaking" not in q.cue.text for q in quotes_of_text(text))


def test_a_command_to_the_reader_is_not_an_attribution(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("Read the rest of the story at the New York Post.")
    assert all(q.cue is None or "Read" not in q.cue.text for q in quotes)


def test_a_stance_noun_takes_what_its_of_names(quotes_of_text: Find) -> None:
    text = "Trump's criticism of the federal judge drew rebukes from both parties."
    quote = _by_cue(quotes_of_text(text), "criticism of")
    assert quote.source is not None and quote.source.text == "Trump"
    assert [s.text for s in quote.content] == ["the federal judge"]


@pytest.mark.parametrize(
    ("text", "first", "second", "content"),
    [
        (
            "She escalated her criticism on Tuesday, telling CNN that the mayor is a faker "
            "and questioning how he has gotten away with it.",
            "telling",
            "questioning",
            "how he has gotten away with it",
        ),
        (
            "The governor forecast that the economy would soon rebound and praised the efforts "
            "of the central bank.",
            "forecast",
            "praised",
            "the efforts of the central bank",
        ),
    ],
)
def test_a_second_cue_coordinated_onto_a_reported_clause_is_its_own(
    quotes_of_text: Find, text: str, first: str, second: str, content: str
) -> None:
    quotes = quotes_of_text(text)
    outer, inner = _by_cue(quotes, first), _by_cue(quotes, second)
    assert all(second not in s.text for s in outer.content)
    assert [s.text for s in inner.content] == [content]
    assert inner.source is not None and outer.source is not None
    assert inner.source.text == outer.source.text


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "In a Marist poll released Monday, 50 percent of voters chose the mayor.",
            "a Marist poll released Monday",
            "50 percent of voters chose the mayor",
        ),
        (
            "The senator fell to 10 percent in the latest state poll.",
            "the latest state poll",
            "The senator fell to 10 percent",
        ),
    ],
)
def test_a_poll_is_the_source_of_the_clause_it_frames(
    quotes_of_text: Find, text: str, source: str, content: str
) -> None:
    quote = _by_cue(quotes_of_text(text), "in" if " in " in text else "In")
    assert quote.source is not None and quote.source.text == source
    assert [s.text for s in quote.content] == [content]


def test_a_phrase_in_a_poll_without_a_clause_is_not_an_attribution(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("Running third in most state polls, the governor left the race.")
    assert all(q.cue is None or q.cue.text != "in" for q in quotes)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Asked if he was ever bullied, the governor said no.", None),
        ("Asked by reporters if he was ever bullied, the governor said no.", "reporters"),
    ],
)
def test_a_fronted_asked_takes_its_question_and_not_the_answerer(
    quotes_of_text: Find, text: str, source: str | None
) -> None:
    quotes = quotes_of_text(text)
    asked = next(q for q in quotes if q.cue is not None and q.cue.text.startswith("Asked"))
    assert [s.text for s in asked.content] == ["if he was ever bullied"]
    assert (asked.source.text if asked.source else None) == source


def test_a_name_given_to_a_relative_word_is_the_content(quotes_of_text: Find) -> None:
    text = "The strategy led to what the aide called the beginning of a new era."
    quote = _by_cue(quotes_of_text(text), "called")
    assert quote.source is not None and quote.source.text == "the aide"
    assert [s.text for s in quote.content] == ["what", "the beginning of a new era"]


def test_a_thing_called_by_a_name_is_not_an_attribution(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("He set up a website called Cape Breton If Donald Trump Wins.")
    assert all(q.cue is None or q.cue.text != "called" for q in quotes)
