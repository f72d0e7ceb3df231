"""Candidates PolNeAR does not annotate, and cue extents its annotators draw otherwise."""

from __future__ import annotations

from tests.quotes.conftest import Find


def test_a_fronted_phrase_is_no_prepositional_content(quotes_of_text: Find) -> None:
    # "To a standing ovation" hangs on "called": only a phrase after the cue is its content
    ovation = quotes_of_text("To a standing ovation, the governor called for an end to the tax.")
    assert [(q.cue.text if q.cue else None, [c.text for c in q.content]) for q in ovation] == [
        ("called for", ["an end to the tax"])
    ]
    online = quotes_of_text("On Twitter, she responded to the senator's post.")
    assert [(q.cue.text if q.cue else None, [c.text for c in q.content]) for q in online] == [
        ("responded to", ["the senator's post"])
    ]
    assert quotes_of_text("For a short time, the mayor considered selling the old park.") == []
