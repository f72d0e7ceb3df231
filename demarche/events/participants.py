"""Source and target: who acts and whom the act is aimed at, read from the trigger's parse.

Verbs: the subject is the source and the object, or the object of a directed preposition
("with", "to", "on", "against"), the target; a passive swaps them ("sanctions were imposed on
Iraq by the UN"). Subjectless verbs ("before embarking on the trip", "agreed to cooperate") take
the subject of the clause that governs them. Nouns: the possessor ("his tour", "Trump's request")
or an adjective of origin ("U.S. sanctions") is the source, a directed preposition the target.
A participant is a token; the component turns it into a span and an actor through the actors
component, so every choice here stays a grammatical one.
"""

from __future__ import annotations

from spacy.tokens import Token

from demarche.events.matching import Trigger

DIRECTED_PREPS = frozenset(
    {"with", "to", "on", "against", "toward", "towards", "into", "upon", "for"}
)
"""Prepositions that name the other party of most events ("meet with", "sanctions on")."""

VISIT_PREPS = frozenset({"to", "in", "of", "at"})
"""For visits the place visited is the host: "his tour of Asia", "stops in Malaysia"."""

RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "whose"})
SUBJECT_CLIMB_DEPS = frozenset(
    {
        "xcomp",
        "conj",
        "advcl",
        "pcomp",
        "pobj",
        "prep",
        "dobj",
        "compound",
        "acl",
        "ccomp",
        "amod",
        "acomp",
        "attr",
        "oprd",
    }
)
NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})
NOT_ACTORS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "LAW", "LANGUAGE"}
)
"""Entity types that are never a party ("agreed on Saturday", "a grant of 580 million")."""
PURPOSE_VERBS = frozenset(
    {"protest", "demand", "call", "press", "urge", "denounce", "condemn", "oppose", "pressure"}
)
FEELING_VERBS = frozenset({"show", "express", "voice", "signal"})
"""Verbs of a purpose clause whose object is a feeling: only what the feeling is about names a
party ("to show their disapproval of the United States' policies"), not the feeling itself,
which is the source's own ("reached out to show their support")."""
CLAUSE_TARGET_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "AGREE", "REJECT"})
GRIEVANCE_PREPS = frozenset({"over", "about", "at"})
CONDITION_MARKS = frozenset({"if", "unless"})
"""Marks of a condition clause; whoever must meet the condition is the one addressed."""
SPEAKERS = frozenset({"i", "we", "you"})
"""A condition on the speaker or the listener ("if we can find ...") names no third party."""
QUESTION_MARKS = frozenset({"whether", "if"})
INDEFINITES = frozenset(
    {"something", "anything", "everything", "nothing", "someone", "anyone", "everyone", "somebody"}
    | {"anybody", "everybody", "nobody", "none", "others", "one"}
)
"""Indefinite pronouns name no party ("the killing of non-believers, polytheists or
something")."""
REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself", "oneself"})
"""A reflexive conjunct is the subject again, never another party."""
NOT_CONJUNCT_PARTIES = REFLEXIVES | INDEFINITES
PATIENT_OF_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE"})
"""Acts whose nominalisation takes its patient with "of": "the invasion of Lebanon", "the arrest
of the leader", "condemnation of Israel" (unlike "the withdrawal of Syrian forces")."""
SEPARATIVE_TYPES = frozenset({"RETREAT", "COERCE"})
"""Acts that take something away from their target: "withdrew from Panama", "seized weapons
from the militias"; for other acts "from" marks the source ("aid from Japan")."""
PARTY_OF_NOUN_PREPS = frozenset({"with", "to", "against", "toward", "towards"})
TOPICAL_TYPES = frozenset({"CONSULT", "AGREE"})
"""Acts whose "on" phrase is a topic or a place, never the other party ("negotiations on
Crete", "agreed on a ceasefire"), unlike "sanctions on Iran" or "called on Israel"."""
PARTY_PREPS = frozenset({"between", "among"})
"""Parties of the act named in a verb's object: "hosted a meeting between Israel and the PLO"."""
STATIVE_PASSIVES = frozenset(
    {"oppose", "commit", "dedicate", "devote", "prepare", "determine", "engage", "involve"}
)
"""Participles that state an attitude or part of their subject ("Israel is opposed to French
mediation", "forces were engaged in ethnic cleansing"): with no "by" agent the grammatical
subject holds the attitude or takes the part, so it is the source."""
STANCE_NOUNS = frozenset({"protest", "defiance", "retaliation", "response", "reprisal", "revenge"})
"""Adjuncts that name whom an act answers: "a strike in protest of the arrests", "blocked
streets in defiance of Chinese authorities", "shelled the town in retaliation for ..."."""
STANCE_PREPS = frozenset({"of", "against", "at", "for", "to"})
LINKING_PREPS = frozenset({"with", "to", "in"})
AFFILIATIONS = frozenset(
    {"affiliated", "loyal", "linked", "based", "allied", "aligned", "attached", "tied", "close"}
)
"""A party's affiliation after an adjective or participle: "workers affiliated with the
Serbian union", "militants loyal to Iraq's al-Qaeda", "a newspaper based in Beirut" (not any
participle: in "deals reached with Israel" Israel is the other party, not the deals' author)."""
OCCASION_PREPS = frozenset({"on", "for"})
"""Prepositions that make a nominal event the occasion of its verb ("arrived on a visit",
"came for talks"), unlike "after", "following" or "during", which only date it."""
ADJUNCT_DEPS = frozenset({"advcl", "xcomp"})
# acts done to someone by letting or making them act: "allowed Ouattara to run", "forced the
# agency to leave": the one let or made is the target (the verb's object in spaCy's parse, or
# the subject of its infinitive clause)
CONTROL_TYPES = frozenset({"CONCEDE", "COERCE", "SANCTION"})
# force used to an end: "opened fire to disperse demonstrators" is aimed at the demonstrators
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
MAX_CONJUNCTS = 12
"""Participants listed together ("Malaysia, South Korea and Japan"); long lists are cut here."""


QUANTITY_ENTS = frozenset({"CARDINAL", "QUANTITY"})
MAX_COUNTED_STEPS = 3


def counted(token: Token) -> Token:
    """What a number stands for: the people it counts ("hundreds of thousands of people",
    "dozens of protesters"), or the token itself.

    A count heads its phrase in the parse and is labelled a number, never an actor, so
    without this the party of "thousands of people blocked streets" or "police arrested
    dozens of students" is lost. Only numbers with an "of" phrase are looked through, a few
    steps at most.
    """
    current = token
    for _ in range(MAX_COUNTED_STEPS):
        if current.ent_type_ not in QUANTITY_ENTS and not current.like_num:
            break
        counts = preposition_objects(current, frozenset({"of"}))
        if not counts:
            break
        current = counts[0]
    return current


def not_an_actor(token: Token) -> bool:
    """Whether a token's entity type rules it out as a party ("agreed on Saturday", "a grant
    of 580 million"), unless it is a count of people (``counted``)."""
    return token.ent_type_ in NOT_ACTORS and counted(token) is token


def conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it, in order, at most ``MAX_CONJUNCTS``.

    Reflexive conjuncts are left out: they name the subject, already the source.
    """
    found = [token]
    queue = [token]
    while queue and len(found) < MAX_CONJUNCTS:
        current = queue.pop(0)
        for child in current.children:
            if child.dep_ == "conj" and child not in found and len(found) < MAX_CONJUNCTS:
                queue.append(child)
                if child.lower_ not in NOT_CONJUNCT_PARTIES:  # "... as well as themselves"
                    found.append(child)
    return sorted(found, key=lambda t: t.i)


def _named(token: Token) -> bool:
    return bool(token.ent_type_) or token.pos_ == "PROPN"


def _is_passive(verb: Token) -> bool:
    """Whether a verb is an agentive passive; "is opposed to" states its subject's attitude."""
    if verb.tag_ != "VBN":  # a passive is a past participle: most tokens stop here, cheaply
        return False
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    if verb.lemma_.lower() in STATIVE_PASSIVES:
        return any(c.dep_ == "agent" for c in verb.children)
    return True


def _subject(verb: Token) -> Token | None:
    """The subject of a verb; a relative pronoun stands for the noun the clause modifies."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
    if _is_passive(verb):
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        return None
    if verb.lemma_.lower() in STATIVE_PASSIVES:  # "Israel is opposed to ...": not a passive
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return None


def relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's subject pronoun stands for ("the rebels, who attacked a
    police station"), or None when the verb's subject is no relative pronoun."""
    if verb.dep_ != "relcl":
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in RELATIVE_PRONOUNS:
            return verb.head
    return None


def state_holder(trigger: Trigger) -> Token | None:
    """The noun a nominal act is the state of ("an activist on hunger strike", "prisoners on
    hunger strike"), or None: the one in that state does the act."""
    token = trigger.token
    if not trigger.nominal or token.dep_ != "pobj":
        return None
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ != "on" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return prep.head


def governing_subject(
    token: Token, skip: Token | None = None, suffered: bool = False
) -> Token | None:
    """The subject of the nearest clause that governs ``token`` (for subjectless phrases).

    "the trip, which includes stops in Malaysia": "which" stands for "the trip", which has no
    subject of its own, so the climb goes on to the clause that mentions the trip. ``suffered``
    says the phrase is violence done to someone ("killed in a car bombing", "wounded in an
    attack"): a passive's surface subject is then its victim, never its doer.
    """
    current = token
    for _ in range(10):
        subject = _subject(current)  # any head with a subject: the tagger may call a verb a noun
        if subject is None and current != token:
            # the surface subject controls an adjunct: "Yoon was ousted for declaring martial law"
            subject = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
            if subject is not None and suffered:
                return None  # the victim's clause names no doer, nor does a clause above it
        if subject is None and current.pos_ == "NOUN" and current != token:
            # a nominalisation's possessor is its agent: "Trump's indications of wanting to meet"
            subject = next((c for c in current.children if c.dep_ == "poss"), None)
        if subject is not None and subject != skip and subject != token:
            if subject == current.head and current.dep_ == "relcl" and not _named(subject):
                current = subject  # "the trip, which includes ...": climb past "the trip"
                continue
            return subject
        if current.dep_ not in SUBJECT_CLIMB_DEPS or current.head == current:
            return None
        if current.dep_ in ("acl", "amod") and current.pos_ == "VERB" and current.tag_ != "VBG":
            return None  # "sanctions imposed on X": the agent is unstated
        current = current.head
    return None


def preposition_objects(head: Token, preps: frozenset[str]) -> list[Token]:
    found: list[Token] = []
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _against(token: Token) -> bool:
    """Whether a name is what its phrase is against ("anti-Syria", "anti-American")."""
    i = token.i
    return i >= 2 and token.doc[i - 1].text in ("-", "\u2013") and token.doc[i - 2].lower_ == "anti"


def representatives(token: Token) -> list[Token]:
    """Names inside a common-noun phrase that stand for its actor.

    "Senior Hungarian and Romanian officials" -> Hungarian (and its conjuncts); "officials from
    both the U.S. and South Korea" -> U.S.; "Trump's envoy" -> Trump; "calls by Belarus" (the
    author of what is rejected is the one rejected) -> Belarus; "demands made by Peru" (the
    agent of a participle that describes it) -> Peru.
    """
    for child in token.children:
        if child.dep_ == "poss":
            return [child]
    for child in token.children:  # "the main rebel group, Forces for Defence of Democracy"
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in NAMED:
            return [child]
    for child in token.children:
        named = child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in NAMED
        if named and not _against(child):  # "an anti-Syria journalist" is not Syria's
            return [child]
    for obj in preposition_objects(token, frozenset({"from", "of", "by"})):
        if obj.ent_type_ in NAMED:
            return [obj]
        for child in obj.children:  # "the withdrawal of Serbian forces"
            if child.dep_ in ("amod", "compound", "poss") and child.ent_type_ in NAMED:
                return [child]
    for child in token.children:  # "demands made by Saudi Arabia", "a treaty signed by Peru"
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agents = [o for a in child.children if a.dep_ == "agent" for o in a.children]
            authors = [o for o in agents if o.dep_ == "pobj" and _named(o)]
            if authors:
                return authors[:1]
    linked = [
        obj
        for child in token.children
        if child.dep_ in ("amod", "acl") and child.lower_ in AFFILIATIONS
        for obj in preposition_objects(child, LINKING_PREPS)
    ]
    for obj in [*linked, *preposition_objects(token, frozenset({"for"}))]:
        if obj.ent_type_ in NAMED:  # "a camp for Congolese refugees": for whom it stands
            return [obj]
        for child in obj.children:
            if child.dep_ in ("amod", "compound", "poss") and child.ent_type_ in NAMED:
                return [child]
    return []


def _headline_party(token: Token, direction: int) -> Token | None:
    """The nearest name before (-1) or after (+1) a headline trigger, within its sentence:
    "Brazil Condemns Violence Against Venezuela"."""
    sentence = token.sent
    i = token.i + direction
    while sentence.start <= i < sentence.end and abs(i - token.i) <= MAX_CONJUNCTS:
        candidate = token.doc[i]
        if candidate.ent_type_ in NAMED:
            return candidate
        i += direction
    return None


MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
ORIGIN_ENTS = frozenset({"GPE", "NORP", "ORG"})
"""A nominal act's modifier of these kinds names its doer: "U.S. sanctions", "an Israeli raid"."""


def _charging_verb(trigger: Trigger) -> Token | None:
    """The verb an accusation is the ground of: "arrested X on charges of spying", "were
    detained on allegations of sedition". Its doer accuses, whom it acts on is accused."""
    token = trigger.token
    if not trigger.nominal or trigger.spec.type != "ACCUSE" or token.dep_ != "pobj":
        return None
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ != "on" or prep.head.pos_ != "VERB":
        return None
    return prep.head


def source_token(trigger: Trigger) -> Token | None:
    """The token naming who acts, or None when the text leaves it unstated."""
    token = trigger.token
    if trigger.nominal:
        for child in token.children:
            if child.dep_ == "poss":
                return child
        for child in token.children:
            if child.dep_ in MODIFIER_DEPS and child.ent_type_ in ORIGIN_ENTS:
                return child
        for child in token.children:
            # "the Pakistan army offensive": a kind of party named by its country modifies
            # the act
            if child.dep_ in MODIFIER_DEPS and any(
                c.dep_ in MODIFIER_DEPS and c.ent_type_ in ORIGIN_ENTS for c in child.children
            ):
                return child
        for obj in preposition_objects(token, frozenset({"by", "between", "among"})):
            return obj
        charging = _charging_verb(trigger)
        if charging is not None:
            return _subject(charging)  # a passive's agent, if named; never its patient
        if token.dep_ in ("nsubj", "nsubjpass") or token.head == token:
            return None
        # "three civilians were killed in a car bombing": the ones killed did not bomb
        suffered = trigger.spec.type in FORCE_TYPES
        return governing_subject(token.head, skip=token, suffered=suffered)
    if trigger.spec.reverse:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return objects[0] if objects else None
    if trigger.headline:
        return _headline_party(token, -1)
    subject = _subject(token)
    passive = _is_passive(token)
    if subject is not None and not (passive and subject.dep_ == "nsubjpass"):
        if subject == token.head and token.dep_ == "relcl" and not _named(subject):
            return governing_subject(subject, skip=token)
        return subject
    if passive or token.dep_ == "ROOT":
        return None
    if token.dep_ in ("acl", "amod") and token.tag_ != "VBG":
        return None  # a passive participle: "sanctions imposed on X" names no agent
    if token.dep_ in ("acl", "amod"):
        # "a declaration demanding that ...": whoever issued the declaration demands
        return governing_subject(token.head.head, skip=token) if token.head.dep_ != "ROOT" else None
    return governing_subject(token.head, skip=token)


def of_doer(trigger: Trigger) -> Token | None:
    """The "of" object of a nominal act that is no transitive one's patient ("marches of
    250,000 protesters", "a strike of dock workers"): the candidate doer when the act names no
    possessor or "by" agent, for the party finder to keep if it is a kind of party. The clause
    that mentions such an act ("this included marches of ...") says nothing of who acted."""
    token = trigger.token
    if not trigger.nominal or trigger.spec.type in PATIENT_OF_TYPES:
        return None
    if any(c.dep_ == "poss" for c in token.children):
        return None
    if preposition_objects(token, frozenset({"by"})):
        return None
    objects = preposition_objects(token, frozenset({"of"}))
    return objects[0] if objects else None


def _object_control(verb: Token) -> Token | None:
    """In "urged Israel to withdraw" the object of "urged" is the one asked: the target."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and any(c.dep_ == "xcomp" for c in verb.children):
            return child
    return None


def complement_heads(token: Token) -> list[Token]:
    """Infinitive complements that carry the act of a frame: "offered to hand over to Britain"."""
    found: list[Token] = []
    queue = [c for c in token.children if c.dep_ == "xcomp"]
    while queue and len(found) < 3:
        head = queue.pop(0)
        found.append(head)
        queue.extend(c for c in head.children if c.dep_ == "xcomp")
    return found


def _purpose_targets(token: Token) -> list[Token]:
    """Whom a stated purpose addresses: "marched to protest against Sweden's decision",
    "staged demonstrations to demand reforms by Suharto's government" (lowest priority)."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ not in ("advcl", "xcomp", "acl", "conj") or child.pos_ != "VERB":
            continue
        lemma = child.lemma_.lower()
        if lemma in FEELING_VERBS:
            # "to express their anger at / disapproval for the government"
            feelings = [c for c in child.children if c.dep_ == "dobj"]
            for head in [child, *feelings]:
                found.extend(preposition_objects(head, DIRECTED_PREPS | GRIEVANCE_PREPS))
            continue
        if lemma not in PURPOSE_VERBS:
            continue
        objects = preposition_objects(child, DIRECTED_PREPS | frozenset({"by", "of"}))
        found.extend(objects)
        for obj in objects:
            # "calling for independence from Iraq", "for reforms by the government"
            found.extend(preposition_objects(obj, frozenset({"by", "of", "from"})))
        for grandchild in child.children:
            if grandchild.dep_ == "dobj":
                found.append(grandchild)
                found.extend(preposition_objects(grandchild, frozenset({"by", "of", "from"})))
                found.extend(preposition_objects(grandchild, DIRECTED_PREPS))
            elif grandchild.dep_ == "ccomp":
                found.extend(c for c in grandchild.children if c.dep_ in ("nsubj", "nsubjpass"))
    return found


def _nested_parties(candidates: list[Token]) -> list[Token]:
    """The other party inside a common-noun candidate that names no actor itself: "for a
    possible war against Iraq", "his commitment to the Zambian people". Locative prepositions
    are left out ("agreed to a future meeting on Crete" names a place, not a party). One level
    deep, so the search stays bounded."""
    found: list[Token] = []
    for candidate in candidates:
        if candidate.pos_ != "NOUN" or candidate.ent_type_:
            continue
        found.extend(preposition_objects(candidate, PARTY_OF_NOUN_PREPS))
        for child in candidate.children:
            if child.dep_ == "acl" and child.pos_ == "VERB":
                found.extend(preposition_objects(child, PARTY_OF_NOUN_PREPS))
    return found


def _stance_targets(heads: list[Token]) -> list[Token]:
    """Whom an act answers, named in an adjunct: "in protest of the arrest", "in defiance of
    Chinese authorities"; the object's author stands for it through ``representatives``."""
    found: list[Token] = []
    for head in heads:
        for stance in preposition_objects(head, frozenset({"in"})):
            if stance.lemma_.lower() in STANCE_NOUNS:
                found.extend(preposition_objects(stance, STANCE_PREPS))
    return found


def _names_party(token: Token) -> bool:
    """Whether a phrase names a party itself or through a named modifier ("Panama",
    "Palestinian armed groups", "President Bouteflika's government")."""
    if token.ent_type_ in NAMED or token.ent_type_ == "LOC":
        return True
    return any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in NAMED
        for c in token.children
    )


def _clause_subjects(head: Token) -> list[Token]:
    """Subjects of a verb's complement clauses; in an embedded question only a named one
    ("vowed to investigate whether Pompeo used ..."), since a pronoun there is mostly the
    source again ("refused to answer whether they would ...")."""
    found: list[Token] = []
    for child in head.children:
        if child.dep_ != "ccomp":
            continue
        question = any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in child.children)
        found.extend(
            c
            for c in child.children
            if c.dep_ in ("nsubj", "nsubjpass") and not (question and c.pos_ == "PRON")
        )
    return found


def _infinitive_subjects(head: Token) -> list[Token]:
    """Subjects of a verb's infinitive clauses ("allow candidate Ouattara to participate"); a
    finite clause ("ruled that the army must ...") states a content, not whom the act lets."""
    found: list[Token] = []
    for child in head.children:
        if child.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.lefts):
            found.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
    return found


def _force_purpose_objects(token: Token) -> list[Token]:
    """Whom force is used against, named in its purpose: "opened fire to disperse the
    demonstrators", "sent tanks to crush the rebels" (an infinitive adjunct's object)."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ != "advcl" or child.pos_ != "VERB":
            continue
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in child.lefts):
            found.extend(c for c in child.children if c.dep_ == "dobj")
    return found


def _condition_subjects(heads: list[Token]) -> list[Token]:
    """Who must meet a stated condition: "threatened to launch an offensive unless Baghdad
    accepted", "will boycott the talks if Israel ...": the act is addressed to them."""
    found: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ != "advcl":
                continue
            if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children):
                found.extend(
                    c
                    for c in child.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in SPEAKERS
                )
    return found


def _nominal_patients(token: Token, event_type: str, preps: frozenset[str]) -> list[Token]:
    """Targets inside a nominal trigger's "of" phrase: the patient of a transitive act ("the
    invasion of South Lebanon"), else the other party of what it names ("a suspension of air
    links with Serbia", "the withdrawal of forces from Panama")."""
    found: list[Token] = []
    for obj in preposition_objects(token, frozenset({"of"})):
        if event_type in PATIENT_OF_TYPES:
            found.append(obj)
        found.extend(preposition_objects(obj, preps))
    return found


def _governing_targets(token: Token, nominal: bool, preps: frozenset[str]) -> list[Token]:
    """Targets of the clause an adjunct event depends on (lowest priority).

    "arrived in Amman on a visit": a visit in an adjunct phrase goes where the verb goes;
    "sent personnel to Bosnia to investigate", "summoned Niger's ambassador to complain": a
    purpose clause addresses whom its governing verb reaches; "launched fire against camps,
    killing 50": a participle's victims are the governing act's.
    """
    head = token.head
    if nominal:
        if token.dep_ != "pobj" or head.dep_ != "prep" or head.head.pos_ != "VERB":
            return []
        if head.lower_ not in OCCASION_PREPS:
            return []  # "turned himself in to authorities following the shooting"
        verb = head.head
        return preposition_objects(verb, preps)
    if token.dep_ not in ADJUNCT_DEPS or head.pos_ != "VERB" or _subject(token) is not None:
        return []
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if not purpose and token.tag_ != "VBG":
        return []
    found: list[Token] = []
    for obj in (c for c in head.children if c.dep_ in ("dobj", "dative")):
        for part in conjuncts(obj):
            found.extend(preposition_objects(part, DIRECTED_PREPS))
        if purpose:
            found.append(obj)
    if purpose:  # a participle does not inherit "posted on Twitter, asking for ..."
        found.extend(preposition_objects(head, DIRECTED_PREPS))
    return found


OPPONENT_TYPES = frozenset({"MOBILIZE", "THREATEN", "ASSAULT", "COERCE"})
"""Acts of force and its threat, whose object's "against" phrase names the opponent (in an
accusation it names the victims of what is alleged: "investigated crimes against civilians")."""
MAX_DEEP_TOKENS = 12
"""How far into an object's phrase an "against" phrase is looked for."""


def _deep_opponents(heads: list[Token]) -> list[Token]:
    """Whom an object's phrase is aimed against, however deep ("trained hackers capable of
    launching cyber warfare against the United States"): "against" names an opponent wherever
    it stands in a force's object, so it is read last, when nothing nearer names the target
    (bounded)."""
    found: list[Token] = []
    for head in heads:
        for obj in (c for c in head.children if c.dep_ == "dobj"):
            stop = min(obj.right_edge.i + 1, obj.i + MAX_DEEP_TOKENS)
            for token in obj.doc[obj.i + 1 : stop]:
                if token.dep_ == "prep" and token.lower_ == "against":
                    found.extend(c for c in token.children if c.dep_ == "pobj")
    return found


def _shifted_objects(verb: Token) -> list[Token]:
    """An object put after the verb's "as" phrase ("denounced as an ugly crime Serbia's
    suppression of the unrest"), which the parser reads as an apposition inside that phrase."""
    return [
        child
        for obj in preposition_objects(verb, frozenset({"as"}))
        for child in obj.children
        if child.dep_ == "appos"
    ]


def target_tokens(trigger: Trigger, source: Token | None) -> list[Token]:
    """The tokens naming whom the event is aimed at, in order of preference (may be empty)."""
    token = trigger.token
    heads = [token, *trigger.embedded]
    candidates: list[Token] = []
    if trigger.headline:
        party = _headline_party(token, 1)
        return [party] if party is not None and party != source else []
    event_type = trigger.spec.type
    deferred: list[Token] = []
    charging = _charging_verb(trigger)
    if charging is not None:
        candidates.extend(c for c in charging.children if c.dep_ == "dobj")
        candidates.extend(c for c in charging.children if c.dep_ == "nsubjpass")
    visit = trigger.spec.mode == "visit"
    preps = (DIRECTED_PREPS | VISIT_PREPS) if visit else DIRECTED_PREPS
    if event_type in SEPARATIVE_TYPES:
        preps = preps | frozenset({"from"})
    if event_type in TOPICAL_TYPES and not visit:
        preps = preps - {"on", "upon"}  # "talks on Crete", "agreed on a truce": place or topic
    if not trigger.nominal:
        if trigger.spec.reverse:
            subject = _subject(token)
            if subject is not None:
                candidates.append(subject)
        elif _is_passive(token):
            candidates.extend(c for c in token.children if c.dep_ == "nsubjpass")
        controlled = _object_control(token)
        if controlled is not None:
            candidates.append(controlled)
        if event_type in CONTROL_TYPES:
            candidates.extend(_infinitive_subjects(token))
        complements = complement_heads(token)
        if event_type in CLAUSE_TARGET_TYPES:
            # "demanded that the US cancel": the one asked is the complement clause's subject
            candidates.extend(_clause_subjects(token))
            # "refused to allow UN planes to land": so is a complement's clause's, once the
            # trigger's own parties are read ("called on the President to demand that ...")
            deferred.extend(s for head in complements for s in _clause_subjects(head))
        heads.extend(complements)
    if event_type in CLAUSE_TARGET_TYPES:
        # "insisted on its demands that Burundi's government grant": a noun's content clause
        nouns = [t for t in trigger.embedded if t.pos_ == "NOUN"]  # verbs: see ``deferred``
        for head in [*nouns, *([token] if trigger.nominal else [])]:
            for child in head.children:
                if child.dep_ in ("acl", "ccomp") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in child.children
                ):
                    candidates.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
    for head in heads:
        objects = []
        if head.pos_ in ("VERB", "AUX") and not trigger.spec.reverse:
            objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            objects = objects or _shifted_objects(head)
        for obj in objects:
            if obj.pos_ == "NOUN":
                # "held talks with Obama", "imposed sanctions on Iraq", "launched artillery and
                # rocket fire against camps", "hosted a meeting between Israel and the PLO";
                # then the object itself, whose author may be the party ("rejected Saddam
                # Hussein's proposal")
                for part in conjuncts(obj):
                    candidates.extend(preposition_objects(part, preps | PARTY_PREPS))
            candidates.append(obj)
        if event_type == "ACCUSE":
            # "complained to the UN over Israeli raids": the grievance's author is accused,
            # the one complained to only hears it
            candidates.extend(preposition_objects(head, GRIEVANCE_PREPS))
        candidates.extend(preposition_objects(head, preps))
        if head.pos_ == "NOUN":
            candidates.extend(_nominal_patients(head, event_type, preps))
        for child in head.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
                candidates.extend(preposition_objects(child, DIRECTED_PREPS))
    candidates.extend(deferred)
    candidates.extend(_nested_parties(candidates))
    candidates.extend(_stance_targets(heads))
    candidates.extend(_condition_subjects(heads))
    candidates.extend(_purpose_targets(token))
    if trigger.nominal and token.head != token:
        candidates.extend(_purpose_targets(token.head))  # "staged a strike to demand ..."
    candidates.extend(_governing_targets(token, trigger.nominal, preps))
    if event_type in FORCE_TYPES and not trigger.nominal:
        candidates.extend(_force_purpose_objects(token))
    if event_type in OPPONENT_TYPES:
        candidates.extend(_deep_opponents(heads))
    seen: set[int] = set()
    ordered: list[Token] = []
    for candidate in candidates:
        if candidate.i in seen or (source is not None and candidate.i == source.i):
            continue
        if candidate.i == token.i:  # "commented on the agreement": the event is not its party
            continue
        if candidate.head.lower_ == "from" and not _names_party(candidate):
            continue  # "released from prison" names a place left, not a party
        if not_an_actor(candidate) or candidate.lower_ in INDEFINITES:
            continue
        seen.add(candidate.i)
        ordered.append(candidate)
    return ordered


LIST_DEPS = frozenset({"nsubj", "nsubjpass", "npadvmod", "appos"})


def _bare_name(token: Token) -> bool:
    """A proper name with nothing attached but its own parts ("Chile", "South Africa") and
    names set beside it."""
    return _named(token) and all(
        c.dep_ in ("compound", "flat", "punct", "det", "appos") for c in token.children
    )


def listed_names(token: Token) -> list[Token]:
    """Names listed with a subject by a comma alone, as headlines join parties ("Chile, Peru
    Agree to ...", "Chile, Peru, Hold Drills"): the parser makes the second an apposition or a
    second subject. Only bare names next to each other count, so an apposition that describes
    ("Joe Biden, President of the US") is never read as a party."""
    if not _bare_name(token):
        return []
    found: list[Token] = []
    candidates = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ in LIST_DEPS and token.head != token:
        candidates.extend(c for c in token.head.children if c.dep_ in LIST_DEPS and c != token)
    for other in candidates:
        left, right = sorted((token, other), key=lambda t: t.i)
        between = token.doc[left.i + 1 : right.left_edge.i]  # a name's head is its last word
        if _bare_name(other) and len(between) == 1 and between[0].text == ",":
            found.append(other)
    return found[:MAX_CONJUNCTS]


def agentless_passive(trigger: Trigger) -> bool:
    """Whether the trigger is a passive verb that names no agent ("a journalist was killed in
    Beirut"): the text leaves the doer unstated, rather than the parse losing it."""
    token = trigger.token
    return (
        not trigger.nominal
        and _is_passive(token)
        and not any(c.dep_ == "agent" for c in token.children)
    )
