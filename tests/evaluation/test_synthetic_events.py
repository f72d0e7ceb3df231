"""The NGEC synthetic-story check of ``demarche eval events``: loading and counting."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from demarche.errors import ConfigError
from demarche.evaluation.synthetic_events import (
    ARCHIVE,
    Story,
    format_story_score,
    load_stories,
    score_stories,
)
from demarche.ingest.article import article_from_text
from demarche.records import Document, Event, Span
from tests.conftest import shared_data


def document(*types: str, confidence: float = 0.5) -> Document:
    events = tuple(
        Event(type=t, evidence=Span(0, 1, "x"), confidence=confidence - k / 10)
        for k, t in enumerate(types)
    )
    return Document(article_from_text("x"), events=events)


def test_anywhere_top_and_silent_are_counted_per_type() -> None:
    stories = [Story("a", "AID"), Story("b", "AID"), Story("c", "ASSAULT"), Story("d", "AID")]
    documents = [document("AID"), document("COERCE", "AID"), document(), document("SANCTION")]
    score = score_stories(stories, iter(documents))
    assert score.shares("AID") == (2 / 3, 1 / 3, 0.0)
    assert score.shares("ASSAULT") == (0.0, 0.0, 1.0)
    assert score.shares() == (0.5, 0.25, 0.25)
    assert score.macro() == (pytest.approx(1 / 3), pytest.approx(1 / 6))
    table = format_story_score(score)
    assert table.splitlines()[-2].split()[:2] == ["all", "4"]


def test_ledes_are_first_paragraphs(tmp_path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["text", "label", "mode"])
    writer.writeheader()
    writer.writerow({"text": "Troops fired on protesters.\nMore later.", "label": "assault"})
    writer.writerow({"text": "", "label": "AID"})
    with zipfile.ZipFile(tmp_path / ARCHIVE, "w") as archive:
        archive.writestr("stories.csv", buffer.getvalue())
    assert load_stories(tmp_path) == [Story("Troops fired on protesters.", "ASSAULT")]


def test_missing_archive_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=str(tmp_path)):
        load_stories(tmp_path)


def test_real_stories_load() -> None:
    stories = load_stories(shared_data("ngec"))
    assert len(stories) == 4500
    assert len({s.type for s in stories}) == 16
