"""TIMEX3 values and the calendar arithmetic behind them.

The types every resolver shares (the publication date as a ``Reference``, the ``Context`` of an
expression, a ``Resolved`` answer) and the helpers that write values ("2025-W41", "P2Y6M",
"2025-FA") and pick the occurrence of a month or weekday that a sentence means.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from demarche.temporal.lexicon import MONTHS, ORDINALS, TIME_UNITS, UNITS, parse_number

PAST, PRESENT, FUTURE = "past", "present", "future"
"""Tense labels read from the governing verb (None when nothing governs the expression)."""

NEAR_DAYS = 60
"""A month-and-day date this close to the reference is taken as the nearest occurrence,
whichever way the tense points; beyond it the tense decides."""

NEAR_MONTH_DAYS = 62
FAR_DAYS = 300
"""A month the tense would put more than ``FAR_DAYS`` away yields to the occurrence within
``NEAR_MONTH_DAYS`` on the other side of the reference date."""

SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""First month of each meteorological season (northern hemisphere, as TimeML assumes)."""


class Unanchored(Exception):
    """The expression is relative and the reference date is unknown (or too coarse)."""


@dataclass(frozen=True)
class Reference:
    """The publication date and how precisely it is known ("day", "month" or "year")."""

    date: dt.date
    granularity: str

    @classmethod
    def parse(cls, published: str | None) -> Reference | None:
        """Read an ISO date (``2025-10-25``, ``2025-10``, ``2025``, with or without a time)."""
        if not published:
            return None
        match = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", published)
        if match is None:
            return None
        year, month, day = match.groups()
        try:
            date = dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return None
        granularity = "day" if day else "month" if month else "year"
        return cls(date, granularity)


@dataclass
class Context:
    """What a resolver may use beyond the candidate's own words."""

    reference: Reference | None
    tense: str | None = None
    focus: str | None = None
    before: str = ""
    after: str = ""
    day: str | None = None
    """The date of an expression just before this one ("Friday at 10 a.m.")."""
    topic: str | None = None
    """The reporting period: the first completed quarter the document names. Earnings news
    states it in the lede ("third-quarter profit") and its "latest quarter", "year-earlier
    period" and "1988 period" keep meaning it even after a passing "flat second quarter"."""

    def ref(self, granularity: str = "day") -> dt.date:
        """The reference date, or ``Unanchored`` when it is missing or coarser than needed."""
        order = {"year": 0, "month": 1, "day": 2}
        if self.reference is None or order[self.reference.granularity] < order[granularity]:
            raise Unanchored
        return self.reference.date


@dataclass(frozen=True)
class Resolved:
    """A resolver's answer.

    ``start``/``end`` override the candidate's span when set (a determiner left out, one end of
    a range); ``focus`` makes the value the document's focus for later expressions, and
    ``focus_value`` makes another value the focus (the year of "the first nine months");
    ``anchored`` is False when a relative expression had no reference date to resolve against.
    """

    type: str
    value: str | None
    focus: bool = False
    start: int | None = None
    end: int | None = None
    anchored: bool = True
    range_start: bool = False
    focus_value: str | None = None


def year_value(year: int) -> str:
    """A four-digit year; years outside 1..9999 cannot be written as TIMEX3 and raise."""
    if not 1 <= year <= 9999:
        raise OverflowError(year)
    return f"{year:04d}"


def month_value(year: int, month: int) -> str:
    return f"{year_value(year)}-{month:02d}"


def week_value(date: dt.date) -> str:
    iso_year, iso_week, _ = date.isocalendar()
    return f"{year_value(iso_year)}-W{iso_week:02d}"


def quarter_of(date: dt.date) -> int:
    return (date.month - 1) // 3 + 1


def quarter_completed(value: str | None, reference: Reference | None) -> bool:
    """Whether a quarter value ("1989-Q3") had ended by the reference date: only a completed
    quarter can be the one a report is about ("the latest quarter")."""
    if value is None or reference is None or granularity_of(value) != "Q":
        return False
    year, number = int(value[:4]), int(value[6])
    return (year, number) < (reference.date.year, quarter_of(reference.date))


def quarter_ending(date: dt.date) -> str:
    """The calendar quarter that holds most of the three months ending on ``date``: a
    "quarter ended July 31" (May to July) is the second quarter, one ended Sept. 30 the third."""
    middle = date - dt.timedelta(days=45)
    return f"{year_value(middle.year)}-Q{quarter_of(middle)}"


def shift_years(value: str, years: int) -> str:
    """Move a point value ("1989-Q3", "1989-09-30", "1989") by whole years."""
    match = re.match(r"(\d{4})(.*)", value)
    if match is None:
        return value
    rest = match.group(2)
    if rest == "-02-29":
        rest = "-02-28"
    return year_value(int(match.group(1)) + years) + rest


GRANULARITIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (unit, re.compile(pattern))
    for unit, pattern in (
        ("Y", r"\d{4}"),
        ("Q", r"\d{4}-Q\d"),
        ("H", r"\d{4}-H\d"),
        ("M", r"\d{4}-\d\d"),
        ("D", r"\d{4}-\d\d-\d\d"),
        ("W", r"\d{4}-W\d\d"),
    )
)


def granularity_of(value: str | None) -> str | None:
    """The unit a point value is precise to: "Q" for 1989-Q3, "D" for 1989-09-30, ..."""
    if value is None:
        return None
    return next((unit for unit, pattern in GRANULARITIES if pattern.fullmatch(value)), None)


def parse_year(text: str, context: Context) -> int:
    """A year written as "1998", "'98" or "nineteen ninety-eight"."""
    text = text.strip().lower()
    if text[:1] in "'’":
        return two_digit_year(int(text[1:]), context)
    if text.isdigit():
        return int(text)
    text = text.replace("the year ", "")
    words = text.replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[3:])) if len(words) > 3 else 0
        return 2000 + int(rest or 0)
    if words[0] == "nineteen":
        if words[1:2] == ["hundred"]:
            rest = parse_number(" ".join(words[3:])) if len(words) > 3 else 0
            return 1900 + int(rest or 0)
        rest = parse_number(" ".join(words[1:]))
        return 1900 + int(rest or 0)
    raise ValueError(text)


def two_digit_year(short: int, context: Context) -> int:
    """Expand '98: the century that puts the year nearest the reference, not in its future
    by more than a decade; without a reference, 1950-2049 (the common computing pivot)."""
    if context.reference is None:
        return 1900 + short if short >= 50 else 2000 + short
    ref_year = context.reference.date.year
    century = ref_year // 100 * 100
    candidates = [century - 100 + short, century + short, century + 100 + short]
    valid = [year for year in candidates if year <= ref_year + 10]
    return max(valid) if valid else candidates[0]


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def day_number(text: str) -> int:
    text = text.lower()
    if text in ORDINALS:
        return ORDINALS[text]
    return int(re.sub(r"\D", "", text))


def choose_year(month: int, day: int | None, context: Context) -> int:
    """The year of a month (and day) written without one: the most recent occurrence for the
    past tense, the next for the future, the nearest otherwise ("in June" in October 2025 is
    June 2025; "will meet in June" is June 2026)."""
    ref = context.ref("month" if day is None else "day")
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            point = dt.date(year, month, day or 1)
        except ValueError:
            continue
        candidates.append((year, point))
    if not candidates:
        raise ValueError("no valid date")
    ref_point = ref if day is not None else ref.replace(day=1)
    nearest = min(candidates, key=lambda c: (abs((c[1] - ref_point).days), -c[0]))
    if day is not None and abs((nearest[1] - ref_point).days) <= NEAR_DAYS:
        # A dated deadline or payment ("payable Dec. 7", "extended to Nov. 20") is near the
        # reference whatever the tense of the verb that reports it.
        return nearest[0]
    chosen: tuple[int, dt.date] | None = None
    if context.tense == PAST:
        chosen = max((c for c in candidates if c[1] <= ref_point), default=None)
    elif context.tense == FUTURE:
        chosen = min((c for c in candidates if c[1] >= ref_point), default=None)
    elif (nearest[1] - ref_point).days > NEAR_MONTH_DAYS:
        # No tense to go by: news reports what has happened, so a month more than two months
        # ahead ("rose to $42 in June from $29.75 in March", in October) is the past one.
        return max((c for c in candidates if c[1] <= ref_point), default=nearest)[0]
    if chosen is None:
        return nearest[0]
    if (
        abs((chosen[1] - ref_point).days) > FAR_DAYS
        and abs((nearest[1] - ref_point).days) <= NEAR_MONTH_DAYS
    ):
        # "Monday's bid for October elections failed" in September: the tense belongs to the
        # bid; an October eleven months back is far less likely than next month's.
        return nearest[0]
    return chosen[0]


def weekday_date(weekday: int, relation: str | None, context: Context) -> dt.date:
    """The date of a weekday name: "last Friday" strictly before the reference, "next Friday"
    strictly after, a bare "Friday" the reference day itself or the nearest one in the
    direction the tense points (past unless the verb points forward). "The previous Friday"
    and "the following Monday" are anaphoric: they count from the date under discussion."""
    ref = context.ref("day")
    focus = context.focus
    if relation in ("the previous", "the following") and focus and granularity_of(focus) == "D":
        ref = dt.date.fromisoformat(focus)
    delta = weekday - ref.isoweekday()
    if relation in ("last", "this past", "the previous"):
        return ref + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if relation == "this" and context.tense == PAST:
        return ref - dt.timedelta(days=(-delta) % 7)  # "This Thursday, a crew ran the train"
    if relation in ("next", "this coming", "the following", "this"):
        if relation == "this" and delta == 0:
            return ref
        return ref + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if delta == 0:
        return ref
    if context.tense == FUTURE:
        return ref + dt.timedelta(days=delta % 7)
    return ref - dt.timedelta(days=(-delta) % 7)


def season_value(season: str, relation: str | None, context: Context) -> str:
    """``2025-FA`` for "this autumn"; "last winter" is the latest one that has ended."""
    ref = context.ref("month")
    if relation in (None, "this", "that", "the current"):
        return f"{year_value(ref.year)}-{season}"
    starts = [
        (dt.date(year, SEASON_START[season], 1), year) for year in range(ref.year - 2, ref.year + 2)
    ]
    current_start = max(
        dt.date(year, month, 1)
        for year in (ref.year - 1, ref.year)
        for month in SEASON_START.values()
        if dt.date(year, month, 1) <= ref
    )
    if relation in ("next", "coming", "the coming", "this coming", "the next", "the following"):
        return f"{year_value(min(y for s, y in starts if s > ref))}-{season}"
    return f"{year_value(max(y for s, y in starts if s < current_start))}-{season}"


def duration_value(number: float | None, unit: str) -> str:
    """``P3Y``, ``PT2H``, ``P2Y6M`` for 2 1/2 years, ``PXY`` for an unknown count."""
    code = UNITS[unit]
    prefix = "PT" if code in TIME_UNITS and unit != "month" else "P"
    if number is None:
        return f"{prefix}X{code}"
    whole = int(number)
    if number == whole:
        return f"{prefix}{whole}{code}"
    smaller = {
        "year": (12, "M", "P"), "month": (30, "D", "P"), "week": (7, "D", "P"),
        "day": (24, "H", "T"), "hour": (60, "M", "T"), "minute": (60, "S", "T"),
        "decade": (10, "Y", "P"), "century": (100, "Y", "P"),
    }  # fmt: skip
    if unit not in smaller:
        return f"{prefix}{number:g}{code}"
    factor, small, kind = smaller[unit]
    rest = round((number - whole) * factor)
    head = f"{whole}{code}" if whole else ""
    if kind == "T" and prefix == "P":
        return f"P{head}T{rest}{small}"
    return f"{prefix}{head}{rest}{small}"


def unit_name(text: str) -> str:
    """Singular unit name from its surface ("centuries" -> "century")."""
    text = text.lower()
    if text.startswith("centur"):
        return "century"
    if text.startswith("millenni"):
        return "millennium"
    return text.rstrip("s") if text not in UNITS else text


def shift(ref: dt.date, unit: str, amount: int) -> str:
    """The point ``amount`` units away from the reference, written at that unit's precision."""
    if unit in ("day", "night"):
        return (ref + dt.timedelta(days=amount)).isoformat()
    if unit in ("week", "weekend", "fortnight"):
        days = 14 if unit == "fortnight" else 7
        return week_value(ref + dt.timedelta(days=days * amount))
    if unit == "month":
        moved = ref + relativedelta(months=amount)
        return month_value(moved.year, moved.month)
    if unit == "quarter":
        moved = ref + relativedelta(months=3 * amount)
        return f"{year_value(moved.year)}-Q{quarter_of(moved)}"
    if unit == "year":
        return year_value(ref.year + amount)
    if unit == "decade":
        return year_value(ref.year + 10 * amount)[:3]
    if unit == "century":
        return year_value(ref.year + 100 * amount)[:2]
    if unit in ("hour", "minute", "second"):
        return ref.isoformat()
    return year_value(ref.year + amount)
