"""TIMEX3 values for grammar candidates, anchored to the publication date.

Each grammar rule has one resolver here. A resolver reads the rule's named parts and a
``Context`` (the reference date, the tense of the governing verb, the document's current focus
date) and returns what the expression means: its TimeML type and value. Relative expressions
need the reference date; when it is unknown they raise ``Unanchored`` and the component keeps
the expression with no value, never one computed from today's date.

The focus is the last explicit date the document mentioned. Business news says "the third
quarter ... a year earlier" and means the third quarter of the previous year, so expressions
such as "a year earlier", "the quarter" and "that year" are resolved against it rather than
against the publication date. A quarter's end date ("the quarter ended Sept. 30") leaves the
quarter as the focus, and "the first nine months" leaves its year.

The topic is the document's reporting period: the first completed quarter it names. Earnings
news states it in the lede, and "the latest quarter", "the year-earlier period" and "the 1988
period" keep meaning it even after a passing mention of another quarter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from demarche.temporal.grammar import Candidate
from demarche.temporal.lexicon import (
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
    parse_number,
)
from demarche.temporal.values import (
    FUTURE,
    PAST,
    Context,
    Resolved,
    Unanchored,
    choose_year,
    day_number,
    duration_value,
    granularity_of,
    month_number,
    month_value,
    parse_year,
    quarter_completed,
    quarter_ending,
    quarter_of,
    season_value,
    shift,
    shift_years,
    two_digit_year,
    unit_name,
    week_value,
    weekday_date,
    year_value,
)

Resolver = Callable[[Candidate, Context], "Resolved | list[Resolved] | None"]


def resolve_clock(candidate: Candidate, context: Context) -> Resolved:
    text = candidate.parts["t"].lower().replace(" ", "")
    if text.startswith("noon"):
        clock = "12:00"
    elif text.startswith("midnight"):
        clock = "24:00"
    else:
        match = re.match(r"(\d{1,2})(?::(\d\d))?(a|p)?", text)
        assert match is not None
        hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
        if half == "p" and hour < 12:
            hour += 12
        if half == "a" and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{minute:02d}"
    day = day_reference(candidate.parts.get("day"), context)
    return Resolved("TIME", f"{day}T{clock}")


DAY_OFFSETS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1}


def day_reference(text: str | None, context: Context) -> str:
    """The date a time of day belongs to: the day named with it ("Friday", "Nov. 6", "Friday,
    Oct. 13, 1989"), else a date just before it, else the reference date."""
    if not text:
        return context.day or context.ref("day").isoformat()
    words = text.lower().replace(",", " ").split()
    if len(words) == 1 and words[0] in DAY_OFFSETS:
        return (context.ref("day") + dt.timedelta(days=DAY_OFFSETS[words[0]])).isoformat()
    if words[0] in WEEKDAYS:
        if len(words) == 1:
            return weekday_date(WEEKDAYS[words[0]], None, context).isoformat()
        words = words[1:]
    month, day = month_number(words[0]), day_number(words[1])
    year = int(words[2]) if len(words) > 2 else choose_year(month, day, context)
    return dt.date(year, month, day).isoformat()


def resolve_partday(candidate: Candidate, context: Context) -> Resolved | None:
    parts = candidate.parts
    word = parts.get("word", "").lower()
    if word == "overnight":
        # The night before the day under discussion ("closed lower Friday ... depressed by
        # overnight losses in New York"), else the night before publication.
        return Resolved("TIME", f"{(focus_day(context) - dt.timedelta(days=1)).isoformat()}TNI")
    if word:
        return Resolved("TIME", f"{context.ref('day').isoformat()}TNI")
    part = PARTS_OF_DAY[parts["part"].lower()]
    anchor = (parts.get("anchor") or parts.get("after") or "").lower()
    if not anchor and not parts.get("mod") and not parts.get("mod2"):
        return None
    if anchor == "the":
        anchor = parts.get("after", "").lower()
    if anchor.endswith("s") and anchor.rstrip("s") in WEEKDAYS:
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[anchor.rstrip('s')]}T{part}")
    if candidate.text.lower().endswith("s") and anchor in WEEKDAYS:
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[anchor]}T{part}")
    if anchor == "last":
        day = (context.ref("day") - dt.timedelta(days=1)).isoformat()
    elif anchor == "this":
        day = context.ref("day").isoformat()
    elif anchor == "":
        day = focus_day(context).isoformat()  # "in the morning": of the day under discussion
    else:
        day = day_reference(anchor, context)
    return Resolved("TIME", f"{day}T{part}")


def focus_day(context: Context) -> dt.date:
    """The day under discussion: the focus when it is a day no later than the reference date
    (a story about Friday's trading), else the reference date."""
    ref = context.ref("day")
    focus = context.focus
    if focus and granularity_of(focus) == "D":
        day = dt.date.fromisoformat(focus)
        if day <= ref:
            return day
    return ref


def resolve_mdy(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    month = month_number(parts["month"])
    day = day_number(parts["day"])
    if not 1 <= day <= 31:
        return Resolved("DATE", None)
    if parts.get("year"):
        year = int(parts["year"])
    else:
        try:
            year = choose_year(month, day, context)
        except ValueError:
            return Resolved("DATE", None)
    try:
        return Resolved("DATE", dt.date(year, month, day).isoformat(), focus=True)
    except ValueError:
        return Resolved("DATE", None)


def resolve_iso(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    try:
        date = dt.date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
    except ValueError:
        return Resolved("DATE", None)
    return Resolved("DATE", date.isoformat(), focus=True)


def resolve_slash(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    year_text = parts["y"]
    year = int(year_text) if len(year_text) == 4 else two_digit_year(int(year_text), context)
    try:
        date = dt.date(year, int(parts["m"]), int(parts["d"]))
    except ValueError:
        return Resolved("DATE", None)
    return Resolved("DATE", date.isoformat(), focus=True)


def resolve_monthyear(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    if parts.get("year"):
        year = parse_year(parts["year"], context)
    else:
        offset = {"last": -1, "this": 0, "next": 1}[parts["rel"].lower()]
        year = context.ref("year").year + offset
    if parts.get("season"):
        season = SEASONS[parts["season"].lower()]
        return Resolved("DATE", f"{year_value(year)}-{season}", focus=True)
    return Resolved("DATE", month_value(year, month_number(parts["month"])), focus=True)


def focus_year(context: Context) -> int:
    """The year of the document's focus date, else of the reference date."""
    if context.focus and re.match(r"\d{4}", context.focus):
        return int(context.focus[:4])
    return context.ref("year").year


def resolve_quarter(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    unit = "H" if parts["unit"].lower() == "half" else "Q"
    ordinal = parts["ord"].lower()
    count = 2 if unit == "H" else 4
    number = count if ordinal in ("last", "final") else ORDINALS[ordinal]
    if number > count:
        return Resolved("DATE", None)
    pre = parts.get("pre", "").lower()
    year_match = re.search(r"\d{4}", pre)
    relative = parts.get("rel") or parts.get("rel2") or ""
    pre_relative = re.search(r"(this|last|next) year's", pre)
    if parts.get("year"):
        year = int(parts["year"])
    elif year_match:
        year = int(year_match.group())
    elif relative or pre_relative:
        word = relative.lower() or pre_relative.group(1)  # type: ignore[union-attr]
        year = context.ref("year").year + {"last": -1, "this": 0, "next": 1}[word]
    elif "year-earlier" in pre or "year-ago" in pre:
        return Resolved("DATE", shift_years(f"{focus_year(context)}-{unit}{number}", -1))
    else:
        ref = context.ref("month")
        current = quarter_of(ref) if unit == "Q" else (ref.month - 1) // 6 + 1
        year = ref.year
        if number > current and context.tense != FUTURE:
            year -= 1
    value = f"{year_value(year)}-{unit}{number}"
    return Resolved("DATE", value, focus=True, start=adjectival_start(candidate))


def adjectival_start(candidate: Candidate) -> int | None:
    """Where an expression used as a hyphenated modifier starts: "a [third-quarter] loss",
    "a [five-year] low"; the determiner belongs to the noun, not to the expression."""
    offsets = candidate.offsets
    first = offsets.get("pre") if candidate.parts.get("pre") else None
    first = first or offsets.get("ord") or offsets.get("num")
    unit = offsets.get("unit")
    if first is None or unit is None or first[0] == candidate.start:
        return None
    if candidate.parts.get("det") and candidate.parts["det"].lower() not in ("a", "an", "the"):
        return None
    if candidate.parts.get("plural") or candidate.parts.get("q"):
        return None
    between = candidate.text[first[1] - candidate.start : unit[0] - candidate.start]
    if candidate.parts.get("unit", "").lower() in ("quarter", "half") and "-" not in between:
        return None
    if candidate.rule == "duration" and candidate.parts.get("num", "").lower() in ("a", "an"):
        return None
    if candidate.rule == "duration" and candidate.parts.get("rel"):
        return None
    return first[0]


def latest_quarter(context: Context, reported: bool = False) -> str:
    """The focus quarter when the document has one, else the last complete quarter.

    ``reported`` asks for the period a report is about ("the latest quarter", "the
    year-earlier period"): the document's reporting quarter first, and never a quarter that
    had not ended by the publication date ("a fourth-quarter charge" is a forecast).
    """
    if reported and context.topic:
        return context.topic
    if (
        context.focus
        and granularity_of(context.focus) == "Q"
        and (not reported or quarter_completed(context.focus, context.reference))
    ):
        return context.focus
    ref = context.ref("month")
    if context.tense == FUTURE:
        return f"{year_value(ref.year)}-Q{quarter_of(ref)}"
    previous = ref - relativedelta(months=3)
    return f"{year_value(previous.year)}-Q{quarter_of(previous)}"


YEAR_AGO_WORDS: tuple[str, ...] = (
    "year-earlier", "year-ago", "year-before", "comparable", "corresponding",
)  # fmt: skip


PERIOD_END = re.compile(
    r"\s+(?:that\s+|which\s+)?(?P<verb>ended|ending|ends)\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+"
    r"(?P<day>\d{1,2})\b(?:,\s*(?P<year>\d{4})\b)?"
)
"""After "the quarter": the date it ended ("the quarter ended Sept. 30, 1989")."""


def period_end(context: Context) -> dt.date | None:
    """The end date written just after a period ("the quarter ended July 31"), if any; an
    "ended" date without a year is the last such date before the reference."""
    match = PERIOD_END.match(context.after)
    if match is None or match.group("month").lower() not in MONTHS:
        return None
    month, day = MONTHS[match.group("month").lower()], int(match.group("day"))
    try:
        if match.group("year"):
            return dt.date(int(match.group("year")), month, day)
        ref = context.ref("day")
        ended = dt.date(ref.year, month, day)
    except ValueError:
        return None
    if match.group("verb") == "ended" and ended > ref:
        ended = ended.replace(year=ref.year - 1)
    return ended


def resolve_ctxq(candidate: Candidate, context: Context) -> Resolved | None:
    """ "The quarter", "the latest period", "the year-ago quarter", "the 1988 period": the
    quarter under discussion, which becomes the focus for a following "a year ago"; "the
    quarter a year ago" is the same quarter of the year before."""
    resolved = quarter_in_context(candidate, context)
    if resolved is None or not candidate.parts.get("ago") or not resolved.value:
        return resolved
    return Resolved("DATE", shift_years(resolved.value, -1))


def quarter_in_context(candidate: Candidate, context: Context) -> Resolved | None:
    """The quarter (or period) that "the quarter" and its kin refer to."""
    pre = candidate.parts.get("pre", "").lower()
    unit = candidate.parts["unit"].lower()
    year_match = re.search(r"\d{4}", pre)
    if year_match:
        base = latest_quarter(context, reported=True) if unit == "quarter" or context.focus else ""
        if unit == "period" and granularity_of(context.focus) == "Y":
            base = ""  # "the first nine months ... the 1988 period": the same months of 1988
        if granularity_of(base) == "Q":
            return Resolved("DATE", f"{year_match.group()}{base[4:]}", focus=True)
        return Resolved("DATE", year_match.group())
    if any(word in pre for word in YEAR_AGO_WORDS):
        return Resolved("DATE", shift_years(latest_quarter(context, reported=True), -1))
    if "current" in pre:
        ref = context.ref("month")
        return Resolved("DATE", f"{year_value(ref.year)}-Q{quarter_of(ref)}", focus=True)
    if ended := period_end(context):
        return Resolved("DATE", quarter_ending(ended), focus=True)
    if unit == "period" and not pre.strip():
        return None  # "this period", "the period": which period is the reader's guess
    reported = "latest" in pre or "recent" in pre
    return Resolved("DATE", latest_quarter(context, reported=reported), focus=True)


def year_before(context: Context, years: int = 1) -> str:
    """The period ``years`` before the one under discussion ("a year earlier")."""
    if context.focus and granularity_of(context.focus):
        return shift_years(context.focus, -years)
    return year_value(context.ref("year").year - years)


def resolve_ago(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    unit = unit_name(parts["unit"])
    number = parse_number(parts["num"])
    direction = parts["dir"].lower().split()[0]
    forward = direction in ("later", "from", "hence", "after")  # "back" and "ago" look back
    if number is None:
        return Resolved("DATE", "FUTURE_REF" if forward else "PAST_REF")
    amount = int(number) if number >= 1 else 1
    if unit == "year" and context.focus and granularity_of(context.focus):
        if forward and direction in ("later", "after"):
            return Resolved("DATE", shift_years(context.focus, amount))
        if direction in ("earlier", "before") or granularity_of(context.focus) == "Q":
            return Resolved("DATE", year_before(context, amount))
    if unit in ("hour", "minute", "second"):
        return Resolved("TIME", context.ref("day").isoformat())
    ref = context.ref("month" if unit in ("year", "quarter", "month", "decade") else "day")
    return Resolved("DATE", shift(ref, unit, amount if forward else -amount))


def resolve_agobare(candidate: Candidate, context: Context) -> Resolved:
    return Resolved("DATE", "PAST_REF")


SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def resolve_yearadj(candidate: Candidate, context: Context) -> Resolved:
    kind = candidate.parts["kind"].lower().strip()
    if kind in ("-earlier", "-ago", "-before"):
        focus = context.focus
        reference = context.reference
        if focus and granularity_of(focus) and reference and int(focus[:4]) < reference.date.year:
            # "the 1988 period ... the year-ago results": the focus already is that year
            return Resolved("DATE", focus)
        return Resolved("DATE", year_before(context))
    ref = context.ref("month")
    year = ref.year - 1 if ref.month <= 2 and context.tense == PAST else ref.year
    if kind == "-end" and SINCE.search(context.before) and ref.month < 12:
        year = ref.year - 1  # "the change since year-end": the year-end already passed
    if kind == "-end":
        return Resolved("DATE", f"{year_value(year)}-12-31")
    return Resolved("DATE", year_value(year))


def resolve_decade(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    if parts.get("num"):
        text = parts["num"]
        if text[0] in "'’":
            return Resolved("DATE", str(two_digit_year(int(text[1:]), context))[:3])
        return Resolved("DATE", text[:3])
    if parts.get("word"):
        return Resolved("DATE", f"19{DECADE_WORDS[parts['word'].lower()]}")
    century = day_number(parts["cent"])
    return Resolved("DATE", f"{century - 1:02d}")


RATE = re.compile(
    r"(?:\d|\bcents?|\bdollars?|\bpercent|%|\btimes|\bonce|\btwice|\bmillion|\bbillion"
    r"|\bthousand|\btrillion|\byen|\beuros?|\bpounds?|\bshares?|\bbarrels?|\btons?)\s*$",
    re.IGNORECASE,
)
"""Before "a year": a quantity, so "$2 million a year" is a rate (a SET), not a duration."""


def resolve_duration(candidate: Candidate, context: Context) -> Resolved | None:
    parts = candidate.parts
    unit = unit_name(parts["unit"])
    num_text = parts["num"].lower()
    if num_text in ("a", "an") and unit in ("second", "quarter"):
        return None
    if parts.get("age"):
        return None  # "55 years old" is an age (TimeBank leaves ages untagged)
    rate = RATE.search(context.before)
    if num_text in ("a", "an") and not parts.get("det") and not parts.get("q") and rate:
        return Resolved("SET", duration_value(1, unit))
    if unit == "quarter" and ("-" in candidate.text or context.after.startswith(" of ")):
        return None  # "three-quarters", "three quarters of the states": a fraction
    number = None if parts.get("num2") else parse_number(num_text)
    return Resolved(
        "DURATION",
        duration_value(number, unit),
        start=adjectival_start(candidate),
        focus_value=year_to_date(candidate, number, unit, context),
    )


def year_to_date(
    candidate: Candidate, number: float | None, unit: str, context: Context
) -> str | None:
    """The year that "the first nine months" or "the latest six months" are part of: a report
    of the year to date, after which "a year earlier" and "the 1988 period" mean years."""
    relative = (candidate.parts.get("rel") or "").lower()
    if relative not in ("first", "latest") or unit not in ("month", "quarter") or not number:
        return None
    if number * (3 if unit == "quarter" else 1) >= 12:
        return None
    try:
        return latest_quarter(context, reported=True)[:4]
    except Unanchored:
        return None  # the duration keeps its value; only the focus is unknown


def resolve_set(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    unit_text = parts.get("unit") or parts.get("unit2")
    if unit_text:
        lowered = unit_text.lower().rstrip(".")
        if lowered in WEEKDAYS:
            return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[lowered]}")
        if lowered in MONTHS:
            return Resolved("SET", f"XXXX-{MONTHS[lowered]:02d}")
        if lowered in SEASONS:
            return Resolved("SET", f"XXXX-{SEASONS[lowered]}")
        return Resolved("SET", duration_value(1, unit_name(lowered)))
    adverb = parts["adv"].lower()
    values = {
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
        "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M",
    }  # fmt: skip
    return Resolved("SET", values[adverb])


def resolve_vague(candidate: Candidate, context: Context) -> Resolved:
    """Vague plurals: "the coming months" lie ahead, "recent years" lie behind (TimeBank
    values both as references), "recent weeks" and "the years" are stretches of unknown length."""
    kind = (candidate.parts.get("kind") or "").lower()
    unit = unit_name(candidate.parts.get("unit") or candidate.parts["years"])
    if kind in ("coming", "next", "ensuing"):
        return Resolved("DATE", "FUTURE_REF")
    if kind in ("recent", "past", "previous") and unit in ("year", "decade"):
        return Resolved("DATE", "PAST_REF")
    return Resolved("DURATION", duration_value(None, unit))


RELATIVE_OFFSETS: dict[str, int] = {
    "this": 0, "the current": 0, "the present": 0, "the current fiscal": 0, "the fiscal": 0,
    "the full": 0, "the calendar": 0, "the same": 0, "that": 0, "last": -1, "past": -1,
    "the past": -1, "this past": -1, "the previous": -1, "the prior": -1, "the latest": -1,
    "the latest fiscal": -1, "the last": -1, "next": 1, "coming": 1, "the coming": 1,
    "this coming": 1, "the next": 1, "the following": 1,
}  # fmt: skip


PERIOD_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\b", re.IGNORECASE)
"""After "the (fiscal) year", a period described by its end date: a length, not a date."""


def resolve_rel(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    word = " ".join(parts["word"].lower().split())
    unit = " ".join(parts["unit"].lower().split())
    offset = RELATIVE_OFFSETS.get(word, 0)
    if (
        unit in ("year", "fiscal year")
        and word.startswith("the")
        and PERIOD_ENDED.match(context.after)
    ):
        return Resolved("DURATION", "P1Y")
    if word in ("that", "the same", "the following", "the previous", "the prior") and (
        shifted := shift_focus(context.focus, unit, offset)
    ):
        return Resolved("DATE", shifted)
    if unit in SEASONS:
        return Resolved("DATE", season_value(SEASONS[unit], word, context), focus=True)
    if unit.capitalize() in (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ):
        month = MONTHS[unit]
        ref = context.ref("month")
        if offset == 0:
            year = ref.year
        elif offset < 0:
            year = ref.year if month < ref.month else ref.year - 1
        else:
            year = ref.year if month > ref.month else ref.year + 1
        return Resolved("DATE", month_value(year, month), focus=True)
    if unit == "fiscal year":
        unit = "year"
    if unit == "decade" and word in ("the past", "the last"):
        offset = 0
    if unit == "weekend":
        ref = context.ref("day")
        monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
        return Resolved("DATE", week_value(monday + dt.timedelta(days=7 * offset)) + "-WE")
    granularity = "day" if unit == "week" else "month" if unit in ("month", "quarter") else "year"
    return Resolved("DATE", shift(context.ref(granularity), unit, offset), focus=unit != "week")


def shift_focus(focus: str | None, unit: str, offset: int) -> str | None:
    """The focus moved by whole units when it is precise enough ("the following month" after
    "March 1989" is April 1989); None when the focus cannot take that unit."""
    granularity = granularity_of(focus)
    if focus is None or granularity is None:
        return None
    if unit == "year":
        return year_value(int(focus[:4]) + offset)
    if unit == "month" and granularity in ("M", "D"):
        moved = dt.date(int(focus[:4]), int(focus[5:7]), 1) + relativedelta(months=offset)
        return month_value(moved.year, moved.month)
    if unit == "quarter" and granularity == "Q":
        first_month = 3 * int(focus[6]) - 2
        moved = dt.date(int(focus[:4]), first_month, 1) + relativedelta(months=3 * offset)
        return f"{year_value(moved.year)}-Q{quarter_of(moved)}"
    if unit == "week" and granularity == "D":
        return week_value(dt.date.fromisoformat(focus) + dt.timedelta(weeks=offset))
    return None


def resolve_bareunit(candidate: Candidate, context: Context) -> Resolved:
    unit = candidate.parts["unit"].lower()
    if unit == "year" and PERIOD_ENDED.match(context.after):
        return Resolved("DURATION", "P1Y")
    if unit in SEASONS:
        return Resolved("DATE", season_value(SEASONS[unit], None, context))
    if unit == "year":
        current = context.ref("year").year
        if context.focus and re.match(r"\d{4}", context.focus) and int(context.focus[:4]) < current:
            # "In 1988 ... the year": a past year under discussion. A forecast ("next year")
            # is not what "by the end of the year" means.
            return Resolved("DATE", context.focus[:4])
        return Resolved("DATE", year_value(current))
    if unit == "weekend":
        ref = context.ref("day")
        monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
        if context.tense != FUTURE and ref.isoweekday() < 6:
            monday -= dt.timedelta(days=7)
        return Resolved("DATE", week_value(monday) + "-WE")
    if unit == "week":
        return Resolved("DATE", week_value(context.ref("day")))
    ref = context.ref("month")
    return Resolved("DATE", month_value(ref.year, ref.month))


def resolve_month(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    month = month_number(parts["name"])
    relation = " ".join((parts.get("rel") or "").lower().split())
    ref = context.ref("month")
    if relation in ("last", "this past", "the previous"):
        year = ref.year if month < ref.month else ref.year - 1
    elif relation in ("next", "this coming", "the following"):
        year = ref.year if month > ref.month else ref.year + 1
    elif relation == "this":
        year = ref.year
    elif relation == "that" and context.focus:
        year = int(context.focus[:4])
    else:
        year = choose_year(month, None, context)
    return Resolved("DATE", month_value(year, month), focus=True)


def resolve_year(candidate: Candidate, context: Context) -> list[Resolved] | Resolved:
    parts = candidate.parts
    year = parse_year(parts["value"], context)
    value = year_value(year)
    end_text = parts.get("end")
    if not end_text:
        return Resolved("DATE", value, focus=True)
    end_year = int(end_text) if len(end_text) == 4 else year // 100 * 100 + int(end_text)
    if end_year <= year:
        return Resolved("DATE", value, focus=True)
    text = candidate.text
    split = re.search(r"\s*[-–]\s*", text[len(text) - len(end_text) - 4 :])
    first_end = candidate.end - len(end_text) - (len(split.group()) if split else 1)
    return [
        Resolved("DATE", value, focus=True, end=first_end, range_start=True),
        Resolved("DATE", year_value(end_year), start=candidate.end - len(end_text)),
    ]


def resolve_day(candidate: Candidate, context: Context) -> Resolved:
    word = " ".join(candidate.parts["word"].lower().split())
    offsets = {
        "today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }  # fmt: skip
    return Resolved("DATE", (context.ref("day") + dt.timedelta(days=offsets[word])).isoformat())


def resolve_weekday(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    name = parts["name"].lower()
    if name.endswith("s") and name.rstrip("s") in WEEKDAYS:
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[name.rstrip('s')]}")
    relation = " ".join((parts.get("rel") or "").lower().split()) or None
    if relation in ("early", "late", "earlier", "later"):
        relation = None
    date = weekday_date(WEEKDAYS[name], relation, context)
    return Resolved("DATE", date.isoformat(), focus=True)


REFERENCE_WORDS: dict[str, str] = {
    "right now": "PRESENT_REF", "just now": "PAST_REF", "now": "PRESENT_REF",
    "currently": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "these days": "PRESENT_REF", "nowadays": "PRESENT_REF", "at the moment": "PRESENT_REF",
}  # fmt: skip


def resolve_ref(candidate: Candidate, context: Context) -> Resolved:
    word = " ".join(candidate.parts["word"].lower().split())
    if word == "then current":
        return Resolved("DATE", "PAST_REF")
    if word == "current":
        return Resolved("DATE", "PAST_REF" if context.before.endswith("then ") else "PRESENT_REF")
    if word in REFERENCE_WORDS:
        return Resolved("DATE", REFERENCE_WORDS[word])
    if "future" in word or "soon" in word or "term" in word:
        return Resolved("DATE", "FUTURE_REF")
    return Resolved("DATE", "PAST_REF")


RESOLVERS: dict[str, Resolver] = {
    "clock": resolve_clock,
    "partday": resolve_partday,
    "mdy": resolve_mdy,
    "dmy": resolve_mdy,
    "iso": resolve_iso,
    "slash": resolve_slash,
    "monthyear": resolve_monthyear,
    "quarter": resolve_quarter,
    "ctxq": resolve_ctxq,
    "ago": resolve_ago,
    "agobare": resolve_agobare,
    "yearadj": resolve_yearadj,
    "decade": resolve_decade,
    "duration": resolve_duration,
    "set": resolve_set,
    "vague": resolve_vague,
    "rel": resolve_rel,
    "bareunit": resolve_bareunit,
    "month": resolve_month,
    "year": resolve_year,
    "day": resolve_day,
    "weekday": resolve_weekday,
    "ref": resolve_ref,
}
"""One resolver per grammar rule (the grammar's rule names are the keys)."""


def resolve(candidate: Candidate, context: Context) -> list[Resolved]:
    """Resolve a candidate; an empty list means it is not a temporal expression after all.

    Never raises on odd input: an impossible date ("February 30") keeps its span with no
    value, a relative expression without a reference date is marked unanchored, and a
    reference date so far in the past or future that the result has no four-digit year
    gives no value.
    """
    resolver = RESOLVERS[candidate.rule]
    try:
        result = resolver(candidate, context)
    except Unanchored:
        return [Resolved(guess_type(candidate), None, anchored=False)]
    except (OverflowError, ValueError, KeyError, IndexError):
        return [Resolved(guess_type(candidate), None)]
    if result is None:
        return []
    return result if isinstance(result, list) else [result]


def guess_type(candidate: Candidate) -> str:
    """The TimeML type of an expression whose value could not be computed."""
    if candidate.rule in ("clock", "partday"):
        return "TIME"
    if candidate.rule == "duration":
        return "DURATION"
    if candidate.rule == "set":
        return "SET"
    return "DATE"
