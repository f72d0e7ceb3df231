"""The classes of candidate PolNeAR leaves unannotated (``demarche.quotes.filters``)."""

from __future__ import annotations

from tests.quotes.conftest import Find


def test_a_relative_that_names_no_source_but_who_does(quotes_of_text: Find) -> None:
    shows = quotes_of_text("The mayor released a report that shows the city lost money.")
    assert [(q.cue.text if q.cue else None, q.source) for q in shows] == [("shows", None)]
    said = quotes_of_text("She thanked the nurses, who said the ward was full.")
    who = [q for q in said if q.cue is not None and q.cue.text == "said"]
    assert len(who) == 1 and who[0].source is not None and who[0].source.text == "who"


def test_seeing_a_clause_is_no_attribution_but_seeing_as_is(quotes_of_text: Find) -> None:
    assert quotes_of_text("Residents saw that the river had risen overnight.") == []
    nested = quotes_of_text("We will see whether she says the plan is dead.")
    assert [q.cue.text for q in nested if q.cue is not None] == ["says"]
    framed = quotes_of_text("The mayor sees the plan as a costly mistake.")
    assert [q.cue.text for q in framed if q.cue is not None] == ["sees"]


def test_an_infinitive_modifying_a_noun_is_no_attribution(quotes_of_text: Find) -> None:
    effort = quotes_of_text("The board blocked an effort to acknowledge the error in the report.")
    assert [q.cue.text for q in effort if q.cue is not None] == []
    decided = quotes_of_text("The mayor decided to acknowledge the error.")
    assert [q.cue.text for q in decided if q.cue is not None] == ["decided"]


def test_a_question_put_to_the_reader_is_no_attribution(quotes_of_text: Find) -> None:
    assert quotes_of_text("Do you believe the council will act?") == []
    stated = quotes_of_text("You said the plan would fail.")
    assert [q.cue.text for q in stated if q.cue is not None] == ["said"]
