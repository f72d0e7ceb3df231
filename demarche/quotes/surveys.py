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
"""Tags of a single poll, whose finding is one reported result."""

_SKIP = frozenset({"punct", "cc", "mark"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_LINKS = frozenset({"WRB", "WDT", "WP"})
"""A "where", "which" or "why" opening the clause links it to the writer's sentence."""


_SETTINGS = frozenset({"prep", "advmod", "npadvmod", "advcl"})
"""How a setting before the finding hangs on its verb ("In March,", "As a result,")."""


def _setting(head: Token, first: int) -> int | None:
    """Where the clause starts past a setting set off by a comma ("In March,", "As a
    result,"): the poll reports the finding, not when or why the writer brings it up."""
    doc = head.doc
    token = doc[first]
    if token.head.i != head.i or token.dep_ not in _SETTINGS or token.left_edge.i != first:
        return None
    after = token.right_edge.i + 1
    if after >= head.i or doc[after].text != ",":
        return None
    return after + 1


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
    setting = _setting(head, first)
    while setting is not None and setting < last:  # "In March, Cruz had 38 percent …"
        first = setting
        setting = _setting(head, first)
    while last > first and doc[last].dep_ in _SKIP:
        last -= 1
    return (first, last) if first < last else None


_OBJECTS = frozenset({"dobj", "pobj", "prep", "attr", "acomp", "advmod", "npadvmod", "oprd"})
"""How a poll's figure hangs below the verb of its finding ("had 38 percent support in a
poll", "stays well ahead of Sanders in the latest poll")."""
_CLIMB = 4
"""How many heads up from the "in" phrase the finding's verb is looked for."""


def _clause_verb(preposition: Token) -> Token | None:
    """The verb of the clause an "in" phrase reports: its head, or the verb above the object
    the parser hung it on ("took 6 percent of the vote in a poll"). A subject in between
    ("20 percent of people in a poll said …") leaves the phrase inside that subject: None."""
    head = preposition.head
    for _ in range(_CLIMB):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.dep_ not in _OBJECTS or head.head.i == head.i:
            return None
        head = head.head
    return None


def survey_candidates(doc: Doc, candidates: list[int]) -> list[Draft]:
    """One draft per "in" whose object is a poll or survey and that modifies a verb, or an
    object below one ("had 38 percent support in a poll": single polls only).

    Args:
        doc: the parsed document.
        candidates: indices of the tokens "in" (found once by the component).
    """
    drafts: list[Draft] = []
    for index in candidates:
        preposition = doc[index]
        if preposition.dep_ != "prep":
            continue
        poll = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if poll is None or poll.lemma_.lower() not in SURVEY_NOUNS:
            continue
        single = poll.tag_ in _SINGULAR
        if not single and all(child.dep_ == "det" for child in poll.children):
            continue  # "rose in the polls": a standing, not a finding
        head = _clause_verb(preposition) if single else preposition.head
        if head is None or head.pos_ not in ("VERB", "AUX"):
            continue
        if not any(child.dep_ in _SUBJECTS for child in head.children):
            continue  # "running third in most polls": no finding of its own
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
