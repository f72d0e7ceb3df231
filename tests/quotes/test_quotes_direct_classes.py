"""Direct quotations that the linking rules must tell apart from titles and names.

Our own sentences: each pins one class of direct quotation seen in newswire (a title-like
quotation that is all a speaker said, a name given with a verb of naming).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from demarche.quotes.marks import find_quoted
from demarche.records import Quote

Find = Callable[[str], list[Quote]]


def _with_cue(quotes: list[Quote], cue: str) -> Quote | None:
    return next((q for q in quotes if q.cue is not None and q.cue.text == cue), None)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "When the mayor asked for a name, a man in the crowd shouted “Delgado,” and sat down.",
            "shouted",
            "“Delgado,”",
        ),
        (
            "She held up a sign that read “Nurses For Brooks” outside the hall.",
            "read",
            "“Nurses For Brooks”",
        ),
    ],
)
def test_a_short_capitalised_object_of_a_verb_of_saying_is_a_quotation(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    found = _with_cue(quotes_of_text(text), cue)
    assert found is not None
    assert found.kind == "direct"
    assert [span.text for span in found.content] == [content]


def test_a_name_given_with_a_verb_of_naming_is_not_a_quotation(quotes_of_text: Find) -> None:
    text = "The governor is running a tour he calls “Open Roads Ahead” across the state."
    direct = [q for q in quotes_of_text(text) if q.kind == "direct"]
    assert not any("Open Roads" in span.text for q in direct for span in q.content)


def test_a_title_after_a_preposition_is_not_what_was_said(quotes_of_text: Find) -> None:
    text = "“Work, work, work,” Jane Roe said on “The Evening Hour” last week."
    direct = [q for q in quotes_of_text(text) if q.kind == "direct"]
    assert not any("Evening Hour" in span.text for q in direct for span in q.content)


def test_a_headline_that_goes_on_after_its_quoted_phrase_is_mixed(quotes_of_text: Find) -> None:
    text = "Jane Roe: ‘No Plans’ To Raise The Bus Fares Next Year\n\nThe council met on Monday."
    found = _with_cue(quotes_of_text(text), ":")
    assert found is not None
    assert found.kind == "mixed"


def test_a_headline_that_is_all_quotation_is_direct(quotes_of_text: Find) -> None:
    text = "Jane Roe: ‘We Will Not Raise The Fares’\n\nThe council met on Monday."
    found = _with_cue(quotes_of_text(text), ":")
    assert found is not None
    assert found.kind == "direct"


_LONG_LEAD = (
    "In 2019, when the state offered cities millions of dollars for buses through its new "
    "transit fund, "
)


def test_words_opening_the_sentence_join_a_trailing_attribution(quotes_of_text: Find) -> None:
    said = _with_cue(quotes_of_text(_LONG_LEAD + "“cities took it,” Jane Roe said."), "said")
    assert said is not None and said.kind == "mixed"
    assert said.content[0].text == _LONG_LEAD.rstrip(", ")


def test_a_colon_before_the_quotation_keeps_the_lead_out(quotes_of_text: Find) -> None:
    text = "Take one example: “the fares will stay where they are,” Jane Roe told reporters."
    told = _with_cue(quotes_of_text(text), "told")
    assert told is not None
    assert [span.text for span in told.content] == ["“the fares will stay where they are,”"]


def test_marks_inside_markup_tags_make_no_quotation() -> None:
    text = (
        'Roe wrote:\n\n<post author="@janeroe" date="May 1,\n">We love this city. We always '
        'will.</post>.\n\nShe said "yes" then.'
    )
    assert [text[q.start : q.end] for q in find_quoted(text)] == ['"yes"']


def test_a_quotation_after_an_addition_goes_on_with_it(quotes_of_text: Find) -> None:
    text = (
        "The hearing ran late. “The fares cannot rise again,” Jane Roe said, adding that the "
        "council had raised them twice. “The riders have had enough.”"
    )
    adding = _with_cue(quotes_of_text(text), "adding")
    assert adding is not None and adding.kind == "mixed"
    assert adding.content[-1].text == "“The riders have had enough.”"
    said = _with_cue(quotes_of_text(text), "said")
    assert said is not None
    assert [span.text for span in said.content] == ["“The fares cannot rise again,”"]
