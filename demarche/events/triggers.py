"""Finding event triggers: verbs and nouns that signal a PLOVER event, read over the parse.

A verb's meaning often depends on what follows it ("lift sanctions" is a retreat, "impose
sanctions" a sanction), so each candidate verb collects the words of its own phrase (object,
particles, prepositional phrases, the noun it modifies, the subject of a passive) and the most
specific CAMEO pattern whose words are all present decides the event. Nouns ("talks",
"sanctions", "alliance") are triggers of their own unless a verb's pattern already used them.

Frames then fold embedded events into the act that frames them, as PLOVER codes them: "refused to
meet" is one REJECT (mode meet), "agreed to cooperate" one AGREE, not two events.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
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

FRAME_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})
"""Types whose events frame another one ("threatened to attack"): the framed one is their mode."""

PROTEST_TOPICS = frozenset({"REQUEST", "ACCUSE", "PROTEST"})
"""What a protest says ("to demand reforms", "to protest the decision"): PLOVER codes the protest,
not its topic, as the event."""

PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
"""How a protest's topic hangs on it: a purpose or participial clause, not a mere phrase."""

MEETING_AGENDAS = frozenset({"SUPPORT", "COOPERATE"})
AIMING_VERBS = frozenset(
    """strengthen improve deepen boost enhance expand bolster promote foster cement advance
    further develop increase broaden widen""".split()
)
"""What a visit or meeting is for ("visited Brasilia to strengthen ties", "met to expand
cooperation"): PLOVER codes the meeting, and ties that it aims to improve by degrees are only
its agenda, not an act done. An act done on the visit ("went to Sofia to sign the accord", "to
express support") stays an event of its own."""

EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "pobj", "pcomp", "dobj", "prep", "acl", "advcl"})

ADJUNCT_WORDS = frozenset(
    """after before since following despite during amid amidst until till while because
    although though whereas when once""".split()
)
"""Prepositions and conjunctions that attach a time or a reason, not what a frame is about: in
"called for restraint after criticising the EU" and "agreed to talks after rebels attacked"
the criticism and the attack are acts of their own, not what is requested or agreed to."""

FRAME_MODES: dict[tuple[str, str], str] = {
    ("AGREE", "CONSULT"): "meet",
    ("AGREE", "RETREAT"): "yield",
    ("AGREE", "CONCEDE"): "yield",
    ("AGREE", "COOPERATE"): "assist",
    ("AGREE", "AID"): "assist",
    ("AGREE", "SUPPORT"): "assist",
    ("REQUEST", "CONSULT"): "meet",
    ("REJECT", "CONSULT"): "meet",
    ("REQUEST", "AGREE"): "meet",
    ("REJECT", "AGREE"): "meet",
    ("REQUEST", "RETREAT"): "yield",
    ("REJECT", "RETREAT"): "yield",
    ("REQUEST", "CONCEDE"): "yield",
    ("REJECT", "CONCEDE"): "yield",
    ("REQUEST", "COOPERATE"): "assist",
    ("REJECT", "COOPERATE"): "assist",
    ("REQUEST", "AID"): "assist",
    ("REJECT", "AID"): "assist",
    ("THREATEN", "ASSAULT"): "violence",
    ("THREATEN", "SANCTION"): "relations",
    ("THREATEN", "COERCE"): "restrict",
}

EXERCISES = frozenset(
    {"exercise", "drill", "maneuver", "manoeuvre", "maneuvers", "manoeuvres", "game", "wargame"}
)
"""Heads of a military exercise's name ("war games", "naval drills", "joint manoeuvres")."""

SPEAKING_ENTS = frozenset({"GPE", "ORG", "PERSON"})
SPEAKING_AGENTS = frozenset(
    {
        "government",
        "ministry",
        "embassy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "official",
        "officials",
        "diplomat",
        "ambassador",
        "authorities",
        "foreign",
        "watchdog",
    }
)
"""Subjects whose protest is a statement (see ``_protest_in_words``)."""

TITLE_SHARE = 0.7
"""Share of longer words capitalised in a headline ("Brazil Condemns Violence Against
Civilians"); running text with a name and a title or two stays well below it."""

MAX_TITLE_WORDS = 40

QUESTION_VERBS = frozenset({"ask", "inquire", "enquire"})

EXCLUDING_VERBS = frozenset({"rule"})
"""Verbs that refuse by excluding an option ("ruled out talks"): negated ("has not ruled out
military action") they keep it open, which is no rejection, and what is kept open is read as
an event of its own."""

COMMISSIVES = frozenset({"vow", "swear", "pledge", "promise"})
"""Verbs that commit the speaker to an act: to a cooperative one they are AGREE, to a hostile one
("vowed to retaliate", "have sworn to fight") PLOVER codes a THREATEN."""

HOSTILE_ACTS = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})

YIELDING = frozenset({"CONCEDE", "RETREAT"})
"""Acts that, promised ("pledged to withdraw", "vowed to lift the curfew"), PLOVER codes as a
concession, not an AGREE: a retreat or concession announced is CONCEDE. Agreeing to one ("agreed
to resign", "agreed to lift embargoes") stays AGREE, as the GSR codes it."""

HOSTILE_VERBS = frozenset({"fight", "retaliate", "avenge", "crush", "punish", "annihilate"})
"""Verbs that are no event on their own ("fight corruption", "crush the grapes") but, promised
against a party or with no object at all, promise violence."""

HOSTILE_OBJECT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})

OBLIGATION_MODALS = frozenset({"must", "should"})
SPEECH_VERBS = frozenset(
    {"say", "declare", "announce", "insist", "state", "tell", "stress", "reiterate", "write"}
)
"""Verbs reporting a statement; with an obligation in their clause they report a demand."""

NOT_ADDRESSEES = frozenset({"i", "we", "it", "there", "one", "people", "everyone", "everybody"})
"""Subjects of an obligation that name no other party to make a demand of."""

DESIRES = frozenset({"want", "wish"})
"""Verbs of wanting: wanting another party to act ("Washington wants Beijing to release the
activists") is a demand of it, PLOVER REQUEST; wanting to act oneself is not."""

PEACEKEEPING_WORDS = frozenset(
    "peacekeeper peacekeepers peacekeeping peace-keeper peace-keepers peace-keeping".split()
)
"""Forces sent to keep a peace: PLOVER codes deploying them as AID (as the lexicon's "deploy
peacekeepers" pattern does), not MOBILIZE, also when the act is a noun ("the deployment of
NATO peacekeeping troops")."""

ENCOURAGING_VERBS = frozenset({"encourage"})
"""Verbs of support that, with a party and an act for it to do ("encouraged its allies to
restrict exports"), ask that party to act: PLOVER REQUEST, as CAMEO codes "urge"; encouraging
a party or an effort ("encouraged the talks") stays SUPPORT."""

NAMING_VERBS = frozenset({"call"})
"""Verbs whose CAMEO patterns read a request from a preposition ("called for talks", "called on
Turkey to withdraw") but that also name, declare or summon: with an object of their own that no
pattern used ("called Trump a disgrace for ...", "called the election for Biden") they request
nothing."""

NAMING_DEPS = frozenset({"dobj", "oprd"})

OFFER_VERBS = frozenset({"offer"})
"""Verbs that are an AGREE only as an offer to act ("offered to mediate") or of what a party
gives another (their CAMEO patterns: assistance, troops, talks, a ceasefire); offering
flights, a solution, DVDs or services is commerce or a figure of speech ("term limits offer a
solution")."""

PARTNER_VERBS = frozenset({"discuss", "talk"})
"""Verbs that are a consultation only between parties: "Lavrov discussed the crisis with
Wang", "the two ministers discussed trade", "Putin talked to Erdogan"; one person discussing or
talking about his background, plans or views (to an interviewer) consults no one."""

PARTNER_PREPS = frozenset({"with", "between", "among", "amongst"})
ADDRESSEE_PREPS = frozenset({"to"})
"""One talks to a partner ("talked to the envoy") but discusses something to an end: "to" is
a partner only for verbs of talking."""

SHOWING_VERBS = frozenset({"demonstrate"})
"""Verbs that are a protest only without an object: crowds "demonstrated in Kirkuk" or
"against the decision", but a court that "demonstrated a shocking ignorance", a statement that
"demonstrates a lack of understanding" and an engineer "demonstrating a new screen" show
something (see ``_shows_something``)."""
SHOWN_DEPS = frozenset({"dobj", "ccomp", "nsubjpass", "oprd", "xcomp"})
STANCES = frozenset(
    """anger discontent displeasure dissatisfaction frustration opposition outrage solidarity
    support sympathy""".split()
)
"""What a crowd demonstrates when it protests ("demonstrated their solidarity with the
miners"): a stance shown in the street, not a thing shown."""

ANIMALS = frozenset(
    """animal bat bear bird boar camel cat cattle chicken cow deer dog dolphin duck elephant
    fish goat hen horse livestock lion mink monkey mouse pig poultry rat rhino shark sheep
    tiger whale wildlife wolf""".split()
)
"""Victims that make a killing or a cull no event between parties ("killing animals", "ordered
the slaughter of 300,000 pigs"): a closed class, read by lemma."""

WARNING_VERBS = frozenset({"warn", "caution"})
POSSIBILITY = frozenset({"could", "might", "may"})
"""Modals of a forecast rather than a commitment (see ``_forecast``)."""
NAMED_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
CONSEQUENCE_VERBS = frozenset({"face", "suffer", "pay", "regret", "bear"})
"""What a threatened party "could face" or "might regret": a threat however it is worded."""

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


def _noun_governor(noun: Token) -> Token | None:
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
            governor = _noun_governor(noun)
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


def _names_something(verb: Token, used: set[int]) -> bool:
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


def find_triggers(doc: Doc | Span, lexicon: EventLexicon) -> list[Trigger]:
    """Every trigger in a text, after patterns consumed nouns and frames folded events."""
    triggers: list[Trigger] = []
    used: set[int] = set()
    nouns: list[Token] = []
    modals: list[Token] = []
    full = doc.doc if isinstance(doc, Span) else doc
    title_sentences: dict[int, bool] = {}
    for index in candidate_indices(doc, lexicon):
        token = full[index]
        pos = token.pos_
        lemma = token.lemma_.lower()
        if token.lower_ in OBLIGATION_MODALS:
            modals.append(token)
            continue
        if (
            pos == "PROPN"
            and token.is_title
            and not token.ent_type_
            and _in_title_case(token, title_sentences)
        ):
            # Title-case headlines ("France Condemns Violence") are tagged as names; in running
            # text a capitalised word is a title's ("Minister for Finance", "Minority Whip")
            headline = headline_lemma(token.lower_, lexicon)
            if headline is not None:
                pos, lemma = headline
        if pos == "VERB" and lemma in DESIRES and _wants_another_to_act(token):
            end = token.i + 1
            triggers.append(
                Trigger(token, EventSpec("REQUEST"), nominal=False, start=token.i, end=end)
            )
            continue
        if pos == "VERB":
            if not lexicon.has_verb(lemma):
                continue
            if token.dep_ == "amod" and lemma in AIMING_VERBS:
                continue  # "strengthened ties", "expanded trade": a state; the noun is the event
            trigger, consumed = verb_trigger(token, lexicon, lemma)
            if _agentless(token):  # "killed in clashes between ...": the clashes stay an event
                consumed = {i for i in consumed if full[i].dep_ != "pobj"}
            used |= consumed
            if trigger is not None and lemma in EXCLUDING_VERBS and _negated(token):
                continue  # "has not ruled out talks": the option stays open, nothing is refused
            if trigger is not None and lemma in QUESTION_VERBS and _asks_a_question(token):
                continue
            if (
                trigger is not None
                and trigger.spec.type == "REQUEST"
                and lemma in NAMING_VERBS
                and _names_something(token, consumed)
            ):
                continue
            if (
                trigger is not None
                and lemma in OFFER_VERBS
                and not trigger.pattern
                and not _to_act(token)
            ):
                continue
            if trigger is not None and lemma in PARTNER_VERBS and _alone(token, lemma):
                continue
            if trigger is not None and token.dep_ == "amod" and not trigger.pattern:
                continue  # a participle used as an adjective: "pledged delegates", "armed men"
            if trigger is not None and lemma in SHOWING_VERBS and _shows_something(token):
                continue
            if trigger is not None:
                trigger.headline = token.pos_ == "PROPN"
                triggers.append(trigger)
        elif pos in ("NOUN", "PROPN") and (lemma in lexicon.nouns or token.lower_ in lexicon.nouns):
            nouns.append(token)
    for noun in nouns:
        if noun.i in used:
            continue
        trigger = noun_trigger(noun, lexicon)
        if trigger is not None:
            triggers.append(trigger)
    triggers.extend(_obligations(modals, {t.token.i for t in triggers}))
    forecasts = {i for t in triggers for i in _forecast(t)}
    triggers = [
        t for t in triggers if t.token.i not in forecasts and not _falls_on_animals(t.token)
    ]
    for trigger in triggers:
        if _is_commissive(trigger) and _promises_violence(trigger.token):
            trigger.spec = replace(trigger.spec, type="THREATEN", mode="violence")
        elif trigger.spec.type in ("PROTEST", "SUPPORT") and _protest_in_words(trigger):
            trigger.spec = EventSpec("ACCUSE", mode="disapprove", cameo=trigger.spec.cameo)
        elif trigger.spec.type == "MOBILIZE" and _sends_peacekeepers(trigger):
            trigger.spec = EventSpec("AID", context=("peacekeeping",), cameo=trigger.spec.cameo)
        elif trigger.spec.type == "SUPPORT" and _encourages_an_act(trigger):
            trigger.spec = EventSpec("REQUEST", cameo=trigger.spec.cameo)
        elif trigger.spec.type == "MOBILIZE" and _joint_exercise(trigger.token):
            trigger.spec = EventSpec("COOPERATE", context=("military",), cameo=trigger.spec.cameo)
    return fold_frames(triggers)


def _protest_in_words(trigger: Trigger) -> bool:
    """Whether "protest" is a statement rather than a demonstration: when a government, an
    organisation, a named person or an official protests ("China protested the visit"), PLOVER
    codes a diplomatic protest, ACCUSE disapprove; crowds ("students", "Palestinians") protest
    in the street."""
    if trigger.nominal or trigger.token.lemma_.lower() != "protest":
        return False
    verb = trigger.token
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("acl", "relcl"):
        subjects = [verb.head]  # "a human rights group protested", parsed as a modifier
    return any(
        (s.ent_type_ in SPEAKING_ENTS and s.tag_ != "NNPS")  # "Hongkongers" are a crowd
        or s.lemma_.lower() in SPEAKING_AGENTS
        or any(c.lower_ == "rights" for c in s.children)  # "a human rights group"
        for s in subjects[:1]
    )


def _to_act(verb: Token) -> bool:
    """Whether a verb has an infinitive complement: "offered to hand over the suspects"."""
    return any(
        c.dep_ in ("xcomp", "advcl", "ccomp")
        and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _alone(verb: Token, lemma: str = "discuss") -> bool:
    """Whether a verb of consulting has a single subject and no partner: no "with", "between"
    or "among" phrase (on the verb or its object), no conjoined or plural subject. A passive
    or a verb whose subject is elsewhere ("agreed to discuss") is not judged."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    subject = subjects[0]
    if subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children):
        return False
    if subject.lower_ in ("we", "they"):
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "the dispute with Lima"
    partners = PARTNER_PREPS | (ADDRESSEE_PREPS if lemma == "talk" else frozenset())
    return not any(
        c.dep_ == "prep" and c.lower_ in partners for head in heads for c in head.children
    )


def _forecast(trigger: Trigger) -> set[int]:
    """The tokens of a warning that only predicts what someone else may do or what may
    happen, and of the act it predicts: "warned that Biden could destroy the growth", "warned
    the transition could be a threat". Neither is an event: a threat says what its source will
    do ("warned that police will no longer tolerate rallies", "warned that it could invade the
    islands") or what the target will suffer ("warned that the United States could face
    consequences"). So a clause whose subject is a named party of its own and whose modal is
    one of possibility ("could", "might", "may") is a forecast, unless its verb is one of
    suffering (``CONSEQUENCE_VERBS``). A thing as subject ("warned that the deal could lead to
    a stoppage") may be the source's own veiled threat, and stays one."""
    token = trigger.token
    if (
        trigger.nominal
        or token.lemma_.lower() not in WARNING_VERBS
        or trigger.spec.type != "THREATEN"
    ):
        return set()
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() in CONSEQUENCE_VERBS:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if subjects and subjects[0].ent_type_ in NAMED_PARTIES and modals & POSSIBILITY:
            return {token.i, clause.i}
    return set()


def _falls_on_animals(token: Token, depth: int = 0) -> bool:
    """Whether the act a trigger names is done to animals: a verb's object or passive subject
    ("culled the birds", "pigs were slaughtered"), a noun's "of" phrase ("the killing of
    pigs"), or that of the act a verb orders ("ordered the killing of 300,000 pigs")."""
    wanted = ("dobj", "nsubjpass") if token.pos_ == "VERB" else ("prep",)
    for child in token.children:
        if child.dep_ not in wanted:
            continue
        if child.dep_ == "prep":
            if child.lower_ != "of":
                continue
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
            if child.dep_ != "pobj":
                continue
        if child.lemma_.lower() in ANIMALS:
            return True
        if depth == 0 and child.pos_ == "NOUN" and _falls_on_animals(child, 1):
            return True
    return False


def _shows_something(verb: Token) -> bool:
    """Whether a verb of showing has what is shown: an object, a clause, or a passive subject
    ("no drug has been demonstrated to be safe"), other than a stance (``STANCES``)."""
    return any(c.dep_ in SHOWN_DEPS and c.lemma_.lower() not in STANCES for c in verb.children)


def _joint_exercise(verb: Token) -> bool:
    """Whether a military exercise is held by several parties together: PLOVER codes joint
    exercises as COOPERATE and only a single country's as MOBILIZE ("French and Egyptian
    warships launched war games", "held drills with the US navy")."""
    if verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    named = (t for o in objects for t in o.subtree if abs(t.i - o.i) <= MAX_CONTEXT // 2)
    if not any(t.lemma_.lower() in EXERCISES for t in named):
        return False
    for child in verb.children:
        # "France and Egypt launched", "French and Egyptian warships launched"
        if child.dep_ == "nsubj" and any(t.dep_ == "conj" for t in child.subtree):
            return True
        if child.dep_ == "prep" and child.lower_ == "with":
            return True
    return False


def _in_title_case(token: Token, seen: dict[int, bool]) -> bool:
    """Whether a token stands in a title-case line (a headline), where most words are
    capitalised; cached per sentence, since only capitalised name-tagged words ask."""
    doc = token.doc
    if not doc.has_annotation("SENT_START"):
        return True
    sentence = token.sent
    if sentence.start not in seen:
        words = [t for t in sentence[:MAX_TITLE_WORDS] if t.is_alpha and len(t) > 3]
        capitalised = sum(1 for t in words if t.is_title or t.is_upper)
        seen[sentence.start] = len(words) < 2 or capitalised >= TITLE_SHARE * len(words)
    return seen[sentence.start]


def _asks_a_question(verb: Token) -> bool:
    """Whether "ask" reports a question ("asked whether Oakland was part of the US", "asked
    what they would do") rather than a request ("asked Xi for help", "asked them to leave")."""
    for child in verb.children:
        if child.dep_ != "ccomp":
            continue
        first = child.left_edge
        if first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return True
    return False


def _is_commissive(trigger: Trigger) -> bool:
    return (
        not trigger.nominal
        and trigger.spec.type == "AGREE"
        and trigger.token.lemma_.lower() in COMMISSIVES
    )


def _promises_violence(verb: Token) -> bool:
    """Whether a commissive's complement is a hostile verb against a party or with no object:
    "sworn to fight until they gain control", "vowed to avenge the killings" (not "vowed to
    fight corruption")."""
    for child in verb.children:
        if child.dep_ not in ("xcomp", "advcl") or child.lemma_.lower() not in HOSTILE_VERBS:
            continue
        objects = [c for c in child.children if c.dep_ == "dobj"]
        if not objects or any(o.ent_type_ in HOSTILE_OBJECT_ENTS for o in objects):
            return True
    return False


def _wants_another_to_act(verb: Token) -> bool:
    """Whether a verb of wanting has another party do something: an infinitive clause with a
    subject of its own ("wants Beijing to release"), as the parser files it (a ccomp)."""
    for child in verb.children:
        if child.dep_ != "ccomp" or child.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            continue
        subjects = [c for c in child.children if c.dep_ == "nsubj"]
        if subjects and all(s.lower_ not in NOT_ADDRESSEES | {"you"} for s in subjects):
            return True
    return False


def _sends_peacekeepers(trigger: Trigger) -> bool:
    """Whether a nominal deployment is of peacekeepers: its "of" phrase or a modifier names
    them ("deployment of peacekeeping troops", "peacekeeping deployment"); see
    ``PEACEKEEPING_WORDS``."""
    if not trigger.nominal:
        return False
    for child in trigger.token.children:
        if child.dep_ in ("compound", "amod") and child.lower_ in PEACEKEEPING_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            for phrase in child.children:
                if phrase.dep_ == "pobj" and any(
                    t.lower_ in PEACEKEEPING_WORDS for t in itertools.islice(phrase.subtree, 12)
                ):
                    return True
    return False


def _encourages_an_act(trigger: Trigger) -> bool:
    """Whether a verb of encouraging has a party do something: an object and an infinitive
    ("encouraged allies to restrict"), or an infinitive clause with its own subject, as the
    parser may file it; see ``ENCOURAGING_VERBS``."""
    verb = trigger.token
    if trigger.nominal or verb.lemma_.lower() not in ENCOURAGING_VERBS:
        return False
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and has_object:
            return True
    return _wants_another_to_act(verb)


def _obligations(modals: list[Token], taken: set[int]) -> list[Trigger]:
    """Statements of what another party must do are demands: "the administration declared that
    China must drop barriers" is a REQUEST from the speaker to China."""
    found: list[Trigger] = []
    for token in modals:
        if token.dep_ != "aux":
            continue
        clause = token.head
        speech = clause.head
        if clause.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if speech.i in taken or not subjects:
            continue
        if any(s.lower_ in NOT_ADDRESSEES for s in subjects):
            continue  # "we must act", "I must tell you", "it must be said": no one is asked
        taken.add(speech.i)
        found.append(
            Trigger(speech, EventSpec("REQUEST"), nominal=False, start=speech.i, end=speech.i + 1)
        )
    return found


def _framing(trigger: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The frame trigger that governs this one within two dependency steps, if any."""
    token = trigger.token
    participle = False
    for _ in range(3):
        if token.dep_ not in EMBEDDING_DEPS and token.dep_ != "compound":
            return None
        if _adjunct(token):
            return None
        participle = participle or _participle_clause(token)
        token = token.head
        frame = by_token.get(token.i)
        if frame is not None and frame is not trigger:
            if (
                frame.spec.type == trigger.spec.type
                and trigger.nominal
                and not frame.nominal
                and _agentless(frame.token)
            ):
                return None  # "were killed in clashes between ...": the clash is the act
            if frame.spec.type == trigger.spec.type:
                return frame
            if frame.spec.type in FRAME_TYPES:
                # "pressed Oslo to act, threatening to leave the summit": a participle clause
                # beside a frame is an act of its own, not what is asked, agreed or refused
                return None if participle else frame
            if (
                frame.spec.type == "PROTEST"
                and trigger.spec.type in PROTEST_TOPICS
                and trigger.token.dep_ in PURPOSE_DEPS
            ):
                return frame  # "began a hunger strike to protest", "demonstrated calling for"
            if (
                frame.spec.type == "CONSULT"
                and not frame.nominal
                and trigger.spec.type in MEETING_AGENDAS
                and _aimed_at(trigger)
            ):
                return frame  # "visited Brasilia to strengthen ties": the visit is the event
            return None
    return None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _participle_clause(token: Token) -> bool:
    """Whether a step up the tree leaves a participle clause set beside its verb ("...,
    threatening to leave", "..., demanding reforms"), not an infinitive it governs."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "mark") for c in token.children)
    )


def _adjunct(token: Token) -> bool:
    """Whether a step up the tree leaves a time or reason adjunct (``ADJUNCT_WORDS``): the
    preposition itself ("after criticising"), or a clause it or a conjunction introduces
    ("after rebels attacked")."""
    if token.dep_ == "prep":
        return token.lower_ in ADJUNCT_WORDS
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in ADJUNCT_WORDS for c in token.children)
    return False


def _agentless(verb: Token) -> bool:
    """Whether a verb is a passive that names no doer ("ten were wounded"): it reports the toll
    of an act, and the act named beside it ("in clashes between the army and the militias", "in
    an attack by rebels") is the event, with its parties."""
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "ten were killed and 30 wounded": the first verb holds the voice
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


def _aimed_at(trigger: Trigger) -> bool:
    """Whether a trigger is what an infinitive of purpose aims to improve: "to strengthen
    ties" (the verb's pattern) or "to deepen the ties" (the noun under such a verb)."""
    verb = _noun_governor(trigger.token) if trigger.nominal else trigger.token
    if verb is None or verb.lemma_.lower() not in AIMING_VERBS:
        return False
    return verb.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _conjunct_frame(trigger: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The frame of the act a verb is conjoined to, when it shares that act's subject: in
    "warned that it could invade and annex the islands" both acts are what is threatened."""
    token = trigger.token
    if token.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    head = by_token.get(token.head.i)
    if head is None or head is trigger:
        return None
    frame = _framing(head, by_token)
    return frame if frame is not None and frame.spec.type in FRAME_TYPES else None


def fold_frames(triggers: list[Trigger]) -> list[Trigger]:
    """Fold events embedded under a frame ("refused to interact") into the frame's event."""
    by_token = {t.token.i: t for t in triggers}
    for trigger in triggers:
        if trigger.nominal and trigger.spec.type == "PROTEST":
            # "began a hunger strike to protest ...": the purpose clause hangs on the verb
            governor = _noun_governor(trigger.token)
            if governor is not None and governor.i not in by_token:
                by_token[governor.i] = trigger
    kept: list[Trigger] = []
    folded: set[int] = set()
    for trigger in sorted(triggers, key=lambda t: -t.token.i):
        frame = _framing(trigger, by_token) or _conjunct_frame(trigger, by_token)
        if frame is None:
            continue
        folded.add(trigger.token.i)
        frame.embedded.append(trigger.token)
        frame.embedded.extend(trigger.embedded)
        if _is_commissive(frame) and trigger.spec.type in HOSTILE_ACTS:
            frame.spec = replace(frame.spec, type="THREATEN", mode=None)
        elif _is_commissive(frame) and trigger.spec.type in YIELDING:
            frame.spec = replace(frame.spec, type="CONCEDE", mode=None)
        mode = FRAME_MODES.get((frame.spec.type, trigger.spec.type))
        if mode and frame.spec.mode is None:
            frame.spec = replace(frame.spec, mode=mode)
        if not frame.spec.context and trigger.spec.context:
            frame.spec = replace(frame.spec, context=trigger.spec.context)
    for trigger in triggers:
        if trigger.token.i not in folded:
            kept.append(trigger)
    return sorted(kept, key=lambda t: t.token.i)
