"""``demarche ingest PATH... --db FILE``: analyse articles and store them, one transaction each.

Articles whose text is already stored are recognised before analysis (by text hash), so
re-ingesting a corpus costs a hash lookup per article and changes nothing.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from tqdm import tqdm

from demarche.commands.extract import (
    ErrorReport,
    add_input_arguments,
    options_from_args,
    read_inputs,
)
from demarche.commands.show import add_db_argument
from demarche.errors import InputError
from demarche.pipeline import analyse_articles
from demarche.records import Article, Document
from demarche.store import Store, open_store

logger = logging.getLogger(__name__)

HELP = "analyse articles and store them (SQLite file or PostgreSQL); re-ingesting a text is a no-op"


NAMED_SKIPS = 20
"""How many already-stored articles are named one by one before they are only counted."""


@dataclass
class IngestCounts:
    stored: int = 0
    present: int = 0
    store_seconds: float = 0.0
    """Time spent writing to the store (reported with -v, beside the total)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    add_db_argument(parser)
    parser.add_argument(
        "--no-progress", action="store_true", help="never draw a progress bar on stderr"
    )


def label(article: Article) -> str:
    """How an article is named in messages: where it came from, else its title."""
    return article.source or article.title or "article"


def skip_present(
    articles: Iterable[Article],
    store: Store,
    counts: IngestCounts,
    say: Callable[[str], None],
) -> Iterator[Article]:
    """Drop articles whose text is already stored, saying so, before they cost any analysis.

    Each skip is named up to ``NAMED_SKIPS`` times; re-ingesting a whole corpus then says so
    without burying real errors under thousands of lines (the summary has the full count).
    """
    for article in articles:
        if store.contains_text(article.text):
            counts.present += 1
            if counts.present <= NAMED_SKIPS:
                say(f"demarche: {article.id[:12]} ({label(article)}) is already stored; skipped")
            if counts.present == NAMED_SKIPS:
                say("demarche: further articles already stored are only counted in the summary")
            continue
        yield article


def store_documents(
    documents: Iterable[Document],
    store: Store,
    counts: IngestCounts,
    errors: ErrorReport,
    say: Callable[[str], None],
) -> None:
    """Add each document in its own transaction; one bad document never stops the rest."""
    for document in documents:
        started = time.perf_counter()
        try:
            added = store.add(document)
        except InputError as error:
            errors(error)
            continue
        finally:
            counts.store_seconds += time.perf_counter() - started
        if added:
            counts.stored += 1
        else:  # the same text twice in one run
            counts.present += 1
            article = document.article
            say(f"demarche: {article.id[:12]} ({label(article)}) is already stored")


class LogProgress:
    """Progress for a log file: one plain line every ``interval`` seconds, none for short runs.

    A terminal bar redraws itself with carriage returns, which a log turns into one long line;
    a log reader wants a dated count now and then instead.
    """

    def __init__(self, write: Callable[[str], None], interval: float = 30.0) -> None:
        self.count = 0
        self._write = write
        self._interval = interval
        self._started = self._last = time.perf_counter()

    def update(self, n: int = 1) -> None:
        self.count += n
        now = time.perf_counter()
        if now - self._last >= self._interval:
            self._last = now
            rate = self.count / (now - self._started)
            self._write(f"demarche: {self.count:,} articles analysed ({rate:.1f}/s)")

    def __enter__(self) -> LogProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def progress_bar(disabled: bool, interactive: bool) -> tqdm | LogProgress:
    """A tqdm bar on a terminal (drawn after a second); periodic lines when stderr is a log."""
    if interactive or disabled:
        return tqdm(unit=" articles", file=sys.stderr, disable=disabled, delay=1.0, leave=False)
    return LogProgress(lambda line: print(line, file=sys.stderr, flush=True))


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    options = options_from_args(args)
    with open_store(args.db) as store:
        counts = IngestCounts()
        interactive = sys.stderr.isatty()
        with progress_bar(args.no_progress, interactive) as bar:

            def say(line: str) -> None:
                if interactive:  # clear the bar, write the line, redraw the bar
                    tqdm.write(line, file=sys.stderr)
                else:
                    print(line, file=sys.stderr, flush=True)

            errors = ErrorReport(write=say)

            def counted(items: Iterable[Document]) -> Iterator[Document]:
                for item in items:
                    bar.update()
                    yield item

            articles = skip_present(read_inputs(args.paths, options, errors), store, counts, say)
            documents = analyse_articles(articles, options, errors, args.workers, args.backend)
            store_documents(counted(documents), store, counts, errors, say)
    print(
        f"{store.location}: stored {counts.stored}, already present {counts.present}, "
        f"failed {errors.failed}"
    )
    logger.info(
        "%.1f s in all, %.2f s of it writing to the store (%.1f ms per stored article)",
        time.perf_counter() - started,
        counts.store_seconds,
        1000 * counts.store_seconds / max(1, counts.stored),
    )
    return 1 if errors.failed else 0
