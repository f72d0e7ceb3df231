"""The shipped event lexicon: CAMEO-derived verb patterns joined with demarche's own entries."""

from __future__ import annotations

from demarche.events.lexicon import default_lexicon
from demarche.events.quad import EVENT_TYPES


def test_lexicon_loads_once_and_codes_only_plover_types() -> None:
    lexicon = default_lexicon()
    assert lexicon is default_lexicon()
    types = {spec.type for spec in lexicon.verbs.values() if spec}
    types |= {p.spec.type for ps in lexicon.patterns.values() for p in ps if p.spec}
    types |= {n.spec.type for ns in lexicon.nouns.values() for n in ns}
    assert types <= set(EVENT_TYPES)
    assert len(lexicon.patterns) > 300


def test_patterns_are_most_specific_first() -> None:
    for patterns in default_lexicon().patterns.values():
        lengths = [len(p.words) for p in patterns]
        assert lengths == sorted(lengths, reverse=True)


def test_own_entries_override_loose_cameo_synonyms() -> None:
    lexicon = default_lexicon()
    # CAMEO files "face" under meetings; news uses it for "faces criticism"
    assert lexicon.verbs["face"] is None
    assert lexicon.verbs["refuse"] is not None and lexicon.verbs["refuse"].type == "REJECT"
    assert lexicon.nouns["sanction"][0].plural


def test_cameo_mapping_slips_become_plover_modes() -> None:
    """The 2021 mapping puts a context in the mode column (CAMEO 175) and COERCE's mode under
    ASSAULT (CAMEO 1712); the lexicon codes them with PLOVER's own modes."""
    lexicon = default_lexicon()
    specs = [spec for spec in lexicon.verbs.values() if spec]
    specs += [p.spec for ps in lexicon.patterns.values() for p in ps if p.spec]
    pairs = {(spec.type, spec.mode) for spec in specs}
    assert ("ASSAULT", "pro_autocracy") not in pairs
    assert ("ASSAULT", "seize") not in pairs
    assert ("RETREAT", "ease") not in pairs
    assert any("pro_autocracy" in spec.context for spec in specs if spec.type == "ASSAULT")


def test_arresting_protesters_is_an_arrest_not_an_assault(analyse_text) -> None:
    arrested = analyse_text("Police in Freedonia arrested dozens of protesters on Sunday.")
    assert [(e.type, e.mode) for e in arrested.events] == [("COERCE", "arrest")]


def test_receiving_care_is_no_event_and_a_sentence_is_a_conviction(analyse_text) -> None:
    cared = analyse_text("The former mayor of Lisbon received treatment at a clinic in Madrid.")
    assert list(cared.events) == []
    sentenced = analyse_text("The opposition leader received a ten-year prison sentence.")
    assert [(e.type, e.mode) for e in sentenced.events] == [("SANCTION", "convict")]
    visited = analyse_text("Mexico received a delegation from Canada.")
    assert [e.type for e in visited.events] == ["CONSULT"]
