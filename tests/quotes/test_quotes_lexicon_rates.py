"""Cue lemmas PolNeAR marks in at least half their uses ("documented", "dwelt on", "brushed
off", "interpreted ... as"), and the raising verb that keeps a reporting verb with nothing to
report ("The voters seemed to agree")."""

from __future__ import annotations

import pytest

from demarche.quotes.cues import CueLexicon
from tests.quotes.conftest import Find, by_cue


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The auditors documented several payments to the contractor.",
            "documented",
            "several payments to the contractor",
        ),
        (
            "The governor dwelt on the cost of the new bridge.",
            "dwelt on",
            "the cost of the new bridge",
        ),
        (
            "The mayor brushed off the complaints from the council.",
            "brushed off",
            "the complaints from the council",
        ),
        (
            "The senator shrugged off the criticism.",
            "shrugged off",
            "the criticism",
        ),
    ],
)
def test_a_lemma_marked_in_most_uses_is_a_cue(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    quote = by_cue(quotes_of_text(text), cue)
    assert [span.text for span in quote.content][-1].startswith(content)


def test_a_particle_stance_verb_without_its_particle_reports_nothing(
    quotes_of_text: Find,
) -> None:
    text = "The workers brushed the floor and shrugged their shoulders."
    assert not [q for q in quotes_of_text(text) if q.cue is not None]


def test_the_new_lemmas_sit_in_their_groups() -> None:
    lexicon = CueLexicon()
    assert {"document", "dwell", "acquiesce", "coin"} <= lexicon.stance
    assert "interpret" in lexicon.framing
    assert lexicon.particle_of("single") == "out"
    assert lexicon.particle_of("zero") == "in"
    assert "issue" not in lexicon.all_lemmas  # two in five of its uses: below the bar


def test_a_raised_reporting_verb_with_nothing_to_report_leaves_the_cue_to_the_raising_verb(
    quotes_of_text: Find,
) -> None:
    quote = by_cue(quotes_of_text("The voters seemed to agree."), "seemed")
    assert quote.source is None
    assert [span.text for span in quote.content] == ["The voters", "to agree"]


def test_a_raised_reporting_verb_with_a_clause_keeps_the_cue(quotes_of_text: Find) -> None:
    quotes = quotes_of_text("The senator seemed to suggest that the vote would be delayed.")
    quote = by_cue(quotes, "seemed to suggest")
    assert [span.text for span in quote.content] == ["that the vote would be delayed"]


def test_remind_reports_a_clause_as_a_verb_of_saying(quotes_of_text: Find) -> None:
    quote = by_cue(
        quotes_of_text("The mayor reminded reporters that the budget was balanced."), "reminded"
    )
    assert quote.source is not None and quote.source.text == "The mayor"
    assert [span.text for span in quote.content] == ["that the budget was balanced"]
