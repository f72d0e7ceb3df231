"""The ``demarche_events`` spaCy component: PLOVER events with participants, modality and evidence.

It runs last, reading what the other components handed on: actor mentions (who the source and
target are), times (when), quotes (whether the event is reported speech, and then who said it).
Each of those is optional: without the actors component participants keep their words but no
actor id; without the time component events carry no date. That keeps the component usable in
anyone's spaCy pipeline and lets the parts land independently.
"""

import importlib
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from demarche.events.filters import (
    NEWSROOM_ACTS,
    VOICED_ACTS,
    carried,
    contest,
    danger,
    dwindling,
    in_a_title,
    mishap_act,
    natural_doer,
    performance,
    protest_for,
    reporting,
    unattributed_person,
    undergone,
    verbal_attack,
)
from demarche.events.frames import FRAME_MODES
from demarche.events.headlines import Parser, is_headline, make_parser, reparse
from demarche.events.lexicon import EventLexicon
from demarche.events.matching import Trigger
from demarche.events.merging import fold_nominal
from demarche.events.modality import (
    is_deliberated,
    is_prospective,
    is_readied,
    modality_of,
    scope_chain,
    states_a_rule,
)
from demarche.events.parties import PartyFinder, Resolver, phrase_bounds
from demarche.events.triggers import find_triggers
from demarche.pipeline.extensions import quotes_of, register_extensions
from demarche.records import Event, Quote, Span

logger = logging.getLogger(__name__)

MAX_EVENTS_PER_DOC = 2000
MAX_EVIDENCE_TOKENS = 60
BACKGROUND_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "parataxis"})
COOPERATIVE_ACTS = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
"""Acts that, when only promised, wished for or offered on a condition, are PLOVER AGREE."""
CONFLICTUAL_ACTS = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
"""Acts that, when only announced or made conditional, are PLOVER THREATEN."""
PROMISING = frozenset({"future", "intended", "conditional"})
DEMAND_WORDS = frozenset({"demand", "request", "call", "pressure", "ultimatum", "plea", "appeal"})
"""What a concession yields to ("accede to the demands", "bow to pressure"): not yielding to one
that was made is a refusal of it, where not lifting a curfew is only no concession."""
DECREEING_VERBS = frozenset({"announce", "decree", "declare"})
"""Verbs by which a government puts a measure into force: "announced it would prohibit all aid"
reports the sanction decided, which PLOVER codes as SANCTION, where "said it would cut aid"
only threatens it."""
RESIGNING = "resign"
"""RETREAT's mode for an official's resignation, which PLOVER codes when it is announced ("the
minister will resign on Friday"): the announcement settles it, unlike a promise to withdraw."""
FREE_ACTS = frozenset({"ASSAULT", "PROTEST"})
"""Acts coded whoever does or suffers them: violence, and protest, which PLOVER defines as
civilians' ("bombed a Pan Am plane", "lawyers rallied outside the court")."""

Dater = Callable[[Doc, int, int], tuple[str | None, bool]]


def _optional(module: str, name: str) -> Any:
    """A function from a sibling component that may not be installed (None when absent)."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        logger.debug("%s.%s not available; events degrade gracefully", module, name)
        return None


def _yields_to_demand(token: Token) -> bool:
    """Whether the concession at ``token`` is to a demand: its object, or the object of its
    preposition ("gave in to the demands", "accede to their request"), is one."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for c in token.children if c.dep_ == "prep" for g in c.children]
    return any(o.dep_ in ("dobj", "pobj") and o.lemma_.lower() in DEMAND_WORDS for o in objects)


def _decreed(token: Token) -> bool:
    """Whether the act's clause is what a verb of decreeing announces ("announced it would
    prohibit"); see ``DECREEING_VERBS``."""
    root = scope_chain(token)[-1]
    return root.dep_ == "ccomp" and root.head.lemma_.lower() in DECREEING_VERBS


def coded_type(trigger: Trigger, modality: str) -> tuple[str, str | None, str]:
    """The PLOVER type, mode and modality as coded, given the trigger's own modality.

    PLOVER codes an act that is only announced by what it would be as an act of speech: a
    cooperative act promised, offered or wished for is AGREE ("Finland will give Tanzania a
    grant", "I'd love to meet him"), a conflictual one THREATEN ("farmers said they would
    blockade Paris"), and a cooperative one announced as not going to happen REJECT ("Syria
    will not accept more refugees") or not yielded to a demand made of it ("did not accede to the
    strikers' demands"). The modality keeps what the text says about it.
    """
    spec = trigger.spec
    if spec.type in COOPERATIVE_ACTS | {"AGREE"}:
        if modality == "negated" and (
            is_prospective(trigger.token)
            or (spec.type == "CONCEDE" and _yields_to_demand(trigger.token))
        ):
            return "REJECT", FRAME_MODES.get(("REJECT", spec.type)), "asserted"
        if spec.mode == RESIGNING and modality == "future":
            return spec.type, spec.mode, modality
        if modality in PROMISING and spec.type != "AGREE":
            # PLOVER's AGREE modes name what is offered: meet, assist, yield.
            return "AGREE", FRAME_MODES.get(("AGREE", spec.type)), modality
    if spec.type == "ASSAULT" and modality == "intended" and is_readied(trigger.token):
        return "MOBILIZE", None, modality
    if spec.type == "SANCTION" and modality == "future" and _decreed(trigger.token):
        return spec.type, spec.mode, modality
    if spec.type in CONFLICTUAL_ACTS and (
        modality in PROMISING or (modality == "hypothetical" and is_deliberated(trigger.token))
    ):
        return "THREATEN", FRAME_MODES.get(("THREATEN", spec.type)), modality
    return spec.type, spec.mode, modality


class EventsComponent:
    """Find triggers, then build one ``Event`` per (trigger, source, target) they support.

    The actors component's hooks are handed to the ``PartyFinder`` that resolves participants;
    the time component's ``date_for`` dates events; ``parse`` re-reads title-case headlines.
    """

    def __init__(
        self,
        lexicon: EventLexicon,
        resolve: Resolver | None = None,
        date_for: Dater | None = None,
        agent_sector: Callable[[list[str]], str | None] | None = None,
        parse: Parser | None = None,
        generic: Callable[[Doc, str, str | None], str] | None = None,
        settle: Callable[[Doc, str, str], bool] | None = None,
        phrase: Resolver | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.parse = parse
        self.date_for = date_for
        self.parties = PartyFinder(resolve, agent_sector, generic, settle, phrase)
        self._doc: Doc | None = None

    # -- one trigger ---------------------------------------------------------------------------
    def _events_for(
        self, trigger: Trigger, quotes: list[tuple[int, int, int]], all_quotes: list[Quote]
    ) -> list[Event]:
        token = trigger.token
        doc = self._doc if self._doc is not None else token.doc
        quote_index = next((i for s, e, i in quotes if s <= token.idx < e), None)
        quote = all_quotes[quote_index] if quote_index is not None else None
        if (
            mishap_act(trigger)
            or natural_doer(trigger)
            or contest(trigger)
            or carried(trigger)
            or dwindling(trigger)
            or danger(trigger)
            or performance(trigger)
            or in_a_title(trigger)
        ):
            return []
        trigger = protest_for(verbal_attack(trigger))
        pairs, used, thing = self.parties.pairs(trigger, quote)
        if trigger.spec.type not in FREE_ACTS:
            pairs = [pair for pair in pairs if not unattributed_person(pair[0], token, quote)]
            if not pairs:
                return []
        if trigger.spec.type in NEWSROOM_ACTS:
            # an interview is a consultation with the newsroom on either side ("Parker spoke
            # with Wikinews"); a newsroom's requests are its own ("asked him for comment")
            pairs = [
                (source, target)
                for source, target in pairs
                if not reporting(source, doc)
                and not (trigger.spec.type == "CONSULT" and reporting(target, doc))
            ]
            if not pairs:
                return []
        elif trigger.spec.type not in VOICED_ACTS:
            # what a newsroom reports it does not do ("Reuters reported the attack on the base
            # in Ghazni", "the paper revealed a deal"), though it may accuse: the act stays, its
            # doer unnamed. Violence is news whoever takes part (``FREE_ACTS``), so a killing
            # that would name no actor without the newsroom that reported it keeps it rather
            # than vanish
            stripped = [(None if reporting(s, doc) else s, t) for s, t in pairs]
            if trigger.spec.type not in FREE_ACTS or self.parties.names_an_actor(
                doc, stripped, violent=True
            ):
                pairs = stripped
        if undergone(trigger):
            # "Trump received criticism for the move", "the convoy came under attack": the
            # subject suffers the act, and whoever did it is named after "from", if at all
            pairs = [(target, source) for source, target in pairs]
        modality, condition = modality_of(token)
        partyless = all(p is None for pair in pairs for p in pair)
        stated = modality == "asserted" or (modality == "hypothetical" and states_a_rule(token))
        if (stated or not partyless) and (
            thing
            or not self.parties.names_an_actor(
                doc,
                pairs,
                violent=trigger.spec.type in FREE_ACTS,
                copy=token.doc if token.doc is not doc else None,
            )
        ):
            # event data is about political actors: an act done by a thing ("a fire killed five
            # girls") or whose parties are none ("firefighters were searching the flats", "I
            # would only talk about ...") is not coded. A denied or possible act that names no
            # party at all is kept, since that is the news ("no talks have been set"), and its
            # parties may be named elsewhere in the article; one only able or bound to happen
            # ("green energy can provide jobs") states a rule, and is not kept either
            return []

        event_type, mode, modality = coded_type(trigger, modality)
        evidence = _evidence(scope_chain(token)[-1], token)
        date, from_publication = None, False
        if self.date_for is not None:
            try:
                date, from_publication = self.date_for(doc, evidence.start, evidence.end)
            except Exception:
                logger.exception("temporal.date_for_span failed")
        location = None
        places = self.parties.location_tokens(trigger, used)
        place_ids: list[str] = []
        if places:
            start, end = phrase_bounds(places[0])
            place = doc[start:end]
            location = Span(place.start_char, place.end_char, place.text)
            place_ids = self.parties.actors(place)
        else:
            # "a car bomb near the town of Baiji killed three policemen": the place that gave
            # the unnamed attacker (``PartyFinder._unidentified``) is where the attack happened
            inferred = next((s for s, _ in pairs if s is not None and s.implied and s.actor), None)
            if inferred is not None and inferred.actor is not None:
                location = Span(inferred.start, inferred.end, inferred.text)
                place_ids = [inferred.actor]
        pairs = self.parties.domestic(doc, pairs, place_ids)
        actors = doc._.demarche_actors or {}
        placed_in = next((actors[i].country for i in place_ids if i in actors), None)
        pairs = self.parties.implied_targets(doc, pairs, event_type, placed_in)
        trigger_span = trigger.span
        condition_span = (
            Span(condition.start_char, condition.end_char, condition.text) if condition else None
        )
        prominence = _prominence(token)
        events = []
        for source, target in pairs:
            confidence = 0.35 + (0.2 if trigger.pattern else 0.0) + prominence
            confidence += 0.0 if trigger.nominal else 0.1
            confidence += 0.15 if source is not None and source.actor else 0.0
            named = target is not None and target.actor and not target.implied
            confidence += 0.1 if named else 0.0
            events.append(
                Event(
                    type=event_type,
                    mode=mode,
                    context=trigger.spec.context,
                    trigger=Span(trigger_span.start_char, trigger_span.end_char, trigger_span.text),
                    source=source,
                    target=target,
                    modality=modality,
                    condition=condition_span,
                    date=date,
                    date_from_publication=from_publication,
                    location=location,
                    evidence=evidence,
                    quote=quote_index,
                    confidence=round(min(confidence, 0.95), 3),
                )
            )
        return events

    def __call__(self, doc: Doc) -> Doc:
        all_quotes = quotes_of(doc)
        quotes = [
            (span.start, span.end, index)
            for index, quote in enumerate(all_quotes)
            for span in quote.content
        ]
        self._doc = doc
        self.parties.begin(doc)
        headline = self._headline(doc)
        triggers = find_triggers(doc, self.lexicon)
        if headline is not None:
            triggers = find_triggers(headline, self.lexicon) + [
                t for t in triggers if t.token.i >= headline.end
            ]
        found: list[tuple[Trigger, list[Event]]] = []
        count = 0
        for trigger in triggers:
            events = self._events_for(trigger, quotes, all_quotes)
            if trigger.token.doc is not doc:
                events = [_with_text(event, doc.text) for event in events]
            found.append((trigger, events))
            count += len(events)
            if count >= MAX_EVENTS_PER_DOC:
                break
        events = fold_nominal(found)
        self._doc = None
        self.parties.end()
        doc._.demarche_events = events
        return doc

    def _headline(self, doc: Doc) -> SpacySpan | None:
        """The opening sentence re-parsed in sentence case when it is a title-case headline."""
        if self.parse is None or not len(doc) or not doc.has_annotation("SENT_START"):
            return None
        first = next(iter(doc.sents))
        if not is_headline(first):
            return None
        try:
            return reparse(first, self.lexicon, self.parse)
        except Exception:  # the headline is a bonus: never lose the article's events over it
            logger.exception("re-parsing a headline failed")
            return None


def _restored(span: Span | None, text: str) -> Span | None:
    return None if span is None else Span(span.start, span.end, text[span.start : span.end])


def _with_text(event: Event, text: str) -> Event:
    """An event found in a headline's sentence-case copy, with every span's text read from the
    article itself (offsets are the same; only the case differed)."""
    source, target, evidence = event.source, event.target, event.evidence
    return replace(
        event,
        trigger=_restored(event.trigger, text),
        evidence=Span(evidence.start, evidence.end, text[evidence.start : evidence.end]),
        location=_restored(event.location, text),
        condition=_restored(event.condition, text),
        source=None if source is None else replace(source, text=text[source.start : source.end]),
        target=None if target is None else replace(target, text=text[target.start : target.end]),
    )


def _prominence(token: Token) -> float:
    """How central the trigger is to its sentence: the main clause states what the sentence
    reports; a relative or adverbial clause ("guerrillas who overran it") gives background."""
    current = token
    for _ in range(12):
        if current.dep_ in BACKGROUND_DEPS:
            return -0.05
        if current.head == current:
            break
        if current.dep_ == "ccomp" and current.head.dep_ == "ROOT":
            return 0.1  # "X said (that) Y happened": Y is the report
        current = current.head
    return 0.1 if token.dep_ == "ROOT" else 0.05


def _evidence(root: Token, trigger: Token) -> Span:
    """The clause that states the event: the scope root's phrase, else the sentence."""
    doc = root.doc
    sentence = trigger.sent
    start = max(root.left_edge.i, sentence.start)
    end = min(root.right_edge.i + 1, sentence.end)
    if not start <= trigger.i < end or end - start > MAX_EVIDENCE_TOKENS:
        start, end = sentence.start, sentence.end
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1  # also masked boilerplate, which the Doc holds as spaces
    while start < end - 1 and doc[start].is_space:
        start += 1
    span = doc[start:end]
    return Span(span.start_char, span.end_char, span.text)


@Language.factory(
    "demarche_events",
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.demarche_events"],
    default_config={"lexicon": {"@misc": "demarche.event_lexicon.v1"}},
)
def make_events_component(nlp: Language, name: str, lexicon: EventLexicon) -> EventsComponent:
    """Build the component; sibling components' helpers are picked up when installed."""
    register_extensions()
    return EventsComponent(
        lexicon,
        resolve=_optional("demarche.actors", "resolve_span"),
        date_for=_optional("demarche.temporal", "date_for_span"),
        agent_sector=_agent_lookup(),
        parse=make_parser(nlp),
        generic=_optional("demarche.actors", "generic_actor"),
        settle=_optional("demarche.actors", "settle_country"),
        phrase=_optional("demarche.actors", "analyse_phrase"),
    )


def _agent_lookup() -> Callable[[list[str]], str | None] | None:
    """The actors knowledge base's agent-noun lookup ("rebel" -> REB), when installed."""
    load_kb = _optional("demarche.actors.kb", "load_kb")
    if load_kb is None:
        return None
    try:
        return load_kb().agent_sector
    except Exception:
        logger.exception("cannot load the actors knowledge base for agent nouns")
        return None
