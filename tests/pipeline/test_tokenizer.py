"""Opening quotation marks glued to the previous word are split off."""

import pytest

from demarche.options import Options
from demarche.pipeline import build_pipeline


@pytest.fixture(scope="module")
def tokenizer_nlp():
    return build_pipeline(Options(components=()))


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("He said,“Look.”", ["He", "said", ",", "“", "Look", ".", "”"]),
        ("She said:“No.”", ["She", "said", ":", "“", "No", ".", "”"]),
        ("U.S.“Yes”", ["U.S.", "“", "Yes", "”"]),
        ("Hello,” he said.", ["Hello", ",", "”", "he", "said", "."]),
        ("Trump’s request", ["Trump", "’s", "request"]),
    ],
)
def test_glued_opening_marks(tokenizer_nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in tokenizer_nlp.make_doc(text)] == tokens


def test_a_glued_quote_is_attributed(analyse_text) -> None:
    document = analyse_text("The minister said,“We will not give up the fight.”")
    direct = [q for q in document.quotes if q.kind == "direct"]
    assert direct and direct[0].content[0].text.startswith("“We")
