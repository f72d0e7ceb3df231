"""Corpus records (a JSONL object, a CSV row) to ``Article``: the fields a corpus may carry.

A record needs ``text``; ``id``, ``title``, ``url``, ``published`` (alias ``date``), ``outlet``
and ``author`` are optional. A bad date is reported as a warning and the article is kept, dated
by a dateline in its text if it has one: losing a whole article to a typo in its date would be
worse than analysing it undated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from demarche.errors import InputError, InputWarning
from demarche.ingest.article import article_from_text
from demarche.ingest.dates import parse_published
from demarche.records import Article

TEXT_FIELD = "text"
KNOWN_FIELDS = frozenset({"text", "id", "title", "url", "published", "date", "outlet", "author"})
DATE_FIELDS = ("published", "date")

OnError = Callable[[InputError], None]


def _field(record: Mapping[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def record_article(
    record: Mapping[str, Any], *, source: str, line: int, max_bytes: int, on_error: OnError
) -> Article | None:
    """Build the article of one record, or report why not and return None."""
    text = record.get(TEXT_FIELD)
    if not isinstance(text, str) or not text.strip():
        on_error(InputError("D009", source=source, line=line, fields=sorted(record)))
        return None
    if len(text) > max_bytes:
        on_error(InputError("D007", source=f"{source}:{line}", size=len(text), limit=max_bytes))
        return None
    published = None
    for name in DATE_FIELDS:
        value = _field(record, name)
        if value is None:
            continue
        try:
            published = parse_published(value)
        except InputError:
            on_error(InputWarning("D026", source=source, line=line, field=name, value=value))
        break
    record_id = _field(record, "id")
    return article_from_text(
        text,
        source=f"{source}:{line}" + (f" [{record_id}]" if record_id else ""),
        published=published,
        title=_field(record, "title"),
        url=_field(record, "url"),
        outlet=_field(record, "outlet"),
        author=_field(record, "author"),
    )
