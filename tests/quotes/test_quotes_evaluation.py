"""The PolNeAR scorer: brat reading, normalisation, one-to-one matching, and a small real run."""

from __future__ import annotations

from pathlib import Path

import pytest

from demarche.errors import ConfigError
from demarche.evaluation.quotes import (
    Attribution,
    Report,
    evaluate,
    iou,
    load_polnear,
    match,
    normalise,
    read_brat,
    score_document,
)
from tests.conftest import shared_data

TEXT = "“We will win,” Jane Doe said. Officials said that talks failed."


def ann(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "doc_abcd.ann"
    path.write_text(body, encoding="utf-8")
    return path


def test_read_brat_links_roles_and_flags_direct(tmp_path: Path) -> None:
    body = (
        "T1\tSource 15 23\tJane Doe\nT2\tCue 24 28\tsaid\nT3\tContent 0 14\t“We will win,”\n"
        "T4\tAttribution 24 28\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tSource 30 39\tOfficials\nT6\tCue 40 44\tsaid\nT7\tContent 45 62\tthat talks failed\n"
        "T8\tAttribution 40 44\tsaid\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
    )
    first, second = read_brat(TEXT, ann(tmp_path, body))
    assert first.source == ((15, 23),) and first.cue == ((24, 28),)
    assert first.direct and not second.direct


def test_normalise_trims_marks_and_joins_fragments() -> None:
    text = "“One. Two,” he said"
    assert normalise(text, [(0, 6), (6, 11)]) == ((1, 9),)
    assert normalise(text, [(11, 12)]) == ()


def test_match_is_one_to_one_and_respects_the_iou_threshold() -> None:
    gold = [((0, 10),), ((20, 30),)]
    predicted = [((0, 9),), ((1, 10),), ((25, 40),)]
    pairs = match(gold, predicted, exact=False)
    assert len(pairs) == 1 and pairs[0][0] == 0  # (20,30) vs (25,40) has IoU 0.25
    assert match(gold, [((0, 10),)], exact=True) == [(0, 0)]
    assert iou(((0, 10),), ((5, 15),)) == pytest.approx(5 / 15)


def test_score_document_counts_roles_and_source_agreement() -> None:
    gold = [
        Attribution(((15, 23),), ((24, 28),), ((0, 14),), direct=True),
        Attribution(((30, 39),), ((40, 44),), ((45, 62),)),
    ]
    predicted = [
        Attribution(((15, 23),), ((24, 28),), ((0, 14),), direct=True),
        Attribution(((0, 4),), ((40, 44),), ((50, 62),)),
    ]
    report = Report()
    score_document(report, TEXT, gold, predicted)
    exact_source = report.counts("source", "all", "exact")
    assert (exact_source.tp, exact_source.predicted, exact_source.gold) == (1, 2, 2)
    assert report.counts("content", "direct", "exact").f1 == 1.0
    assert report.counts("content", "all", "exact").tp == 1
    assert (
        report.counts("content", "all", "overlap").tp == 2
    )  # "talks failed" vs "that talks failed"
    assert report.source_right["all"].tp == 1 and report.source_right["all"].gold == 2


def test_missing_folder_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as raised:
        load_polnear(tmp_path, "dev")
    assert raised.value.code == "D018"


def test_a_few_dev_documents_score_sensibly(quotes_nlp) -> None:
    folder = shared_data("polnear")
    report = evaluate(folder, "dev", limit=12, nlp=quotes_nlp)
    assert report.documents == 12 and report.gold_attributions > 100
    assert report.counts("content", "direct", "overlap").f1 > 0.6
    assert report.counts("source", "all", "exact").precision > 0.6
