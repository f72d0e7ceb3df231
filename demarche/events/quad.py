"""PLOVER quad classes: the four-way summary used for per-actor-pair relation trends.

PLOVER groups its sixteen event types into verbal/material cooperation/conflict (PLOVER manual,
"quad categories"). The store summarises each actor pair by these classes so that a relation can
be followed over many articles without reading every event.
"""

from __future__ import annotations

VERBAL_COOPERATION = "verbal cooperation"
MATERIAL_COOPERATION = "material cooperation"
VERBAL_CONFLICT = "verbal conflict"
MATERIAL_CONFLICT = "material conflict"

QUADS: tuple[str, ...] = (
    VERBAL_COOPERATION,
    MATERIAL_COOPERATION,
    VERBAL_CONFLICT,
    MATERIAL_CONFLICT,
)

EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
"""The sixteen PLOVER event types, in the manual's order (cooperation first)."""

_QUAD_OF_TYPE: dict[str, str] = {
    "AGREE": VERBAL_COOPERATION,
    "CONSULT": VERBAL_COOPERATION,
    "SUPPORT": VERBAL_COOPERATION,
    "CONCEDE": VERBAL_COOPERATION,
    "COOPERATE": MATERIAL_COOPERATION,
    "AID": MATERIAL_COOPERATION,
    "RETREAT": MATERIAL_COOPERATION,
    "REQUEST": VERBAL_CONFLICT,
    "ACCUSE": VERBAL_CONFLICT,
    "REJECT": VERBAL_CONFLICT,
    "THREATEN": VERBAL_CONFLICT,
    "PROTEST": MATERIAL_CONFLICT,
    "SANCTION": MATERIAL_CONFLICT,
    "MOBILIZE": MATERIAL_CONFLICT,
    "COERCE": MATERIAL_CONFLICT,
    "ASSAULT": MATERIAL_CONFLICT,
}

_MATERIAL_MODES: dict[str, frozenset[str]] = {
    # Modes that turn a verbal-conflict type into a material act: an investigation is carried
    # out, a lawsuit filed (PLOVER codes them as ACCUSE, but they change the target's situation).
    "ACCUSE": frozenset({"investigate"}),
}


def quad_class(event_type: str, mode: str | None = None) -> str:
    """The PLOVER quad class of an event type (and mode, where the mode changes it).

    Args:
        event_type: one of the sixteen PLOVER types (case-insensitive).
        mode: the event's PLOVER mode, or None.

    Returns:
        "verbal cooperation", "material cooperation", "verbal conflict" or "material conflict".

    Raises:
        ValueError: when ``event_type`` is not a PLOVER type, so a typo never becomes a trend.
    """
    key = event_type.upper()
    try:
        quad = _QUAD_OF_TYPE[key]
    except KeyError:
        raise ValueError(f"{event_type!r} is not a PLOVER event type: {EVENT_TYPES}") from None
    if mode and mode.lower() in _MATERIAL_MODES.get(key, frozenset()):
        return MATERIAL_CONFLICT
    return quad
