"""Bad input and edge cases: never a crash, never a value invented from today's date."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from demarche.temporal.component import find_times


def test_impossible_date_keeps_its_span_without_a_value(one) -> None:
    expression = one("The deadline is February 30.", "February 30")
    assert expression.type == "DATE"
    assert expression.value is None


def test_impossible_date_with_year(one) -> None:
    assert one("It happened on February 29, 2023.", "February 29, 2023").value is None
    assert one("It happened on February 29, 2024.", "February 29, 2024").value == "2024-02-29"


def test_two_digit_years_take_the_century_nearest_the_publication(one) -> None:
    assert one("The class of '98 met again.", "'98", "1999-05-01").value == "1998"
    assert one("The class of '98 met again.", "'98", "2025-05-01").value == "1998"
    assert one("The class of '19 met again.", "'19", "2025-05-01").value == "2019"
    assert one("In the '80s it boomed.", "the '80s", "1989-05-01").value == "198"
    # without a publication date a fixed pivot is used, never today's date
    assert one("The class of '98 met again.", "'98", None).value == "1998"


def test_numbers_that_are_not_dates(times) -> None:
    assert times("The US sent 2018 troops to the border.") == []
    assert times("The company paid $1990 for it.") == []
    assert times("About 1500 people marched.") == []
    assert times("Turnout was 2018 votes short.") == []
    assert [t.text for t in times("The 2018 election was close.")] == ["2018"]


def test_may_the_verb_is_not_a_month(times) -> None:
    assert times("The minister may resign.") == []
    assert times("May I ask a question?") == []
    assert [t.value for t in times("The vote was held in May.")] == ["2025-05"]


def test_time_without_a_date_takes_the_publication_day(one) -> None:
    assert one("The polls close at 8 p.m.", "8 p.m.").value == "2025-10-25T20:00"
    unanchored = one("The polls close at 8 p.m.", "8 p.m.", None)
    assert (unanchored.type, unanchored.value, unanchored.anchored) == ("TIME", None, False)


def test_publication_date_far_in_the_past_or_future(one) -> None:
    early = one("They met yesterday.", "yesterday", "0001-01-01")
    assert early.value is None
    late = one("They meet tomorrow.", "tomorrow", "9999-12-31")
    assert late.value is None
    assert one("It ended last year.", "last year", "1066-10-14").value == "1065"
    assert one("It starts next year.", "next year", "2999-06-01").value == "3000"


def test_span_conventions_follow_timeml(times) -> None:
    text = "In June, a third-quarter loss came a year ago, since 2018, on Friday."
    surfaces = [t.text for t in times(text)]
    # prepositions are outside, "a ... ago" and determiners of noun phrases inside, and the
    # article of a hyphenated modifier belongs to the noun ("a third-quarter loss")
    assert surfaces == ["June", "third-quarter", "a year ago", "2018", "Friday"]


def test_ages_are_not_durations(times) -> None:
    assert times("Employees 55 years old or older may retire.") == []


def test_rates_are_sets(one) -> None:
    assert one("It costs $2 million a year.", "a year").type == "SET"
    assert one("He served for a year.", "a year").type == "DURATION"


def test_pathological_input_costs_less_than_parsing_it(time_nlp) -> None:
    # linear time: a repeated optional group in the grammar once made this quadratic
    texts = ["1990 " * 1500, "the past " * 1500, "May " * 1500, "Friday, " * 1000, "9" * 20000]
    for text in texts:
        with time_nlp.select_pipes(disable=["demarche_time"]):
            started = time.perf_counter()
            doc = time_nlp(text)
            parsing = time.perf_counter() - started
        started = time.perf_counter()
        found = find_times(doc)
        assert time.perf_counter() - started < max(parsing, 0.5), text[:20]
        for expression in found:
            assert 0 <= expression.start < expression.end <= len(text)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(
        st.sampled_from(
            "the a last next this ago since in on early late mid year years month week day "
            "Monday Friday June May Sept. 30 1998 '98 2018 - , . p.m. 5 noon now recently "
            "quarter third-quarter fiscal every each 1990s decade two several a few of".split()
        ),
        max_size=25,
    ),
    published=st.one_of(st.none(), st.sampled_from(["2025-10-25", "1998", "0001-01-01", "x"])),
)
def test_random_word_salad_never_crashes(times, words: list[str], published: str | None) -> None:
    text = " ".join(words)
    for expression in times(text, published):
        assert text[expression.start : expression.end] == expression.text
        assert expression.type in ("DATE", "TIME", "DURATION", "SET")
        if expression.value is None:
            continue
        assert expression.value.strip() == expression.value


def test_dateline_supplies_a_publication_date() -> None:
    from demarche.temporal.dateline import published_from_text

    assert published_from_text("SEOUL, Oct. 25, 2025 (Reuters) - Kim said...") == "2025-10-25"
    assert published_from_text("Published 25 October 2025\nKim said...") == "2025-10-25"
    assert published_from_text("Kim said on Friday that...") is None
    assert published_from_text("SEOUL, February 30, 2025 - Kim said") is None
    assert published_from_text("x" * 400 + " Oct. 25, 2025") is None


def test_clock_time_takes_the_date_just_before_it(one) -> None:
    assert one("They will meet on Friday at 10 a.m.", "10 a.m.").value == "2025-10-31T10:00"
    assert one("They met on Friday at 10 a.m.", "10 a.m.").value == "2025-10-24T10:00"
    assert one("They will meet at 10 a.m. on Friday.", "10 a.m. on Friday").value == (
        "2025-10-31T10:00"
    )


def test_ages_and_speeds_are_not_temporal(times) -> None:
    assert times("He died at 103 years of age.") == []
    assert times("Winds reached 75 miles per hour.") == []


def test_years_after_approximators_are_years(times) -> None:
    assert [t.value for t in times("He lived there from roughly 1948 to around 1970.")] == [
        "1948",
        "1970",
    ]
    assert times("More than 2000 people were killed.") == []


def test_month_tense_yields_to_a_near_occurrence(one) -> None:
    # in September, "October elections" reported in the past tense are next month's
    text = "Monday's bid for October elections failed."
    assert one(text, "October", "2019-09-11").value == "2019-10"
    assert one("Johnson became prime minister in July.", "July", "2019-09-11").value == "2019-07"


def test_fractions_are_not_quarters(times) -> None:
    assert times("It needs at least three quarters of the states.") == []
    assert times("About three-quarters of voters agreed.") == []


def test_month_names_used_as_surnames_are_not_dates(times) -> None:
    text = "Theresa May resigned. Prime Minister May spoke. Ms. June left. It ended in May."
    assert [(t.text, t.value) for t in times(text, "2019-09-11")] == [("May", "2019-05")]
