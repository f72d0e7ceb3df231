"""Reporting verbs in Title Case headlines, which the tagger reads as part of a name.

"Conservative Icon Morton Blackwell Endorses Ted Cruz.", "Donald Trump Praises Breitbart's
Editor", "Sanders Vows To Eliminate Tax Breaks": with every word capitalised the small model
takes "Endorses" or "Vows" for one more word of a proper name, so its lemma is the word itself
and no verb rule sees it. PolNeAR annotates these headlines like any sentence: the name before
the verb is the source, the verb the cue, the rest of the clause the content.

A token is read again as a verb only when all of these hold: its lower-case form is an inflected
form of a lexicon verb ("endorses", "questioned"), the tagger made it a proper or common noun,
a capitalised proper noun stands right before it (the speaker's name), and its sentence is a
headline (nearly every longer word capitalised), so "the Praises of Spring" or "Wall Street
Journal Reports" in running text stay names. The forms are found with one vectorised look-up,
so only the few candidates cost anything.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from demarche.pipeline.casing import capitalised_words
from demarche.quotes.draft import CharRange, Draft
from demarche.quotes.spans import token_end, token_range

_TITLED_SHARE = 0.8
"""The share of a headline's longer words that are capitalised."""
_MIN_WORDS = 3
_STOPS = frozenset({":", ",", ";", "—", "–", "(", ")"})
_ENDS = frozenset({".", "!", "?"})
_LEADS = frozenset({"with", "about"})
_SETTINGS = frozenset(
    "with over after amid in at during before following despite ahead amongst".split()
)
"""Prepositions that open where or when, not what ("Slams Trump On Abortion After the
Ruling"): PolNeAR's headline content ends before them."""
_NAME_WORDS = frozenset({"states", "reports"})
"""Forms that end names far more often than they report in a headline ("United States",
"Consumer Reports")."""
_NAME_POS = frozenset({"PROPN"})


def inflected_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """The third-person and past forms of verbs ("vows", "denies", "endorsed", "slammed")."""
    forms: set[str] = set()
    for lemma in lemmas:
        forms.update((lemma + "s", lemma + "es", lemma + "ed"))
        if lemma.endswith("e"):
            forms.add(lemma + "d")  # "praised", but not "crow" -> "crowd"
        if lemma.endswith("y"):
            forms.update((lemma[:-1] + "ies", lemma[:-1] + "ied"))
        if (
            len(lemma) > 2
            and lemma[-1] not in "aeiouwyx"
            and lemma[-2] in "aeiou"
            and lemma[-3] not in "aeiou"
        ):
            forms.add(lemma + lemma[-1] + "ed")  # "slam" -> "slammed"
    return frozenset(forms)


def title_case_candidates(doc: Doc, indices: list[int]) -> list[Draft]:
    """One draft per headline verb the tagger read as a name.

    Args:
        doc: the parsed document.
        indices: tokens whose lower-case form is an inflected cue verb and whose tag is a noun
            (found once by the component).
    """
    drafts: list[Draft] = []
    for index in indices:
        verb = doc[index]
        if index == 0 or not verb.is_title:
            continue
        if verb.lower_ in _NAME_WORDS:
            continue
        before = doc[index - 1]
        if before.pos_ not in _NAME_POS or not (before.is_title or before.is_upper):
            continue
        sentence = verb.sent
        if not _headline(sentence):
            continue
        first = _name_start(doc, index - 1, sentence.start)
        content = _after(doc, index, sentence) or _before(doc, first, sentence)
        if content is None:
            continue
        drafts.append(
            Draft(
                "indirect",
                (verb.idx, token_end(verb)),
                token_range(doc, first, index - 1),
                [content],
                cue_token=index,
                speaker_token=index - 1,
                speech=False,
            )
        )
    return drafts


def _headline(sentence: Span) -> bool:
    """Whether nearly every longer word of a sentence is capitalised."""
    words, capitalised = capitalised_words(sentence)
    return words >= _MIN_WORDS and capitalised >= _TITLED_SHARE * words


def _name_start(doc: Doc, last: int, floor: int) -> int:
    """The first token of the name that ends at ``last`` (back to a separator)."""
    first = last
    while first > floor and doc[first - 1].text not in _STOPS and _capital(doc[first - 1]):
        first -= 1
    return first


def _capital(token: Token) -> bool:
    return token.is_title or token.is_upper or token.text in (".", "'s", "’s")


def _after(doc: Doc, cue: int, sentence: Span) -> CharRange | None:
    """The clause after the cue, up to a separator or the end of the headline."""
    first = cue + 1
    if first < sentence.end and doc[first].lower_ in _LEADS:
        first += 1  # "Sides With X", "Worries About X": the preposition belongs to the cue
    last = first - 1
    for token in doc[first : sentence.end]:
        if token.text in _STOPS or token.text in _ENDS or token.is_space:
            break
        if token.lower_ in _SETTINGS and last >= first:
            break
        last = token.i
    return token_range(doc, first, last) if last >= first else None


def _before(doc: Doc, first: int, sentence: Span) -> CharRange | None:
    """The clause before a headline's closing "…, Board Of Election Finds."."""
    last = first - 1
    if last < sentence.start or doc[last].text != ",":
        return None  # "Examining the Record on Urgent Global Challenges": no trailing cue
    while last >= sentence.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return token_range(doc, sentence.start, last) if last >= sentence.start else None


def headline_content(doc: Doc, drafts: list[Draft]) -> None:
    """Give a content-less verb of a Title Case headline the rest of the headline.

    "Hillary Clinton Says No To Fox News", "Zoe Saldana Asked Men Everywhere To …": a headline
    parsed as a run of names leaves the verb without a complement, though its words say what
    was said.

    Args:
        doc: the parsed document.
        drafts: the verbal candidates, changed in place.
    """
    for draft in drafts:
        if draft.content or draft.cue_token is None or draft.source is None:
            continue
        verb = doc[draft.cue_token]
        if not verb.is_title or not _headline(verb.sent):
            continue
        cue = doc.char_span(*draft.cue, alignment_mode="expand") if draft.cue else None
        if cue is None:
            continue
        content = _after(doc, cue[-1].i, verb.sent)
        if content is not None:
            draft.content = [content]
