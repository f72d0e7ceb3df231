"""Which way a clause points in time, read from the verb that governs an expression.

"Kim met him on Friday" means last Friday; "Kim will meet him on Friday" the next one. The
grammar cannot see this, the dependency parse can: the expression's head chain leads to a verb
whose tag and auxiliaries give the tense.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from demarche.temporal.values import FUTURE, PAST, PRESENT

FUTURE_AUXILIARIES: frozenset[str] = frozenset(
    {"will", "'ll", "shall", "wo", "would", "'d", "could", "may", "might", "should", "must",
     "can", "ca"}
)  # fmt: skip
"""Modal auxiliaries that put the event after the time of writing (or make it hypothetical,
which for dating purposes also points forward)."""

FORWARD_VERBS: frozenset[str] = frozenset(
    {"plan", "expect", "want", "hope", "intend", "aim", "schedule", "set", "agree", "promise",
     "threaten", "vow", "pledge", "seek", "propose", "prepare", "decide", "wish", "offer",
     "be", "go"}
)  # fmt: skip
"""Verbs whose infinitive complement points forward ("is to meet", "agreed to meet")."""

AUX_WINDOW = 5
"""Tokens before a verb searched for its auxiliaries ("will not have been seen")."""

MAX_HOPS = 4
"""How far up the head chain to look for a verb; a bound keeps odd parses cheap."""


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse, or None."""
    current = token
    for _ in range(MAX_HOPS):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head is current:
            return None
        current = current.head
    return current if current.pos_ in ("VERB", "AUX") else None


def auxiliaries_of(verb: Token) -> list[Token]:
    """The auxiliaries of a verb: in English they stand just before it, so only the few
    preceding tokens are read (iterating ``verb.children`` walks the whole clause)."""
    doc = verb.doc
    window = doc[max(0, verb.i - AUX_WINDOW) : verb.i]
    return [token for token in window if token.head == verb and token.dep_ in ("aux", "auxpass")]


def verb_tense(verb: Token, depth: int = 0) -> str | None:
    """Past, present or future for one verb, from its tag and its auxiliaries."""
    auxiliaries = auxiliaries_of(verb)
    for aux in auxiliaries:
        if aux.lower_ in FUTURE_AUXILIARIES or aux.tag_ == "MD":
            return FUTURE
    if verb.tag_ == "VB" and any(aux.tag_ == "TO" for aux in auxiliaries):
        # "plans to meet on Friday" points forward; "was allowed to inspect since Jan. 13"
        # takes the tense of the verb it completes.
        head = verb.head
        if head is verb or head.lemma_ in FORWARD_VERBS:
            return FUTURE
        return verb_tense(head, depth + 1) if head.pos_ in ("VERB", "AUX") and depth < 2 else None
    if verb.tag_ == "MD" or verb.lower_ in ("going", "plans", "plan", "expects", "expected"):
        return FUTURE
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return PAST
    if verb.tag_ == "VBN":
        if any(aux.lower_ in ("has", "have", "'ve", "'s") for aux in auxiliaries):
            return PAST
        return PAST if not auxiliaries else PRESENT
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return PRESENT
    if verb.tag_ == "VB":
        head = verb.head
        if head is not verb and head.pos_ in ("VERB", "AUX"):
            return verb_tense(head, depth + 1) if depth < 2 else None
    return None


def tense_of(span: Span) -> str | None:
    """The tense of the clause an expression belongs to (None when no verb governs it)."""
    verb = governing_verb(span.root)
    return verb_tense(verb) if verb is not None else None
