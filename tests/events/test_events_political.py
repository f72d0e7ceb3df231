"""Which resolved actors count as political parties of an event (``demarche.events.political``)."""

from __future__ import annotations

import pytest

from demarche.events.political import is_political
from demarche.records import Actor


@pytest.mark.parametrize(
    "actor",
    [
        Actor("a", "Freedonia", kind="country", country="FRD"),
        Actor("b", "Ministry of Ports", kind="government", sector="GOV"),
        Actor("c", "Sylvanian Steel", kind="organisation", country="SYL", sector="BUS"),
        Actor("d", "Ada Quill", kind="person"),
        Actor("e", "Harbour Workers League", kind="organisation"),
        Actor("f", "Coastal Rights Watch", kind="organisation", sector="NGO"),
    ],
)
def test_states_people_countries_bodies_and_unknown_bodies_count(actor: Actor) -> None:
    assert is_political(actor)


@pytest.mark.parametrize(
    "actor",
    [
        Actor("g", "Globex Corp.", kind="organisation"),
        Actor("h", "Lakeside Hospital", kind="organisation"),
        Actor("i", "Initech Technologies", kind="organisation"),
        Actor("j", "The Daily Planet", kind="organisation", sector="MED"),
        Actor("k", "Northfield University", kind="organisation", sector="EDU"),
    ],
)
def test_bodies_of_business_media_schools_and_health_with_no_country_do_not(actor: Actor) -> None:
    assert not is_political(actor)
