"""Finding event triggers: match trigger words (``matching``), set aside the readings PLOVER
does not code or codes otherwise (``senses``), then fold embedded events into the acts that
frame them (``frames``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from demarche.events.frames import AIMING_VERBS, agentless, fold_frames
from demarche.events.lexicon import EventLexicon, EventSpec
from demarche.events.matching import (
    DESIRES,
    NAMING_VERBS,
    OBLIGATION_MODALS,
    Trigger,
    candidate_indices,
    headline_lemma,
    names_something,
    noun_trigger,
    verb_trigger,
)
from demarche.events.senses import (
    EXCLUDING_VERBS,
    OFFER_VERBS,
    PARTNER_VERBS,
    QUESTION_VERBS,
    SHOWING_VERBS,
    alone,
    asks_a_question,
    encourages_an_act,
    falls_on_animals,
    forecast_of,
    in_title_case,
    is_commissive,
    joint_exercise,
    obligations,
    promises_violence,
    protest_in_words,
    sends_peacekeepers,
    shows_something,
    to_act,
    wants_another_to_act,
)


def find_triggers(doc: Doc | Span, lexicon: EventLexicon) -> list[Trigger]:
    """Every trigger in a text, after patterns consumed nouns and frames folded events."""
    triggers: list[Trigger] = []
    used: set[int] = set()
    nouns: list[Token] = []
    modals: list[Token] = []
    full = doc.doc if isinstance(doc, Span) else doc
    title_sentences: dict[int, bool] = {}
    for index in candidate_indices(doc, lexicon):
        token = full[index]
        pos = token.pos_
        lemma = token.lemma_.lower()
        if token.lower_ in OBLIGATION_MODALS:
            modals.append(token)
            continue
        if (
            pos == "PROPN"
            and token.is_title
            and not token.ent_type_
            and in_title_case(token, title_sentences)
        ):
            # Title-case headlines ("France Condemns Violence") are tagged as names; in running
            # text a capitalised word is a title's ("Minister for Finance", "Minority Whip")
            headline = headline_lemma(token.lower_, lexicon)
            if headline is not None:
                pos, lemma = headline
        if pos == "VERB" and lemma in DESIRES and wants_another_to_act(token):
            end = token.i + 1
            triggers.append(
                Trigger(token, EventSpec("REQUEST"), nominal=False, start=token.i, end=end)
            )
            continue
        if pos == "VERB":
            if not lexicon.has_verb(lemma):
                continue
            if token.dep_ == "amod" and lemma in AIMING_VERBS:
                continue  # "strengthened ties", "expanded trade": a state; the noun is the event
            trigger, consumed = verb_trigger(token, lexicon, lemma)
            if agentless(token):  # "killed in clashes between ...": the clashes stay an event
                consumed = {i for i in consumed if full[i].dep_ != "pobj"}
            used |= consumed
            if trigger is not None and lemma in EXCLUDING_VERBS and _negated(token):
                continue  # "has not ruled out talks": the option stays open, nothing is refused
            if trigger is not None and lemma in QUESTION_VERBS and asks_a_question(token):
                continue
            if (
                trigger is not None
                and trigger.spec.type == "REQUEST"
                and lemma in NAMING_VERBS
                and names_something(token, consumed)
            ):
                continue
            if (
                trigger is not None
                and lemma in OFFER_VERBS
                and not trigger.pattern
                and not to_act(token)
            ):
                continue
            if trigger is not None and lemma in PARTNER_VERBS and alone(token, lemma):
                continue
            if trigger is not None and token.dep_ == "amod" and not trigger.pattern:
                continue  # a participle used as an adjective: "pledged delegates", "armed men"
            if trigger is not None and lemma in SHOWING_VERBS and shows_something(token):
                continue
            if trigger is not None:
                trigger.headline = token.pos_ == "PROPN"
                triggers.append(trigger)
        elif pos in ("NOUN", "PROPN") and (lemma in lexicon.nouns or token.lower_ in lexicon.nouns):
            nouns.append(token)
    for noun in nouns:
        if noun.i in used:
            continue
        trigger = noun_trigger(noun, lexicon)
        if trigger is not None:
            triggers.append(trigger)
    triggers.extend(obligations(modals, {t.token.i for t in triggers}))
    forecasts = {i for t in triggers for i in forecast_of(t)}
    triggers = [t for t in triggers if t.token.i not in forecasts and not falls_on_animals(t.token)]
    for trigger in triggers:
        if is_commissive(trigger) and promises_violence(trigger.token):
            trigger.spec = replace(trigger.spec, type="THREATEN", mode="violence")
        elif trigger.spec.type in ("PROTEST", "SUPPORT") and protest_in_words(trigger):
            trigger.spec = EventSpec("ACCUSE", mode="disapprove", cameo=trigger.spec.cameo)
        elif trigger.spec.type == "MOBILIZE" and sends_peacekeepers(trigger):
            trigger.spec = EventSpec("AID", context=("peacekeeping",), cameo=trigger.spec.cameo)
        elif trigger.spec.type == "SUPPORT" and encourages_an_act(trigger):
            trigger.spec = EventSpec("REQUEST", cameo=trigger.spec.cameo)
        elif trigger.spec.type == "MOBILIZE" and joint_exercise(trigger.token):
            trigger.spec = EventSpec("COOPERATE", context=("military",), cameo=trigger.spec.cameo)
    return fold_frames(triggers)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
