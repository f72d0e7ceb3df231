"""RSS/Atom feeds (feedparser) and WARC archives (warcio): corpora of web articles.

A feed entry's content or summary is an HTML fragment, turned into paragraphs here (trafilatura
wants whole pages and drops short fragments). A WARC response holding an HTML page goes through
the same extraction as an HTML file, with the record's target URI as the article URL; its
crawl date is not a publication date and is not used as one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any, BinaryIO

from demarche.errors import InputError
from demarche.ingest.article import text_id
from demarche.ingest.dates import parse_published
from demarche.ingest.decode import declared_encoding
from demarche.ingest.html import PARAGRAPH_SEPARATOR, article_from_html, clean_text
from demarche.ingest.language import detect_language
from demarche.ingest.records import OnError
from demarche.records import Article

_BLOCKS = (
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "tr", "section", "article", "figure", "figcaption", "header", "footer", "dd", "dt",
)  # fmt: skip
_DROPPED = ("script", "style", "noscript", "iframe", "form", "button", "nav", "aside")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def fragment_text(fragment: str) -> str:
    """Paragraph text of an HTML fragment: block elements become blank-line breaks."""
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in list(root.iter(*_DROPPED)):
        element.drop_tree()
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
        if element.text:
            element.text = "\n\n" + element.text
    paragraphs = []
    for block in root.text_content().split("\n\n"):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return PARAGRAPH_SEPARATOR.join(paragraphs)


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    for key in ("published", "updated", "created", "dc_date"):
        if entry.get(key):
            try:
                return parse_published(entry[key])
            except InputError:
                continue
    return None


def _entry_html(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def read_feed(data: bytes, *, source: str, on_error: OnError) -> Iterator[Article]:
    """Articles of an RSS or Atom feed, one per entry, in feed order."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        detail = str(feed.get("bozo_exception") or "no entries")
        raise InputError("D027", source=source, kind="RSS/Atom feed", detail=detail)
    outlet = (feed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(feed.entries, 1):
        title = (entry.get("title") or "").strip() or None
        where = f"{source}: entry {number}" + (f" ({title})" if title else "")
        text, dateline, byline = clean_text(fragment_text(_entry_html(entry)), title)
        if not text.strip():
            on_error(InputError("D019", source=where, detail="no article text"))
            continue
        language, _ = detect_language(text)
        yield Article(
            id=text_id(text),
            text=text,
            title=title,
            url=entry.get("link") or None,
            outlet=outlet,
            author=entry.get("author") or byline,
            published=_entry_date(entry) or dateline,
            language=language,
            source=where,
        )


def _record_charset(record: Any) -> str | None:
    headers = record.http_headers or record.rec_headers
    match = _CHARSET.search(headers.get_header("Content-Type") or "")
    return match.group(1) if match else None


def read_warc(
    stream: BinaryIO, *, source: str, max_bytes: int, on_error: OnError
) -> Iterator[Article]:
    """Articles of the HTML responses in a WARC file (gzip or not), in record order.

    Requests, metadata, redirects, errors and non-HTML responses are skipped silently: they
    are the normal content of a crawl, not problems. An HTML page without an article is
    reported, since the user may have expected one.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for number, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers
            if headers is not None and headers.get_statuscode() not in ("200", None):
                continue
            content_type = (headers or record.rec_headers).get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}: record {number}" + (f" ({uri})" if uri else "")
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                on_error(InputError("D007", source=where, size=len(data), limit=max_bytes))
                continue
            charset = _record_charset(record) or declared_encoding(data) or "utf-8"
            try:
                html = data.decode(charset, errors="replace")
            except LookupError:
                html = data.decode("utf-8", errors="replace")
            try:
                yield article_from_html(html, source=where, url=uri)
            except InputError as error:
                on_error(error)
    except ArchiveLoadFailed as error:
        raise InputError("D027", source=source, kind="WARC file", detail=str(error)) from error
