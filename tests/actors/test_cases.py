"""The shipped case table (``demarche/actors/data/cases.tsv``): every case is a test.

The same table drives ``demarche eval actors`` part 2; the target there is 0.95 overall, and
here every case is expected to pass, so a regression names the exact case it broke.
"""

from __future__ import annotations

from collections import Counter

import pytest

from demarche.evaluation.actors import CASES, load_cases, score_cases

CASE_LIST = load_cases(CASES)


@pytest.fixture(scope="module")
def results(actor_nlp):
    return {r.case.line: r for r in score_cases(actor_nlp, CASE_LIST)}


def test_table_is_large_and_varied():
    assert len(CASE_LIST) >= 300
    kinds = Counter(case.kind for case in CASE_LIST)
    for kind in (
        "capital",
        "demonym-agent",
        "role-date",
        "pronoun-quote",
        "nominal",
        "title-local",
    ):
        assert kinds[kind] >= 2, kind


@pytest.mark.parametrize("case", CASE_LIST, ids=lambda c: f"{c.line}-{c.kind}")
def test_case(results, case):
    result = results[case.line]
    assert result.passed, (
        f"{case.phrase!r} in {case.text!r} at {case.published}: expected {case.expected}, "
        f"got {result.described}"
    )
