"""``demarche actors``: look up, check and import knowledge-base actor files."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from demarche.actors.kb import (
    DATA,
    Entry,
    check_actor_file,
    load_kb,
    normalise,
    read_actor_file,
    user_dir,
    user_files,
)

HELP = "the actor knowledge base: show NAME, check FILE, import FILE"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the actors a name may refer to")
    show.add_argument("name", nargs="+", help="a name, alias, or actor id")
    show.add_argument("--date", help="describe roles as of this date (YYYY-MM-DD)")
    show.add_argument("--actors", action="append", default=[], help="extra actor file")
    check = actions.add_parser("check", help="validate an actor file (JSONL), with line numbers")
    check.add_argument("file")
    imp = actions.add_parser("import", help="check an actor file and add it to your actors")
    imp.add_argument("file")


def describe(entry: Entry, date: str | None) -> dict[str, object]:
    data = entry.to_actor(date).to_dict()
    data["aliases"] = list(entry.aliases)
    source = entry.source or ""
    if source in ("phoenix", "ngec+phoenix"):
        source = "seed dictionaries"
    elif source.startswith(str(DATA)):
        source = "curated"
    data["source"] = source
    data["role_history"] = [
        {k: v for k, v in vars(role).items() if v is not None} for role in entry.roles
    ]
    return data


def run(args: argparse.Namespace) -> int:
    if args.action == "show":
        kb = load_kb(tuple(user_files() + list(args.actors)))
        name = " ".join(args.name)
        entries = kb.lookup(name)
        if not entries and name in kb.entries:
            entries = [kb.entries[name]]
        if not entries:
            short = kb.short_names.get(normalise(name), []) + kb.surnames.get(normalise(name), [])
            entries = [kb.entries[i] for i in dict.fromkeys(short)]
        if not entries:
            print(f"no actor named {name!r}")
            return 1
        for entry in entries:
            print(json.dumps(describe(entry, args.date), ensure_ascii=False))
        return 0
    path = Path(args.file)
    problems = check_actor_file(path, load_kb(tuple(user_files())))
    for problem in problems:
        print(("error: " if problem.fatal else "warning: ") + str(problem))
    if any(p.fatal for p in problems):
        return 2
    if args.action == "check":
        print(f"{path}: {len(read_actor_file(path))} actors, {len(problems)} warnings")
        return 0
    folder = user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (path.stem + ".jsonl")
    shutil.copyfile(path, target)
    print(f"imported {len(read_actor_file(target))} actors into {target}")
    return 0
