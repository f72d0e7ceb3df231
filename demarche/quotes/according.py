"""Attributions whose cue is no verb: "according to X" and the hearsay adverb "reportedly".

Both attribute the clause they modify, which ``clause_around`` finds as it does for a verb that
interrupts its clause; "according to" names its source in its object, "reportedly" names none.
"""

from __future__ import annotations

from spacy.tokens import Doc

from demarche.quotes.content import clause_around
from demarche.quotes.draft import CharRange, Draft
from demarche.quotes.sources import SUBJECTS
from demarche.quotes.spans import subtree_range, token_range


def according_to(doc: Doc, candidates: list[int]) -> list[Draft]:
    """Drafts for "according to X": X is the source, the clause it modifies the content."""
    drafts: list[Draft] = []
    for index in candidates:
        according = doc[index]
        if index + 1 >= len(doc) or doc[index + 1].lower_ != "to":
            continue
        to = doc[index + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"] or [
            c for c in according.children if c.dep_ == "pobj"
        ]
        if not objects:
            continue
        source = subtree_range(objects[0])
        head = according.head
        if head.i in (according.i, to.i):
            content: list[CharRange] = []
        else:
            content = clause_around(head, according)
        drafts.append(
            Draft(
                kind="indirect",
                cue=token_range(doc, index, index + 1),
                source=source,
                content=content,
                cue_token=index,
                speaker_token=objects[0].i,
                outer=True,
            )
        )
    return drafts


HEARSAY: frozenset[str] = frozenset({"reportedly"})
"""Adverbs that attribute their clause to unnamed reports ("Bloomberg is reportedly weighing a
run"): PolNeAR marks two in three of them, with no source. "allegedly", "apparently" and
"seemingly" were measured too: fewer than one in four of their uses is a cue."""


def hearsay(doc: Doc, candidates: list[int]) -> list[Draft]:
    """Drafts for "reportedly": the adverb is the cue, the clause it modifies the content."""
    drafts: list[Draft] = []
    for index in candidates:
        adverb = doc[index]
        head = adverb.head
        if adverb.dep_ != "advmod" or head.i == adverb.i or head.pos_ != "VERB":
            continue
        if not any(child.dep_ in SUBJECTS or child.dep_ == "nsubjpass" for child in head.children):
            continue  # "the man reportedly behind it": no clause to attribute
        content = clause_around(head, adverb)
        if not content:
            continue
        drafts.append(
            Draft(
                kind="indirect",
                cue=token_range(doc, index, index),
                source=None,
                content=content,
                cue_token=index,
                speaker_token=None,
                speech=False,
            )
        )
    return drafts
