"""After a verb of saying, "on" says where the words were said and "of" what they were
about ("said on Twitter", "said of the idea"): neither joins the cue, and the object is not
the content, so a quotation next to the cue is."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The mayor wants a new stadium. "We need it now!" the mayor said on Twitter.',
            '"We need it now!"',
        ),
        ("''Absolutely not,'' he said of the idea of a tax.", "''Absolutely not,''"),
    ],
)
def test_the_quotation_not_the_setting_is_the_content(
    quotes_of_text: Find, text: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), "said")
    assert [s.text for s in quote.content] == [content]
    assert all(
        q.cue is None or q.cue.text not in ("said on", "said of") for q in quotes_of_text(text)
    )


def test_on_after_a_verb_of_comment_is_still_the_topic(quotes_of_text: Find) -> None:
    quote = by_cue(quotes_of_text("The union commented on the new contract."), "commented on")
    assert [s.text for s in quote.content] == ["the new contract"]


def test_without_a_quotation_the_of_phrase_stays_the_content(quotes_of_text: Find) -> None:
    text = "The old prophet wrote of living under the king for many years."
    quote = by_cue(quotes_of_text(text), "wrote of")
    assert quote.source is not None and quote.source.text == "The old prophet"
