"""Layout breaks become sentence boundaries before the parser runs."""

import pytest

from demarche.options import Options
from demarche.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp_paragraphs():
    return build_pipeline(Options(components=("demarche_paragraphs",)))


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_headline_is_its_own_sentence(nlp_paragraphs):
    text = "Leaders meet in Hanoi amid hopes for a deal\n\nDuring the summit, the two men spoke."
    assert sentences(nlp_paragraphs, text)[0] == "Leaders meet in Hanoi amid hopes for a deal"


def test_blank_line_ends_a_paragraph_without_full_stop(nlp_paragraphs):
    text = "The minister said the talks would go on\n\nThe opposition walked out of parliament."
    assert len(sentences(nlp_paragraphs, text)) == 2


def test_hard_wrapped_sentence_is_not_split(nlp_paragraphs):
    text = (
        "The foreign minister of the republic said on Tuesday that the negotiations with\n"
        "the neighbouring countries would continue until an agreement was reached."
    )
    assert len(sentences(nlp_paragraphs, text)) == 1


def test_runs_before_the_parser(nlp_paragraphs):
    names = nlp_paragraphs.pipe_names
    assert names.index("demarche_paragraphs") < names.index("parser")
