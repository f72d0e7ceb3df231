"""Classes of candidate attribution that PolNeAR does not annotate, dropped by construction.

Each filter names one kind of sentence the verb rules read as an attribution but the
annotators mostly did not (perceptions with a clause, sayings only planned or allowed,
questions put to the reader, a bare relative "that" as a source), with the share of its train
uses left unannotated, so a reader can weigh each against the recall it costs.
"""

from spacy.tokens import Doc

from demarche.quotes.draft import Draft

UNNAMED_RELATIVES: frozenset[str] = frozenset({"that"})
"""Relative pronouns that PolNeAR does not take as a source ("a poll that shows …", "industries
that oppose the rule"): on train three in four such sources were not gold's."""


def unnamed_relatives(doc: Doc, drafts: list[Draft]) -> None:
    """Drop a source that is only a relative pronoun of ``UNNAMED_RELATIVES``.

    The speaker stays resolved (its token is the pronoun's noun); only the source span goes,
    and only after ``univocal``, which still needs it to keep cues out of accepted sources.
    """
    for draft in drafts:
        if draft.source is None:
            continue
        span = doc.char_span(*draft.source, alignment_mode="expand")
        if (
            span is not None
            and len(span) == 1
            and span[0].lower_ in UNNAMED_RELATIVES
            and span[0].tag_ == "WDT"
        ):
            draft.source = None


PERCEPTION: frozenset[str] = frozenset({"see"})
"""Verbs of sight that report a view only as "X sees Y as Z" (``cues.FRAMING``); with a clause
they tell what someone saw or wants to find out ("waited to see if", "saw that she wept")."""


def sees(doc: Doc, draft: Draft) -> bool:
    """Whether a draft is a perception with a clause ("waited to see if the board would vote"),
    which PolNeAR leaves unannotated two times in three on train."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    return verb.lemma_ in PERCEPTION and any(c.dep_ == "ccomp" for c in verb.children)


def unrealised(doc: Doc, draft: Draft) -> bool:
    """Whether a draft's cue is an infinitive modifying a noun ("an effort to acknowledge the
    vote", "the right to refuse service"): a saying planned, allowed or refused, not made,
    which PolNeAR leaves unannotated three times in four on train."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def asks_reader(doc: Doc, draft: Draft) -> bool:
    """Whether a draft is a question the writer puts to the reader ("Would you still vote for
    her?", "Do you know where his returns are?"): "you" asked about, not anyone's statement."""
    if draft.cue_token is None or draft.kind != "indirect":
        return False
    verb = doc[draft.cue_token]
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in verb.children):
        return False
    sentence = verb.sent
    return any(token.text == "?" for token in sentence[-3:])


__all__ = ["asks_reader", "sees", "unnamed_relatives", "unrealised"]
