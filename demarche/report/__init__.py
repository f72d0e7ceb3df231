"""Human-readable renderings of analysed documents (the brief)."""

from demarche.report.brief import render_brief

__all__ = ["render_brief"]
