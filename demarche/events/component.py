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
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from demarche.events.lexicon import EventLexicon
from demarche.events.modality import modality_of, scope_chain
from demarche.events.participants import (
    conjuncts,
    location_tokens,
    representatives,
    source_token,
    target_tokens,
)
from demarche.events.triggers import Trigger, find_triggers
from demarche.pipeline.extensions import mention_at, quotes_of, register_extensions
from demarche.records import Event, Participant, Quote, Span

logger = logging.getLogger(__name__)

FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "myself", "ourselves"})
MAX_EVENTS_PER_TRIGGER = 12
MAX_EVENTS_PER_DOC = 2000
MAX_EVIDENCE_TOKENS = 60

Resolver = Callable[[Doc, int, int], list[str]]
Dater = Callable[[Doc, int, int], tuple[str | None, bool]]


def _optional(module: str, name: str) -> Any:
    """A function from a sibling component that may not be installed (None when absent)."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        logger.debug("%s.%s not available; events degrade gracefully", module, name)
        return None


def phrase_bounds(token: Token) -> tuple[int, int]:
    """Token range of the name a participant token stands for: its entity, else its compound."""
    doc = token.doc
    if token.ent_iob_ in ("B", "I"):
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return start, end
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and child.i == start - 1:
            start = child.left_edge.i if child.left_edge.i >= start - 4 else child.i
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("flat", "compound") and child.i == end:
            end = child.i + 1
    return start, end


class EventsComponent:
    """Find triggers, then build one ``Event`` per (trigger, source, target) they support."""

    def __init__(
        self,
        lexicon: EventLexicon,
        resolve: Resolver | None = None,
        date_for: Dater | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.resolve = resolve
        self.date_for = date_for

    # -- participants -------------------------------------------------------------------------
    def _actor(self, doc: Doc, start: int, end: int) -> str | None:
        if self.resolve is not None:
            try:
                ids = self.resolve(doc, start, end)
            except Exception:  # a sibling component's bug must not lose the events
                logger.exception("actors.resolve_span failed on %d-%d", start, end)
                ids = []
            if ids:
                return ids[0]
        mention = mention_at(doc, start, end)
        if mention is not None and mention.actor:
            return mention.actor
        return None

    def _participant(self, token: Token, quote: Quote | None) -> tuple[Participant | None, bool]:
        """The participant a token names and whether it resolved to an actor."""
        doc = token.doc
        if quote is not None and token.lower_ in FIRST_PERSON and quote.speaker:
            return Participant(quote.speaker, token.idx, token.idx + len(token), token.text), True
        start, end = phrase_bounds(token)
        span = doc[start:end]
        actor = self._actor(doc, span.start_char, span.end_char)
        if actor is None and not (
            token.ent_type_ in ("PERSON", "GPE", "NORP", "ORG", "LOC", "FAC")
            or token.pos_ in ("PROPN", "PRON")
        ):
            return None, False
        return Participant(actor, span.start_char, span.end_char, span.text), actor is not None

    def _parties(self, token: Token, quote: Quote | None) -> tuple[list[Participant], bool]:
        """The participants a phrase names: itself and its conjuncts, or the names inside it."""
        head, resolved = self._participant(token, quote)
        if not resolved and token.pos_ == "NOUN":
            reps = representatives(token)
            if reps:
                token = reps[0]
            elif head is None:
                return [], False
        found: list[Participant] = []
        any_resolved = False
        for conjunct in conjuncts(token):
            participant, resolved = self._participant(conjunct, quote)
            if participant is not None:
                found.append(participant)
                any_resolved = any_resolved or resolved
        return found, any_resolved

    def _speaker_participant(self, quote: Quote) -> Participant | None:
        if not quote.speaker:
            return None
        if quote.source is not None:
            return Participant(
                quote.speaker, quote.source.start, quote.source.end, quote.source.text
            )
        return None

    # -- one trigger ---------------------------------------------------------------------------
    def _events_for(
        self, trigger: Trigger, quotes: list[tuple[int, int, int]], all_quotes: list[Quote]
    ) -> list[Event]:
        doc = trigger.token.doc
        token = trigger.token
        quote_index = next((i for s, e, i in quotes if s <= token.idx < e), None)
        quote = all_quotes[quote_index] if quote_index is not None else None

        src_token = source_token(trigger)
        sources: list[Participant | None] = []
        resolved_source = False
        if src_token is not None:
            found, resolved_source = self._parties(src_token, quote)
            sources.extend(found)
        if quote is not None and not resolved_source:
            speaker = self._speaker_participant(quote)
            if speaker is not None:
                sources = [speaker]
        targets: list[Participant] = []
        fallback: list[Participant] = []
        for candidate in target_tokens(trigger, src_token):
            found, resolved = self._parties(candidate, quote)
            if found and resolved:
                targets = found
                break
            if found and not fallback:
                fallback = found
        targets = targets or fallback
        used = {src_token.i} if src_token is not None else set()
        used.update(
            doc.char_span(t.start, t.end, alignment_mode="expand")[0].i
            for t in targets
            if doc.char_span(t.start, t.end, alignment_mode="expand") is not None
        )
        if not sources:
            sources = [None]
        pairs: list[tuple[Participant | None, Participant | None]] = []
        if targets:
            pairs = [(s, t) for s in sources for t in targets if not _same(s, t)]
        elif len(sources) > 1:
            # "Jordan and Britain agreed": a reciprocal event, each party the other's target
            pairs = [(s, sources[(k + 1) % len(sources)]) for k, s in enumerate(sources)]
        else:
            pairs = [(sources[0], None)]
        pairs = pairs[:MAX_EVENTS_PER_TRIGGER]

        modality, condition = modality_of(token, trigger.embedded)
        chain = scope_chain(token)
        evidence = _evidence(chain[-1], token)
        date, from_publication = None, False
        if self.date_for is not None:
            try:
                date, from_publication = self.date_for(doc, evidence.start, evidence.end)
            except Exception:
                logger.exception("temporal.date_for_span failed")
        location = None
        places = location_tokens(trigger, used)
        if places:
            start, end = phrase_bounds(places[0])
            span = doc[start:end]
            location = Span(span.start_char, span.end_char, span.text)
        trigger_span = trigger.span
        events = []
        for source, target in pairs:
            confidence = 0.4 + (0.2 if trigger.pattern else 0.0)
            confidence += 0.0 if trigger.nominal else 0.1
            confidence += 0.15 if source is not None and source.actor else 0.0
            confidence += 0.1 if target is not None and target.actor else 0.0
            events.append(
                Event(
                    type=trigger.spec.type,
                    mode=trigger.spec.mode,
                    context=trigger.spec.context,
                    trigger=Span(trigger_span.start_char, trigger_span.end_char, trigger_span.text),
                    source=source,
                    target=target,
                    modality=modality,
                    condition=(
                        Span(condition.start_char, condition.end_char, condition.text)
                        if condition is not None
                        else None
                    ),
                    date=date,
                    date_from_publication=from_publication,
                    location=location,
                    evidence=evidence,
                    quote=quote_index,
                    confidence=min(confidence, 0.95),
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
        events: list[Event] = []
        for trigger in find_triggers(doc, self.lexicon):
            events.extend(self._events_for(trigger, quotes, all_quotes))
            if len(events) >= MAX_EVENTS_PER_DOC:
                break
        doc._.demarche_events = events
        return doc


def _same(a: Participant | None, b: Participant | None) -> bool:
    if a is None or b is None:
        return False
    if a.actor and b.actor:
        return a.actor == b.actor
    return (a.start, a.end) == (b.start, b.end)


def _evidence(root: Token, trigger: Token) -> Span:
    """The clause that states the event: the scope root's phrase, else the sentence."""
    doc = root.doc
    sentence = trigger.sent
    start = max(root.left_edge.i, sentence.start)
    end = min(root.right_edge.i + 1, sentence.end)
    if not start <= trigger.i < end or end - start > MAX_EVIDENCE_TOKENS:
        start, end = sentence.start, sentence.end
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
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
    )
