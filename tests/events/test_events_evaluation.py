"""Scoring of ``demarche eval events``: matching, participant codes, reciprocal records."""

from __future__ import annotations

import json
from pathlib import Path

from demarche.evaluation.events import (
    HELD_OUT,
    GoldEvent,
    best_match,
    load_gsr,
    score_documents,
    source_right,
    target_right,
    top_event,
)
from demarche.ingest.article import article_from_text
from demarche.records import Actor, Document, Event, Participant, Span
from tests.conftest import shared_data

ACTORS = {
    "fr": Actor("fr", "France", country="FRA", sector="GOV"),
    "ir": Actor("ir", "Iran", country="IRN", sector="GOV"),
    "un": Actor("un", "United Nations", sector="IGO"),
}


def event(type_: str, source: str | None, target: str | None, confidence: float = 0.5) -> Event:
    def part(actor: str | None) -> Participant | None:
        return Participant(actor, 0, 1, "x") if actor else None

    return Event(
        type=type_,
        evidence=Span(0, 1, "x"),
        source=part(source),
        target=part(target),
        confidence=confidence,
    )


def gold(type_: str, sources: set[str], targets: set[str], reciprocal: bool = False) -> GoldEvent:
    return GoldEvent("G-1", "x", type_, frozenset(sources), frozenset(targets), reciprocal)


def test_best_match_prefers_the_gold_type_then_the_parties() -> None:
    record = gold("SANCTION", {"FRA"}, {"IRN"})
    events = [
        event("CONSULT", "fr", "ir", 0.9),
        event("SANCTION", "ir", "fr", 0.6),
        event("SANCTION", "fr", "ir", 0.4),
    ]
    chosen = best_match(events, record, ACTORS)
    assert chosen is events[2]
    assert top_event(events) is events[0]
    assert best_match([], record, ACTORS) is None


def test_codes_match_country_or_sector_and_reciprocal_records() -> None:
    assert source_right(event("AGREE", "un", None), gold("AGREE", {"IGO"}, set()), ACTORS)
    record = gold("AGREE", {"FRA", "IRN"}, set(), reciprocal=True)
    assert source_right(event("AGREE", "ir", "fr"), record, ACTORS)
    assert target_right(event("AGREE", "ir", "fr"), record, ACTORS)
    assert target_right(event("AGREE", "ir", None), record, ACTORS)
    assert not target_right(event("AGREE", "fr", "un"), gold("AGREE", {"FRA"}, {"IRN"}), ACTORS)


def test_scores_count_sentences_not_events() -> None:
    records = [
        gold("SANCTION", {"FRA"}, {"IRN"}),
        GoldEvent("G-2", "y", "ACCUSE", frozenset({"IRN"}), frozenset(), False),
        GoldEvent("G-3", "z", "ASSAULT", frozenset(), frozenset(), False),
    ]
    article = article_from_text("x")
    documents = [
        Document(article, actors=tuple(ACTORS.values()), events=(event("SANCTION", "fr", "ir"),)),
        Document(article, actors=tuple(ACTORS.values()), events=(event("REJECT", "ir", None),)),
        Document(article),
    ]
    scores = score_documents(records, documents)
    total = scores[("all", "best")]
    assert (total.gold, total.predicted, total.type_right, total.tuple_right) == (3, 2, 1, 1)
    p, r, f1 = total.type_prf()
    assert round(f1, 3) == 0.4
    assert (round(p, 3), round(r, 3)) == (0.5, 0.333)
    assert total.confusion[("ACCUSE", "REJECT")] == 1
    assert total.confusion[("ASSAULT", "-")] == 1
    split_total = sum(scores[(s, "best")].gold for s in ("dev", HELD_OUT))
    assert split_total == 3


def test_load_gsr_maps_old_labels(tmp_path: Path) -> None:
    records = [
        {"id": "D", "event": "DOCUMENT"},
        {
            "id": "A",
            "event": "DEMAND",
            "text": "Iran demanded that France leave.",
            "source": [{"code": "IRN"}],
            "target": [{"code": "JAP"}],
            "textInfo": {"markup": "(SRC: Iran) demanded"},
        },
    ]
    (tmp_path / "PLOVER_GSR_CAMEO.txt").write_text(json.dumps(records))
    (loaded,) = load_gsr(tmp_path)
    assert (loaded.type, loaded.sources, loaded.targets) == ("REQUEST", {"IRN"}, {"JPN"})


def test_real_gsr_loads() -> None:
    records = load_gsr(shared_data("plover"))
    assert len(records) == 322
    assert {r.type for r in records} >= {"REQUEST", "ACCUSE", "ASSAULT"}
    assert not {"DEMAND", "DISAPPROVE", "FIGHT", "INVESTIGATE"} & {r.type for r in records}
