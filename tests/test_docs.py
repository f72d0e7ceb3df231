"""The README documents every CLI command and every evaluation task this build has."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from demarche.cli import command_module
from demarche.commands import COMMANDS
from demarche.evaluation import TASKS

README = Path(__file__).resolve().parent.parent / "README.md"


def available_tasks() -> list[str]:
    tasks = []
    for name in TASKS:
        try:
            importlib.import_module(f"demarche.evaluation.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"demarche.evaluation.{name}":
                continue
            raise
        tasks.append(name)
    return tasks


def test_every_command_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    commands = [name for name in COMMANDS if command_module(name) is not None]
    assert commands, "no CLI command modules found"
    missing = [name for name in commands if not re.search(rf"\bdemarche {name}\b", readme)]
    assert not missing, f"README.md does not show `demarche <command>` for: {missing}"


def test_every_eval_task_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    missing = [name for name in available_tasks() if f"demarche eval {name}" not in readme]
    assert not missing, f"README.md does not show `demarche eval <task>` for: {missing}"
