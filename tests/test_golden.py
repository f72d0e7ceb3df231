"""Golden-file test: the whole demarche/1 document for the bundled sample article.

Any change in output shows up as a diff here. When a change is intended, regenerate with
``make golden`` (pytest ``--regenerate-golden``) and review the diff of the JSON file in the
commit, which documents what the change did to a real article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden" / "kim-trump-meeting.json"
PUBLISHED = "2025-10-25"


@pytest.fixture(scope="module")
def document(nlp):
    from demarche.ingest import read_articles
    from demarche.ingest.examples import example_paths
    from demarche.options import Options
    from demarche.pipeline import analyse

    errors: list = []
    articles = list(
        read_articles([str(example_paths()[0])], Options(published=PUBLISHED), errors.append)
    )
    assert not errors
    return next(analyse(nlp, articles)).to_dict()


def test_sample_matches_golden_file(document, request):
    if request.config.getoption("--regenerate-golden"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(
            json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        pytest.skip(f"regenerated {GOLDEN}")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for section in ("article", "actors", "mentions", "times", "quotes", "events"):
        assert document[section] == expected[section], f"section {section!r} differs from golden"
    assert document == expected


def test_every_offset_indexes_the_article_text(document):
    text = document["article"]["text"]
    spans = [*document["mentions"], *document["times"]]
    for quote in document["quotes"]:
        spans.extend(s for s in [quote["source"], quote["cue"], *quote["content"]] if s)
    for event in document["events"]:
        spans.extend(s for s in [event["evidence"], event["condition"], event["trigger"]] if s)
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
