"""``demarche list``: the stored articles, one line each, or those matching a search."""

from __future__ import annotations

import argparse

from demarche.commands.show import add_db_argument
from demarche.report import render_relations
from demarche.store import Relation, open_store

HELP = (
    "list stored articles (id prefix, date, title); --search their text; --relations between actors"
)

ID_WIDTH = 12
"""Shown id length: unique in any realistic store, and accepted by show and brief."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument(
        "--search",
        metavar="QUERY",
        help='full-text search of titles and texts (words, "phrases", AND/OR/NOT, prefix*)',
    )
    parser.add_argument(
        "--relations",
        nargs="?",
        const="",
        metavar="ACTOR",
        help="instead, count events per actor pair, PLOVER quad class and month "
        "(optionally only those involving the actor id ACTOR); events with an implied party "
        "are counted, as CAMEO codes them, and their number is shown",
    )
    parser.add_argument(
        "--named-only",
        action="store_true",
        help="with --relations (which it implies): leave out events whose source or target "
        "the text does not name but CAMEO's conventions imply (an unnamed attacker's country, "
        "a domestic protest's own country)",
    )
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="show at most N")


def line(article_id: str, published: str | None, title: str) -> str:
    return f"{article_id[:ID_WIDTH]}  {published or '-':<10}  {title}"


def implied_note(shown: list[Relation], left_out: int | None) -> str:
    """The line under the relations table that says how implied parties were counted.

    Args:
        shown: the relations printed.
        left_out: with ``--named-only``, how many events with an implied party were left out;
            None when they were counted.

    Returns:
        One line, or "" when no event has an implied party (the table says everything).
    """
    if left_out is not None:
        if not left_out:
            return ""
        events = "1 event" if left_out == 1 else f"{left_out} events"
        return f"left out: {events} with an implied party (counted without --named-only)\n"
    implied = sum(r.implied for r in shown)
    if not implied:
        return ""
    total = sum(r.events for r in shown)
    verb = "has" if implied == 1 else "have"
    return (
        f"implied parties: {implied} of these {total} events {verb} a source or target "
        "that CAMEO's conventions infer; --named-only leaves them out\n"
    )


def run(args: argparse.Namespace) -> int:
    with open_store(args.db, create=False) as store:
        if args.relations is not None or args.named_only:
            actor = args.relations or None
            relations = store.relations(actor=actor, named_only=args.named_only)
            left_out = (
                sum(r.implied for r in store.relations(actor=actor)) if args.named_only else None
            )
            shown = relations[: args.limit]
            print(render_relations(shown) + implied_note(shown, left_out), end="")
            return 0
        if args.search is not None:
            hits = store.search(args.search, limit=args.limit or 20)
            for hit in hits:
                print(line(hit.id, hit.published, hit.title or hit.preview))
                print(f"{'':{ID_WIDTH}}  {' ' * 10}  {' '.join(hit.snippet.split())}")
            if not hits:
                print(f"no stored article matches {args.search!r}")
            return 0
        count = 0
        for summary in store.summaries(limit=args.limit):
            print(line(summary.id, summary.published, summary.title or summary.preview))
            count += 1
        if not count:
            print(f"{store.location} holds no articles yet; add some with `demarche ingest`")
    return 0
