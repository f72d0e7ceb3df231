"""Triggers that event data does not code, whatever their words: filters on found events.

An event coder that takes every "met", "asked" and "killed" for an act between actors fills its
data with interviews, accidents and a newsroom's own reporting, which is much of what audits of
GDELT find wrong. Each filter here names one such class of sentence and is checked on ordinary
news (``demarche eval events --wikinews``) as well as on the gold records.
"""

from dataclasses import replace

from spacy.tokens import Doc, Token

from demarche.events.lexicon import EventSpec
from demarche.events.matching import Trigger
from demarche.events.participants import agentless_passive, source_token
from demarche.events.parties import ARMS, FIRST_PERSON, MISHAPS
from demarche.records import Participant, Quote

SECOND_PERSON = frozenset({"you", "your", "yourself", "yourselves"})
INTERVIEW_VOICES = FIRST_PERSON | SECOND_PERSON
"""Outside quotation, an interview's own voices (see ``unattributed_person``)."""
ACCIDENTS = frozenset(
    """accident capsize capsizing collision crash derailment drowning fall overdose rollover
    sinking stampede""".split()
)
"""Mishaps that are no one's act, besides ``MISHAPS`` ("injured in a crash", "hurt in a fall")."""
CRIMES = frozenset({"arson", "sabotage", "terrorism", "terror", "attack", "murder", "homicide"})
"""Words that make a mishap someone's act ("investigating the fire as arson")."""
TOLL_VERBS = frozenset({"injure", "hurt", "kill", "wound"})
"""Verbs that report what a mishap or an attack cost (see ``mishap_act``)."""
BOMB_LIKE = frozenset({"blast", "blaze", "explosion", "fire"})
"""Mishaps that news also names attacks by ("killed in an explosion outside a nightclub",
"wounded when gunmen opened fire"): no evidence that a toll was an accident."""
NEWSROOM = frozenset(
    """columnist correspondent editor interviewer journalist newsroom reporter""".split()
)
"""Nouns for the people whose contacts are reporting, not events (see ``reporting``)."""
PROTESTING = EventSpec(type="PROTEST", cameo="140")
PERFORMERS = frozenset(
    """actress band bassist choir comedian dancer drummer guitarist musician orchestra pianist
    rapper singer songwriter""".split()
)
"""Nouns for people whose tours and meetings are shows, not visits (see ``performance``); not
"actor", which news also uses for states and armed groups ("regional actors")."""
TITLES = frozenset(
    """commissioner court envoy minister ministry negotiator representative secretary
    tribunal""".split()
)
"""Offices named after what they deal with ("the special envoy for Ukraine negotiations", "the
Court of Appeal", "the Commissioner for Humanitarian Aid"): see ``in_a_title``."""
NEWSROOM_ACTS = frozenset({"REQUEST", "CONSULT"})
"""Acts a newsroom does in gathering news: asking and talking to people (see ``reporting``)."""
VOICED_ACTS = frozenset({"ACCUSE"})
"""The one kind of act a newsroom does as a party: it accuses ("the paper accused the minister of
lying"); any other act whose doer is a newsroom is its reporting (see ``reporting``)."""
MEDIA_SECTORS = frozenset({"MED"})
UNDERGOING = frozenset({"attract", "draw", "earn", "endure", "face", "get", "receive", "suffer"})
"""Verbs whose subject suffers the act named by their object ("received criticism")."""
UNDER = frozenset({"come", "be", "fall"})
"""Verbs of "came under attack", "was under fire"."""
DANGER_VERBS = frozenset(
    """be become consider constitute emerge grow loom perceive pose regard remain represent
    see view""".split()
)
"""Verbs that make a "threat" a danger someone sees or poses, not a threat someone made."""
MAX_CAUSE_TOKENS = 40
"""How much of a trigger's phrase is read for its cause: bounded for long sentences."""
DISEASES = frozenset(
    """cancer cholera coronavirus covid covid-19 dengue ebola flu influenza malaria measles
    sars-cov-2""".split()
)
"""Illnesses that news makes the subject of "killed" and "forced", besides ``MISHAPS``."""
HAZARDS = (MISHAPS - BOMB_LIKE - ACCIDENTS - {"collapse", "crash"}) | DISEASES
"""Storms, quakes, floods and diseases: never anyone's weapon. A fire, a blast or a crash may be
an attack ("Israeli fire killed three"), and is left to ``mishap_act`` and the parties."""
SPOKEN_OBJECTS = frozenset(
    """approach bill campaign candidacy claim claims comment comments culture decision deal
    handling idea impeachment inquiry investigation law legislation media move plan policies
    policy press probe proclamation proposal record remarks reform reforms report response
    rhetoric ruling speech stance statement strategy subpoena tweet tweets verdict views
    voting""".split()
)
"""What can only be attacked in words: decisions, inquiries, policies, statements."""
LABELLING = frozenset({"brand", "call", "describe", "dub", "label"})
"""Verbs that say what a verbal attack called its target ("attacked the inquiry, calling it")."""
VERBAL_ATTACK = EventSpec(type="ACCUSE", mode="disapprove", cameo="111")
CONTESTS = frozenset({"beat", "defeat"})
"""Verbs of winning that news uses for games and elections as much as for battles."""
SPORT_WORDS = frozenset(
    """championship coach cup final finals game goal goals league match medal olympic olympics
    player players playoff race score scored season semi-final semifinal team teams
    tournament""".split()
)
"""Words of a game around a victory, read in its paragraph (see ``contest``)."""
ELECTION_WORDS = frozenset("""ballot election poll polls primary runoff vote votes""".split())
"""Words of an election around a victory, read in its own sentence only, since news of
political violence often mentions an election nearby."""
FORCES = frozenset(
    """army fighter fighters force forces gang guard guards militant militants militia mob
    officer officers police prisoner prisoners protester protesters rebel rebels soldier
    soldiers supporter supporters thug thugs troops""".split()
)
"""Words that make a beating or a defeat violence, whatever game or vote is near."""
CONTEXT_TOKENS = 80
"""How far around a victory its paragraph is read for a game or an election."""
QUANTITY_ENTS = frozenset({"PERCENT", "QUANTITY", "CARDINAL", "MONEY"})


def unattributed_person(source: Participant | None, trigger: Token, quote: Quote | None) -> bool:
    """Whether the doer is "I", "we" or "you" in a sentence with no quotation, standing for no
    actor.

    Without quotation marks, first and second persons are an interview's or a feature's own
    voices ("I met Raghu then", "How do you plan to help ..."): the interviewee and the
    interviewer, not political actors, so what they did is not an event. Quoted, the speaker may
    be a minister, so the event stays even when no speaker was resolved, and so it does in a
    sentence with any quotation mark, which may be a quote the quotes component could not close
    ('... wrote Trump, "and therefore I asked John for his resignation').
    """
    return (
        quote is None
        and source is not None
        and not source.actor
        and source.text.lower() in INTERVIEW_VOICES
        and not any(t.is_quote for t in trigger.sent)
    )


def mishap_act(trigger: Trigger) -> bool:
    """Whether a trigger reports a mishap rather than anyone's act: a toll with no doer whose
    cause is an accident or a disaster ("three firefighters were injured when their truck
    rolled over responding to a wildfire", "hurt in a fall"), but not a blast or a fire, which
    are as often attacks (``BOMB_LIKE``); or an investigation of a mishap ("the safety board
    opened an investigation into the crash").

    PLOVER codes assaults and investigations as acts of one party on another; an accident has
    no doer, and inquiring into it accuses no one. Only the trigger's own phrase is read for the
    cause, and a weapon or a crime there ("a bomb blast", "the fire as arson") keeps the event.
    """
    spec, token = trigger.spec, trigger.token
    causes = MISHAPS | ACCIDENTS
    if spec.type == "ASSAULT":
        if trigger.nominal or token.lemma_.lower() not in TOLL_VERBS:
            return False
        if not agentless_passive(trigger):
            return False
        causes = causes - BOMB_LIKE
    elif spec.type != "ACCUSE" or spec.mode != "investigate":
        return False
    sentence = token.sent
    start = max(token.left_edge.i, sentence.start, token.i - MAX_CAUSE_TOKENS)
    end = min(token.right_edge.i + 1, sentence.end, token.i + MAX_CAUSE_TOKENS)
    # nouns only: "fired" and "fell" are no fire and no fall
    lemmas = {t.lemma_.lower() for t in token.doc[start:end] if t.pos_ in ("NOUN", "PROPN")}
    return bool(lemmas & causes) and not lemmas & (ARMS | CRIMES)


def reporting(source: Participant | None, doc: Doc) -> bool:
    """Whether a party is the news itself: a reporter or an outlet whose name says so
    ("Wikinews reached out to the candidate", "our correspondent spoke to the minister", "a
    Sky News reporter asked him").

    A newsroom asking and talking to people is how news is gathered: those requests and
    consultations are no event between the parties, whoever answers.
    """
    if source is None:
        return False
    actors = doc._.demarche_actors or {}
    actor = actors.get(source.actor) if source.actor else None
    if actor is not None and actor.sector in MEDIA_SECTORS and not actor.country:
        return True  # "Reuters", "The New York Times": a news organisation the base knows
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        t.lemma_.lower() in NEWSROOM or (t.pos_ == "PROPN" and t.lower_.endswith("news"))
        for t in span
    )


def natural_doer(trigger: Trigger) -> bool:
    """Whether the one who acts is a storm, a quake or a disease ("Typhoon Haiyan, which killed
    over 6,000 people", "the coronavirus has killed 3,000", "Hurricane Zeta slammed into the
    coast").

    Event data codes what actors do; a disaster's toll is news but no one's act. The knowledge
    base may know a named storm as an entity, so the doer's own words are read, not its actor;
    a weapon in its phrase ("a bomb blast") keeps the event, as in ``mishap_act``.
    """
    token = source_token(trigger)
    if token is None:
        return False
    words = {token.lemma_.lower(), token.lower_}
    words.update(
        c.lower_ for c in token.children if c.dep_ == "compound"
    )  # "Hurricane Ida", "Typhoon Haiyan"
    if not words & HAZARDS:
        return False
    return not any(t.lemma_.lower() in ARMS for t in token.subtree)


def verbal_attack(trigger: Trigger) -> Trigger:
    """The trigger as PLOVER codes it when an "attack" is made in words: ACCUSE, not ASSAULT.

    Politicians attack inquiries, policies and each other's records far more often in news than
    armies attack anything ("attacked the impeachment inquiry as a witch hunt", "attacked Trump
    on paying fewer taxes", "his attacks on mail-in voting"). An attack is verbal when what is
    attacked can only be attacked in words (``SPOKEN_OBJECTS``), when it is attacked *as*
    something or for doing something, when a quotation names it, or when the sentence goes on
    to say what it was called. Anything else stays an assault ("attacked the convoy").
    """
    token = trigger.token
    if trigger.spec.type != "ASSAULT" or token.lemma_.lower() != "attack":
        return trigger
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "as" and not trigger.nominal:
            return replace(trigger, spec=VERBAL_ATTACK)  # "attacked the inquiry as a stunt"
        pobjs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if prep.lower_ in ("on", "over", "for") and any(p.tag_ == "VBG" for p in pobjs):
            return replace(trigger, spec=VERBAL_ATTACK)  # "attacked Trump on paying taxes"
        if prep.lower_ == "on" and trigger.nominal:
            objects.extend(pobjs)  # "his attacks on mail-in voting"
    for obj in objects:
        if obj.lemma_.lower() in SPOKEN_OBJECTS or obj.lower_ in SPOKEN_OBJECTS:
            return replace(trigger, spec=VERBAL_ATTACK)
        if any(t.is_quote for t in obj.subtree):
            return replace(trigger, spec=VERBAL_ATTACK)  # attacked the "macho culture"
    sentence = token.sent
    for other in token.doc[token.i + 1 : min(sentence.end, token.i + MAX_CAUSE_TOKENS)]:
        if (
            other.tag_ == "VBG"
            and other.lemma_.lower() in LABELLING
            and any(c.dep_ == "oprd" or c.lower_ == "as" for c in other.children)
        ):
            return replace(trigger, spec=VERBAL_ATTACK)  # "..., calling it "Soviet-style""
    return trigger


def contest(trigger: Trigger) -> bool:
    """Whether a "beat" or a "defeat" is a game or an election won ("they beat us well", "will
    be tougher to beat", "defeated the incumbent in the primary"): no assault.

    The victory's paragraph is read for words of a game, since a coach's "they beat us" often
    stands in a sentence of its own, and its sentence for words of a vote; armed men, police,
    prisoners or an instrument ("beaten with a bat") keep the beating or the defeat an act of
    violence ("police beat fans after the match").
    """
    token = trigger.token
    if trigger.spec.type not in ("ASSAULT", "THREATEN") or token.lemma_.lower() not in CONTESTS:
        return False
    sentence = token.sent
    if any(t.lemma_.lower() in FORCES or t.lemma_.lower() in ARMS for t in sentence):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return False  # "beaten with a baseball bat": an instrument makes it violence
    if any(t.lemma_.lower() in ELECTION_WORDS for t in sentence):
        return True
    doc = token.doc
    start = max(0, token.i - CONTEXT_TOKENS)
    end = min(len(doc), token.i + CONTEXT_TOKENS)
    for k in range(token.i, start, -1):  # the paragraph only: stop at a line break
        if "\n" in doc[k - 1].text_with_ws:
            start = k
            break
    for k in range(token.i, end):
        if "\n" in doc[k].text_with_ws:
            end = k + 1
            break
    return any(t.lemma_.lower() in SPORT_WORDS for t in doc[start:end])


def carried(trigger: Trigger) -> bool:
    """Whether a visit is someone being carried somewhere ("the injured were rushed to Kozhikode
    Medical College", "he was flown to a hospital in Berlin"): no visit.

    A passive visit is a visit when someone is its agent ("was welcomed by President Salih",
    "was visited by the Pope"); taken by no one, or by a bare means of transport ("by
    ambulance", "by helicopter"), the one moved visits nobody.
    """
    token = trigger.token
    if trigger.spec.type != "CONSULT" or trigger.spec.mode != "visit" or trigger.nominal:
        return False
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False
    for agent in (c for c in token.children if c.dep_ == "agent"):
        for obj in (c for c in agent.children if c.dep_ == "pobj"):
            if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_:
                return False
            if any(c.dep_ in ("det", "poss", "compound", "amod") for c in obj.children):
                return False
    return True


def dwindling(trigger: Trigger) -> bool:
    """Whether a "decline" is a number falling ("the population has declined 40%", "the party
    has declined since 1933"), not a refusal ("declined the offer", "declined to comment").

    A refusal declines something: an offer, a request, to act. A decline with no such object, or
    with only an amount, is a trend.
    """
    token = trigger.token
    if trigger.spec.type != "REJECT" or trigger.nominal or token.lemma_.lower() != "decline":
        return False
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp"):
            return False
        if child.dep_ == "advcl" and any(c.tag_ == "TO" for c in child.children):
            return False  # "declined on Friday to meet": the infinitive is what was refused
        if child.dep_ == "dobj" and not _amount(child):
            return False
    return True


def _amount(token: Token) -> bool:
    return token.like_num or token.ent_type_ in QUANTITY_ENTS or token.lower_ in ("%", "percent")


def undergone(trigger: Trigger) -> bool:
    """Whether a nominal act is one its clause's subject suffers ("she received criticism",
    "the president faced sanctions", "the convoy came under attack"), so that the subject is the
    target, not the source, of the act.

    A pattern that already reverses its parties (``EventSpec.reverse``) is left as it is.
    """
    token = trigger.token
    if not trigger.nominal or trigger.spec.reverse:
        return False
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() in UNDERGOING
    if token.dep_ == "pobj" and head.lower_ == "under":
        return head.head.lemma_.lower() in UNDER
    return False


def danger(trigger: Trigger) -> bool:
    """Whether a "threat" is a danger, not a threat anyone made: "a new threat to his rule
    emerged", "could be a threat to national security", "poses a threat to shipping".

    PLOVER's THREATEN is an act of warning someone of what one will do to them. A threat that
    emerges, is posed, or is what something is or is seen as names a risk; one that is made,
    issued or received ("made threats against U.S. personnel") stays an act. Whoever threatens
    named in the noun's own phrase ("Iran's threat to close the strait") keeps it an act too.
    """
    token = trigger.token
    if not trigger.nominal or trigger.spec.type != "THREATEN" or token.lemma_.lower() != "threat":
        return False
    if any(c.dep_ == "poss" for c in token.children):
        return False
    head = token.head
    if token.dep_ in ("nsubj", "attr", "dobj", "oprd"):
        return head.lemma_.lower() in DANGER_VERBS
    if token.dep_ == "pobj" and head.lower_ == "as":
        return head.head.lemma_.lower() in DANGER_VERBS
    return False


def protest_for(trigger: Trigger) -> Trigger:
    """The trigger as PLOVER codes protesting someone's arrest or detention: PROTEST, not SUPPORT.

    CAMEO reads "journalists protested the arrest of their colleague" as rallying support on the
    colleague's behalf; the act is a protest against whoever arrested them, which is how the
    verb is coded everywhere else.
    """
    if trigger.spec.type != "SUPPORT" or trigger.nominal:
        return trigger
    if trigger.token.lemma_.lower() != "protest":
        return trigger
    return replace(trigger, spec=PROTESTING)


def performance(trigger: Trigger) -> bool:
    """Whether a visit or a meeting is a performer's ("the band toured Europe", "the singer
    toured the United States", "where he met bassist Jack Bruce"): a show or a career, no
    consultation between political actors, whatever country it is in.

    Only the doer's and the met party's own nouns are read (their head, or a title before it
    such as "bassist"); a performer on either side makes the meeting a cultural one, since
    event data codes what political actors do to each other.
    """
    if trigger.spec.type != "CONSULT":
        return False
    token = trigger.token
    parties = [source_token(trigger)]
    parties.extend(c for c in token.children if c.dep_ == "dobj")
    for party in parties:
        if party is None:
            continue
        words = {party.lemma_.lower()}
        words.update(c.lemma_.lower() for c in party.children if c.dep_ in ("compound", "amod"))
        if words & PERFORMERS:
            return True
    return False


def in_a_title(trigger: Trigger) -> bool:
    """Whether a nominal trigger only names what an office deals with ("Kurt Volker, the special
    envoy for Ukraine negotiations, resigned", "the final court of appeal", "the Minister for
    Trade Negotiations"): no act happened.

    The noun, or the noun it modifies, is the object of "for" or "of" after an office's title;
    an act of the office's holder is still found through the verb ("the envoy held talks").
    """
    if not trigger.nominal:
        return False
    token = trigger.token
    if token.dep_ == "compound":
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
        return False
    return prep.head.lemma_.lower() in TITLES
