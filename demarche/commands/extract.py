"""``demarche extract PATH...``: one demarche/1 document per input article, to stdout.

Also home of what every command that reads articles shares (``ingest`` uses it too): the input
flags, turning them into ``Options``, the one-line-per-error reporter, and analysis that keeps
going when one article fails.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator

from demarche.errors import InputError
from demarche.options import DEFAULT_MAX_BYTES, Options
from demarche.pipeline import analyse_articles
from demarche.records import Article
from demarche.scale import BACKENDS

HELP = "print one demarche/1 JSON document per input article (text, HTML, corpus files, -)"

WARNING_CODES = frozenset({"D016", "D026"})
"""Codes that report something skipped inside an input that was still read (not a failure)."""

logger = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one indented object per article; jsonl: one object per line",
    )


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of every command that reads and analyses articles."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="text, HTML (.html, .html.gz), .jsonl, .csv, RSS/Atom or WARC file; - for stdin",
    )
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date for every input (relative dates are resolved against it)",
    )
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline name or path")
    parser.add_argument(
        "--allow-language",
        action="append",
        default=[],
        metavar="LANG",
        help="analyse articles in this language too (repeatable; e.g. fr; * for any)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse inputs larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
    )
    parser.add_argument(
        "--actor-file",
        action="append",
        default=[],
        metavar="FILE",
        help="extra actor knowledge-base file (repeatable)",
    )
    parser.add_argument(
        "--batch-size", type=int, default=32, metavar="N", help="articles per spaCy batch"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="analyse in N parallel workers (output order is kept)",
    )
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default="processes",
        help="where workers run: local processes, or Ray (a local cluster, or RAY_ADDRESS)",
    )


def options_from_args(args: argparse.Namespace) -> Options:
    """The ``Options`` the input flags describe.

    Raises:
        InputError: D011 for a ``--published`` value that is not a date (a usage error).
    """
    from demarche.ingest import parse_published

    languages = {
        code.strip().lower()
        for value in args.allow_language
        for code in value.split(",")
        if code.strip()
    }
    return Options(
        model=args.model,
        published=parse_published(args.published) if args.published else None,
        allow_languages=frozenset(languages),
        max_bytes=args.max_bytes,
        batch_size=max(1, args.batch_size),
        actor_files=tuple(args.actor_file),
    )


class ErrorReport:
    """Prints each input error as one line to stderr and counts the failures.

    Args:
        write: how a line reaches the user; ``tqdm.write`` while a progress bar is drawn.
    """

    def __init__(self, write: Callable[[str], None] | None = None) -> None:
        self.failed = 0
        self.warnings = 0
        self._write = write or (lambda line: print(line, file=sys.stderr, flush=True))

    def __call__(self, error: InputError) -> None:
        if error.code in WARNING_CODES:
            self.warnings += 1
            self._write(f"demarche: warning: {error}")
        else:
            self.failed += 1
            self._write(f"demarche: {error}")


def read_inputs(
    paths: Iterable[str], options: Options, on_error: Callable[[InputError], None]
) -> Iterator[Article]:
    """The articles of every input, lazily and in order; bad inputs go to ``on_error``."""
    from demarche.ingest import read_articles

    return read_articles(list(paths), options, on_error)


def run(args: argparse.Namespace) -> int:
    options = options_from_args(args)
    errors = ErrorReport()
    articles = read_inputs(args.paths, options, errors)
    indent = 2 if args.format == "json" else None
    for document in analyse_articles(articles, options, errors, args.workers, args.backend):
        sys.stdout.write(json.dumps(document.to_dict(), ensure_ascii=False, indent=indent))
        sys.stdout.write("\n")
        sys.stdout.flush()
    return 1 if errors.failed else 0
