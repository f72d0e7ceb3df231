"""The ``demarche_time`` spaCy component: temporal expressions with TIMEX3 values.

One pass of the compiled grammar over the text finds the candidates; the parse filters out
the few that only look temporal ("May" the modal verb, "2018 troops") and supplies the tense
of the governing verb; the normaliser values each expression against the publication date.

(No ``from __future__ import annotations`` here: spaCy validates factory signatures at run time.)
"""

import datetime as dt
import logging
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from demarche.pipeline.extensions import article_of, published_of, register_extensions
from demarche.pipeline.process import masked_text
from demarche.records import TimeExpression
from demarche.temporal.grammar import Candidate, candidates_at
from demarche.temporal.normalise import resolve
from demarche.temporal.tense import tense_of
from demarche.temporal.triggers import TRIGGER_WORDS, trigger_starts
from demarche.temporal.values import (
    FUTURE,
    PAST,
    Context,
    Reference,
    granularity_of,
    quarter_completed,
    quarter_ending,
)

logger = logging.getLogger(__name__)

TENSE_RULES: frozenset[str] = frozenset(
    {"mdy", "dmy", "month", "weekday", "quarter", "bareunit", "clock", "partday", "rel"}
)
"""Rules whose value depends on the direction the clause points in."""

RANGE_START = re.compile(
    r"(?:\bsince|\bfrom|\bbetween|\bstarting(?:\s+in)?|\bbeginning(?:\s+in)?)\s+$",
    re.IGNORECASE,
)
"""Words before an expression that make it the start of a range ("since 2018", "from May to
June", "between 2009 and 2017")."""

FORWARD_BEFORE = re.compile(
    r"\b(?:(?P<always>effective|payable|due|expires?|expiring)(?:\s+(?:on|as\s+of|in))?"
    r"|(?P<unless_past>by|until|till))\s+$",
    re.IGNORECASE,
)
"""Words before a date that point it forward whatever verb reports it: a change "effective
Feb. 1", a dividend "payable Dec. 7", an offer that "expires Nov. 6"; a deadline "by February"
unless the clause is in the past tense ("by March, sales had doubled")."""


CALENDAR_RULES: frozenset[str] = frozenset({"mdy", "dmy", "month"})
"""Rules for a month or a month and day written without a year."""


def clause_tense(candidate: Candidate, span: Span, before: str) -> str | None:
    """The tense a date's value should follow: the governing verb's, unless the words just
    before the date fix its direction."""
    if candidate.rule not in TENSE_RULES:
        return None
    tense = tense_of(span)
    if candidate.rule not in CALENDAR_RULES:
        return tense  # a weekday lies within a week either way: the verb knows best
    marker = FORWARD_BEFORE.search(before)
    if marker and (marker.group("always") or tense != PAST):
        return FUTURE
    return tense


CLOCK_AFTER_DAY = re.compile(r"\s*,?\s*(?:at|from|by|until)?\s*")
"""Between a date and a clock time that belongs to it ("Friday at 10 a.m.")."""

FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")

NOT_DATE_AFTER: frozenset[str] = frozenset(
    {"percent", "%", "million", "billion", "trillion", "thousand", "hundred", "people",
     "dollars", "yen", "euros", "pounds", "feet", "meters", "metres", "miles", "km", "kg",
     "tons", "tonnes", "points", "votes", "shares", "times"}
)  # fmt: skip
"""Words after a four-digit number that make it a quantity, not a year ("2018 troops")."""

NOT_DATE_BEFORE: frozenset[str] = frozenset(
    {"$", "#", "no.", "number", "nos.", "flight", "route", "page", "pages", "article", "room",
     "resolution", "section", "bill", "chapter", "total"}
)  # fmt: skip
"""Words before a four-digit number that make it a quantity or a label, not a year."""

NAME_TITLES: frozenset[str] = frozenset(
    {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "minister", "president", "senator",
     "sen.", "rep.", "judge", "justice", "governor", "gov.", "prof.", "professor", "general",
     "gen.", "chancellor", "secretary", "ambassador", "mayor", "sir", "dame", "lady", "lord"}
)  # fmt: skip
"""Titles before a month name that make it a surname ("Prime Minister May")."""

PREPOSITIONS_BEFORE_YEAR: frozenset[str] = frozenset(
    {"in", "since", "by", "from", "until", "till", "to", "before", "after", "during", "circa",
     "of", "through", "between", "and", "early", "late", "mid", "year"}
)  # fmt: skip


def accept(candidate: Candidate, span: Span) -> bool:
    """Whether the parse agrees that a grammar candidate is temporal."""
    doc = span.doc
    if candidate.rule == "month" and len(span) == 1:
        token = span[0]
        if token.tag_ in ("MD", "VB", "VBP", "VBZ", "VBD") or token.ent_type_ == "PERSON":
            return False
        if token.lower_ in ("may", "march") and token.tag_ not in ("NNP", "NNPS", "NN"):
            return False
        if token.lower_ == "may" and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "VB":
            return False
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and (
            before.lower_ in NAME_TITLES
            or (before.pos_ == "PROPN" and before.is_title and before.lower_ not in TRIGGER_WORDS)
        ):
            return False  # a surname: "Theresa May", "Prime Minister May", "Ms. June"
    if candidate.rule == "year" and not ({"pmod", "fiscal", "end"} & candidate.parts.keys()):
        return plausible_year(candidate, span)
    if candidate.rule == "set" and "adv" in candidate.parts:
        return span[-1].pos_ == "ADV"
    if candidate.rule == "duration" and candidate.parts.get("num", "").lower() in ("a", "an"):
        return span[-1].dep_ != "compound"
    return True


def plausible_year(candidate: Candidate, span: Span) -> bool:
    """A bare four-digit number is a year unless its neighbours make it a quantity."""
    doc = span.doc
    value = candidate.parts.get("value", "")
    if not value.isdigit():
        return True
    if span[0].ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and (after.tag_ == "NNS" or after.lower_ in NOT_DATE_AFTER):
        return False
    if before is not None and before.lower_ in NOT_DATE_BEFORE:
        return False
    if (
        before is not None
        and before.lower_ == "than"
        and before.i > 0
        and doc[before.i - 1].lower_ in ("more", "less", "fewer")
    ):
        return False  # "more than 2000 were killed"; "no later than 2020" is a year
    if int(value) < 1800:
        return before is not None and before.lower_ in PREPOSITIONS_BEFORE_YEAR
    return True


class TimeTagger:
    """Finds and normalises temporal expressions; assigns ``doc._.demarche_times``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.demarche_times = find_times(doc)
        return doc


def text_of(doc: Doc) -> str:
    """The Doc's text, taken from its article when it has one (``doc.text`` joins every
    token, a cost worth avoiding on every document)."""
    article = article_of(doc)
    if article is not None:
        text = masked_text(article)
        last = doc[-1] if len(doc) else None
        if last is None or len(text) == last.idx + len(last.text_with_ws):
            return text
    return doc.text


def find_times(doc: Doc) -> list[TimeExpression]:
    """Every temporal expression in a parsed Doc, in text order, with TIMEX3 values."""
    reference = Reference.parse(published_of(doc))
    text = text_of(doc)
    focus: str | None = None
    topic: str | None = None
    times: list[TimeExpression] = []
    previous_day: tuple[int, str] | None = None  # (end offset, YYYY-MM-DD) of the last date
    for candidate in candidates_at(text, trigger_starts(doc, text)):
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None or len(span) == 0 or not accept(candidate, span):
            continue
        before = text[max(0, candidate.start - 24) : candidate.start]
        context = Context(
            reference,
            tense=clause_tense(candidate, span, before),
            focus=focus,
            before=before,
            after=text[candidate.end : candidate.end + 24],
            day=previous_day[1]
            if previous_day and CLOCK_AFTER_DAY.fullmatch(text[previous_day[0] : candidate.start])
            else None,
            topic=topic,
        )
        try:
            results = resolve(candidate, context)
        except Exception:  # one odd expression must not cost the document its analysis
            logger.exception("demarche_time: cannot resolve %r", candidate.text)
            continue
        for result in results:
            start = candidate.start if result.start is None else result.start
            end = candidate.end if result.end is None else result.end
            times.append(
                TimeExpression(
                    start=start,
                    end=end,
                    text=text[start:end],
                    type=result.type,
                    value=result.value,
                    anchored=result.anchored,
                    range_start=result.range_start
                    or (
                        bool(RANGE_START.search(text[max(0, start - 24) : start]))
                        and result.type in ("DATE", "TIME")
                    ),
                )
            )
            if result.focus_value:
                focus = result.focus_value
            elif result.focus and result.value:
                focus = period_focus(result.value, focus, before)
                if topic is None and quarter_completed(focus, reference):
                    topic = focus
            if result.value and FULL_DATE.match(result.value):
                previous_day = (end, result.value[:10])
    return share_range_years(times, text)


QUARTER_ENDED = re.compile(
    r"\b(?:quarter|period|three\s+months)\s+(?:that\s+|which\s+)?(?:ended|ending)\s+$",
    re.IGNORECASE,
)


def period_focus(value: str, focus: str | None, before: str) -> str:
    """The focus an expression leaves: its own value, except that the end date of a quarter
    ("the quarter ended Sept. 30") leaves the quarter, so that "a year earlier" means the
    year-ago quarter, not the year-ago day; a quarter already named ("the fourth quarter
    ended Sept. 30", a fiscal one) stays."""
    if not (FULL_DATE.fullmatch(value) and QUARTER_ENDED.search(before)):
        return value
    if focus is not None and granularity_of(focus) == "Q":
        return focus
    return quarter_ending(dt.date.fromisoformat(value))


RANGE_LINK = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s*", re.IGNORECASE)
MONTH_VALUE = re.compile(r"\d{4}-(\d\d)")


def share_range_years(times: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Give the start of a range the year written only at its end: "from May to June 2018"
    means May 2018, whatever the publication date."""
    for index in range(len(times) - 1):
        first, second = times[index], times[index + 1]
        if not (first.range_start and first.value and second.value):
            continue
        if not RANGE_LINK.fullmatch(text[first.end : second.start]):
            continue
        first_month = MONTH_VALUE.fullmatch(first.value)
        second_month = MONTH_VALUE.match(second.value)
        if first_month is None or second_month is None or re.search(r"\d{4}", first.text):
            continue
        year = int(second.value[:4]) - (first_month.group(1) > second_month.group(1))
        times[index] = replace(first, value=f"{year:04d}-{first_month.group(1)}")
    return times


@Language.factory(
    "demarche_time",
    requires=["token.dep", "token.tag", "token.pos"],
    assigns=["doc._.demarche_times"],
    default_config={},
)
def make_time_tagger(nlp: Language, name: str) -> TimeTagger:
    """Register the extensions and build the tagger (the grammar is compiled at import)."""
    register_extensions()
    return TimeTagger()
