"""Publication dates: the forms users and corpora give, and what is refused."""

from __future__ import annotations

import pytest

from demarche.errors import InputError
from demarche.ingest.dates import dateline_date, parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-04", "2019-01-04"),
        ("2019-1-4", "2019-01-04"),
        ("2019-01", "2019-01"),
        ("2019", "2019"),
        ("20190104", "2019-01-04"),
        ("2019-01-04T23:30:00-05:00", "2019-01-04"),
        ("2019-01-04 10:00:00", "2019-01-04"),
        ("Fri, 04 Jan 2019 10:00:00 GMT", "2019-01-04"),
        ("Friday, January 4, 2019", "2019-01-04"),
        ("4 Jan. 2019", "2019-01-04"),
        ("January 2019", "2019-01"),
        ("  2019-01-04  ", "2019-01-04"),
    ],
)
def test_parse_published_accepts_common_forms(value: str, expected: str) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value", ["", "yesterday", "Friday", "10:00", "2019-13-01", "2019-02-30", "12/45/2019", "0042"]
)
def test_parse_published_refuses_non_dates_with_d011(value: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_published(value)
    assert caught.value.code == "D011"
    assert "YYYY-MM-DD" in str(caught.value)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Friday, January 4, 2019 ", ("2019-01-04", None)),
        ("Published on January 4, 2019 at 10:00", ("2019-01-04", "published")),
        ("Updated: 4 Jan 2019, 10:32 a.m. ET", ("2019-01-04", "updated")),
        ("UPDATED: Tue., Nov. 19, 2019", ("2019-11-19", "updated")),
    ],
)
def test_dateline_date_reads_date_only_lines(line: str, expected: tuple[str, str | None]) -> None:
    assert dateline_date(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "On Friday, January 4, 2019, the president said he would go.",
        "Trump met Kim in 2019.",
        "January 4",
    ],
)
def test_dateline_date_ignores_prose(line: str) -> None:
    assert dateline_date(line) is None
