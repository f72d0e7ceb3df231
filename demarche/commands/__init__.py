"""CLI commands: one module each, with ``HELP``, ``add_arguments(parser)`` and ``run(args)``.

The modules are thin: they parse arguments and call library functions, which hold the logic.
"""

COMMANDS: tuple[str, ...] = (
    "extract",
    "ingest",
    "show",
    "brief",
    "list",
    "bench",
    "eval",
    "actors",
)
