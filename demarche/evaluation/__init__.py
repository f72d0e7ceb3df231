"""Evaluation against gold data: one module per task, each with ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``, reached through ``demarche eval TASK``."""

TASKS: tuple[str, ...] = ("extraction", "actors", "time", "quotes", "events")
