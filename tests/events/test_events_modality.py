"""Modality on constructions that decide whether an act happened: hedges, coordination, modals.

Each sentence is ours, one per class, with a sentence beside it that must keep its modality, so
the tests fail if a rule reaches too far either way.
"""

from __future__ import annotations


def modalities(document, type_: str) -> list[str]:
    return [event.modality for event in document.events if event.type == type_]


def test_if_not_before_a_quantity_is_a_hedge_not_a_condition(analyse_text) -> None:
    hedged = analyse_text("Rebels said they had killed hundreds if not thousands of soldiers.")
    assert all(event.modality != "conditional" for event in hedged.events)
    assert all(event.condition is None for event in hedged.events)
    real = analyse_text("Freedonia will impose sanctions on Sylvania if it does not withdraw.")
    assert "conditional" in [event.modality for event in real.events]


def test_a_coordinated_verb_with_its_own_tense_keeps_its_own_modality(analyse_text) -> None:
    resigned = analyse_text("The governor would have faced a trial but resigned in March.")
    assert modalities(resigned, "RETREAT") == ["asserted"]
    met = analyse_text("The minister did not attend the summit in Oslo but met the envoy of Peru.")
    by_trigger = {event.trigger.text: event.modality for event in met.events}
    assert by_trigger.get("met") == "asserted"
    assert by_trigger.get("attend") == "negated"


def test_a_bare_coordinated_verb_shares_the_modal(analyse_text) -> None:
    shared = analyse_text("Freedonia will not meet or negotiate with the rebels of Sylvania.")
    by_trigger = {event.trigger.text: event.type for event in shared.events}
    assert by_trigger.get("meet") == "REJECT"
    assert by_trigger.get("negotiate") == "REJECT"  # a refusal, like the first verb


def test_neither_nor_negates_a_promise_into_a_refusal(analyse_text) -> None:
    refused = analyse_text(
        "Amid claims of fraud, neither the African Union nor the United Nations would endorse"
        " the outcome."
    )
    types = [event.type for event in refused.events]
    assert "REJECT" in types and "AGREE" not in types


def test_can_and_must_state_a_rule_not_an_act(analyse_text) -> None:
    rule = analyse_text("Under the charter, a governor can be removed from office by the senate.")
    assert rule.events and all(event.modality == "hypothetical" for event in rule.events)
    need = analyse_text("Two thirds of the deputies must vote to convict the president of Peru.")
    assert modalities(need, "SANCTION") == ["hypothetical"]


def test_a_partyless_rule_is_no_event(analyse_text) -> None:
    rule = analyse_text("The senator said that green energy can provide good paying jobs.")
    assert list(rule.events) == []
    kept = analyse_text("There is a possibility of talks between Freedonia and Sylvania.")
    assert kept.events


def test_an_owned_act_is_not_denied_by_the_verb_over_it(analyse_text) -> None:
    doc = analyse_text("The governor did not accede to the protesters' demands for an inquiry.")
    by_trigger = {event.trigger.text: event.modality for event in doc.events}
    assert by_trigger.get("demands") == "asserted"
    # not yielding to demands that were made is a refusal (PLOVER REJECT: "all refusals")
    assert ("REJECT", "asserted") in [(e.type, e.modality) for e in doc.events]
    plans = analyse_text("No meeting plans between Freedonia and Sylvania have been set.")
    assert plans.events and all(event.modality == "negated" for event in plans.events)


def test_the_subject_of_a_verb_of_aiming_exists(analyse_text) -> None:
    aiming = analyse_text("The accord between Freedonia and Sylvania seeks to end the border war.")
    accord = {event.modality for event in aiming.events if event.trigger.text == "accord"}
    assert accord == {"asserted"}
    wished = analyse_text("Freedonia seeks an accord with Sylvania on the border.")
    assert modalities(wished, "AGREE") == ["intended"]


def test_weighing_a_hostile_act_is_a_threat(analyse_text) -> None:
    weighed = analyse_text("The government of Freedonia is considering suspending aid to Sylvania.")
    assert [event.type for event in weighed.events if event.trigger.text == "suspending"] == [
        "THREATEN"
    ]
    possible = analyse_text("Freedonia might suspend aid to Sylvania next year.")
    assert "THREATEN" not in [event.type for event in possible.events]


def test_an_announced_resignation_is_a_resignation(analyse_text) -> None:
    announced = analyse_text("The prime minister of Freedonia will resign on Friday.")
    assert [(e.type, e.mode) for e in announced.events] == [("RETREAT", "resign")]
    assert modalities(announced, "RETREAT") == ["future"]
    promised = analyse_text("Freedonia will withdraw its troops from Sylvania.")
    assert "RETREAT" not in [event.type for event in promised.events]


def test_not_yielding_to_a_demand_is_a_refusal(analyse_text) -> None:
    refused = analyse_text("Freedonia did not accede to the demands of the union.")
    assert ("REJECT", "yield") in [(e.type, e.mode) for e in refused.events]
    absent = analyse_text("The government of Peru has not lifted the curfew in Lima.")
    assert "REJECT" not in [event.type for event in absent.events]
    assert modalities(absent, "CONCEDE") == ["negated"]


def test_a_sanction_announced_as_decided_is_a_sanction(analyse_text) -> None:
    decided = analyse_text("The United States announced it would prohibit all aid to Freedonia.")
    assert "SANCTION" in [event.type for event in decided.events]
    said = analyse_text("The government of Japan said it would cut aid to Freedonia.")
    assert [event.type for event in said.events] == ["THREATEN"]


def test_forces_getting_ready_to_attack_mobilize(analyse_text) -> None:
    readied = analyse_text("The army of Freedonia prepared to resume shelling rebel positions.")
    assert [event.type for event in readied.events] == ["MOBILIZE"]
    vowed = analyse_text("Rebels in Syria vowed to attack Damascus.")
    assert "MOBILIZE" not in [event.type for event in vowed.events]


def test_advising_against_an_act_does_not_deny_it(analyse_text) -> None:
    advised = analyse_text("Britain shouldn't support the rebels in Libya.")
    assert modalities(advised, "SUPPORT") == ["hypothetical"]
    denied = analyse_text("The president of Chile did not attend the summit in Lima.")
    assert "negated" in [event.modality for event in denied.events]
