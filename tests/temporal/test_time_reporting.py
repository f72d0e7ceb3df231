"""Business-news anchoring: the reporting quarter, year-ago comparisons, and months or
year ends written without a year (publication date Thursday 2 November 1989)."""

from __future__ import annotations

from collections.abc import Callable

from demarche.records import TimeExpression

PUBLISHED = "1989-11-02"


def values(times: Callable[..., list[TimeExpression]], text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in times(text, PUBLISHED)}


def test_passing_quarter_does_not_replace_the_reporting_quarter(times) -> None:
    found = values(
        times,
        "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second "
        "quarter, sales rose. Charges were taken in the year-earlier period. In the 1989 "
        "period, tax rates were lower.",
    )
    assert found["third-quarter"] == "1989-Q3"
    assert found["the year-earlier period"] == "1988-Q3"
    assert found["the 1989 period"] == "1989-Q3"


def test_latest_quarter_is_a_completed_one(times) -> None:
    found = values(
        times,
        "The earthquake will result in a fourth-quarter charge. Earnings fell 59% in the "
        "latest quarter, compared with $6.1 million a year ago.",
    )
    assert found["fourth-quarter"] == "1989-Q4"
    assert found["the latest quarter"] == "1989-Q3"
    assert found["a year ago"] == "1988-Q3"


def test_the_quarter_becomes_the_focus_of_a_year_ago(times) -> None:
    found = values(
        times,
        "The thrift expects record earnings in 1990. Losses were $6.6 million in the quarter "
        "compared with $361.8 million a year ago.",
    )
    assert found["1990"] == "1990"
    assert found["the quarter"] == "1989-Q3"
    assert found["a year ago"] == "1988-Q3"


def test_a_forecast_year_is_not_the_year_under_discussion(times) -> None:
    found = values(
        times,
        "Unisys hopes for a turnaround next year. It is within reach of its goal by the end "
        "of the year.",
    )
    assert found["next year"] == "1990"
    assert found["the end of the year"] == "1989"


def test_month_without_tense_is_the_past_one(times) -> None:
    found = values(times, "The stock rose to a high of $42 in June from $29.75 in March.")
    assert found["June"] == "1989-06"
    assert found["March"] == "1989-03"
    # A month just ahead stays the nearest one.
    assert values(times, "The loans run through December.")["December"] == "1989-12"


def test_effective_and_deadline_dates_point_forward(times) -> None:
    assert values(times, "It created an office of the chairman, effective Feb. 1.")["Feb. 1"] == (
        "1990-02-01"
    )
    assert values(times, "KKR plans to pay down the loan by February.")["February"] == "1990-02"
    # A past-tense clause keeps a deadline in the past; a weekday follows its verb.
    assert values(times, "By March, sales had doubled.")["March"] == "1989-03"
    assert values(times, "It had been due to expire Friday evening.")["Friday evening"] == (
        "1989-10-27TEV"
    )


def test_quarter_ended_is_the_calendar_quarter_it_mostly_covers(times) -> None:
    found = values(times, "Jayark had an average of 1,000 clients in the quarter ended July 31.")
    assert found["the quarter"] == "1989-Q2"
    found = values(
        times,
        "Sun reported sales of $538.5 million for the quarter ended Sept. 29, up 39% from "
        "$388.5 million a year earlier.",
    )
    assert found["the quarter"] == "1989-Q3"
    assert found["a year earlier"] == "1988-Q3"


def test_named_quarter_survives_its_end_date(times) -> None:
    found = values(
        times,
        "It earned $5 million in its fiscal fourth quarter ended Aug. 26. A year earlier it "
        "earned $4 million.",
    )
    assert found["Aug. 26"] == "1989-08-26"
    assert found["A year earlier"] == "1988-Q4"


def test_year_to_date_makes_comparisons_yearly(times) -> None:
    found = values(
        times,
        "Third-quarter net fell. In the first nine months, net was $306 million, compared "
        "with a loss of $195 million in the 1988 period.",
    )
    assert found["the first nine months"] == "P9M"
    assert found["the 1988 period"] == "1988"
    found = values(times, "Losses through the first nine months compared with a year earlier.")
    assert found["a year earlier"] == "1988"
    # Without the year-to-date period, the quarter under discussion stays the focus.
    found = values(times, "Third-quarter sales rose from $4 million a year earlier.")
    assert found["a year earlier"] == "1988-Q3"


def test_since_year_end_is_the_last_one(times) -> None:
    assert values(times, "The change is since year-end.")["year-end"] == "1988-12-31"
    assert values(times, "The deal will close by year-end.")["year-end"] == "1989-12-31"


def test_previous_weekday_counts_from_the_day_under_discussion(times) -> None:
    found = values(
        times,
        "London shares closed lower Friday. The index shed 47.3 points to close at 2082.1, "
        "down 4.5% from the previous Friday.",
    )
    assert found["Friday"] == "1989-10-27"
    assert found["the previous Friday"] == "1989-10-20"
    assert "2082" not in found  # an index level with decimals is not a year


def test_parts_of_day_belong_to_the_day_under_discussion(times) -> None:
    found = values(
        times,
        "London shares closed lower Friday. They were depressed by overnight losses in New "
        "York. Dealers placed orders in the morning.",
    )
    assert found["overnight"] == "1989-10-26TNI"
    assert found["the morning"] == "1989-10-27TMO"
    assert values(times, "Fighting continued overnight.")["overnight"] == "1989-11-01TNI"
    assert values(times, "She will speak this morning.")["this morning"] == "1989-11-02TMO"


def test_coarse_or_missing_reference_keeps_durations(times) -> None:
    for published in ("1989", None):
        found = [t for t in times("In the first nine months, net rose.", published)]
        assert [(t.text, t.value) for t in found] == [("the first nine months", "P9M")]
        found = times("Sales rose in the quarter ended July 31 from a year earlier.", published)
        assert all(t.value is None or t.value[:1].isdigit() for t in found)


def test_the_quarter_a_year_ago(times) -> None:
    found = values(
        times,
        "Columbia had a loss for the third quarter. For the quarter a year ago, it reported "
        "earnings of $16.3 million.",
    )
    assert found["the quarter a year ago"] == "1988-Q3"
