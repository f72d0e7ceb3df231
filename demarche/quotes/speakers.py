"""Speaker resolution: from the words naming a source to an actor id.

The actors component resolves names, titles, descriptions ("the North Korean leader") and
pronouns to actor ids and records them as mentions; this module only chooses which mention
stands for a source. The subject's head word is asked first, so "Officials from the U.S." is
not mistaken for the United States; then the name part of the phrase (the head with its
compounds, "South Korean Foreign Minister Cho Hyun"); then an appositive ("the leader, Kim").
A quote with no source of its own takes the most recent speaker, the newswire convention for
a second quote paragraph.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.pipeline.extensions import mention_at
from demarche.quotes.draft import Draft

_NAME_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "case"})


def _actor_over(doc: Doc, start: int, end: int) -> str | None:
    mention = mention_at(doc, start, end)
    return mention.actor if mention is not None else None


def _name_part(token: Token) -> tuple[int, int]:
    """The head word with its pre-modifiers: the part of a noun phrase that names."""
    first = token.i
    for child in token.lefts:
        if child.dep_ in _NAME_DEPS:
            first = min(first, child.left_edge.i)
    return token.doc[first].idx, token.idx + len(token.text)


def actor_for(doc: Doc, token: Token) -> str | None:
    """The actor named by the subject headed by ``token``, or None when none is known."""
    actor = _actor_over(doc, token.idx, token.idx + len(token.text))
    if actor:
        return actor
    actor = _actor_over(doc, *_name_part(token))
    if actor:
        return actor
    for child in token.rights:
        if child.dep_ == "appos":
            actor = _actor_over(doc, *_name_part(child))
            if actor:
                return actor
    return None


def resolve_speakers(doc: Doc, drafts: list[Draft]) -> None:
    """Set ``speaker`` on every draft (in text order), carrying the last speaker forward."""
    last: str | None = None
    for draft in drafts:
        if draft.speaker_token is not None and draft.speaker_token < len(doc):
            draft.speaker = actor_for(doc, doc[draft.speaker_token])
        elif draft.source is None and draft.cue is None:
            draft.speaker = last
        if draft.source is not None:
            last = draft.speaker  # an unresolved source still ends the previous speaker's turn
