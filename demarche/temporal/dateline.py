"""A publication date read from the text itself, for articles whose metadata has none.

News copy often opens with a dateline ("SEOUL, Oct. 25, 2025 (Reuters) -") or a printed date
("Published 25 October 2025"). Ingestion may use this as ``Article.published`` when nothing
better is known; the time component never guesses it on its own, because a story that opens
"On March 5, 2021, ..." is about that date, not written on it.
"""

from __future__ import annotations

import datetime as dt
import re

from demarche.temporal.grammar import RULES
from demarche.temporal.lexicon import MONTHS

DATELINE_WINDOW = 300
"""Characters at the start of the text searched for a dateline."""

_FULL_DATE = re.compile(
    "|".join(f"(?P<{name}>{pattern})" for name, pattern in RULES if name in ("mdy", "dmy", "iso")),
    re.IGNORECASE,
)


def published_from_text(text: str, window: int = DATELINE_WINDOW) -> str | None:
    """The first complete calendar date (with its year) near the start of ``text``, as
    ``YYYY-MM-DD``; None when there is none or it is not a real date."""
    for match in _FULL_DATE.finditer(text, 0, min(len(text), window)):
        rule = match.lastgroup
        if rule == "iso":
            year, month, day = match.group("iso_y"), match.group("iso_m"), match.group("iso_d")
        else:
            year = match.group(f"{rule}_year")
            if not year:
                continue
            month = str(MONTHS[match.group(f"{rule}_month").lower().rstrip(".")])
            day = re.sub(r"\D", "", match.group(f"{rule}_day"))
            if not day:
                continue
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None
