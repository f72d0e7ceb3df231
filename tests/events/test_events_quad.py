"""PLOVER quad classes, used by the store's per-actor-pair relation summaries."""

from __future__ import annotations

import pytest

from demarche.events import EVENT_TYPES, QUADS, quad_class


@pytest.mark.parametrize(
    ("event_type", "quad"),
    [
        ("AGREE", "verbal cooperation"),
        ("CONSULT", "verbal cooperation"),
        ("COOPERATE", "material cooperation"),
        ("RETREAT", "material cooperation"),
        ("REQUEST", "verbal conflict"),
        ("THREATEN", "verbal conflict"),
        ("PROTEST", "material conflict"),
        ("SANCTION", "material conflict"),
        ("ASSAULT", "material conflict"),
    ],
)
def test_quad_of_type(event_type: str, quad: str) -> None:
    assert quad_class(event_type, None) == quad


def test_every_type_has_one_of_four_quads() -> None:
    assert len(EVENT_TYPES) == 16
    assert {quad_class(t, None) for t in EVENT_TYPES} == set(QUADS)


def test_type_is_case_insensitive_and_mode_can_change_the_quad() -> None:
    assert quad_class("accuse", "allege") == "verbal conflict"
    assert quad_class("ACCUSE", "investigate") == "material conflict"


def test_unknown_type_is_an_error() -> None:
    with pytest.raises(ValueError, match="PLOVER"):
        quad_class("FIGHT", None)
