"""The object of an intention cue with no infinitive: "offered no specifics", "seeks a new
inquiry", "declined the invitation".

Intention verbs ("offer", "seek", "decline") are read for a "to" infinitive, so one with only a
noun object was never drafted, though PolNeAR annotates two in three of them when the verb
asserts something of its subject (the sentence's main verb or an adverbial clause of it), the
object being the content. Inside an infinitive, a participle or a noun's modifier ("a plan to
offer aid", "by seeking votes") the offer is planned or a means, and PolNeAR leaves three in
four unannotated, so those are left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from demarche.quotes.content import ADDRESSEE_OBJECT
from demarche.quotes.cues import CueLexicon
from demarche.quotes.draft import CharRange
from demarche.quotes.spans import subtree_range

_ASSERTED = frozenset({"ROOT", "advcl"})
"""Where the verb states what its subject did, not what it planned or how."""

_INFINITIVE_ONLY = frozenset({"like"})
"""Intention verbs whose noun object is a taste, not an intention ("likes the show", "doesn't
like surprises"): PolNeAR marks "would like to …", but two in five of these objects."""


def intended_object(verb: Token, lexicon: CueLexicon) -> list[CharRange]:
    """The noun object of an asserted intention verb as its content, or nothing.

    Verbs of speech and stance read their objects elsewhere, and a verb whose object is its
    addressee ("ordered the troops to") has no content in it.
    """
    lemma = verb.lemma_
    if (
        verb.dep_ not in _ASSERTED
        or lemma not in lexicon.intention
        or lemma in lexicon.stance
        or lemma in ADDRESSEE_OBJECT
        or lemma in _INFINITIVE_ONLY
        or lexicon.takes_quote(lemma)
    ):
        return []
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
    return [subtree_range(obj)] if obj is not None else []
