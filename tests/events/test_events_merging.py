"""One act reported twice: a nominal trigger that is the doer of a verbal trigger of its type.

"A bombing killed two soldiers" is one attack; a user counting ASSAULT rows must see one. The
sentences are ours, one per construction, beside ones whose two triggers are two acts.
"""

from __future__ import annotations


def typed(document, type_: str) -> list:
    return [event for event in document.events if event.type == type_]


def one_assault(document, victims: str):
    """The only ASSAULT event of a document, checked to target the victims."""
    assaults = typed(document, "ASSAULT")
    assert len(assaults) == 1
    event = assaults[0]
    assert event.target is not None and victims in event.target.text
    return event


def test_an_attack_that_kills_is_one_assault(analyse_text) -> None:
    doc = analyse_text("A roadside bombing near Kandahar killed four soldiers on Monday.")
    event = one_assault(doc, "soldiers")
    assert event.trigger is not None and event.trigger.text == "killed"
    assert event.location is not None and event.location.text == "Kandahar"


def test_an_attack_named_as_the_passive_agent_is_one_assault(analyse_text) -> None:
    doc = analyse_text("Six policemen were killed by a suicide bombing in Mosul.")
    assert len(typed(doc, "ASSAULT")) == 1


def test_killed_in_an_attack_is_one_assault_by_the_noun_doer(analyse_text) -> None:
    doc = analyse_text("Seven soldiers were killed in a Hamas attack near Gaza on Sunday.")
    event = one_assault(doc, "soldiers")
    assert event.source is not None and event.source.actor == "hamas"


def test_the_doer_named_on_the_noun_keeps_its_verb_event(analyse_text) -> None:
    doc = analyse_text("An airstrike by Freedonian jets killed nine rebels.")
    event = one_assault(doc, "rebels")
    assert event.source is not None and "Freedonian" in event.source.text


def test_a_noun_that_is_the_doer_of_another_verb_stays_its_own_event(analyse_text) -> None:
    # the airstrike prompted the attack: two acts, each coded
    doc = analyse_text("An airstrike by Syrian jets prompted rebels to attack an army base.")
    triggers = sorted(e.trigger.text for e in typed(doc, "ASSAULT") if e.trigger is not None)
    assert triggers == ["airstrike", "attack"]
