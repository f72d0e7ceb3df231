"""Attributions in the "Name: what they said" form of headlines and live-blog lines.

News headlines drop the reporting verb: "Graham: Trump's 'Hateful Rhetoric' Destroying GOP's
Chance", "Clinton camp: Trump's Islamophobia threatens national security", and live blogs
introduce an excerpt the same way ("… - Carl Bialik: “One of the biggest lessons …”").
PolNeAR annotates these as attributions whose cue is the colon, whose source is the name before
it and whose content is the rest of the line. Only a short phrase with a proper noun and no
verb at the start of a line (or after a dash) counts, so "Now we know: …" or "It is
painstaking work: …" are left alone, and the content needs a few words ("Clinton: 2,316." is a
tally, not a statement). A lone word the tagger, seeing no sentence, took for a common noun
still names a speaker when the article calls it a proper noun elsewhere ("Trump: My plans
aren't set in stone." above a story about Donald Trump), and a document word names a finding's
source ("Poll: Trump leads in Ohio").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from demarche.quotes.draft import Draft
from demarche.quotes.spans import token_range

_LINE_COLON = re.compile(r"(?m)^[ \t]*(?:[^\n:]{0,100}?\s[-–—]\s)?([^\n:]{2,60}?):[ \t]+(?=\S)")
"""A colon near the start of a line, after a short lead-in ending in a dash, if any."""
_MAX_NAME_TOKENS = 6
_MIN_CONTENT_WORDS = 3
_MAX_CONTENT = 600
_OPENING = "“\"‘'"
_LABELS = frozenset(
    "exclusive update updated watch breaking video poll analysis opinion editorial review "
    "live photos related note correction transcript quote".split()
)
"""The words that label a headline rather than name a speaker ("Exclusive: ‘…’")."""
_DOCUMENTS = frozenset("poll survey report study".split())
"""Words that name a finding's source in a headline ("Poll: Clinton leads in Ohio"), as
PolNeAR annotates them."""
_CLOSING = "”\"’'"


def colon_lines(doc: Doc, text: str, starts: list[int]) -> list[Draft]:
    """One draft per "Name: content" line.

    Args:
        doc: the parsed document.
        text: ``doc.text``, read once by the caller.
        starts: the character offset of every token (for binary search).
    """
    drafts: list[Draft] = []
    proper: set[str] | None = None  # the words tagged as names anywhere, read on first need
    for match in _LINE_COLON.finditer(text):
        name_start, colon = match.start(1), match.end(1)
        first = bisect_left(starts, name_start)
        last = bisect_left(starts, colon) - 1
        if first > last or last - first + 1 > _MAX_NAME_TOKENS or first >= len(doc):
            continue
        names = doc[first : last + 1]
        if any(t.pos_ in ("VERB", "AUX") for t in names):
            continue
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        if end - match.end() > _MAX_CONTENT:
            continue
        content = text[match.end() : end].rstrip(" \t.")
        if not any(t.pos_ == "PROPN" for t in names) and not _surname(names, content):
            if len(names) != 1 or not _capitalised(names[0].text):
                continue
            if proper is None:
                proper = {t.lower_ for t in doc if t.pos_ == "PROPN"}
            if names[0].lower_ not in proper and names[0].lower_ not in _DOCUMENTS:
                continue
        if len(content.split()) < _MIN_CONTENT_WORDS:
            continue
        drafts.append(
            Draft(
                _kind(content),
                (colon, colon + 1),
                token_range(doc, first, last),
                [(match.end(), match.end() + len(content))],
                cue_token=_outer_key(doc, last + 1),
                speaker_token=names[-1].i,
            )
        )
    return drafts


def _outer_key(doc: Doc, colon: int) -> int | None:
    """The token that ranks a headline attribution: its sentence root, so the line outranks
    a verb inside its content ("Rubio: I Still Believe Trump Can't Be Trusted", "TAPPER: Do
    you think …") when one attribution per stretch is kept, as PolNeAR's univocal convention
    keeps the outer one."""
    if colon >= len(doc):
        return None
    return doc[colon].sent.root.i


def _surname(names: Span, content: str) -> bool:
    """Whether a lone capitalised word before a quoted line is a name the tagger missed:
    "Reid: 'Never underestimate …'" opens a headline where the tagger, seeing no sentence,
    reads the surname as a common noun. Only before a quotation, so "Update: the vote …"
    stays the writer's."""
    return (
        len(names) == 1
        and _capitalised(names[0].text)
        and names[0].lower_ not in _LABELS | _DOCUMENTS
        and content[:1] in _OPENING
    )


def _capitalised(word: str) -> bool:
    """Whether a word is written as a name ("Reid", or "REID" in a transcript; not "iPhone")."""
    return word[:1].isupper() and word[1:].isalpha() and (word[1:].islower() or word.isupper())


def _kind(content: str) -> str:
    """Direct when the whole line is a quotation; mixed when a quoted phrase opens it and the
    headline's own words go on ("Blumenthal: ‘No Idea’ If I Would Have Told Hillary …");
    indirect otherwise."""
    if content[:1] not in _OPENING:
        return "indirect"
    return "direct" if content.rstrip(".,!?")[-1:] in _CLOSING else "mixed"
