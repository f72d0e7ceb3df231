"""The fronted word of a reporting verb inside a relative clause: "a plan which she said was a
mistake", "the staff all of whom he said needed a raise", "the ones he now says are secret".

The reported clause has a gap (here its subject) filled by the relative word before the
source, so PolNeAR labels that word as the content's first fragment ("which" + "was a
mistake"). The parser often hangs the word on the cue instead of on the clause, which leaves
it out of the complement's subtree; this puts it back. With no relative word ("the ones he
now says are secret") the antecedent's own words fill the gap and take its place.
"""

from __future__ import annotations

from spacy.tokens import Token

from demarche.quotes.draft import CharRange
from demarche.quotes.marks import OPENING_MARKS

RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "that", "what"})
_MAX_FRONT = 5
"""Longest relative phrase ("the existence of which") or bare antecedent ("a probe") taken."""
_GAP_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def fronted_relative(
    verb: Token, carrier: Token, subject: Token | None, content: list[CharRange]
) -> CharRange | None:
    """The relative phrase (or bare antecedent) a relative-clause cue's content starts from,
    or None when the cue is not in a relative clause or the content already holds it.

    Args:
        verb: the cue verb.
        carrier: the verb carrying its subject ("refused" in "refused to consider").
        subject: the source's head token; a relative word as the source ("who said") is the
            speaker, not a gap in what was said.
        content: the content found so far, in text order.
    """
    clause = next((t for t in (carrier, verb) if t.dep_ == "relcl"), None)
    if clause is None or subject is None or not content:
        return None
    if subject.lower_ in RELATIVE_WORDS:
        return None
    doc = verb.doc
    first, stop = clause.left_edge.i, subject.left_edge.i
    if not first <= stop < verb.i or content[0][0] < doc[stop].idx:
        return None
    if not _subjectless_clause(verb):
        return None  # "in which he said she is …", "that she backs a tax": no gap to fill
    opening = doc.char_span(content[0][0], content[0][1], alignment_mode="expand")
    if opening is None or opening[0].text in OPENING_MARKS:
        return None  # "the one right they said “shall not be infringed”": the quotation alone
    if stop > first:  # "which he said", "all of whom he said"
        words = doc[first:stop]
        if (
            len(words) > _MAX_FRONT
            or words[0].pos_ == "ADP"
            or not any(t.lower_ in RELATIVE_WORDS for t in words)
        ):
            return None
        return words.start_char, words.end_char
    start = clause.head.left_edge.i
    while start < first and doc[start].dep_ == "advmod":
        start += 1  # "even the ones he says are": the writer's emphasis, not the antecedent
    antecedent = doc[start:first]  # "the ones" of "the ones he says are"
    if not 0 < len(antecedent) <= _MAX_FRONT or any(t.is_punct for t in antecedent):
        return None
    return antecedent.start_char, antecedent.end_char


def _subjectless_clause(verb: Token) -> bool:
    """Whether the cue's reported clause lacks its subject ("he says are secret")."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    return clause is not None and not any(c.dep_ in _GAP_SUBJECTS for c in clause.children)
