"""``demarche eval extraction``: main-text extraction on the Scrapinghub article benchmark.

Our HTML ingestion runs over each page and ``article.text`` is scored against the page's true
article body with the benchmark's own metric (``evaluate.py`` of
scrapinghub/article-extraction-benchmark): 4-gram shingles of ``\\w+`` tokens are counted,
TP/FP/FN are normalised per page so long pages do not weigh more, precision and recall are
averaged over pages (a page with no predicted shingles does not enter the precision mean), and
F1 is the harmonic mean of those two averages. The published extractors' outputs in
``baseline-outputs/`` are scored the same way on the same pages, so the table compares like
with like even on a subset of the benchmark.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from demarche.errors import ConfigError, InputError

HELP = "score HTML main-text extraction on the article-extraction benchmark"

NGRAM = 4
OURS = "demarche"
TARGET_F1 = 0.96
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)

Counts = tuple[float, float, float]


@dataclass(frozen=True)
class Score:
    """One extractor's benchmark figures."""

    name: str
    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(text: str, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    """Counts of n-grams of tokens; a text shorter than n is one shingle of all its tokens."""
    words = tokens(text)
    return Counter(
        tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words[i : i + n]
    )


def shingle_counts(true: str, pred: str, n: int = NGRAM) -> Counts:
    """(TP, FP, FN) of shingles, normalised to sum to 1 (all zero when both are empty)."""
    expected, predicted = shingles(true, n), shingles(pred, n)
    tp = fp = fn = 0.0
    for key in expected.keys() | predicted.keys():
        e, p = expected.get(key, 0), predicted.get(key, 0)
        tp += min(e, p)
        fp += max(0, p - e)
        fn += max(0, e - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(name: str, truth: Mapping[str, str], predicted: Mapping[str, str]) -> Score:
    """Score predictions (page id -> text) against the truth for the truth's pages."""
    counts = [shingle_counts(truth[key], predicted.get(key) or "") for key in truth]
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = statistics.mean(
        float(tokens(truth[key]) == tokens(predicted.get(key) or "")) for key in truth
    )
    return Score(name, f1, precision, recall, accuracy, len(truth))


def load_truth(folder: Path) -> dict[str, str]:
    """True article bodies of the pages present in ``html/`` (the rest is held out).

    Raises:
        ConfigError: D018 when the folder lacks ``ground-truth.json`` or ``html/``.
    """
    truth_file, pages = folder / "ground-truth.json", folder / "html"
    if not truth_file.is_file() or not pages.is_dir():
        raise ConfigError("D018", path=str(folder), detail="no ground-truth.json and html/")
    items = json.loads(truth_file.read_text(encoding="utf-8"))
    present = {p.name.removesuffix(".html.gz") for p in pages.glob("*.html.gz")}
    return {key: items[key].get("articleBody", "") for key in sorted(present) if key in items}


def load_baselines(folder: Path) -> dict[str, dict[str, str]]:
    """The published extractors' outputs: name -> page id -> text."""
    baselines = {}
    for path in sorted((folder / "baseline-outputs").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data = data.get("output", data) if isinstance(data.get("output"), dict) else data
        baselines[path.stem] = {k: (v or {}).get("articleBody") or "" for k, v in data.items()}
    return baselines


def extract_page(path: str) -> str:
    """Our article text for one page, through the same path as ``demarche extract page.html.gz``.

    Every language is allowed (the benchmark is multilingual; refusing non-English pages is
    not what is measured here); a page we find no article in scores as empty.
    """
    from demarche.ingest import read_articles
    from demarche.ingest.language import _identifier
    from demarche.options import Options

    languages = frozenset(_identifier().nb_classes)
    errors: list[InputError] = []
    articles = list(read_articles([path], Options(allow_languages=languages), errors.append))
    return articles[0].text if articles else ""


def extract_all(folder: Path, keys: Iterable[str], jobs: int) -> dict[str, str]:
    """Our text for each page, extracted in ``jobs`` processes."""
    keys = list(keys)
    paths = [str(folder / "html" / f"{key}.html.gz") for key in keys]
    if jobs <= 1:
        return dict(zip(keys, map(extract_page, paths), strict=True))
    with ProcessPoolExecutor(jobs) as pool:
        return dict(zip(keys, pool.map(extract_page, paths, chunksize=4), strict=True))


def evaluate(folder: Path, jobs: int = 1) -> tuple[Score, list[Score]]:
    """Our score and the baselines' scores (best first) on the pages of ``folder``."""
    truth = load_truth(folder)
    ours = score(OURS, truth, extract_all(folder, truth, jobs))
    others = [score(name, truth, output) for name, output in load_baselines(folder).items()]
    return ours, sorted(others, key=lambda s: s.f1, reverse=True)


def format_table(ours: Score, others: Sequence[Score]) -> str:
    rows = sorted([ours, *others], key=lambda s: s.f1, reverse=True)
    width = max(len(s.name) for s in rows) + 2
    lines = [
        f"{'extractor':<{width}} {'F1':>6} {'prec.':>6} {'recall':>6} {'exact':>6}",
        "-" * (width + 28),
    ]
    for s in rows:
        mark = "  <- ours" if s is ours else ""
        lines.append(
            f"{s.name:<{width}} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f} "
            f"{s.accuracy:6.3f}{mark}"
        )
    verdict = "meets" if ours.f1 >= TARGET_F1 else "is below"
    lines.append(
        f"\n{ours.pages} pages; 4-gram shingle P/R averaged per page, F1 of the averages. "
        f"demarche {verdict} the target F1 >= {TARGET_F1:.2f}."
    )
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=Path("..") / "shared" / "data" / "article-extraction",
        help="the benchmark folder (default: ../shared/data/article-extraction)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="extraction processes (default: all cores)",
    )
    parser.add_argument(
        "--save", type=Path, default=None, help="write our outputs as benchmark JSON to FILE"
    )


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    truth = load_truth(args.folder)
    predicted = extract_all(args.folder, truth, args.jobs)
    ours = score(OURS, truth, predicted)
    others = sorted(
        (score(name, truth, output) for name, output in load_baselines(args.folder).items()),
        key=lambda s: s.f1,
        reverse=True,
    )
    if args.save:
        payload = {key: {"articleBody": text} for key, text in predicted.items()}
        args.save.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"Article extraction benchmark: {args.folder} ({time.perf_counter() - started:.0f} s)\n")
    print(format_table(ours, others))
    return 0


__all__ = ["Score", "evaluate", "score", "shingle_counts"]
