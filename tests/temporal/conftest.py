"""Fixtures for the time component: a pipeline with only ``demarche_time`` after the parser,
so these tests neither wait for nor depend on the other components."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from demarche.options import Options
from demarche.records import TimeExpression


@pytest.fixture(scope="session")
def time_nlp() -> Language:
    from demarche.pipeline import build_pipeline

    return build_pipeline(Options(components=("demarche_time",)))


@pytest.fixture(scope="session")
def parse(time_nlp: Language) -> Callable[..., Doc]:
    """Run the time pipeline on a text with a publication date, returning the Doc."""
    from demarche.ingest.article import article_from_text
    from demarche.pipeline.process import make_doc

    def run(text: str, published: str | None = "2025-10-25") -> Doc:
        doc = make_doc(time_nlp, article_from_text(text, published=published))
        for _, component in time_nlp.pipeline:
            doc = component(doc)
        return doc

    return run


@pytest.fixture(scope="session")
def times(parse: Callable[..., Doc]) -> Callable[..., list[TimeExpression]]:
    """The temporal expressions found in a text."""

    def run(text: str, published: str | None = "2025-10-25") -> list[TimeExpression]:
        return list(parse(text, published)._.demarche_times)

    return run


@pytest.fixture(scope="session")
def one(times: Callable[..., list[TimeExpression]]) -> Callable[..., TimeExpression]:
    """The single expression of a text whose surface is ``surface`` (fails if absent)."""

    def run(text: str, surface: str, published: str | None = "2025-10-25") -> TimeExpression:
        found = [t for t in times(text, published) if t.text == surface]
        assert found, f"{surface!r} not found in {times(text, published)}"
        return found[0]

    return run
