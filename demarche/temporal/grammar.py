"""The surface grammar of temporal expressions: one compiled regular expression over the text.

Every rule is a named alternative of a single pattern, so finding all candidates in a document
is one pass of the C regex engine rather than a Python loop over tokens. Alternatives are listed
from the most to the least specific: at any position the first rule that matches wins, so
"Friday Oct. 13" is a date, not a weekday followed by a date, and "two years ago" is a past date,
not a duration followed by a word.

Span boundaries follow the TimeML guidelines as TimeBank applies them: determiners and
pre-modifiers belong to the expression ("the third quarter", "early next year", "nearly two
years", "a year ago"); the prepositions that attach it to its clause do not ("in June",
"on Friday", "since 2018"), so the preposition is read from the context instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from demarche.temporal.lexicon import DECADE_WORDS

_MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_WEEKDAY = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b)"
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)\b"
_ORDWORD = (
    r"(?:(?:twenty|thirty)-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth)"
)
_YEAR4 = r"(?<![\d$£€.,/-])(?:1[0-9]\d\d|20\d\d)(?![\d%])(?![,.]\d)\b"
_YEAR2 = r"['’]\d\d\b"
_UNIT_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_YEARWORDS = (
    rf"(?:nineteen[- ](?:{_TENS}(?:[- ]{_UNIT_NUM})?|{_TEENS}|hundred(?:\s+and\s+\w+)?)"
    rf"|(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?:{_UNIT_NUM}|{_TEENS}))?)"
)
_YEAR = rf"(?:{_YEAR4}|{_YEAR2}|{_YEARWORDS})"
_CARD_WORD = rf"(?:{_TENS}(?:[- ]{_UNIT_NUM})?|{_TEENS}|{_UNIT_NUM})"
_NUM = (
    rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|{_CARD_WORD}(?:\s+(?:hundred|thousand))?"
    rf"(?:\s+and\s+a\s+half)?|a\s+hundred|a\s+thousand|an?|several|a\s+few|few|many"
    rf"|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|dozens\s+of|half\s+a)"
)
_UNIT = (
    r"(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade"
    r"|century|centurie|millennium|millennia)"
)
_QMOD = (
    r"(?:about|approximately|around|nearly|almost|roughly|at\s+least|at\s+most|more\s+than"
    r"|less\s+than|fewer\s+than|up\s+to|no\s+more\s+than|no\s+less\s+than|upwards\s+of"
    r"|just|only|barely|some|close\s+to"
    r"|(?:over|under)(?!\s+(?:the|its|their|his|her|our|several|many|recent|past)\b))"
)
"""Quantity modifiers that belong to a duration ("nearly two years", "over 30 hours"); "over"
before a noun phrase is the preposition of the clause ("over the next two years")."""
_PMOD = (
    r"(?:(?:early|late|mid|earlier|later)(?:-|\s+)(?:in\s+)?"
    r"|(?:the\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half"
    r"|last\s+half|latter\s+part|early\s+part|first\s+part|rest|remainder)\s+of\s+)"
)
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_CLOCK = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d\b|noon\b|midnight\b)"
)
_TZ = r"(?:\s+(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|KST|JST))"
_DAYREF = (
    rf"(?:today|yesterday|tomorrow|{_WEEKDAY}(?:,?\s+{_MONTH}\s+{_DAYNUM})?"
    rf"|{_MONTH}\s+{_DAYNUM}(?:,?\s+{_YEAR4})?)"
)
_RELWORD = (
    r"(?:this\s+past|this\s+coming|the\s+past|the\s+coming|the\s+current\s+fiscal"
    r"|the\s+latest\s+fiscal|the\s+current|the\s+previous|the\s+following|the\s+prior"
    r"|the\s+same|the\s+latest|the\s+next|the\s+last|the\s+fiscal|the\s+full|the\s+calendar"
    r"|the\s+present|this|last|next|that|coming|past)"
)
_DECADE_WORD = "|".join(DECADE_WORDS)

RULES: tuple[tuple[str, str], ...] = (
    # 5 p.m. EST, Nov. 6 / noon Saturday / around 7:15 p.m.
    (
        "clock",
        rf"(?:(?:around|about|shortly\s+after|shortly\s+before)\s+)?(?P<clock_t>{_CLOCK})"
        rf"(?:{_TZ})?(?:,?\s+(?:on\s+)?(?P<clock_day>{_DAYREF}))?",
    ),
    # this morning / last night / Friday evening / mid-afternoon yesterday / Tuesday nights
    (
        "partday",
        rf"(?:(?P<partday_mod>early|late|mid)[- ]?)?"
        rf"(?:(?P<partday_anchor>this|last|yesterday|tomorrow|the|{_WEEKDAY})\s+)?"
        rf"(?:(?P<partday_mod2>early|late|mid)[- ]?)?"
        rf"(?P<partday_part>morning|afternoon|evening|night)s?"
        rf"(?:\s+(?P<partday_after>yesterday|today|tomorrow|{_WEEKDAY}))?"
        rf"|(?P<partday_word>tonight|overnight)\b",
    ),
    # Friday, Oct. 13, 1989 / May 26, 1980 / March eighth
    (
        "mdy",
        rf"(?:(?P<mdy_wd>{_WEEKDAY}),?\s+)?(?:{_PMOD})?(?P<mdy_month>{_MONTH})\s+"
        rf"(?P<mdy_day>{_DAYNUM}|{_ORDWORD})(?:,?\s+(?P<mdy_year>{_YEAR4}))?",
    ),
    # 25 April 2024 / the 5th of May
    (
        "dmy",
        rf"(?:(?P<dmy_wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<dmy_day>{_DAYNUM})(?:\s+of)?\s+"
        rf"(?P<dmy_month>{_MONTH})(?:,?\s+(?P<dmy_year>{_YEAR4}))?",
    ),
    ("iso", r"(?<![\d/-])(?P<iso_y>(?:1[0-9]|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b"),
    (
        "slash",
        r"(?<![\d/.])(?P<slash_m>1[0-2]|0?[1-9])/(?P<slash_d>3[01]|[12]\d|0?[1-9])/"
        r"(?P<slash_y>(?:19|20)\d\d|\d\d)(?![\d/])",
    ),
    # December 2024 / June last year / the winter of nineteen ninety-four
    (
        "monthyear",
        rf"(?:{_PMOD})?(?:(?P<monthyear_month>{_MONTH})|(?:the\s+)?(?P<monthyear_season>"
        rf"{_SEASON}))\s+(?:of\s+)?(?:(?P<monthyear_year>{_YEAR})"
        rf"|(?P<monthyear_rel>last|this|next)\s+year)\b",
    ),
    # the third quarter of 1984 / third-quarter / the fiscal first quarter / the first half
    (
        "quarter",
        rf"(?:(?:the|its|this|that|a|an)\s+)?(?P<quarter_pre>(?:(?:{_YEAR4}|(?:this|last|next)"
        rf"\s+year's|year-earlier|year-ago|comparable|same|latest|current|fiscal|calendar|flat"
        rf"|strong|weak|disappointing)(?:\s+|-)){{0,3}})"
        rf"(?P<quarter_ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[- ]"
        rf"(?:fiscal\s+)?(?P<quarter_unit>quarter|half)s?\b"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<quarter_year>{_YEAR4})|(?P<quarter_rel>this|last|"
        rf"next)\s+year)|\s+(?P<quarter_rel2>this|last|next)\s+year)?",
    ),
    # the quarter / the latest period / the year-earlier quarter / the 1988 period
    (
        "ctxq",
        rf"(?:the|this|that|its)\s+(?P<ctxq_pre>(?:(?:latest|current|most\s+recent|same|"
        rf"comparable|year-earlier|year-ago|year-before|previous|prior|fiscal|corresponding"
        rf"|{_YEAR4})\s+){{0,3}})(?P<ctxq_unit>quarter|period)\b(?!s)"
        rf"(?P<ctxq_ago>\s+a\s+year\s+(?:ago|earlier|before)\b)?",
    ),
    # two years ago / a year earlier / 10 days later
    (
        "ago",
        rf"(?:(?P<ago_q>{_QMOD})\s+)?(?P<ago_num>{_NUM})[\s-]+(?P<ago_unit>{_UNIT})s?"
        rf"(?:\s+or\s+so)?\s+(?P<ago_dir>ago|earlier|later|from\s+now|hence|back\b(?!\s+(?:to|in|on|from|into|home)\b)"
        rf"|(?:before|after)(?=\s*[,.;:!?)]|\s*$))",
    ),
    ("agobare", r"(?P<agobare_unit>years|months|weeks|days|decades)\s+ago\b"),
    # year-earlier / year-ago / year-end / year's end
    (
        "yearadj",
        r"(?:(?P<yearadj_pmod>around|about|by)\s+)?(?-i:[Yy])ear(?P<yearadj_kind>-earlier|"
        r"-ago|-before|-end|\s+end|'s\s+end)\b",
    ),
    # the 1990s / the '80s / the early 1980s / the nineties / the 20th century
    (
        "decade",
        rf"(?:the\s+)?(?:{_PMOD})?(?:the\s+)?(?:(?P<decade_num>(?:1[0-9]|20)\d0|['’]\d0)'?s\b"
        rf"|(?P<decade_word>{_DECADE_WORD})\b"
        rf"|(?P<decade_cent>\d{{1,2}}(?:st|nd|rd|th)|{_ORDWORD})[- ]century)",
    ),
    # each of the past three years / the first nine months / nearly two years / five-year
    (
        "duration",
        rf"(?:(?P<duration_q>{_QMOD})\s+)?(?:each\s+of\s+)?"
        rf"(?:(?P<duration_det>the|a|an|another|their|its|his|her)\s+)?"
        rf"(?:(?P<duration_rel>past|last|next|first|previous|coming|following|latest|final"
        rf"|remaining|initial|additional|year-earlier|better\s+part\s+of\s+the)\s+)?"
        rf"(?P<duration_num>{_NUM})(?:\s+(?:to|or|and)\s+(?P<duration_num2>{_NUM}))?[\s-]+"
        rf"(?:more\s+|additional\s+|full\s+|straight\s+|consecutive\s+|trading\s+|business\s+"
        rf"|calendar\s+)?(?P<duration_unit>{_UNIT})(?P<duration_plural>s)?(?:(?P<duration_old>-old)|(?!-))\b"
        rf"(?:\s+or\s+(?:so|more|longer))?(?P<duration_age>\s+old\b|\s+of\s+age\b)?",
    ),
    # every Monday / each month / twice a year / daily
    (
        "set",
        rf"(?:(?:every|each)\s+(?:other\s+)?(?:single\s+)?(?P<set_unit>{_UNIT}|{_WEEKDAY}"
        rf"|{_MONTH}|{_SEASON})\b(?!s)"
        rf"|(?:once|twice|thrice|{_CARD_WORD}\s+times)\s+(?:a|an|per)\s+(?P<set_unit2>{_UNIT})\b"
        rf"|(?P<set_adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly"
        rf"|semiannually)\b)",
    ),
    # recent years / coming months / the past few weeks handled above
    (
        "vague",
        rf"(?:the\s+)?(?P<vague_kind>recent|coming|past|next|previous|ensuing|early|later)\s+"
        rf"(?P<vague_unit>{_UNIT})s\b|the\s+(?P<vague_years>years|decades|centuries)\b",
    ),
    # this autumn / last year / the past year / early next year / the end of this week
    (
        "rel",
        rf"(?:(?P<rel_pmod>{_PMOD}))?(?P<rel_word>{_RELWORD})\s+"
        rf"(?P<rel_unit>week|weekend|month|year|quarter|decade|century|{_SEASON}|fiscal\s+year"
        rf"|(?-i:(?:January|February|March|April|May|June|July|August|September|October"
        rf"|November|December)\b))(?!-|\s+(?:of|and)\s+\d)(?:'s\s+end)?\b",
    ),
    # mid-November / early September / this September / last May
    (
        "month",
        rf"(?:(?P<month_pmod>{_PMOD}))?(?:(?P<month_rel>last|this|next|this\s+past|this\s+coming"
        rf"|the\s+following|the\s+previous|that)\s+)?(?P<month_name>{_MONTH})",
    ),
    # 1988 / fiscal 1989 / mid-1996 / the end of 1990 / '98 / 2018-2020
    (
        "year",
        rf"(?:(?P<year_pmod>{_PMOD}))?(?:(?P<year_fiscal>fiscal(?:\s+year)?|calendar(?:\s+year)?"
        rf"|FY)\s*)?(?P<year_value>{_YEAR})(?:\s*[-–]\s*(?P<year_end>(?:1[0-9]|20)\d\d|\d\d)\b)?",
    ),
    # the weekend / the year / the week / the day
    (
        "bareunit",
        rf"(?:(?P<bareunit_pmod>{_PMOD}))?the\s+(?:(?P<bareunit_mod>early|late|mid)[- ])?"
        rf"(?P<bareunit_unit>weekend|year|week|summer|winter|autumn|spring|month)\b(?!-|'s)",
    ),
    # today / yesterday / late yesterday / the day before yesterday
    (
        "day",
        r"(?:(?P<day_mod>early|late|earlier|later)\s+)?(?P<day_word>today|yesterday|tomorrow"
        r"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b",
    ),
    # Friday / last Friday / this coming Sunday / Mondays
    (
        "weekday",
        rf"(?:(?P<weekday_rel>last|next|this\s+coming|this\s+past|this|the\s+previous"
        rf"|the\s+following|early|late|earlier|later)\s+)?(?P<weekday_name>{_WEEKDAY})",
    ),
    # now / currently / recently / soon / the future / the past
    (
        "ref",
        r"(?P<ref_word>right\s+now|just\s+now|now|currently|at\s+present|presently|these\s+days"
        r"|nowadays|at\s+the\s+moment|more\s+recently|most\s+recently|recently"
        r"|lately|as\s+soon\s+as\s+possible|(?<!\bas\s)soon|the\s+(?:near\s+|distant\s+"
        r"|immediate\s+)?future|the\s+(?:recent\s+|distant\s+)?past"
        r"|the\s+(?:near|short|long)\s+term"
        r"|then\s+current|(?P<ref_adj>current|recent)(?=\s+[a-z]+)(?!\s+(?:account|accounts|quarter|period"
        r"|year|month|week|fiscal|and)\b))\b",
    ),
)
"""(name, pattern) in priority order; every group inside a rule is prefixed with its name."""

PATTERN = re.compile(
    r"(?:\b|(?=['’]\d))(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in RULES) + r")",
    re.IGNORECASE,
)
"""All rules as one pattern; ``match.lastgroup`` names the rule that matched."""


@dataclass(frozen=True)
class Candidate:
    """A stretch of text one grammar rule matched, with the rule's named parts."""

    rule: str
    start: int
    end: int
    text: str
    parts: dict[str, str]
    offsets: dict[str, tuple[int, int]]


def candidates(text: str) -> list[Candidate]:
    """Every non-overlapping expression the grammar finds, left to right (a full scan; the
    component uses ``candidates_at`` with trigger positions instead, which is much faster)."""
    return [candidate_of(match) for match in PATTERN.finditer(text) if match.lastgroup]


def candidates_at(text: str, triggers: Iterable[tuple[int, list[int]]]) -> list[Candidate]:
    """Expressions around trigger positions: for each trigger not yet covered, the match from
    the earliest possible start that reaches the trigger (leftmost, as a full scan would)."""
    found: list[Candidate] = []
    covered = 0
    for trigger, starts in triggers:
        if trigger < covered:
            continue
        for start in starts:
            if start < covered:
                continue
            match = PATTERN.match(text, start)
            if match is not None and match.lastgroup and match.end() > trigger:
                candidate = candidate_of(match)
                found.append(candidate)
                covered = match.end()
                break
    return found


def candidate_of(match: re.Match[str]) -> Candidate:
    """A candidate from a match of ``PATTERN``: the rule's parts with their offsets."""
    rule = match.lastgroup
    assert rule is not None
    prefix = rule + "_"
    parts = {}
    offsets = {}
    for key, value in match.groupdict().items():
        if value is not None and key.startswith(prefix):
            parts[key[len(prefix) :]] = value
            offsets[key[len(prefix) :]] = match.span(key)
    start, end = match.span()
    surface = match.group()
    stripped = surface.rstrip(" ,")
    end -= len(surface) - len(stripped)
    return Candidate(rule, start, end, stripped, parts, offsets)
