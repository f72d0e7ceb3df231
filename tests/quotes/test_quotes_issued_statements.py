"""A participle cue hung on a statement someone put out ("issued a statement saying …"): the
cue starts at the verb that put it out, and that verb's subject is the speaker."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The company issued a statement saying that it would close the plant.",
            "issued a statement saying",
            "The company",
        ),
        (
            "The mayor released a statement Tuesday condemning the attack.",
            "released a statement Tuesday condemning",
            "The mayor",
        ),
    ],
)
def test_the_cue_starts_where_the_statement_was_put_out(
    quotes_of_text: Find, text: str, cue: str, source: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert quote.source is not None and quote.source.text == source


def test_a_statement_read_aloud_is_not_put_out(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The clerk read a statement saying the office would close.")
    assert all(q.cue is None or not q.cue.text.startswith("read a statement") for q in quotes)
