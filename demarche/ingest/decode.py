"""Bytes to text: size limits, gzip, binary sniffing and encoding detection.

Encodings are tried in order of evidence: a byte-order mark, strict UTF-8 (most of the web), an
encoding the document declares (HTML ``<meta charset>``, XML declaration), then
charset-normalizer's detection. Binary files are recognised by magic numbers and control bytes
before any decoding, so a PDF is reported as a PDF rather than as mojibake.
"""

from __future__ import annotations

import codecs
import re
import zlib
from typing import Any, BinaryIO

from demarche.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 8192

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"RIFF", "a media file"),
    (b"ID3", "an audio file"),
    (b"\x00\x00\x00", "a media or binary file"),
    (b"SQLite format 3", "an SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13, 27})


def read_limited(stream: BinaryIO, limit: int, source: str) -> bytes:
    """Read a whole stream but refuse it, without reading on, once it passes ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError("D007", source=source, size=len(data), limit=limit)
    return data


def gunzip(data: bytes, limit: int, source: str) -> bytes:
    """Decompress gzip data with the same size limit (a small bomb must not fill memory)."""
    decompressor = zlib.decompressobj(wbits=31)
    try:
        out = decompressor.decompress(data, limit + 1)
        if len(out) > limit:
            raise InputError("D007", source=source, size=len(out), limit=limit)
        if not decompressor.eof:
            raise InputError("D005", source=source, detail="the stream ends early")
    except zlib.error as error:
        raise InputError("D005", source=source, detail=str(error)) from error
    return out


def is_gzip(data: bytes) -> bool:
    return data[:2] == GZIP_MAGIC


def binary_kind(data: bytes) -> str | None:
    """Describe binary content ("a PDF document"), or None when it may be text."""
    head = data[:SNIFF_BYTES]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "it contains NUL bytes"
    control = sum(head.count(bytes([c])) for c in _CONTROL)
    if head and control / len(head) > 0.1:
        return "it is mostly control characters"
    return None


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML or XML document names in its first few kilobytes."""
    match = _DECLARED.search(data[:SNIFF_BYTES])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def detect_encoding(data: bytes) -> str | None:
    """The encoding evidence points to, without decoding everything (for streamed corpora)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    # UTF-8 with a few corrupt bytes is still UTF-8 (the bad lines are reported one by one);
    # so is a sample cut inside a multi-byte character.
    sample = data[: SNIFF_BYTES * 8].decode("utf-8", errors="replace")
    bad = sample.count("\ufffd")
    good = sum(ch > "\x7f" for ch in sample) - bad
    if bad <= 1 or (good and 4 * good >= bad):
        return "utf-8"
    declared = declared_encoding(data)
    if declared:
        return declared
    best = _detected(data[: SNIFF_BYTES * 8])
    return best.encoding if best is not None else None


_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15"})


def _detected(data: bytes) -> Any:
    """charset-normalizer's best match, breaking ties in favour of Western code pages.

    Short Western texts often fit several code pages equally well (an "è" is also a valid
    "č" in cp1250); demarche reads English news, where cp1252 is by far the likeliest.
    """
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        tied = match.chaos <= best.chaos and match.coherence >= best.coherence
        if tied and _WESTERN & set(match.could_be_from_charset):
            return match
    return best


def decode(data: bytes, source: str) -> str:
    """Decode a whole input, trying BOM, UTF-8, the declared encoding, then detection.

    Raises:
        InputError: D003 when no encoding reads the bytes.
    """
    tried: list[str] = []
    candidates = [enc for bom, enc in _BOMS if data.startswith(bom)][:1]
    candidates += ["utf-8"]
    declared = declared_encoding(data)
    if declared:
        candidates.append(declared)
    for encoding in candidates:
        tried.append(encoding)
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    best = _detected(data)
    if best is not None:
        return str(best)
    tried.append("charset detection")
    raise InputError("D003", source=source, tried=", ".join(tried))
