"""``demarche eval quotes``: score attributions against PolNeAR (brat Source / Cue / Content).

Each role is scored as a set of spans per document: a predicted source, cue or content counts
as found when it matches a gold one of the same role, exactly (after trimming surrounding
whitespace, quotation marks and punctuation, and joining fragments that only such characters
separate) or by overlap (intersection over union of characters >= 0.5), with one-to-one
matching. Scores are given for all attributions and for direct quotes only (gold: the content
opens and closes with a quotation mark; ours: kind "direct"). Quotes matched by content are then
checked for their source, which is how often the right person is credited.

The corpus has no stated licence, so it is read from a path and nothing derived from it ships.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from demarche.errors import ConfigError
from demarche.evaluation.metrics import prf

HELP = "score quote attribution (source, cue, content) on PolNeAR"

Ranges = tuple[tuple[int, int], ...]

_TRIM = set(" \t\r\n\u00a0\"'“”‘’„«»‹›.,;:!?()[]—–-…")
_OPENING = "“\"‘'«"
_CLOSING = "”\"’'»"
_ANN_SUFFIX = re.compile(r"_[0-9a-f]{4}\.ann$")
ROLES = ("source", "cue", "content")

ANCHORS: tuple[str, ...] = (
    "BBC Citron on PARC 3.0, exact: all spans F1 0.567, source F1 0.820",
    "CofeNet (supervised BERT tagger) on PolNeAR, exact: source 0.832, cue 0.753, content 0.729",
    "Gender Gap Tracker (rules), own data: quote F1 0.837 at 0.3 overlap, speaker acc. 0.865",
)
TARGETS: tuple[str, ...] = (
    "direct quotes, overlap: content F1 >= 0.92, source F1 >= 0.88",
    "all attributions, exact: source >= 0.70, cue >= 0.70, content >= 0.60",
)


@dataclass(frozen=True)
class Attribution:
    """One attribution as character ranges per role (empty when the role is absent)."""

    source: Ranges = ()
    cue: Ranges = ()
    content: Ranges = ()
    direct: bool = False

    def role(self, name: str) -> Ranges:
        return getattr(self, name)


@dataclass(frozen=True)
class GoldDocument:
    name: str
    text: str
    attributions: tuple[Attribution, ...]


@dataclass
class Counts:
    """True positives, predictions and gold items, for precision / recall / F1."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return prf(self.tp, self.predicted, self.gold)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.predicted, self.gold)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.predicted, self.gold)[2]


@dataclass
class Report:
    """Scores keyed by (role, subset, mode) plus source agreement on matched quotes."""

    documents: int = 0
    gold_attributions: int = 0
    predicted_attributions: int = 0
    scores: dict[tuple[str, str, str], Counts] = field(default_factory=dict)
    source_right: dict[str, Counts] = field(default_factory=dict)

    def counts(self, role: str, subset: str, mode: str) -> Counts:
        return self.scores.setdefault((role, subset, mode), Counts())


def read_brat(text: str, path: Path) -> tuple[Attribution, ...]:
    """The attributions of one brat standoff file (T lines linked by E lines)."""
    spans: dict[str, tuple[str, Ranges]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            ranges = tuple(
                (int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))
            )
            spans[parts[0]] = (label, ranges)
        elif parts[0].startswith("E"):
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    out = []
    for event in events:
        roles: dict[str, Ranges] = {}
        for role in ROLES:
            ids = [v for k, v in event.items() if k.rstrip("0123456789").lower() == role]
            roles[role] = tuple(sorted(r for i in ids if i in spans for r in spans[i][1]))
        direct = _is_direct(text, roles["content"])
        out.append(Attribution(roles["source"], roles["cue"], roles["content"], direct))
    return tuple(out)


def _is_direct(text: str, content: Ranges) -> bool:
    """Whether a gold content is a verbatim quotation: it opens and closes with quote marks.

    PolNeAR splits a quotation's content at sentence ends, so only the first fragment opens
    with a mark and only the last closes with one.
    """
    if not content:
        return False
    first = text[content[0][0] : content[0][1]].strip()
    last = text[content[-1][0] : content[-1][1]].strip().rstrip(".,;:!?")
    return first[:1] in _OPENING and last[-1:] in _CLOSING


def load_polnear(folder: Path, split: str, limit: int | None = None) -> list[GoldDocument]:
    """The documents of a PolNeAR split, each with its first annotation file.

    With ``limit``, an evenly spaced sample of that many documents (every publisher and month).

    Raises:
        ConfigError: D018 when the folder does not hold the split.
    """
    base = folder / "data" / split
    if not (base / "text").is_dir() or not (base / "attributions").is_dir():
        raise ConfigError("D018", path=str(folder), detail=f"no data/{split}/text and attributions")
    annotations: dict[str, Path] = {}
    for path in sorted((base / "attributions").glob("*.ann")):
        annotations.setdefault(_ANN_SUFFIX.sub("", path.name), path)
    names = sorted(annotations)
    if limit and limit < len(names):  # spread evenly: the names are sorted by publisher
        names = [names[i * len(names) // limit] for i in range(limit)]
    documents = []
    for name in names:
        text_path = base / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        documents.append(GoldDocument(name, text, read_brat(text, annotations[name])))
    return documents


def normalise(text: str, ranges: Iterable[tuple[int, int]]) -> Ranges:
    """Trim each range of surrounding space, quote marks and punctuation; join the fragments
    that only such characters separate."""
    trimmed = []
    for start, end in sorted(ranges):
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if start < end:
            trimmed.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in trimmed:
        if merged and all(c in _TRIM for c in text[merged[-1][1] : start]):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def _chars(ranges: Ranges) -> set[int]:
    return {i for start, end in ranges for i in range(start, end)}


def iou(a: Ranges, b: Ranges) -> float:
    """Intersection over union of the characters two span sets cover."""
    ca, cb = _chars(a), _chars(b)
    union = len(ca | cb)
    return len(ca & cb) / union if union else 0.0


def match(
    gold: Sequence[Ranges], predicted: Sequence[Ranges], exact: bool
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): equal spans, or best IoU >= 0.5 first."""
    pairs = []
    for g, gold_ranges in enumerate(gold):
        for p, pred_ranges in enumerate(predicted):
            if exact:
                if gold_ranges == pred_ranges:
                    pairs.append((1.0, g, p))
            elif gold_ranges and pred_ranges:
                score = iou(gold_ranges, pred_ranges)
                if score >= 0.5:
                    pairs.append((score, g, p))
    pairs.sort(reverse=True)
    seen_g: set[int] = set()
    seen_p: set[int] = set()
    out = []
    for _, g, p in pairs:
        if g not in seen_g and p not in seen_p:
            seen_g.add(g)
            seen_p.add(p)
            out.append((g, p))
    return out


def score_document(
    report: Report, text: str, gold: Sequence[Attribution], predicted: Sequence[Attribution]
) -> None:
    """Add one document's counts to ``report``."""
    for subset in ("all", "direct"):
        g_items = [a for a in gold if subset == "all" or a.direct]
        p_items = [a for a in predicted if subset == "all" or a.direct]
        for role in ROLES:
            g_spans = [normalise(text, a.role(role)) for a in g_items]
            p_spans = [normalise(text, a.role(role)) for a in p_items]
            g_spans = [s for s in g_spans if s]
            p_spans = [s for s in p_spans if s]
            for mode, exact in (("exact", True), ("overlap", False)):
                tp = len(match(g_spans, p_spans, exact))
                report.counts(role, subset, mode).add(tp, len(p_spans), len(g_spans))
        g_content = [normalise(text, a.content) for a in g_items]
        p_content = [normalise(text, a.content) for a in p_items]
        right = report.source_right.setdefault(subset, Counts())
        for g, p in match(g_content, p_content, exact=False):
            gold_source = normalise(text, g_items[g].source)
            if not gold_source:
                continue
            ours = normalise(text, p_items[p].source)
            right.add(int(bool(ours) and iou(gold_source, ours) >= 0.5), 1, 1)


def predict(
    documents: Sequence[GoldDocument], nlp: Language | None = None
) -> list[list[Attribution]]:
    """Run the pipeline (the full one unless given) over the gold texts; quotes as attributions."""
    from demarche.ingest.article import article_from_text
    from demarche.options import Options
    from demarche.pipeline import analyse, build_pipeline

    nlp = nlp or build_pipeline(Options())
    articles = (article_from_text(d.text, source=d.name) for d in documents)
    out = []
    for document in analyse(nlp, articles):
        out.append([_from_quote(q) for q in document.quotes])
    return out


def _from_quote(quote: object) -> Attribution:
    def ranges(span: object) -> Ranges:
        return ((span.start, span.end),) if span is not None else ()  # type: ignore[attr-defined]

    return Attribution(
        source=ranges(quote.source),  # type: ignore[attr-defined]
        cue=ranges(quote.cue),  # type: ignore[attr-defined]
        content=tuple((s.start, s.end) for s in quote.content),  # type: ignore[attr-defined]
        direct=quote.kind == "direct",  # type: ignore[attr-defined]
    )


def evaluate(
    folder: Path, split: str, limit: int | None = None, nlp: Language | None = None
) -> Report:
    """Score the pipeline on a PolNeAR split (an even sample of ``limit`` documents if given)."""
    documents = load_polnear(folder, split, limit)
    report = Report(documents=len(documents))
    for document, predicted in zip(documents, predict(documents, nlp), strict=True):
        report.gold_attributions += len(document.attributions)
        report.predicted_attributions += len(predicted)
        score_document(report, document.text, document.attributions, predicted)
    return report


def format_report(report: Report, title: str) -> str:
    """The readable table ``run`` prints."""
    lines = [
        title,
        f"{report.documents} documents, {report.gold_attributions} gold attributions, "
        f"{report.predicted_attributions} predicted",
        "",
        f"{'role':<8} {'subset':<7} | {'exact P':>7} {'R':>6} {'F1':>6} | "
        f"{'overlap P':>9} {'R':>6} {'F1':>6} | {'gold':>6} {'ours':>6}",
    ]
    for subset in ("all", "direct"):
        for role in ROLES:
            ex = report.counts(role, subset, "exact")
            ov = report.counts(role, subset, "overlap")
            lines.append(
                f"{role:<8} {subset:<7} | {ex.precision:7.3f} {ex.recall:6.3f} {ex.f1:6.3f} | "
                f"{ov.precision:9.3f} {ov.recall:6.3f} {ov.f1:6.3f} | "
                f"{ex.gold:6d} {ex.predicted:6d}"
            )
    lines.append("")
    for subset, counts in report.source_right.items():
        lines.append(
            f"quotes matched by content ({subset}) whose source is right: "
            f"{counts.precision:.3f} of {counts.predicted}"
        )
    lines += ["", "published anchors (their data and setting, for scale):"]
    lines += [f"  {anchor}" for anchor in ANCHORS]
    lines += ["targets:"] + [f"  {target}" for target in TARGETS]
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=Path("..") / "shared" / "data" / "polnear",
        help="the PolNeAR folder (default: ../shared/data/polnear)",
    )
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument(
        "--limit", type=int, default=None, help="score N documents spread evenly over the split"
    )


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    report = evaluate(args.folder, args.split, args.limit)
    seconds = time.perf_counter() - started
    print(format_report(report, f"PolNeAR {args.split} ({seconds:.0f} s)"))
    return 0
