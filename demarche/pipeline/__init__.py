"""Building and running the spaCy pipeline with demarche's components."""

from demarche.pipeline.builder import build_pipeline, load_base_model
from demarche.pipeline.process import (
    analyse,
    analyse_articles,
    analyse_safely,
    make_doc,
    to_document,
)

__all__ = [
    "analyse",
    "analyse_articles",
    "analyse_safely",
    "build_pipeline",
    "load_base_model",
    "make_doc",
    "to_document",
]
