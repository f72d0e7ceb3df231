"""``demarche eval time``: temporal expressions scored against TimeML gold (TimeBank).

Each document's creation-time TIMEX3 is used as the publication date and is not itself a
target. The markup is stripped from the ``<TEXT>`` element to give the plain text the pipeline
reads, with every gold span mapped to offsets in that text. Scores follow TempEval-3: strict
(exact span) and relaxed (overlap) extraction P/R/F1, type and value accuracy on relaxed
matches, and value F1 (a prediction counts when it overlaps a gold expression and has its value).
"""

from __future__ import annotations

import argparse
import csv
import html
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from demarche.evaluation.metrics import prf
from demarche.records import TimeExpression

HELP = "temporal expressions and their values against TimeML gold (TimeBank)"

ANCHORS: tuple[tuple[str, float], ...] = (("HeidelTime", 0.78), ("SUTime", 0.67))
"""Published value F1 of the reference rule-based taggers on TempEval-3, for comparison."""

TARGETS: dict[str, float] = {"relaxed_f1": 0.90, "value_accuracy": 0.88, "value_f1": 0.80}

_MARKUP = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>|&(#?\w+);")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3 with offsets into the plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class GoldDocument:
    """A TimeML document as the pipeline sees it: plain text, creation date, gold expressions."""

    name: str
    text: str
    published: str | None
    timexes: tuple[GoldTimex, ...]


def read_timeml(path: Path) -> GoldDocument:
    """Parse a TimeML file: strip the ``<TEXT>`` markup, keep offsets of its TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    published = dct.group(1)[:10] if dct else None
    body_match = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_match.group(1) if body_match else ""
    pieces: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    position = 0
    for match in _MARKUP.finditer(body):
        chunk = body[position : match.start()]
        pieces.append(chunk)
        length += len(chunk)
        position = match.end()
        if match.group(5) is not None:
            char = html.unescape(match.group())
            pieces.append(char)
            length += len(char)
            continue
        closing, tag, attributes = match.group(1), match.group(2), match.group(3)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timexes.append((length, dict(_ATTRIBUTE.findall(attributes))))
        elif open_timexes:
            start, attrs = open_timexes.pop()
            timexes.append(
                GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value", ""))
            )
    pieces.append(body[position:])
    text = "".join(pieces)
    gold = tuple(
        GoldTimex(t.start, t.end, text[t.start : t.end], t.type, t.value)
        for t in sorted(timexes, key=lambda t: t.start)
    )
    return GoldDocument(path.stem, text, published, gold)


def read_folder(folder: Path, split: str = "all") -> list[GoldDocument]:
    """All ``*.tml`` files, or one half: ``dev`` is every even file in name order, ``test``
    every odd one (a fixed, name-based split so that nobody tunes on the half they report)."""
    files = sorted(folder.glob("*.tml"))
    if split == "dev":
        files = files[0::2]
    elif split == "test":
        files = files[1::2]
    return [read_timeml(path) for path in files]


@dataclass
class Scores:
    """Counts from which every reported figure is derived."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    by_type: dict[str, Counter[str]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)

    def prf(self, correct: int) -> tuple[float, float, float]:
        return prf(correct, self.predicted, self.gold)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed if self.relaxed else 0.0


def shape(text: str) -> str:
    """A pattern for grouping errors: lower case, digits as 9."""
    return re.sub(r"\d", "9", " ".join(text.lower().split()))


def match_pairs(
    gold: Sequence[GoldTimex], predicted: Sequence[TimeExpression]
) -> list[tuple[GoldTimex, TimeExpression]]:
    """One-to-one overlap matching, exact spans first, then the largest overlaps."""
    options = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                exact = g.start == p.start and g.end == p.end
                options.append((not exact, -overlap, g_index, p_index))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, g_index, p_index in sorted(options):
        if g_index in used_gold or p_index in used_pred:
            continue
        used_gold.add(g_index)
        used_pred.add(p_index)
        pairs.append((gold[g_index], predicted[p_index]))
    return pairs


def score_document(
    gold: Sequence[GoldTimex], predicted: Sequence[TimeExpression], scores: Scores
) -> None:
    """Add one document's counts (and error patterns) to ``scores``."""
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    pairs = match_pairs(gold, predicted)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    for g in gold:
        counts = scores.by_type.setdefault(g.type, Counter())
        counts["gold"] += 1
        if id(g) not in matched_gold:
            scores.errors[f"missed {g.type}: {shape(g.text)}"] += 1
    for p in predicted:
        if id(p) not in matched_pred:
            scores.errors[f"spurious {p.type}: {shape(p.text)}"] += 1
    for g, p in pairs:
        counts = scores.by_type[g.type]
        counts["relaxed"] += 1
        scores.relaxed += 1
        if g.start == p.start and g.end == p.end:
            scores.strict += 1
            counts["strict"] += 1
        else:
            scores.errors[f"span: {shape(g.text)!r} vs {shape(p.text)!r}"] += 1
        if g.type == p.type:
            scores.type_correct += 1
            counts["type"] += 1
        else:
            scores.errors[f"type {g.type}->{p.type}: {shape(g.text)}"] += 1
        if p.value == g.value:
            scores.value_correct += 1
            counts["value"] += 1
        else:
            scores.errors[f"value {shape(g.value)}->{shape(str(p.value))}: {shape(g.text)}"] += 1


def evaluate(documents: Iterable[GoldDocument], nlp: object | None = None) -> Scores:
    """Run the time component on each document's text with its creation date and score it."""
    from demarche.ingest.article import article_from_text
    from demarche.pipeline import analyse, build_pipeline

    if nlp is None:
        from demarche.options import Options

        nlp = build_pipeline(Options(components=("demarche_time",)))
    documents = list(documents)
    articles = [article_from_text(d.text, published=d.published) for d in documents]
    scores = Scores()
    for gold, result in zip(documents, analyse(nlp, articles), strict=True):  # type: ignore[arg-type]
        score_document(gold.timexes, result.times, scores)
    return scores


def report(scores: Scores, label: str, errors: int = 10) -> str:
    """The printed table for one set of documents."""
    lines = [f"== {label}: {scores.gold} gold, {scores.predicted} predicted =="]
    lines.append(f"{'':24}{'P':>7}{'R':>7}{'F1':>7}")
    for name, correct in (
        ("strict extraction", scores.strict),
        ("relaxed extraction", scores.relaxed),
    ):
        p, r, f = scores.prf(correct)
        lines.append(f"{name:24}{p:7.3f}{r:7.3f}{f:7.3f}")
    p, r, f = scores.prf(scores.value_correct)
    lines.append(f"{'value (TempEval-3)':24}{p:7.3f}{r:7.3f}{f:7.3f}")
    lines.append(
        f"type accuracy on matches {scores.type_accuracy:.3f}   "
        f"value accuracy on matches {scores.value_accuracy:.3f}"
    )
    lines.append(
        f"{'by gold type':12}{'gold':>6}{'strict R':>10}{'relax R':>9}{'type acc':>10}"
        f"{'value acc':>11}"
    )
    for kind in sorted(scores.by_type):
        c = scores.by_type[kind]
        matched = c["relaxed"] or 1
        lines.append(
            f"{kind:12}{c['gold']:6d}{c['strict'] / c['gold']:10.3f}{c['relaxed'] / c['gold']:9.3f}"
            f"{c['type'] / matched:10.3f}{c['value'] / matched:11.3f}"
        )
    lines.append(f"{errors} most frequent error patterns:")
    for pattern, count in scores.errors.most_common(errors):
        lines.append(f"  {count:4d}  {pattern}")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder",
        nargs="?",
        default=str(Path("..") / "shared" / "data" / "timebank"),
        help="folder of TimeML .tml files (default: ../shared/data/timebank)",
    )
    parser.add_argument(
        "--split",
        choices=("all", "dev", "test", "both"),
        default="both",
        help="score every file, the development half, the held-out half, or both halves",
    )
    parser.add_argument("--errors", type=int, default=10, help="error patterns to print")
    parser.add_argument(
        "--timing",
        nargs="*",
        metavar="CSV",
        help="also time the component against bare spaCy, on the TimeML texts or on the 'text' "
        "column of the CSV files given (e.g. ../shared/data/wikinews/*.csv)",
    )
    parser.add_argument("--timing-docs", type=int, default=50, help="documents to time")


def component_cost(nlp: Any, texts: Sequence[str], repeats: int = 3) -> tuple[float, float]:
    """Seconds per document for bare spaCy and for the time component alone (best of
    ``repeats`` runs each, so that a busy machine inflates neither figure by chance)."""
    from demarche.temporal.component import find_times

    docs = []
    bare = float("inf")
    with nlp.select_pipes(disable=["demarche_time"]):
        for _ in range(repeats):
            started = time.perf_counter()
            docs = [nlp(text) for text in texts]
            bare = min(bare, time.perf_counter() - started)
    component = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for doc in docs:
            find_times(doc)
        component = min(component, time.perf_counter() - started)
    count = max(len(texts), 1)
    return bare / count, component / count


def timing_texts(paths: Sequence[str], documents: Sequence[GoldDocument], limit: int) -> list[str]:
    """The texts to time: the CSVs' ``text`` column when given, else the TimeML texts."""
    if not paths:
        return [document.text for document in documents[:limit]]
    csv.field_size_limit(1 << 30)
    texts: list[str] = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            texts.extend(row["text"] for row in csv.DictReader(handle) if row.get("text"))
    return texts[:limit]


def run(args: argparse.Namespace) -> int:
    from demarche.errors import ConfigError
    from demarche.options import Options
    from demarche.pipeline import build_pipeline

    folder = Path(args.folder)
    if not folder.is_dir() or not any(folder.glob("*.tml")):
        raise ConfigError("D018", path=str(folder), detail="no TimeML .tml files")
    nlp = build_pipeline(Options(components=("demarche_time",)))
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    for split in splits:
        scores = evaluate(read_folder(folder, split), nlp)
        print(report(scores, f"TimeBank {split} ({folder})", args.errors))
        print()
    if args.timing is not None:
        texts = timing_texts(args.timing, read_folder(folder, "all"), args.timing_docs)
        bare, component = component_cost(nlp, texts)
        print(
            f"cost on {len(texts)} documents: bare spaCy {bare * 1000:.1f} ms/doc, "
            f"time component {component * 1000:.2f} ms/doc = {100 * component / bare:.1f}%"
        )
    anchors = ", ".join(f"{name} ~{value:.2f}" for name, value in ANCHORS)
    targets = ", ".join(f"{name} >= {value:.2f}" for name, value in TARGETS.items())
    print(f"anchors (value F1, TempEval-3): {anchors}")
    print(f"targets: {targets}")
    return 0
