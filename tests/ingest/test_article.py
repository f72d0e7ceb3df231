"""Plain text: kept exactly, with title, boilerplate spans, dateline date and language."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from demarche.ingest.article import article_from_text, text_id
from tests.ingest.conftest import FRENCH, STORY

PASTED = (
    "Talks to resume in Geneva, minister says\n\n"
    "Friday, January 4, 2019\n\n"
    f"{STORY}\n\n"
    "Advertisement\n\n"
    f"{STORY}\r\n"
    "Share your love\n"
)


def test_text_is_kept_exactly_and_offsets_index_it() -> None:
    article = article_from_text(PASTED)
    assert article.text == PASTED
    assert article.id == text_id(PASTED)
    spans = [PASTED[s:e] for s, e in article.boilerplate]
    assert spans == ["Friday, January 4, 2019", "Advertisement", "Share your love"]


def test_headline_like_first_line_becomes_title() -> None:
    assert article_from_text(PASTED).title == "Talks to resume in Geneva, minister says"


def test_first_sentence_is_not_a_title() -> None:
    assert article_from_text(STORY + "\n\n" + STORY).title is None


def test_single_line_has_no_title() -> None:
    assert article_from_text("Talks to resume in Geneva").title is None


def test_given_title_wins() -> None:
    assert article_from_text(PASTED, title="Mine").title == "Mine"


def test_dateline_gives_published_unless_given() -> None:
    assert article_from_text(PASTED).published == "2019-01-04"
    assert article_from_text(PASTED, published="2020-02-02").published == "2020-02-02"


def test_without_dateline_published_is_none_never_today() -> None:
    assert article_from_text(STORY).published is None


def test_language_is_detected() -> None:
    assert article_from_text(STORY).language == "en"
    assert article_from_text(FRENCH).language == "fr"
    assert article_from_text("Hi").language is None


def test_sample_article_share_line_is_boilerplate(shared_sample: str) -> None:
    article = article_from_text(shared_sample)
    assert [article.text[s:e] for s, e in article.boilerplate] == ["Share your love"]
    assert article.title is not None and article.title.startswith("Kim Jong Un")
    assert article.published is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_is_kept_and_spans_are_ordered_slices(text: str) -> None:
    article = article_from_text(text, language="en")
    assert article.text == text
    previous_end = 0
    for start, end in article.boilerplate:
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        previous_end = end


def test_pathological_inputs_take_bounded_time() -> None:
    inputs = ["word " * 200_000, "ab\n" * 50_000, "(" * 200_000, "By " + "Abc " * 50_000]
    started = time.perf_counter()
    for text in inputs:
        article_from_text(text, language="en")
    assert time.perf_counter() - started < 5.0


def test_title_case_headline_with_full_stop_is_a_title() -> None:
    text = "Only 24 Percent of the Senator’s Donors Are Small Donors.\n\n" + STORY
    assert article_from_text(text).title == text.split("\n")[0]
    assert article_from_text("Talks resumed on Tuesday in Geneva.\n\n" + STORY).title is None
