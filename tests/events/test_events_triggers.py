"""Trigger finding: verb patterns, nominal triggers and frames, read over the parse."""

from __future__ import annotations

import pytest

from demarche.events.lexicon import default_lexicon
from demarche.events.triggers import find_triggers


@pytest.fixture(scope="module")
def triggers(nlp):
    def run(text: str) -> list[tuple[str, str, str | None]]:
        doc = nlp(text)
        return [
            (t.token.text, t.spec.type, t.spec.mode) for t in find_triggers(doc, default_lexicon())
        ]

    return run


def test_the_object_decides_what_a_verb_means(triggers) -> None:
    imposed = triggers("The European Union imposed sanctions on Belarus.")
    lifted = triggers("The European Union lifted sanctions on Belarus.")
    assert [t[1] for t in imposed] == ["SANCTION"]
    assert lifted and lifted[0][1] != "SANCTION"


def test_a_noun_used_by_a_verb_pattern_is_not_a_second_event(triggers) -> None:
    found = triggers("Canada imposed new sanctions on Venezuela on Monday.")
    assert len(found) == 1 and found[0][0] == "imposed"


def test_nominal_triggers(triggers) -> None:
    found = triggers("The talks between Ankara and Athens and the alliance with Paris matter.")
    assert {t[0] for t in found} >= {"talks", "alliance"}


def test_frame_absorbs_the_act_it_frames(triggers) -> None:
    found = triggers("Hungary refused to meet with Serbian officials.")
    assert [(t[1], t[2]) for t in found] == [("REJECT", "meet")]
    threat = triggers("Iran threatened to attack the tankers.")
    assert [t[1] for t in threat] == ["THREATEN"]


def test_plural_only_nouns(triggers) -> None:
    assert not triggers("The bus made a stop.")
    assert triggers("The tour includes stops in Chile and Peru.")


def test_named_things_are_not_triggers(triggers) -> None:
    assert not [t for t in triggers("The Paris Agreement is a document.") if t[0] == "Agreement"]
