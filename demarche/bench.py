"""Throughput and memory of the bare spaCy pipeline against the full demarche pipeline.

Each configuration runs in a fresh process so that its peak memory is its own, on the same
texts, streamed in chunks (never the whole corpus in memory). Single-process figures use the
process's CPU time, not wall time, so a busy machine does not distort the ratio; the
multi-worker figure is wall time, since that is what parallelism buys. Within the full run every
component is timed separately, which is how a component's cost is reported. Resident memory is
sampled as the corpus is consumed, so growth with corpus size shows up as a number.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from demarche.errors import InputError
from demarche.options import Options
from demarche.records import Article

BASE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")


@dataclass
class RunStats:
    """What one configuration did with the corpus."""

    label: str
    workers: int = 1
    articles: int = 0
    tokens: int = 0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    rss_samples_mb: list[float] = field(default_factory=list)
    component_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0

    @property
    def rss_quartiles_mb(self) -> list[float]:
        """Resident memory after 25, 50, 75 and 100% of the corpus: flat means streaming."""
        samples = self.rss_samples_mb
        if not samples:
            return []
        return [samples[max(0, round(len(samples) * q) - 1)] for q in (0.25, 0.5, 0.75, 1.0)]


def clock() -> float:
    """CPU seconds of this process (all its threads)."""
    return time.process_time()


def current_rss_mb() -> float:
    """Resident set size now (Linux /proc), falling back to the peak where /proc is absent."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return peak_rss_mb()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def iter_texts(corpus: Sequence[str], options: Options, limit: int | None) -> Iterator[Article]:
    from demarche.ingest import read_articles

    def ignore(error: InputError) -> None:
        pass

    return islice(read_articles(corpus, options, ignore), limit)


def run_configuration(
    label: str, corpus: Sequence[str], options: Options, limit: int | None, chunk: int = 16
) -> RunStats:
    """Process the corpus with one configuration, timing each pipeline component."""
    from demarche.pipeline import build_pipeline, make_doc, to_document
    from demarche.pipeline.builder import load_base_model

    nlp = load_base_model(options.model) if label == "bare spaCy" else build_pipeline(options)
    stats = RunStats(label=label)
    stats.component_seconds = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    articles = iter_texts(corpus, options, limit)
    started = clock()
    while batch := list(islice(articles, chunk)):
        tick = clock()
        docs = [make_doc(nlp, article) for article in batch]
        stats.component_seconds["tokenizer"] += clock() - tick
        for name, proc in nlp.pipeline:
            tick = clock()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=options.batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            stats.component_seconds[name] += clock() - tick
        if label != "bare spaCy":
            for doc in docs:
                to_document(doc)
        stats.articles += len(docs)
        stats.tokens += sum(len(doc) for doc in docs)
        stats.rss_samples_mb.append(round(current_rss_mb(), 1))
    stats.seconds = clock() - started
    stats.peak_rss_mb = round(peak_rss_mb(), 1)
    return stats


def _worker_init(options: Options) -> None:
    from demarche.pipeline import build_pipeline

    global _WORKER_NLP
    _WORKER_NLP = build_pipeline(options)


_WORKER_NLP: Any = None


def _worker_process(batch: list[Article]) -> tuple[int, int, float]:
    from demarche.pipeline import make_doc, to_document

    nlp = _WORKER_NLP
    tokens = 0
    for doc in nlp.pipe(make_doc(nlp, article) for article in batch):
        to_document(doc)
        tokens += len(doc)
    return len(batch), tokens, peak_rss_mb()


def run_workers(
    corpus: Sequence[str], options: Options, limit: int | None, workers: int
) -> RunStats:
    """The full pipeline in N worker processes fed in chunks (wall-clock time)."""
    stats = RunStats(label=f"demarche x{workers}", workers=workers)
    context = mp.get_context("spawn")
    articles = iter_texts(corpus, options, limit)
    chunks = iter(lambda: list(islice(articles, 16)), [])
    peaks: list[float] = []
    with context.Pool(workers, initializer=_worker_init, initargs=(options,)) as pool:
        # Warm-up: every worker loads its model before the clock starts.
        pool.map(_worker_process, [[] for _ in range(workers)])
        started = time.perf_counter()
        for count, tokens, peak in pool.imap(_worker_process, chunks):
            stats.articles += count
            stats.tokens += tokens
            peaks.append(peak)
        stats.seconds = time.perf_counter() - started
    stats.peak_rss_mb = round(max(peaks, default=0.0) * workers, 1)
    return stats


def _isolated(args: tuple[str, Sequence[str], Options, int | None]) -> RunStats:
    return run_configuration(*args)


def benchmark(
    corpus: Sequence[str], options: Options, limit: int | None = None, workers: int = 1
) -> list[RunStats]:
    """Run bare and full configurations, each in its own process, plus N workers if asked."""
    context = mp.get_context("spawn")
    results = []
    for label in ("bare spaCy", "demarche"):
        with context.Pool(1) as pool:
            results.append(pool.apply(_isolated, ((label, corpus, options, limit),)))
    if workers > 1:
        results.append(run_workers(corpus, options, limit, workers))
    return results


def format_report(results: list[RunStats]) -> str:
    lines = [
        f"{'configuration':<16} {'articles':>8} {'tokens':>9} {'seconds*':>8} {'articles/s':>10} "
        f"{'tokens/s':>9} {'peak MB':>8}  RSS MB at 25/50/75/100% of corpus"
    ]
    for r in results:
        lines.append(
            f"{r.label:<16} {r.articles:>8} {r.tokens:>9} {r.seconds:>8.2f} "
            f"{r.articles_per_s:>10.2f} {r.tokens_per_s:>9.0f} {r.peak_rss_mb:>8.1f}  "
            + " / ".join(f"{mb:.0f}" for mb in r.rss_quartiles_mb)
        )
    lines.append("* CPU seconds of the process for single-process rows; wall seconds for workers")
    bare, full = results[0], results[1]
    if bare.tokens_per_s:
        ratio = full.tokens_per_s / bare.tokens_per_s
        lines.append(f"\nthroughput ratio demarche / bare spaCy: {ratio:.3f} (target >= 0.85)")
    if len(results) > 2 and full.articles_per_s:
        lines.append(
            f"speed-up with {results[2].workers} workers: "
            f"{results[2].articles_per_s / full.articles_per_s:.2f}x"
        )
    total = sum(full.component_seconds.values()) or 1.0
    lines.append("\ncost per component in the full run (share of its time):")
    for name, seconds in full.component_seconds.items():
        own = "" if name in BASE_COMPONENTS or name == "tokenizer" else "  (demarche)"
        lines.append(f"  {name:<20} {seconds:>8.2f} s  {seconds / total:>6.1%}{own}")
    return "\n".join(lines)
