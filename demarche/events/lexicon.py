"""The event lexicon: which verbs and nouns signal which PLOVER event, loaded once per process.

Two shipped files feed it. ``data/plover/verbs.json`` (CC BY-SA 4.0, built by
``scripts/build_event_dictionaries.py``) holds the CAMEO verb dictionary mapped to PLOVER: a default
event per verb plus patterns of following words ("lift * sanctions") that refine it.
``data/lexicon.json`` (MIT, demarche's own) overrides verbs whose CAMEO default comes from a loose
WordNet synonym, adds verb families by the objects that make them events ("delivered medicine" is
AID, "blocked roads" PROTEST; a pattern word "@GPE" matches any token of that entity type) and
lists nominal triggers ("talks", "sanctions", "alliance"). Loading costs
tens of milliseconds, so it is cached per process and shared by every pipeline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.util import registry

DATA = "demarche.events.data"


@dataclass(frozen=True)
class EventSpec:
    """What a trigger means: a PLOVER type with its mode and contexts.

    ``reverse`` marks CAMEO's passive-sense codes ("faces trial"): the grammatical subject is
    then the event's target, not its source.
    """

    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    reverse: bool = False
    cameo: str | None = None


@dataclass(frozen=True)
class Pattern:
    """Words that must follow a verb (each a set of alternatives) for ``spec`` to apply.

    ``spec`` None means the phrase is explicitly not an event ("decline * price").
    """

    words: tuple[frozenset[str], ...]
    spec: EventSpec | None
    singulars: tuple[frozenset[str], ...] = ()
    """Per word, the naive singulars added to a plural pattern word ("refugee" for "refugees"):
    they let the lemma of a plural noun match, but a singular noun modifying another ("the
    refugee agency") names no refugees."""


@dataclass(frozen=True)
class NounEntry:
    """A nominal trigger; ``before`` are the words that must precede the head ("martial law").

    ``governors`` restricts a vague noun to phrases headed by one of these verbs; ``plural``
    to its plural ("sanctions", "stops in Malaysia").
    """

    spec: EventSpec
    before: tuple[str, ...] = ()
    governors: frozenset[str] = frozenset()
    plural: bool = False
    preps: frozenset[str] = frozenset()
    """When set, the noun needs one of these prepositions: "ties with China", not "zip ties"."""
    unless: frozenset[str] = frozenset()
    """Modifiers that make the noun name no event of its kind: a "campaign rally" is no protest,
    a "hurricane warning" no threat."""


@dataclass(frozen=True, eq=False)
class EventLexicon:
    """Verb defaults, verb patterns and nominal triggers, keyed by lower-case lemma.

    Compared by identity (``eq=False``), so derived tables can be cached per lexicon.
    """

    verbs: dict[str, EventSpec | None]
    patterns: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[NounEntry, ...]]
    pattern_index: dict[str, dict[str, tuple[int, ...]]]
    """Per verb, each word that can open a pattern -> the positions of those patterns; required,
    since ``verb_trigger`` tries only the patterns it lists (an empty one would match none)."""

    def has_verb(self, lemma: str) -> bool:
        return lemma in self.patterns or self.verbs.get(lemma) is not None

    def has_noun(self, lemma: str) -> bool:
        return lemma in self.nouns


MODE_FIXES: dict[tuple[str, str], tuple[str | None, str | None]] = {
    ("ASSAULT", "pro_autocracy"): (None, "pro_autocracy"),
    ("ASSAULT", "seize"): ("destroy", None),
    ("RETREAT", "ease"): (None, None),
}
"""(type, mode) pairs of the CAMEO-to-PLOVER mapping that are no PLOVER mode, with the mode and
the context they stand for. The 2021 mapping puts a context in the mode column for CAMEO 175
("use violent repression": ASSAULT, context pro_autocracy), and gives CAMEO 1712 ("destroy
property") COERCE's mode "seize" under ASSAULT, where PLOVER's own mode is "destroy"."""


def _spec(data: dict[str, Any] | None) -> EventSpec | None:
    if not data:
        return None
    kind = str(data["type"])
    mode = data.get("mode")
    context = tuple(data.get("context", ()))
    if mode is not None and (kind, mode) in MODE_FIXES:
        mode, extra = MODE_FIXES[(kind, mode)]
        context = (*context, extra) if extra and extra not in context else context
    return EventSpec(
        type=kind,
        mode=mode,
        context=context,
        reverse=bool(data.get("reverse", False)),
        cameo=data.get("cameo"),
    )


def _read_json(name: str, path: Path | None) -> dict[str, Any]:
    if path is not None:
        return json.loads(path.read_text(encoding="utf-8"))
    return json.loads(resources.files(DATA).joinpath(name).read_text(encoding="utf-8"))


def _plural_forms(word: str) -> frozenset[str]:
    """A pattern word and its naive singular, so "SANCTIONS" also meets the lemma "sanction"."""
    forms = {word}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.add(word[:-1])
    return frozenset(forms)


def _pattern(words: list[list[str]], spec: EventSpec | None) -> Pattern:
    """A pattern whose plural words also meet their singular lemma (see ``Pattern.singulars``)."""
    forms = tuple(frozenset().union(*map(_plural_forms, w)) for w in words)
    return Pattern(forms, spec, tuple(f - frozenset(w) for f, w in zip(forms, words, strict=True)))


def build_lexicon(verbs_path: Path | None = None, lexicon_path: Path | None = None) -> EventLexicon:
    """Join the CAMEO-derived verbs with demarche's own overrides and nominal triggers."""
    cameo = _read_json("plover/verbs.json", verbs_path)["verbs"]
    own = _read_json("lexicon.json", lexicon_path)
    verbs: dict[str, EventSpec | None] = {}
    patterns: dict[str, tuple[Pattern, ...]] = {}
    for lemma, entry in cameo.items():
        verbs[lemma] = _spec(entry.get("default"))
        found = [_pattern(p["words"], _spec(p.get("event"))) for p in entry.get("patterns", ())]
        if found:
            # most specific first: the longest pattern that matches wins
            patterns[lemma] = tuple(sorted(found, key=lambda p: -len(p.words)))
    for lemma, entry in own.get("verbs", {}).items():
        verbs[lemma] = _spec(entry)
        if entry and entry.get("ignore_patterns"):
            patterns.pop(lemma, None)  # CAMEO's patterns for it code a different sense
    for lemma, entries in own.get("patterns", {}).items():
        found = [_pattern(p["words"], _spec(p.get("event"))) for p in entries]
        # demarche's own patterns go first, so among equally long patterns they win (the sort
        # is stable): they correct CAMEO phrases that PLOVER 2.0 codes differently
        patterns[lemma] = tuple(
            sorted((*found, *patterns.get(lemma, ())), key=lambda p: -len(p.words))
        )
    nouns: dict[str, list[NounEntry]] = {}
    for phrase, entry in own.get("nouns", {}).items():
        words = phrase.split()
        head = words[-1]
        noun = NounEntry(
            spec=_spec(entry) or EventSpec("CONSULT"),
            before=tuple(words[:-1]),
            governors=frozenset(entry.get("governors", ())),
            plural=bool(entry.get("plural", False)),
            preps=frozenset(entry.get("preps", ())),
            unless=frozenset(entry.get("unless", ())),
        )
        nouns.setdefault(head, []).append(noun)
    index: dict[str, dict[str, tuple[int, ...]]] = {}
    for lemma, entries in patterns.items():
        openers: dict[str, list[int]] = {}
        for position, pattern in enumerate(entries):
            for word in pattern.words[0]:
                openers.setdefault(word, []).append(position)
        index[lemma] = {word: tuple(found) for word, found in openers.items()}
    return EventLexicon(
        verbs=verbs,
        patterns=patterns,
        pattern_index=index,
        nouns={k: tuple(sorted(v, key=lambda n: -len(n.before))) for k, v in nouns.items()},
    )


@lru_cache(maxsize=4)
def default_lexicon() -> EventLexicon:
    """The shipped lexicon, built once per process."""
    return build_lexicon()


@registry.misc("demarche.event_lexicon.v1")
def make_event_lexicon(
    verbs_path: str | None = None, lexicon_path: str | None = None
) -> EventLexicon:
    """Registered loader so a spaCy config can swap in a user's own lexicon files."""
    if verbs_path is None and lexicon_path is None:
        return default_lexicon()
    return build_lexicon(
        Path(verbs_path) if verbs_path else None,
        Path(lexicon_path) if lexicon_path else None,
    )
