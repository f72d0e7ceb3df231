"""Publication dates: parsing user and corpus values, and spotting datelines in text.

Dates are kept at the precision the source gives (``2019``, ``2019-01``, ``2019-01-04``) so that
a feed that only says "January 2019" is never turned into a made-up day.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateutil_parser

from demarche.errors import InputError

MIN_YEAR = 1800
MAX_YEAR = 2200

_ISO = re.compile(
    r"^(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?)?$"
)
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")

# Two different defaults reveal which fields dateutil filled in itself (i.e. were absent).
_DEFAULT_A = dt.datetime(1904, 1, 1)
_DEFAULT_B = dt.datetime(1905, 2, 2)

_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})"
)
_TIME = (
    r"(?:\s*[,|@-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:\s*\(?[A-Z]{2,5}\)?)?)?"
)
DATELINE = re.compile(
    r"^[\W_]*(?:(?P<kind>first published|published|posted|updated|last updated|last modified"
    r"|date|dated)(?:\s+on)?\s*:?\s*)?"
    rf"(?P<date>{_DATE}){_TIME}[\W_]*$",
    re.IGNORECASE,
)
"""A line that is only a date, e.g. "Friday, January 4, 2019" or "Updated: 4 Jan 2019, 10:32 ET"."""


def _iso(year: int, month: int | None, day: int | None, value: str) -> str:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputError("D011", value=value)
    try:
        if month is None:
            return f"{year:04d}"
        if day is None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError as error:
        raise InputError("D011", value=value) from error


def parse_published(value: str) -> str:
    """Normalise a publication date to ISO 8601 at the precision given.

    Accepts ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ISO timestamps, ``YYYYMMDD``, RFC 2822 feed
    dates and written forms such as "Friday, January 4, 2019" or "4 Jan 2019". A timestamp keeps
    the date as written (its local date), which is the date the outlet printed.

    Raises:
        InputError: D011 when the value holds no year or is not a date at all; a date without a
            year would silently be anchored to the wrong year, so it is refused.
    """
    text = str(value).strip()
    if not text:
        raise InputError("D011", value=value)
    match = _ISO.match(text) or _COMPACT.match(text)
    if match:
        month, day = match.group("m"), match.group("d")
        return _iso(
            int(match.group("y")), int(month) if month else None, int(day) if day else None, value
        )
    try:
        first = dateutil_parser.parse(text, default=_DEFAULT_A)
        second = dateutil_parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError) as error:
        raise InputError("D011", value=value) from error
    if first.year != second.year:
        raise InputError("D011", value=value)
    month_known = first.month == second.month
    day_known = month_known and first.day == second.day
    return _iso(
        first.year,
        first.month if month_known else None,
        first.day if day_known else None,
        value,
    )


def dateline_date(line: str) -> tuple[str, str | None] | None:
    """If ``line`` is only a date (a dateline), return its ISO value and kind ("updated", ...).

    Returns None for any line with words besides the date, so prose is never taken for a
    dateline.
    """
    if len(line) > 80:
        return None
    match = DATELINE.match(line)
    if match is None:
        return None
    try:
        value = parse_published(match.group("date"))
    except InputError:
        return None
    kind = match.group("kind")
    return value, kind.lower() if kind else None
