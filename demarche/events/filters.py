"""Triggers that event data does not code, whatever their words: filters on found events.

An event coder that takes every "met", "asked" and "killed" for an act between actors fills its
data with interviews, accidents and a newsroom's own reporting, which is much of what audits of
GDELT find wrong. Each filter here names one such class of sentence and is checked on ordinary
news (``demarche eval events --wikinews``) as well as on the gold records.
"""

from spacy.tokens import Doc, Token

from demarche.events.participants import agentless_passive
from demarche.events.parties import ARMS, FIRST_PERSON, MISHAPS
from demarche.events.triggers import Trigger
from demarche.records import Participant, Quote

SECOND_PERSON = frozenset({"you", "your", "yourself", "yourselves"})
INTERVIEW_VOICES = FIRST_PERSON | SECOND_PERSON
"""Outside quotation, an interview's own voices (see ``unattributed_person``)."""
ACCIDENTS = frozenset(
    """accident capsize capsizing collision crash derailment drowning fall overdose rollover
    sinking stampede""".split()
)
"""Mishaps that are no one's act, besides ``MISHAPS`` ("injured in a crash", "hurt in a fall")."""
CRIMES = frozenset({"arson", "sabotage", "terrorism", "terror", "attack", "murder", "homicide"})
"""Words that make a mishap someone's act ("investigating the fire as arson")."""
TOLL_VERBS = frozenset({"injure", "hurt", "kill", "wound"})
"""Verbs that report what a mishap or an attack cost (see ``mishap_act``)."""
BOMB_LIKE = frozenset({"blast", "blaze", "explosion", "fire"})
"""Mishaps that news also names attacks by ("killed in an explosion outside a nightclub",
"wounded when gunmen opened fire"): no evidence that a toll was an accident."""
NEWSROOM = frozenset(
    """columnist correspondent editor interviewer journalist newsroom reporter""".split()
)
"""Nouns for the people whose contacts are reporting, not events (see ``reporting``)."""
NEWSROOM_ACTS = frozenset({"REQUEST", "CONSULT"})
MAX_CAUSE_TOKENS = 40
"""How much of a trigger's phrase is read for its cause: bounded for long sentences."""


def unattributed_person(source: Participant | None, trigger: Token, quote: Quote | None) -> bool:
    """Whether the doer is "I", "we" or "you" in a sentence with no quotation, standing for no
    actor.

    Without quotation marks, first and second persons are an interview's or a feature's own
    voices ("I met Raghu then", "How do you plan to help ..."): the interviewee and the
    interviewer, not political actors, so what they did is not an event. Quoted, the speaker may
    be a minister, so the event stays even when no speaker was resolved, and so it does in a
    sentence with any quotation mark, which may be a quote the quotes component could not close
    ('... wrote Trump, "and therefore I asked John for his resignation').
    """
    return (
        quote is None
        and source is not None
        and not source.actor
        and source.text.lower() in INTERVIEW_VOICES
        and not any(t.is_quote for t in trigger.sent)
    )


def mishap_act(trigger: Trigger) -> bool:
    """Whether a trigger reports a mishap rather than anyone's act: a toll with no doer whose
    cause is an accident or a disaster ("three firefighters were injured when their truck
    rolled over responding to a wildfire", "hurt in a fall"), but not a blast or a fire, which
    are as often attacks (``BOMB_LIKE``); or an investigation of a mishap ("the safety board
    opened an investigation into the crash").

    PLOVER codes assaults and investigations as acts of one party on another; an accident has
    no doer, and inquiring into it accuses no one. Only the trigger's own phrase is read for the
    cause, and a weapon or a crime there ("a bomb blast", "the fire as arson") keeps the event.
    """
    spec, token = trigger.spec, trigger.token
    causes = MISHAPS | ACCIDENTS
    if spec.type == "ASSAULT":
        if trigger.nominal or token.lemma_.lower() not in TOLL_VERBS:
            return False
        if not agentless_passive(trigger):
            return False
        causes = causes - BOMB_LIKE
    elif spec.type != "ACCUSE" or spec.mode != "investigate":
        return False
    sentence = token.sent
    start = max(token.left_edge.i, sentence.start, token.i - MAX_CAUSE_TOKENS)
    end = min(token.right_edge.i + 1, sentence.end, token.i + MAX_CAUSE_TOKENS)
    # nouns only: "fired" and "fell" are no fire and no fall
    lemmas = {t.lemma_.lower() for t in token.doc[start:end] if t.pos_ in ("NOUN", "PROPN")}
    return bool(lemmas & causes) and not lemmas & (ARMS | CRIMES)


def reporting(source: Participant | None, doc: Doc) -> bool:
    """Whether a party is the news itself: a reporter or an outlet whose name says so
    ("Wikinews reached out to the candidate", "our correspondent spoke to the minister", "a
    Sky News reporter asked him").

    A newsroom asking and talking to people is how news is gathered: those requests and
    consultations are no event between the parties, whoever answers.
    """
    if source is None:
        return False
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        t.lemma_.lower() in NEWSROOM or (t.pos_ == "PROPN" and t.lower_.endswith("news"))
        for t in span
    )
