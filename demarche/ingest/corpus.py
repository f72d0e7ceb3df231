"""Streaming corpora: JSONL (one article per line) and CSV (one per row).

Both are read record by record from a byte stream, so a corpus of any size uses the memory of
one article. Each bad record is reported with its line number and skipped; the rest goes on.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from demarche.errors import InputError, InputWarning
from demarche.ingest.records import DATE_FIELDS, KNOWN_FIELDS, TEXT_FIELD, OnError, record_article
from demarche.records import Article

_WIDE = ("utf-16", "utf-32")


def _text_lines(stream: BinaryIO, encoding: str) -> Iterator[tuple[int, str | None]]:
    """(line number, decoded line or None when the line cannot be decoded)."""
    if encoding.startswith(_WIDE):
        for number, line in enumerate(io.TextIOWrapper(stream, encoding=encoding), 1):
            yield number, line
        return
    decoder = codecs.getdecoder("utf-8-sig" if encoding == "utf-8" else encoding)
    for number, raw in enumerate(stream, 1):
        try:
            yield number, decoder(raw)[0]
        except UnicodeDecodeError:
            yield number, None


def read_jsonl(
    stream: BinaryIO, encoding: str, *, source: str, max_bytes: int, on_error: OnError
) -> Iterator[Article]:
    """Articles of a JSONL corpus; malformed or text-less lines are reported and skipped."""
    for number, line in _text_lines(stream, encoding):
        if line is None:
            on_error(InputError("D003", source=f"{source}:{number}", tried=encoding))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            on_error(InputError("D008", source=source, line=number, detail=error.msg))
            continue
        if not isinstance(record, dict):
            detail = f"a JSON {type(record).__name__}, not an object"
            on_error(InputError("D008", source=source, line=number, detail=detail))
            continue
        article = record_article(
            record, source=source, line=number, max_bytes=max_bytes, on_error=on_error
        )
        if article is not None:
            yield article


def read_csv(
    stream: BinaryIO, encoding: str, *, source: str, max_bytes: int, on_error: OnError
) -> Iterator[Article]:
    """Articles of a CSV corpus with a header row naming a ``text`` column.

    Unknown columns are reported once as a warning; ``date`` is read as ``published`` (the
    Wikinews corpus's name for it). Quoted fields may span lines, as article texts do.
    """
    csv.field_size_limit(max(max_bytes, csv.field_size_limit()))
    text = io.TextIOWrapper(stream, encoding=encoding, newline="", errors="strict")
    reader = csv.reader(text)
    try:
        header = next(reader, None)
        if header is None:
            raise InputError("D001", source=source)
        columns = [name.strip().lower() for name in header]
        if TEXT_FIELD not in columns:
            raise InputError("D010", source=source, columns=", ".join(columns) or "none")
        unknown = [name for name in columns if name not in KNOWN_FIELDS]
        if unknown:
            on_error(InputWarning("D016", source=source, columns=", ".join(unknown)))
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            record = {
                name: value
                for name, value in zip(columns, row, strict=False)
                if name in KNOWN_FIELDS
            }
            article = record_article(
                record, source=source, line=reader.line_num, max_bytes=max_bytes, on_error=on_error
            )
            if article is not None:
                yield article
    except csv.Error as error:
        raise InputError(
            "D027", source=f"{source}:{reader.line_num}", kind="CSV row", detail=str(error)
        ) from error
    except UnicodeDecodeError as error:
        raise InputError(
            "D003", source=f"{source}:{reader.line_num + 1}", tried=encoding
        ) from error


__all__ = ["DATE_FIELDS", "read_csv", "read_jsonl"]
