"""Scale-out: the same pipeline in N worker processes on this machine, or on a Ray cluster.

Both backends keep input order and bounded memory: at most ``workers * in_flight`` chunks are
submitted ahead of the one being returned, so a corpus of any size streams through. Each
worker builds its pipeline once and reuses it for every chunk it receives. An article that
crashes the pipeline in a worker comes back as an error, reported in order like any other.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from demarche.errors import InputError
from demarche.options import Options
from demarche.records import Article, Document

BACKENDS: tuple[str, ...] = ("processes", "ray")

ChunkResult = tuple[list[Document], list[InputError]]

_PIPELINE: Any = None


def analyse_chunk(nlp: Any, chunk: list[Article]) -> ChunkResult:
    """Analyse one chunk; failures are collected rather than raised, so the chunk survives."""
    from demarche.pipeline import analyse_safely

    errors: list[InputError] = []
    documents = list(analyse_safely(nlp, chunk, errors.append, batch_size=len(chunk)))
    return documents, errors


def _init_process(options: Options) -> None:
    from demarche.pipeline import build_pipeline

    global _PIPELINE
    _PIPELINE = build_pipeline(options)


def _process_chunk(chunk: list[Article]) -> ChunkResult:
    return analyse_chunk(_PIPELINE, chunk)


def chunked(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def ordered_bounded(
    chunks: Iterator[list[Article]],
    submit: Callable[[list[Article]], Any],
    result: Callable[[Any], ChunkResult],
    on_error: Callable[[InputError], None],
    limit: int,
) -> Iterator[Document]:
    """Submit chunks up to ``limit`` ahead and yield their documents in submission order."""
    pending: deque[Any] = deque()

    def oldest() -> list[Document]:
        documents, errors = result(pending.popleft())
        for error in errors:
            on_error(error)
        return documents

    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= limit:
            yield from oldest()
    while pending:
        yield from oldest()


def analyse_parallel(
    articles: Iterable[Article],
    options: Options,
    on_error: Callable[[InputError], None],
    workers: int = 2,
    backend: str = "processes",
    chunk_size: int = 8,
    in_flight: int = 2,
) -> Iterator[Document]:
    """Analyse articles in parallel, yielding Documents in input order."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, not {backend!r}")
    chunks = chunked(articles, chunk_size)
    limit = max(1, workers * in_flight)
    if backend == "ray":
        yield from _analyse_ray(chunks, options, on_error, workers, limit)
        return
    context = mp.get_context("spawn")
    with context.Pool(workers, initializer=_init_process, initargs=(options,)) as pool:
        yield from ordered_bounded(
            chunks,
            lambda chunk: pool.apply_async(_process_chunk, (chunk,)),
            lambda handle: handle.get(),
            on_error,
            limit,
        )


def _analyse_ray(
    chunks: Iterator[list[Article]],
    options: Options,
    on_error: Callable[[InputError], None],
    workers: int,
    limit: int,
) -> Iterator[Document]:
    """Ray actors each hold one pipeline; chunks go round-robin. Uses a running cluster when
    ``RAY_ADDRESS`` is set, else starts a local one for the duration of the run."""
    import ray

    started_here = not ray.is_initialized()
    if started_here:
        ray.init(
            num_cpus=workers,
            include_dashboard=False,
            log_to_driver=False,
            ignore_reinit_error=True,
        )
    try:
        worker_class: Any = ray.remote(_RayWorker)
        actors: list[Any] = [worker_class.remote(options) for _ in range(workers)]
        turns = itertools.cycle(actors)

        def submit(chunk: list[Article]) -> Any:
            return next(turns).analyse.remote(chunk)

        yield from ordered_bounded(chunks, submit, ray.get, on_error, limit)
    finally:
        if started_here:
            ray.shutdown()


class _RayWorker:
    """A Ray actor holding one pipeline (Ray wraps the class with ``ray.remote``)."""

    def __init__(self, options: Options) -> None:
        from demarche.pipeline import build_pipeline

        self.nlp = build_pipeline(options)

    def analyse(self, chunk: list[Article]) -> ChunkResult:
        return analyse_chunk(self.nlp, chunk)
