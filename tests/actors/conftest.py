"""Fixtures for the actor tests: one light pipeline (entities + actors) per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def actor_nlp():
    """The base model with the entity and actor components only: fast, and isolated from the
    components that run after actors."""
    from demarche.evaluation.actors import actor_pipeline

    return actor_pipeline()


@pytest.fixture(scope="session")
def resolve(actor_nlp):
    """Analyse a text at a date and return the Doc (mentions and actors on ``doc._``)."""
    from demarche.evaluation.actors import analyse_texts

    def run(text: str, published: str | None = "2025-06-15"):
        return analyse_texts(actor_nlp, [(text, published)])[0]

    return run
