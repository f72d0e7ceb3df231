"""Readings of a matched trigger that ordinary language gives it and PLOVER does not code, or
codes as another type: one check per class of sentence ("offered" with no act offered, a
forecast that another party "could" act, protests made in words, peacekeepers sent as aid,
obligations stated with "must"). ``find_triggers`` applies them after matching.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from demarche.events.lexicon import EventSpec
from demarche.events.matching import MAX_CONTEXT, Trigger
from demarche.pipeline.casing import capitalised_words

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
"""Subjects whose protest is a statement (see ``protest_in_words``)."""

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

HOSTILE_VERBS = frozenset({"fight", "retaliate", "avenge", "crush", "punish", "annihilate"})
"""Verbs that are no event on their own ("fight corruption", "crush the grapes") but, promised
against a party or with no object at all, promise violence."""

HOSTILE_OBJECT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})

SPEECH_VERBS = frozenset(
    {"say", "declare", "announce", "insist", "state", "tell", "stress", "reiterate", "write"}
)
"""Verbs reporting a statement; with an obligation in their clause they report a demand."""

NOT_ADDRESSEES = frozenset({"i", "we", "it", "there", "one", "people", "everyone", "everybody"})
"""Subjects of an obligation that name no other party to make a demand of."""

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
something (see ``shows_something``)."""

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
"""Modals of a forecast rather than a commitment (see ``forecast_of``)."""

NAMED_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})

CONSEQUENCE_VERBS = frozenset({"face", "suffer", "pay", "regret", "bear"})
"""What a threatened party "could face" or "might regret": a threat however it is worded."""


def protest_in_words(trigger: Trigger) -> bool:
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


def to_act(verb: Token) -> bool:
    """Whether a verb has an infinitive complement: "offered to hand over the suspects"."""
    return any(
        c.dep_ in ("xcomp", "advcl", "ccomp")
        and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def alone(verb: Token, lemma: str = "discuss") -> bool:
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


def forecast_of(trigger: Trigger) -> set[int]:
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


def falls_on_animals(token: Token, depth: int = 0) -> bool:
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
        if depth == 0 and child.pos_ == "NOUN" and falls_on_animals(child, 1):
            return True
    return False


def shows_something(verb: Token) -> bool:
    """Whether a verb of showing has what is shown: an object, a clause, or a passive subject
    ("no drug has been demonstrated to be safe"), other than a stance (``STANCES``)."""
    return any(c.dep_ in SHOWN_DEPS and c.lemma_.lower() not in STANCES for c in verb.children)


def joint_exercise(verb: Token) -> bool:
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


def in_title_case(token: Token, seen: dict[int, bool]) -> bool:
    """Whether a token stands in a title-case line (a headline), where most words are
    capitalised; cached per sentence, since only capitalised name-tagged words ask."""
    doc = token.doc
    if not doc.has_annotation("SENT_START"):
        return True
    sentence = token.sent
    if sentence.start not in seen:
        words, capitalised = capitalised_words(sentence[:MAX_TITLE_WORDS])
        seen[sentence.start] = words < 2 or capitalised >= TITLE_SHARE * words
    return seen[sentence.start]


def asks_a_question(verb: Token) -> bool:
    """Whether "ask" reports a question ("asked whether Oakland was part of the US", "asked
    what they would do") rather than a request ("asked Xi for help", "asked them to leave")."""
    for child in verb.children:
        if child.dep_ != "ccomp":
            continue
        first = child.left_edge
        if first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return True
    return False


def is_commissive(trigger: Trigger) -> bool:
    return (
        not trigger.nominal
        and trigger.spec.type == "AGREE"
        and trigger.token.lemma_.lower() in COMMISSIVES
    )


def promises_violence(verb: Token) -> bool:
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


def wants_another_to_act(verb: Token) -> bool:
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


def sends_peacekeepers(trigger: Trigger) -> bool:
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


def encourages_an_act(trigger: Trigger) -> bool:
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
    return wants_another_to_act(verb)


def obligations(modals: list[Token], taken: set[int]) -> list[Trigger]:
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
