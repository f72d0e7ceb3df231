"""Matching trigger words: verbs and nouns that signal a PLOVER event, read over the parse.

A verb's meaning often depends on what follows it ("lift sanctions" is a retreat, "impose
sanctions" a sanction), so each candidate verb collects the words of its own phrase (object,
particles, prepositional phrases, the noun it modifies, the subject of a passive) and the most
specific CAMEO pattern whose words are all present decides the event. Nouns ("talks",
"sanctions", "alliance") are triggers of their own unless a verb's pattern already used them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import IS_TITLE, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span, Token

from demarche.events.lexicon import EventLexicon, EventSpec

CONTEXT_STOP_DEPS = frozenset(
    {
        "nsubj",
        "csubj",
        "ccomp",
        "advcl",
        "conj",
        "cc",
        "punct",
        "mark",
        "parataxis",
        "relcl",
        "aux",
        "auxpass",
        "neg",
        "advmod",
        "npadvmod",
        "dep",
    }
)
"""Dependents that leave the verb's own phrase: their words never select a pattern."""

PARTICLES = frozenset({"back", "out", "off", "away", "down", "up", "over", "in", "home", "ahead"})
"""Adverbs that complete a phrasal verb though the parser files them as ``advmod`` ("pulled
back its forces", "sending captives back", "sent home its troops", "pressed ahead with the
plan"): they belong to the verb's phrase like a ``prt``."""

ENTITY_MARK = "@"
"""A pattern word "@GPE" matches any token of that entity type: "went to @GPE" is a visit, "went
to the scene" is not."""

TIME_ENTS = frozenset({"DATE", "TIME"})
"""Entity types whose words never match a pattern's words: "March", "May" are months here."""

MAX_CONTEXT = 14
"""Words a verb's pattern may look at: enough for "lift the embargo on Iraq", bounded for speed."""

HOSTILE_ACTS = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})

OBLIGATION_MODALS = frozenset({"must", "should"})

DESIRES = frozenset({"want", "wish"})
"""Verbs of wanting: wanting another party to act ("Washington wants Beijing to release the
activists") is a demand of it, PLOVER REQUEST; wanting to act oneself is not."""

NAMING_VERBS = frozenset({"call"})
"""Verbs whose CAMEO patterns read a request from a preposition ("called for talks", "called on
Turkey to withdraw") but that also name, declare or summon: with an object of their own that no
pattern used ("called Trump a disgrace for ...", "called the election for Biden") they request
nothing."""

NAMING_DEPS = frozenset({"dobj", "oprd"})

THING_HEADS = frozenset(
    """allegation doctor footage force gun measure plot rifle song speech video vote
    warrant weapon""".split()
)
"""Heads that a trigger noun before them only classifies (see ``_modifies_a_thing``)."""

NOUN_EXCLUDED_ENTS = frozenset(
    {"ORG", "EVENT", "LAW", "WORK_OF_ART", "PERSON", "GPE", "FAC", "DATE", "TIME"}
)
"""Named things whose words look like triggers ("the Paris Agreement") but report no event, and
dates, whose month names do ("in early March" holds no march)."""

MONTHS = frozenset(
    """january february march april may june july august september october november
    december""".split()
)
"""Month names: capitalised, a trigger noun spelled like one ("Wednesday, March 2") is the
month, whether or not the recogniser took it for a date."""


@dataclass
class Trigger:
    """A candidate event: its head token, what it means, and how it was recognised."""

    token: Token
    spec: EventSpec
    nominal: bool
    pattern: bool = False
    start: int = 0
    end: int = 0
    headline: bool = False
    """Found in title case, where the parse is unreliable and word order decides the parties."""
    embedded: list[Token] = field(default_factory=list)
    """Tokens of events folded into this one; their phrases also hold its target."""

    @property
    def span(self) -> Span:
        return self.token.doc[self.start : self.end]


def _context_words(verb: Token) -> tuple[set[str], list[Token]]:
    """The words of a verb's own phrase (lower-case forms and lemmas) and their tokens."""
    words: set[str] = set()
    tokens: list[Token] = []
    queue = [
        child
        for child in verb.children
        if child.dep_ not in CONTEXT_STOP_DEPS
        or _small_clause(child)
        or (child.dep_ == "advmod" and child.lower_ in PARTICLES)
    ]
    if verb.dep_ in ("acl", "relcl", "amod"):
        queue.append(verb.head)  # "sanctions imposed on ..." : the modified noun is the object
    queue.extend(c for c in verb.children if c.dep_ == "nsubjpass")
    lo, hi = verb.i - 8, verb.i + 16
    while queue and len(tokens) < MAX_CONTEXT:
        token = queue.pop(0)
        if not lo <= token.i <= hi or token in tokens:
            continue
        tokens.append(token)
        words.add(token.lower_)
        words.add(token.lemma_.lower())
        if token.ent_type_:
            words.add(ENTITY_MARK + token.ent_type_)
        if token != verb.head:
            queue.extend(
                c
                for c in token.children
                if c.dep_ not in CONTEXT_STOP_DEPS
                or (c.dep_ == "nsubj" and token.head == verb and _small_clause(token))
            )
        else:
            queue.extend(c for c in token.children if c.dep_ in ("compound", "amod"))
    return words, tokens


def _small_clause(child: Token) -> bool:
    """Whether a clausal dependent completes the verb's own phrase rather than reporting
    something: a verbless small clause ("found them guilty") or an infinitive with its own
    subject ("allowed inspectors to visit", "allowed candidates to participate"). The parser
    files both as a ccomp, like the content of "said (that) ...", but here the clause and its
    subject are what the verb acts on and decide what it means."""
    if child.dep_ != "ccomp":
        return False
    if child.pos_ == "ADJ":
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and not any(
        c.dep_ == "mark" for c in child.children
    )


def _match_in_order(
    words: tuple[frozenset[str], ...],
    tokens: list[Token],
    singulars: tuple[frozenset[str], ...] = (),
) -> set[int] | None:
    """Token indices matching a pattern's words in text order, or None.

    CAMEO patterns are sequences: "raise * possibility (of sanctions)" must not match "raised the
    possibility of easing sanctions", where another verb owns "sanctions". So the words must
    come in order and no other verb may stand between two of them. A singular noun modifying
    another ("the UN refugee agency") does not stand for a plural pattern word ("refugees").
    """
    position = 0
    found: set[int] = set()
    verb_between = False
    for token in tokens:
        if position == len(words):
            break
        alternatives = words[position]
        forms = set() if token.ent_type_ in TIME_ENTS else {token.lower_, token.lemma_.lower()}
        forms &= alternatives  # "in early March" holds no march
        if forms and token.dep_ == "compound" and singulars and forms <= singulars[position]:
            forms = set()  # "refugee agency" names no refugees
        if forms or (token.ent_type_ and ENTITY_MARK + token.ent_type_ in alternatives):
            if verb_between and found:
                return None
            found.add(token.i)
            position += 1
            verb_between = False
        elif found and token.pos_ == "VERB":
            verb_between = True
    return found if position == len(words) else None


def _stray_preposition(verb: Token, found: set[int]) -> bool:
    """Whether a pattern opens with a preposition that belongs to some other word: "call on",
    "fly to" and "hail from" are the verb's own preposition ("called on Turkey to withdraw"),
    not one inside its phrase ("called to reports of a collision on the motorway"). "Between"
    names the parties wherever the parser hangs it ("mediated a truce between Iran and Iraq")."""
    first = verb.doc[min(found)]
    return first.pos_ == "ADP" and first.head != verb and first.lower_ != "between"


def _hostile(spec: EventSpec | None) -> bool:
    return spec is not None and (spec.type in HOSTILE_ACTS or spec.type == "THREATEN")


def _embedded(verb: Token, found: set[int]) -> bool:
    """Whether a pattern's first word belongs to another verb's phrase below this one: in
    "wants to end the sanctions" the sanctions are what "end" acts on, so "want ... sanctions"
    (a threat) does not apply; "end sanctions" is read at "end". Asked of verbs of wanting
    only, for their hostile readings: a frame such as "threatened to impose sanctions" is
    rightly read by its patterns, and "wants to receive aid" still asks for aid."""
    token = verb.doc[min(found)]
    if token.i == verb.i or verb not in token.ancestors:
        return False
    head = token.head
    while head != verb:
        if head.pos_ == "VERB" and head.i not in found:
            return True
        head = head.head
    return False


def verb_trigger(
    verb: Token, lexicon: EventLexicon, lemma: str | None = None
) -> tuple[Trigger | None, set[int]]:
    """The event a verb signals, if any, and the token indices its pattern used up."""
    lemma = lemma or verb.lemma_.lower()
    patterns = lexicon.patterns.get(lemma, ())
    spec = lexicon.verbs.get(lemma)
    matched = False
    used: set[int] = set()
    if patterns:
        words, tokens = _context_words(verb)
        ordered = sorted(tokens, key=lambda t: t.i)
        index = lexicon.pattern_index.get(lemma, {})
        # only patterns whose first word is present can match; keep their specificity order
        possible = sorted({i for word in words for i in index.get(word, ())})
        for pattern in (patterns[i] for i in possible):
            if not all(alternatives & words for alternatives in pattern.words):
                continue  # the cheap test first: most patterns fail here
            found = _match_in_order(pattern.words, ordered, pattern.singulars)
            if found is None or _stray_preposition(verb, found):
                continue
            if lemma in DESIRES and _hostile(pattern.spec) and _embedded(verb, found):
                continue  # "wants to end the sanctions" threatens nothing
            used = found
            if pattern.spec is None or _kind_of_no_event(verb.doc, found, lexicon):
                return None, used
            spec, matched = pattern.spec, True
            break
    if spec is None:
        return None, used
    if not matched:
        objects = {c.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
        if _kind_of_no_event(verb.doc, objects, lexicon):
            return None, used  # "lifted its storm warnings": what is lifted is no sanction
    end = verb.i + 1
    for child in verb.children:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return Trigger(verb, spec, nominal=False, pattern=matched, start=verb.i, end=end), used


def noun_governor(noun: Token) -> Token | None:
    """The verb whose object a noun is ("restore ties", "called for talks")."""
    token = noun
    for _ in range(3):
        if token.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            return token.head
        if token.dep_ in ("pobj", "compound", "conj"):
            token = token.head
            continue
        if token.dep_ == "prep":
            token = token.head
            if token.pos_ == "VERB":
                return token
            continue
        return None
    return None


def noun_trigger(noun: Token, lexicon: EventLexicon) -> Trigger | None:
    """The event a noun names, if any ("the international sanctions imposed on North Korea")."""
    lemma = noun.lemma_.lower()
    entries = lexicon.nouns.get(noun.lower_, ())  # the surface form first: "talks" is not "talk"
    if lemma != noun.lower_:
        entries = (*entries, *lexicon.nouns.get(lemma, ()))
    if not entries or noun.ent_type_ in NOUN_EXCLUDED_ENTS or _names_a_kind(noun):
        return None
    if noun.is_title and noun.lower_ in MONTHS:
        return None
    if _modifies_a_thing(noun):
        return None
    doc = noun.doc
    for entry in entries:
        if entry.before:
            first = noun.i - len(entry.before)
            if first < 0:
                continue
            if tuple(t.lower_ for t in doc[first : noun.i]) != entry.before:
                continue
        else:
            first = noun.i
        if entry.plural and noun.tag_ not in ("NNS", "NNPS"):
            continue  # "sanctions" and "stops in" are events; "a sanction", "a stop" rarely
        if entry.preps and not any(
            c.dep_ == "prep" and c.lower_ in entry.preps for c in noun.children
        ):
            continue
        if entry.unless and _modified_by(noun, entry.unless):
            continue
        if entry.governors:
            governor = noun_governor(noun)
            if governor is None or governor.lemma_.lower() not in entry.governors:
                continue
        return Trigger(noun, entry.spec, nominal=True, start=first, end=noun.i + 1)
    return None


MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _modified_by(noun: Token, words: frozenset[str]) -> bool:
    """Whether a noun's modifiers, or those of the noun it is listed with, include one of
    ``words``: "campaign rally", "tropical storm warnings", "hurricane watches or warnings".

    The modifier, not the head, says what kind of thing the noun is, so it decides whether a
    rally is a protest or a warning a threat; only the noun's own phrase is read, so "a
    warning to the storm's victims" still counts.
    """
    heads = [noun, noun.head] if noun.dep_ == "conj" else [noun]
    for head in heads:
        stack = [c for c in head.lefts if c.dep_ in MODIFIER_DEPS]
        while stack:
            token = stack.pop()
            if token.lower_ in words or token.lemma_.lower() in words:
                return True
            stack.extend(c for c in token.lefts if c.dep_ in MODIFIER_DEPS)
    return False


def _kind_of_no_event(doc: Doc, found: set[int], lexicon: EventLexicon) -> bool:
    """Whether a verb's pattern matched, or the verb acts on, a noun whose modifiers make it no
    event ("held a campaign rally", "issued a hurricane warning", "lifted its storm
    warnings"): the verb only carries the noun's event."""
    for i in found:
        token = doc[i]
        entries = lexicon.nouns.get(token.lower_, ()) or lexicon.nouns.get(token.lemma_.lower(), ())
        if any(e.unless and _modified_by(token, e.unless) for e in entries):
            return True
    return False


def _modifies_a_thing(noun: Token) -> bool:
    """Whether a trigger noun only says what kind of thing its head is (``THING_HEADS``): an
    "assault rifle", "assassination plots", a "resignation speech", "arrest warrants",
    "lockdown measures" report no assault, arrest or lockdown. A head that is itself the act's
    frame or its plan ("a cooperation agreement", "a bombing campaign", "no meeting plans have
    been set") keeps the event."""
    head = noun.head
    return (
        noun.dep_ == "compound"
        and head.i > noun.i
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in THING_HEADS
    )


def _names_a_kind(noun: Token) -> bool:
    """Whether a trigger noun only names a kind of another thing, negated inside a modifier:
    "a no-deal Brexit", "a no-fly zone" report no deal and no flight, where "no deal was
    reached" reports a deal negated (its modality says so)."""
    return noun.dep_ in ("compound", "amod", "nmod") and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def names_something(verb: Token, used: set[int]) -> bool:
    """Whether a naming verb is followed at once by an object of its own that its pattern did
    not use: "called Trump a disgrace for ...", "called the election for Biden" (see
    ``NAMING_VERBS``). The object of a request ("called an end to the fighting") is part of its
    pattern, and one after the preposition ("called on officials from the private sector to
    act") is the parser's misreading of the addressees."""
    return any(
        c.dep_ in NAMING_DEPS and c.i not in used and c.left_edge.i == verb.i + 1
        for c in verb.children
    )


def headline_lemma(word: str, lexicon: EventLexicon) -> tuple[str, str] | None:
    """("VERB"|"NOUN", lemma) for a title-case word the tagger took for a name, if it is one
    of the lexicon's triggers under a regular inflection ("condemns", "bombings")."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    for form in forms:
        if form in lexicon.nouns:
            return "NOUN", form
    for form in forms:
        if lexicon.has_verb(form):  # also verbs that are events only in phrases ("Renews")
            return "VERB", form
    return None


@lru_cache(maxsize=8)
def _hashes(lexicon: EventLexicon) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """String hashes of verb lemmas, noun forms and obligation modals, for a vectorised scan."""
    verbs = [v for v in {*lexicon.verbs, *lexicon.patterns} if lexicon.has_verb(v)] + sorted(
        DESIRES
    )
    as_array = lambda words: numpy.array(  # noqa: E731
        sorted(hash_string(w) for w in words), dtype=numpy.uint64
    )
    return as_array(verbs), as_array(lexicon.nouns), as_array(OBLIGATION_MODALS)


def candidate_indices(doc: Doc | Span, lexicon: EventLexicon) -> list[int]:
    """Indices of tokens that may be triggers, found with numpy rather than a Python loop, so
    the cost on a long article is a few array operations plus work on the candidates only."""
    if isinstance(doc, Span):
        array = doc.doc.to_array([POS, LEMMA, LOWER, IS_TITLE])[doc.start : doc.end]
        offset = doc.start
    else:
        array = doc.to_array([POS, LEMMA, LOWER, IS_TITLE])
        offset = 0
    if not len(array):
        return []
    verbs, nouns, modals = _hashes(lexicon)
    pos, lemma, lower, title = array[:, 0], array[:, 1], array[:, 2], array[:, 3]
    mask = (pos == POS_IDS["VERB"]) & numpy.isin(lemma, verbs)
    mask |= numpy.isin(pos, (POS_IDS["NOUN"], POS_IDS["PROPN"])) & (
        numpy.isin(lemma, nouns) | numpy.isin(lower, nouns)
    )
    mask |= (pos == POS_IDS["PROPN"]) & (title == 1)  # headline words, checked one by one
    mask |= numpy.isin(lower, modals)
    return [int(i) + offset for i in numpy.flatnonzero(mask)]
