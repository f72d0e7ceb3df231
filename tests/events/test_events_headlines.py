"""Title-case headlines re-read in sentence case, PLOVER 2.0 re-codings, and pronoun binding.

The sentences are written for the class of construction (a title-case headline, a lifted
curfew, a called-off strike, a pronoun in reported speech), not taken from any evaluation set.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from demarche.events.headlines import is_headline, make_parser, reparse, sentence_case
from demarche.events.lexicon import default_lexicon


def types_of(document) -> set[str]:
    return {event.type for event in document.events}


def test_is_headline_tells_title_case_from_prose(nlp) -> None:
    assert is_headline(next(nlp("Chile Condemns Peru Over Border Shelling").sents))
    assert not is_headline(next(nlp("Chile condemned Peru over the shelling.").sents))
    assert not is_headline(next(nlp("Hi There").sents))  # too few words to tell


def test_sentence_case_lowers_ordinary_words_only(nlp) -> None:
    sentence = next(nlp("Chile Condemns Peru Over Border Shelling").sents)
    text = sentence_case(sentence, default_lexicon())
    assert text.startswith("Chile condemns Peru")
    assert "shelling" in text
    assert len(text) == len(sentence.text_with_ws)  # offsets must not move


def test_reparse_aligns_with_the_original(nlp) -> None:
    doc = nlp("Chile Condemns Peru Over Border Shelling\n\nThe statement came late.")
    copy = reparse(next(doc.sents), default_lexicon(), make_parser(nlp))
    assert copy is not None
    assert [t.idx for t in copy] == [t.idx for t in doc[: len(copy)]]
    assert any(t.pos_ == "VERB" and t.lower_ == "condemns" for t in copy)


def test_reparsed_copy_keeps_the_article_entity_labels(nlp) -> None:
    doc = nlp("Chile Condemns Peru Over Border Shelling\n\nThe statement came late.")
    # labels set by hand, so the test does not hang on how the recogniser reads title case
    doc.set_ents([Span(doc, 0, 1, "GPE"), Span(doc, 2, 3, "GPE"), Span(doc, 4, 6, "ORG")])
    copy = reparse(next(doc.sents), default_lexicon(), make_parser(nlp))
    assert copy is not None
    assert [(e.text, e.label_) for e in copy.doc.ents] == [("Chile", "GPE"), ("Peru", "GPE")]


def test_reparsed_copy_drops_a_name_misread_over_an_ordinary_word(nlp) -> None:
    doc = nlp("Chile Condemns Peru Over Border Shelling\n\nThe statement came late.")
    doc.set_ents([Span(doc, 0, 3, "GPE")])  # "Chile Condemns Peru" read as one name
    copy = reparse(next(doc.sents), default_lexicon(), make_parser(nlp))
    assert copy is not None
    assert not copy.doc.ents


def test_reparsed_copy_leaves_out_organisations_title_case_makes_up(nlp) -> None:
    doc = nlp("Chile Hosts Peace Talks in Lima\n\nThe delegations arrived late.")
    doc.set_ents([Span(doc, 0, 2, "ORG"), Span(doc, 5, 6, "GPE")])  # "Chile Hosts" misread
    copy = reparse(next(doc.sents), default_lexicon(), make_parser(nlp))
    assert copy is not None
    assert [(e.text, e.label_) for e in copy.doc.ents] == [("Lima", "GPE")]


def test_headline_party_read_by_its_label(analyse_text) -> None:
    # "Italy Troop Withdrawal": the doer is named only as a modifier of the noun trigger
    doc = analyse_text(
        "Italy Troop Withdrawal From Libya Leads to Chaos\n\nThe troops left on Monday."
    )
    retreats = [e for e in doc.events if e.type == "RETREAT"]
    assert any(e.source is not None and e.source.text == "Italy" for e in retreats)


def test_title_case_headline_yields_its_event_with_original_text(analyse_text) -> None:
    text = "Chile Condemns Peru Over Treatment of Migrants\n\nOfficials spoke on Monday."
    document = analyse_text(text)
    accuse = [e for e in document.events if e.type == "ACCUSE"]
    assert accuse, document.events
    event = accuse[0]
    assert event.trigger is not None and event.trigger.text == "Condemns"
    assert event.evidence.text == text[event.evidence.start : event.evidence.end]
    assert event.source is not None and event.source.text == "Chile"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a capitalised common noun no entity holds stands for whom it is linked to
        ("Finland Imposes Sanctions on Company Linked to Belarus", "belarus"),
        # a name title case made of ordinary words ("Kenya Amid") gives way to the country
        # among the phrase's own words
        ("Norway Downgrades Diplomatic Ties with Kenya Amid Ongoing Spat", "kenya"),
    ],
)
def test_a_headline_party_misread_by_title_case_is_read_from_its_words(
    analyse_text, text: str, target: str
) -> None:
    document = analyse_text(text)
    targets = {e.target.actor for e in document.events if e.target is not None}
    assert target in targets, document.events


def test_lifting_a_curfew_is_concede(analyse_text) -> None:
    document = analyse_text("Kenya lifted a night curfew in Mombasa on Monday.")
    assert "CONCEDE" in types_of(document)
    assert "RETREAT" not in types_of(document)


def test_calling_off_a_strike_is_concede(analyse_text) -> None:
    document = analyse_text("The Chilean teachers' union called off a national strike on Friday.")
    assert "CONCEDE" in types_of(document)
    assert "SANCTION" not in types_of(document)


def test_mobilising_reservists_is_mobilize_whatever_follows(analyse_text) -> None:
    document = analyse_text("Peru mobilized army reservists for a possible war against Chile.")
    assert "MOBILIZE" in types_of(document)
    assert "PROTEST" not in types_of(document)


def test_a_month_in_a_headline_date_keeps_its_capital(nlp) -> None:
    sentence = next(nlp("Oslo And Lima Sign Trade Pact On Tuesday, March 3").sents)
    assert "March 3" in sentence_case(sentence, default_lexicon())


def test_verbs_that_are_events_only_in_phrases_are_lowered(nlp) -> None:
    sentence = next(nlp("Chile Renews Its Support For The Refugee Agency").sents)
    assert "renews" in sentence_case(sentence, default_lexicon())
