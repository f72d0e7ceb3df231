"""The bundled examples ship inside the package and read cleanly."""

from __future__ import annotations

from demarche.ingest import read_articles
from demarche.ingest.examples import example_paths, sample_path
from demarche.options import Options


def test_sample_first_then_wikinews_with_notice() -> None:
    paths = example_paths()
    assert paths[0] == sample_path() and paths[0].name == "kim-trump-meeting.txt"
    assert [p.suffix for p in paths[1:]] == [".csv", ".csv"]
    assert all(p.is_file() for p in paths)
    notice = (paths[0].parent / "NOTICE.md").read_text(encoding="utf-8")
    assert "CC BY 2.5" in notice and "Wikinews contributors" in notice


def test_examples_read_without_errors() -> None:
    errors: list = []
    articles = list(read_articles([str(p) for p in example_paths()], Options(), errors.append))
    assert errors == []
    assert len(articles) == 1 + 295
    assert articles[0].title is not None and articles[0].title.startswith("Kim Jong Un")
    dated = [a for a in articles[1:] if a.published]
    assert len(dated) == 295
