"""Actors: the knowledge base and the ``demarche_actors`` spaCy component.

Other components use two things from here:

* ``doc._.demarche_mentions`` / ``doc._.demarche_actors`` (see ``demarche.pipeline.extensions``):
  every named, nominal ("the North Korean leader", "Hungarian officials") and pronoun mention
  with its actor id, and the actors they point to.
* ``resolve_span(doc, start, end) -> list[str]``: the actor ids for any character span, such as
  an event's source or target phrase. Coordinations give several ids ("Senior Hungarian and
  Romanian officials" -> ``["hungary-gov", "romania-gov"]``); a phrase no mention covers is
  analysed on the spot (country or demonym plus agent noun), and the generic actor it yields is
  added to ``doc._.demarche_actors``. An empty list means the phrase names no known actor.
* ``generic_actor(doc, iso3, sector) -> str``: a country's generic actor for a sector
  (``russia-opp``), for a party named only by kind whose country the context gives.
* ``analyse_phrase(doc, start, end) -> list[str]``: a phrase's actor read from its own words
  (country or demonym plus agent noun), whatever mention covers it: for a headline whose
  title case led the entity recogniser to swallow a verb into a name ("Japan Denounces Actions").
* ``settle_country(doc, actor_id, iso3) -> bool``: a document-local actor with no country takes
  the one its context sets (a name acted on at home by a state body).
"""

from __future__ import annotations

from demarche.actors.resolver import analyse_phrase, generic_actor, resolve_span, settle_country

__all__ = ["analyse_phrase", "generic_actor", "resolve_span", "settle_country"]
