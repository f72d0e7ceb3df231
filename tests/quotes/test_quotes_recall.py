"""Constructions PolNeAR annotates that the first rules missed: "as X noted", "said no",
speech verbs with an object, and stance verbs such as "blasted" or "voted for"."""

from __future__ import annotations

from collections.abc import Callable

from demarche.records import Quote

Find = Callable[[str], list[Quote]]


def _by_cue(quotes: list[Quote], cue: str) -> Quote:
    found = [q for q in quotes if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, quotes
    return found[0]


def test_as_clause_reports_the_clause_it_modifies(quotes_of_text: Find) -> None:
    text = "As the senator observed, the biggest winner of the night was the moderator."
    quote = _by_cue(quotes_of_text(text), "observed")
    assert quote.source is not None and quote.source.text == "the senator"
    assert [s.text.rstrip(".") for s in quote.content] == [
        "the biggest winner of the night was the moderator"
    ]


def test_as_clause_with_a_complement_of_its_own_is_not_reread(quotes_of_text: Find) -> None:
    text = "As the senator said that taxes would rise, the markets fell sharply."
    quotes = quotes_of_text(text)
    quote = _by_cue(quotes, "said")
    assert all("markets" not in s.text for s in quote.content)


def test_said_yes(quotes_of_text: Find) -> None:
    text = "Asked whether he would run again, the governor said yes."
    quote = _by_cue(quotes_of_text(text), "said")
    assert [s.text for s in quote.content] == ["yes"]


def test_speech_verb_with_an_object(quotes_of_text: Find) -> None:
    text = "The candidate often mentions her granddaughter in speeches."
    quote = _by_cue(quotes_of_text(text), "often mentions")
    assert [s.text for s in quote.content] == ["her granddaughter"]


def test_the_addressee_of_told_is_not_content(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The mayor told reporters on Monday.")
    assert all(s.text != "reporters" for q in quotes for s in q.content)


def test_stance_verb_takes_its_object(quotes_of_text: Find) -> None:
    text = "Senator Warren blasted the new banking rules on Tuesday."
    quote = _by_cue(quotes_of_text(text), "blasted")
    assert quote.source is not None and quote.source.text == "Senator Warren"
    assert quote.content[0].text.startswith("the new banking rules")


def test_noun_cue_with_a_that_clause(quotes_of_text: Find) -> None:
    text = "After Trump's claim that the vote was rigged, the party met in private."
    quote = _by_cue(quotes_of_text(text), "claim")
    assert quote.source is not None and quote.source.text == "Trump"
    assert [s.text for s in quote.content] == ["that the vote was rigged"]


def test_noun_cue_with_for(quotes_of_text: Find) -> None:
    text = "Clinton's call for tighter gun laws drew applause."
    quote = _by_cue(quotes_of_text(text), "call for")
    assert quote.source is not None and quote.source.text == "Clinton"
    assert [s.text for s in quote.content] == ["tighter gun laws"]


def test_noun_without_a_source_is_not_a_cue(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The plan for new roads was approved on Monday.")
    assert all(q.cue is None or q.cue.text != "plan for" for q in quotes)


def test_cue_takes_an_adverb_after_the_verb(quotes_of_text: Find) -> None:
    text = "The senator said sarcastically that the bill would pass."
    quote = _by_cue(quotes_of_text(text), "said sarcastically")
    assert quote.source is not None and quote.source.text == "The senator"


def test_source_leaves_out_the_dateline(quotes_of_text: Find) -> None:
    text = "WASHINGTON — Senator Jane Doe said that the talks had failed."
    quote = _by_cue(quotes_of_text(text), "said")
    assert quote.source is not None and quote.source.text == "Senator Jane Doe"


def test_according_to_wraps_an_attribution(quotes_of_text: Find) -> None:
    text = "“We will win,” Hewitt said, according to a transcript of the show."
    quotes = quotes_of_text(text)
    outer = _by_cue(quotes, "according to")
    assert outer.source is not None and outer.source.text == "a transcript of the show"
    assert _by_cue(quotes, "said").kind == "direct"


def test_interrupted_clause_leaves_out_a_leading_conjunction(quotes_of_text: Find) -> None:
    text = "But the golf industry, she said, is doing much better than before."
    quote = _by_cue(quotes_of_text(text), "said")
    assert quote.content[0].text == "the golf industry"


def test_attitude_adjective_with_a_clause(quotes_of_text: Find) -> None:
    text = "Cruz has been acutely aware that the contest is a delegate battle."
    quote = _by_cue(quotes_of_text(text), "has been acutely aware")
    assert quote.source is not None and quote.source.text == "Cruz"
    assert quote.content[0].text.rstrip(".") == "that the contest is a delegate battle"


def test_attitude_adjective_with_a_preposition(quotes_of_text: Find) -> None:
    text = "The old lions of the movement are tired of a party with so few wins."
    quote = _by_cue(quotes_of_text(text), "are tired of")
    assert quote.source is not None and quote.source.text == "The old lions of the movement"
    assert [s.text for s in quote.content] == ["a party with so few wins"]


def test_adjective_without_content_is_not_a_cue(quotes_of_text: Find) -> None:
    assert all(q.cue is None or "happy" not in q.cue.text for q in quotes_of_text("She was happy."))
