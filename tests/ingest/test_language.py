"""Language identification: judged by most of the text, not by one sample of it."""

from __future__ import annotations

from demarche.ingest.language import detect_language, is_foreign
from tests.ingest.conftest import FRENCH, STORY


def test_english_article_quoting_a_long_foreign_passage_is_english() -> None:
    text = STORY * 4 + "\n\n" + FRENCH * 4 + "\n\n" + STORY * 4
    language, share = detect_language(text)
    assert language == "en"
    assert not is_foreign(language, share, frozenset())


def test_foreign_article_behind_an_english_menu_is_foreign() -> None:
    menu = "Home News World Politics Business Sport Weather Contact us Subscribe Sign in\n"
    language, share = detect_language(menu + FRENCH * 12)
    assert language == "fr" and is_foreign(language, share, frozenset())
    assert not is_foreign(language, share, frozenset({"fr"}))


def test_too_short_to_tell() -> None:
    assert detect_language("Yes.") == (None, 0.0)
    assert not is_foreign(None, 0.0, frozenset())


def test_a_star_allows_every_language() -> None:
    assert is_foreign("fr", 1.0, frozenset())
    assert not is_foreign("fr", 1.0, frozenset({"fr"}))
    assert not is_foreign("fr", 1.0, frozenset({"*"}))
    assert not is_foreign("en", 1.0, frozenset())
