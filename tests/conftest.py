"""Shared fixtures: one pipeline per session, and the paths of the shared data when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from demarche.options import Options

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    """The full demarche pipeline (base spaCy model plus every available component)."""
    from demarche.pipeline import build_pipeline

    return build_pipeline(Options())


@pytest.fixture(scope="session")
def analyse_text(nlp):
    """Analyse one text with an optional publication date and return the Document."""
    from demarche.ingest.article import article_from_text
    from demarche.pipeline import analyse

    def run(text: str, published: str | None = None):
        article = article_from_text(text, published=published)
        return next(analyse(nlp, [article]))

    return run


def shared_data(name: str) -> Path:
    """Path to a folder of ../shared/data, or skip the test with a message saying why."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the research data in ../shared/data")
    return path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regenerate-golden",
        action="store_true",
        help="rewrite golden files from the current output instead of comparing (review the diff)",
    )
    parser.addoption(
        "--update-eval-baseline",
        action="store_true",
        help="record the current evaluation figures as the gate's baseline (review the diff)",
    )
