"""Which actors an event's participants are: the phrases participants.py finds, resolved.

``participants.py`` reads the parse for the tokens that play a part (the subject, the object,
the place); this module turns them into ``Participant`` records through the actors component,
and infers the parties news leaves unnamed the way CAMEO and PLOVER code them: the unidentified
attacker of a place, the home country a domestic act is aimed at, a people placed by where it
acts. The actors component is optional: without it every party keeps its words and no actor.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from demarche.events.binding import antecedent
from demarche.events.matching import Trigger
from demarche.events.participants import (
    MAX_CONJUNCTS,
    agentless_passive,
    conjuncts,
    counted,
    listed_names,
    not_an_actor,
    of_doer,
    relative_antecedent,
    representatives,
    source_token,
    state_holder,
    target_tokens,
)
from demarche.events.places import PLACE_ENTS, doer_places, location_tokens, named_doer_places
from demarche.events.political import is_political
from demarche.pipeline.extensions import mention_at, mentions_of
from demarche.records import Participant, Quote

logger = logging.getLogger(__name__)

FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "myself", "ourselves"})
MAX_EVENTS_PER_TRIGGER = 12
MAX_PHRASE_TOKENS = 10
ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC", "PERSON"})
FLEEING = frozenset({"flee", "escape"})
SETTLING = frozenset({"base", "gather", "assemble", "live", "reside"})
"""Participles that place a kind of party where it lives or meets ("based in Lagos"); not
"stationed" or "deployed", which send forces abroad."""
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "SPY"})
"""Sectors of state bodies: one acting on an unnamed kind of people acts on its own country's."""
UNIDENTIFIED_TYPES = frozenset({"ASSAULT", "COERCE"})
"""Acts whose doer, when the text names none ("a roadside bomb killed two soldiers near
Samarra", "a journalist was killed in Beirut"), is coded as the unidentified actor of the
country where they happen (PLOVER sector UNK, "actor for 'two civilians were killed by a
bomb'"; the GSR infers such actors from the event's place)."""
UNIDENTIFIED = "UNK"
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT", "CONCEDE", "REJECT"})
"""Acts that always have another side and, when the text names none, are done at home: dissent
("opposition parties called a general strike"), repression and violence ("police arrested
twelve"), and concessions and refusals ("the minister declined to resign"). A domestic doer's
act of these kinds is aimed at its own country, as CAMEO codes domestic events. Demands,
accusations, threats and sanctions are as often aimed abroad at someone the parse missed, and
cooperative acts are often unilateral: they keep no target."""
HOME_SIDED_TYPES = frozenset({"PROTEST", "CONCEDE", "REJECT"})
"""Domestic acts whose two sides are, failing other evidence, of one country: dissent against
a state and concessions or refusals to its opponents. Violence and repression cross borders
too often ("militants fired rockets at Israeli troops") to place a doer by its victim."""
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM"})
"""Sectors of actors with no home country to act on (the UN, Amnesty, al-Qaeda)."""
ALTERNATIVE_MARKS = frozenset({"neither", "either"})
"""Correlative conjunctions that make coordinated parties alternatives, not joint doers."""
FOREIGN = frozenset({"foreign", "overseas", "expatriate", "migrant", "immigrant"})
"""Modifiers that say a kind of party is not of the country where it is or that acts on it."""
MISHAPS = frozenset(
    """accident avalanche blast blaze collapse crash cyclone disease drought earthquake epidemic
    eruption explosion fire flood flooding heatwave hurricane illness landslide lightning
    mudslide outbreak pandemic quake storm tornado tsunami typhoon virus wildfire""".split()
)
"""Doers that are no one's act: disasters, accidents and diseases ("a fire killed five girls").
A closed class, because a common noun as subject is usually a party ("a rights group accused")."""
ARMS = frozenset(
    """airstrike artillery bomb bombing bomber device explosive grenade gunfire ied landmine
    mine minefield missile mortar rocket shell shelling suicide""".split()
)
"""Words that make a mishap an attack by someone unnamed ("a minefield explosion", "a bomb
blast", "a car bomb explosion")."""

Resolver = Callable[[Doc, int, int], list[str]]
Pair = tuple[Participant | None, Participant | None]


def phrase_bounds(token: Token) -> tuple[int, int]:
    """Token range of the phrase a participant token heads, for the actors component to resolve.

    Left modifiers are kept ("Senior Hungarian and Romanian officials", "Poland's parliament"),
    and for common nouns an "of"/"from" phrase ("a group of Moroccan diplomats"); clauses and
    other prepositional phrases are not, so a party is never read from what it did.
    """
    doc = token.doc
    start, end = token.i, token.i + 1
    lefts = [
        c for c in token.lefts if c.dep_ not in ("punct", "cc", "conj", "advmod", "prep", "preconj")
    ]
    if lefts:
        start = max(min(c.left_edge.i for c in lefts), token.i - MAX_PHRASE_TOKENS)
    # "Serbia's suppression of the unrest in Montenegro": a possessor already says whose it is,
    # and the "of" phrase names what is acted on, not the party
    owned = any(c.dep_ == "poss" for c in token.lefts)
    # a capitalised title no entity holds is a common noun too ("Mayor of Marseille")
    common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_)
    for child in token.rights:
        if child.dep_ in ("flat", "compound") or (
            common
            and not owned
            and child.dep_ == "prep"
            and child.lower_ in ("of", "from")
            # "a group of Moroccan diplomats", not what a clause says ("groups of torturing")
            and any(c.dep_ == "pobj" for c in child.children)
        ):
            end = max(end, min(child.right_edge.i + 1, token.i + MAX_PHRASE_TOKENS))
    if token.ent_iob_ in ("B", "I"):
        ent_start = token.i
        while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
            ent_start -= 1
        ent_end = token.i + 1
        while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
            ent_end += 1
        start, end = min(start, ent_start), max(end, ent_end)
    while start < token.i and (doc[start].is_punct or doc[start].lower_ in ALTERNATIVE_MARKS):
        start += 1
    return start, end


@dataclass(frozen=True)
class _Parties:
    participants: list[Participant]
    resolved: bool
    tokens: frozenset[int]


class PartyFinder:
    """Participants for one document's triggers, resolved once per phrase through the actors
    component's hooks (each optional; see ``make_events_component``)."""

    def __init__(
        self,
        resolve: Resolver | None = None,
        agent_sector: Callable[[list[str]], str | None] | None = None,
        generic: Callable[[Doc, str, str | None], str] | None = None,
        settle: Callable[[Doc, str, str], bool] | None = None,
        phrase: Resolver | None = None,
    ) -> None:
        self.resolve = resolve
        self.agent_sector = agent_sector
        self.generic = generic
        self.settle = settle
        self.phrase = phrase
        self._doc: Doc | None = None
        self._cache: dict[tuple[int, int, bool], list[str]] = {}
        self._covered: set[int] = set()
        self._places: frozenset[int] = frozenset()

    def begin(self, doc: Doc) -> None:
        """Start on a document: note the tokens inside actor mentions (the phrases worth
        resolving, see ``actors``) and those the actors component labelled places."""
        covered: set[int] = set()
        places: set[int] = set()
        mentions = mentions_of(doc)
        if mentions:
            starts = doc.to_array("IDX")  # char offset of each token, for a binary search
            for mention in mentions:
                first = int(numpy.searchsorted(starts, mention.start, side="right")) - 1
                last = int(numpy.searchsorted(starts, mention.end, side="left"))
                covered.update(range(max(first, 0), last))
                if mention.label in PLACE_ENTS:
                    # the actors component's label, which corrects the recogniser's ("near
                    # the town of Samarra" read as a nationality) and adds names it missed
                    places.update(range(max(first, 0), last))
        self._doc, self._cache, self._covered, self._places = doc, {}, covered, frozenset(places)

    def end(self) -> None:
        """Let go of the document, so the component holds no Doc between calls."""
        self._doc, self._cache, self._covered, self._places = None, {}, set(), frozenset()

    def location_tokens(self, trigger: Trigger, used: set[int]) -> list[Token]:
        """The trigger's place phrases, with the document's place labels."""
        return location_tokens(trigger, used, self._doc, self._places)

    def actors(self, span: SpacySpan) -> list[str]:
        """Actor ids for a phrase: through the actors component, else the mention there.

        Resolution is the component's main cost, so phrases are resolved once per document
        and only when they could name an actor: a mention the actors component made, or a
        named entity of a kind an actor can have (a country or demonym inside "Iraqi troops").
        """
        # a span of a headline's re-parse (``EventsComponent._headline``) is read against
        # the article's Doc; it shares the article's token positions but not its reading, so
        # the two are cached apart
        doc = self._doc if self._doc is not None else span.doc
        copy = self._copy(span.doc)
        key = (span.start, span.end, copy)
        if key in self._cache:
            return self._cache[key]
        if not any(t.i in self._covered or doc[t.i].ent_type_ in ACTOR_ENTS for t in span):
            # "Vietnam Rejects Peace Agreement Between Egypt": title case made one title of a
            # country and the words after it, so no mention holds the headline's party; its
            # own words still name it (a country, a demonym, a kind of party)
            ids = self._own_words(doc, span) if copy else []
            self._cache[key] = ids
            return ids
        ids = self._resolve_uncached(doc, span.start_char, span.end_char)
        if copy and self._swallowed(doc, span):
            ids = self._own_words(doc, span)
        elif copy and ids and self._codeless(doc, ids):
            # "Downgrades Ties with Kenya Amid Spat": title case made a name ("Kenya Amid") of
            # a country and an ordinary word, which says nothing; the phrase's own words do
            ids = self._own_words(doc, span) or ids
        self._cache[key] = ids
        return ids

    @staticmethod
    def _swallowed(doc: Doc, span: SpacySpan) -> bool:
        """Whether, in a title-case headline, a name around a participant took in ordinary words
        that the sentence-case copy lowered: "Japan Denounces Actions" read as one organisation,
        "Warns Mexico" as a person. The mention is then no evidence for the participant."""
        copy = span.doc
        for mention in mentions_of(doc):
            if mention.end <= span.start_char or mention.start >= span.end_char:
                continue
            covered = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if covered is not None and any(
                not span.start <= t.i < span.end and copy[t.i].text != t.text
                for t in covered
                if t.i < len(copy)
            ):
                return True
        return False

    def _copy(self, doc: Doc) -> bool:
        """Whether a Doc is a headline's sentence-case copy, not the article's own."""
        return self._doc is not None and doc is not self._doc

    @staticmethod
    def _codeless(doc: Doc, ids: list[str]) -> bool:
        """Whether actors carry neither country nor sector (names the knowledge base lacks)."""
        actors = doc._.demarche_actors or {}
        return all(i in actors and not actors[i].country and not actors[i].sector for i in ids)

    def _own_words(self, doc: Doc, span: SpacySpan) -> list[str]:
        """The actor a phrase's own words name (a country, a demonym and an agent noun)."""
        if self.phrase is None:
            return []
        try:
            return list(self.phrase(doc, span.start_char, span.end_char))
        except Exception:
            logger.exception("actors.analyse_phrase failed on %s", span.text)
            return []

    def _resolve_uncached(self, doc: Doc, start: int, end: int) -> list[str]:
        if self.resolve is not None:
            try:
                return list(self.resolve(doc, start, end))
            except Exception:  # a sibling component's bug must not lose the events
                logger.exception("actors.resolve_span failed on %d-%d", start, end)
        mention = mention_at(doc, start, end)
        if mention is not None and mention.actor:
            return [mention.actor]
        return []

    def _parties(
        self, token: Token, quote: Quote | None, target: bool = False, depth: int = 0
    ) -> _Parties:
        """The participants a phrase names (with its conjuncts) and whether any is an actor.

        A common noun that names no actor ("officials", "a group") stands for the names inside
        it ("officials from both the U.S. and South Korea", "Belarus's calls").
        """
        doc = token.doc
        found: list[Participant] = []
        used: set[int] = set()
        resolved = False
        for conjunct in conjuncts(token):
            used.add(conjunct.i)
            if quote is not None and quote.speaker and conjunct.lower_ in FIRST_PERSON:
                end = conjunct.idx + len(conjunct)
                found.append(Participant(quote.speaker, conjunct.idx, end, conjunct.text))
                resolved = True
                continue
            start, end = phrase_bounds(conjunct)
            span = doc[start:end]
            ids = self.actors(span)
            if not ids and self._is_agent(conjunct) and not _foreign(conjunct):
                # "civilians in Venezuela", "police in Sindh": an agent noun takes its country
                # from where it is placed
                span = doc[start : _placed_end(conjunct, end)]
                ids = self.actors(span) if span.end > end else []
                span = span if ids else doc[start:end]
                ids = [self._of_kind(doc, actor, conjunct) for actor in ids]
            if ids:
                found.extend(
                    Participant(actor, span.start_char, span.end_char, span.text) for actor in ids
                )
                resolved = True
                continue
            bound = antecedent(conjunct) if conjunct.pos_ == "PRON" and depth == 0 else None
            if bound is not None:
                # "the RUF announced it will return weapons": the pronoun's actor is its
                # antecedent's; the participant keeps the antecedent's words, which name it
                inner = self._parties(bound, quote, target, depth + 1)
                if inner.resolved:
                    found.extend(inner.participants)
                    resolved = True
                    continue
                if inner.participants and self._is_agent(bound):
                    # "fundamentalists continued their hunger strike": a kind of party keeps
                    # its words, which the context can place (``_home_side``), unlike "their"
                    found.extend(inner.participants)
                    continue
            # a capitalised word no entity holds is a common noun too ("Denounces Actions By
            # Pakistan" in title case)
            common = conjunct.pos_ == "NOUN" or (
                conjunct.pos_ == "PROPN" and not conjunct.ent_type_ and self._copy(doc)
            )
            reps = representatives(conjunct) if common and depth == 0 else []
            # a kind of party with an unresolved name inside ("Kashmiri protesters") keeps its
            # own words, so that the context can still place it (``_placed``)
            named = self._parties(reps[0], quote, target, depth + 1) if reps else None
            kind = reps[0].head if reps else None
            if (
                named is not None
                and not named.resolved
                and kind is not None
                and reps[0].dep_ in ("amod", "compound")
                and self._is_agent(kind)
            ):
                # "demands from Shona rebels": an unknown name modifying a kind of party keeps
                # the kind's words, which the context can place (``domestic``)
                named = self._parties(kind, quote, target, depth + 1)
            if named is not None and (named.resolved or not self._is_agent(conjunct)):
                found.extend(named.participants)
                used.update(named.tokens)
                resolved = resolved or named.resolved
            elif not not_an_actor(conjunct) and (
                conjunct.ent_type_ or conjunct.pos_ in ("PROPN", "PRON") or self._is_agent(conjunct)
            ):
                # a party the actors component could not pin down ("rebels", "he"): its words
                # are kept, so the event is still reported, with no actor id
                found.append(Participant(None, span.start_char, span.end_char, span.text))
        return _Parties(found[:MAX_CONJUNCTS], resolved, frozenset(used))

    def _of_kind(self, doc: Doc, actor_id: str, noun: Token) -> str:
        """A country a kind of party was placed by stands for its people of that kind: "refugees
        fleeing the war in Liberia" are Liberian refugees, not Liberia."""
        actor = (doc._.demarche_actors or {}).get(actor_id)
        if actor is None or actor.kind != "country" or not actor.country:
            return actor_id
        generic = self._generic(doc, actor.country, self._sector(noun))
        return actor_id if generic is None else generic

    def _generic(self, doc: Doc, country: str, sector: str | None) -> str | None:
        """The actors component's generic actor for a country's people of a sector (None for
        the country itself), or None when that component is absent or fails."""
        if self.generic is None:
            return None
        try:
            return self.generic(doc, country, sector)
        except Exception:
            logger.exception("actors.generic_actor failed")
            return None

    def _is_agent(self, token: Token) -> bool:
        """Whether a common noun names a kind of actor ("rebels", "riot police", "activists")."""
        return self._sector(token) is not None

    def _sector(self, token: Token) -> str | None:
        """The sector a common noun names ("rebels" REB, "riot police" COP), if any."""
        token = counted(token)  # "hundreds of students" are students
        if self.agent_sector is None or token.pos_ != "NOUN":
            return None
        modifiers = [t for t in token.lefts if t.dep_ in ("compound", "amod")]
        head = token.lemma_.lower()
        try:
            # adjectives count ("ethnic minorities", "armed forces": the longest known phrase
            # wins); a noun modifier keeps its number ("rights group", "arms dealer"): looked up
            # as written first, then lemmatised
            return self.agent_sector([*(t.lower_ for t in modifiers), head]) or (
                self.agent_sector([*(t.lemma_.lower() for t in modifiers), head])
                if any(t.lower_ != t.lemma_.lower() for t in modifiers)
                else None
            )
        except Exception:
            logger.exception("actors agent lookup failed")
            return None

    def names_an_actor(
        self,
        doc: Doc,
        pairs: list[tuple[Participant | None, Participant | None]],
        violent: bool = False,
        copy: Doc | None = None,
    ) -> bool:
        """Whether a party is an actor: a resolved one, a name of an actor's kind, or a noun for a
        kind of party that acts politically ("rebels", "riot police", "workers"); without the
        actors component, any party will do.

        Plain people ("people", "women", "a family", "the suspect": sector CVL) count only beside
        an actor: interviews and features are full of people meeting, accepting and discussing,
        which are not events between actors. So does a doer that is a resolved body of no
        political standing (``is_political``: a company, a hospital, a newspaper): "the hospital
        treated 25 wounded people" and "the firm offered flights to Havana" are business, not aid
        or agreement. Such a body on the receiving end still counts, since an unnamed doer acting
        on it may well be a state ("the company was fined"), and violence and protest are news
        whoever takes part (``violent``, ``FREE_ACTS``).
        """
        parties = [p for pair in pairs for p in pair if p is not None]
        if self.resolve is None:
            return bool(parties)
        actors = doc._.demarche_actors or {}
        doers = {id(source) for source, _ in pairs if source is not None}
        for party in parties:
            if party.actor:
                actor = actors.get(party.actor)
                if actor is None or violent or id(party) not in doers or is_political(actor):
                    return True
                continue
            span = doc.char_span(party.start, party.end, alignment_mode="expand")
            if span is None:
                continue
            if span.root.pos_ != "PRON" and any(t.ent_type_ in ACTOR_ENTS for t in span):
                return True
            # a headline's kind of party is read from its sentence-case copy ("Police Raid ...")
            said = copy.char_span(party.start, party.end, alignment_mode="expand") if copy else None
            if any(self._sector(s.root) not in (None, "CVL") for s in (span, said) if s):
                return True
        return False

    def _as_territory(self, place: Participant) -> Participant:
        """A place acted on or in as its country ("a curfew in West Darfur" is imposed on Sudan,
        not on Sudan's government, whatever the place's phrase resolved to)."""
        doc = self._doc
        actors = (doc._.demarche_actors or {}) if doc is not None else {}
        actor = actors.get(place.actor or "")
        if doc is None or actor is None or not actor.country:
            return place
        generic = self._generic(doc, actor.country, None)
        return place if generic is None else replace(place, actor=generic)

    def domestic(
        self,
        doc: Doc,
        pairs: list[tuple[Participant | None, Participant | None]],
        place_ids: list[str],
    ) -> list[tuple[Participant | None, Participant | None]]:
        """Parties named only by kind, given the country the context sets, as CAMEO codes them.

        "Riot police used tear gas to disperse demonstrators in Monrovia": the demonstrators
        are Liberian opposition (LBR OPP) because the event happens in Liberia; "the junta
        arrested political opponents": the opponents are the junta's own country's, since a state
        body acting on an unnamed kind of people acts at home. A party the text places nowhere
        keeps its words and no actor.
        """
        if self.generic is None or self.agent_sector is None:
            return pairs
        actors = doc._.demarche_actors or {}
        place = next((actors[i].country for i in place_ids if i in actors), None)
        done: list[tuple[Participant | None, Participant | None]] = []
        for source, target in pairs:
            home = place
            if home is None and source is not None and source.actor in actors:
                doer = actors[source.actor]
                home = doer.country if doer.sector in STATE_SECTORS else None
            source = self._placed(doc, source, place)
            target = self._placed(doc, target, home)
            if target is not None and target.actor and home is not None:
                self._settle(doc, target.actor, home)
            if source is not None and target is not None and source.actor == target.actor:
                target = None if self.same(source, target) else target
            done.append((source, target))
        return done

    def _settle(self, doc: Doc, actor_id: str, country: str) -> None:
        """A name the actors component gave no country takes its context's (see ``domestic``):
        "the Sandinista government ordered La Prensa to close" acts on a Nicaraguan paper."""
        if self.settle is None:
            return
        try:
            self.settle(doc, actor_id, country)
        except Exception:
            logger.exception("actors.settle_country failed")

    def _placed(
        self, doc: Doc, party: Participant | None, country: str | None
    ) -> Participant | None:
        """The party as its country's generic actor of its kind, when it has no actor yet."""
        if party is None or party.actor or country is None or self.generic is None:
            return party
        span = doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is None or span.root.pos_ != "NOUN":
            return party
        if _foreign(span.root):
            return party  # "arrested foreign journalists in Nairobi": not Kenya's
        sector = self._sector(span.root)
        if sector is None:
            return party
        actor = self._generic(doc, country, sector)
        return party if actor is None else replace(party, actor=actor)

    def same(self, source: Participant | None, target: Participant | None) -> bool:
        """Whether a target is the source again; a people named by their adjective acting on
        their state named as such are two parties ("Iraqi Kurds demonstrated for independence
        from Iraq": IRQ against IRQ, as CAMEO codes it), though both resolve to the country."""
        if not _same(source, target) or source is None or target is None or not source.actor:
            return _same(source, target)
        doc = self._doc
        if doc is None or (source.start, source.end) == (target.start, target.end):
            return True
        said = doc.char_span(source.start, source.end, alignment_mode="expand")
        named = doc.char_span(target.start, target.end, alignment_mode="expand")
        if said is None or named is None or named.root.ent_type_ != "GPE":
            return True
        return any(t.ent_type_ == "GPE" or t.pos_ == "PRON" for t in said)

    @staticmethod
    def _speaker(quote: Quote) -> Participant | None:
        if not quote.speaker or quote.source is None:
            return None
        source = quote.source
        return Participant(quote.speaker, source.start, source.end, source.text)

    def pairs(
        self, trigger: Trigger, quote: Quote | None
    ) -> tuple[list[tuple[Participant | None, Participant | None]], set[int], bool]:
        """(source, target) pairs for a trigger, the tokens the participants took, and whether
        the doer is a mishap rather than an actor ("a fire killed five girls")."""
        src_token = source_token(trigger)
        antecedent_ = None if trigger.nominal else relative_antecedent(trigger.token)
        if antecedent_ is not None and self._is_agent(antecedent_):
            # "the rebels, who attacked ...": a kind of party is the doer itself, not a thing
            # whose clause's subject acts ("the trip, which includes stops in ...")
            src_token = antecedent_
        holder = state_holder(trigger)
        if holder is not None and self._is_agent(holder):
            # "an activist on hunger strike": the kind in that state acts, not the subject of
            # the clause that mentions it ("a debate on sanctions" keeps the clause's)
            src_token = holder
        doer = of_doer(trigger)
        if (
            doer is not None
            and self._is_agent(doer)
            and (src_token is None or src_token.pos_ == "PRON")
        ):
            # "marches of 250,000 protesters": the kind of party the act is of does it, not a
            # pronoun subject of the clause that mentions the act ("this included marches of");
            # a named one may be the doer still ("the US sped up the withdrawal of forces")
            src_token = doer
        sources: list[Participant] = []
        used: set[int] = set()
        if src_token is not None:
            parties = self._parties(src_token, quote)
            sources, used = parties.participants, set(parties.tokens)
            sources.extend(self._listed(src_token, quote, sources, used))
        if not sources and quote is not None and quote.kind == "direct":
            # '"Ready to talk at any time," Kim said': in direct speech the speaker acts
            speaker = self._speaker(quote)
            sources = [speaker] if speaker is not None else []
        thing = (
            src_token is not None
            and not sources
            and src_token.lemma_.lower() in MISHAPS
            and not any(t.lemma_.lower() in ARMS for t in src_token.subtree)
        )
        if not sources and not thing and (src_token is not None or agentless_passive(trigger)):
            # a doer the text leaves unnamed ("a car bomb killed", "was killed"), not one the
            # parse lost
            unidentified = self._unidentified(trigger, src_token, used)
            sources = [unidentified] if unidentified is not None else []
        targets: list[Participant] = []
        fallback: _Parties | None = None
        for candidate in target_tokens(trigger, src_token):
            parties = self._parties(candidate, quote, target=True)
            others = [p for p in parties.participants if not any(self.same(s, p) for s in sources)]
            if others and parties.resolved:
                targets = others
                used.update(parties.tokens)
                break
            if others and fallback is None:
                fallback = _Parties(others, parties.resolved, parties.tokens)
        if not targets and len(sources) < 2:
            # no actor named as recipient: the place acted on or in is the recipient ("imposed
            # a curfew in Cizre"), as PLOVER's gold records code it; failing that, the
            # unresolved words that were found. Several doers act on each other ("Russia and
            # Ukraine held talks in Istanbul"), not on the venue. A kind of party found
            # ("arrested dozens of protesters in Nairobi", "killed 23 people in Tel Aviv") is
            # the recipient still: the place gives it its country (``domestic``)
            for place in self.location_tokens(trigger, used):
                parties = self._parties(place, quote, target=True)
                others = [self._as_territory(p) for p in parties.participants if p.actor]
                others = [p for p in others if not any(_same(p, s) for s in sources)]
                if others:
                    targets = [] if self._kinds(fallback) else others[:1]
                    break
        if not targets and fallback is not None:
            targets = fallback.participants
            used.update(fallback.tokens)
        pairs: list[tuple[Participant | None, Participant | None]]
        if targets:
            actors: list[Participant | None] = list(sources) or [None]
            pairs = [(s, t) for s in actors for t in targets if not self.same(s, t)]
            pairs = pairs or [(sources[0] if sources else None, None)]
        elif len(sources) > 1 and src_token is not None and _alternatives(src_token):
            # "neither Russia nor Ukraine attended": each is a doer apart, not the other's party
            pairs = [(s, None) for s in sources]
        elif len(sources) > 1:
            # "Jordan and Britain agreed": a reciprocal event, each party the other's target
            pairs = [(s, sources[(k + 1) % len(sources)]) for k, s in enumerate(sources)]
        else:
            pairs = [(sources[0] if sources else None, None)]
        return pairs[:MAX_EVENTS_PER_TRIGGER], used, thing

    def _kinds(self, parties: _Parties | None) -> bool:
        """Whether unresolved parties are all named by kind ("dozens of protesters", "23
        people"), which a place can give a country, unlike a name or a pronoun."""
        doc = self._doc
        if parties is None or parties.resolved or doc is None or not parties.participants:
            return False
        for party in parties.participants:
            span = doc.char_span(party.start, party.end, alignment_mode="expand")
            if span is None or span.root.pos_ != "NOUN" or not self._is_agent(span.root):
                return False
        return True

    def _listed(
        self, token: Token, quote: Quote | None, sources: list[Participant], used: set[int]
    ) -> list[Participant]:
        """Parties listed with the subject by a comma alone ("Chile, Peru Agree to ..."), when
        they are actors of other countries than the subject's (so "Lyon, France" stays one)."""
        doc = self._doc if self._doc is not None else token.doc
        actors = doc._.demarche_actors or {}
        countries = {actors[p.actor].country for p in sources if p.actor in actors}
        if not countries:
            return []
        found: list[Participant] = []
        for name in listed_names(token):
            parties = self._parties(name, quote)
            for party in parties.participants:
                # resolving the name may have added its actor to the Doc: read them again
                actor = (doc._.demarche_actors or {}).get(party.actor or "")
                if actor is not None and actor.country and actor.country not in countries:
                    found.append(party)
                    countries.add(actor.country)
                    used.update(parties.tokens)
        return found

    def _unidentified(
        self, trigger: Trigger, doer: Token | None, used: set[int]
    ) -> Participant | None:
        """The unidentified actor of the country where an attack without a named doer happens.

        Its words are the place's ("Samarra" in "a roadside bombing near Samarra killed two
        soldiers"), and its actor is the country's generic actor of sector UNK, so a user can
        tell it was inferred and not named. The place is the event's own, else one named
        inside the doer's phrase (the bombing's). None when no place gives a country.
        """
        if self.generic is None or trigger.spec.type not in UNIDENTIFIED_TYPES:
            return None
        places = self.location_tokens(trigger, used)
        doc = self._doc if self._doc is not None else trigger.token.doc
        if doer is not None:  # entities are the article's: a headline's copy has none
            places.extend(
                p
                for p in doer_places(doer, doc, self._places)
                if p.i not in used and p not in places
            )
            if self._copy(doer.doc):
                # a headline's copy: the article's title case may have hidden the place in a
                # longer name, so its own words are read (``actors``)
                places.extend(
                    p for p in named_doer_places(doer) if p.i not in used and p not in places
                )
        for place in places[:MAX_CONJUNCTS]:
            start, end = phrase_bounds(place)
            span = place.doc[start:end]
            for actor_id in self.actors(span):
                actor = (doc._.demarche_actors or {}).get(actor_id)
                if actor is None or not actor.country:
                    continue
                unknown = self._generic(doc, actor.country, UNIDENTIFIED)
                if unknown is not None:
                    return Participant(
                        unknown, span.start_char, span.end_char, span.text, implied=True
                    )
        return None

    def implied_targets(
        self,
        doc: Doc,
        pairs: list[tuple[Participant | None, Participant | None]],
        event_type: str,
        place: str | None = None,
    ) -> list[tuple[Participant | None, Participant | None]]:
        """A domestic act (``DOMESTIC_TYPES``) with no target named, aimed at its doer's own
        country.

        The target keeps the source's words, which are what give its country ("Kenyan police",
        "Vice-President X"), and is marked ``implied``: it is inferred, not named. A
        country acting as a whole, or a transnational body, has no home to act on, and an act
        placed in another country (``place``) is not done at home: those keep no target. A
        people resolved to its country ("thousands of Nigerians marched") acts at home like
        any domestic party. First, a doer of no known country facing a side of a known one, in
        dissent or a concession with no place named, is given that country (``_home_side``).
        """
        if event_type not in DOMESTIC_TYPES or self.generic is None:
            return pairs
        if event_type in HOME_SIDED_TYPES and place is None:
            pairs = [(self._home_side(doc, source, target), target) for source, target in pairs]
        actors = doc._.demarche_actors or {}
        done: list[tuple[Participant | None, Participant | None]] = []
        for source, target in pairs:
            actor = actors.get(source.actor or "") if source is not None else None
            if (
                source is not None
                and target is None
                and actor is not None
                and actor.country
                and place in (None, actor.country)  # an act abroad is not domestic
                and (actor.kind != "country" or self._people(doc, source))
                and actor.sector not in TRANSNATIONAL
            ):
                home = self._generic(doc, actor.country, None)
                target = None if home is None else replace(source, actor=home, implied=True)
            done.append((source, target))
        return done

    def _home_side(
        self, doc: Doc, source: Participant | None, target: Participant | None
    ) -> Participant | None:
        """A doer of no known country protesting, conceding or refusing, with no place named,
        is of the country of the side it faces ("refugees on hunger strike in protest of the
        Russian government's refusal", "President Dos Santos conceded to UNITA's demands"):
        dissent and concessions are done at home (``DOMESTIC_TYPES``). A kind of party becomes
        that country's generic actor of its kind; a name the knowledge base lacks is settled
        there (``settle``). Transnational sides (the UN, Amnesty) give no country."""
        actors = doc._.demarche_actors or {}
        other = actors.get(target.actor or "") if target is not None else None
        if source is None or other is None or not other.country:
            return source
        if other.sector in TRANSNATIONAL:
            return source
        doer = actors.get(source.actor or "")
        if doer is None:
            return self._placed(doc, source, other.country)
        if not doer.country and doer.sector not in TRANSNATIONAL:
            self._settle(doc, doer.id, other.country)
        return source

    @staticmethod
    def _people(doc: Doc, party: Participant) -> bool:
        """Whether a party resolved to a country is named as its people ("thousands of
        Nigerians", "ethnic Albanians in Serbia"): a part of the country acting at home, not
        the state acting as a whole."""
        span = doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is None:
            return False
        labels = {t.ent_type_ for t in span}
        return "NORP" in labels and "GPE" not in labels


def _placed_end(token: Token, end: int) -> int:
    """The end of a noun's phrase extended over its "in"/"inside" place phrase, or over what
    its people flee ("refugees fleeing the war in Liberia" are Liberian), if any."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "inside", "within"):
            return max(end, min(child.right_edge.i + 1, token.i + MAX_PHRASE_TOKENS))
        if child.dep_ == "acl" and child.lemma_.lower() in SETTLING:
            # "finance ministers gathered in Mumbai", "activists based in Lagos": where a kind
            # of party lives or meets places it, as "in" does
            place = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            if place is not None:
                return max(end, min(place.right_edge.i + 1, token.i + MAX_PHRASE_TOKENS))
        if child.dep_ == "acl" and child.lemma_.lower() in FLEEING:
            stop = min(child.right_edge.i + 1, token.i + MAX_PHRASE_TOKENS)
            comma = next((t.i for t in token.doc[child.i : stop] if t.is_punct), stop)
            return max(end, comma)
    return end


def _alternatives(token: Token) -> bool:
    """Whether coordinated parties are alternatives ("neither Russia nor Ukraine", "either
    side"), which do not act together or on each other as "Russia and Ukraine" do."""
    return any(
        (c.dep_ in ("preconj", "det") and c.lower_ in ALTERNATIVE_MARKS)
        or (c.dep_ == "cc" and c.lower_ == "nor")
        for c in token.children
    )


def _foreign(noun: Token) -> bool:
    """Whether a kind of party is said to be from elsewhere ("foreign journalists"), so that
    the place it is in or the state acting on it does not give its country."""
    return any(t.lower_ in FOREIGN for t in noun.lefts)


def _same(a: Participant | None, b: Participant | None) -> bool:
    if a is None or b is None:
        return False
    if a.actor and b.actor:
        return a.actor == b.actor
    return (a.start, a.end) == (b.start, b.end)
