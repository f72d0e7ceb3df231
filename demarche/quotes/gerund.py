"""The gerund clause a stance verb takes as its object: "supports raising the minimum wage",
"opposed lifting the sanctions", "endorsed scrapping the rule".

Stance verbs report their direct object; the parser calls a gerund in that place an open
clausal complement (xcomp), not an object, so the object rule never saw it. PolNeAR marks the
verb as a cue and the whole gerund clause as its content in most such uses (support: 10 of 18
on train, the rest mostly inside another attribution's content, which ``univocal`` settles).
An infinitive ("to raise") is no gerund: it says what the subject means to do, which the
intention group reads. In a relative clause ("Udall, who supports eliminating half the
superdelegates, said") the stance describes a speaker: PolNeAR leaves it unmarked and keeps it
in that speaker's source, so it is no content there.
"""

from __future__ import annotations

from spacy.tokens import Token

from demarche.quotes.cues import CueLexicon
from demarche.quotes.draft import CharRange
from demarche.quotes.spans import subtree_range


def gerund_object(verb: Token, lexicon: CueLexicon) -> list[CharRange]:
    """The gerund clause right after a stance verb as its content, or nothing."""
    if verb.lemma_ not in lexicon.stance or verb.dep_ == "relcl":
        return []
    clause = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if clause is None or clause.tag_ != "VBG" or clause.left_edge.i != clause.i:
        return []
    return [subtree_range(clause)]
