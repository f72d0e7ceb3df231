"""Plain text to ``Article``: the text is kept exactly, so offsets index the user's file.

Nothing is stripped or normalised. Web leftovers found by :mod:`demarche.ingest.leftovers` are
reported as ``boilerplate`` spans (analysis masks them), a headline-like first line becomes the
title, and a dateline gives the publication date when none was given.
"""

from __future__ import annotations

import hashlib
import re

from demarche.ingest.language import detect_language
from demarche.ingest.leftovers import find_leftovers, lines_of
from demarche.records import Article
from demarche.temporal.dateline import published_from_text

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
_TITLE_END = re.compile(r"[.,;:]$")
_TITLE_START = re.compile(r"^[\"'“‘(]?[A-Z0-9]")
_CONTENT_WORD = re.compile(r"\b[^\W\d_]{4,}")


def text_id(text: str) -> str:
    """The article id: sha256 of its text, so re-ingesting the same text is recognised."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def headline(text: str, boilerplate: tuple[tuple[int, int], ...]) -> str | None:
    """The first line, when it reads like a headline and the article goes on after it.

    A headline is short, starts with a capital or digit and does not end like a sentence
    (a full stop, comma, colon or semicolon); question and exclamation marks are allowed,
    since headlines use them. Leftover lines (datelines, bylines) are skipped over.
    """
    skipped = set(boilerplate)
    lines = [span for span in lines_of(text) if span not in skipped]
    if len(lines) < 2:
        return None
    start, end = lines[0]
    line = text[start:end]
    if (
        len(line) > MAX_TITLE_CHARS
        or len(line.split()) > MAX_TITLE_WORDS
        or not _TITLE_START.match(line)
    ):
        return None
    if _TITLE_END.search(line) and not (line.endswith(".") and _title_case(line)):
        return None
    return line


def _title_case(line: str) -> bool:
    """True for "Only 24 Percent of Clinton's Donors Are Small Donors." (a headline with a
    full stop, as some corpora print them): most content words are capitalised."""
    words = [w for w in _CONTENT_WORD.findall(line)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def masked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The text without the given spans, for language detection on the story alone."""
    if not spans:
        return text
    parts, position = [], 0
    for start, end in spans:
        parts.append(text[position:start])
        position = end
    parts.append(text[position:])
    return " ".join(parts)


AGENCY_DATELINE = re.compile(r"\s*[A-Z][A-Za-z.'’ -]{1,40},[^\n]{0,60}?(?:\s[-–—]\s|\)\s*[-–—:])")
"""A wire-service opening: "SEOUL, Oct. 25, 2025 (Reuters) - ..." up to the dash."""


def agency_dateline_date(text: str) -> str | None:
    """The date in a wire-service dateline that opens the story, if it carries a full date.

    Only the dateline itself is read: a story that opens "On March 5, 2021, the court..." is
    about that date, not published on it.
    """
    match = AGENCY_DATELINE.match(text)
    return published_from_text(match.group(0)) if match else None


def article_from_text(
    text: str,
    *,
    source: str | None = None,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    language: str | None = None,
) -> Article:
    """Build an Article from text exactly as given.

    Args:
        text: the article; kept byte for byte so offsets index the user's file.
        source: where it came from (a path, "path:line 3"), for messages.
        published: ISO date; when None a dateline in the text supplies it, else it stays None
            (never today: a wrong anchor would misdate every relative expression).
        title: given title; when None a headline-like first line is used.
        url, outlet, author: metadata kept as given (author falls back to a byline).
        language: ISO 639-1 code; when None it is detected.
    """
    found = find_leftovers(text)
    if language is None:
        language, _ = detect_language(masked(text, found.spans))
    return Article(
        id=text_id(text),
        text=text,
        title=title if title is not None else headline(text, found.spans),
        url=url,
        outlet=outlet,
        author=author if author is not None else found.author,
        published=published or found.published or agency_dateline_date(text),
        language=language,
        boilerplate=found.spans,
        source=source,
    )
