"""Sentence boundaries at paragraph breaks, set before the parser runs.

The parser decides sentence boundaries from syntax and will happily run a headline into the
first sentence of the article, or a paragraph into the next when the first one ends without a
full stop. Every component after it (quotes, events) works sentence by sentence, so one such
merge can attach a speaker or an actor to the wrong statement. Layout is better evidence than
syntax here: a blank line always ends a sentence, and so does a line break after final
punctuation or after a short line such as a headline or a dateline.
"""

from spacy.language import Language
from spacy.tokens import Doc

FINAL = frozenset({".", "!", "?", "”", '"', "’", "'", ":", ")"})
SHORT_LINE_TOKENS = 15


@Language.factory(
    "demarche_paragraphs",
    requires=[],
    assigns=["token.is_sent_start"],
    default_config={"short_line_tokens": SHORT_LINE_TOKENS},
)
def make_paragraph_breaks(nlp: Language, name: str, short_line_tokens: int) -> "ParagraphBreaks":
    return ParagraphBreaks(short_line_tokens)


class ParagraphBreaks:
    """Mark the first token after a paragraph or headline break as a sentence start."""

    def __init__(self, short_line_tokens: int = SHORT_LINE_TOKENS) -> None:
        self.short_line_tokens = short_line_tokens

    def __call__(self, doc: Doc) -> Doc:
        line_start = 0
        last_word = None
        for token in doc:
            if not token.is_space:
                last_word = token
            newlines = token.whitespace_.count("\n") + (
                token.text.count("\n") if token.is_space else 0
            )
            if not newlines or token.i + 1 >= len(doc) or last_word is None:
                continue
            following = doc[token.i + 1]
            if following.is_space:
                continue
            short_line = last_word.i + 1 - line_start <= self.short_line_tokens
            if newlines >= 2 or last_word.text in FINAL or (short_line and following.is_title):
                following.is_sent_start = True
            line_start = token.i + 1
        return doc
