"""Title case: how the quotes and events components tell a headline from running text.

Headlines set in title case ("France Ratifies Treaty Signed by Germany") defeat the small
model's tagger, which reads their verbs as parts of names, so both components re-read them. What
makes a line a headline is the same for both: most of its longer words are capitalised. Each
component keeps its own share and length limits, tuned on its own data.
"""

from collections.abc import Iterable

from spacy.tokens import Token

SHORT_WORD = 3
"""Words this short ("of", "to", "in") are lower case even in title case, so are not counted."""


def capitalised_words(tokens: Iterable[Token]) -> tuple[int, int]:
    """How many longer words the tokens hold, and how many of them are capitalised
    (title-cased or all capitals)."""
    words = capitalised = 0
    for token in tokens:
        if token.is_alpha and len(token) > SHORT_WORD:
            words += 1
            capitalised += token.is_title or token.is_upper
    return words, capitalised


__all__ = ["SHORT_WORD", "capitalised_words"]
