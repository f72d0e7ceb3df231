"""Intention, stance and publishing verbs read as an outcome, a focus or a text's place, not
an attribution (``demarche.quotes.filters.attention``, ``settles`` and ``placed``)."""

from __future__ import annotations

from tests.quotes.conftest import Find


def cues(quotes_of_text: Find, text: str) -> list[str]:
    """The cue texts the light pipeline finds in ``text``."""
    return [q.cue.text for q in quotes_of_text(text) if q.cue is not None]


def test_a_focus_as_a_second_act_or_modifier_is_no_attribution(quotes_of_text: Find) -> None:
    assert (
        cues(quotes_of_text, "The mayor lost the vote and will now focus on her reelection.") == []
    )
    assert cues(quotes_of_text, "With the campaign focused on the suburbs, the mayor left.") == []
    assert cues(quotes_of_text, "The governor toured the plant, focused squarely on jobs.") == []


def test_a_focus_with_an_object_of_its_own_is_no_attribution(quotes_of_text: Find) -> None:
    assert cues(quotes_of_text, "The union focused its money on three districts.") == []


def test_a_focus_heading_its_clause_stays(quotes_of_text: Find) -> None:
    assert cues(quotes_of_text, "The mayor focused on housing costs.") == ["focused on"]


def test_a_dropped_focus_still_bounds_the_content_it_modifies(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The mayor wants to enrol new voters, focusing on young renters.")
    assert [(q.cue.text if q.cue else None, [c.text for c in q.content]) for q in quotes] == [
        ("wants", ["to enrol new voters"])
    ]


def test_a_contest_settled_is_no_decision(quotes_of_text: Find) -> None:
    assert cues(quotes_of_text, "The seat was decided by 300 votes.") == []
    assert cues(quotes_of_text, "Rural voters will decide the race.") == []


def test_a_decision_taken_stays(quotes_of_text: Find) -> None:
    assert cues(quotes_of_text, "The board decided to close the clinic.") == ["decided"]
    assert cues(quotes_of_text, "The board decided that the clinic would close.") == ["decided"]


def test_a_rival_named_in_a_relative_clause_makes_no_challenge(quotes_of_text: Find) -> None:
    assert (
        cues(quotes_of_text, "The mayor, who is challenging the governor, spoke on Monday.") == []
    )
    assert cues(quotes_of_text, "The mayor challenged the governor to a debate.") == ["challenged"]


def test_a_text_placed_with_no_one_posting_it_is_no_attribution(quotes_of_text: Find) -> None:
    video = quotes_of_text("In a video posted to her website, the mayor thanked the nurses.")
    assert [q.cue.text for q in video if q.cue is not None] == ["thanked"]
    assert cues(quotes_of_text, "The memo was posted on the union's website.") == []


def test_a_reader_reading_is_no_attribution(quotes_of_text: Find) -> None:
    assert cues(quotes_of_text, "Many voters reading the report will be surprised.") == []


def test_a_text_posted_or_read_out_by_someone_stays(quotes_of_text: Find) -> None:
    assert cues(quotes_of_text, "The mayor posted that the road was closed.") == ["posted"]
    assert cues(quotes_of_text, "A banner on the bridge read “Save the library.”") == ["read"]
