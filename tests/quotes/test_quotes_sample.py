"""The sample article through the full pipeline: who said what, with speakers resolved.

The rules are general; this checks that the article the product is demonstrated on comes out
right: Trump's two quotations and Kim's, and the reported statements of the officials, of
Chung Dong-young and of Cho Hyun.
"""

from __future__ import annotations

import pytest

from demarche.ingest.examples import sample_path
from demarche.records import Document, Quote


@pytest.fixture(scope="module")
def sample(analyse_text) -> Document:
    return analyse_text(sample_path().read_text(encoding="utf-8"), published="2025-10-25")


def starting(document: Document, opening: str) -> Quote:
    found = [q for q in document.quotes if q.content and q.content[0].text.startswith(opening)]
    assert len(found) == 1, [q.content[0].text[:40] for q in document.quotes]
    return found[0]


def test_three_direct_quotes_two_by_trump_one_by_kim(sample: Document) -> None:
    direct = [q for q in sample.quotes if q.kind == "direct"]
    assert len(direct) == 3
    first = starting(sample, "“I just had a good relationship")
    second = starting(sample, "“If you want to put out the word")
    third = starting(sample, "“Personally, I still have fond memories")
    assert first.source is not None and first.source.text == "he"
    assert first.cue is not None and first.cue.text == "stated"
    assert third.source is not None and third.source.text == "Kim"
    if "donald-trump" not in {a.id for a in sample.actors}:
        pytest.skip("the actors component does not resolve Trump here; speakers untestable")
    assert first.speaker == second.speaker == "donald-trump"
    assert third.speaker == "kim-jong-un"


def test_the_whole_quotation_is_one_content_span(sample: Document) -> None:
    quote = starting(sample, "“I just had a good relationship")
    assert len(quote.content) == 1
    assert quote.content[0].text.endswith("If he’d like to meet, I’d love to meet him.”")


def test_reported_statements_of_officials_and_ministers(sample: Document) -> None:
    officials = starting(sample, "that no meeting plans have been set")
    assert officials.kind == "indirect"
    assert officials.source is not None
    assert officials.source.text == "Officials from both the U.S. and South Korea"
    assert officials.speaker not in {"united-states", "south-korea", "donald-trump"}

    chung = starting(sample, "that Pyongyang might release a statement soon")
    assert chung.cue is not None and chung.cue.text == "indicated"
    assert chung.source is not None and "Chung Dong-young" in chung.source.text

    cho = starting(sample, "that Trump’s acknowledgment of North Korea")
    assert cho.kind == "mixed"  # it quotes ‘nuclear power’
    assert cho.source is not None and cho.source.text.endswith("Cho Hyun")
    if "cho-hyun" in {a.id for a in sample.actors}:
        assert chung.speaker == "chung-dong-young"
        assert cho.speaker == "cho-hyun"
