"""A verb of saying whose "that" clause comes after an addressee or a setting the parser
misattached ("told reporters during a visit to Ohio on Friday that …")."""

from __future__ import annotations

from tests.quotes.conftest import Find, by_cue


def test_the_clause_after_a_long_setting_is_the_content(quotes_of_text: Find) -> None:
    text = (
        "The governor said earlier on Friday during a news conference that he may wait "
        "until spring to decide."
    )
    quote = by_cue(quotes_of_text(text), "said earlier")
    assert [s.text for s in quote.content] == ["that he may wait until spring to decide"]


def test_the_clause_after_an_addressee_and_a_visit_is_the_content(quotes_of_text: Find) -> None:
    text = (
        "Mr. Lane told reporters during a visit to the mill on Friday that he thinks the "
        "tariff is a great thing."
    )
    quotes = quotes_of_text(text)
    assert any(q.cue is not None and q.cue.text.endswith("told") for q in quotes)
    contents = [s.text for q in quotes for s in q.content]
    assert any(c.startswith("that he thinks the tariff") for c in contents)


def test_a_clause_another_reporting_verb_stands_before_is_not_taken(
    quotes_of_text: Find,
) -> None:
    text = "She told the panel before she testified on Monday that the records were lost."
    quotes = [q for q in quotes_of_text(text) if q.cue is not None and "told" in q.cue.text]
    assert all(not any(s.text.startswith("that") for s in q.content) for q in quotes)
