"""The actor-relation summary as a plain-text table: who acted towards whom, how, and when."""

from __future__ import annotations

from collections.abc import Iterable

from demarche.report.brief import clip
from demarche.store.base import Relation

PAIR_WIDTH = 50
"""Longer actor pairs are clipped so that one long id does not push the counts off screen."""

HEADER = ("month", "source -> target", "quad class", "events", "articles")
IMPLIED = "implied"
"""The column of events with a party CAMEO's conventions infer, shown only when a row has one."""


def render_relations(relations: Iterable[Relation]) -> str:
    """One row per actor pair, quad class and month, in calendar order, with aligned columns.

    Undated rows (events whose date is coarser than a month and articles without a date) sort
    last; an unknown quad class (no classifier when the event was stored) shows as "?". When
    any row counts events with an implied party, an "implied" column says how many of each
    row's events have one, so a reader can tell inferred relations from named ones.
    """
    ordered = sorted(relations, key=lambda r: (r.month is None, r.month or "", r.source, r.target))
    if not ordered:
        return "no relations between known actors are stored yet\n"
    implied = any(r.implied for r in ordered)
    header = (*HEADER[:4], IMPLIED, HEADER[4]) if implied else HEADER
    rows = [
        (
            r.month or "undated",
            clip(f"{r.source} -> {r.target}", PAIR_WIDTH),
            r.quad or "?",
            str(r.events),
            *((str(r.implied),) if implied else ()),
            str(r.articles),
        )
        for r in ordered
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    lines = []
    for row in (header, *rows):
        cells = [
            cell.rjust(width) if i >= 3 else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"
