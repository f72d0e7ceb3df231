"""Title-case headlines, re-read in sentence case so the parser sees their verbs.

In "France Ratifies Treaty Signed by Germany" every word is capitalised, and spaCy's small model
tags "Ratifies" and "Treaty" as parts of a name: the headline, often the article's most explicit
statement of its event, yields nothing. The remedy is to lower-case the words that are ordinary
English (event verbs and nouns from the lexicon, function words, words outside any entity the
recogniser found) and parse that copy of the
sentence once more. Only the case changes, so characters and token offsets stay those of the
article: triggers found in the copy map back exactly, and their spans are read from the original
text. Names ("France", "Lyon") keep their capital, since they are in neither list.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from demarche.events.lexicon import EventLexicon
from demarche.events.matching import MONTHS, TIME_ENTS, headline_lemma
from demarche.pipeline.casing import SHORT_WORD, capitalised_words

MIN_TITLE_WORDS = 3
TITLE_SHARE = 0.75
"""Share of a sentence's longer words that must be capitalised for it to read as a headline."""
MAX_HEADLINE_TOKENS = 40
"""Longer "sentences" in title case are lists or tables, not headlines: not re-parsed."""

KEPT_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
"""Labels a headline's copy takes from the article. Title case misreads runs of capitalised
words as organisations and people ("Pakistan Hosts", "India Expand Intelligence"), seldom as
places or nationalities, which are what participant checks read."""


Parser = Callable[[str], Doc]


def is_headline(sentence: Span) -> bool:
    """Whether a sentence is set in title case (most of its longer words capitalised)."""
    if len(sentence) > MAX_HEADLINE_TOKENS:
        return False
    words, titled = capitalised_words(sentence)
    if words < MIN_TITLE_WORDS:
        return False
    return titled >= TITLE_SHARE * words and any(
        t.is_title for t in sentence if t.is_alpha and len(t) > SHORT_WORD
    )


def sentence_case(sentence: Span, lexicon: EventLexicon) -> str:
    """The sentence's text with its ordinary words lower-cased (same length, same offsets).

    A word keeps its capital when the entity recogniser took it for part of a name and it is
    neither a function word nor one of the lexicon's triggers ("France", "Lyon"; but the
    "Ratifies" of a misread "France Ratifies Treaty" is lowered), or is a month in a date.
    """
    pieces: list[str] = []
    first = True
    for token in sentence:
        text = token.text
        lower = token.lower_
        if (
            not first
            and token.is_title
            and token.is_alpha
            # a month in a date keeps its capital: lowered, "March 2" reads as a protest
            and not (token.ent_type_ in TIME_ENTS and lower in MONTHS)
            and (not token.ent_type_ or token.is_stop or headline_lemma(lower, lexicon) is not None)
        ):
            text = lower
        first = first and not token.is_alpha
        pieces.append(text + token.whitespace_)
    return "".join(pieces)


def make_parser(nlp: Language) -> Parser:
    """A parse of a short text by the pipeline's own spaCy components (not demarche's)."""
    steps = [
        (name, component)
        for name, component in nlp.pipeline
        if not name.startswith("demarche_") and name != "ner"
    ]

    def parse(text: str) -> Doc:
        doc = nlp.make_doc(text)
        for _, component in steps:
            doc = component(doc)
        return doc

    return parse


def reparse(sentence: Span, lexicon: EventLexicon, parse: Parser) -> Span | None:
    """The article's opening sentence parsed in sentence case, aligned token for token.

    Only a sentence at the start of the Doc is re-read (where an article's headline stands), so
    the copy's token indices and character offsets are the original's. Returns None when nothing
    was lower-cased or the tokenisation came out different.
    """
    if sentence.start != 0:
        return None
    text = sentence_case(sentence, lexicon)
    if text == sentence.text_with_ws:
        return None
    copy = parse(text)
    if len(copy) < len(sentence):
        return None
    span = copy[: len(sentence)]
    if any(a.idx != b.idx or len(a) != len(b) for a, b in zip(span, sentence, strict=True)):
        return None
    copy.set_ents(_kept_entities(sentence, copy), default="outside")
    return span


def _kept_entities(sentence: Span, copy: Doc) -> list[Span]:
    """The article's entities over the copy's tokens, less those the copy found misread.

    The copy is parsed without the recogniser (its labels would be the article's, misread
    title case included), yet participant checks read labels: without them "Germany" in
    "Germany Announces Withdrawal" is no GPE. An entity with a word the copy lowered as
    ordinary English was misread ("France Ratifies Treaty" as one name; "New" of "New
    Cooperation Agreement"), and what is left of it names nothing: it keeps no label.
    """
    kept: list[Span] = []
    for entity in sentence.ents:
        end = entity.end
        while end > entity.start and sentence.doc[end - 1].is_space:
            end -= 1  # the line break after a headline that the recogniser let in
        words = range(entity.start, end)
        if entity.label_ not in KEPT_LABELS:
            continue
        if words and all(copy[i].text == sentence.doc[i].text for i in words):
            kept.append(Span(copy, entity.start, end, label=entity.label))
    return kept
