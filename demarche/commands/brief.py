"""``demarche brief ID...``: a stored article as a readable analyst's brief."""

from __future__ import annotations

import argparse
import shutil

from demarche.commands.show import add_id_arguments, print_stored
from demarche.report import render_brief

HELP = "print a readable brief of stored articles: actors, quotes, events, timeline"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_id_arguments(parser)
    parser.add_argument(
        "--width",
        type=int,
        default=None,
        metavar="N",
        help="wrap lines at N characters (default: the terminal width, at most 100)",
    )


def run(args: argparse.Namespace) -> int:
    width = args.width or min(100, shutil.get_terminal_size((88, 24)).columns)
    width = max(40, width)
    return print_stored(args, lambda document: render_brief(document, width), separator="\n\n")
