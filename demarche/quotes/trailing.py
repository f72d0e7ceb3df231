"""The sentence a closing "…, a spokesman said." reports when the parser found no clause in it.

"Or maybe Jeb Bush, digital consultant Phil Musser says.", "Couple global exposure with a
lightning rod and the city gets nervous, said Christine Link": a fragment, an imperative or a
clause the parser did not join to the cue leaves a sentence-final verb of saying without
content, and it is dropped. PolNeAR's content is the sentence before the comma.

Only a verb of saying without content of its own is read again, only when its words close the
sentence (the cue and its source after one comma, nothing after them but the full stop), and
only when no quotation mark is in the sentence (a quotation is the linker's to tie). Each cue
costs a walk over its own sentence at most.
"""

from __future__ import annotations

from spacy.tokens import Doc

from demarche.quotes.cues import CueLexicon
from demarche.quotes.draft import Draft
from demarche.quotes.late_clause import unreported
from demarche.quotes.marks import MARK_TOKENS
from demarche.quotes.spans import token_range

_ENDS = frozenset({".", "!", "?"})
_OPENERS = frozenset(
    "if when while as although though because after before since unless but".split()
)
"""Words that open a subordinate or contrasting clause, whose comma is no quotation's end."""


def trailing_clauses(doc: Doc, lexicon: CueLexicon, drafts: list[Draft]) -> None:
    """Give each content-less closing speech draft the sentence before its comma.

    Args:
        doc: the parsed document.
        lexicon: the cue lemmas.
        drafts: the verbal candidates, changed in place.
    """
    for draft, verb in unreported(doc, lexicon, drafts):
        if draft.source is None or draft.cue is None:
            continue
        span = doc.char_span(
            min(draft.cue[0], draft.source[0]),
            max(draft.cue[1], draft.source[1]),
            alignment_mode="expand",
        )
        if span is None:
            continue
        sentence = verb.sent
        comma = span.start - 1
        after = span.end
        if comma <= sentence.start or doc[comma].text != ",":
            continue
        if after >= len(doc) or doc[after].text not in _ENDS:
            continue
        if any(child.i > verb.i and not child.is_punct for child in verb.children):
            continue  # "said enough", "said a lot": the verb has its object
        if doc[sentence.start].pos_ == "SCONJ" or doc[sentence.start].lower_ in _OPENERS:
            continue  # "If the two spoke about it, he would say so.": a subordinate clause
        if any(token.text in MARK_TOKENS for token in doc[sentence.start : after]):
            continue
        last = comma - 1
        if last < sentence.start:
            continue
        draft.content = [token_range(doc, sentence.start, last)]
