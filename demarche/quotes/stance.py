"""Stance nouns after a verb of expressing: "expressed concern about the cost", "voiced
support for the bill", "expressed doubt that the plan would work".

The verb only says that a feeling was made known; the noun says which. When the noun stands
bare (no article or possessive) right after the verb, PolNeAR's cue takes it in together with
the preposition that introduces what the feeling is about ("expressed concern about"), and the
content is that preposition's object or the "that" clause the noun takes. A noun with its own
determiner ("expressed their support for Trump") stays the verb's object, as the gold spans
mostly keep it. Only tokens next to the verb are read, so each cue costs a few look-ups.
"""

from __future__ import annotations

from spacy.tokens import Token

from demarche.quotes.spans import WHEN

STANCE_VERBS: frozenset[str] = frozenset({"express", "voice", "share"})
"""Verbs that make a feeling known ("expressed concern", "voiced doubts")."""

STANCE_NOUNS: frozenset[str] = frozenset(
    """
    concern support hope doubt frustration optimism pessimism skepticism scepticism outrage
    regret disappointment anger confidence opposition sympathy condolence gratitude
    reservation worry fear dismay alarm displeasure interest surprise satisfaction approval
    admiration solidarity appreciation disapproval dissatisfaction unease misgiving
    reluctance willingness openness impatience
    """.split()
)
"""Feelings and stances one can express about something."""

_PREPOSITIONS = frozenset({"about", "over", "for", "at", "with", "toward", "towards"})
"""What introduces a feeling's object; "in" and "on" mostly say where or when ("expressed
concern in an interview", "on Tuesday")."""


def that_clause(token: Token) -> Token | None:
    """A "that" clause or an infinitive a token takes ("the case that …", "the case to …")."""
    for child in token.rights:
        edge = child.left_edge  # the marker may hang on an auxiliary ("that he was …")
        if (
            child.dep_ in ("acl", "ccomp", "advcl", "relcl")
            and edge.dep_ in ("mark", "aux")
            and edge.lower_ in ("that", "to")
        ):
            return child
    return None


def stance_phrase(verb: Token) -> tuple[int, Token] | None:
    """The last cue token and the head of the content of "expressed concern about X" or
    "voiced doubt that Y", or None when the verb takes no bare stance noun.

    Returns the preposition's index and its object, or the noun's index and its clause.
    """
    if verb.lemma_ not in STANCE_VERBS or verb.i + 1 >= len(verb.doc):
        return None
    noun = verb.doc[verb.i + 1]
    if noun.dep_ != "dobj" or noun.head.i != verb.i or noun.lemma_.lower() not in STANCE_NOUNS:
        return None
    if noun.i + 1 < len(verb.doc):
        after = verb.doc[noun.i + 1]
        if (
            after.dep_ == "prep"
            and after.lower_ in _PREPOSITIONS
            and after.head.i
            in (
                noun.i,
                verb.i,
            )
        ):
            target = next((c for c in after.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None and target.ent_type_ not in WHEN:
                return after.i, target
    for holder in (noun, verb):
        clause = that_clause(holder)
        if clause is not None and clause.i > noun.i:
            return noun.i, clause
    return None
