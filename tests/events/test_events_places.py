"""Where an event happens (demarche/events/places.py), read at the parse."""

from demarche.events.lexicon import default_lexicon
from demarche.events.places import doer_places, location_tokens
from demarche.events.triggers import find_triggers


def _trigger(doc, word: str):
    return next(t for t in find_triggers(doc, default_lexicon()) if t.token.lower_ == word)


def test_the_place_phrase_of_the_trigger_names_the_place(nlp) -> None:
    doc = nlp("Troops attacked rebel positions in Kenya on Monday.")
    found = location_tokens(_trigger(doc, "attacked"), set())
    assert [t.text for t in found] == ["Kenya"]


def test_a_place_already_used_as_a_party_is_not_repeated(nlp) -> None:
    doc = nlp("Troops attacked rebel positions in Kenya on Monday.")
    kenya = next(t for t in doc if t.text == "Kenya")
    assert location_tokens(_trigger(doc, "attacked"), {kenya.i}) == []


def test_a_preposition_alone_does_not_make_a_place(nlp) -> None:
    doc = nlp("Troops attacked rebel positions in the morning.")
    assert location_tokens(_trigger(doc, "attacked"), set()) == []


def test_places_inside_an_unnamed_doers_phrase_are_found(nlp) -> None:
    doc = nlp("A roadside bomb near the city of Baghdad killed two soldiers.")
    bomb = next(t for t in doc if t.text == "bomb")
    assert [t.text for t in doer_places(bomb)] == ["Baghdad"]


def test_a_town_the_recogniser_mislabels_counts_when_known_as_a_place(nlp) -> None:
    doc = nlp("A roadside bomb near the town of Samarra killed two soldiers.")
    bomb = next(t for t in doc if t.text == "bomb")
    samarra = next(t for t in doc if t.text == "Samarra")
    assert samarra not in doer_places(bomb)  # the small model reads it as a nationality
    assert [t.text for t in doer_places(bomb, places=frozenset({samarra.i}))] == ["Samarra"]
