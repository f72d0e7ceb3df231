"""``demarche bench``: throughput and memory, bare spaCy against the full pipeline."""

from __future__ import annotations

import argparse

from demarche.bench import benchmark, format_report
from demarche.options import Options

HELP = "measure articles/s, tokens/s and peak memory of bare spaCy and the full pipeline"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--corpus",
        nargs="+",
        required=True,
        metavar="PATH",
        help="articles to process (any input format extract accepts)",
    )
    parser.add_argument("--limit", type=int, default=None, help="use at most N articles")
    parser.add_argument(
        "--workers", type=int, default=1, help="also run the full pipeline in N processes"
    )
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path")


def run(args: argparse.Namespace) -> int:
    options = Options(model=args.model, allow_languages=frozenset({"*"}))
    results = benchmark(args.corpus, options, limit=args.limit, workers=args.workers)
    print(format_report(results))
    return 0
