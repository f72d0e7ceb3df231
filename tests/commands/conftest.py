"""Command tests run through ``demarche.cli.main``, reusing the session's pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def shared_nlp(nlp, monkeypatch: pytest.MonkeyPatch):
    """Make extract and ingest use the session pipeline instead of loading spaCy per call."""
    from demarche.pipeline import builder

    monkeypatch.setattr(builder, "build_pipeline", lambda options: nlp)
    return nlp


@pytest.fixture
def write(tmp_path: Path):
    """Write a text file under tmp_path and return its path as a string."""

    def make(name: str, text: str | bytes) -> str:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return str(path)

    return make


def split_json_stream(out: str) -> list[dict]:
    """Split concatenated (pretty-printed) JSON objects, as ``--format json`` prints them."""
    decoder = json.JSONDecoder()
    objects, position = [], 0
    while position < len(out):
        if out[position].isspace():
            position += 1
            continue
        obj, position = decoder.raw_decode(out, position)
        objects.append(obj)
    return objects


@pytest.fixture
def parse_stream():
    return split_json_stream
