"""Frames fold embedded events into the act that frames them, as PLOVER codes them: "refused to
meet" is one REJECT (mode meet), "agreed to cooperate" one AGREE, not two events; acts in time
or reason phrases and participle clauses stay events of their own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from demarche.events.matching import HOSTILE_ACTS, Trigger, noun_governor
from demarche.events.senses import is_commissive

FRAME_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})
"""Types whose events frame another one ("threatened to attack"): the framed one is their mode."""

PROTEST_TOPICS = frozenset({"REQUEST", "ACCUSE", "PROTEST"})
"""What a protest says ("to demand reforms", "to protest the decision"): PLOVER codes the protest,
not its topic, as the event."""

PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
"""How a protest's topic hangs on it: a purpose or participial clause, not a mere phrase."""

MEETING_AGENDAS = frozenset({"SUPPORT", "COOPERATE"})

AIMING_VERBS = frozenset(
    """strengthen improve deepen boost enhance expand bolster promote foster cement advance
    further develop increase broaden widen""".split()
)
"""What a visit or meeting is for ("visited Brasilia to strengthen ties", "met to expand
cooperation"): PLOVER codes the meeting, and ties that it aims to improve by degrees are only
its agenda, not an act done. An act done on the visit ("went to Sofia to sign the accord", "to
express support") stays an event of its own."""

EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "pobj", "pcomp", "dobj", "prep", "acl", "advcl"})

ADJUNCT_WORDS = frozenset(
    """after before since following despite during amid amidst until till while because
    although though whereas when once""".split()
)
"""Prepositions and conjunctions that attach a time or a reason, not what a frame is about: in
"called for restraint after criticising the EU" and "agreed to talks after rebels attacked"
the criticism and the attack are acts of their own, not what is requested or agreed to."""


FRAME_MODES: dict[tuple[str, str], str] = {
    ("AGREE", "CONSULT"): "meet",
    ("AGREE", "RETREAT"): "yield",
    ("AGREE", "CONCEDE"): "yield",
    ("AGREE", "COOPERATE"): "assist",
    ("AGREE", "AID"): "assist",
    ("AGREE", "SUPPORT"): "assist",
    ("REQUEST", "CONSULT"): "meet",
    ("REJECT", "CONSULT"): "meet",
    ("REQUEST", "AGREE"): "meet",
    ("REJECT", "AGREE"): "meet",
    ("REQUEST", "RETREAT"): "yield",
    ("REJECT", "RETREAT"): "yield",
    ("REQUEST", "CONCEDE"): "yield",
    ("REJECT", "CONCEDE"): "yield",
    ("REQUEST", "COOPERATE"): "assist",
    ("REJECT", "COOPERATE"): "assist",
    ("REQUEST", "AID"): "assist",
    ("REJECT", "AID"): "assist",
    ("THREATEN", "ASSAULT"): "violence",
    ("THREATEN", "SANCTION"): "relations",
    ("THREATEN", "COERCE"): "restrict",
}

YIELDING = frozenset({"CONCEDE", "RETREAT"})
"""Acts that, promised ("pledged to withdraw", "vowed to lift the curfew"), PLOVER codes as a
concession, not an AGREE: a retreat or concession announced is CONCEDE. Agreeing to one ("agreed
to resign", "agreed to lift embargoes") stays AGREE, as the GSR codes it."""


def _framing(trigger: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The frame trigger that governs this one within two dependency steps, if any."""
    token = trigger.token
    participle = False
    for _ in range(3):
        if token.dep_ not in EMBEDDING_DEPS and token.dep_ != "compound":
            return None
        if _adjunct(token):
            return None
        participle = participle or _participle_clause(token)
        token = token.head
        frame = by_token.get(token.i)
        if frame is not None and frame is not trigger:
            if (
                frame.spec.type == trigger.spec.type
                and trigger.nominal
                and not frame.nominal
                and agentless(frame.token)
            ):
                return None  # "were killed in clashes between ...": the clash is the act
            if frame.spec.type == trigger.spec.type:
                return frame
            if frame.spec.type in FRAME_TYPES:
                # "pressed Oslo to act, threatening to leave the summit": a participle clause
                # beside a frame is an act of its own, not what is asked, agreed or refused
                return None if participle else frame
            if (
                frame.spec.type == "PROTEST"
                and trigger.spec.type in PROTEST_TOPICS
                and trigger.token.dep_ in PURPOSE_DEPS
            ):
                return frame  # "began a hunger strike to protest", "demonstrated calling for"
            if (
                frame.spec.type == "CONSULT"
                and not frame.nominal
                and trigger.spec.type in MEETING_AGENDAS
                and _aimed_at(trigger)
            ):
                return frame  # "visited Brasilia to strengthen ties": the visit is the event
            return None
    return None


def _participle_clause(token: Token) -> bool:
    """Whether a step up the tree leaves a participle clause set beside its verb ("...,
    threatening to leave", "..., demanding reforms"), not an infinitive it governs."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "mark") for c in token.children)
    )


def _adjunct(token: Token) -> bool:
    """Whether a step up the tree leaves a time or reason adjunct (``ADJUNCT_WORDS``): the
    preposition itself ("after criticising"), or a clause it or a conjunction introduces
    ("after rebels attacked")."""
    if token.dep_ == "prep":
        return token.lower_ in ADJUNCT_WORDS
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in ADJUNCT_WORDS for c in token.children)
    return False


def agentless(verb: Token) -> bool:
    """Whether a verb is a passive that names no doer ("ten were wounded"): it reports the toll
    of an act, and the act named beside it ("in clashes between the army and the militias", "in
    an attack by rebels") is the event, with its parties."""
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "ten were killed and 30 wounded": the first verb holds the voice
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


def _aimed_at(trigger: Trigger) -> bool:
    """Whether a trigger is what an infinitive of purpose aims to improve: "to strengthen
    ties" (the verb's pattern) or "to deepen the ties" (the noun under such a verb)."""
    verb = noun_governor(trigger.token) if trigger.nominal else trigger.token
    if verb is None or verb.lemma_.lower() not in AIMING_VERBS:
        return False
    return verb.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _conjunct_frame(trigger: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The frame of the act a verb is conjoined to, when it shares that act's subject: in
    "warned that it could invade and annex the islands" both acts are what is threatened."""
    token = trigger.token
    if token.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    head = by_token.get(token.head.i)
    if head is None or head is trigger:
        return None
    frame = _framing(head, by_token)
    return frame if frame is not None and frame.spec.type in FRAME_TYPES else None


def fold_frames(triggers: list[Trigger]) -> list[Trigger]:
    """Fold events embedded under a frame ("refused to interact") into the frame's event."""
    by_token = {t.token.i: t for t in triggers}
    for trigger in triggers:
        if trigger.nominal and trigger.spec.type == "PROTEST":
            # "began a hunger strike to protest ...": the purpose clause hangs on the verb
            governor = noun_governor(trigger.token)
            if governor is not None and governor.i not in by_token:
                by_token[governor.i] = trigger
    kept: list[Trigger] = []
    folded: set[int] = set()
    for trigger in sorted(triggers, key=lambda t: -t.token.i):
        frame = _framing(trigger, by_token) or _conjunct_frame(trigger, by_token)
        if frame is None:
            continue
        folded.add(trigger.token.i)
        frame.embedded.append(trigger.token)
        frame.embedded.extend(trigger.embedded)
        if is_commissive(frame) and trigger.spec.type in HOSTILE_ACTS:
            frame.spec = replace(frame.spec, type="THREATEN", mode=None)
        elif is_commissive(frame) and trigger.spec.type in YIELDING:
            frame.spec = replace(frame.spec, type="CONCEDE", mode=None)
        mode = FRAME_MODES.get((frame.spec.type, trigger.spec.type))
        if mode and frame.spec.mode is None:
            frame.spec = replace(frame.spec, mode=mode)
        if not frame.spec.context and trigger.spec.context:
            frame.spec = replace(frame.spec, context=trigger.spec.context)
    for trigger in triggers:
        if trigger.token.i not in folded:
            kept.append(trigger)
    return sorted(kept, key=lambda t: t.token.i)
