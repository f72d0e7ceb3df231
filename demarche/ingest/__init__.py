"""Ingestion: text, HTML, corpora, feeds and WARC files to ``Article`` records.

``read_articles`` is the entry point for files; ``article_from_text`` and ``article_from_html``
build one article from a string; ``parse_published`` normalises publication dates.
"""

from demarche.ingest.article import article_from_text, text_id
from demarche.ingest.dates import parse_published
from demarche.ingest.html import article_from_html
from demarche.ingest.reader import read_articles

__all__ = ["article_from_html", "article_from_text", "parse_published", "read_articles", "text_id"]
