"""Source and target of events: one test per class of construction the parse has to be read for.

Each sentence is written for its construction (a threat with a condition, a nominal act with an
"of" patient, a purpose clause, a participle), with actors of its own, so that the rule is tested
rather than a record of the gold data.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from demarche.records import Document

Case = tuple[str, str, str, str]
"""(sentence, event type, source actor id, target actor id); "" for a type or party leaves it
to other tests (the event type is the trigger lexicon's, the party may be unresolved)."""

CASES: list[Case] = [
    # whoever must meet the condition is the one threatened
    (
        "Turkey threatened to close its airspace unless Greece withdrew its warships.",
        "THREATEN",
        "turkey",
        "greece",
    ),
    # a nominal act takes its patient with "of" ...
    ("Iraq launched its invasion of Kuwait in August.", "ASSAULT", "iraq", "kuwait"),
    # ... and the other party of what the "of" phrase names
    (
        "Japan announced a suspension of flights to North Korea.",
        "SANCTION",
        "japan",
        "north-korea",
    ),
    # acts that take something away name their target with "from"
    (
        "Syria completed the withdrawal of its troops from Lebanon.",
        "RETREAT",
        "syria",
        "lebanon",
    ),
    (
        "Kenyan police seized weapons from Somali militias on Friday.",
        "COERCE",
        "kenya-cop",
        "somalia-reb",
    ),
    # the parties of a hosted or mediated meeting are its targets
    ("Norway hosted a meeting between Israel and the PLO.", "CONSULT", "norway", "israel"),
    # a visit in an adjunct phrase goes where its verb goes
    (
        "The Indian prime minister arrived in Tokyo on a three-day visit.",
        "CONSULT",
        "india-gov",
        "japan",
    ),
    # a purpose clause addresses whom its governing verb reaches
    (
        "The United Nations sent observers to Haiti to monitor the elections.",
        "ACCUSE",
        "united-nations",
        "haiti",
    ),
    (
        "Egypt summoned the Qatari ambassador to protest against the broadcast.",
        "PROTEST",
        "egypt",
        "qatar-gov",
    ),
    # a participle's victims are those of the act it follows, over coordinated objects
    (
        "Ethiopian troops launched artillery and rocket fire against Eritrean positions, "
        "killing 30.",
        "ASSAULT",
        "ethiopia-mil",
        "eritrea",
    ),
    # the other party inside a common noun that names no actor
    ("Britain mobilized reservists for a war against Iraq.", "MOBILIZE", "united-kingdom", "iraq"),
    (
        "The president reneged on his promise to the Kenyan people.",
        "",
        "",
        "kenya-cvl",
    ),
    # whom an act answers, in an adjunct
    (
        "Serbian farmers blocked roads in defiance of the Croatian government.",
        "PROTEST",
        "serbia-agr",
        "croatia-gov",
    ),
    # the one refused is the subject of the complement's own clause
    (
        "Hamas refused to allow Egyptian mediators to enter the city.",
        "REJECT",
        "hamas",
        "egypt",
    ),
    # a common noun stands for whom it is for, or what it is affiliated with
    (
        "A hospital for Syrian refugees was attacked by Turkish troops.",
        "",
        "turkey-mil",
        "syria-ref",
    ),
    ("Fighters loyal to the Libyan government attacked the port.", "ASSAULT", "libya-gov", ""),
    # "were engaged in" states what the subject takes part in: not a passive
    ("Turkish troops were engaged in heavy fighting in Syria.", "ASSAULT", "turkey-mil", "syria"),
    # a purpose clause's stated feeling names whom it is aimed at
    (
        "Students in Tehran marched to express their anger at the French government.",
        "PROTEST",
        "iran-edu",
        "france-gov",
    ),
    # a noun's content clause names the one asked
    (
        "The opposition repeated its demand that the Kenyan government release the prisoners.",
        "REQUEST",
        "",
        "kenya-gov",
    ),
    # the grievance's author is accused, not the one complained to
    (
        "Greece complained to NATO about Turkish incursions into its airspace.",
        "ACCUSE",
        "greece",
        "turkey",
    ),
    (
        "Pakistan complained to the United Nations on Monday.",
        "ACCUSE",
        "pakistan",
        "united-nations",
    ),
    # an act's place is also that of a clause at the same time (it places the gunmen); a
    # reflexive conjunct is the source again, never the party acted on
    (
        "Iraqi soldiers killed nine gunmen as well as themselves when they stormed a house in "
        "Syria.",
        "ASSAULT",
        "iraq-mil",
        "syria-uaf",
    ),
    # the one called on comes before whom the relayed demand names
    (
        "Germany called on Russia to demand that Syria stop the shelling.",
        "REQUEST",
        "germany",
        "russia",
    ),
    # a named subject of an embedded question is its party
    (
        "Democrats vowed to investigate whether Pompeo misused State Department funds.",
        "",
        "",
        "mike-pompeo",
    ),
    # a nominal trigger in an adjunct takes its place from the verb it depends on
    ("Turkish troops remained on alert in northern Iraq.", "MOBILIZE", "turkey-mil", "iraq"),
    # the one let or made to act is the target, as the subject of the infinitive clause
    (
        "The Kenyan electoral commission decided to allow opposition leader Raila Odinga to "
        "stand in the vote.",
        "CONCEDE",
        "",
        "raila-odinga",
    ),
    # force used to an end is aimed at whom the purpose names; a kind of party named with a
    # people's adjective is the acting state's own when no other country is given
    (
        "Indian troops opened fire to disperse Kashmiri protesters.",
        "ASSAULT",
        "india-mil",
        "india-opp",
    ),
    (
        "Zimbabwean riot police fired tear gas to disperse the demonstrators in Harare.",
        "ASSAULT",
        "zimbabwe-cop",
        "zimbabwe-opp",
    ),
    # a people named by their adjective, demanding to leave their state, act on that state
    # (both resolve to the country; CAMEO codes ESP against ESP)
    (
        "Thousands of Catalans marched in Barcelona calling for independence from Spain.",
        "PROTEST",
        "spain",
        "spain",
    ),
    # people fleeing a place are its people, of their kind
    (
        "Japan sent tents to refugees fleeing the fighting in Yemen.",
        "AID",
        "japan",
        "yemen-ref",
    ),
    # political opponents are a kind of party, placed at home by a state body acting on them
    (
        "The Belarusian junta arrested political opponents on Friday.",
        "COERCE",
        "",
        "belarus-opp",
    ),
    # a count of people stands for the people counted, as doer or as target, and a kind of
    # party acted on in a place is the target, with the place's country, rather than the place
    (
        "Hundreds of students marched in Dhaka to protest against the government.",
        "PROTEST",
        "bangladesh-edu",
        "bangladesh-gov",
    ),
    ("Police arrested dozens of protesters in Nairobi on Monday.", "", "kenya-cop", "kenya-opp"),
    # an unknown name modifying a kind of party keeps the kind, which the context places
    (
        "The Zambian government accepted demands from Lozi rebels on Friday.",
        "CONCEDE",
        "zambia-gov",
        "zambia-reb",
    ),
    # dissent and refusals with no place named are done at home: a doer of no known country
    # is of the country of the state it faces, by kind or by a name the knowledge base lacks
    (
        "Hundreds of students continued a hunger strike in protest of the Bolivian "
        "government's refusal to negotiate.",
        "PROTEST",
        "bolivia-edu",
        "bolivia-gov",
    ),
    # a pronoun bound to a kind of party stands for that kind, which the context places
    (
        "Rebels said they had rejected the Colombian government's offer of talks.",
        "REJECT",
        "colombia-reb",
        "colombia-gov",
    ),
    # a kind of party named with its adjective ("ethnic minorities") is still a kind
    (
        "Ethnic minorities staged a protest against the Peruvian government on Monday.",
        "PROTEST",
        "peru-cvl",
        "peru-gov",
    ),
    # a capitalised title no entity holds takes its "of" place, as a common noun does
    ("Governor of Sindh Resigns After Weeks of Protests", "RETREAT", "pakistan-gov", ""),
    # "against" deep in a force's object names its opponent
    (
        "Syria deployed thousands of soldiers equipped for operations against Turkey.",
        "MOBILIZE",
        "syria",
        "turkey",
    ),
    # an object put after the verb's "as" phrase is still its object
    (
        "Norway condemned as a grave violation Russia's seizure of the tanker.",
        "ACCUSE",
        "norway",
        "russia",
    ),
    # a possessor says whose an act is; names in its "of" phrase are what it acts on
    (
        "Chile criticised Peru's treatment of migrants from Bolivia.",
        "ACCUSE",
        "chile",
        "peru",
    ),
    # a nominal act's doer is the country that modifies it, also through a kind of party
    (
        "The U.S. military withdrawal from Syria began on Monday.",
        "RETREAT",
        "united-states-military",
        "syria",
    ),
    (
        "The Pakistan army offensive against the Taliban continued.",
        "ASSAULT",
        "pakistan-mil",
        "taliban",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), CASES)
def test_source_and_target(
    analyse_text: Callable[[str], Document], text: str, type_: str, source: str, target: str
) -> None:
    doc = analyse_text(text)
    pairs = {
        (e.source.actor if e.source else None, e.target.actor if e.target else None)
        for e in doc.events
        if not type_ or e.type == type_
    }
    assert any((not source or s == source) and (not target or t == target) for s, t in pairs), pairs


def test_stated_attitude_is_held_by_the_subject(analyse_text: Callable[[str], Document]) -> None:
    """ "X is opposed to Y" is not a passive: X opposes, Y (its author) is opposed."""
    doc = analyse_text("Israel is opposed to French mediation in the talks with Syria.")
    rejects = [e for e in doc.events if e.type == "REJECT"]
    assert rejects
    assert rejects[0].source is not None and rejects[0].source.actor == "israel"
    assert rejects[0].target is not None and rejects[0].target.actor == "france"


def test_a_true_passive_still_swaps_subject_and_agent(
    analyse_text: Callable[[str], Document],
) -> None:
    doc = analyse_text("The plan was opposed by France.")
    rejects = [e for e in doc.events if e.type == "REJECT"]
    assert rejects and rejects[0].source is not None
    assert rejects[0].source.actor == "france"


def test_a_condition_does_not_override_a_named_target(
    analyse_text: Callable[[str], Document],
) -> None:
    doc = analyse_text("Chile threatened sanctions against Peru if Bolivia joined the talks.")
    targets = {e.target.actor for e in doc.events if e.type == "THREATEN" and e.target}
    assert "peru" in targets


def test_a_name_refusing_a_state_at_home_takes_its_country(
    analyse_text: Callable[[str], Document],
) -> None:
    """A name the knowledge base lacks, refusing a state with no place named, is that
    state's: refusals and dissent are done at home."""
    doc = analyse_text("The Lozi Freedom Front rejected the Zambian government's offer of talks.")
    actors = {a.id: a for a in doc.actors}
    rejects = [e for e in doc.events if e.type == "REJECT" and e.source and e.source.actor]
    assert rejects, doc.events
    assert actors[rejects[0].source.actor].country == "ZMB"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Nairobi deported foreign workers on Monday.",
        "Police arrested foreign journalists in Kenya on Monday.",
    ],
)
def test_a_kind_of_party_said_to_be_foreign_is_not_placed_at_home(
    analyse_text: Callable[[str], Document], text: str
) -> None:
    doc = analyse_text(text)
    actors = {a.id: a for a in doc.actors}
    targets = [e.target for e in doc.events if e.target is not None and "foreign" in e.target.text]
    assert targets, doc.events
    for target in targets:
        assert target.actor is None or actors[target.actor].country != "KEN", target


def test_the_victims_of_a_passive_did_not_do_the_violence(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "were killed in a car bombing": the passive's subject controls an adjunct clause
    ("was ousted for declaring ..."), but violence it suffered is never its own act."""
    doc = analyse_text("Four Chilean miners were killed in a grenade attack near Lima on Sunday.")
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert assaults
    for event in assaults:
        assert event.source is None or "miners" not in event.source.text, event


NOT_PARTIES: list[tuple[str, str]] = [
    # a participle does not inherit the medium of the clause it follows
    ("The minister posted on Twitter asking for help with the evacuation.", "Twitter"),
    # a place inside a noun's phrase is not a party
    ("The foreign ministers agreed to a future meeting on Crete.", "Crete"),
    # a place left is not a party
    ("The attacker had been released from prison a week earlier.", "prison"),
    # the event is not its own party
    ("He also commented on the Turkish-Libyan maritime border agreement.", "agreement"),
    # an embedded question's pronoun is mostly the source again
    ("Sweden refused to answer whether they would support the plan.", "they"),
    # indefinite pronouns name no party
    ("Rebels killed soldiers, officials or anyone in their path.", "anyone"),
]


@pytest.mark.parametrize(("text", "words"), NOT_PARTIES)
def test_words_that_name_no_party_are_not_targets(
    analyse_text: Callable[[str], Document], text: str, words: str
) -> None:
    doc = analyse_text(text)
    assert not [e for e in doc.events if e.target is not None and words in e.target.text]


def test_participant_search_is_bounded_on_long_coordinations(nlp) -> None:
    """Forty coordinated objects, each with its own directed phrase, and a forty-party
    condition: the search reads each phrase once and keeps at most ``MAX_CONJUNCTS`` parties."""
    from demarche.events.lexicon import default_lexicon
    from demarche.events.participants import MAX_CONJUNCTS, conjuncts, target_tokens
    from demarche.events.triggers import find_triggers

    countries = ["Chile", "Peru", "Brazil", "Argentina", "Mexico", "Canada", "Japan", "China"] * 5
    objects = ", ".join(f"talks with {c}" for c in countries)
    condition = ", ".join(countries)
    doc = nlp(f"Spain threatened to suspend {objects} unless {condition} withdrew.")
    triggers = find_triggers(doc, default_lexicon())
    started = time.perf_counter()
    for trigger in triggers:
        target_tokens(trigger, None)
    assert time.perf_counter() - started < 0.5
    assert all(len(conjuncts(t)) <= MAX_CONJUNCTS for t in doc)


def test_an_event_that_only_dates_another_does_not_share_its_parties(nlp) -> None:
    """Read at the parse, so the test holds whatever the component then keeps."""
    from demarche.events.lexicon import default_lexicon
    from demarche.events.participants import source_token, target_tokens
    from demarche.events.places import location_tokens
    from demarche.events.triggers import find_triggers

    doc = nlp("The suspect surrendered to police in Kenya following the shooting.")
    shootings = [t for t in find_triggers(doc, default_lexicon()) if t.token.text == "shooting"]
    assert shootings
    for trigger in shootings:
        found = target_tokens(trigger, source_token(trigger)) + location_tokens(trigger, set())
        assert "Kenya" not in [t.text for t in found]


def test_a_name_acted_on_at_home_takes_the_state_s_country(
    analyse_text: Callable[[str], Document],
) -> None:
    """A name the knowledge base lacks, acted on by a state body, is that state's (CAMEO's
    domestic coding); the doer keeps its own actor."""
    doc = analyse_text(
        "The Venezuelan government ordered the opposition newspaper El Faro Libre to stop printing."
    )
    actors = {a.id: a for a in doc.actors}
    coerce = [e for e in doc.events if e.type == "COERCE" and e.target and e.target.actor]
    assert coerce, doc.events
    target = actors[coerce[0].target.actor]
    assert "faro" in target.id and target.country == "VEN"
    assert coerce[0].source is not None and coerce[0].source.actor == "venezuela-gov"


def test_a_country_is_not_its_own_target_when_named_twice(nlp) -> None:
    """Only a people named by their adjective stand apart from their state: a country named as
    the doer and again as the one acted on, or as a pronoun, is one party."""
    from demarche.records import Participant

    parties = nlp.get_pipe("demarche_events").parties
    text = "Moroccans and Morocco told it that Morocco would act."
    doc = nlp(text)
    parties.begin(doc)

    def party(word: str, occurrence: int = 0) -> Participant:
        start = text.index(word) if occurrence == 0 else text.rindex(word)
        return Participant("morocco", start, start + len(word), word)

    try:
        assert parties.same(party("Morocco"), party("Morocco", 1))
        assert parties.same(party("it"), party("Morocco", 1))
        assert not parties.same(party("Moroccans"), party("Morocco", 1))
    finally:
        parties.end()


def test_an_accusation_grounding_an_act_accuses_whom_the_act_is_done_to(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "arrested X on allegations of ...": the doer accuses X; in a passive with no agent the
    accuser is unnamed, never the one accused."""
    doc = analyse_text(
        "Iranian authorities arrested three British nationals on allegations of spying."
    )
    pairs = {
        (e.source and e.source.actor, e.target and e.target.actor)
        for e in doc.events
        if e.type == "ACCUSE"
    }
    assert ("iran-gov", "united-kingdom-cvl") in pairs, pairs
    doc = analyse_text("Two Kenyan journalists were detained on allegations of sedition.")
    accusations = [e for e in doc.events if e.type == "ACCUSE"]
    assert accusations
    for event in accusations:
        assert event.source is None or event.source.actor != "kenya-jrn"
        assert event.target is not None and event.target.actor == "kenya-jrn"


def _doers(doc: Document, type_: str) -> list[str | None]:
    return [e.source.text if e.source else None for e in doc.events if e.type == type_]


def test_a_kind_of_party_before_a_relative_clause_is_its_doer(
    analyse_text: Callable[[str], Document],
) -> None:
    """In "arrested the militants who attacked ..." the militants attack, not the police whose
    clause names them."""
    doc = analyse_text("Police detained the gunmen who attacked the bank in Lahore.")
    assert _doers(doc, "ASSAULT") == ["the gunmen"]


def test_a_plural_noun_modifier_still_names_a_kind_of_party(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "rights groups" is an agent phrase only as written (its lemma "right group" is none);
    the doer's words stop before a clause attached by "of" ("of jailing journalists")."""
    doc = analyse_text(
        "Ethiopia was accused on Friday by several human rights groups of jailing reporters."
    )
    assert _doers(doc, "ACCUSE") == ["several human rights groups"]


def test_a_clause_at_the_same_time_under_an_infinitive_places_the_act(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "threatened to make arrests as unrest continues in X": the "as" clause hangs from the
    infinitive, and still says where the threat is made, which places the police."""
    doc = analyse_text("Police threatened to make arrests as unrest continues in Zambia.")
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert threats and threats[0].location is not None
    assert threats[0].location.text == "Zambia"
    assert threats[0].source is not None and threats[0].source.actor == "zambia-cop"


def test_a_place_naming_the_noun_of_a_place_phrase_places_the_act(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "in two Kaduna villages": the town modifies the phrase's noun, and still says where
    the attack happened, which gives the unnamed kinds of party their country."""
    doc = analyse_text("Gunmen killed seven farmers in three Kano villages on Tuesday.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.text == "Kano"
    actors = {a.id: a for a in doc.actors}
    assert attacks[0].target is not None and attacks[0].target.actor in actors
    assert actors[attacks[0].target.actor].country == "NGA"


def test_a_kind_of_party_in_the_state_an_act_names_is_its_doer(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "an activist on hunger strike" strikes, whatever the clause says of the activist; "a
    debate on sanctions" is no one's state, so the clause's subject keeps the sanctions."""
    doc = analyse_text("A jailed Tunisian blogger on hunger strike was taken to hospital.")
    assert _doers(doc, "PROTEST") == ["A jailed Tunisian blogger"]
    doc = analyse_text("Canada held a debate on sanctions against Belarus.")
    assert _doers(doc, "SANCTION") == ["Canada"]


def test_the_kind_of_party_an_act_is_of_does_it(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "marches of students": the students march, not the pronoun subject of the clause that
    mentions the marches; a named subject keeps the act ("sped up the withdrawal of troops")."""
    doc = analyse_text("This included marches of ten thousand students in Nairobi.")
    assert _doers(doc, "PROTEST") == ["ten thousand students"]
    doc = analyse_text("Canada sped up the withdrawal of its troops from Mali on Monday.")
    assert _doers(doc, "RETREAT") == ["Canada"]


def test_a_kind_of_party_within_a_body_takes_its_country(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "rogue operatives within the Peruvian police": placed inside a body of a country."""
    doc = analyse_text(
        "The report said rogue operatives within the Peruvian police committed the killing."
    )
    actors = {a.id: a for a in doc.actors}
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and attacks[0].source is not None and attacks[0].source.actor in actors
    assert actors[attacks[0].source.actor].country == "PER"


def test_alternative_parties_do_not_act_on_each_other(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "neither Chile nor Peru attended": two doers apart; "Chile and Peru met" is reciprocal."""
    doc = analyse_text("Neither Chile nor Peru attended the talks.")
    events = [e for e in doc.events if e.type == "CONSULT"]
    assert events and all(
        e.target is None or e.target.actor not in ("chile", "peru") for e in events
    )
    assert all(e.source is None or not e.source.text.lower().startswith("neither") for e in events)


def test_a_headline_party_no_mention_holds_is_read_from_its_own_words(nlp) -> None:
    """Title case can make one title of a country and the words after it ("Chile Rejects
    Border Pact Between ..."), so no mention holds the country: in a headline's sentence-case
    copy the party's own words are analysed; in the article's own text an unmentioned phrase
    stays no actor, since resolving every phrase would cost too much."""
    from demarche.events.parties import PartyFinder

    article = nlp.make_doc("Chile Rejects Border Pact Between Peru and Rebels")
    copy = nlp.make_doc("Chile rejects border pact between Peru and rebels")
    read: list[tuple[int, int]] = []

    def phrase(doc: object, start: int, end: int) -> list[str]:
        read.append((start, end))
        return ["chile"]

    finder = PartyFinder(resolve=lambda doc, start, end: [], phrase=phrase)
    finder.begin(article)
    assert finder.actors(article[0:1]) == []
    finder.begin(article)  # phrases are cached by token range: start afresh
    assert finder.actors(copy[0:1]) == ["chile"]
    assert read == [(0, 5)]
    finder.end()


def test_a_kind_of_party_based_or_gathered_somewhere_takes_its_country(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "students based in Lagos" are Nigerian students, placed as "students in Lagos" are,
    and not the city itself."""
    doc = analyse_text("Students based in Lagos protested against the new fees.")
    actors = {a.id: a for a in doc.actors}
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert protests and protests[0].source is not None
    assert protests[0].source.actor in actors
    assert protests[0].source.text.startswith("Students")
    assert actors[protests[0].source.actor].country == "NGA"
    assert actors[protests[0].source.actor].sector == "EDU"


def test_a_headline_attack_in_a_place_title_case_hid_is_the_places_unidentified_actor(
    analyse_text: Callable[[str], Document],
) -> None:
    """ "Car Bomb in Mosul Kills ...": the recogniser may read "Mosul Kills Nine Police"
    as one name; the place inside the unnamed doer's phrase still gives the attack its
    unidentified actor (sector UNK) of the place's country, as in prose."""
    doc = analyse_text("Car Bomb in Mosul Kills Nine Police Officers")
    actors = {a.id: a for a in doc.actors}
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and attacks[0].source is not None and attacks[0].source.actor in actors
    doer = actors[attacks[0].source.actor]
    assert (doer.country, doer.sector) == ("IRQ", "UNK")
