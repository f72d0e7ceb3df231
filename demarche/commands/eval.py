"""``demarche eval TASK``: score a component against gold data."""

from __future__ import annotations

import argparse
import importlib

from demarche.evaluation import TASKS

HELP = "score demarche against gold data (extraction, actors, time, quotes, events)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    tasks = parser.add_subparsers(dest="task", metavar="TASK", required=True)
    for name in TASKS:
        try:
            module = importlib.import_module(f"demarche.evaluation.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"demarche.evaluation.{name}":
                continue
            raise
        sub = tasks.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)


def run(args: argparse.Namespace) -> int:
    return int(args.run(args))
