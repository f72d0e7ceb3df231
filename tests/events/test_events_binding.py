"""Sentence-internal pronoun binding (demarche/events/binding.py)."""

from demarche.events.binding import antecedent


def test_pronoun_binds_to_the_reporting_subject(nlp) -> None:
    doc = nlp("The rebel alliance announced it will return the seized weapons.")
    pronoun = next(t for t in doc if t.lower_ == "it")
    bound = antecedent(pronoun)
    assert bound is not None and bound.lower_ == "alliance"


def test_pronoun_does_not_bind_across_another_subject(nlp) -> None:
    doc = nlp("Officials said the army thinks they will return the weapons.")
    pronoun = next(t for t in doc if t.lower_ == "they")
    assert antecedent(pronoun) is None  # "army" is singular: no plural antecedent nearby


def test_a_first_person_pronoun_is_never_bound(nlp) -> None:
    doc = nlp("The minister said we will return the weapons.")
    pronoun = next(t for t in doc if t.lower_ == "we")
    assert antecedent(pronoun) is None


def test_a_singular_pronoun_does_not_bind_to_a_plural_subject(nlp) -> None:
    doc = nlp("The rebels announced he will return the weapons.")
    pronoun = next(t for t in doc if t.lower_ == "he")
    assert antecedent(pronoun) is None
