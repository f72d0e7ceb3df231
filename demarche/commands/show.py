"""``demarche show ID...``: print stored documents as demarche/1 JSON.

Also home of what the commands that read a store share: the ``--db`` flag and looking
documents up by (a unique prefix of) their id.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator

from demarche.errors import InputError
from demarche.records import Document
from demarche.store import Store, open_store

HELP = "print stored documents as demarche/1 JSON (ids may be unique prefixes)"

DB_ENVIRONMENT = "DEMARCHE_DB"
DEFAULT_DB = "demarche.db"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_id_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one indented object per document; jsonl: one object per line",
    )


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db``: the store file or URL; defaults to $DEMARCHE_DB, else ./demarche.db."""
    parser.add_argument(
        "--db",
        default=os.environ.get(DB_ENVIRONMENT, DEFAULT_DB),
        metavar="FILE|URL",
        help=f"the store: a SQLite file or a postgresql:// URL (default ${DB_ENVIRONMENT}, "
        f"else {DEFAULT_DB})",
    )


def add_id_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ids", nargs="+", metavar="ID", help="article id or a unique prefix of it")
    add_db_argument(parser)


def stored_documents(
    store: Store, ids: list[str], on_error: Callable[[InputError], None]
) -> Iterator[Document]:
    """The documents for ids or id prefixes, in the order given; unknown ones go to on_error."""
    for prefix in ids:
        try:
            yield store.get(store.resolve(prefix))
        except InputError as error:
            on_error(error)


def print_stored(
    args: argparse.Namespace, render: Callable[[Document], str], separator: str = ""
) -> int:
    """Render each requested document to stdout; exit 1 when some ids were not found."""
    failures = 0

    def report(error: InputError) -> None:
        nonlocal failures
        failures += 1
        print(f"demarche: {error}", file=sys.stderr)

    with open_store(args.db, create=False) as store:
        for n, document in enumerate(stored_documents(store, args.ids, report)):
            if n and separator:
                sys.stdout.write(separator)
            sys.stdout.write(render(document))
    return 1 if failures else 0


def run(args: argparse.Namespace) -> int:
    indent = 2 if args.format == "json" else None
    return print_stored(
        args,
        lambda document: json.dumps(document.to_dict(), ensure_ascii=False, indent=indent) + "\n",
    )
