"""One function builds the pipeline from an ``Options`` object."""

from __future__ import annotations

import importlib
import logging

import spacy
from spacy.language import Language

from demarche.errors import ConfigError
from demarche.options import DEFAULT_MODELS, Options
from demarche.pipeline.tokenizer import split_glued_quotes

logger = logging.getLogger(__name__)

COMPONENT_MODULES: dict[str, str] = {
    "demarche_paragraphs": "demarche.pipeline.paragraphs",
    "demarche_entities": "demarche.pipeline.entities",
    "demarche_actors": "demarche.actors.component",
    "demarche_time": "demarche.temporal.component",
    "demarche_quotes": "demarche.quotes.component",
    "demarche_events": "demarche.events.component",
}
"""Where each component's factory is registered; importing the module registers it."""


BEFORE_PARSER: frozenset[str] = frozenset({"demarche_paragraphs"})
"""Components that set what the parser must respect, so they run before it."""


def load_base_model(name: str | None = None) -> Language:
    """Load the spaCy pipeline: the named one, else the official small English model, else
    its PyPI re-upload, so users with the official package get it without configuration."""
    candidates = (name,) if name else DEFAULT_MODELS
    last_error: Exception | None = None
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError) as error:
            last_error = error
    raise ConfigError("D014", name=name or " or ".join(DEFAULT_MODELS), detail=str(last_error))


def available_components(options: Options) -> list[str]:
    """The requested components whose modules are importable, in pipeline order."""
    names = []
    for name in options.components:
        module = COMPONENT_MODULES.get(name)
        if module is None:
            raise ConfigError("D013", source="options", detail=f"unknown component {name!r}")
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name and module.startswith(error.name):
                logger.debug("component %s not available: %s", name, error)
                continue
            raise
        names.append(name)
    return names


def build_pipeline(options: Options | None = None) -> Language:
    """Build the full demarche pipeline: the base spaCy model plus demarche's components."""
    options = options or Options()
    nlp = split_glued_quotes(load_base_model(options.model))
    for name in available_components(options):
        config = dict(options.component_config.get(name, {}))
        if name == "demarche_actors" and options.actor_files:
            config.setdefault("extra_files", list(options.actor_files))
        before = "parser" if name in BEFORE_PARSER and "parser" in nlp.pipe_names else None
        nlp.add_pipe(name, config=config, before=before)
    return nlp
