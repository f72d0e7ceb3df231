"""Plain text to ``Article``: the text is kept exactly, so offsets index the user's file."""

from __future__ import annotations

import hashlib


def text_id(text: str) -> str:
    """The article id: sha256 of its text, so re-ingesting the same text is recognised."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_from_text(
    text: str,
    *,
    source: str | None = None,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    language: str | None = "en",
) -> object:
    """Build an Article from text exactly as given (placeholder until ingestion lands)."""
    from demarche.records import Article

    return Article(
        id=text_id(text),
        text=text,
        title=title,
        url=url,
        outlet=outlet,
        author=author,
        published=published,
        language=language,
        source=source,
    )
