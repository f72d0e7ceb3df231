"""Attributions whose cue is the "in" of a poll: "Clinton led Sanders 2-1 in an NBC poll",
"In a USA TODAY survey released Monday, 50 percent chose Clinton".

PolNeAR annotates a poll's finding as an attribution with the poll as its source, the bare
preposition as the cue, and the clause the "in" phrase modifies as the content. The content
stops at the "in" phrase when that phrase follows its verb ("he fell to 10 percent in the
latest poll and …"): what comes after is the writer's again.

A poll's finding often holds its respondents' own saying ("In a poll released Monday, 38
percent said …"); PolNeAR marks both, so the draft of a single poll ``nests``: it is kept beside
the saying inside it. Bare plurals ("rose in the polls", "leads in polls") name a standing in
the race rather than one poll's finding: gold marks fewer than one in four of those we
proposed on PolNeAR's train split, so they are left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.draft import Draft
from demarche.quotes.spans import subtree_range, token_range

SURVEY_NOUNS: frozenset[str] = frozenset({"poll", "survey"})
"""What an "in" phrase must name to be a source: a measurement of opinion."""

_SINGULAR = frozenset({"NN", "NNP"})

_SKIP = frozenset({"punct", "cc", "mark"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_LINKS = frozenset({"WRB", "WDT", "WP"})
"""A "where", "which" or "why" opening the clause links it to the writer's sentence."""


def _content(head: Token, preposition: Token) -> tuple[int, int] | None:
    """Token bounds of the clause an "in" phrase modifies, without the phrase."""
    doc = head.doc
    if preposition.i < head.i:  # "In a poll released Monday, 50 percent chose Clinton"
        first, last = preposition.right_edge.i + 1, head.right_edge.i
    else:  # "Clinton led Sanders 2-1 in an NBC poll"
        first, last = head.left_edge.i, preposition.left_edge.i - 1
    while first < last and (
        doc[first].dep_ in _SKIP
        or doc[first].tag_ in _LINKS
        or (doc[first].dep_ == "advmod" and doc[first + 1].text == ",")  # "however,"
    ):
        first += 1
    while last > first and doc[last].dep_ in _SKIP:
        last -= 1
    return (first, last) if first < last else None


def survey_candidates(doc: Doc, candidates: list[int]) -> list[Draft]:
    """One draft per "in" whose object is a poll or survey and that modifies a verb.

    Args:
        doc: the parsed document.
        candidates: indices of the tokens "in" (found once by the component).
    """
    drafts: list[Draft] = []
    for index in candidates:
        preposition = doc[index]
        head = preposition.head
        if preposition.dep_ != "prep" or head.pos_ not in ("VERB", "AUX"):
            continue
        if not any(child.dep_ in _SUBJECTS for child in head.children):
            continue  # "running third in most polls": no finding of its own
        poll = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if poll is None or poll.lemma_.lower() not in SURVEY_NOUNS:
            continue
        single = poll.tag_ in _SINGULAR
        if not single and all(child.dep_ == "det" for child in poll.children):
            continue  # "rose in the polls": a standing, not a finding
        bounds = _content(head, preposition)
        if bounds is None:
            continue
        drafts.append(
            Draft(
                kind="indirect",
                cue=token_range(doc, index, index),
                source=subtree_range(poll),
                content=[token_range(doc, *bounds)],
                cue_token=index,
                speaker_token=poll.i,
                speech=False,
                nests=single,
            )
        )
    return drafts
