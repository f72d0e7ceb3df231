"""Temporal expressions: found by a compiled grammar, normalised against the publication date.

``demarche.temporal.component`` registers the ``demarche_time`` spaCy factory;
``date_for_span`` dates a clause for the events component; ``published_from_text`` reads a
dateline for ingestion when an article's metadata has no publication date.
"""

from demarche.temporal.attach import date_for_span
from demarche.temporal.dateline import published_from_text

__all__ = ["date_for_span", "published_from_text"]
