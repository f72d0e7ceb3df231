"""The "that" clause a verb of saying reports after an interruption the parser misread.

"said earlier on Friday during a news conference that he may wait", "told reporters during a
visit to Scotland on Friday that he thinks …", "warning followers on social media and in
interviews that …": the addressee, the setting and the time between the cue and its clause
lead the parser to hang the clause on a noun of that phrase (or on nothing it can name), so
the cue is drafted with no content and then dropped. PolNeAR's content is the "that" clause.

Only a verb of saying that found no content of its own is read again, only a clause opened by
a subordinating "that" inside the verb's own phrase (so a clause of the next sentence part is
never taken), and only when no other reporting verb between them could be the one reporting it
("told CNN before he spoke to the committee that …" is left as the parser had it). The search
is bounded by the verb's phrase and a fixed window, so it costs a few token look-ups per cue.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from demarche.quotes.cues import CueLexicon
from demarche.quotes.draft import Draft
from demarche.quotes.spans import token_range

_WINDOW = 16
"""How many tokens after the cue the clause may open: an addressee and a setting or two."""


def late_clauses(doc: Doc, lexicon: CueLexicon, drafts: list[Draft]) -> None:
    """Give each content-less speech draft the "that" clause its phrase holds further on.

    Args:
        doc: the parsed document.
        lexicon: the cue lemmas.
        drafts: the verbal candidates, changed in place.
    """
    for draft, verb in unreported(doc, lexicon, drafts):
        if not draft.speech or verb.pos_ not in ("VERB", "AUX"):
            continue
        clause = _late_clause(verb, lexicon)
        if clause is not None:
            draft.content = [token_range(doc, clause[0], clause[1])]


def unreported(doc: Doc, lexicon: CueLexicon, drafts: list[Draft]) -> Iterator[tuple[Draft, Token]]:
    """The drafts of verbs of saying that found no content, each with its verb: the ones a
    fallback reading may complete before the linker drops them."""
    for draft in drafts:
        if draft.content or draft.cue_token is None:
            continue
        verb = doc[draft.cue_token]
        if lexicon.takes_quote(verb.lemma_):
            yield draft, verb


def _late_clause(verb: Token, lexicon: CueLexicon) -> tuple[int, int] | None:
    """The first and last token of the "that" clause in the verb's phrase, or None."""
    doc = verb.doc
    last = min(verb.right_edge.i, verb.i + _WINDOW)
    for i in range(verb.i + 1, last + 1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") and token.lemma_ in lexicon.all_lemmas:
            return None  # another cue stands between: it may be the one reporting the clause
        if token.is_sent_start or token.text in ("“", '"', ":", ";"):
            return None  # a quotation or a new clause: the linker's, not this rule's
        if token.lower_ != "that" or token.dep_ != "mark":
            continue
        head = token.head
        if head.left_edge.i != i or head.i <= i:
            return None  # "that" does not open the clause it marks
        return i, head.right_edge.i
    return None
