"""The extraction benchmark metric, reproduced from the benchmark's evaluate.py, and our score."""

from __future__ import annotations

import pytest

from demarche.evaluation.extraction import (
    extract_page,
    load_baselines,
    load_truth,
    score,
    shingle_counts,
    shingles,
)
from tests.conftest import shared_data

TRUE = "The minister said on Tuesday that the talks would resume in Geneva next month."


def test_identical_texts_score_perfectly() -> None:
    assert shingle_counts(TRUE, TRUE) == (1.0, 0.0, 0.0)


def test_counts_are_normalised_per_page() -> None:
    tp, fp, fn = shingle_counts(TRUE, TRUE + " Read more about it here today.")
    assert tp + fp + fn == pytest.approx(1.0)
    assert fp > 0 and fn == 0


def test_short_text_is_one_shingle_and_tokens_are_words() -> None:
    assert shingles("Hi, there!") == {("Hi", "there"): 1}
    assert shingles("") == {}


def test_empty_prediction_counts_for_recall_only() -> None:
    truth = {"a": TRUE, "b": TRUE}
    result = score("x", truth, {"a": TRUE, "b": ""})
    assert result.precision == 1.0  # page b has no predicted shingles: not in the mean
    assert result.recall == 0.5
    assert result.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert result.accuracy == 0.5


def test_f1_is_of_the_averaged_precision_and_recall() -> None:
    truth = {"a": TRUE, "b": TRUE}
    noisy = TRUE + " Subscribe to our newsletter for more news every single morning."
    result = score("x", truth, {"a": noisy, "b": TRUE.split(" Geneva")[0]})
    assert 0 < result.precision < 1 and 0 < result.recall < 1
    expected = 2 * result.precision * result.recall / (result.precision + result.recall)
    assert result.f1 == pytest.approx(expected)


def test_published_trafilatura_row_is_reproduced() -> None:
    folder = shared_data("article-extraction")
    truth = load_truth(folder)
    rows = {name: score(name, truth, out) for name, out in load_baselines(folder).items()}
    assert len(rows) == 14
    # Same metric, same pages: the ranking of the published README holds on this subset.
    assert rows["AutoExtract"].f1 > rows["trafilatura"].f1 > rows["boilerpipe"].f1
    assert rows["trafilatura"].f1 == pytest.approx(0.955, abs=0.002)


def test_our_extraction_on_a_sample_of_pages() -> None:
    folder = shared_data("article-extraction")
    truth = dict(list(load_truth(folder).items())[::6])  # 20 pages, a few seconds
    ours = {key: extract_page(str(folder / "html" / f"{key}.html.gz")) for key in truth}
    assert score("demarche", truth, ours).f1 >= 0.94
