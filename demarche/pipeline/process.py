"""Running articles through the pipeline and assembling ``Document`` records.

Boilerplate is excluded from analysis by masking it with spaces of the same length: the Doc's
text then has the article's offsets, so every span a component finds indexes ``article.text``
without any re-mapping, and nothing in a share button or photo credit can become a fact.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from demarche.errors import InputError
from demarche.options import Options
from demarche.pipeline.extensions import (
    actors_of,
    events_of,
    mentions_of,
    quotes_of,
    register_extensions,
    times_of,
)
from demarche.records import Actor, Article, Document

logger = logging.getLogger(__name__)


def masked_text(article: Article) -> str:
    """The article text with boilerplate spans blanked out (newlines kept for layout)."""
    if not article.boilerplate:
        return article.text
    chars = list(article.text)
    for start, end in article.boilerplate:
        for i in range(max(start, 0), min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise an article and attach it, so components can read its publication date."""
    register_extensions()
    doc = nlp.make_doc(masked_text(article))
    doc._.demarche_article = article
    return doc


def analyse(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Document]:
    """Analyse articles lazily, in input order; memory stays flat however long the stream."""
    docs = (make_doc(nlp, article) for article in articles)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield to_document(doc)


def to_document(doc: Doc) -> Document:
    """Collect what the components assigned into one ``Document`` record."""
    article = doc._.demarche_article
    if article is None:
        from demarche.ingest.article import article_from_text

        article = article_from_text(doc.text)
    mentions = mentions_of(doc)
    actors: dict[str, Actor] = actors_of(doc)
    referenced = {m.actor for m in mentions if m.actor}
    referenced.update(q.speaker for q in quotes_of(doc) if q.speaker)
    for event in events_of(doc):
        for participant in (event.source, event.target):
            if participant is not None and participant.actor:
                referenced.add(participant.actor)
    return Document(
        article=article,
        actors=tuple(actors[a] for a in sorted(referenced) if a in actors),
        mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
        times=tuple(sorted(times_of(doc), key=lambda t: (t.start, t.end))),
        quotes=tuple(quotes_of(doc)),
        events=tuple(events_of(doc)),
    )


def analyse_safely(
    nlp: Language,
    articles: Iterable[Article],
    on_error: Callable[[InputError], None],
    batch_size: int = 32,
) -> Iterator[Document]:
    """Analyse articles in order; an article that crashes the pipeline is reported and skipped.

    spaCy batches documents, so one failure would end the whole stream. Each batch is tried
    whole (the fast path); only a batch that fails is re-run article by article, so the bad
    article is named and the others in its batch are still analysed.
    """
    iterator = iter(articles)
    while batch := list(islice(iterator, batch_size)):
        try:
            documents = list(analyse(nlp, batch, batch_size))
        except Exception:  # isolated and reported per article below
            documents = []
            for article in batch:
                try:
                    documents.extend(analyse(nlp, [article], 1))
                except Exception as error:
                    logger.debug("analysis failed", exc_info=True)
                    on_error(failed_analysis(article, error))
        yield from documents


def failed_analysis(article: Article, error: Exception) -> InputError:
    """The one-line report for an article the pipeline could not analyse."""
    source = article.source or article.title or article.id[:12]
    return InputError("D024", source=source, detail=f"{type(error).__name__}: {error}")


def analyse_articles(
    articles: Iterable[Article],
    options: Options,
    on_error: Callable[[InputError], None],
    workers: int = 1,
    backend: str = "processes",
) -> Iterator[Document]:
    """Analyse a stream of articles in input order, in this process or in N workers.

    The one entry point the commands use: it builds the pipeline (here or in each worker) and
    reports an article that crashes the pipeline through ``on_error`` instead of stopping.
    """
    if workers > 1:
        from demarche.scale import analyse_parallel

        yield from analyse_parallel(articles, options, on_error, workers=workers, backend=backend)
        return
    from demarche.pipeline.builder import build_pipeline

    yield from analyse_safely(build_pipeline(options), articles, on_error, options.batch_size)
