"""Which statements make no event: parties that are not political actors.

Ordinary news is full of companies, hospitals and interviewees doing things that an event
dictionary has words for ("offered", "hosted", "met"); event data codes none of them unless a
political actor takes part. The sentences are ours, one per class, with a sentence beside each
that must keep its event.
"""

from __future__ import annotations


def types(document) -> list[str]:
    return [event.type for event in document.events]


def test_a_company_doing_business_makes_no_event(analyse_text) -> None:
    assert types(analyse_text("Globex Corp. offered free flights to its customers.")) == []
    assert types(analyse_text("Initech Technologies hosted a panel on its new phones.")) == []


def test_a_company_on_the_receiving_end_or_attacked_is_still_a_party(analyse_text) -> None:
    raided = analyse_text("Police raided the offices of Globex Corp. on Monday.")
    assert any(e.target and "Globex" in e.target.text for e in raided.events)
    accused = analyse_text("Initech Technologies accused the government of Freedonia of theft.")
    assert "ACCUSE" in types(accused)


def test_interview_voices_outside_quotes_make_no_event(analyse_text) -> None:
    assert types(analyse_text("I met Priya at the station and we talked for an hour.")) == []
    assert types(analyse_text("How do you plan to help the families of Springfield?")) == []


def test_first_persons_in_quotes_or_quote_fragments_keep_their_events(analyse_text) -> None:
    quoted = analyse_text('"We will meet the Iranian delegation next week," the minister said.')
    assert "AGREE" in types(quoted)
    fragment = analyse_text('He said it was over. "And then I asked the envoy for his resignation.')
    assert "REQUEST" in types(fragment)


def test_a_campaign_rally_is_no_protest(analyse_text) -> None:
    assert types(analyse_text("The senator held a campaign rally in Springfield on Friday.")) == []
    assert "PROTEST" not in types(analyse_text("Thousands cheered at his election rally."))


def test_a_rally_of_dissent_is_still_a_protest(analyse_text) -> None:
    rally = analyse_text("Opposition supporters held a rally in Minsk against the president.")
    assert "PROTEST" in types(rally)


def test_weather_warnings_are_no_threats(analyse_text) -> None:
    assert types(analyse_text("The weather service issued a hurricane warning for Florida.")) == []
    assert types(analyse_text("The agency lifted its tropical storm warnings for Cuba.")) == []
    assert types(analyse_text("Forecasters in Jamaica warned of flash floods.")) == []


def test_a_warning_to_a_state_is_still_a_threat(analyse_text) -> None:
    warned = analyse_text("The minister issued a warning to Turkey over the drilling.")
    assert "THREATEN" in types(warned)


def test_accidental_injuries_and_crash_inquiries_are_no_events(analyse_text) -> None:
    rolled = "Three firefighters were injured when their truck rolled over near a wildfire."
    assert types(analyse_text(rolled)) == []
    assert types(analyse_text("The safety board opened an investigation into the crash.")) == []


def test_an_attack_or_a_crime_keeps_its_toll_and_its_inquiry(analyse_text) -> None:
    bombed = analyse_text("Twenty people were injured in a bomb blast in Kabul.")
    assert "ASSAULT" in types(bombed)
    arson = analyse_text("Police in Ohio are investigating the fire at the mosque as arson.")
    assert "ACCUSE" in types(arson)


def test_a_newsroom_asking_and_talking_is_no_event(analyse_text) -> None:
    reached = "Our correspondent reached out to Senator Jane Doe to discuss the campaign."
    assert types(analyse_text(reached)) == []
    assert types(analyse_text("Metro News spoke with Mayor John Smith after the vote.")) == []


def test_a_minister_asking_is_still_a_request(analyse_text) -> None:
    asked = analyse_text("The foreign minister asked Turkey to withdraw its troops.")
    assert "REQUEST" in types(asked)


def test_talking_about_something_alone_is_no_consultation(analyse_text) -> None:
    alone = "The actor talked about how the series had been underestimated."
    assert types(analyse_text(alone)) == []
    assert "CONSULT" in types(analyse_text("The minister talked to the Iranian envoy on Monday."))


def test_an_interview_given_to_a_newsroom_is_no_consultation(analyse_text) -> None:
    assert types(analyse_text("Senator Jane Doe spoke with Metro News about the campaign.")) == []
    assert "CONSULT" in types(analyse_text("Senator Jane Doe spoke with Erdogan on the phone."))


def test_signing_laws_and_orders_is_no_event(analyse_text) -> None:
    law = analyse_text("Governor Jane Doe of Ohio signed the abortion bill into law on Wednesday.")
    assert types(law) == []
    order = analyse_text("Governor Jane Doe signed an executive order delaying the election.")
    assert types(order) == []
    treaty = analyse_text("Nigeria and Benin signed the free trade agreement on Sunday.")
    assert types(treaty)
    intent = analyse_text("Barbados signed a letter of intent with the Vatican on tourism.")
    assert types(intent)


def test_calling_off_a_search_or_immigrating_is_no_event(analyse_text) -> None:
    search = "The Coast Guard called off its search for the missing fishermen on Tuesday."
    assert types(analyse_text(search)) == []
    assert types(analyse_text("In 2016 I immigrated to Spain to play chess.")) == []
    assert "CONCEDE" in types(analyse_text("The unions called off the strike in Paris."))


def test_demonstrating_something_is_no_protest(analyse_text) -> None:
    ruling = "In so ruling, the court in Ohio demonstrated a shocking ignorance of the law."
    assert types(analyse_text(ruling)) == []
    shown = "The engineer was demonstrating miniature computer screens at the fair in Paris."
    assert types(analyse_text(shown)) == []
    protest = analyse_text("Students demonstrated against the tuition law in Santiago.")
    assert "PROTEST" in types(protest)


def test_killing_or_culling_animals_is_no_event(analyse_text) -> None:
    ordered = analyse_text("The government of Freedonia ordered the killing of 300,000 pigs.")
    assert types(ordered) == []
    assert types(analyse_text("Thousands of birds were culled in Hungary on Monday.")) == []
    people = analyse_text("The government of Freedonia ordered the killing of rebel leaders.")
    assert "REQUEST" in types(people)


def test_a_trigger_noun_that_only_classifies_a_thing_is_no_event(analyse_text) -> None:
    assert types(analyse_text("Police in Ohio found an assault rifle in the car.")) == []
    speech = "In his resignation speech, Governor Jane Doe of Ohio thanked the voters."
    assert "RETREAT" not in types(analyse_text(speech))
    agreement = analyse_text("Chile and Peru signed a cooperation agreement on Monday.")
    assert types(agreement)


def test_warning_that_another_party_could_act_is_no_threat(analyse_text) -> None:
    forecast = "Senator Jane Doe warned that Governor John Smith could destroy the economy."
    assert "THREATEN" not in types(analyse_text(forecast))
    consequences = analyse_text("Iran warned that the United States could face consequences.")
    assert "THREATEN" in types(consequences)
    own = analyse_text("China warned that it could invade the islands.")
    assert "THREATEN" in types(own)


def test_commuting_a_sentence_is_a_concession_not_a_sanction(analyse_text) -> None:
    commuted = types(analyse_text("President Jane Doe commuted the prison sentence of Roger Roe."))
    assert "CONCEDE" in commuted and "SANCTION" not in commuted
    assert types(analyse_text("He commutes to work in Washington by train.")) == []


def test_leaving_an_election_race_is_no_retreat(analyse_text) -> None:
    name = "Senator Jane Doe of Ohio withdrew her name from consideration for the post."
    assert types(analyse_text(name)) == []
    assert types(analyse_text("Senator Jane Doe of Ohio suspended her campaign on Tuesday.")) == []
    troops = analyse_text("Russia withdrew its troops from the border with Ukraine.")
    assert "RETREAT" in types(troops)


def test_storms_and_diseases_are_no_attackers(analyse_text) -> None:
    assert types(analyse_text("Hurricane Mona killed 40 people in Louisiana on Monday.")) == []
    virus = "The coronavirus has killed more than 3,000 people in Lombardy."
    assert types(analyse_text(virus)) == []
    storm = "Typhoon Lira, which killed 600 people in 2013, struck the Philippines."
    assert "ASSAULT" not in types(analyse_text(storm))


def test_armed_men_and_bombs_still_kill(analyse_text) -> None:
    assert "ASSAULT" in types(analyse_text("Rebels killed 40 people in a bomb blast in Kabul."))
    fire = analyse_text("Israeli fire killed three Palestinians in Gaza on Friday.")
    assert "ASSAULT" in types(fire)


def test_an_attack_in_words_is_an_accusation(analyse_text) -> None:
    inquiry = analyse_text("Senator Jane Doe attacked the inquiry as a political stunt.")
    assert "ACCUSE" in types(inquiry) and "ASSAULT" not in types(inquiry)
    record = analyse_text("The governor of Ohio attacked the mayor on cutting school funds.")
    assert "ACCUSE" in types(record) and "ASSAULT" not in types(record)


def test_an_attack_on_a_convoy_is_still_an_assault(analyse_text) -> None:
    assert "ASSAULT" in types(analyse_text("Rebels attacked the convoy near Kabul on Friday."))
    village = "Gunmen attacked the village, with witnesses describing scenes of chaos."
    assert "ASSAULT" in types(analyse_text(village))


def test_heart_attacks_and_supernova_explosions_are_no_assaults(analyse_text) -> None:
    smog = "Smog from the plants in Ohio can cause heart attacks among residents of Toledo."
    assert "ASSAULT" not in types(analyse_text(smog))
    star = "Astronomers in Chile observed a supernova explosion in a distant galaxy."
    assert "ASSAULT" not in types(analyse_text(star))


def test_games_and_elections_won_are_no_assaults(analyse_text) -> None:
    final = analyse_text("Brazil beat Argentina 2-1 in the final on Sunday.")
    assert "ASSAULT" not in types(final)
    coach = analyse_text('The coach was blunt after the match.\n"They beat us well," he said.')
    assert "ASSAULT" not in types(coach)


def test_police_beating_fans_after_a_match_is_still_an_assault(analyse_text) -> None:
    beaten = analyse_text("Police beat protesters in Minsk after the football match.")
    assert "ASSAULT" in types(beaten)


def test_being_rushed_to_hospital_is_no_visit(analyse_text) -> None:
    rushed = "The injured were rushed to Central Hospital in Lagos by ambulance."
    assert "CONSULT" not in types(analyse_text(rushed))
    welcomed = analyse_text("The Pope was welcomed to Baghdad by President Barham Salih.")
    assert "CONSULT" in types(welcomed)


def test_a_falling_number_is_no_refusal(analyse_text) -> None:
    fell = "The number of tourists in Nepal has declined 40% since 2019."
    assert "REJECT" not in types(analyse_text(fell))
    refused = analyse_text("The ministry of Peru declined the request from Germany.")
    assert "REJECT" in types(refused)


def test_criticism_received_has_the_subject_as_its_target(analyse_text) -> None:
    doc = analyse_text("Senator Jane Doe received criticism from Germany for the remarks.")
    accusations = [e for e in doc.events if e.type == "ACCUSE"]
    assert accusations
    assert all(e.target is not None and "Jane Doe" in e.target.text for e in accusations)
    assert all(e.source is None or "Germany" in e.source.text for e in accusations)


def test_a_convoy_under_attack_is_its_target(analyse_text) -> None:
    doc = analyse_text("The UN convoy came under attack near Kabul on Friday.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and all(e.target is not None and "convoy" in e.target.text for e in attacks)


def test_what_a_news_agency_reports_it_does_not_do(analyse_text) -> None:
    reported = analyse_text("Reuters reported an attack on Afghan soldiers in Kandahar.")
    assert "ASSAULT" in types(reported)
    assert all(e.source is None or "Reuters" not in e.source.text for e in reported.events)
    accused = analyse_text("The New York Times accused the Pentagon of hiding the report.")
    assert "ACCUSE" in types(accused)


def test_a_threat_that_emerges_or_is_posed_is_a_danger_not_a_threat(analyse_text) -> None:
    emerged = "In 2000, a new threat to the president's rule emerged in Harare."
    assert "THREATEN" not in types(analyse_text(emerged))
    posed = "The minister said Russia poses a threat to Estonia."
    assert "THREATEN" not in types(analyse_text(posed))


def test_threats_made_or_owned_are_still_threats(analyse_text) -> None:
    made = analyse_text("Militias made threats against French troops in Mali.")
    assert "THREATEN" in types(made)
    owned = analyse_text("Iran's threat to close the strait alarmed Washington.")
    assert "THREATEN" in types(owned)


def test_protesting_an_arrest_is_a_protest_not_support(analyse_text) -> None:
    lawyers = "Lawyers protested the detention of the activist outside the court in Cairo."
    found = types(analyse_text(lawyers))
    assert "PROTEST" in found and "SUPPORT" not in found


def test_performers_touring_and_meeting_make_no_visit(analyse_text) -> None:
    assert types(analyse_text("The singer toured the United States in 2019.")) == []
    met = "The drummer moved to London in 1962, where he met bassist Tom Reed."
    assert "CONSULT" not in types(analyse_text(met))
    envoy = analyse_text("The prime minister met the Iranian envoy in Geneva.")
    assert "CONSULT" in types(envoy)
