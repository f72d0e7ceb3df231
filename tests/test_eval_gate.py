"""Evaluation gate: refuse silent regressions on the gold data.

Each task's headline figures are computed on the research data in ``../shared/data`` and
compared with ``tests/eval_baseline.json``. A drop of more than ``TOLERANCE`` fails; a rise is
reported so the baseline can be raised on purpose with ``make eval-baseline`` (pytest
``--update-eval-baseline``), whose diff then documents the gain in the commit. Without the data
(a clone elsewhere) those cases skip with a message; ``events_wikinews`` scores the Wikinews set
that ships in ``demarche/data/eval``, so it runs everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import shared_data

BASELINE = Path(__file__).parent / "eval_baseline.json"
TOLERANCE = 0.005


def extraction_figures(nlp) -> dict[str, float]:
    from demarche.evaluation.extraction import evaluate

    ours, _ = evaluate(shared_data("article-extraction"))
    return {"f1": ours.f1, "precision": ours.precision, "recall": ours.recall}


def actors_figures(nlp) -> dict[str, float]:
    from demarche.evaluation.actors import load_cases, score_cases, score_gsr

    gsr = score_gsr(nlp, shared_data("plover") / "PLOVER_GSR_CAMEO.txt")
    cases = score_cases(nlp, load_cases())
    return {
        "gsr_country_accuracy": gsr.accuracy(),
        "case_accuracy": sum(c.passed for c in cases) / len(cases),
    }


def time_figures(nlp) -> dict[str, float]:
    from demarche.evaluation.time import evaluate, read_folder

    scores = evaluate(read_folder(shared_data("timebank"), "all"), nlp)
    return {
        "relaxed_f1": scores.prf(scores.relaxed)[2],
        "strict_f1": scores.prf(scores.strict)[2],
        "value_f1": scores.prf(scores.value_correct)[2],
        "value_accuracy": scores.value_accuracy,
    }


def quotes_figures(nlp) -> dict[str, float]:
    from demarche.evaluation.quotes import evaluate

    report = evaluate(shared_data("polnear"), "dev", nlp=nlp)
    figures = {}
    for role in ("source", "cue", "content"):
        figures[f"all_exact_{role}_f1"] = report.counts(role, "all", "exact").f1
        figures[f"direct_overlap_{role}_f1"] = report.counts(role, "direct", "overlap").f1
    return figures


def events_figures(nlp) -> dict[str, float]:
    from demarche.evaluation.events import evaluate, load_gsr

    scores = evaluate(nlp, load_gsr(shared_data("plover")))["all", "best"]
    return {"type_f1": scores.type_prf()[2], "tuple_f1": scores.tuple_prf()[2]}


def synthetic_events_figures(nlp) -> dict[str, float]:
    from demarche.evaluation.synthetic_events import evaluate_stories, load_stories

    score = evaluate_stories(nlp, load_stories(shared_data("ngec")))
    anywhere, top = score.macro()
    return {"macro_anywhere": anywhere, "macro_top": top}


def headline_events_figures(nlp) -> dict[str, float]:
    from demarche.evaluation.synthetic_headlines import evaluate_headlines, load_headlines

    score = evaluate_headlines(nlp, load_headlines(shared_data("ngec")))
    anywhere, _ = score.types.macro()
    shares = {"party": score.party, "source": score.source, "target": score.target}
    figures = {f"{name}_share": right / n for name, (right, n) in shares.items() if n}
    return {"macro_anywhere": anywhere, **figures}


def wikinews_events_figures(nlp) -> dict[str, float]:
    """The one gated set that ships in the repository, so it also runs in a clone elsewhere."""
    from demarche.evaluation.wikinews_events import evaluate, load_set

    score = evaluate(nlp, load_set())["all"]
    return {
        "type_f1": score.type_prf()[2],
        "row_precision": score.row_precision(),
        "quiet_kept": 1.0 - score.false_alarm_rate(),
    }


TASKS: dict[str, Callable[..., dict[str, float]]] = {
    "extraction": extraction_figures,
    "actors": actors_figures,
    "time": time_figures,
    "quotes": quotes_figures,
    "events": events_figures,
    "events_synthetic": synthetic_events_figures,
    "events_headlines": headline_events_figures,
    "events_wikinews": wikinews_events_figures,
}


@pytest.mark.parametrize("task", sorted(TASKS))
def test_no_silent_regression(task: str, nlp, request) -> None:
    figures = {name: round(value, 4) for name, value in TASKS[task](nlp).items()}
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    if request.config.getoption("--update-eval-baseline"):
        baseline[task] = figures
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", "utf-8")
        pytest.skip(f"baseline for {task} updated: {figures}")
    assert task in baseline, f"no baseline for {task}; run `make eval-baseline`"
    drops = {
        name: (baseline[task][name], value)
        for name, value in figures.items()
        if name in baseline[task] and value < baseline[task][name] - TOLERANCE
    }
    assert not drops, f"{task} regressed (baseline, now): {drops}"
