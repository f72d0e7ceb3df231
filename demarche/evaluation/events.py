"""``demarche eval events``: score PLOVER event coding on the PLOVER gold standard records (GSR).

Each GSR record is one sentence with one gold event (type, source and target actor codes). The
sentence runs through the full pipeline, and its predicted events are matched to the gold record:

- **best match**: among the sentence's events, the one of the gold type if any (ties broken by
  how many of source and target agree, then confidence), else the most confident event. This is
  how an analyst uses event data (is the gold event among what the coder reports?), and it is the
  headline figure.
- **top event**: the most confident event alone, without looking at the gold; a stricter view
  for sentences that report several events.

Type precision is correct sentences over sentences with any prediction, recall over all gold
sentences. Source and target are right when the actor's country (or sector, for codes such as
IGO) is among the gold codes; a reciprocal gold record (``SRC/TAR``, "Jordan and Britain agreed")
accepts any of its parties on either side, and a gold record without a target expects none or a
party of the record. The GSR's older labels are mapped to PLOVER: DEMAND->REQUEST,
DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE.

Records are split by a hash of their id into a development part and a held-out third (``--split``),
so a change tuned on one part can be checked on the other. The GSR is CC BY-SA 4.0 and is read
from its folder; nothing of it ships.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from demarche.errors import ConfigError
from demarche.evaluation.metrics import prf
from demarche.events.quad import EVENT_TYPES
from demarche.records import Actor, Document, Event, Participant

HELP = "score PLOVER event coding (type, source, target) on the PLOVER gold standard records"

OLD_LABELS: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
CODE_ALIASES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
"""A few GSR codes that are not ISO 3166 alpha-3 (the GSR readme says they all should be)."""

ANCHORS: tuple[str, ...] = (
    "BBN ACCENT (ICEWS) event-type precision about 0.88 on its published ground truth",
    "independent audits of GDELT find most coded rows wrong; PETRARCH2: no published accuracy",
)
TARGETS: tuple[str, ...] = ("event-type F1 >= 0.88", "full (type, source, target) tuple F1 >= 0.75")
HELD_OUT = "held-out"
DEV = "dev"


@dataclass(frozen=True)
class GoldEvent:
    """One GSR record: the sentence and its event, with actor codes as sets."""

    id: str
    text: str
    type: str
    sources: frozenset[str]
    targets: frozenset[str]
    reciprocal: bool

    @property
    def split(self) -> str:
        digest = hashlib.sha1(self.id.encode("utf-8")).digest()
        return HELD_OUT if digest[0] % 3 == 0 else DEV


def _codes(value: object) -> frozenset[str]:
    if not isinstance(value, list):
        return frozenset()
    codes = set()
    for actor in value:
        if isinstance(actor, dict) and actor.get("code"):
            code = str(actor["code"]).upper()
            codes.add(CODE_ALIASES.get(code, code))
    return frozenset(codes)


def load_gsr(folder: Path) -> list[GoldEvent]:
    """The GSR's event records (the DOCUMENT header record is skipped)."""
    path = folder / "PLOVER_GSR_CAMEO.txt"
    if not path.is_file():
        raise ConfigError("D018", path=folder, detail="PLOVER_GSR_CAMEO.txt not found")
    records = json.loads(path.read_text(encoding="utf-8"))
    gold = []
    for record in records:
        event = str(record.get("event", "")).upper()
        if event == "DOCUMENT" or not record.get("text"):
            continue
        info = record.get("textInfo")
        markup = str(info.get("markup", "")) if isinstance(info, dict) else str(info or "")
        gold.append(
            GoldEvent(
                id=str(record["id"]),
                text=str(record["text"]),
                type=OLD_LABELS.get(event, event),
                sources=_codes(record.get("source")),
                targets=_codes(record.get("target")),
                reciprocal="SRC/TAR" in markup,
            )
        )
    return gold


def participant_codes(participant: Participant | None, actors: dict[str, Actor]) -> frozenset[str]:
    """The codes a participant can match: its actor's country and sector."""
    if participant is None or not participant.actor:
        return frozenset()
    actor = actors.get(participant.actor)
    if actor is None:
        return frozenset()
    return frozenset(c for c in (actor.country, actor.sector) if c)


def source_right(event: Event, gold: GoldEvent, actors: dict[str, Actor]) -> bool:
    codes = participant_codes(event.source, actors)
    allowed = gold.sources | (gold.targets if gold.reciprocal else frozenset())
    if not allowed:
        return not codes
    return bool(codes & allowed)


def target_right(event: Event, gold: GoldEvent, actors: dict[str, Actor]) -> bool:
    codes = participant_codes(event.target, actors)
    allowed = gold.targets | (gold.sources if gold.reciprocal else frozenset())
    if not gold.targets:
        return not codes or bool(codes & allowed)
    return bool(codes & allowed)


def best_match(events: Sequence[Event], gold: GoldEvent, actors: dict[str, Actor]) -> Event | None:
    """The predicted event matched to the gold record (see the module docstring)."""
    if not events:
        return None

    def key(event: Event) -> tuple[int, int, float]:
        agree = int(source_right(event, gold, actors)) + int(target_right(event, gold, actors))
        return (int(event.type == gold.type), agree, event.confidence)

    return max(events, key=key)


def top_event(events: Sequence[Event]) -> Event | None:
    """The most confident event, first in text order among equals."""
    if not events:
        return None
    return max(events, key=lambda e: (e.confidence, -e.evidence.start))


@dataclass
class Score:
    """Counts for one split and one matching rule."""

    gold: int = 0
    predicted: int = 0
    type_right: int = 0
    source_right: int = 0
    target_right: int = 0
    tuple_right: int = 0
    events: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[tuple[GoldEvent, Event | None]] = field(default_factory=list)

    def add(self, gold: GoldEvent, event: Event | None, actors: dict[str, Actor]) -> None:
        self.gold += 1
        self.confusion[(gold.type, event.type if event else "-")] += 1
        if event is None:
            self.errors.append((gold, None))
            return
        self.predicted += 1
        if event.type != gold.type:
            self.errors.append((gold, event))
            return
        self.type_right += 1
        src = source_right(event, gold, actors)
        tgt = target_right(event, gold, actors)
        self.source_right += src
        self.target_right += tgt
        self.tuple_right += src and tgt
        if not (src and tgt):
            self.errors.append((gold, event))

    def type_prf(self) -> tuple[float, float, float]:
        return prf(self.type_right, self.predicted, self.gold)

    def tuple_prf(self) -> tuple[float, float, float]:
        return prf(self.tuple_right, self.predicted, self.gold)


def score_documents(
    golds: Sequence[GoldEvent], documents: Iterable[Document]
) -> dict[tuple[str, str], Score]:
    """Scores per (split, rule): splits dev / held-out / all, rules best / top."""
    scores = {
        (split, rule): Score() for split in (DEV, HELD_OUT, "all") for rule in ("best", "top")
    }
    for gold, document in zip(golds, documents, strict=True):
        actors = {actor.id: actor for actor in document.actors}
        events = list(document.events)
        for split in (gold.split, "all"):
            scores[(split, "best")].add(gold, best_match(events, gold, actors), actors)
            scores[(split, "top")].add(gold, top_event(events), actors)
            scores[(split, "best")].events += len(events)
            scores[(split, "top")].events += len(events)
    return scores


def evaluate(nlp: Language, golds: Sequence[GoldEvent]) -> dict[tuple[str, str], Score]:
    """Run every gold sentence through the pipeline and score the events."""
    from demarche.ingest.article import article_from_text
    from demarche.pipeline.process import analyse

    articles = (article_from_text(gold.text) for gold in golds)
    return score_documents(golds, analyse(nlp, articles))


def format_scores(scores: dict[tuple[str, str], Score]) -> str:
    lines = [
        f"{'split':<9} {'match':<5} {'n':>4} {'type P':>7} {'type R':>7} {'type F1':>7} "
        f"{'src acc':>7} {'tgt acc':>7} {'tuple P':>7} {'tuple R':>7} {'tuple F1':>8} "
        f"{'ev/sent':>7}"
    ]
    for (split, rule), s in scores.items():
        tp, tr, tf = s.type_prf()
        up, ur, uf = s.tuple_prf()
        src = s.source_right / s.type_right if s.type_right else 0.0
        tgt = s.target_right / s.type_right if s.type_right else 0.0
        per = s.events / s.gold if s.gold else 0.0
        lines.append(
            f"{split:<9} {rule:<5} {s.gold:>4} {tp:>7.3f} {tr:>7.3f} {tf:>7.3f} {src:>7.3f} "
            f"{tgt:>7.3f} {up:>7.3f} {ur:>7.3f} {uf:>8.3f} {per:>7.2f}"
        )
    return "\n".join(lines)


def format_confusion(score: Score) -> str:
    """Gold types as rows, matched predicted types as columns ("-": no event)."""
    columns = [*EVENT_TYPES, "-"]
    short = {c: c[:4] for c in columns}
    lines = ["gold \\ predicted " + " ".join(f"{short[c]:>4}" for c in columns)]
    for row in EVENT_TYPES:
        counts = [score.confusion.get((row, c), 0) for c in columns]
        if not any(counts):
            continue
        lines.append(f"{row:<16} " + " ".join(f"{n:>4}" if n else "   ." for n in counts))
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder",
        nargs="?",
        default="../shared/data/plover",
        type=Path,
        help="folder with PLOVER_GSR_CAMEO.txt (default: ../shared/data/plover)",
    )
    parser.add_argument("--model", default=None, help="spaCy pipeline to use")
    parser.add_argument(
        "--split", choices=("all", DEV, HELD_OUT), default="all", help="confusion/errors of"
    )
    parser.add_argument("--limit", type=int, default=0, help="score only the first N records")
    parser.add_argument("--errors", type=int, default=0, help="print up to N mismatches")
    parser.add_argument(
        "--wikinews",
        action="store_true",
        help="also check precision on 198 hand-coded sentences of ordinary Wikinews news, "
        "most with no event (silver; demarche/data/eval/wikinews_events)",
    )
    parser.add_argument(
        "--ngec",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="also check the ledes of NGEC's 4,500 synthetic stories in FOLDER "
        "(e.g. ../shared/data/ngec; pseudo-labels, about a minute)",
    )
    parser.add_argument(
        "--ngec-headlines",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="also check NGEC's headline templates in FOLDER filled with real countries and "
        "cities (e.g. ../shared/data/ngec): type, source and target by construction",
    )


def run(args: argparse.Namespace) -> int:
    from demarche.options import Options
    from demarche.pipeline import build_pipeline

    golds = load_gsr(args.folder)
    if args.limit:
        golds = golds[: args.limit]
    nlp = build_pipeline(Options(model=args.model))
    started = time.perf_counter()
    scores = evaluate(nlp, golds)
    elapsed = time.perf_counter() - started
    print(f"PLOVER GSR: {len(golds)} records, {elapsed:.1f}s, pipeline {nlp.pipe_names}")
    print(format_scores(scores))
    print()
    print(f"confusion ({args.split}, best match):")
    print(format_confusion(scores[(args.split, "best")]))
    print()
    print("anchors: " + "; ".join(ANCHORS))
    print("targets: " + "; ".join(TARGETS))
    _ngec_checks(nlp, args)
    if args.wikinews:
        _print_wikinews(nlp, args)
    for gold, event in scores[(args.split, "best")].errors[: args.errors]:
        got = "no event"
        if event is not None:
            source = event.source.text if event.source else None
            target = event.target.text if event.target else None
            trigger = event.trigger.text if event.trigger else ""
            got = f"{event.type} {source} -> {target} ({trigger})"
        print(
            f"- {gold.id} gold {gold.type} {sorted(gold.sources)}->{sorted(gold.targets)}; "
            f"got {got}\n  {gold.text}"
        )
    return 0


def _print_wikinews(nlp: Language, args: argparse.Namespace) -> None:
    """The ``--wikinews`` check: precision and false alarms on ordinary news."""
    from demarche.evaluation import wikinews_events

    sentences = wikinews_events.load_set()
    if args.limit:
        sentences = sentences[: args.limit]
    started = time.perf_counter()
    scores = wikinews_events.evaluate(nlp, sentences)
    elapsed = time.perf_counter() - started
    print()
    print(
        f"Wikinews sentences: {len(sentences)}, {elapsed:.1f}s; PLOVER types per sentence against "
        "a hand coding (silver); false alarms: sentences with no event where one is reported"
    )
    print(wikinews_events.format_scores(scores))
    if args.errors:
        print(wikinews_events.format_mistakes(scores["all"], args.errors))


def _ngec_checks(nlp: Language, args: argparse.Namespace) -> None:
    """The NGEC checks asked for: synthetic stories (type) and filled headlines (type, parties)."""
    from demarche.evaluation.synthetic_events import (
        evaluate_stories,
        format_story_score,
        load_stories,
    )
    from demarche.evaluation.synthetic_headlines import (
        evaluate_headlines,
        format_headline_score,
        load_headlines,
    )

    if args.ngec is not None:
        stories = load_stories(args.ngec, args.limit)
        _timed(
            f"NGEC synthetic stories: {len(stories)} ledes",
            "the type each was written for among the lede's events (anywhere) and as its most "
            "confident (top); pseudo-labels, not gold",
            lambda: format_story_score(evaluate_stories(nlp, stories)),
        )
    if args.ngec_headlines is not None:
        headlines = load_headlines(args.ngec_headlines, args.limit)
        _timed(
            f"NGEC headline templates: {len(headlines)} filled headlines",
            "parties known by construction (pseudo-labels, not gold)",
            lambda: format_headline_score(evaluate_headlines(nlp, headlines)),
        )


def _timed(head: str, tail: str, report: Callable[[], str]) -> None:
    started = time.perf_counter()
    table = report()
    print(f"\n{head}, {time.perf_counter() - started:.1f}s; {tail}")
    print(table)
