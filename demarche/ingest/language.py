"""Language identification with py3langid, on a bounded sample so long texts cost the same."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

SAMPLE_CHARS = 3000
"""Characters classified; enough for a confident decision, bounded for huge inputs."""

MIN_LETTERS = 40
"""Below this many letters the classifier guesses; such texts get no language."""

CONFIDENT = 0.9
"""Normalised probability above which a non-English verdict is trusted enough to refuse."""


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Loading the model takes about half a second: do it once per process, on first use.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """Return (ISO 639-1 code, probability) for ``text``, or (None, 0.0) when it is too short.

    The sample is taken from the middle of long texts too, so a headline or an English menu in
    front of a foreign article does not decide alone.
    """
    if len(text) > SAMPLE_CHARS:
        half = SAMPLE_CHARS // 2
        middle = len(text) // 2
        text = text[:half] + " " + text[middle : middle + half]
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None, 0.0
    language, probability = _identifier().classify(text)
    return str(language), float(probability)


def is_foreign(language: str | None, probability: float, allowed: frozenset[str]) -> bool:
    """True when an article is confidently not English and its language was not allowed."""
    return (
        language is not None
        and language != "en"
        and language not in allowed
        and probability >= CONFIDENT
    )
