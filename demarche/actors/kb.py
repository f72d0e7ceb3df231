"""The actor knowledge base: shipped data files, user override files, and the lookup index.

The shipped data (``demarche/actors/data``) is converted once from open dictionaries (see
``scripts/build_actor_kb.py``) plus a curated file written by the demarche authors. Every file is
JSONL, one actor per line, so users can extend the base with the same format; later files
override earlier ones by id. The index is built once per process (and per set of files) because
every document of a run consults it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import pickle
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.util import registry

from demarche.errors import ConfigError
from demarche.records import Actor

DATA = Path(__file__).resolve().parent / "data"
SHIPPED_FILES: tuple[str, ...] = ("phoenix.jsonl.gz", "countries.jsonl", "curated.jsonl")
"""Shipped actor files, lowest priority first."""

KINDS = frozenset(
    {
        "person",
        "government",
        "organisation",
        "armed group",
        "country",
        "igo",
        "party",
        "military",
        "legislature",
        "group",
    }
)
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
CODE3 = re.compile(r"^[A-Z]{3}$")
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
WEAK_SECTORS = frozenset({"UNK", "NON", "JNK"})
_SPACES = re.compile(r"\s+")
_DROP = re.compile(r"[.\u2019'`\"]")


def normalise(text: str) -> str:
    """The lookup key of a name: case, dots, quotes, hyphens and a leading "the" ignored.

    "the U.S.", "US" and "U.S" share the key ``us``; "Kim Jong-un" and "Kim Jong Un" share
    ``kim jong un``. A trailing possessive is dropped so "Trump's" finds Trump.
    """
    text = text.lower().replace("\u2019", "'")
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("s'"):
        text = text[:-1]
    text = _DROP.sub("", text).replace("-", " ").replace("_", " ")
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True)
class Role:
    """A position held over a date range; open ends are None (``to`` None: still held)."""

    title: str | None = None
    country: str | None = None
    sector: str | None = None
    start: str | None = None
    end: str | None = None

    def valid_at(self, date: str | None) -> bool:
        """True when the role was held on ``date`` (ISO, any precision); True when no date."""
        if date is None:
            return self.end is None
        if self.start and date < self.start[: len(date)]:
            return False
        return not (self.end and date > self.end[: len(date)])


@dataclass(frozen=True)
class Entry:
    """One knowledge-base actor with everything resolution needs."""

    id: str
    name: str
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None
    gender: str | None = None
    demonyms: tuple[str, ...] = ()
    source: str | None = None

    def role_at(self, date: str | None) -> Role | None:
        """The role held at ``date``, the latest one held when none is current."""
        if date is None:
            # Undated text: the seed lists end a person's dated offices with an undated
            # catch-all role (Kofi Annan: UN Secretary-General 1997-2006, then "ELI"); the
            # office that made the person newsworthy is the better guess, so dated roles win.
            dated = [r for r in self.roles if r.start or r.end]
            held = [r for r in dated if r.end is None]
            if held:
                return held[-1]
            if dated and any(r.end is None for r in self.roles):
                return max(dated, key=lambda r: r.end or "")
        current = [r for r in self.roles if r.valid_at(date)]
        if current:
            return current[-1]
        if date is not None:
            return None
        return self.roles[-1] if self.roles else None

    def to_actor(self, date: str | None = None) -> Actor:
        """The output record, with the country, sector and roles that held at ``date``."""
        role = self.role_at(date) or (self.roles[-1] if self.roles else None)
        titles = [r.title for r in self.roles if r.title and r.valid_at(date)]
        if not titles and self.roles:
            ended = [r for r in self.roles if r.title and r.end and (date is None or r.end < date)]
            if date is None:
                titles = [r.title for r in self.roles if r.title]
            elif ended:
                titles = [f"Former {ended[-1].title}"]
        country = self.country
        sector = self.sector
        if role is not None and (role.country or role.sector):
            country = role.country if role.country or role.sector == "IGO" else country
            sector = role.sector or sector
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            country=country,
            sector=sector,
            roles=tuple(dict.fromkeys(titles)),
            wikidata=self.wikidata,
        )


@dataclass
class Problem:
    """A defect found while reading or checking an actor file."""

    source: str
    line: int
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.source}: line {self.line}: {self.message}"


def _error(source: str, line: int, detail: str) -> ConfigError:
    return ConfigError("D025", source=source, line=line, detail=detail)


def _text_list(value: Any, what: str, source: str, line: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _error(source, line, f"'{what}' must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _optional_code(value: Any, what: str, source: str, line: int) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not CODE3.match(value):
        raise _error(
            source, line, f"'{what}' must be a three-letter upper-case code, got {value!r}"
        )
    return value


def _role(data: Any, source: str, line: int) -> Role:
    if not isinstance(data, dict):
        raise _error(source, line, "each role must be an object")
    dates = []
    for key in ("from", "to"):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not ISO_DATE.match(value)):
            raise _error(source, line, f"role '{key}' must be an ISO date, got {value!r}")
        dates.append(value)
    if dates[0] and dates[1] and dates[1] < dates[0]:
        raise _error(source, line, f"role ends ({dates[1]}) before it starts ({dates[0]})")
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise _error(source, line, "role 'title' must be a string")
    return Role(
        title=title,
        country=_optional_code(data.get("country"), "country", source, line),
        sector=_optional_code(data.get("sector"), "sector", source, line),
        start=dates[0],
        end=dates[1],
    )


def entry_from_dict(data: Any, source: str = "<data>", line: int = 0) -> Entry:
    """Validate one JSON object as an actor; raise ConfigError D020 saying what is wrong."""
    if not isinstance(data, dict):
        raise _error(source, line, "expected a JSON object")
    actor_id = data.get("id")
    if not isinstance(actor_id, str) or not ID_PATTERN.match(actor_id):
        raise _error(
            source, line, f"'id' must be a lower-case slug like 'kim-jong-un', got {actor_id!r}"
        )
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _error(source, line, "'name' must be a non-empty string")
    kind = data.get("kind")
    if kind is not None and kind not in KINDS:
        raise _error(
            source, line, f"'kind' must be one of {', '.join(sorted(KINDS))}, got {kind!r}"
        )
    roles = data.get("roles") or []
    if not isinstance(roles, list):
        raise _error(source, line, "'roles' must be a list")
    gender = data.get("gender")
    if gender not in (None, "m", "f"):
        raise _error(source, line, f"'gender' must be 'm', 'f' or absent, got {gender!r}")
    wikidata = data.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and re.match(r"^Q\d+$", wikidata)):
        raise _error(source, line, f"'wikidata' must be a QID like 'Q22686', got {wikidata!r}")
    return Entry(
        id=actor_id,
        name=name.strip(),
        kind=kind,
        country=_optional_code(data.get("country"), "country", source, line),
        sector=_optional_code(data.get("sector"), "sector", source, line),
        aliases=_text_list(data.get("aliases"), "aliases", source, line),
        roles=tuple(_role(r, source, line) for r in roles),
        wikidata=wikidata,
        gender=gender,
        demonyms=_text_list(data.get("demonyms"), "demonyms", source, line),
        source=data.get("source") or source,
    )


def _lines(path: Path) -> Iterator[str]:
    try:
        if path.suffix == ".gz":
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                yield from handle
        else:
            with path.open(encoding="utf-8") as handle:
                yield from handle
    except OSError as error:
        raise ConfigError("D012", source=str(path), detail=str(error)) from error
    except UnicodeDecodeError as error:
        raise _error(str(path), 0, f"not UTF-8 text ({error})") from error


def read_actor_file(path: str | Path) -> list[Entry]:
    """Read a JSONL actor file; a malformed line stops with file, line and reason (D020).

    Blank lines and objects holding only a ``comment`` key are skipped. Duplicate ids inside
    one file are an error: which entry the user meant would be a guess.
    """
    path = Path(path)
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(_lines(path), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as error:
            raise _error(str(path), number, f"not valid JSON ({error.msg})") from error
        if isinstance(data, dict) and set(data) == {"comment"}:
            continue
        entry = entry_from_dict(data, str(path), number)
        if entry.id in seen:
            raise _error(
                str(path), number, f"duplicate id {entry.id!r} (first on line {seen[entry.id]})"
            )
        seen[entry.id] = number
        entries.append(entry)
    return entries


def check_actor_file(path: str | Path, base: KnowledgeBase | None = None) -> list[Problem]:
    """All problems of a user file: the first fatal one, duplicate ids, conflicting aliases.

    An alias is conflicting when two actors of the file claim it, or when it already names a
    different knowledge-base actor of another country (the later file would silently win).
    """
    source = str(path)
    try:
        entries = read_actor_file(path)
    except ConfigError as error:
        fields = error.fields
        return [Problem(source, int(str(fields.get("line", 0))), str(fields.get("detail", error)))]
    problems: list[Problem] = []
    owners: dict[str, str] = {}
    line_of: dict[str, int] = {}
    for number, raw in enumerate(_lines(Path(path)), start=1):
        data = json.loads(raw) if raw.strip() else None
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            line_of.setdefault(data["id"], number)
    for entry in entries:
        index = line_of.get(entry.id, 0)
        for alias in (entry.name, *entry.aliases):
            key = normalise(alias)
            owner = owners.get(key)
            if owner and owner != entry.id:
                problems.append(
                    Problem(
                        source,
                        index,
                        f"alias {alias!r} of {entry.id!r} also names {owner!r}",
                        False,
                    )
                )
            owners.setdefault(key, entry.id)
            if base is not None:
                for other in base.lookup(alias):
                    if (
                        other.id != entry.id
                        and other.country != entry.country
                        and other.source != "phoenix"
                    ):
                        problems.append(
                            Problem(
                                source,
                                index,
                                f"alias {alias!r} of {entry.id!r} also names knowledge-base actor "
                                f"{other.id!r} ({other.country})",
                                False,
                            )
                        )
    return problems


def _read_table(name: str) -> Iterator[list[str]]:
    for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            yield raw.split("\t")


@dataclass
class KnowledgeBase:
    """The index over all actor files: names, short names, places, demonyms and agent nouns."""

    entries: dict[str, Entry] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    short_names: dict[str, list[str]] = field(default_factory=dict)
    country_ids: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    metonyms: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)
    agents: dict[str, str] = field(default_factory=dict)
    role_holders: dict[str, list[str]] = field(default_factory=dict)
    surnames: dict[str, list[str]] = field(default_factory=dict)
    seed_surnames: dict[str, list[str]] = field(default_factory=dict)
    title_countries: dict[str, set[str]] = field(default_factory=dict)
    max_agent_words: int = 1
    _hashes: dict[int, tuple[frozenset[int], frozenset[int]]] = field(
        default_factory=dict, repr=False
    )

    def add(self, entry: Entry, priority: bool) -> None:
        """Add or replace an entry; a priority entry's names are looked up before others'."""
        old = self.entries.get(entry.id)
        if old is not None:
            for alias in (old.name, *old.aliases):
                ids = self.names.get(normalise(alias))
                if ids and entry.id in ids:
                    ids.remove(entry.id)
        self.entries[entry.id] = entry
        for alias in dict.fromkeys((entry.name, *entry.aliases)):
            key = normalise(alias)
            if not key:
                continue
            ids = self.names.setdefault(key, [])
            if entry.id in ids:
                continue
            if priority:
                ids.insert(0, entry.id)
            else:
                ids.append(entry.id)
            if entry.kind == "person" and " " not in key and priority and entry.source != "phoenix":
                self.short_names.setdefault(key, []).append(entry.id)
        if entry.kind == "person" and entry.source == "phoenix":
            words = normalise(entry.name).split()
            if len(words) > 1:
                self.seed_surnames.setdefault(words[-1], []).append(entry.id)
        if entry.kind == "person" and entry.source != "phoenix":
            for country in dict.fromkeys(r.country for r in entry.roles if r.country):
                holders = self.role_holders.setdefault(country, [])
                if entry.id not in holders:
                    holders.append(entry.id)
            words = normalise(entry.name).split()
            for word in {words[0], words[-1]} if len(words) > 1 else ():
                ids = self.surnames.setdefault(word, [])
                if entry.id not in ids:
                    ids.append(entry.id)
            for role in entry.roles:
                if role.title and role.country:
                    base = role.title.lower().split(" of ")[0].strip()
                    self.title_countries.setdefault(base, set()).add(role.country)
        if entry.kind == "country" and entry.country:
            self.country_ids[entry.country] = entry.id
            for alias in (entry.name, *entry.aliases):
                self.places.setdefault(normalise(alias), entry.country)
            for demonym in entry.demonyms:
                # the first country to claim a shared demonym keeps it ("Congolese": DR Congo)
                self.demonyms.setdefault(normalise(demonym), entry.country)

    def sovereign_demonyms(self) -> None:
        """Put a country first among the entries its own demonym names.

        The seed dictionaries list "American" among American Samoa's names and "Samoan" among
        them too, so "two American aid groups" read as American Samoa. A territory keeps a
        demonym formed from its own name ("Greenlander", "Guamanian"); it loses one that is
        another country's ("Samoan": Samoa) or only a word of its name ("American" of
        "American Samoa"), which the sovereign country it is shared with takes.
        """
        for key, iso3 in self.demonyms.items():
            ids = self.names.get(key)
            country = self.country_ids.get(iso3)
            if not ids or country not in ids or ids[0] == country:
                continue
            ahead = ids[: ids.index(country)]
            if all(self.borrows_demonym(self.entries[i], key) for i in ahead):
                ids.remove(country)
                ids.insert(0, country)

    def borrows_demonym(self, entry: Entry, key: str) -> bool:
        """Whether an entry other than a country holds a country's demonym (normalised ``key``)
        only by sharing it: it belongs elsewhere, or the demonym is a whole word of its name."""
        iso3 = self.demonyms.get(key)
        if iso3 is None or entry.kind in ("country", "person"):
            return False
        return entry.country != iso3 or key in normalise(entry.name).split()

    def lookup(self, text: str) -> list[Entry]:
        """Entries a name may refer to, most specific source first."""
        return [self.entries[i] for i in self.names.get(normalise(text), ())]

    def country_entry(self, iso3: str) -> Entry | None:
        actor_id = self.country_ids.get(iso3)
        return self.entries.get(actor_id) if actor_id else None

    def country_of(self, text: str) -> str | None:
        """ISO3 for a country name, demonym, or place the seed dictionaries tie to one."""
        key = normalise(text)
        found = self.demonyms.get(key) or self.places.get(key)
        if found is None and key in self.metonyms:
            found = self.metonyms[key][0]
        return found

    def agent_sector(self, words: Iterable[str]) -> str | None:
        """Sector code for the longest agent phrase ending the given lower-case words.

        Placeholder codes of the seed lists (UNK, NON, JNK) count as no sector.
        """
        words = list(words)
        for size in range(min(len(words), self.max_agent_words), 0, -1):
            sector = self.agents.get(" ".join(words[-size:]))
            if sector and sector not in WEAK_SECTORS:
                return sector
        return None

    def agent_hashes(self, strings: Any) -> tuple[frozenset[int], frozenset[int]]:
        """Hashes (in a spaCy StringStore) of agent-phrase last words and of all agent words.

        Cached per StringStore: the same pipeline's Docs share one.
        """
        cached = self._hashes.get(id(strings))
        if cached is None:
            lasts = {p.split()[-1] for p in self.agents if self.agents[p] not in WEAK_SECTORS}
            # lower-cased plurals too: a capitalised "Rebels" keeps its own text as lemma
            lasts |= {w + "s" for w in lasts} | {w[:-1] + "ies" for w in lasts if w.endswith("y")}
            singles = {
                p for p in self.agents if " " not in p and self.agents[p] not in WEAK_SECTORS
            }
            cached = (
                frozenset(strings.add(w) for w in lasts),
                frozenset(strings.add(w) for w in singles),
            )
            self._hashes[id(strings)] = cached
        return cached

    def knows(self, key: str, words: int) -> bool:
        """Is a normalised phrase a name worth a mention when the NER model missed it?

        Single words count only when a curated or user entry, a country or a seat of power
        bears them: the seed dictionaries hold many one-word names that are also common words.
        """
        if key in self.metonyms or key in self.places:
            return True
        ids = self.names.get(key)
        if not ids:
            return False
        return words > 1 or any(self.entries[i].source != "phoenix" for i in ids)


def build_kb(files: Iterable[str | Path] = ()) -> KnowledgeBase:
    """Read the shipped files then the user's, later files overriding earlier ones by id."""
    kb = KnowledgeBase()
    for name in SHIPPED_FILES:
        for entry in read_actor_file(DATA / name):
            kb.add(entry, priority=name == "curated.jsonl")
    for path in files:
        for entry in read_actor_file(path):
            kb.add(entry, priority=True)
    for iso3, sector, kind, name in _read_table("metonyms.tsv"):
        kb.metonyms[normalise(name)] = (iso3, sector if sector != "-" else None, kind)
        if kind == "demonym":
            kb.demonyms[normalise(name)] = iso3  # a curated choice for a shared demonym
    for table in ("agents.tsv", "agents_extra.tsv"):
        for phrase, sector, *_ in _read_table(table):
            key = normalise(phrase)
            if table == "agents_extra.tsv" or key not in kb.agents:
                kb.agents[key] = sector.strip()
    kb.max_agent_words = max((len(k.split()) for k in kb.agents), default=1)
    kb.sovereign_demonyms()
    return kb


def user_dir() -> Path:
    """Where ``demarche actors import`` keeps files: ``$DEMARCHE_HOME/actors`` (``~/.demarche``)."""
    return Path(os.environ.get("DEMARCHE_HOME", Path.home() / ".demarche")) / "actors"


def user_files() -> list[str]:
    """Imported actor files, loaded after the shipped ones so that they override them."""
    folder = user_dir()
    return sorted(str(p) for p in folder.glob("*.jsonl")) if folder.is_dir() else []


CACHE_VERSION = "2"
"""Bump when ``KnowledgeBase`` changes shape, so stale pickles are not read."""


def cache_dir() -> Path:
    """Where built indexes are kept: ``DEMARCHE_CACHE`` or ``~/.cache/demarche``."""
    return Path(os.environ.get("DEMARCHE_CACHE", Path.home() / ".cache" / "demarche"))


def _cache_key(files: tuple[tuple[str, float], ...]) -> str:
    parts = [CACHE_VERSION]
    for name in (*SHIPPED_FILES, "metonyms.tsv", "agents.tsv", "agents_extra.tsv"):
        stat = (DATA / name).stat()
        parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    parts.extend(f"{path}:{mtime}" for path, mtime in files)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


@lru_cache(maxsize=8)
def _cached(files: tuple[tuple[str, float], ...]) -> KnowledgeBase:
    """Build the index, or read it from the on-disk cache (about twice as fast).

    The cache is an optimisation only: any failure to read or write it falls back to
    building from the data files, which are the source of truth.
    """
    path = cache_dir() / f"actors-{_cache_key(files)}.pickle"
    try:
        with path.open("rb") as handle:
            kb = pickle.load(handle)
        if isinstance(kb, KnowledgeBase):
            return kb
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    kb = build_kb(name for name, _ in files)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(kb, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError:
        pass
    return kb


@registry.misc("demarche.actor_kb.v1")
def load_kb(extra_files: Iterable[str] = ()) -> KnowledgeBase:
    """The knowledge base for a set of user files, built once per process and reused.

    The cache key includes each file's modification time, so an edited override file is
    picked up by the next pipeline that is built.
    """
    key = []
    for path in extra_files:
        p = Path(path)
        if not p.exists():
            raise ConfigError("D012", source=str(p), detail="no such file")
        key.append((str(p.resolve()), p.stat().st_mtime))
    return _cached(tuple(key))
