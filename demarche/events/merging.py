"""One act reported twice in a clause: a nominal trigger that names the act of a verbal one.

News states an attack's toll with the attack as the subject ("A roadside bombing near Kandahar
killed two soldiers"), the passive agent, or the act the victims died in ("seven soldiers were
killed in a Hamas attack"). Both "bombing" and "killed" are ASSAULT triggers, but they name one
act; coding both makes a user count two attacks. The verb's event is kept, because the verb's
clause holds the parties (who was killed); the noun only adds what the verb's clause leaves
unsaid: where it happened, and who did it when the verb's doer is unnamed.
"""

from dataclasses import replace

from spacy.tokens import Token

from demarche.events.matching import Trigger
from demarche.records import Event

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def governing_verb(token: Token) -> Token | None:
    """The verb whose act a noun names: the noun is its subject ("a bombing killed"), its
    passive agent ("soldiers were killed by a bombing") or the act it happened in ("soldiers
    were killed in an attack"); None when the noun plays another part."""
    if token.dep_ in SUBJECT_DEPS:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return token.head.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ == "in":
        return token.head.head
    return None


def fold_nominal(found: list[tuple[Trigger, list[Event]]]) -> list[Event]:
    """The events of all triggers, with those of a noun that is the doer of a verbal trigger of
    the same coded type folded into the verb's.

    Only a verb that produced events of the noun's type absorbs it: when the verb's clause was
    not coded (no named party, a mishap), the noun's event is the only report of the act and
    stays.
    """
    by_token = {
        (id(trigger.token.doc), trigger.token.i): index
        for index, (trigger, _events) in enumerate(found)
        if not trigger.nominal
    }
    absorbed: dict[int, list[Event]] = {}
    dropped: set[int] = set()
    for index, (trigger, events) in enumerate(found):
        if not trigger.nominal or not events:
            continue
        verb = governing_verb(trigger.token)
        if verb is None:
            continue
        verb_index = by_token.get((id(verb.doc), verb.i))
        if verb_index is None:
            continue
        verb_types = {event.type for event in found[verb_index][1]}
        if not verb_types or any(event.type not in verb_types for event in events):
            continue
        dropped.add(index)
        absorbed.setdefault(verb_index, []).extend(events)
    merged: list[Event] = []
    for index, (_trigger, events) in enumerate(found):
        if index in dropped:
            continue
        extra = absorbed.get(index, [])
        merged.extend(_completed(event, extra) for event in events)
    return merged


def _completed(event: Event, nominal: list[Event]) -> Event:
    """The verb's event, with what its clause leaves unsaid taken from the noun's: the place
    ("a bombing near Kandahar killed ...", where the parse hangs the place on the noun) and a
    doer the noun names where the verb's is unnamed ("killed in a Taliban attack"). The date
    needs no help: the verb's evidence is its whole clause, the noun's phrase included."""
    location = event.location
    if location is None:
        location = next((other.location for other in nominal if other.location), None)
    source = event.source
    if source is None or source.implied or source.actor is None:
        source = next(
            (
                other.source
                for other in nominal
                if other.source is not None and other.source.actor and not other.source.implied
            ),
            source,
        )
    if location is event.location and source is event.source:
        return event
    return replace(event, location=location, source=source)
