"""Fixtures for the quotes tests: a light pipeline (spaCy plus demarche_quotes only).

Most quote rules only need the parse, so these tests do not pay for the other components;
speaker resolution is tested through the full pipeline (the shared ``nlp`` fixture).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from demarche.options import Options
from demarche.records import Quote


@pytest.fixture(scope="session")
def quotes_nlp() -> Language:
    from demarche.pipeline import build_pipeline

    return build_pipeline(Options(components=("demarche_quotes",)))


@pytest.fixture(scope="session")
def quotes_of_text(quotes_nlp: Language) -> Callable[[str], list[Quote]]:
    """The quotes the light pipeline finds in a text."""

    def run(text: str) -> list[Quote]:
        return list(quotes_nlp(text)._.demarche_quotes)

    return run


Find = Callable[[str], list[Quote]]


def by_cue(quotes: list[Quote], cue: str) -> Quote:
    """The one quote whose cue reads ``cue`` (the test fails when there is not exactly one)."""
    found = [q for q in quotes if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, quotes
    return found[0]
