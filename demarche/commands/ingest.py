"""``demarche ingest PATH... --db FILE``: analyse articles and store them, one transaction each.

Articles whose text is already stored are recognised before analysis (by text hash), so
re-ingesting a corpus costs a hash lookup per article and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from tqdm import tqdm

from demarche.commands.extract import (
    ErrorReport,
    add_input_arguments,
    analyse_safely,
    options_from_args,
    read_inputs,
)
from demarche.commands.show import add_db_argument
from demarche.errors import InputError
from demarche.pipeline import build_pipeline
from demarche.records import Article, Document
from demarche.store import Store, open_store

HELP = "analyse articles and store them in a SQLite file (re-ingesting the same text is a no-op)"


NAMED_SKIPS = 20
"""How many already-stored articles are named one by one before they are only counted."""


@dataclass
class IngestCounts:
    stored: int = 0
    present: int = 0


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
        try:
            added = store.add(document)
        except InputError as error:
            errors(error)
            continue
        if added:
            counts.stored += 1
        else:  # the same text twice in one run
            counts.present += 1
            article = document.article
            say(f"demarche: {article.id[:12]} ({label(article)}) is already stored")


def progress_bar(disabled: bool, interactive: bool) -> tqdm:
    """A bar on stderr: drawn after a second on a terminal; in logs, a line every 30 s."""
    return tqdm(
        unit=" articles",
        file=sys.stderr,
        disable=disabled,
        delay=1.0 if interactive else 30.0,
        mininterval=0.2 if interactive else 30.0,
        leave=False,
    )


def run(args: argparse.Namespace) -> int:
    options = options_from_args(args)
    with open_store(args.db) as store:
        nlp = build_pipeline(options)
        counts = IngestCounts()
        interactive = sys.stderr.isatty()
        with progress_bar(args.no_progress, interactive) as bar:

            def say(line: str) -> None:
                if interactive:  # clear the bar, write, redraw
                    tqdm.write(line, file=sys.stderr)
                else:  # no bar is redrawn in a log: writing through tqdm would add bar lines
                    print(line, file=sys.stderr, flush=True)

            errors = ErrorReport(write=say)

            def counted(items: Iterable[Document]) -> Iterator[Document]:
                for item in items:
                    bar.update()
                    yield item

            articles = skip_present(read_inputs(args.paths, options, errors), store, counts, say)
            documents = analyse_safely(nlp, articles, errors, options.batch_size)
            store_documents(counted(documents), store, counts, errors, say)
    print(
        f"{store.location}: stored {counts.stored}, already present {counts.present}, "
        f"failed {errors.failed}"
    )
    return 1 if errors.failed else 0
