"""The demarche_events component end to end: types, participants, modality, quotes, limits.

Sentences here are written for the class of construction (a conditional offer, a negated plan,
a nominal sanction), with actors other than the sample article's, so the rules are tested rather
than one article.
"""

from __future__ import annotations

import time

import pytest

from demarche.records import Actor, Document, Event


def events_of(document: Document) -> list[Event]:
    return list(document.events)


def find(
    document: Document,
    type_: str | None = None,
    source: str | None = None,
    target: str | None = None,
) -> list[Event]:
    found = []
    for event in document.events:
        if type_ is not None and event.type != type_:
            continue
        if source is not None and (event.source is None or event.source.actor != source):
            continue
        if target is not None and (event.target is None or event.target.actor != target):
            continue
        found.append(event)
    return found


def actor_of_country(document: Document, iso3: str) -> str:
    ids = [a.id for a in document.actors if a.country == iso3]
    assert ids, f"no actor of {iso3} in {[a.id for a in document.actors]}"
    return ids[0]


# -- participants ---------------------------------------------------------------------------


def test_subject_acts_on_the_object_of_a_directed_preposition(analyse_text) -> None:
    doc = analyse_text("France imposed sanctions on Iran on Monday.")
    event = find(doc, "SANCTION")[0]
    assert event.source and event.source.text == "France"
    assert event.target and event.target.text == "Iran"
    assert event.modality == "asserted"
    assert event.trigger and event.trigger.text == "imposed"
    assert doc.article.text[event.evidence.start : event.evidence.end] == event.evidence.text


def test_passive_agent_is_the_source(analyse_text) -> None:
    doc = analyse_text("Sanctions were imposed on Syria by Canada.")
    event = find(doc, "SANCTION")[0]
    assert event.source and event.source.text == "Canada"
    assert event.target and event.target.text == "Syria"


def test_one_event_per_coordinated_party(analyse_text) -> None:
    doc = analyse_text("The German chancellor visited Kenya, Uganda and Tanzania last week.")
    targets = {e.target.text for e in find(doc, "CONSULT") if e.target}
    assert targets == {"Kenya", "Uganda", "Tanzania"}


def test_reciprocal_parties_target_each_other(analyse_text) -> None:
    doc = analyse_text("Jordan and Britain signed a defence pact.")
    pairs = {(e.source.text, e.target.text) for e in doc.events if e.source and e.target}
    assert ("Jordan", "Britain") in pairs and ("Britain", "Jordan") in pairs


def test_dates_are_never_parties(analyse_text) -> None:
    doc = analyse_text("Senior Polish officials agreed on Saturday to expand trade.")
    assert doc.events
    assert all(e.target is None or "Saturday" not in e.target.text for e in doc.events)


# -- modality -------------------------------------------------------------------------------


def test_negated_plan(analyse_text) -> None:
    doc = analyse_text("Officials said that no talks have been scheduled between the two sides.")
    assert [e.modality for e in find(doc, "CONSULT")] == ["negated"]


def test_conditional_offer_has_its_condition(analyse_text) -> None:
    text = "Iran is ready to negotiate with the EU, but only if the sanctions are lifted."
    doc = analyse_text(text)
    offers = [e for e in doc.events if e.modality == "conditional"]
    assert offers, doc.events
    assert offers[0].type == "AGREE"
    assert offers[0].condition is not None
    assert offers[0].condition.text.startswith("only if") or offers[0].condition.text.startswith(
        "if"
    )
    assert "lifted" in offers[0].condition.text


def test_possibility_is_hypothetical(analyse_text) -> None:
    doc = analyse_text("The minister raised the possibility of easing sanctions on Cuba.")
    assert doc.events and all(e.modality == "hypothetical" for e in doc.events)


def test_wish_to_meet_is_intended_agreement(analyse_text) -> None:
    doc = analyse_text("Erdogan wants to meet Putin in Ankara.")
    event = doc.events[0]
    assert (event.type, event.modality) == ("AGREE", "intended")
    assert event.target and event.target.text == "Putin"


def test_announced_conflict_is_a_future_threat(analyse_text) -> None:
    doc = analyse_text("Chile will expel two Peruvian diplomats.")
    assert [(e.modality, e.trigger.text) for e in find(doc, "THREATEN")] == [("future", "expel")]


def test_refusing_to_cooperate_in_future_is_rejection(analyse_text) -> None:
    doc = analyse_text("Syria says it will not accept any more refugees.")
    assert [e.type for e in doc.events] == ["REJECT"]
    absent = analyse_text("No talks have been held between the two neighbours.")
    assert [(e.type, e.modality) for e in absent.events] == [("CONSULT", "negated")]


# -- quotes ---------------------------------------------------------------------------------


def test_first_person_in_a_quote_is_the_speaker(analyse_text) -> None:
    doc = analyse_text('Macron said: "We will never negotiate with terrorists."')
    if not doc.quotes or not doc.quotes[0].speaker:
        pytest.skip("the quotes component found no speaker here")
    quoted = [e for e in doc.events if e.quote is not None]
    assert quoted and quoted[0].source and quoted[0].source.actor == doc.quotes[0].speaker


# -- the sample article: each class of statement the issue names -----------------------------


@pytest.fixture(scope="module")
def sample(analyse_text) -> Document:
    from demarche.ingest.examples import example_paths

    text = example_paths()[0].read_text(encoding="utf-8")
    return analyse_text(text, published="2025-10-25")


def test_sample_seeking_a_meeting(sample: Document) -> None:
    wishes = [
        e
        for e in find(sample, source="donald-trump", target="kim-jong-un")
        if e.type in ("AGREE", "REQUEST", "CONSULT") and e.modality in ("intended", "conditional")
    ]
    assert wishes


def test_sample_visits(sample: Document) -> None:
    visited = {
        e.target.actor
        for e in find(sample, "CONSULT", source="donald-trump")
        if e.mode == "visit" and e.target
    }
    assert {"malaysia", "south-korea", "japan"} <= visited


def test_sample_conditional_openness(sample: Document) -> None:
    offers = [
        e
        for e in find(sample, source="kim-jong-un")
        if e.modality == "conditional" and e.target and e.target.actor == "united-states"
    ]
    assert offers and offers[0].condition and "drops its demands" in offers[0].condition.text


def test_sample_refusal(sample: Document) -> None:
    assert find(sample, "REJECT", source="kim-jong-un", target="south-korea")


def test_sample_sanctions_and_alliances(sample: Document) -> None:
    assert [e for e in find(sample, "SANCTION", target="north-korea") if e.modality == "asserted"]
    assert find(sample, "COOPERATE", source="north-korea", target="russia")
    assert find(sample, "COOPERATE", source="north-korea", target="china")


def test_sample_negated_plans_and_hypothetical_lifting(sample: Document) -> None:
    assert [e for e in sample.events if e.modality == "negated" and "meeting" in e.evidence.text]
    lifting = [e for e in sample.events if e.trigger and e.trigger.text == "lifting"]
    assert lifting and lifting[0].modality == "hypothetical"


def test_sample_events_are_dated_and_serialise(sample: Document) -> None:
    assert any(e.date for e in sample.events)
    for event in sample.events:
        assert Event.from_dict(event.to_dict()) == event
        assert sample.article.text[event.evidence.start : event.evidence.end] == event.evidence.text


# -- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        " ".join(["France met Germany and"] * 100) + " Spain.",
        "The summit condemned "
        + ", ".join(
            ["Chile", "Peru", "Brazil", "Argentina", "Mexico", "Canada", "Japan", "China"] * 5
        )
        + ".",
        "Paris. London. Berlin. Madrid. Rome. " * 40,
        "",
    ],
    ids=["500-token sentence", "40-country list", "no verbs", "empty"],
)
def test_pathological_input_is_bounded(analyse_text, text: str) -> None:
    started = time.perf_counter()
    doc = analyse_text(text)
    assert time.perf_counter() - started < 10
    assert len(doc.events) <= 2000


def test_without_sibling_components_events_degrade(nlp) -> None:
    """Without actors and time modules, participants keep their words and dates stay None."""
    from demarche.events.component import EventsComponent
    from demarche.events.lexicon import default_lexicon

    component = EventsComponent(default_lexicon(), resolve=None, date_for=None)
    with nlp.select_pipes(
        enable=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    ):
        doc = nlp("Canada imposed sanctions on Venezuela.")
    events = component(doc)._.demarche_events
    assert events and events[0].type == "SANCTION"
    assert events[0].source and events[0].source.text == "Canada"
    assert events[0].source.actor is None
    assert events[0].date is None


# -- targets from places and purposes, headlines, prominence ----------------------------------


def test_place_acted_on_is_the_target_when_no_party_is_named(analyse_text) -> None:
    doc = analyse_text("Turkish authorities imposed a curfew in eastern Turkey on Tuesday.")
    event = find(doc, "COERCE")[0]
    assert event.target and event.target.text.endswith("Turkey")
    assert event.location and event.location.text.endswith("Turkey")


def test_purpose_clause_names_the_target(analyse_text) -> None:
    doc = analyse_text("Thousands of Kenyans began a hunger strike to protest against Uganda.")
    protest = [e for e in find(doc, "PROTEST") if e.mode == "hunger"]
    assert protest and protest[0].target and protest[0].target.text == "Uganda"


def test_title_case_headline_verbs_are_triggers(analyse_text) -> None:
    doc = analyse_text("Brazil Condemns Violence Against Civilians in Venezuela")
    assert [e.type for e in doc.events] == ["ACCUSE"]
    assert doc.events[0].source and doc.events[0].source.text == "Brazil"
    # the civilians in Venezuela are the recipient: Venezuela's civilians, not "Civilians" alone
    target = doc.events[0].target
    assert target and target.text.endswith("Venezuela")
    assert actor_of_country(doc, "VEN") == target.actor


def test_main_clause_outranks_background(analyse_text) -> None:
    doc = analyse_text("Rebels, who attacked a convoy last week, signed a ceasefire with Mali.")
    top = max(doc.events, key=lambda e: e.confidence)
    assert top.trigger and top.trigger.text == "signed"


def test_reported_obligation_is_a_request(analyse_text) -> None:
    doc = analyse_text("Germany said on Monday that Hungary must release the two journalists.")
    requests = find(doc, "REQUEST")
    assert requests and requests[0].source and requests[0].source.text == "Germany"
    assert requests[0].target and requests[0].target.text == "Hungary"
    assert requests[0].mode == "yield"  # the demanded release is folded into the request


def test_attempted_attack_is_an_attack(analyse_text) -> None:
    doc = analyse_text("Rebels attempted to assassinate the governor of Kandahar.")
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_event_without_any_party_is_not_coded(analyse_text) -> None:
    """PLOVER codes no event without an actor: "another passenger later died" is no event."""
    assert not analyse_text("According to the report, another passenger later died.").events


def test_generic_agents_are_parties(analyse_text) -> None:
    doc = analyse_text("Rebels attacked a convoy near the border.")
    assert [(e.type, e.source.text if e.source else None) for e in doc.events] == [
        ("ASSAULT", "Rebels")
    ]


def test_passive_subject_controls_an_adjunct(analyse_text) -> None:
    doc = analyse_text("Colonel Diallo was dismissed after imposing a curfew in Bamako.")
    curfews = [e for e in doc.events if e.type == "COERCE"]
    assert curfews and curfews[0].source and "Diallo" in curfews[0].source.text


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("China will send aid to Nepal.", "assist"),
        ("Macron said he would love to meet Scholz.", "meet"),
    ],
)
def test_an_offered_act_is_agree_with_the_mode_of_what_is_offered(
    analyse_text, text: str, mode: str
) -> None:
    document = analyse_text(text, published="2025-01-01")
    agree = find(document, "AGREE")
    assert agree, [e.type for e in document.events]
    assert agree[0].mode == mode
    assert agree[0].modality in ("future", "intended")


@pytest.mark.parametrize(
    "text",
    [
        "A fire killed five girls at an escape room on Friday.",
        "The minibus exploded outside the building.",
        "This feeds into the scholarly discussion of the statues.",
    ],
)
def test_acts_without_an_actor_are_not_events(analyse_text, text: str) -> None:
    assert [e.type for e in analyse_text(text).events if e.modality == "asserted"] == []


def test_a_weapon_stands_for_an_unnamed_attacker(analyse_text) -> None:
    doc = analyse_text("A roadside bombing near Samarra killed one U.S. soldier on Sunday.")
    killing = [e for e in find(doc, "ASSAULT") if e.target and "soldier" in e.target.text]
    assert killing and killing[0].source is not None
    assert _actor(doc, killing[0].source.actor).sector == "UNK"


def _coded(doc, kind: str) -> list[tuple[str | None, str | None]]:
    actors = {a.id: a for a in doc.actors}

    def country(party):
        return actors[party.actor].country if party and party.actor in actors else None

    return [(country(e.source), country(e.target)) for e in find(doc, kind)]


def test_a_party_named_by_kind_takes_the_country_of_the_place(analyse_text) -> None:
    doc = analyse_text("Protesters blocked roads in Hong Kong.")
    assert ("HKG", "HKG") in _coded(doc, "PROTEST")


def test_a_state_body_acting_on_a_kind_of_people_acts_at_home(analyse_text) -> None:
    doc = analyse_text("Egyptian police arrested twelve protesters on Monday.")
    events = [e for e in doc.events if e.target and "protesters" in e.target.text]
    assert events and {a.id: a for a in doc.actors}[events[0].target.actor].country == "EGY"


def test_a_place_acted_on_is_its_country_not_its_government(analyse_text) -> None:
    doc = analyse_text("Sudan's government lifted a state of emergency in West Darfur on Sunday.")
    assert ("SDN", "SDN") in _coded(doc, "CONCEDE")
    target = find(doc, "CONCEDE")[0].target
    assert target is not None and target.actor != find(doc, "CONCEDE")[0].source.actor


def test_several_doers_act_on_each_other_not_on_the_venue(analyse_text) -> None:
    doc = analyse_text("Russia and Ukraine held talks in Istanbul on Friday.")
    assert sorted(_coded(doc, "CONSULT")) == [("RUS", "UKR"), ("UKR", "RUS")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Iran is prepared to resume talks with the United States.", "AGREE"),
        ("Turkey is determined to attack Kurdish militias in Syria.", "THREATEN"),
    ],
)
def test_readiness_is_an_intention(analyse_text, text: str, kind: str) -> None:
    assert [(e.type, e.modality) for e in find(analyse_text(text), kind)][:1] == [
        (kind, "intended")
    ]


def test_a_possible_act_of_unknown_people_is_no_event(analyse_text) -> None:
    doc = analyse_text("So I would only talk about things that I genuinely know.")
    assert doc.events == ()


def test_a_denied_act_naming_no_party_is_kept(analyse_text) -> None:
    doc = analyse_text("Officials have confirmed that no meeting plans have been set.")
    assert [(e.type, e.modality) for e in doc.events] == [("CONSULT", "negated")]


# -- unidentified doers, implied domestic targets, headline names -------------------------------


def _actor(document: Document, actor_id: str | None) -> Actor:
    return next(a for a in document.actors if a.id == actor_id)


def test_an_attack_with_no_named_doer_is_the_place_countrys_unidentified_actor(
    analyse_text,
) -> None:
    doc = analyse_text("A car bomb killed four soldiers in Mosul on Tuesday.")
    event = find(doc, "ASSAULT")[0]
    assert event.source is not None and event.source.text == "Mosul"
    unknown = _actor(doc, event.source.actor)
    assert (unknown.country, unknown.sector) == ("IRQ", "UNK")
    assert unknown.name.endswith("unidentified actors")
    assert event.source.implied  # inferred by convention, not named: users can drop it


def test_a_place_inside_the_weapons_phrase_gives_the_country(analyse_text) -> None:
    doc = analyse_text("A roadside bomb near the town of Tikrit killed two Turkish soldiers.")
    event = find(doc, "ASSAULT")[0]
    assert event.source is not None and event.source.text == "Tikrit"
    assert _actor(doc, event.source.actor).sector == "UNK"
    assert event.target is not None and _actor(doc, event.target.actor).country == "TUR"


@pytest.mark.parametrize("town", ["Herat", "Durres"])
def test_a_town_the_recogniser_mislabels_is_still_a_place(analyse_text, town: str) -> None:
    """The entity recogniser reads these towns as organisations; the actors component knows
    them as places, so they still place the attack and give its unidentified doer."""
    doc = analyse_text(f"A car bomb near the town of {town} killed three policemen on Monday.")
    event = find(doc, "ASSAULT")[0]
    assert event.source is not None and event.source.text == town
    assert _actor(doc, event.source.actor).sector == "UNK"
    doc = analyse_text(f"Gunmen shot dead two soldiers in {town} on Monday.")
    assert [e.location.text if e.location else None for e in find(doc, "ASSAULT")][:1] == [town]


def test_the_place_of_an_unnamed_attacker_is_the_attacks(analyse_text) -> None:
    """The place in the weapon's phrase is where the attack happened: it is the event's
    location, and it places the victims named only by kind."""
    doc = analyse_text("A car bomb near the village of Baiji killed three policemen on Monday.")
    event = find(doc, "ASSAULT")[0]
    assert event.location is not None and event.location.text == "Baiji"
    assert event.target is not None
    victims = _actor(doc, event.target.actor)
    assert (victims.country, victims.sector) == ("IRQ", "COP")


def test_a_named_doer_is_never_replaced_by_an_unidentified_one(analyse_text) -> None:
    doc = analyse_text("Rebels attacked a convoy near Mosul.")
    assert all(e.source is None or e.source.text == "Rebels" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "type_", "iso3"),
    [
        ("The Kenyan interior minister refused to resign.", "REJECT", "KEN"),
        # a people resolved to its country acts at home like any domestic party
        ("Thousands of Chileans marched in Santiago to protest.", "PROTEST", "CHL"),
    ],
)
def test_a_domestic_doers_contentious_act_is_aimed_at_its_own_country(
    analyse_text, text: str, type_: str, iso3: str
) -> None:
    doc = analyse_text(text)
    event = find(doc, type_)[0]
    assert event.source is not None and event.target is not None
    # implied, not named: the target cites the source's words, which give its country
    assert (event.target.start, event.target.end) == (event.source.start, event.source.end)
    assert event.target.implied and not event.source.implied
    assert _actor(doc, event.target.actor).kind == "country"
    assert _actor(doc, event.target.actor).country == iso3


def test_a_country_acting_as_a_whole_keeps_no_implied_target(analyse_text) -> None:
    event = find(analyse_text("Brazil rejected the idea."), "REJECT")[0]
    assert event.target is None


def test_a_demand_is_not_assumed_to_be_domestic(analyse_text) -> None:
    """A demand or accusation with no target named is as often aimed abroad."""
    doc = analyse_text("The Kenyan interior minister demanded an inquiry.")
    assert all(e.target is None for e in find(doc, "REQUEST"))


def test_a_cooperative_act_keeps_no_implied_target(analyse_text) -> None:
    doc = analyse_text("The Chilean army signed a deal.")
    assert doc.events and all(e.target is None for e in doc.events)


def test_an_implied_target_adds_no_confidence(analyse_text) -> None:
    implied = find(analyse_text("Peruvian police arrested the mayor."), "COERCE")[0]
    named = find(analyse_text("Peruvian police arrested the mayor of Lima."), "COERCE")[0]
    assert implied.confidence <= named.confidence


def test_a_headline_name_that_swallowed_a_verb_is_read_from_its_own_words(analyse_text) -> None:
    """Title case leads the recogniser to read "Warns Mexico" or "Visits Peru" as a person's
    name; the participant is the country its own words name, not that person."""
    for text, iso3 in [
        ("Ethiopia Warns Mexico Over Border Dispute", "MEX"),
        ("Chile Leader Visits Peru to Discuss Fishing Rights", "PER"),
    ]:
        doc = analyse_text(text)
        targets = [e.target for e in doc.events if e.target is not None]
        assert targets, text
        assert _actor(doc, targets[0].actor).country == iso3, text


@pytest.mark.parametrize(
    "text",
    ["Chile, Peru Agree to Hold Regular Talks on Fishing", "Chile, Peru, Hold Naval Drills"],
)
def test_names_a_headline_lists_with_a_comma_are_each_others_parties(
    analyse_text, text: str
) -> None:
    doc = analyse_text(text)
    pairs = {
        (_actor(doc, e.source.actor).country, _actor(doc, e.target.actor).country)
        for e in doc.events
        if e.source is not None and e.target is not None
    }
    assert {("CHL", "PER"), ("PER", "CHL")} <= pairs, text


@pytest.mark.parametrize(
    "text",
    ["Joe Biden, President of the United States, met Xi Jinping.", "Lyon, France hosted talks."],
)
def test_a_descriptive_or_same_country_apposition_is_no_second_party(
    analyse_text, text: str
) -> None:
    doc = analyse_text(text)
    sources = {e.source.text for e in doc.events if e.source is not None}
    assert len(sources) == 1, (text, sources)


def test_the_country_an_anti_phrase_opposes_is_not_the_partys(analyse_text) -> None:
    doc = analyse_text("An anti-Syria journalist was shot dead in Beirut.")
    event = find(doc, "ASSAULT")[0]
    assert event.target is not None
    assert _actor(doc, event.target.actor).country == "LBN"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Chile rejected the peace plan drafted by Argentina.", "REJECT"),
        ("Chile gave in to demands made by Argentina.", "CONCEDE"),
    ],
)
def test_the_author_of_what_is_answered_is_the_target(analyse_text, text: str, type_: str) -> None:
    doc = analyse_text(text)
    event = find(doc, type_)[0]
    assert event.target is not None and event.target.text == "Argentina"


def test_a_headlines_place_is_found_in_its_sentence_case_copy(analyse_text) -> None:
    doc = analyse_text("Dockworkers Join Nationwide Strike in Chile")
    assert [e.location.text if e.location else None for e in doc.events] == ["Chile"]


def test_a_doer_the_parse_lost_is_not_called_unidentified(analyse_text) -> None:
    """Only a doer the text leaves unnamed (a weapon, an agentless passive) is PLOVER's UNK."""
    doc = analyse_text("Riot Police Fire Tear Gas at Students in Bolivia")
    assert doc.events
    assert all(_actor(doc, e.source.actor).sector != "UNK" for e in doc.events if e.source)
