"""Trigger finding: verb patterns, nominal triggers and frames, read over the parse."""

from __future__ import annotations

import pytest

from demarche.events.lexicon import default_lexicon
from demarche.events.triggers import find_triggers


@pytest.fixture(scope="module")
def triggers(nlp):
    def run(text: str) -> list[tuple[str, str, str | None]]:
        doc = nlp(text)
        return [
            (t.token.text, t.spec.type, t.spec.mode) for t in find_triggers(doc, default_lexicon())
        ]

    return run


def test_the_object_decides_what_a_verb_means(triggers) -> None:
    imposed = triggers("The European Union imposed sanctions on Belarus.")
    lifted = triggers("The European Union lifted sanctions on Belarus.")
    assert [t[1] for t in imposed] == ["SANCTION"]
    assert lifted and lifted[0][1] != "SANCTION"


def test_a_noun_used_by_a_verb_pattern_is_not_a_second_event(triggers) -> None:
    found = triggers("Canada imposed new sanctions on Venezuela on Monday.")
    assert len(found) == 1 and found[0][0] == "imposed"


def test_nominal_triggers(triggers) -> None:
    found = triggers("The talks between Ankara and Athens and the alliance with Paris matter.")
    assert {t[0] for t in found} >= {"talks", "alliance"}


def test_frame_absorbs_the_act_it_frames(triggers) -> None:
    found = triggers("Hungary refused to meet with Serbian officials.")
    assert [(t[1], t[2]) for t in found] == [("REJECT", "meet")]
    threat = triggers("Iran threatened to attack the tankers.")
    assert [t[1] for t in threat] == ["THREATEN"]


def test_plural_only_nouns(triggers) -> None:
    assert not triggers("The bus made a stop.")
    assert triggers("The tour includes stops in Chile and Peru.")


def test_named_things_are_not_triggers(triggers) -> None:
    assert not [t for t in triggers("The Paris Agreement is a document.") if t[0] == "Agreement"]


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "mode"),
    [
        # giving goods, arms or medicine to someone is AID, whatever the verb of handing over
        ("A charity delivered tons of medicine to hospitals in Yemen.", "delivered", "AID", None),
        ("Norway handed over 300 tents to the Red Cross in Turkey.", "handed", "AID", None),
        ("Rebels handed over their weapons to the army.", "handed", "RETREAT", "disarm"),
        # visitors received, observers let in
        ("The premier received a delegation from Japan.", "received", "CONSULT", "visit"),
        ("The government received a team of observers from the EU.", "received", "RETREAT", None),
        ("Farmers blocked roads around Brussels with tractors.", "blocked", "PROTEST", "obstruct"),
        ("Militants blew up a gas pipeline in the Sinai.", "blew", "COERCE", None),
        ("Hackers defaced dozens of government web sites.", "defaced", "COERCE", "cyber"),
        ("The group has recruited hundreds of fighters in Libya.", "recruited", "MOBILIZE", None),
        ("The agency reduced food supplies to the camp.", "reduced", "SANCTION", "discontinue"),
        ("Belgium withdrew its peacekeepers from Rwanda.", "withdrew", "SANCTION", "withdraw"),
        ("The governor lifted the curfew in the capital.", "lifted", "CONCEDE", None),
        ("Soldiers demolished homes in the village.", "demolished", "COERCE", None),
        ("The ministry denied entry to the journalists.", "denied", "REJECT", None),
        # courts: a conviction is PLOVER SANCTION convict, and so is the sentence that reports
        # it (the codebook: "found guilty and sentenced"; a prison term adds COERCE arrest)
        ("A court convicted the former mayor of fraud.", "convicted", "SANCTION", "convict"),
        ("The judge found the officers guilty of assault.", "found", "SANCTION", "convict"),
        ("The court sentenced him to ten years in prison.", "sentenced", "SANCTION", "convict"),
        ("The tribunal handed down a life sentence.", "handed", "SANCTION", "convict"),
        ("The militia laid down its weapons on Friday.", "laid", "RETREAT", "disarm"),
        ("Police sealed off the city centre.", "sealed", "COERCE", "restrict"),
        ("The army raised its state of alert along the border.", "raised", "MOBILIZE", None),
        ("Police prevented a demonstration outside parliament.", "prevented", "COERCE", None),
        ("Soldiers forced out hundreds of villagers.", "forced", "ASSAULT", "cleansing"),
        ("Both armies violated the ceasefire on Sunday.", "violated", "ASSAULT", None),
        ("Pyongyang tested a ballistic missile on Friday.", "tested", "MOBILIZE", "weapons"),
        # light verbs: the noun they carry is the event
        ("The foreign minister made a two-day visit to Japan.", "made", "CONSULT", "visit"),
        ("Students staged a sit-in at the university.", "staged", "PROTEST", "demo"),
        ("France lodged a formal protest with Italy.", "lodged", "ACCUSE", "disapprove"),
        ("The UN imposed an arms embargo on Libya.", "imposed", "SANCTION", "discontinue"),
        ("Russia and China conducted joint military exercises.", "conducted", "COOPERATE", None),
        ("The navy conducted a drill near the island.", "conducted", "MOBILIZE", "troops"),
        ("The army withdrew its troops from the town.", "withdrew", "RETREAT", "withdraw"),
        ("The president pardoned 500 prisoners.", "pardoned", "CONCEDE", None),
        ("Authorities shut down the internet in the region.", "shut", "COERCE", "withhold"),
        ("Russia massed troops near the border.", "massed", "MOBILIZE", "troops"),
        ("North Korea deployed missiles along the coast.", "deployed", "MOBILIZE", "weapons"),
        ("Iran summoned the British ambassador.", "summoned", "ACCUSE", "disapprove"),
        ("Morocco severed diplomatic ties with Iran.", "severed", "SANCTION", "discontinue"),
        ("The US suspended military aid to Egypt.", "suspended", "SANCTION", "discontinue"),
        ("Seoul recognised the new government.", "recognised", "SUPPORT", None),
        ("Egypt hosted talks between the rival factions.", "hosted", "CONSULT", "third-party"),
        ("Rebels captured the airport.", "captured", "COERCE", "seize"),
        ("The police fired tear gas at the protesters.", "fired", "ASSAULT", "crowd-control"),
        ("The bombardment of Aleppo continued.", "bombardment", "ASSAULT", "heavy-weapons"),
        ("The ministry suspended the ban on opposition rallies.", "suspended", "CONCEDE", None),
        ("The Paris Club granted $200 million in debt relief to Uganda.", "granted", "AID", None),
        ("Israel eased access to the Gaza Strip.", "eased", "RETREAT", "access"),
        # CAMEO 085: easing economic sanctions is RETREAT (a curfew: CONCEDE, above)
        ("The EU lifted sanctions on Belarus.", "lifted", "RETREAT", None),
        # phrasal verbs whose particle the parser files as an adverb still read as one phrase
        ("Sudan's army pulled back its forces from the region.", "pulled", "RETREAT", "withdraw"),
        ("Myanmar began sending captives back to Thailand.", "sending", "RETREAT", "release"),
        ("The gunmen handed over the hostages to the Red Cross.", "handed", "RETREAT", "release"),
        ("The minister stepped down on Tuesday.", "stepped", "RETREAT", "resign"),
        # crowd-control weapons are the event whatever the verb that uses them
        ("Police used tear gas on the demonstrators.", "gas", "ASSAULT", "crowd-control"),
        ("Riot police turned water cannons on the crowd.", "cannons", "ASSAULT", "crowd-control"),
        ("Protesters stormed the grounds of the parliament.", "stormed", "ASSAULT", None),
        ("The state restricted access to the internet.", "restricted", "COERCE", "restrict"),
        ("China and Brazil expanded trade between them.", "expanded", "COOPERATE", None),
        ("The union withdrew its demand for higher wages.", "withdrew", "CONCEDE", None),
        ("British forces have pulled out of Grenada.", "pulled", "RETREAT", "withdraw"),
        ("The rebels handed back the seized property.", "handed", "RETREAT", None),
        ("Israel will freeze the construction of settlements.", "freeze", "CONCEDE", None),
        ("The army called up 5,000 reservists.", "called", "MOBILIZE", "troops"),
        ("The IMF approved a $10 billion loan to Peru.", "approved", "AID", None),
        ("Chile and Peru began intelligence sharing.", "sharing", "COOPERATE", None),
        ("Joint military drills with Libya began on Monday.", "drills", "COOPERATE", None),
        # giving in to demands and calling off one's own protest are concessions
        ("The ministry has given in to the strikers' demands.", "given", "CONCEDE", None),
        ("The government bowed to pressure from the unions.", "bowed", "CONCEDE", None),
        ("The rebels agreed to halt their protests.", "agreed", "AGREE", "yield"),
        ("Panama made concessions to the European Union.", "made", "CONCEDE", None),
        ("Some 500,000 workers stopped work on Monday.", "stopped", "PROTEST", "strike"),
        ("The police have been on high alert for weeks.", "alert", "MOBILIZE", None),
        ("Nepal imposed visa restrictions on two firms.", "imposed", "SANCTION", "discontinue"),
        ("The court handed down convictions in the case.", "handed", "SANCTION", "convict"),
        ("Dozens of police fired teargas in Beirut.", "fired", "ASSAULT", "crowd-control"),
        ("Mauritius has dispatched troops to Guinea.", "dispatched", "MOBILIZE", "troops"),
        ("Monaco has extended diplomatic relations to Greenland.", "extended", "SUPPORT", None),
        # cyber attacks and influence operations are COERCE by what is attacked or spread
        ("Hackers targeted the computers of the agency.", "targeted", "COERCE", "cyber"),
        ("The city was hit by a ransomware attack.", "attack", "COERCE", "cyber"),
        ("Russia spread disinformation about the vote.", "spread", "COERCE", "misinformation"),
        ("The army targeted rebel positions.", "targeted", "ASSAULT", None),
        ("Kyrgyzstan is moving relief goods into Kazakhstan.", "moving", "AID", None),
        ("The UN flew food and medicine to the villagers.", "flew", "AID", None),
        # a resignation announced or handed in is the resignation (PLOVER RETREAT resign)
        ("The premier has announced his resignation.", "announced", "RETREAT", "resign"),
        ("Militia members put down their firearms.", "put", "RETREAT", "disarm"),
        # light-verb and phrasal constructions of news ledes, by the kind of object they take
        ("Thousands of nurses took to the streets of Lisbon.", "took", "PROTEST", "demo"),
        ("Bus drivers walked off the job on Monday.", "walked", "PROTEST", "strike"),
        ("Moldova sent troops to its eastern border.", "sent", "MOBILIZE", "troops"),
        ("Chad sent home 500 troops last week.", "sent", "RETREAT", "withdraw"),
        ("Police stepped up security around the parliament.", "stepped", "MOBILIZE", "police"),
        ("The clans formed a militia to guard the roads.", "formed", "MOBILIZE", "militia"),
        ("Chile and Peru restored diplomatic ties in 2015.", "restored", "SUPPORT", None),
        ("Ghana and Togo moved to boost security ties.", "boost", "COOPERATE", None),
        ("The minister expressed support for the new cabinet.", "expressed", "SUPPORT", None),
        ("Prosecutors filed charges against the former minister.", "filed", "ACCUSE", "allege"),
        ("The premier ordered an inquiry into the shooting.", "ordered", "ACCUSE", "investigate"),
        ("Germany wrote off the debts of Ghana.", "wrote", "AID", None),
        ("The regime blocked access to social media websites.", "blocked", "COERCE", "censor"),
        ("The government disbanded the militias in the north.", "disbanded", "RETREAT", "disarm"),
        ("The president spoke by phone with Emmanuel Macron.", "spoke", "CONSULT", "phone"),
        ("Rioting spread to three more towns overnight.", "Rioting", "PROTEST", "riot"),
        ("The junta introduced new restrictions on the press.", "introduced", "COERCE", None),
        ("The militia returned the seized buildings to the town.", "returned", "RETREAT", None),
        ("The cease-fire between the two armies began on Monday.", "fire", "RETREAT", None),
        ("Nauru began the disarmament of its militias.", "disarmament", "RETREAT", "disarm"),
        # leaving a treaty or a body is SANCTION withdraw; leaving office is a resignation
        ("Ruritania withdrew from the fisheries treaty.", "withdrew", "SANCTION", "withdraw"),
        ("The party quit the ruling coalition on Monday.", "quit", "SANCTION", "withdraw"),
        ("The mayor quit his post after the scandal.", "quit", "RETREAT", "resign"),
        ("The rebels left their positions near the river.", "left", "RETREAT", "withdraw"),
        ("The council turned down a request for more aid.", "turned", "REJECT", None),
        ("Gunmen wounded three guards at the gate.", "wounded", "ASSAULT", None),
        ("Government troops battled rebels near the airport.", "battled", "ASSAULT", None),
        ("Farmers clashed with police outside the ministry.", "clashed", "ASSAULT", None),
        ("The premier stood down after the vote.", "stood", "RETREAT", "resign"),
        ("The regime ejected two foreign reporters.", "ejected", "SANCTION", "expel"),
        ("Troops moved in to quell the unrest in the capital.", "quell", "COERCE", None),
        ("The city has been under a strict lockdown since May.", "lockdown", "COERCE", None),
        ("Police raided the offices of the newspaper.", "raided", "COERCE", "seize"),
        ("Lebanon hosts a million refugees from Syria.", "hosts", "AID", None),
        ("Japan extended a $2 billion loan to Sri Lanka.", "extended", "AID", None),
        ("The leaders held a video call on Monday.", "call", "CONSULT", "phone"),
        # named acts of violence are ASSAULT by their mode, as nouns too
        ("The report documents torture in the prisons of the north.", "torture", "ASSAULT", None),
        ("Villagers described the ethnic cleansing of the valley.", "cleansing", "ASSAULT", None),
    ],
)
def test_verb_families_by_their_objects(triggers, text, trigger, event_type, mode) -> None:
    found = {t[0]: (t[1], t[2]) for t in triggers(text)}
    assert trigger in found, found
    assert found[trigger][0] == event_type
    if mode is not None:
        assert found[trigger][1] == mode


def test_phrases_that_are_no_event(triggers) -> None:
    assert not triggers("The new governor was sworn in on Monday.")
    assert not triggers("The company said in a press release that sales rose.")
    assert not [t for t in triggers("The court will decide the case next week.") if t[1] == "AGREE"]
    assert not triggers("My phone started to blow up after the show.")
    assert not triggers("The company tested its new rocket in Texas.")
    assert not triggers("The officer shared his experience on Facebook.")


def test_strikes_by_what_governs_them(triggers) -> None:
    assert ("PROTEST", "strike") in {(t[1], t[2]) for t in triggers("Dockers went on strike.")}
    air = triggers("The coalition carried out an air strike on the depot.")
    assert not [t for t in air if t[1] == "PROTEST"]


def test_nominal_investigations(triggers) -> None:
    found = triggers("Parliament opened an inquiry into the arms sales.")
    assert ("ACCUSE", "investigate") in {(t[1], t[2]) for t in found}


def test_a_promise_of_hostile_acts_is_a_threat(triggers) -> None:
    assert [t[1] for t in triggers("The rebels have sworn to fight until the end.")] == ["THREATEN"]
    assert [t[1] for t in triggers("The rebels vowed to attack the capital.")] == ["THREATEN"]
    assert [t[1] for t in triggers("The president vowed to fight corruption.")] == ["AGREE"]
    assert [t[1] for t in triggers("Japan pledged to cooperate with Seoul.")] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "The president went to the scene of the fire.",
        "My thoughts go to the families of the victims.",
        "The council allowed the extra floors to be built.",
        "Scientists released their findings on Thursday.",
        "Canada held a general election on Monday.",
        "Thank you for your time and your answers.",
        "We expect that this number will increase.",
        "The king considered it inappropriate.",
        "Haley said that we must always have the backs of our allies.",
        "The professor asked whether Oakland was part of the country.",
        "Reporters attended the fair in Texas.",
        "The senator has amassed 1,217 delegates.",
        "The governor declared a state of emergency before the hurricane.",
        "His involvement might reduce tensions on the peninsula.",
        "There will be no suspended sentences for such crimes.",
        "Police are trying to locate the stolen car.",
        "She does not meet the requirement for the job.",
        "Trump defended his handling of the pandemic.",
        "The utility announced the schedule in a press release.",
        "Senate Minority Whip Dick Durbin questioned the decision yesterday.",
        "Share prices pulled back on Friday after a strong week.",
        "The senator stormed out of the room.",
        "The two economies expanded their trade war last year.",
        "The guards stopped students from entering public buildings.",
        "The company moved its equipment to a new factory.",
        "He went back to Iran after the war.",
    ],
)
def test_ordinary_news_is_no_event(triggers, text) -> None:
    assert not triggers(text)


def test_what_is_allowed_decides_the_event(triggers) -> None:
    access = triggers("The government allowed UN inspectors to visit the site.")
    assert ("allowed", "RETREAT", "access") in access
    vote = triggers("The court allowed opposition candidates to contest the elections.")
    assert [t[1] for t in vote if t[0] == "allowed"] == ["CONCEDE"]


def test_going_to_a_country_is_a_visit(triggers) -> None:
    assert ("went", "CONSULT", "visit") in triggers("Putin went to China on Monday.")


def test_requests_and_meetings_still_found(triggers) -> None:
    assert [t[1] for t in triggers("Iran asked the UN to intervene.")] == ["REQUEST"]
    found = triggers("Bishops from around the world attended a summit in Rome.")
    assert ("attended", "CONSULT", "multilateral") in found


def test_joint_exercises_are_cooperation_single_ones_mobilization(triggers) -> None:
    joint = triggers("French and Egyptian warships launched ten days of war games.")
    assert [t[1] for t in joint] == ["COOPERATE"]
    partner = triggers("The Chinese navy held drills with the Russian fleet near Japan.")
    assert [t[1] for t in partner] == ["COOPERATE"]
    alone = triggers("North Korea launched military exercises near the border.")
    assert [t[1] for t in alone] == ["MOBILIZE"]


def test_a_government_protests_in_words_a_crowd_in_the_street(triggers) -> None:
    assert ("protested", "ACCUSE", "disapprove") in triggers("China protested the visit.")
    assert [t[1] for t in triggers("Students protested against the fee increase.")] == ["PROTEST"]


def test_a_protest_is_coded_not_its_topic(triggers) -> None:
    """PLOVER codes the protest; what it demands or denounces is not a second event."""
    strike = triggers("Prisoners began a hunger strike on Monday to demand their release.")
    assert [(t[1], t[2]) for t in strike] == [("PROTEST", "hunger")]
    march = triggers("Thousands of Kurds demonstrated in Kirkuk calling for independence.")
    assert [t[1] for t in march] == ["PROTEST"]
    rally = triggers("He spoke at a rally on Friday despite criticism by the opposition.")
    assert "ACCUSE" in {t[1] for t in rally}


def test_a_singular_modifier_does_not_stand_for_a_plural_pattern_word(triggers) -> None:
    # "refugees" in "forced refugees out" is a class of people; "the refugee agency" is an agency
    agency = triggers("Police forced the UN refugee agency out of the camp.")
    assert ("ASSAULT", "cleansing") not in [(t[1], t[2]) for t in agency]
    people = triggers("Soldiers forced the refugees out of the camp.")
    assert ("forced", "ASSAULT", "cleansing") in people


def test_pulling_out_is_a_retreat_only_from_a_place(triggers) -> None:
    assert ("pulled", "RETREAT", "withdraw") in triggers("Rebel units pulled out of the town.")
    assert not [t for t in triggers("The company pulled out of the deal.") if t[1] == "RETREAT"]


def test_meeting_a_demand_is_no_meeting(triggers) -> None:
    assert ("met", "CONCEDE", None) in triggers("The government met the protesters' demands.")
    assert ("met", "CONSULT", None) in triggers("The premier met the minister in Paris.")


def test_a_month_is_no_march(triggers) -> None:
    late = triggers("She dropped out of the race in early March after the primaries.")
    assert not [t for t in late if t[1] == "CONCEDE"]
    assert ("called", "CONCEDE", None) in triggers("The organisers called off the march on Sunday.")


def test_a_promised_concession_is_a_concession_an_agreed_one_an_agreement(triggers) -> None:
    # PLOVER: announcements of future retreats and concessions are CONCEDE; the GSR codes
    # "agreed to resign" or "agreed to lift embargoes" as AGREE
    vowed = triggers("The mayor vowed to lift the curfew imposed on young people.")
    assert [t[1] for t in vowed if t[0] == "vowed"] == ["CONCEDE"]
    agreed = triggers("The Congress agreed to lift the curfew imposed on young people.")
    assert [t[1] for t in agreed if t[0] == "agreed"] == ["AGREE"]


def test_taking_part_is_the_event_taken_part_in(triggers) -> None:
    found = triggers("Delegates from ten nations took part in the talks in Geneva.")
    assert [(t[0], t[1]) for t in found] == [("talks", "CONSULT")]
    assert not triggers("She took part in a cooking contest in Lyon.")


def test_an_act_in_a_conjoined_if_clause_is_only_supposed(nlp) -> None:
    # spaCy attaches "but only if ..." as a conjunct; what it supposes has not happened
    from demarche.events.modality import modality_of

    doc = nlp("Kim has shown interest in talks, but only if the U.S. drops its demands.")
    drops = next(t for t in doc if t.lower_ == "drops")
    assert modality_of(drops)[0] == "hypothetical"
    shown = next(t for t in doc if t.lower_ == "shown")
    assert modality_of(shown)[0] != "hypothetical"


def test_a_worry_about_support_is_no_support(triggers) -> None:
    assert not triggers("Japan voiced concerns about growing support for the rebels.")


def test_ties_a_visit_aims_to_improve_are_its_agenda(triggers) -> None:
    # PLOVER codes the visit; ties it is meant to strengthen are not yet an act
    found = triggers("The premier visited Oslo to strengthen ties with Norway.")
    assert [(t[0], t[1]) for t in found] == [("visited", "CONSULT")]
    # an act done on the visit is an event of its own
    signed = triggers("The premier went to Oslo to sign the fisheries accord.")
    assert "sign" in [t[0] for t in signed]


def test_a_toll_in_the_passive_leaves_the_act_its_own_event(triggers) -> None:
    # "were killed in clashes between A and B": the clashes carry the parties
    found = triggers("Ten people were killed in clashes between the army and the rebels.")
    assert ("clashes", "ASSAULT") in [(t[0], t[1]) for t in found]
    # a doer named in the passive makes the verb the act, and the noun folds into it
    named = triggers("The convoy was attacked by rebels in an ambush near the river.")
    assert [t[0] for t in named] == ["attacked"]


def test_acts_conjoined_under_a_frame_are_what_it_frames(triggers) -> None:
    found = triggers("Ruritania warned that it could invade and annex the islands.")
    assert [(t[0], t[1]) for t in found] == [("warned", "THREATEN")]
    # a conjunct with a subject of its own is an act of its own
    own = triggers("Ruritania threatened to invade, and Freedonia annexed the islands.")
    assert "annexed" in [t[0] for t in own]


def test_wanting_another_party_to_act_is_a_demand(triggers) -> None:
    found = triggers("Washington wants Beijing to release the activists.")
    assert [(t[0], t[1], t[2]) for t in found] == [("wants", "REQUEST", "yield")]
    # wanting to act oneself, or a wish addressed to no party, demands nothing
    assert not [t for t in triggers("I want you to know the truth.") if t[1] == "REQUEST"]
    assert not [t for t in triggers("Albania wants to join the union.") if t[1] == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        # motion, origin and transport are no agreement, praise or aid
        "The injured climber was flown to a hospital in Denver.",
        "The singer, who hails from Ohio, sang two songs.",
        "Two hikers were airlifted to the nearest town.",
        # a call that summons, names or declares requests nothing
        "Firefighters were called at noon to reports of smoke on the third floor.",
        "The senator called her rival a disgrace for the remarks.",
        "The network called the race for the governor.",
        # verbs CAMEO codes by a loose synonym
        "The committee sought to determine whether the rules were broken.",
        "The film failed to impress the critics.",
        "The storm delayed the opening of the bridge.",
        "The suspects were linked to a fraud network.",
        "Readers can submit their questions online.",
        "The candidate favored lower taxes for small firms.",
        "Dozens of volunteers contributed to the project.",
        "The mayor cancelled his morning schedule.",
        # hosting a show, a site or a tournament is no visit; a press conference no meeting
        "The comedian hosts a show on internet radio.",
        "The city hosted the chess tournament in May.",
        "The coach held a press conference after the match.",
        # found dead, hurt chances, released from hospital, released documents, taken for granted
        "The singer was found dead at his home.",
        "The scandal could hurt his chances in the primary.",
        "The actor was released from the hospital on Friday.",
        "The agency released a summary of the findings.",
        "We take clean water for granted.",
        "The crew abandoned the vessel.",
        # a negated trigger inside a modifier names a kind of thing
        "Traders fear a no-deal exit from the bloc.",
    ],
)
def test_ordinary_language_is_no_event(triggers, text: str) -> None:
    assert triggers(text) == []


def test_the_events_those_verbs_keep(triggers) -> None:
    assert [t[1] for t in triggers("Oslo and Lima failed to reach an agreement.")] == ["REJECT"]
    assert ("called", "REQUEST", None) in triggers("Lisbon called on Madrid to reopen the border.")
    assert [t[1] for t in triggers("Berlin called for a ceasefire in the region.")] == ["REQUEST"]
    assert [t[1] for t in triggers("Japan airlifted food and tents to the flooded towns.")] == [
        "AID"
    ]
    assert [t[1] for t in triggers("Canada contributed troops to the mission.")] == ["AID"]
    assert [t[1] for t in triggers("Chile cancelled the visit of the envoy.")] == ["SANCTION"]
    mediated = triggers("Norway mediated a truce between Colombia and the rebels.")
    assert ("mediated", "CONSULT", None) in mediated
    assert ("hosted", "CONSULT", "visit") in triggers("Beijing hosted the Russian president.")
    assert [t[1] for t in triggers("The rebels released two hostages.")] == ["RETREAT"]
    called_up = triggers("The army called up a new group of volunteers.")
    assert ("called", "MOBILIZE", "troops") in called_up
    addressees = triggers("Zuma called on officials from the private sector to donate food.")
    assert ("called", "REQUEST") in {t[:2] for t in addressees}


def test_wanting_to_end_sanctions_threatens_nothing(triggers) -> None:
    ending = triggers("Oslo wants to end the sanctions on Lima.")
    assert "THREATEN" not in {t[1] for t in ending}
    assert "THREATEN" in {t[1] for t in triggers("Oslo wants new sanctions against Lima.")}
    assert ("wants", "REQUEST", None) in triggers("Lima wants to receive aid from Oslo.")


def test_denouncing_someone_over_accusations_is_a_denunciation(triggers) -> None:
    found = triggers("The union denounced the mayor on accusations that he lied.")
    assert ("denounced", "ACCUSE", "disapprove") in found


def test_discussing_alone_consults_no_one(triggers) -> None:
    assert triggers("The candidate discussed his plans for the city.") == []
    assert ("discussed", "CONSULT") in {
        t[:2] for t in triggers("Oslo's envoy discussed the dispute with Lima's minister.")
    }
    assert ("discussed", "CONSULT") in {t[:2] for t in triggers("The two envoys discussed trade.")}


def test_met_with_a_reaction_is_no_meeting(triggers) -> None:
    assert triggers("The surgeon was met with applause when he spoke.") == []
    assert ("met", "CONSULT") in {t[:2] for t in triggers("Oslo's envoy met with Lima's minister.")}


def test_offering_goods_for_sale_or_a_solution_is_no_agreement(triggers) -> None:
    assert triggers("Term limits offer a solution to the problem.") == []
    assert triggers("Both airlines offer flights to the islands.") == []
    assert ("offered", "AGREE") in {t[:2] for t in triggers("Lima offered to mediate the dispute.")}
    assert ("offered", "AGREE") in {t[:2] for t in triggers("Oslo offered food to the victims.")}
    assert ("offered", "AGREE") in {t[:2] for t in triggers("Lima offered assistance to Oslo.")}


def test_an_act_in_a_time_or_reason_adjunct_is_not_what_a_frame_frames(triggers) -> None:
    found = triggers("The senator called for calm after criticising the mayor of Oslo.")
    assert ("criticising", "ACCUSE") in {t[:2] for t in found}
    late = triggers("Lima agreed to new talks after rebels attacked the airport.")
    assert ("attacked", "ASSAULT") in {t[:2] for t in late}
    # what the frame is about still folds into it
    assert [t[1] for t in triggers("Hungary refused to meet with Serbian officials.")] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("Oslo renewed its support for the refugee agency.", "renewed", "SUPPORT"),
        ("Lima renewed its commitment to the peace process.", "renewed", "AGREE"),
        ("The two parties committed to working together on trade.", "committed", "AGREE"),
        ("Gunmen loyal to the warlord committed the massacre.", "committed", "ASSAULT"),
        ("The prosecutor will press accusations of fraud against the firm.", "press", "ACCUSE"),
        (
            "Oslo helped support the farmers in their struggle against the dam.",
            "support",
            "SUPPORT",
        ),
    ],
)
def test_renewing_committing_and_pressing(
    triggers, text: str, trigger: str, event_type: str
) -> None:
    assert (trigger, event_type) in {t[:2] for t in triggers(text)}


def test_pressing_ahead_asks_nothing(triggers) -> None:
    assert triggers("The council said it would press ahead with the new stadium.") == []


def test_a_march_is_a_protest_but_the_month_is_not(triggers) -> None:
    assert ("march", "PROTEST") in {t[:2] for t in triggers("Thousands joined a march in Lima.")}
    marches = triggers("The day saw marches of students in Oslo and Bergen.")
    assert ("marches", "PROTEST") in {t[:2] for t in marches}
    assert triggers("The vote was held on Tuesday, March 3, in Lima.") == []


def test_ruling_out_is_a_rejection_unless_negated(triggers) -> None:
    found = triggers("The minister ruled out talks with the rebels.")
    assert [(t[0], t[1], t[2]) for t in found] == [("ruled", "REJECT", "meet")]
    kept_open = triggers("Lima has not ruled out cooperation with Oslo.")
    assert "REJECT" not in {t[1] for t in kept_open}
    assert ("spurned", "REJECT") in {t[:2] for t in triggers("Lima spurned the offer.")}


def test_a_participle_clause_beside_a_frame_is_its_own_act(triggers) -> None:
    found = triggers("Oslo pressed Lima to reopen the border, threatening to leave the summit.")
    assert {"REQUEST", "THREATEN"} <= {t[1] for t in found}
    # an act of the frame's own type still folds into it
    assert [t[1] for t in triggers("Rebels attacked the village, killing five.")] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("The court gave the former mayor a five-year sentence.", "gave", "SANCTION"),
        ("Oslo issued a stay-at-home order on Monday.", "issued", "COERCE"),
        ("The state extended its stay-at-home order until June.", "order", "COERCE"),
    ],
)
def test_sentences_and_stay_at_home_orders(
    triggers, text: str, trigger: str, event_type: str
) -> None:
    assert (trigger, event_type) in {t[:2] for t in triggers(text)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The UN deployed peacekeepers to Mali on Monday.", "deployed"),
        ("Ghana sent peacekeeping troops to Lebanon.", "sent"),
        ("The deployment of African Union peacekeeping troops to Somalia began.", "deployment"),
    ],
)
def test_sending_peacekeepers_is_aid_not_mobilisation(triggers, text: str, trigger: str) -> None:
    found = {t[:2] for t in triggers(text) if t[0] == trigger}
    assert found == {(trigger, "AID")}
    assert ("sent", "MOBILIZE") in {t[:2] for t in triggers("Ghana sent troops to the border.")}


def test_encouraging_a_party_to_act_is_a_request(analyse_text) -> None:
    asked = analyse_text("Freedonia encouraged its allies to restrict exports to Sylvania.")
    assert "REQUEST" in [event.type for event in asked.events]
    assert "SUPPORT" not in [event.type for event in asked.events]
    backed = analyse_text("Germany encouraged the talks between Serbia and Kosovo.")
    assert "SUPPORT" in [event.type for event in backed.events]
    assert "REQUEST" not in [event.type for event in backed.events]
