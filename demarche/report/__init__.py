"""Human-readable renderings of analysed documents (the brief) and of the store (relations)."""

from demarche.report.brief import render_brief
from demarche.report.relations import render_relations

__all__ = ["render_brief", "render_relations"]
