"""Where to run the grammar: the few tokens that can anchor a temporal expression.

Trying the full grammar at every word costs tens of microseconds a word, far over the
component's budget. Every rule needs at least one *trigger* (a month, a weekday, a unit, a
digit, "now", ...), and the words that may precede the trigger inside an expression ("the",
"early", "nearly", "each of the past") are a small closed set. So the component finds the
triggers with one vectorised look-up over the token hashes, walks left over prefix words to
the earliest possible start, and tries the grammar only there.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX, LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]  # Cython, no stub
from spacy.tokens import Doc

from demarche.temporal.lexicon import DECADE_WORDS, MONTHS, SEASONS, UNITS, WEEKDAYS

_UNIT_WORDS = set(UNITS) | {unit + "s" for unit in UNITS} | {"centuries", "halves", "half"}
_REFERENCE_WORDS = {
    "now", "currently", "present", "presently", "nowadays", "moment", "recently", "lately",
    "soon", "future", "past", "term", "current", "recent", "today", "yesterday", "tomorrow",
    "tonight", "overnight", "noon", "midnight", "morning", "afternoon", "evening", "mornings",
    "afternoons", "evenings", "nights", "daily", "weekly", "monthly", "annually", "yearly",
    "hourly", "nightly", "biweekly", "semiannually", "period", "nineteen", "thousand",
}  # fmt: skip
TRIGGER_WORDS: frozenset[str] = frozenset(
    set(MONTHS)
    | {month + "." for month in MONTHS}
    | set(WEEKDAYS)
    | {day + "s" for day in WEEKDAYS}
    | set(SEASONS)
    | set(DECADE_WORDS)
    | _UNIT_WORDS
    | _REFERENCE_WORDS
)
"""Lower-cased tokens that every expression contains at least one of (digits aside)."""

PREFIX_WORDS: frozenset[str] = frozenset(
    """the a an this that these last next past coming previous following prior same latest
    current fiscal calendar full present early late mid earlier later end beginning start
    middle close turn first second third fourth half part latter rest remainder of in about
    approximately around nearly almost roughly at least most more less fewer than over up to
    no upwards just only barely some under each every per other single once twice thrice
    times several few many couple dozen dozens one two three four five six seven eight nine
    ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred thousand and or its his her their
    another year - 's ’s ' ’ right as until shortly after before remaining initial
    additional final better straight consecutive trading business flat strong weak
    disappointing comparable corresponding year-earlier year-ago near short long distant
    immediate ensuing fy 1st 2nd 3rd 4th""".split()
)
"""Words that may come before a trigger inside one expression."""

MAX_PREFIX = 8
"""The longest run of prefix words walked over ("at least the past" needs four)."""

_TRIGGER_HASHES = np.array(sorted(hash_string(word) for word in TRIGGER_WORDS), dtype=np.uint64)
_PREFIX_HASHES = np.array(sorted(hash_string(word) for word in PREFIX_WORDS), dtype=np.uint64)
_DIGIT_WORD = re.compile(r"(?<![\w'’])(?:\d|['’]\d\d)")


def trigger_starts(doc: Doc, text: str | None = None) -> list[tuple[int, list[int]]]:
    """For each trigger token (in order): its character offset and the character offsets,
    earliest first, at which an expression containing it may start."""
    if len(doc) == 0:
        return []
    array = doc.to_array([LOWER, IDX])
    lowers = array[:, 0].astype(np.uint64)
    starts = array[:, 1]
    is_trigger = np.isin(lowers, _TRIGGER_HASHES)
    digit_chars = [
        match.start() for match in _DIGIT_WORD.finditer(doc.text if text is None else text)
    ]
    if digit_chars:
        digit_tokens = np.searchsorted(starts, np.array(digit_chars), side="right") - 1
        is_trigger[digit_tokens[digit_tokens >= 0]] = True
    is_prefix = np.isin(lowers, _PREFIX_HASHES) | is_trigger
    result = []
    for index in np.flatnonzero(is_trigger).tolist():
        first = index
        while first > 0 and index - first < MAX_PREFIX and is_prefix[first - 1]:
            first -= 1
        result.append((int(starts[index]), [int(starts[i]) for i in range(first, index + 1)]))
    return result
