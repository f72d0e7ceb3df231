"""``read_articles``: every input path to Articles, lazily, in input order.

The format of each input is decided from its name and confirmed by its first bytes (a ``.txt``
file holding HTML is HTML; stdin is sniffed). Single articles (text, HTML) are read whole
under ``Options.max_bytes``; corpora (JSONL, CSV, WARC) are streamed record by record, the
limit then applying to each record. Every problem goes to ``on_error`` as one ``InputError``
naming the input, and the batch goes on.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, cast

from demarche.errors import InputError
from demarche.ingest import decode as dec
from demarche.ingest.article import article_from_text, masked
from demarche.ingest.corpus import read_csv, read_jsonl
from demarche.ingest.dates import parse_published
from demarche.ingest.feeds import read_feed, read_warc
from demarche.ingest.html import article_from_html
from demarche.ingest.language import detect_language, is_foreign
from demarche.options import Options
from demarche.records import Article

OnError = Callable[[InputError], None]
STDIN = "-"

_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv",
    ".rss": "feed", ".atom": "feed", ".rdf": "feed", ".xml": "feed",
    ".warc": "warc", ".arc": "warc",
}  # fmt: skip
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_FEED = re.compile(rb"<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]", re.IGNORECASE)
_TAGS = re.compile(rb"<(?:p|div|span|a|br|h[1-6]|article|section|script)[\s/>]", re.IGNORECASE)


def read_articles(paths: Sequence[str], options: Options, on_error: OnError) -> Iterator[Article]:
    """Yield the articles of every input in order, reporting bad inputs to ``on_error``.

    Args:
        paths: files, or ``-`` for stdin: text, HTML (also gzip), JSONL, CSV, RSS/Atom, WARC.
        options: ``published`` overrides every article's date; ``allow_languages`` lets
            non-English articles through; ``max_bytes`` bounds what is read.
        on_error: called once per problem; the batch continues after it.

    Raises:
        InputError: D011 at once when ``options.published`` is not a date (it would misdate
            every article, so nothing is read).
    """
    published = parse_published(options.published) if options.published else None
    return _articles(list(paths), options, published, on_error)


def _articles(
    paths: list[str], options: Options, published: str | None, on_error: OnError
) -> Iterator[Article]:
    for path in paths:
        try:
            for article in _read_path(path, options, on_error):
                checked = _check(article, options, published, on_error)
                if checked is not None:
                    yield checked
        except InputError as error:
            on_error(error)
        except OSError as error:
            detail = error.strerror or str(error)
            on_error(InputError("D012", source=path, detail=detail))


def _check(
    article: Article, options: Options, published: str | None, on_error: OnError
) -> Article | None:
    """Refuse confidently non-English articles; apply the forced publication date."""
    language, probability = detect_language(masked(article.text, article.boilerplate))
    if is_foreign(language, probability, options.allow_languages):
        source = article.source or article.url or "<input>"
        on_error(InputError("D006", source=source, language=language))
        return None
    if published is not None and article.published != published:
        article = dataclasses.replace(article, published=published)
    return article


def kind_of(name: str, head: bytes) -> str:
    """The format of an input from its name, confirmed or overridden by its first bytes."""
    lowered = name.lower().removesuffix(".gz")
    kind = _EXTENSIONS.get(os.path.splitext(lowered)[1])
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    if kind in ("jsonl", "csv", "warc"):
        return kind
    if _FEED.search(head[:4096]) and not _HTML.search(head[:4096]):
        return "feed"
    if _HTML.search(head[:4096]) or (kind is None and len(_TAGS.findall(head[:4096])) >= 3):
        return "html"
    if kind == "feed":
        return kind  # an .xml or .rss file that is no feed: feedparser says what is wrong
    if kind is None and start.startswith(b"{") and name == STDIN:
        return "jsonl"
    return "text" if kind in (None, "html") else kind


def _open(path: str, limit: int) -> tuple[BinaryIO, bool]:
    """The input as a binary stream, and whether it is gzip-compressed."""
    if path == STDIN:
        data = dec.read_limited(sys.stdin.buffer, limit, "<stdin>")
        stream: BinaryIO = io.BytesIO(data)
    else:
        stream = open(path, "rb")  # noqa: SIM115 - closed by the caller
    compressed = stream.read(2) == dec.GZIP_MAGIC
    stream.seek(0)
    return stream, compressed


def _head(stream: BinaryIO, compressed: bool, source: str) -> bytes:
    if not compressed:
        head = stream.read(dec.SNIFF_BYTES)
    else:
        try:
            with gzip.GzipFile(fileobj=stream) as unzipped:
                head = unzipped.read(dec.SNIFF_BYTES)
        except (OSError, EOFError) as error:
            raise InputError("D005", source=source, detail=str(error)) from error
    stream.seek(0)
    return head


def _read_path(path: str, options: Options, on_error: OnError) -> Iterator[Article]:
    source = "<stdin>" if path == STDIN else path
    stream, compressed = _open(path, options.max_bytes)
    with stream:
        head = _head(stream, compressed, source)
        if not head.strip():
            raise InputError("D001", source=source)
        kind = kind_of(path, head)
        if kind == "warc":
            yield from read_warc(
                stream, source=source, max_bytes=options.max_bytes, on_error=on_error
            )
            return
        binary = dec.binary_kind(head)
        if binary:
            raise InputError("D002", source=source, detail=binary)
        if kind in ("jsonl", "csv"):
            encoding = dec.detect_encoding(head) or "utf-8"
            body = cast(BinaryIO, gzip.GzipFile(fileobj=stream)) if compressed else stream
            reader = read_jsonl if kind == "jsonl" else read_csv
            try:
                yield from reader(
                    body, encoding, source=source, max_bytes=options.max_bytes, on_error=on_error
                )
            except (OSError, EOFError) as error:
                raise InputError("D005", source=source, detail=str(error)) from error
            return
        data = _whole(stream, compressed, options.max_bytes, source)
        if kind == "feed":
            yield from read_feed(data, source=source, on_error=on_error)
            return
        text = dec.decode(data, source)
        if not text.strip():
            raise InputError("D001", source=source)
        if kind == "html":
            yield article_from_html(text, source=source)
        else:
            yield article_from_text(text, source=source)


def _whole(stream: BinaryIO, compressed: bool, limit: int, source: str) -> bytes:
    """A single-article input, whole: refused by its size on disk before any reading."""
    try:
        size = os.fstat(stream.fileno()).st_size
    except (OSError, io.UnsupportedOperation):
        size = 0  # stdin was already read under the limit
    if size > limit:
        raise InputError("D007", source=source, size=size, limit=limit)
    data = dec.read_limited(stream, limit, source)
    return dec.gunzip(data, limit, source) if compressed else data
