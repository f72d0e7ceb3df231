"""Attributions whose cue is a noun: "Trump's call for a ban", "her claim that …",
"the criticism from Democrats that …".

PolNeAR annotates these as attributions like any verbal one: the possessor (or the "from"/"by"
phrase) is the source, the noun is the cue (with "for" when that introduces the content,
"call for"), and the content is the "that" clause or the object of "for". Only nouns of saying
and stance are cues, and a noun needs both a source and a content to count, so an ordinary
"the plan" or "a statement" is left alone. Other prepositions ("support of", "views on") were
measured on PolNeAR's train split and cost more precision than they gave recall; only a few
stance nouns take "of" ("Trump's criticism of the judge").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.cues import CueLexicon
from demarche.quotes.draft import Draft
from demarche.quotes.spans import prepositional_object, subtree_range, token_range

_CONTENT_PREPOSITIONS = frozenset({"for"})
_TOPIC_PREPOSITIONS: dict[str, frozenset[str]] = {
    "of": frozenset(
        "criticism condemnation rejection denial endorsement defense defence embrace "
        "accusation".split()
    ),
    "on": frozenset("attack criticism stance view".split()),
    "against": frozenset("attack criticism".split()),
    "to": frozenset({"opposition"}),
    "about": frozenset("concern doubt fear warning complaint comment remark".split()),
}
"""Stance nouns and the preposition that names what the stance is about ("Trump's criticism
of the judge", "his attacks on the press", "her opposition to the deal")."""
_SOURCE_PREPOSITIONS = frozenset({"from", "by"})
_CLAUSES = frozenset({"acl", "ccomp"})


def _source(noun: Token) -> Token | None:
    """The speaker a noun cue names: its possessor, else the object of "from"/"by" after it."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "PRON", "NOUN"):
            return child
    for child in noun.rights:
        if child.dep_ in ("prep", "agent") and child.lower_ in _SOURCE_PREPOSITIONS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _content(noun: Token) -> tuple[int, list[tuple[int, int]]] | None:
    """The cue's last token and the content: a "that" clause or a prepositional object."""
    for child in noun.rights:
        if child.dep_ in _CLAUSES and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        ):
            return noun.i, [subtree_range(child)]
        if (
            child.dep_ == "prep"
            and child.i == noun.i + 1
            and (
                child.lower_ in _CONTENT_PREPOSITIONS
                or noun.lemma_ in _TOPIC_PREPOSITIONS.get(child.lower_, ())
            )
        ):
            target = prepositional_object(child)
            if target is not None:
                return child.i, [subtree_range(target)]
    return None


def _modified_from(noun: Token) -> int:
    """Where a noun cue starts: with the adjectives that qualify it ("his harsh attacks on"),
    which PolNeAR's cue spans take in."""
    first = noun.i
    doc = noun.doc
    while first > 0 and doc[first - 1].head.i == noun.i and doc[first - 1].dep_ == "amod":
        first -= 1
    return first


def nominal_candidates(doc: Doc, lexicon: CueLexicon, cue_tokens: list[int]) -> list[Draft]:
    """One draft per noun cue that has both a source and a content.

    Args:
        doc: the parsed document.
        lexicon: the cue lemmas (``nouns`` are the cue nouns).
        cue_tokens: indices of tokens whose lemma is a cue noun (found once by the component).
    """
    drafts: list[Draft] = []
    for index in cue_tokens:
        noun = doc[index]
        if noun.pos_ != "NOUN":
            continue
        source = _source(noun)
        found = _content(noun)
        if source is None or found is None:
            continue
        last, content = found
        source_chars = subtree_range(source)
        if source.dep_ == "poss":  # "Trump's": the possessive marker is not part of the name
            source_chars = token_range(
                doc, source.left_edge.i, source.i if source.i < noun.i else source.right_edge.i
            )
        drafts.append(
            Draft(
                kind="indirect",
                cue=token_range(doc, _modified_from(noun), last),
                source=source_chars,
                content=content,
                cue_token=noun.i,
                speaker_token=source.i,
                speech=False,
            )
        )
    return drafts
