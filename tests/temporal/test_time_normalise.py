"""Values of temporal expressions against a publication date (Saturday 25 October 2025)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "surface", "type_", "value"),
    [
        ("Last month, Kim said he had fond memories.", "Last month", "DATE", "2025-09"),
        ("Lee took office in June.", "June", "DATE", "2025-06"),
        ("Lee will take office in June.", "June", "DATE", "2026-06"),
        ("He declared martial law in December 2024.", "December 2024", "DATE", "2024-12"),
        ("The talks were held yesterday.", "yesterday", "DATE", "2025-10-24"),
        ("The talks ended two weeks ago.", "two weeks ago", "DATE", "2025-W41"),
        ("Elections are due next year.", "next year", "DATE", "2026"),
        ("The summit is planned for this autumn.", "this autumn", "DATE", "2025-FA"),
        ("Prices rose sharply in the 1990s.", "the 1990s", "DATE", "199"),
        ("He served for three years.", "three years", "DURATION", "P3Y"),
        ("He spent 2 1/2 years in prison.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("The council meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("The market is now calm.", "now", "DATE", "PRESENT_REF"),
        ("Officials have recently met.", "recently", "DATE", "PAST_REF"),
        ("Pyongyang might release a statement soon.", "soon", "DATE", "FUTURE_REF"),
        ("Profit fell in the third quarter.", "the third quarter", "DATE", "2025-Q3"),
        ("The deal closed on March 5, 2021.", "March 5, 2021", "DATE", "2021-03-05"),
        ("The deal closed on 5 March 2021.", "5 March 2021", "DATE", "2021-03-05"),
        ("The vote is set for 2025-11-02.", "2025-11-02", "DATE", "2025-11-02"),
        ("The ministers met at 5 p.m. today.", "5 p.m. today", "TIME", "2025-10-25T17:00"),
        ("Shooting broke out last night.", "last night", "TIME", "2025-10-24TNI"),
        ("They met late last week.", "late last week", "DATE", "2025-W42"),
        ("It will end early next year.", "early next year", "DATE", "2026"),
        ("It was the biggest event of the 20th century.", "the 20th century", "DATE", "19"),
        ("Sales fell in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    ],
)
def test_values(one, text: str, surface: str, type_: str, value: str) -> None:
    expression = one(text, surface)
    assert (expression.type, expression.value) == (type_, value)
    assert expression.anchored


def test_weekday_follows_the_tense(one) -> None:
    # 25 October 2025 is a Saturday.
    assert one("The ministers met on Wednesday.", "Wednesday").value == "2025-10-22"
    assert one("The ministers will meet on Wednesday.", "Wednesday").value == "2025-10-29"
    assert one("The ministers met last Saturday.", "last Saturday").value == "2025-10-18"
    assert one("He is to arrive next Monday.", "next Monday").value == "2025-10-27"


def test_since_marks_the_start_of_a_range(one) -> None:
    expression = one("It has grown since 2018 through alliances.", "2018")
    assert expression.value == "2018"
    assert expression.range_start
    assert not one("It grew in 2018.", "2018").range_start


def test_year_range_gives_both_ends(times) -> None:
    found = times("The 2018-2020 drought hit farmers.")
    assert [(t.text, t.value, t.range_start) for t in found] == [
        ("2018", "2018", True),
        ("2020", "2020", False),
    ]


def test_year_earlier_follows_the_document_focus(times) -> None:
    text = "Profit rose in the third quarter, up from $3 million a year earlier."
    values = [(t.text, t.value) for t in times(text, "1989-10-26")]
    assert values == [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


def test_relative_expressions_are_unanchored_without_a_publication_date(one) -> None:
    expression = one("Last month, Kim said so.", "Last month", None)
    assert expression.value is None
    assert not expression.anchored
    assert expression.to_dict()["unresolved"] is True


def test_absolute_expressions_need_no_publication_date(one) -> None:
    expression = one("He declared martial law in December 2024.", "December 2024", None)
    assert (expression.value, expression.anchored) == ("2024-12", True)
    assert one("He served for three years.", "three years", None).value == "P3Y"


def test_year_only_publication_date_anchors_years_but_not_days(one) -> None:
    assert one("Elections were held last year.", "last year", "2025").value == "2024"
    yesterday = one("They met yesterday.", "yesterday", "2025")
    assert (yesterday.value, yesterday.anchored) == (None, False)


def test_unreadable_publication_date_is_treated_as_unknown(one) -> None:
    assert not one("They met yesterday.", "yesterday", "not a date").anchored


def test_years_earlier_shift_the_focus(times) -> None:
    text = "In 1984, Ferraro was nominated. Eight years earlier, the party met."
    assert [t.value for t in times(text, "2020-08-12")] == ["1984", "1976"]


def test_range_starts_from_the_words_before(times) -> None:
    found = times("He served between 2009 and 2017, and from May to June 2018.")
    assert [(t.text, t.range_start) for t in found] == [
        ("2009", True),
        ("2017", False),
        ("May", True),
        ("June 2018", False),
    ]
    assert [t.value for t in found][2:] == ["2018-05", "2018-06"]
    assert times("It ran from November to February 2019.")[0].value == "2018-11"
