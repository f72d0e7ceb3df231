"""Dating clauses for the events component: ``demarche.temporal.date_for_span``."""

from __future__ import annotations

from demarche.temporal import date_for_span


def clause(doc, text: str) -> tuple[int, int]:
    start = doc.text.index(text)
    return start, start + len(text)


def test_expression_attached_to_the_verb_wins(parse) -> None:
    doc = parse("Kim met Trump on Wednesday after talks planned in June.")
    assert date_for_span(doc, *clause(doc, doc.text)) == ("2025-10-22", False)


def test_expression_inside_the_span(parse) -> None:
    doc = parse("Lee, who took office in June, hoped for talks. Kim refused.")
    assert date_for_span(doc, *clause(doc, "Lee, who took office in June, hoped for talks.")) == (
        "2025-06",
        False,
    )


def test_falls_back_to_the_publication_date_with_a_flag(parse) -> None:
    doc = parse("Kim refused to meet Trump. He met Xi last month.")
    assert date_for_span(doc, *clause(doc, "Kim refused to meet Trump.")) == ("2025-10-25", True)
    assert date_for_span(doc, *clause(doc, "He met Xi last month.")) == ("2025-09", False)


def test_nothing_known(parse) -> None:
    doc = parse("Kim refused to meet Trump.", None)
    assert date_for_span(doc, 0, len(doc.text)) == (None, False)


def test_durations_and_unanchored_expressions_do_not_date_an_event(parse) -> None:
    doc = parse("Kim has refused for three years.", "2025-10-25")
    assert date_for_span(doc, 0, len(doc.text)) == ("2025-10-25", True)
    doc = parse("Kim refused last month.", None)
    assert date_for_span(doc, 0, len(doc.text)) == (None, False)


def test_time_of_day_dates_the_event_to_the_day(parse) -> None:
    doc = parse("The ministers met at 5 p.m. yesterday.")
    assert date_for_span(doc, 0, len(doc.text)) == ("2025-10-24", False)
