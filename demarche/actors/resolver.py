"""Per-document resolution of named and nominal mentions to actors.

One ``DocumentResolver`` runs per Doc. It walks the named entities in order, so that a surname
("Kim") can be tied to a full name met earlier ("Kim Jong Un"); reads the evidence around each
name (a title and country before it, an appositive after it) to pick among knowledge-base
candidates or to build a document-local actor; maps demonyms, capitals and seats of power to a
country's generic sector actor ("Hungarian officials" -> ``hungary-gov``, "the Kremlin" ->
``russia-gov``); and links definite descriptions ("the North Korean leader") to the person they
re-mention. Pronouns are left to ``demarche.actors.coref``.
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS, PREFIX, SENT_START
from spacy.symbols import ADJ, NOUN, PROPN, X
from spacy.tokens import Doc, Span, Token

from demarche.actors.kb import Entry, KnowledgeBase, load_kb, normalise
from demarche.actors.vocabulary import (
    AMBIGUOUS_PLACES,
    FEMALE_HONORIFICS,
    GROUP_NOMINAL_HEADS,
    GROUP_WINDOW,
    LEADER_TITLES,
    LOCATIVE_PREPS,
    MALE_HONORIFICS,
    MAX_CONTEXT_ENTS,
    PERSON_NOMINAL_HEADS,
    SECTOR_KINDS,
    SECTOR_NAMES,
    TITLE_HEADS,
    TITLE_WORDS,
)
from demarche.pipeline.extensions import mention_at, mentions_of, published_of
from demarche.records import Actor, Mention

NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
WEAK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
"""Labels the small model gives to unfamiliar names; accepted only when the KB knows the name."""

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
JOINERS = frozenset(
    {"of", "'", "’", "-", "bin", "al", "von", "der", "van", "de", "la", "du", "and"}
)
"""Lower-case words that may sit inside a name ("Workers' Party of Korea", "von der Leyen")."""
_SLUG = re.compile(r"[^a-z0-9]+")
NAME_POS = numpy.array([PROPN, NOUN, ADJ, X], dtype="uint64")
NOUN_POS = numpy.array([NOUN, PROPN], dtype="uint64")
PEOPLE_SECTORS = frozenset({"CVL", "AGR", "BUS", "EDU", "LAB", "ELI", "REL", "CRM", "HLH", "SOC"})
"""Sectors of descriptions that name ordinary people; unresolved, they are not kept."""


_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def slug(text: str) -> str:
    """An ASCII id for a name: "Paweł Adamowicz" -> ``pawel-adamowicz``."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c))
    found = _SLUG.sub("-", ascii_text).strip("-")
    if not found:  # a name in another script: a stable id from its hash
        found = "actor-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return found


@dataclass
class Draft:
    """A mention being resolved, with the syntax that coreference needs."""

    start: int
    end: int
    label: str
    actor: str | None
    root: Token
    plural: bool = False
    in_quote: bool = False
    gender: str | None = None

    @property
    def subject(self) -> bool:
        return self.root.dep_ in SUBJECT_DEPS


@dataclass
class Evidence:
    """What the words around a name say about its bearer."""

    title: str | None = None
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    former: bool = False


_BY_FIRST_NAME: tuple[KnowledgeBase, dict[str, list[str]]] | None = None
"""The index for the knowledge base last asked about (held with it: an ``id`` can be reused)."""


def _surnames_by_first_name(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Seed surnames by the first name they go with, built once per knowledge base.

    A fuzzy look-up then compares a surname with the few seed persons sharing its first
    name, not with thousands of surnames.
    """
    global _BY_FIRST_NAME
    if _BY_FIRST_NAME is not None and _BY_FIRST_NAME[0] is kb:
        return _BY_FIRST_NAME[1]
    index: dict[str, list[str]] = {}
    for surname, ids in kb.seed_surnames.items():
        for actor_id in ids:
            first = normalise(kb.entries[actor_id].name).split()[0]
            keys = index.setdefault(first, [])
            if surname not in keys:
                keys.append(surname)
    _BY_FIRST_NAME = (kb, index)
    return index


@dataclass
class DocumentResolver:
    """Resolution state for one document: actors met so far and their mentions."""

    kb: KnowledgeBase
    doc: Doc
    date: str | None
    actors: dict[str, Actor] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    drafts: list[Draft] = field(default_factory=list)
    names: list[tuple[frozenset[str], str]] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)
    generic_ids: set[str] = field(default_factory=set)
    person_tokens: set[int] = field(default_factory=set)
    token_keys: dict[int, str] = field(default_factory=dict)
    tokens: dict[int, Token] = field(default_factory=dict)

    def __post_init__(self) -> None:
        starts = self.doc.to_array([SENT_START])
        self.sent_starts: list[int] = [int(i) for i in numpy.flatnonzero(starts == 1)]
        if not self.sent_starts or self.sent_starts[0] != 0:
            self.sent_starts.insert(0, 0)
        # capitalised tokens, read from the first-character attribute: ``Doc.text`` would
        # join every token on each access
        prefixes = self.doc.to_array([PREFIX])
        self.capital = member(prefixes, upper_hashes(self.doc.vocab.strings))
        self.ents: list[Span] = list(self.doc.ents)
        self.ent_starts = [ent.start for ent in self.ents]
        self.ent_index: dict[int, Span] = {}
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_index[i] = ent

    def sentence_of(self, i: int) -> tuple[int, int]:
        """Token bounds of the sentence holding token ``i`` (``Span.sent`` rescans the Doc)."""
        index = bisect.bisect_right(self.sent_starts, i) - 1
        end = self.sent_starts[index + 1] if index + 1 < len(self.sent_starts) else len(self.doc)
        return self.sent_starts[index], end

    def ent_at(self, i: int) -> Span | None:
        """The entity holding token ``i`` (indexed once: ``doc.ents`` is rebuilt per call)."""
        return self.ent_index.get(i)

    # ----------------------------------------------------------------- registration
    def use_entry(self, entry: Entry, evidence: Evidence | None = None) -> str:
        """Register a knowledge-base actor; a title in the text fills in what the seed lacks.

        The converted seed dictionaries give codes but no titles and stop in 2018, so a title
        before the name ("Lebanon's new President Elias Hrawi") supplies role and sector.
        """
        if entry.id not in self.actors:
            actor = entry.to_actor(self.date)
            if evidence is not None and evidence.title and entry.source == "phoenix":
                actor = replace(
                    actor,
                    country=evidence.country or actor.country,
                    sector=evidence.sector or actor.sector,
                    roles=(evidence.title,),
                )
            self.actors[entry.id] = actor
            if entry.gender:
                self.genders[entry.id] = entry.gender
        return entry.id

    def generic(self, iso3: str, sector: str | None) -> str:
        """The country actor, or the country's generic actor for a sector (``syria-reb``)."""
        country = self.kb.country_entry(iso3)
        base = country.id if country else iso3.lower()
        if sector is None:
            if country is not None:
                return self.use_entry(country)
            self.actors.setdefault(base, Actor(base, iso3, kind="country", country=iso3))
            return base
        actor_id = f"{base}-{sector.lower()}"
        self.generic_ids.add(actor_id)
        if actor_id in self.kb.entries:
            return self.use_entry(self.kb.entries[actor_id])
        if actor_id not in self.actors:
            adjective = (
                country.demonyms[0]
                if country and country.demonyms
                else (country.name if country else iso3)
            )
            adjective = adjective[:-1] if adjective.endswith("ns") else adjective
            noun = SECTOR_NAMES.get(sector, sector.lower())
            self.actors[actor_id] = Actor(
                id=actor_id,
                name=f"{adjective} {noun}",
                kind=SECTOR_KINDS.get(sector, "group"),
                country=iso3,
                sector=sector,
            )
        return actor_id

    def local(self, name: str, kind: str, evidence: Evidence) -> str:
        """A document-local actor for a name the knowledge base does not know."""
        actor_id = slug(name)
        if actor_id in self.kb.entries:
            actor_id = f"{actor_id}-local"
        roles: tuple[str, ...] = (evidence.title,) if evidence.title else ()
        existing = self.actors.get(actor_id)
        if existing is not None and (existing.country or not evidence.country):
            return actor_id
        self.actors[actor_id] = Actor(
            id=actor_id,
            name=name,
            kind=kind,
            country=evidence.country,
            sector=evidence.sector or ("GOV" if evidence.title and kind == "person" else None),
            roles=roles,
        )
        if evidence.gender:
            self.genders[actor_id] = evidence.gender
        return actor_id

    def add(self, span: Span, label: str, actor: str | None, gender: str | None = None) -> None:
        root = span.root
        plural = root.tag_ in ("NNS", "NNPS")
        self.drafts.append(Draft(span.start, span.end, label, actor, root, plural, gender=gender))
        self.covered.update(range(span.start, span.end))
        if label == "PERSON":
            self.person_tokens.update(range(span.start, span.end))

    # ----------------------------------------------------------------- evidence
    def country_in(self, tokens: list[Token], closest: bool = False) -> str | None:
        """The country named by GPE/NORP entities (or demonyms, capitals) among some tokens.

        ``closest`` prefers the last one, the nearest to a name that follows the tokens.
        """
        seen: set[int] = set()
        for token in reversed(tokens) if closest else tokens:
            if token.i in seen or opposed(token):
                continue
            if token.ent_type_ in ("GPE", "NORP", "LOC") and token.ent_iob_ in ("B", "I"):
                ent = self.ent_at(token.i)
                if ent is not None:
                    seen.update(range(ent.start, ent.end))
                    iso = self.kb.country_of(ent.text)
                    if iso:
                        return iso
            if token.text[:1].isupper():
                iso = self.kb.country_of(token.text) or self._country_words(token, tokens)
                if iso:
                    return iso
        return None

    def _country_words(self, token: Token, tokens: list[Token]) -> str | None:
        """A country of two or three capitalised words starting at a token, inside a name the
        recogniser labelled otherwise ("South Africa Army", "Saudi Arabia Airlines")."""
        doc = token.doc
        among = {t.i for t in tokens}
        for size in (2, 3):
            end = token.i + size
            if end > len(doc) or not all(i in among for i in range(token.i, end)):
                break
            words = doc[token.i : end]
            if not all(t.text[:1].isupper() for t in words):
                break
            iso = self.kb.country_of(words.text)
            if iso:
                return iso
        return None

    def title_evidence(self, span: Span) -> Evidence:
        """Title, country and gender from the words before a name and from an appositive."""
        evidence = Evidence()
        doc = span.doc
        sent_start = self.sentence_of(span.start)[0]
        i = span.start - 1
        words: list[Token] = []
        while i >= sent_start and span.start - i <= 8:
            token = doc[i]
            lower = token.lower_
            if token.text in ("-", "–"):
                words.insert(0, token)  # "Secretary-General" is split at its hyphen
                i -= 1
                continue
            if (token.is_punct and lower not in ("'s", "’s")) or token.is_space:
                break
            if i in self.person_tokens:
                break  # another person's name: "Libyan leader Gaddafi and Bulgarian President X"
            if lower == "and" and not (
                i > sent_start and doc[i - 1].lower_ in TITLE_WORDS and doc[i - 1].ent_type_ == ""
            ):
                break  # "Planning and Investment Minister" joins titles; nothing else does
            capitalised = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")
            if (
                lower in ("'s", "’s")
                or lower in TITLE_WORDS
                or token.ent_type_ in ("GPE", "NORP")
                or capitalised
            ):
                words.insert(0, token)
            else:
                break
            i -= 1
        while words and words[0].lower_ in ("the", "and", "of", "for"):
            words.pop(0)
        root = span.root
        rights = list(root.rights) if root.n_rights else []
        for prep in rights:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i >= span.end:
                country = self.country_in([c for c in prep.rights if c.dep_ == "pobj"])
                if country:
                    evidence.country = country  # "King Hassan of Morocco"
        apposition = [c for c in rights if c.dep_ == "appos" and c.i >= span.end]
        if root.dep_ == "appos" and root.head.i < span.start:
            apposition.append(root.head)
            holder = root.head
            if (
                holder.dep_ == "pobj"
                and holder.head.lower_ == "of"
                and holder.head.head.i < holder.i
            ):
                # "deputy governor of the Tyumen region, Oleg Chemezov": the parser hangs the
                # name on the title's place, not on the title
                apposition.append(holder.head.head)
        appos_words: list[Token] = []
        for head in apposition:
            lemma = head.lemma_.lower()
            # a title ("UN secretary-general") or a kind of actor ("Algeria's leading human
            # rights activist") says who the named person is
            if head.lower_ in TITLE_HEADS or lemma in TITLE_HEADS or self.kb.agent_sector([lemma]):
                appos_words = [t for t in head.subtree if t.i < span.start or t.i >= span.end]
                break
        for token in (*words, *appos_words):
            if token.ent_type_ == "ORG" and token.ent_iob_ == "B":
                ent = self.ent_at(token.i)
                entry = next(iter(self.kb.lookup(ent.text)), None) if ent is not None else None
                if entry is not None and (entry.kind == "igo" or entry.sector == "IGO"):
                    # "U.N. Secretary-General Kofi Annan", "Kofi Annan, UN secretary-general"
                    evidence.sector = "IGO"
        for source in (words, appos_words):
            if not source:
                continue
            country = self.country_in(source, closest=source is words)
            if country and not evidence.country:
                evidence.country = country
            title_tokens = [
                t
                for t in source
                if t.ent_type_ not in ("GPE", "NORP")
                and not self.kb.country_of(t.text)
                and t.lower_ not in ("'s", "’s", "the", "a", "an")
                and not t.is_punct
            ]
            lowers = [t.lower_ for t in title_tokens]
            if "former" in lowers or "ex" in lowers:
                evidence.former = True
            for token in title_tokens:
                if token.lower_ in MALE_HONORIFICS:
                    evidence.gender = "m"
                elif token.lower_ in FEMALE_HONORIFICS:
                    evidence.gender = "f"
            heads = [t for t in title_tokens if t.lower_ in TITLE_HEADS]
            if heads and not evidence.title:
                last = max(heads, key=lambda t: t.i)
                kept = [
                    t
                    for t in title_tokens
                    if t.i <= last.i and t.lower_ not in ("former", "ex", "mr", "mr.", "mrs", "ms")
                ]
                while kept and kept[0].lower_ in ("of", "and", "for", "senior", "top"):
                    kept.pop(0)
                title = kept and self.doc[kept[0].i : kept[-1].i + 1].text
                evidence.title = title[:1].upper() + title[1:] if title else None
                # agent phrases are keyed without hyphens: "secretary - general" is not a general
                agent = self.kb.agent_sector(t.lower_ for t in kept if t.text not in ("-", "–"))
                evidence.sector = evidence.sector or agent or "GOV"
                if title and not evidence.country:
                    # a title only one country has ("Unification Minister") names the country
                    countries = self.kb.title_countries.get(title.lower(), set())
                    if len(countries) == 1:
                        evidence.country = next(iter(countries))
        return evidence

    # ----------------------------------------------------------------- choosing entries
    def pick(
        self, candidates: list[Entry], evidence: Evidence, short: bool, strict: bool = False
    ) -> Entry | None:
        """The one candidate the evidence and the publication date support, or None.

        With a title, a candidate who held that title at the publication date wins ("President
        Yoon" in 2023); ``strict`` refuses candidates who did not hold it then, so that a caller
        can look further before settling for a former holder.
        """
        if not candidates:
            return None
        pool = candidates
        if evidence.country:
            same = [
                e
                for e in pool
                if e.country == evidence.country
                or any(r.country == evidence.country for r in e.roles)
            ]
            pool = same or ([] if short else pool)
        if evidence.title and pool:
            head = evidence.title.lower().split()[-1]
            titled = [e for e in pool if any(r.title and head in r.title.lower() for r in e.roles)]
            pool = titled or pool
            if self.date and not evidence.former:
                now = [
                    e
                    for e in pool
                    if any(
                        r.title and head in r.title.lower() and r.valid_at(self.date)
                        for r in e.roles
                    )
                ]
                if now:
                    pool = now
                elif strict:
                    return None
        if len(pool) > 1 and not evidence.former:
            current = [
                e for e in pool if not e.roles or any(r.valid_at(self.date) for r in e.roles)
            ]
            pool = current or pool
        if len(pool) > 1:
            curated = [e for e in pool if e.source not in ("phoenix", "ngec+phoenix")]
            pool = curated or pool
        if len(pool) == 1 or (pool and not short):
            return pool[0]
        return None

    def pick_seed(self, surname: str, evidence: Evidence) -> Entry | None:
        """A seed-dictionary person for a titled surname ("President Mugabe").

        The seed lists carry no titles, so the sector of the title and the country (when the
        text gives one) must fit; the candidates must agree on one country, else it is a guess.
        """
        pool = [self.kb.entries[i] for i in self.kb.seed_surnames.get(surname, ())]
        if evidence.country:
            pool = [e for e in pool if e.country == evidence.country]
        if evidence.sector:
            pool = [e for e in pool if any(r.sector == evidence.sector for r in e.roles)]
        if not pool or len({e.country for e in pool}) != 1:
            return None
        return max(pool, key=lambda e: max((r.end or "9999") for r in e.roles))

    def misspelt_seed(self, words: list[str], evidence: Evidence) -> Entry | None:
        """A seed person whose surname the text misspells ("President Francois Mitterand").

        Wire copy misspells foreign office holders' names; with a title in front, the same
        first name and a surname one or two letters off, the person is the seed one. Only
        surnames seen with that first name are compared, so the cost stays small; the
        candidates must agree on one country, else it is a guess.
        """
        surname = words[-1]
        if len(surname) < 6:
            return None
        bucket = _surnames_by_first_name(self.kb).get(words[0], [])
        close = difflib.get_close_matches(surname, bucket, n=3, cutoff=0.88)
        pool = [entry for key in close for entry in self.seed_persons(words[0], key)]
        if evidence.sector:
            pool = [e for e in pool if any(r.sector == evidence.sector for r in e.roles)]
        if not pool or len({e.country for e in pool}) != 1:
            return None
        return pool[0]

    def seed_persons(self, first: str, surname: str) -> list[Entry]:
        """Seed persons with this first name and surname, whatever middle names their full
        name adds ("Carlos Menem": Carlos Saul Menem)."""
        ids = self.kb.seed_surnames.get(surname, ())
        return [
            self.kb.entries[i]
            for i in ids
            if normalise(self.kb.entries[i].name).split()[0] == first
        ]

    def sentence_country(self, span: Span) -> str | None:
        """The one country a sentence names, for a titled person the text gives none for.

        Countries that introduce another titled name ("South African leader de Klerk") are
        that person's, not this one's; with two or more candidates nothing is inferred.
        """
        start, end = self.sentence_of(span.start)
        found: set[str] = set()
        first = bisect.bisect_left(self.ent_starts, start)
        for ent in self.ents[first : first + 50]:
            if ent.start >= end:
                break
            if ent.end > end or ent.label_ not in ("GPE", "NORP"):
                continue
            after = ent.end
            while after < end and self.doc[after].lower_ in TITLE_WORDS:
                after += 1
            if (
                after > ent.end
                and after < end
                and after != span.start
                and self.doc[after].ent_type_ == "PERSON"
            ):
                continue
            iso = self.kb.country_of(ent.text)
            if iso:
                found.add(iso)
        return next(iter(found)) if len(found) == 1 else None

    def earlier_full_name(self, key: str) -> str | None:
        """The actor of a longer name met earlier in the document that contains this word."""
        for words, actor_id in reversed(self.names):
            if key in words:
                return actor_id
        return None

    # ----------------------------------------------------------------- entities
    def resolve_person(self, span: Span, text: str, entries: list[Entry]) -> None:
        evidence = self.title_evidence(span)
        key = normalise(text)
        words = key.split()
        persons = [e for e in entries if e.kind == "person" or e.kind is None]
        actor: str | None = None
        entry: Entry | None = None
        if len(words) == 1:
            actor = self.earlier_full_name(key)
            if actor is None:
                aliases = [self.kb.entries[i] for i in self.kb.short_names.get(key, ())]
                parts = [self.kb.entries[i] for i in self.kb.surnames.get(key, ())]
                exact = [e for e in persons if normalise(e.name) == key]
                entry = (
                    self.pick(exact, evidence, short=True)
                    or self.pick(aliases, evidence, short=True, strict=True)
                    or self.pick(parts, evidence, short=True, strict=True)
                    or self.pick(aliases, evidence, short=True)
                    or (self.pick(parts, evidence, short=True) if evidence.title else None)
                    or (self.pick_seed(key, evidence) if evidence.title else None)
                )
                actor = self.use_entry(entry, evidence) if entry else None
            if actor is None and evidence.title:
                actor = self.local(text, "person", evidence)
        else:
            entry = self.pick(persons, evidence, short=False)
            if entry is None and evidence.title:
                # a titled name without its middle names: only with a title, else a guess
                entry = self.pick(self.seed_persons(words[0], words[-1]), evidence, short=True)
            if entry is None and evidence.title:
                entry = self.misspelt_seed(words, evidence)
            if entry is None:
                earlier = self.earlier_full_name(words[-1])
                if (
                    earlier
                    and self.actors.get(earlier)
                    and words[0] not in normalise(self.actors[earlier].name).split()[:1]
                ):
                    earlier = None
                if (
                    earlier is None
                    and evidence.title
                    and not evidence.country
                    and evidence.sector != "IGO"
                ):
                    evidence.country = self.sentence_country(span)
                actor = earlier or self.local(text, "person", evidence)
            else:
                actor = self.use_entry(entry, evidence)
            self.names.append((frozenset(words), actor))
            if entry is not None:
                shorts = frozenset(normalise(a) for a in entry.aliases if " " not in normalise(a))
                self.names.append((shorts, actor))
        self.add(span, "PERSON", actor, evidence.gender)

    def is_locative(self, span: Span) -> bool:
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS

    def resolve_place(self, span: Span, text: str, label: str, entries: list[Entry]) -> None:
        key = normalise(text)
        other = self.other_country(span, key) or self.region_country(span)
        if other is not None:
            self.add(span, label, self.generic(other, None))
            return
        metonym = self.kb.metonyms.get(key)
        if metonym and (metonym[2] != "capital" or not self.is_locative(span)):
            self.add(span, label, self.generic(metonym[0], metonym[1]))
            return
        iso = self.kb.places.get(key) or self.kb.demonyms.get(key)
        if iso:
            self.add(span, label, self.generic(iso, None))
            return
        others = [e for e in entries if e.kind != "country"]
        entry = self.pick(others, Evidence(), short=False)
        self.add(span, label, self.use_entry(entry) if entry else None)

    def region_country(self, span: Span) -> str | None:
        """For a town placed by the region or country after it ("Antioch, Illinois", "Tripoli,
        Lebanon"), that one's country when it differs from the town name's usual one: the pair
        is how news disambiguates a town name shared by places in several countries.

        Only a region placing a town counts: a country is never re-placed ("Russia, Ukraine"
        lists two parties), a country after a town names the town's own ("Lyon, France"), and a
        town in a list ("Paris, London and Berlin") is not placed by the next one."""
        doc = self.doc
        if span.end + 1 >= len(doc) or doc[span.end].text != ",":
            return None
        after = self.ent_at(span.end + 1)
        if after is None or after.start != span.end + 1 or after.label_ not in ("GPE", "LOC"):
            return None
        if after.root.dep_ not in ("appos", "npadvmod") or any(
            c.dep_ in ("conj", "cc") for c in after.root.children
        ):
            return None
        if after.end < len(doc) and doc[after.end].lower_ in ("and", "or"):
            return None
        countries = set(self.kb.country_ids.values())
        if normalise(span.text) in countries or normalise(after.text) in countries:
            return None  # a country is never re-placed, and a country after a town is its own
        usual = self.kb.country_of(span.text)
        found = self.kb.country_of(after.text)
        return found if found and usual and found != usual else None

    def other_country(self, span: Span, key: str) -> str | None:
        """For a place name of several countries ("Tripoli"), the one the context names when it
        is not the knowledge base's: in the same sentence, else elsewhere in the article. None
        when the context names none of them, or several."""
        candidates = AMBIGUOUS_PLACES.get(key)
        if not candidates:
            return None
        usual = self.kb.country_of(key)
        start, end = self.sentence_of(span.start)
        for low, high in ((start, end), (0, len(self.doc))):
            first = bisect.bisect_left(self.ent_starts, low)
            named = {
                iso
                for ent in self.ents[first : first + MAX_CONTEXT_ENTS]
                if ent.start < high
                and ent.label_ in ("GPE", "NORP")
                and normalise(ent.text) != key
                and (iso := self.kb.country_of(ent.text)) in candidates
            }
            if len(named) == 1:
                found = named.pop()
                return found if found != usual else None
            if named:
                return None
        return None

    def head_sector(self, token: Token) -> tuple[str | None, Token | None]:
        """Sector of the agent noun a demonym modifies ("Hungarian and Romanian officials")."""
        hops = 0
        while token.dep_ == "conj" and hops < 4:
            token = token.head
            hops += 1
        if token.dep_ not in MODIFIER_DEPS or token.head.i < token.i:
            return None, None
        head = token.head
        words = [t.lower_ for t in head.lefts if t.dep_ == "compound" and t.i > token.i]
        words.append(head.lemma_.lower())
        sector = self.kb.agent_sector(words) or self.kb.agent_sector([head.lower_])
        return sector, head

    def resolve_norp(self, span: Span, text: str, entries: list[Entry]) -> None:
        key = normalise(text)
        # a group named by the demonym ("Kurdish": a people), but not a territory that only
        # shares a country's ("American" of American Samoa): that is the country's
        groups = [
            e
            for e in entries
            if e.kind not in ("country", "person") and not self.kb.borrows_demonym(e, key)
        ]
        if groups:
            entry = self.pick(groups, Evidence(), short=False)
            if entry is not None:
                self.add(span, "NORP", self.use_entry(entry))
                return
        iso = self.kb.country_of(text)
        if iso is None:
            self.add(span, "NORP", None)
            return
        root = span.root
        sector, _ = self.head_sector(root)
        placed = None
        if sector is None and root.dep_ not in MODIFIER_DEPS and root.n_rights:
            # people placed elsewhere: "ethnic Albanians in south Serbia" are coded by residence
            for prep in root.rights:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                    placed = self.country_in([c for c in prep.rights if c.dep_ == "pobj"])
                    if placed:
                        break
        if placed is None and _ethnic(span):
            # "ethnic Albanians", "ethnic Turks": the demonym names an ethnicity, and PLOVER
            # codes the country the people belong to, which is where they live, when the
            # sentence names one; otherwise the country is not known
            placed = self.residence(span, iso)
            if placed is None:
                self.add(span, "NORP", None)
                return
        self.add(span, "NORP", self.generic(placed or iso, sector))

    def residence(self, span: Span, homeland: str) -> str | None:
        """The country other than the ethnic homeland that the sentence names, if any: the one
        named, or the one named most often ("villages near Macedonia's border with Bulgaria,
        Macedonian officials said": Macedonia, twice, is where the story is)."""
        found: dict[str, int] = {}
        for ent in span.sent.ents:
            if ent.label_ not in ("GPE", "NORP", "LOC") or ent.start < span.end <= ent.end:
                continue
            iso = self.kb.country_of(ent.text)
            if iso and iso != homeland:
                found[iso] = found.get(iso, 0) + 1
        ranked = sorted(found.values(), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return None
        return max(found, key=lambda iso: found[iso])

    def resolve_org(self, span: Span, text: str, label: str, entries: list[Entry]) -> None:
        entry = self.pick(entries, Evidence(), short=False)
        if entry is not None:
            if entry.kind == "country" and entry.country:
                sector = self.kb.agent_sector([span.root.lemma_.lower()])
                self.add(span, label, self.generic(entry.country, sector if sector else None))
            else:
                self.add(span, label, self.use_entry(entry))
            return
        tokens = list(span)
        iso = (
            self.country_in(tokens)
            or self.kb.country_of(tokens[0].text)
            or self.title_evidence(span).country  # "Ivory Coast's Supreme Court"
        )
        sector = self.kb.agent_sector(t.lower_ for t in tokens) or self.kb.agent_sector(
            [span.root.lemma_.lower()]
        )
        if iso and sector and len(tokens) <= 3:
            self.add(span, label, self.generic(iso, sector))
        elif len(tokens) >= 2 and label == "ORG":
            evidence = Evidence(country=iso, sector=sector)
            self.add(span, label, self.local(text, "organisation", evidence))
        else:
            self.add(span, label, None)

    def known(self, span: Span) -> bool:
        return self.known_range(span.start, span.end)

    def known_range(self, start: int, end: int) -> bool:
        """``known`` for tokens ``[start, end)``, keyed from cached per-token keys (no Span)."""
        norms = self.token_keys
        parts = []
        for i in range(start, end):
            key = norms.get(i)
            if key is None:
                token = self.token(i)
                key = normalise(token.text) if token.text.lower() != "the" else "the"
                if token.lower_ in ("'s", "’s"):
                    key = ""
                norms[i] = key
            if key:
                parts.append(key)
        if parts and parts[0] == "the":
            parts = parts[1:]
        return bool(parts) and self.kb.knows(" ".join(parts), end - start)

    def kb_extend(self, span: Span) -> Span:
        """The longest knowledge-base name around an entity the model cut short or padded.

        "Ursula von der" -> "Ursula von der Leyen", "Abdullah II" -> "King Abdullah II",
        "Emir Tamim bin Hamad Al Thani" -> "Tamim bin Hamad Al Thani", "UN" -> "UN refugee
        agency". A handful of dictionary look-ups per entity.
        """
        doc = span.doc
        tok = self.token
        n = len(doc)
        before = span.start > 0 and bool(self.capital[span.start - 1])
        after = span.end < n and (bool(self.capital[span.end]) or tok(span.end).lower_ in JOINERS)
        if not after and span.end < n and len(span) == 1:
            after = tok(span.start).dep_ == "compound"  # "UN refugee agency"
        best: Span | None = span if self.known(span) else None
        if not before and not after:
            if best is None and tok(span.start).lower_ in TITLE_WORDS:
                return self.strip_title(span)
            return best or span
        sent_start, sent_end = self.sentence_of(span.start)
        stops = [
            i
            for i in range(span.end, min(sent_end, span.end + 3))
            if (tok(i).is_punct and tok(i).text not in ("'", "’", "-")) or tok(i).is_space
        ]
        last = min(stops) if stops else min(sent_end, span.end + 3)
        for start in range(max(sent_start, span.start - 2), span.start + 1):
            if any(
                not self.capital[i] or tok(i).lower_ in DETERMINERS
                for i in range(start, span.start)
            ):
                continue
            for end in range(last, span.end - 1, -1):
                if (start, end) == (span.start, span.end):
                    continue
                if tok(end - 1).tag_ == "POS" or tok(end - 1).lower_ in ("'s", "’s"):
                    continue
                if (
                    end > span.end
                    and end < n
                    and tok(end - 1).lower_ in TITLE_HEADS
                    and (tok(end).ent_type_ == "PERSON")
                ):
                    continue  # "United States President | Donald Trump": a title, not a name
                if (best is None or end - start > len(best)) and self.known_range(start, end):
                    best = doc[start:end]
                    break
        if best is None:
            return self.strip_title(span)
        return best

    def token(self, i: int) -> Token:
        """Token ``i``, made once per document (``doc[i]`` builds a new object each time)."""
        token = self.tokens.get(i)
        if token is None:
            token = self.tokens[i] = self.doc[i]
        return token

    def strip_title(self, span: Span) -> Span:
        """The name after leading title words, when the knowledge base knows it."""
        doc = span.doc
        start = span.start
        while start < span.end - 1 and doc[start].lower_ in TITLE_WORDS:
            start += 1
            if self.known(doc[start : span.end]):
                return doc[start : span.end]
        return span

    def missed_names(self, taken: set[int]) -> list[Span]:
        """Capitalised runs the NER model did not label but the knowledge base knows.

        Candidate tokens are found on the Doc's arrays (part of speech, character offset), so
        only capitalised nouns, adjectives and proper nouns become Python objects.
        """
        doc = self.doc
        array = doc.to_array([POS])
        capital = [int(i) for i in numpy.flatnonzero(numpy.isin(array, NAME_POS) & self.capital)]
        candidates = set(capital)
        found: list[Span] = []
        n = len(doc)
        for i in capital:
            if i in taken or (i - 1 in candidates and i - 1 not in taken):
                continue  # not the start of a run
            j = i
            while (
                j < n
                and j not in taken
                and (j in candidates or (j + 1 in candidates and doc[j].lower_ in JOINERS))
            ):
                j += 1
            start = i
            while start < j:
                for end in range(min(j, start + 6), start, -1):
                    if self.known_range(start, end) and doc[start].lower_ not in DETERMINERS:
                        found.append(doc[start:end])
                        start = end - 1
                        break
                start += 1
        return found

    def resolve_entities(self) -> None:
        spans: list[tuple[Span, str]] = []
        taken: set[int] = set()
        for ent in self.ents:
            if ent.label_ not in NAMED_LABELS and ent.label_ not in WEAK_LABELS:
                continue
            trimmed = trim(ent)
            if trimmed is None:
                continue
            if is_title_only(trimmed):
                continue  # "U.N. Secretary-General" before a name is a title, not an actor
            if ent.label_ == "PERSON":
                start = trimmed.start
                while trimmed.end - start > 2 or (
                    trimmed.end - start == 2 and self.doc[start].lower_ in TITLE_WORDS
                ):
                    word = self.doc[start]
                    if word.lower_ not in TITLE_WORDS and not self.kb.demonyms.get(word.lower_):
                        break
                    start += 1  # "Archbishop Desmond Tutu": the title is evidence, not name
                trimmed = self.doc[start : trimmed.end]
            span = self.kb_extend(trimmed)
            if any(i in taken for i in range(span.start, span.end)):
                continue
            spans.append((span, ent.label_))
            taken.update(range(span.start, span.end))
        spans.extend((span, "") for span in self.missed_names(taken))
        spans.sort(key=lambda item: item[0].start)
        for span, label in spans:
            self.resolve_entity(span, label)

    def resolve_entity(self, span: Span, label: str) -> None:
        text = span.text
        key = normalise(text)
        entries = [self.kb.entries[i] for i in self.kb.names.get(key, ())]
        curated = bool(entries) and entries[0].source not in ("phoenix", "ngec+phoenix")
        if curated and entries[0].kind == "country":
            curated = False
        if key in self.kb.demonyms and not curated:
            self.resolve_norp(span, text, entries)
            return
        if key in self.kb.metonyms or (key in self.kb.places and not curated):
            self.resolve_place(
                span, text, label if label in ("GPE", "LOC", "FAC") else "GPE", entries
            )
            return
        if label in WEAK_LABELS or not label:
            if not entries:
                return
            label = "PERSON" if entries[0].kind == "person" else "ORG"
        if entries and entries[0].kind == "person" and label in ("ORG", "GPE", "NORP", "FAC"):
            label = "PERSON"
        if (
            label == "PERSON"
            and entries
            and entries[0].kind not in ("person", None)
            and entries[0].source != "phoenix"
        ):
            label = "ORG"
        if label == "PERSON" and not entries and self.kb.demonyms.get(span[0].lower_):
            label = "ORG"  # "Bosnian Serbs": a group named by its nationality
        if label == "PERSON":
            self.resolve_person(span, text, entries)
        elif label in ("GPE", "LOC", "FAC"):
            self.resolve_place(span, text, label, entries)
        elif label == "NORP":
            self.resolve_norp(span, text, entries)
        else:
            self.resolve_org(span, text, label, entries)

    # ----------------------------------------------------------------- nominals
    def person_by_role(self, head: str, country: str | None, before: int) -> str | None:
        """The most recent person before token ``before`` whose role fits a description."""
        accept = LEADER_TITLES if head == "leader" else {head}
        earlier = [d for d in self.drafts if d.start < before and d.label == "PERSON"]
        for draft in reversed(earlier[-200:]):  # recent mentions only: bounded work
            actor = self.actors.get(draft.actor or "")
            if actor is None or actor.kind != "person":
                continue
            if country and actor.country != country:
                continue
            if any(fits(word, actor.roles) for word in accept):
                return actor.id
        if country is None:
            return None
        holders = []
        for entry_id in self.kb.role_holders.get(country, ()):
            entry = self.kb.entries[entry_id]
            for role in entry.roles:
                title = (role.title or "").lower()
                if (
                    role.country == country
                    and head in title
                    and role.valid_at(self.date)
                    and (head != "leader" or "leader" in title)
                ):
                    holders.append(entry)
                    break
        if len(holders) == 1:
            return self.use_entry(holders[0])
        return None

    def group_by_kind(self, kinds: frozenset[str], before: int) -> str | None:
        """The group a definite description re-mentions ("the group", "the rebels"): the most
        recent named group of a fitting kind in the last ``GROUP_WINDOW`` sentences."""
        here = bisect.bisect_right(self.sent_starts, before) - 1
        earliest = self.sent_starts[max(0, here - GROUP_WINDOW)]
        best: Draft | None = None
        for draft in self.drafts:  # descriptions like these are rare: one pass each is cheap
            if not earliest <= draft.start < before or draft.label in ("NOMINAL", "PRON"):
                continue
            actor = self.actors.get(draft.actor or "")
            if actor is None or actor.kind not in kinds or actor.id in self.generic_ids:
                continue  # a named group; a country's generic "party" names none
            if best is None or draft.start > best.start:
                best = draft
        return best.actor if best is not None else None

    def resolve_nominals(self) -> None:
        """Descriptions headed by an agent noun: "Syrian rebels", "the North Korean leader"."""
        by_token = {i: d for d in self.drafts for i in range(d.start, d.end)}
        for chunk in self.agent_chunks():
            root = chunk.root
            if root.i in self.covered or root.pos_ == "PRON" or any(t.is_quote for t in chunk):
                continue
            tokens = [t for t in chunk if t.i <= root.i]
            while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].tag_ == "PRP$"):
                tokens = tokens[1:]
            if not tokens:
                continue
            modifiers = [t for t in tokens if t.i < root.i]
            words = [t.lower_ for t in modifiers if t.dep_ == "compound"]
            words.append(root.lemma_.lower())
            sector = self.kb.agent_sector(words)
            if sector is None:
                for token in reversed(modifiers):
                    if token.i not in by_token:
                        sector = self.kb.agent_sector([token.lower_])
                        if sector:
                            break
            if sector is None:
                continue
            inner: list[Draft] = []
            for token in tokens:
                draft = by_token.get(token.i)
                if draft is not None and all(d is not draft for d in inner):
                    inner.append(draft)
            group = next(
                (
                    d.actor
                    for d in inner
                    if d.actor
                    and self.actors[d.actor].kind not in ("country", "person", "government", None)
                    and self.actors[d.actor].sector is not None
                    and d.actor not in self.generic_ids
                ),
                None,
            )
            countries = self.chunk_countries(chunk, inner)
            end = chunk.end
            if countries and not any(
                self.actors[d.actor or ""].country for d in inner if d.actor in self.actors
            ):
                end = max(end, chunk.root.right_edge.i + 1)  # "rebels in Idlib"
            start = (
                tokens[0].i
                if chunk[0].lower_ not in DETERMINERS and chunk[0].tag_ != "PRP$"
                else chunk.start
            )
            span = self.doc[start:end]
            actor: str | None = group
            person = self.apposed_person(root, by_token)
            if person is not None:
                actor = person  # "The Senate Minority Leader, Chuck Schumer,"
            definite = chunk[0].lower_ in ("the", "this", "that") or chunk[0].tag_ == "PRP$"
            head = root.lemma_.lower()
            if (
                actor is None
                and root.tag_ in ("NN", "NNP")
                and head in PERSON_NOMINAL_HEADS
                and (definite or countries)
            ):
                phrase = " ".join(words)
                actor = self.person_by_role(
                    phrase if phrase in LEADER_TITLES else head,
                    countries[0] if len(countries) == 1 else None,
                    chunk.start,
                )
            if (
                actor is None
                and definite
                and not countries
                and head in GROUP_NOMINAL_HEADS
                and len(tokens) <= 2  # "the (militant) group", not "the first national groups"
            ):
                actor = self.group_by_kind(GROUP_NOMINAL_HEADS[head], chunk.start)
            if actor is None and len(countries) == 1:
                actor = self.generic(countries[0], sector)
            if actor is None and sector in PEOPLE_SECTORS:
                continue  # "a 92-year-old woman": people, not an actor worth a mention
            self.drafts.append(
                Draft(span.start, span.end, "NOMINAL", actor, root, root.tag_ == "NNS")
            )

    def apposed_person(self, root: Token, by_token: dict[int, Draft]) -> str | None:
        """The person a description stands in apposition to, either way round."""
        candidates = [c for c in root.rights if c.dep_ == "appos"] if root.n_rights else []
        if root.dep_ == "appos":
            candidates.append(root.head)
        for token in candidates:
            draft = by_token.get(token.i)
            if draft is not None and draft.label == "PERSON" and draft.actor:
                return draft.actor
        return None

    def agent_chunks(self) -> Iterator[Span]:
        """Noun phrases that may describe an actor, found without ``doc.noun_chunks``.

        ``noun_chunks`` walks every token in Python; here the Doc's arrays pick the nouns whose
        lemma ends an agent phrase, or that follow an agent word ("opposition groups"), and
        only those become phrases: from the head's left edge to the head.
        """
        doc = self.doc
        strings = doc.vocab.strings
        heads, words = self.kb.agent_hashes(strings)
        array = doc.to_array([POS, LEMMA, LOWER, DEP])
        nouns = numpy.isin(array[:, 0], NOUN_POS)
        agentive = member(array[:, 1], heads) | member(array[:, 2], heads)
        after_agent = numpy.zeros(len(doc), dtype=bool)
        after_agent[1:] = member(array[:-1, 2], words)
        modifier = numpy.isin(array[:, 3], self.modifier_deps(strings))
        covered = self.covered
        for i in numpy.flatnonzero(nouns & (agentive | after_agent) & ~modifier):
            if int(i) in covered:
                continue  # part of a name already resolved
            head = self.token(int(i))
            start = head.left_edge.i
            if start < head.i - 8:
                start = head.i - 8
            yield doc[start : head.i + 1]

    def modifier_deps(self, strings: Any) -> numpy.ndarray:
        return numpy.array([strings.add(d) for d in ("compound", "amod", "nmod", "poss")], "uint64")

    def chunk_countries(self, chunk: Span, inner: list[Draft]) -> list[str]:
        """Countries named inside a noun phrase or in a following "in/of/from X"."""
        found: list[str] = []
        for draft in inner:
            actor = self.actors.get(draft.actor or "")
            if opposed(self.doc[draft.start]):
                continue  # "a prominent anti-Syria journalist" is not Syria's
            if actor is not None and actor.country and draft.root.dep_ == "poss":
                if actor.country not in found:
                    found.append(actor.country)  # "Zoran Djindjic's opposition coalition"
                continue
            if (
                actor is not None
                and actor.country
                and actor.kind in ("country", "government", "military", "group", "armed group")
                and actor.country not in found
            ):
                found.append(actor.country)
        if not found:
            for prep in chunk.root.rights:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                    objects = [o for o in prep.children if o.dep_ == "pobj"]
                    objects += [c for o in objects for c in o.conjuncts]
                    for obj in objects:
                        if obj.ent_type_ in ("GPE", "LOC", "NORP") or obj.pos_ == "PROPN":
                            ent = self.ent_at(obj.i)
                            text = ent.text if ent is not None else obj.text
                            place = ent if ent is not None else self.doc[obj.i : obj.i + 1]
                            iso = self.other_country(place, normalise(text))
                            iso = (
                                iso
                                or self.kb.country_of(text)
                                or (
                                    self.kb.metonyms[normalise(text)][0]
                                    if normalise(text) in self.kb.metonyms
                                    else None
                                )
                            )
                            if iso and iso not in found:
                                found.append(iso)
        return found

    # ----------------------------------------------------------------- output
    def mentions(self) -> list[Mention]:
        out = []
        for draft in sorted(self.drafts, key=lambda d: (d.start, d.end)):
            span = self.doc[draft.start : draft.end]
            out.append(Mention(span.start_char, span.end_char, span.text, draft.label, draft.actor))
        return out


_UPPER_HASHES: dict[int, frozenset[int]] = {}


def upper_hashes(strings: Any) -> frozenset[int]:
    """Hashes of upper-case letters in a StringStore, to test first characters on arrays."""
    cached = _UPPER_HASHES.get(id(strings))
    if cached is None:
        letters = [chr(c) for c in range(0x41, 0x2000) if chr(c).isupper()]
        cached = frozenset(strings.add(c) for c in letters)
        _UPPER_HASHES[id(strings)] = cached
    return cached


def member(values: numpy.ndarray, wanted: frozenset[int]) -> numpy.ndarray:
    """``numpy.isin`` for a large set of hashes: set look-ups beat sorting both arrays."""
    return numpy.fromiter((v in wanted for v in values.tolist()), dtype=bool, count=len(values))


def fits(head: str, titles: tuple[str, ...]) -> bool:
    """Does a description's head name one of these role titles? "the president" is not a
    vice president, "the minister" not a deputy minister."""
    for title in titles:
        title = title.lower()
        if title.startswith("former "):
            continue
        if head in title and not any(f"{q} {head}" in title for q in ("vice", "deputy")):
            return True
    return False


def is_title_only(span: Span) -> bool:
    """An entity that ends in a title word right before a personal name."""
    doc = span.doc
    return (
        span.label_ != "PERSON"
        and span[-1].lower_ in TITLE_HEADS | {"secretary-general", "secretary general"}
        and span.end < len(doc)
        and doc[span.end].ent_type_ == "PERSON"
    )


def is_name_token(token: Token) -> bool:
    """Capitalised words that can be part of a name the NER model missed."""
    return (
        token.text[:1].isupper()
        and not token.is_punct
        and token.pos_ in ("PROPN", "NOUN", "ADJ", "X")
        and token.lower_ not in DETERMINERS
    )


def trim(span: Span) -> Span | None:
    """An entity without a leading "the" or a trailing possessive (so offsets name the actor)."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "’s") or doc[end - 1].is_space
    ):
        end -= 1
    while start < end and (doc[start].lower_ == "the" or doc[start].is_space):
        start += 1
    if start >= end:
        return None
    last = doc[end - 1].text
    if last.endswith(("’s", "'s")) and len(last) > 2:
        # a possessive the tokenizer left attached ("Korea’s")
        return doc.char_span(
            doc[start].idx, doc[end - 1].idx + len(last) - 2, alignment_mode="contract"
        )
    if (start, end) == (span.start, span.end):
        return span
    return doc[start:end]


# --------------------------------------------------------------------- resolve_span
def _ethnic(span: Span) -> bool:
    """Whether a demonym is qualified as an ethnicity ("ethnic Albanians")."""
    first = span[0]
    before = span.doc[span.start - 1] if span.start > 0 else None
    return first.lower_ == "ethnic" or (before is not None and before.lower_ == "ethnic")


COMPASS_WORDS = frozenset({"north", "south", "east", "west", "upper", "lower"})
"""Words that make two countries of one name ("North and South Korea")."""


def _sharing_a_name(doc: Doc, span: Span) -> list[str]:
    """Both countries of "North and South Korea": two compass words sharing the name after them.

    The parser and NER read the phrase as one place, and the KB knows only the full names.
    """
    tokens = list(span)
    for k in range(1, len(tokens) - 2):
        first, conjunction, second = tokens[k - 1], tokens[k], tokens[k + 1]
        if conjunction.lower_ not in ("and", "&"):
            continue
        if first.lower_ not in COMPASS_WORDS or second.lower_ not in COMPASS_WORDS:
            continue
        name = []
        for token in tokens[k + 2 :]:
            if token.pos_ != "PROPN":
                break
            name.append(token.text)
        if not name:
            continue
        resolver = _phrase_resolver(doc)
        ids = []
        for word in (first, second):
            full = f"{word.text} {' '.join(name)}"
            countries = [e for e in resolver.kb.lookup(full) if e.kind == "country"]
            if not countries:
                return []
            ids.append(resolver.use_entry(countries[0]))
        for actor_id in ids:
            _publish(doc, resolver, actor_id)
        return ids
    return []


def _naming_compound(span: Span, inside: list[Mention]) -> Mention | None:
    """The organisation named right before a phrase's head ("bin Laden's al-Qaeda network",
    "Tehran's Hezbollah fighters"): whose the thing is, over a possessor that may be longer."""
    root = span.root
    for mention in inside:
        if mention.label != "ORG":
            continue
        if any(
            t.head == root and t.dep_ == "compound" and mention.start <= t.idx < mention.end
            for t in span
        ):
            return mention
    return None


def resolve_span(doc: Doc, start: int, end: int) -> list[str]:
    """Actor ids for the phrase at ``[start, end)``; several for a coordination.

    Uses the mentions the ``demarche_actors`` component assigned: the coordinated actors when
    the phrase joins several ("Hungarian and Romanian officials"), else the mention that holds
    the phrase's head word ("U.S. President Donald Trump" -> Trump), else the longest mention
    inside it. When no mention covers the phrase, reads a country (name, demonym or capital)
    and an agent noun from it and returns the country's generic actor for that sector, adding
    it to ``doc._.demarche_actors``.
    """
    mentions = [m for m in mentions_of(doc) if m.actor]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and any(t.lower_ in ("and", "&") for t in span):
        shared = _sharing_a_name(doc, span)
        if shared:
            return shared
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    if span is not None:  # "an anti-Syria journalist": Syria is what it is against
        against = {t.idx for t in span if opposed(t)}
        inside = [m for m in inside if m.start not in against]
    if span is not None and len(span):
        innermost = [
            m
            for m in inside
            if not any(o is not m and o.start >= m.start and o.end <= m.end for o in inside)
        ]
        ids = list(dict.fromkeys(m.actor for m in innermost if m.actor))
        if len(ids) > 1 and any(t.dep_ == "cc" or t.lower_ in ("and", "&") for t in span):
            return ids
        head = span.root.idx
        holding = [m for m in mentions if m.start <= head < m.end]
        if holding:
            best = min(holding, key=lambda m: m.end - m.start)
            return [best.actor] if best.actor else []
    if inside:
        named = _naming_compound(span, inside) if span is not None else None
        longest = named or max(inside, key=lambda m: m.end - m.start)
        return [longest.actor] if longest.actor else []
    best_overlap = mention_at(doc, start, end)
    if (
        best_overlap is not None
        and best_overlap.actor
        and best_overlap.start <= start
        and (best_overlap.end >= end)
    ):
        return [best_overlap.actor]
    return analyse_phrase(doc, start, end)


_PHRASE_RESOLVER: list[DocumentResolver] = []
"""The last Doc's resolver for ``analyse_phrase``: phrases come one Doc at a time, and one slot
keeps at most one finished Doc alive."""


def _phrase_resolver(doc: Doc) -> DocumentResolver:
    """The Doc's resolver for phrases the actors component left, holding its actors so far."""
    kb = load_kb(tuple(doc._.demarche_actor_files or ()))
    resolver = _PHRASE_RESOLVER[0] if _PHRASE_RESOLVER else None
    if resolver is None or resolver.doc is not doc or resolver.kb is not kb:
        # indexing the Doc (sentences, capitals, entities) costs a pass over it: once per Doc,
        # not once per phrase, which made events quadratic in article length
        resolver = DocumentResolver(kb, doc, published_of(doc))
        _PHRASE_RESOLVER[:] = [resolver]
    resolver.actors = dict(doc._.demarche_actors or {})
    return resolver


def _publish(doc: Doc, resolver: DocumentResolver, actor_id: str) -> None:
    """Add an actor the phrase resolver made to the Doc's actors (a known one is kept)."""
    if doc._.demarche_actors is None:
        doc._.demarche_actors = {}
    doc._.demarche_actors.setdefault(actor_id, resolver.actors[actor_id])


def generic_actor(doc: Doc, iso3: str, sector: str | None) -> str:
    """A country's generic actor for a sector (``russia-opp``), added to the Doc's actors.

    For a party the text names only by kind ("arrested political opponents", "protesters
    blocked the streets") where the context gives the country, as CAMEO codes domestic actors.
    """
    resolver = _phrase_resolver(doc)
    actor_id = resolver.generic(iso3.upper(), sector)
    _publish(doc, resolver, actor_id)
    return actor_id


TRANSNATIONAL_SECTORS = frozenset({"IGO", "NGO", "IMG", "MNC"})


def settle_country(doc: Doc, actor_id: str, iso3: str) -> bool:
    """Give a document-local actor the country its context sets, if it has none.

    "Nicaragua's government ordered La Prensa to close", "the Serbian parliament recognised
    Zoran Djindjic's victories": a name the knowledge base does not know, acted on at home by a
    state body, is that state's, as CAMEO codes domestic actors. Knowledge-base entries and
    transnational kinds (IGO, NGO, IMG, MNC) keep what they are. Returns whether it changed.
    """
    actors = doc._.demarche_actors or {}
    actor = actors.get(actor_id)
    if actor is None or actor.country or actor.sector in TRANSNATIONAL_SECTORS:
        return False
    if actor_id in load_kb(tuple(doc._.demarche_actor_files or ())).entries:
        return False
    actors[actor_id] = replace(actor, country=iso3.upper())
    return True


def opposed(token: Token) -> bool:
    """Whether a country word is what its phrase is against ("an anti-Syria journalist",
    "anti-American protesters"): it names their opponent, not their country."""
    i = token.i
    return i >= 2 and token.doc[i - 1].text in ("-", "\u2013") and token.doc[i - 2].lower_ == "anti"


def analyse_phrase(doc: Doc, start: int, end: int) -> list[str]:
    """Country plus agent noun for a phrase no mention covers ("a US destroyer")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    resolver = _phrase_resolver(doc)
    kb = resolver.kb
    iso = resolver.country_in(list(span))
    if iso is None:
        for token in span:
            if opposed(token):
                continue
            iso = kb.country_of(token.text) or (
                kb.metonyms[token.lower_][0] if token.lower_ in kb.metonyms else None
            )
            if iso:
                break
    if iso is not None and any(t.lower_ == "ethnic" for t in span):
        iso = resolver.residence(span, iso)  # "ethnic Albanians": where they live, if named
    if iso is None:
        return []
    root = span.root
    sector = kb.agent_sector([root.lemma_.lower()])
    if sector is None and root.dep_ in MODIFIER_DEPS:
        sector, _ = resolver.head_sector(root)
    actor_id = resolver.generic(iso, sector)
    _publish(doc, resolver, actor_id)
    return [actor_id]
