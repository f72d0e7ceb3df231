"""Whether a resolved actor is one that event data is about: a political actor.

PLOVER, like CAMEO before it, codes what states, their organs and officials, parties, armed
groups, international bodies, unions and organised opposition do to each other and to people.
Ordinary news also reports companies shipping products, hospitals treating patients, airlines
flying and universities hosting talks: a coder that takes every named body for an actor turns them
into "offers", "aid" and "consultations", which is much of what audits of GDELT find wrong.

Only positive evidence makes a body non-political, because news names many political bodies the
knowledge base does not know ("the National League for Democracy", "SEIU Local 1021"): a civil
sector from the knowledge base (business, media, schools, health) or a name whose head word says
so ("Madrid District Hospital", "Amazon Web Services", "Acme Corp."). Whatever belongs to a
country stays a party as CAMEO codes it (DEU BUS, IRQ CVL); so does any person.
"""

from __future__ import annotations

from demarche.records import Actor

POLITICAL_KINDS = frozenset(
    {"country", "government", "igo", "party", "military", "legislature", "armed group"}
)
CIVIL_SECTORS = frozenset({"BUS", "MNC", "EDU", "MED", "HLH"})
"""Sectors whose bodies act for themselves, not politically: business, media, schools and
universities, health. Beside a political actor they are still parties ("police raided a
newspaper"); on their own they make no event."""
CIVIL_HEADS = frozenset(
    """airline airlines airways clinic co college company corp corporation gmbh hospital inc
    lab laboratories laboratory labs llc ltd magazine newspaper plc services studios technologies
    university""".split()
)
"""Last words of a name that make it a company, a hospital, a school or a paper."""


def is_political(actor: Actor) -> bool:
    """Whether an actor can be a party that event data codes (see the module docstring)."""
    if actor.kind in POLITICAL_KINDS or actor.country or actor.kind == "person":
        return True
    if actor.sector in CIVIL_SECTORS:
        return False
    words = actor.name.lower().replace(".", " ").replace(",", " ").split()
    return not words or words[-1] not in CIVIL_HEADS
