"""Scale-out backends give the same documents, in input order, as a single process."""

from __future__ import annotations

import pytest

from demarche.ingest.article import article_from_text
from demarche.options import Options
from demarche.pipeline import analyse
from demarche.scale import analyse_parallel

TEXTS = [
    "Trump met Kim in Hanoi on Thursday.",
    "The United Nations condemned the attack on Monday.",
    "Russia and China signed a trade agreement in Beijing.",
    "Protesters marched in Paris against the pension reform.",
    "Japan's prime minister visited Seoul last week.",
]


@pytest.fixture(scope="module")
def articles():
    return [article_from_text(t, published="2024-05-10") for t in TEXTS]


@pytest.fixture(scope="module")
def expected(nlp, articles):
    return [d.to_dict() for d in analyse(nlp, articles)]


def test_processes_backend_matches_single_process(articles, expected):
    errors: list = []
    got = analyse_parallel(articles, Options(), errors.append, workers=2, chunk_size=2)
    assert [d.to_dict() for d in got] == expected
    assert errors == []


def test_ray_backend_matches_single_process(articles, expected):
    pytest.importorskip("ray", reason="ray is an optional extra: pip install 'demarche[ray]'")
    errors: list = []
    got = analyse_parallel(
        articles, Options(), errors.append, workers=2, backend="ray", chunk_size=2
    )
    assert [d.to_dict() for d in got] == expected
    assert errors == []


def test_unknown_backend_is_refused(articles):
    with pytest.raises(ValueError, match="backend"):
        list(analyse_parallel(articles, Options(), print, backend="threads"))
