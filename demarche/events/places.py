"""Where an event happens: place names in the trigger's place phrases and in an unnamed doer's.

Places are read from the grammar (the objects of "in", "near", "outside of" and their nested
phrases) and accepted when the entity recogniser or the actors component knows them as places,
so a preposition alone never makes a place. Every search is bounded, however long the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.events.matching import Trigger
from demarche.events.participants import (
    MAX_CONJUNCTS,
    OCCASION_PREPS,
    complement_heads,
    preposition_objects,
)

PLACE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "from", "to", "throughout", "across", "around"}
)
SAME_TIME_MARKS = frozenset({"when", "as", "while"})
"""Marks of a clause that happens with the event, hence in the same place."""


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
"""Entity labels of places an event happens in."""


def _is_place(token: Token, labels: Doc, places: frozenset[int]) -> bool:
    """Whether a token names a place: by its entity label, or because the actors component
    knows it as one (``places``: "near the town of Samarra", which the entity recogniser reads
    as a nationality, or a town it misses, which the knowledge base lists under its country)."""
    return labels[token.i].ent_type_ in PLACE_ENTS or token.i in places


PLACE_MODIFIER_DEPS = frozenset({"compound", "nmod"})


def _place_objects(head: Token) -> list[Token]:
    """Objects of a head's place phrases, also through a compound preposition ("outside of the
    city of Basra", "inside of Gaza")."""
    found = preposition_objects(head, PLACE_PREPS)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            found.extend(preposition_objects(child, frozenset({"of"})))
    return found


def location_tokens(
    trigger: Trigger,
    used: set[int],
    entities: Doc | None = None,
    places: frozenset[int] = frozenset(),
) -> list[Token]:
    """Place names in a place phrase of the event ("in the town of Cizre in Turkey"), in order.

    Looks at the trigger, the events folded into it, its infinitive complements and their
    objects ("threatened to ban voting in East Jerusalem"), and one level of nested place
    phrases, so the search stays bounded however long the sentence. ``entities`` is the Doc
    whose entity labels count, when the trigger's is a headline's re-parsed copy without them;
    ``places`` the indices of tokens known as places whatever their label (see ``_is_place``).
    """
    token = trigger.token
    labels = entities if entities is not None else token.doc
    heads = [token, *trigger.embedded, *complement_heads(token)]
    if trigger.nominal and token.head != token:
        heads.append(token.head)
        if (
            token.dep_ == "pobj"
            and token.head.lower_ in OCCASION_PREPS
            and token.head.head.pos_ == "VERB"
        ):
            heads.append(token.head.head)  # "remained on alert in the West Bank"
    heads.extend(  # "killed 23 people when they blew themselves up in Tel Aviv", also under
        # an infinitive ("threatened to make arrests as unrest continues in Kenya")
        c
        for h in list(heads)
        for c in h.children
        if c.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in SAME_TIME_MARKS for m in c.children)
    )
    objects = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    # "lifted a state of emergency in West Darfur": the place of what the object names
    objects.extend([o for obj in objects for o in preposition_objects(obj, frozenset({"of"}))])
    found: list[Token] = []
    queue = [(obj, 0) for h in [*heads, *objects] for obj in _place_objects(h)]
    while queue and len(found) < MAX_CONJUNCTS:
        obj, depth = queue.pop(0)
        # "in two Kaduna villages", "near the Kabul airport": a place naming where the
        # phrase's own noun is
        for named in [obj, *(c for c in obj.lefts if c.dep_ in PLACE_MODIFIER_DEPS)]:
            if named.i not in used and _is_place(named, labels, places) and named not in found:
                found.append(named)
                break
        if depth < 2:
            nested = preposition_objects(obj, PLACE_PREPS | frozenset({"of"}))
            queue.extend((o, depth + 1) for o in nested)
    return found


MAX_DOER_TOKENS = 16
"""How far into an unnamed doer's phrase a place is looked for."""


def doer_places(
    token: Token, entities: Doc | None = None, places: frozenset[int] = frozenset()
) -> list[Token]:
    """Places named inside an unnamed doer's phrase, in order: "a roadside bombing near the
    town of Samarra", "an explosive device outside of the Iraqi city of Basra" (bounded).

    ``entities`` is the Doc whose entity labels count, when the token's is a re-parsed copy
    without them (a headline's); ``places`` as for ``location_tokens``."""
    doc = token.doc
    labels = entities if entities is not None else doc
    end = min(token.right_edge.i + 1, token.i + MAX_DOER_TOKENS)
    return [t for t in doc[token.left_edge.i : end] if _is_place(t, labels, places)]


def named_doer_places(token: Token) -> list[Token]:
    """Capitalised objects of place phrases inside a doer's phrase ("Shelling in Karachi"):
    the places of a title-case headline, whose recogniser's entities may have swallowed them
    into a name with the words after ("Karachi Kills Six Children"), for the caller to read
    from their own words (bounded as ``doer_places``)."""
    doc = token.doc
    end = min(token.right_edge.i + 1, token.i + MAX_DOER_TOKENS)
    return [
        t
        for t in doc[token.left_edge.i : end]
        if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.text[:1].isupper()
    ]
