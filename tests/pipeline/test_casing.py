"""Counting capitalised words, the test both components use to tell a headline from prose."""

from spacy.lang.en import English

from demarche.pipeline.casing import capitalised_words

_tokenizer = English().tokenizer


def test_a_title_case_headline_has_its_longer_words_capitalised() -> None:
    words, capitalised = capitalised_words(_tokenizer("Senator Warns Council Over Budget Cuts"))
    assert (words, capitalised) == (6, 6)


def test_short_words_and_punctuation_do_not_count() -> None:
    # "of", "the", "to" and the comma are left out; "NATO" counts as capitalised
    words, capitalised = capitalised_words(_tokenizer("Leaders of NATO to meet, the mayor said"))
    assert (words, capitalised) == (5, 2)
