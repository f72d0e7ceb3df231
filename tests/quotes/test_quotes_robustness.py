"""Bad input finishes in bounded time: the component's own cost is timed, not the parser's."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language
from spacy.tokens import Doc

LIMIT_SECONDS = 3.0


def parsed(nlp: Language, text: str) -> Doc:
    with nlp.select_pipes(disable=["demarche_quotes"]):
        return nlp(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(('“Yes,” he said. “No” ‘maybe’ "' * 400), id="hundreds-of-marks"),
        pytest.param(("officials said that the talks will go on and " * 500), id="no-punctuation"),
        pytest.param(
            ("“The minister said that it was fine” and the mayor told them so " * 1500)[:100_000],
            id="one-100k-line",
        ),
        pytest.param(
            ("Senator Jane Doe - Bob Smith: the talks will go on\n" * 2000), id="colon-lines"
        ),
        pytest.param(("Alpha Beta Gamma, " * 30 + "\n") * 200, id="long-colonless-lines"),
    ],
)
def test_pathological_input_is_bounded(quotes_nlp: Language, text: str) -> None:
    doc = parsed(quotes_nlp, text)
    component = quotes_nlp.get_pipe("demarche_quotes")
    started = time.perf_counter()
    component(doc)
    elapsed = time.perf_counter() - started
    assert elapsed < LIMIT_SECONDS, f"{elapsed:.1f} s"
    for quote in doc._.demarche_quotes:
        for span in quote.content:
            assert text[span.start : span.end] == span.text
