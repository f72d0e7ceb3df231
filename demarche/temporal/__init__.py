"""Temporal expressions: found by a compiled grammar, normalised against the publication date.

``demarche.temporal.component`` registers the ``demarche_time`` spaCy factory;
``date_for_span`` dates a clause for the events component.
"""

from demarche.temporal.attach import date_for_span

__all__ = ["date_for_span"]
