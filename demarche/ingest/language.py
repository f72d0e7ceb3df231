"""Language identification with py3langid, on a bounded sample so long texts cost the same."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

SAMPLE_CHARS = 3000
"""Characters classified; enough for a confident decision, bounded for huge inputs."""

CHUNKS = 5
"""Long texts are judged by this many windows spread over the text, each voting, so that an
English article quoting a long passage in another language (or a foreign article behind an
English menu) is judged by most of its text, not by whichever part a single sample hits."""

MIN_LETTERS = 40
"""Below this many letters the classifier guesses; such texts get no language."""

CONFIDENT = 0.9
"""Normalised probability above which one window's verdict counts as a vote."""

MAJORITY = 0.6
"""Share of windows that must confidently agree before an article is refused as foreign."""


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Loading the model takes about half a second: do it once per process, on first use.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _windows(text: str) -> list[str]:
    """The text itself when short; else CHUNKS windows, the first and the middle one first."""
    if len(text) <= SAMPLE_CHARS:
        return [text]
    size = SAMPLE_CHARS // CHUNKS
    step = (len(text) - size) // (CHUNKS - 1)
    order = [0, CHUNKS // 2, *(i for i in range(1, CHUNKS) if i != CHUNKS // 2)]
    return [text[i * step : i * step + size] for i in order]


@lru_cache(maxsize=16)
def detect_language(text: str) -> tuple[str | None, float]:
    """Return (ISO 639-1 code, share of windows confidently in it), or (None, 0.0) if too short.

    The share is 1.0 for a short text classified with confidence, 0.0 for a guess. When the
    opening and the middle of a long text confidently agree, the other windows are not read
    (the usual case, and most of the cost). Recent results are cached: building an article
    and checking it ask about the same text.
    """
    windows = [w for w in _windows(text) if sum(map(str.isalpha, w)) >= MIN_LETTERS]
    if not windows:
        return None, 0.0
    identifier = _identifier()
    weights: dict[str, float] = {}
    votes: Counter[str] = Counter()
    for seen, window in enumerate(windows, 1):
        language, probability = identifier.classify(window)
        weights[str(language)] = weights.get(str(language), 0.0) + float(probability)
        if probability >= CONFIDENT:
            votes[str(language)] += 1
        if seen == 2 and len(votes) == 1 and sum(votes.values()) == 2:
            return str(language), 1.0
    language = max(weights, key=weights.__getitem__)
    return language, votes[language] / len(windows)


def is_foreign(language: str | None, share: float, allowed: frozenset[str]) -> bool:
    """True when most of an article is confidently not English and its language was not allowed
    (``*`` allows every language)."""
    return (
        language is not None
        and language != "en"
        and language not in allowed
        and "*" not in allowed
        and share >= MAJORITY
    )
