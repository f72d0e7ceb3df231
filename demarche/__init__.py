"""demarche: news articles to sourced, queryable facts.

The public surface is small on purpose: build a pipeline from ``Options``, turn articles into
``Document`` records, and read the records. Everything else is reachable by module.
"""

from demarche.about import __version__
from demarche.options import Options
from demarche.records import (
    SCHEMA,
    Actor,
    Article,
    Document,
    Event,
    Mention,
    Quote,
    Span,
    TimeExpression,
)

__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "Document",
    "Event",
    "Mention",
    "Options",
    "Quote",
    "Span",
    "TimeExpression",
    "__version__",
]
