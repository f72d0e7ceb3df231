"""Who is speaking: the subject of a cue, inherited through the clauses it hangs from, and
the character range of its phrase as PolNeAR marks a source.

A source is read off the parse the same way whichever construction found the cue, so the
conventions (what trails a name, what a set-off participle adds) live in one place.
"""

from __future__ import annotations

from spacy.tokens import Token

from demarche.quotes.draft import CharRange
from demarche.quotes.spans import WHEN, token_range

SUBJECTS = frozenset({"nsubj", "csubj"})
INHERIT = frozenset({"advcl", "conj", "xcomp", "acl", "pcomp", "dep"})
"""A verb without its own subject borrows the subject of the verb it hangs from via these."""

RELATIVE = frozenset({"who", "which", "that", "whom"})
_MAX_INHERIT = 3


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it depends on ("..., saying ..."), or
    the noun a participle set off by a comma describes ("Ruiz, referring to the vote, said")."""
    if verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and _set_off_participle(verb):
        return verb.head
    current = verb
    for _ in range(_MAX_INHERIT):
        for child in current.children:
            if child.dep_ in SUBJECTS:
                return child
            if child.dep_ == "nsubjpass":
                # "was asked": the subject is the addressee, not the speaker; "was rejected
                # by voters": the agent is the source; "X was joined by Y and joked": X
                return agent_of(verb) if current.i == verb.i else child
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        if current.dep_ not in INHERIT or current.head.i == current.i:
            return None
        current = current.head
        if current.dep_ == "prep":  # "mocked him by calling him …": through the preposition
            current = current.head
    return None


def agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase, or None."""
    for child in verb.rights:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive cue before it ("Trump is expected to …", "Roof is accused of
    …"): PolNeAR counts it as part of the content, the cue's complement being the rest."""
    for child in verb.lefts:
        if child.dep_ == "nsubjpass":
            return child
    return None


def speaker_token(subject: Token) -> Token:
    """The token whose mention names the speaker: a relative pronoun points at its noun."""
    if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def source_range(subject: Token, verb: Token) -> CharRange:
    """The subject's whole phrase (appositives and relative clauses included, as PolNeAR's
    sources mostly are), cut short of the verb when the parse folds them together."""
    first, last = subject.left_edge.i, subject.right_edge.i
    if first <= verb.i <= last:
        last = max(subject.i, verb.i - 1) if subject.i < verb.i else last
        first = subject.i if subject.i > verb.i else first
    doc = subject.doc
    for i in range(subject.i - 1, first - 1, -1):
        if doc[i].text in _DATELINE_DASHES:  # "RENO, Nev. (AP) — Republican hopeful Trump"
            first = i + 1
            break
    if first < subject.i and doc[first].lower_ == "even" and doc[first].dep_ == "advmod":
        first += 1  # "even some of his admirers say": the writer's emphasis, not the name
    return token_range(doc, first, _trim_tail(subject, last))


_DATELINE_DASHES = frozenset({"—", "--", "–"})
_FLOATING = frozenset({"both", "all", "each"})
"""Quantifiers floated after a subject ("Richards and Menendez both said"), outside its name."""


def _trim_tail(subject: Token, last: int) -> int:
    """The last token of a source without a floating quantifier, a when-phrase the parse
    hung on the subject ("The campaign on Monday said") or a present participle set off by a
    comma ("Rubio, speaking at a rally in Miami, said"), which PolNeAR leaves out: the
    participle tells what the speaker was doing, not who they are (on train every such clause
    was left out of the gold source, while a comma-set "funded by …" was mostly kept)."""
    doc = subject.doc
    for child in reversed(list(subject.rights)):
        if child.right_edge.i != last:
            break
        if child.dep_ == "punct" and child.text in _SET_OFF:  # closing a set-off phrase
            last = child.i - 1
            continue
        if child.lower_ in _FLOATING and child.dep_ in ("appos", "det", "advmod"):
            last = child.i - 1
        elif _set_off_participle(child) or (child.dep_ == "npadvmod" and child.ent_type_ in WHEN):
            last = child.left_edge.i - 1
        elif (
            child.dep_ == "prep"
            and child.lower_ in ("on", "in", "at")
            and any(g.dep_ == "pobj" and g.ent_type_ in WHEN for g in child.children)
        ):
            last = child.i - 1
        else:
            break
        while last > subject.i and doc[last].is_punct:
            last -= 1
    return max(last, subject.i)


_SET_OFF = frozenset({",", "—", "–", "--"})


def _set_off_participle(child: Token) -> bool:
    """Whether a subject's dependent is a present participle clause after a comma or dash
    ("Sanders, celebrating a victory in Vermont")."""
    first = child.left_edge
    return (
        child.dep_ in ("acl", "advcl")
        and child.tag_ == "VBG"
        and first.i > 0
        and child.doc[first.i - 1].text in _SET_OFF
    )
