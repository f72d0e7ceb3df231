"""``demarche list``: the stored articles, one line each, or those matching a search."""

from __future__ import annotations

import argparse

from demarche.commands.show import add_db_argument
from demarche.report import render_relations
from demarche.store import open_store

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
        "(optionally only those involving the actor id ACTOR)",
    )
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="show at most N")


def line(article_id: str, published: str | None, title: str) -> str:
    return f"{article_id[:ID_WIDTH]}  {published or '-':<10}  {title}"


def run(args: argparse.Namespace) -> int:
    with open_store(args.db, create=False) as store:
        if args.relations is not None:
            relations = store.relations(actor=args.relations or None)
            print(render_relations(relations[: args.limit]), end="")
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
