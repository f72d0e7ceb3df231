"""Storing analysed documents: ``open_store(path_or_url)`` returns a ``Store``.

A plain path (or ``sqlite:///path``) opens the default SQLite backend; a ``postgresql://`` URL
opens the PostgreSQL backend (with the optional psycopg package). The URL scheme picks the
backend, so callers never name a class.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from demarche.errors import ConfigError
from demarche.store.base import ArticleSummary, Relation, SearchHit, Store, text_hash
from demarche.store.sqlite import SQLiteStore

__all__ = [
    "ArticleSummary",
    "Relation",
    "SQLiteStore",
    "SearchHit",
    "Store",
    "open_store",
    "text_hash",
]

_SERVER_SCHEMES = frozenset({"postgres", "postgresql", "postgresql+psycopg"})


def open_store(location: str | Path, *, create: bool = True) -> Store:
    """Open the store at a file path or URL.

    Args:
        location: a file path, ``:memory:``, ``sqlite:///relative.db``,
            ``sqlite:////absolute.db``, or ``postgresql://user:password@host/database``.
        create: create a missing SQLite file; False for commands that only read.

    Raises:
        ConfigError: D023 for a URL scheme this build cannot open (or PostgreSQL without
            psycopg installed), D017 for a file or server that cannot be opened as a store.
    """
    text = str(location)
    scheme = urlsplit(text).scheme.lower() if "://" in text else ""
    if scheme == "sqlite":
        return SQLiteStore(text.split("://", 1)[1].removeprefix("/") or ":memory:", create=create)
    if scheme in _SERVER_SCHEMES:
        try:
            from demarche.store.postgres import PostgresStore
        except ImportError as error:
            detail = f"{error}; install it with `pip install 'demarche[postgres]'`"
            raise ConfigError("D023", url=_redact(text), scheme=scheme, detail=detail) from error
        url = text.replace("postgresql+psycopg://", "postgresql://", 1)
        return PostgresStore(url, create=create, shown_as=_redact(text))
    if scheme:
        raise ConfigError(
            "D023", url=_redact(text), scheme=scheme, detail="unknown scheme; use a file path"
        )
    return SQLiteStore(text, create=create)


def _redact(url: str) -> str:
    """The URL without its password, so error messages never print credentials."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return parts._replace(netloc=netloc).geturl()
