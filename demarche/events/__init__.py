"""PLOVER event coding: triggers, participants, modality and the ``demarche_events`` component.

``quad_class`` summarises event types as verbal/material cooperation/conflict for relation
trends; the component itself lives in ``demarche.events.component`` and is registered on import.
"""

from demarche.events.quad import EVENT_TYPES, QUADS, quad_class

__all__ = ["EVENT_TYPES", "QUADS", "quad_class"]
