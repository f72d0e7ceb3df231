"""``demarche eval time``: TimeML reading, offset mapping and scoring."""

from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

from demarche.evaluation.time import (
    GoldTimex,
    Scores,
    add_arguments,
    evaluate,
    read_folder,
    read_timeml,
    run,
    score_document,
)
from demarche.records import TimeExpression
from tests.conftest import shared_data

SYNTHETIC = "\n".join(
    [
        '<?xml version="1.0" ?>',
        "<TimeML>",
        "<DOCID>X1</DOCID>",
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-10-25"',
        ' functionInDocument="CREATION_TIME">20251025</TIMEX3></DCT>',
        "<TEXT>",
        'Kim <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-09">'
        "last month</TIMEX3> that AT&amp;T",
        'would wait <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>, as it',
        'has <TIMEX3 tid="t3" type="DATE" value="2018">since 2018</TIMEX3>.',
        "</TEXT>",
        "</TimeML>",
    ]
)
"""A made-up TimeML document (TimeBank itself may not be copied into the repository)."""


def write(folder: Path, name: str = "X1.tml") -> Path:
    path = folder / name
    path.write_text(SYNTHETIC, encoding="utf-8")
    return path


def test_reader_maps_gold_offsets_to_the_plain_text(tmp_path: Path) -> None:
    document = read_timeml(write(tmp_path))
    assert document.published == "2025-10-25"
    assert "<" not in document.text and "AT&T" in document.text
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("last month", "DATE", "2025-09"),
        ("three years", "DURATION", "P3Y"),
        ("since 2018", "DATE", "2018"),
    ]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text


def test_scores_strict_relaxed_type_and_value() -> None:
    gold = [
        GoldTimex(0, 10, "last month", "DATE", "2025-09"),
        GoldTimex(20, 30, "x", "DATE", "2018"),
    ]
    predicted = [
        TimeExpression(0, 10, "last month", "DATE", "2025-09"),
        TimeExpression(26, 30, "2018", "DURATION", "P1Y"),
        TimeExpression(40, 44, "now", "DATE", "PRESENT_REF"),
    ]
    scores = Scores()
    score_document(gold, predicted, scores)
    assert (scores.gold, scores.predicted, scores.strict, scores.relaxed) == (2, 3, 1, 2)
    assert (scores.type_correct, scores.value_correct) == (1, 1)
    assert scores.prf(scores.relaxed) == (2 / 3, 1.0, 0.8)
    assert any(pattern.startswith("spurious") for pattern in scores.errors)


def test_synthetic_document_end_to_end(tmp_path: Path, time_nlp) -> None:
    write(tmp_path)
    scores = evaluate(read_folder(tmp_path), time_nlp)
    assert scores.gold == 3
    assert scores.relaxed == 3  # "since 2018" overlaps "2018": prepositions are outside spans
    assert scores.value_correct == 3


def test_command_prints_the_table(tmp_path: Path, capsys) -> None:
    write(tmp_path, "A.tml")
    write(tmp_path, "B.tml")
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    assert run(parser.parse_args([str(tmp_path), "--split", "both"])) == 0
    out = capsys.readouterr().out
    assert "relaxed extraction" in out and "HeidelTime" in out and "TimeBank test" in out


def test_timebank_offsets_reproduce_the_tagged_surfaces() -> None:
    for path in sorted(shared_data("timebank").glob("*.tml"))[:20]:
        raw = path.read_text(encoding="utf-8").split("<TEXT>", 1)[1]
        tagged = [
            html.unescape(re.sub(r"<[^>]+>", "", inner))
            for inner in re.findall(r"<TIMEX3 [^>]*>(.*?)</TIMEX3>", raw, re.S)
        ]
        assert [t.text for t in read_timeml(path).timexes] == tagged, path.name


def test_timebank_sample_meets_a_floor(time_nlp) -> None:
    documents = read_folder(shared_data("timebank"), "dev")[:12]
    scores = evaluate(documents, time_nlp)
    assert scores.gold > 30
    assert scores.prf(scores.relaxed)[2] >= 0.85
    assert scores.value_accuracy >= 0.75
