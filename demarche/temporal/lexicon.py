"""Word lists for temporal expressions: names, numbers and units with their TIMEX3 codes.

Kept apart from the grammar so that the regular expressions and the normaliser read the same
vocabulary: a month the grammar can match is always a month the normaliser can value.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip
"""ISO weekday numbers (Monday = 1), as TIMEX3 writes them in ``XXXX-WXX-1``."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "MI", "noon": "12:00", "midnight": "24",
}  # fmt: skip

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "thousand": 1000, "a thousand": 1000, "couple": 2, "a couple of": 2, "a couple": 2,
    "half a": 0.5, "a half": 0.5, "half": 0.5, "dozen": 12, "a dozen": 12,
}  # fmt: skip
"""Cardinal words; compounds such as "twenty four" are summed by ``parse_number``."""

VAGUE_QUANTITIES: frozenset[str] = frozenset(
    {"several", "a few", "few", "many", "some", "a number of", "numerous"}
)
"""Quantities that make a duration's count unknown: "several years" is ``PXY``."""

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
    "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31, "last": -1,
}  # fmt: skip

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W2", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "E", "century": "C", "centuries": "C", "millennium": "L", "millennia": "L",
    "semester": "M6",
}  # fmt: skip
"""Duration unit codes as TimeBank writes them (``P1E`` a decade, ``PT1H`` an hour)."""

TIME_UNITS: frozenset[str] = frozenset({"S", "M", "H"})
"""Units written after ``T`` in a TIMEX3 duration (minutes, not months, for "minute")."""

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


def parse_number(text: str) -> float | None:
    """The value of a cardinal written in digits or words ("18", "twenty four", "2 1/2").

    Returns None for vague quantities ("several") so that callers write ``X`` in the value.
    """
    lowered = text.lower().replace("-", " ").replace(",", "").replace(" and a half", " 1/2")
    words = lowered.split()
    if not words:
        return None
    joined = " ".join(words)
    if joined in VAGUE_QUANTITIES:
        return None
    if joined in NUMBER_WORDS:
        return NUMBER_WORDS[joined]
    total = 0.0
    current = 0.0
    for word in words:
        if word in ("and", "of"):
            continue
        if "/" in word:
            numerator, _, denominator = word.partition("/")
            if numerator.isdigit() and denominator.isdigit() and int(denominator):
                current += int(numerator) / int(denominator)
                continue
            return None
        try:
            current += float(word)
            continue
        except ValueError:
            pass
        value = NUMBER_WORDS.get(word)
        if value is None:
            return None
        if value in (100, 1000) and word not in ("a",):
            current = max(current, 1) * value
            if value == 1000:
                total += current
                current = 0
        elif value == 0.5 and current:
            current += 0.5
        else:
            current += value
    return total + current
