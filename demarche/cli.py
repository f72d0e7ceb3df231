"""The ``demarche`` command line: a thin layer that parses arguments and calls the library."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from demarche import __version__
from demarche.commands import COMMANDS
from demarche.errors import DemarcheError


def command_module(name: str) -> ModuleType | None:
    """Import a command's module; None while a command is not part of this build."""
    try:
        return importlib.import_module(f"demarche.commands.{name}")
    except ModuleNotFoundError as error:
        if error.name == f"demarche.commands.{name}":
            return None
        raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="demarche",
        description="Turn news articles into sourced facts: actors, quotes, events and dates.",
    )
    parser.add_argument("--version", action="version", version=f"demarche {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = command_module(name)
        if module is None:
            continue
        sub = subparsers.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except DemarcheError as error:
        print(f"demarche: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
