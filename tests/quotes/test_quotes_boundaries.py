"""Span boundaries of attributions the component finds: where source, cue and content start
and stop, by PolNeAR's conventions (one label per token, so no span holds another's words)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from demarche.quotes.draft import Draft
from demarche.records import Quote
from tests.quotes.conftest import by_cue

Find = Callable[[str], list[Quote]]


def with_cue(quotes: list[Quote], cue: str) -> Quote:
    chosen = [q for q in quotes if q.cue is not None and q.cue.text == cue]
    assert len(chosen) == 1, quotes
    return chosen[0]


def test_a_cue_inside_a_relative_clause_is_cut_out_of_its_content(quotes_of_text: Find) -> None:
    text = "The council passed the budget, which he said was far too generous to the police."
    quote = with_cue(quotes_of_text(text), "said")
    assert quote.source is not None and quote.source.text == "he"
    assert [span.text for span in quote.content] == [
        "which",
        "was far too generous to the police",
    ]


def test_carve_cuts_the_source_and_cue_before_it_but_not_a_source_after_it() -> None:
    draft = Draft("indirect", cue=(10, 14), source=(6, 9), content=[(0, 40)])
    draft.carve()
    assert draft.content == [(0, 6), (9, 10), (14, 40)]
    inverted = Draft("direct", cue=(0, 7), source=(20, 30), content=[(10, 40)])
    inverted.carve()
    assert inverted.content == [(10, 40)]


def test_a_quotation_after_a_clause_in_the_speakers_description_continues_the_speaker(
    quotes_of_text: Find,
) -> None:
    text = (
        "“We will not give up on this town,” said Jane Roe, a local teacher who declined to "
        "run for the council last year. “The fight goes on.”"
    )
    quote = with_cue(quotes_of_text(text), "said")
    assert quote.kind == "direct"
    assert [span.text for span in quote.content] == [
        "“We will not give up on this town,”",
        "“The fight goes on.”",
    ]


def test_a_quote_paragraph_after_a_trailing_attribution_with_its_setting_continues_it(
    quotes_of_text: Find,
) -> None:
    text = (
        "“We like several of the candidates,” Smith said during an interview in Denver, "
        "ahead of the opening of his new store.\n\n"
        "“It changes every day. I read the news this morning.”"
    )
    quote = with_cue(quotes_of_text(text), "said")
    assert quote.kind == "direct"
    assert [span.text[:12] for span in quote.content] == ["“We like sev", "“It changes "]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Even some of her neighbours say the plan is weak.", "some of her neighbours"),
        ("The Lopez campaign on Monday said it would appeal.", "The Lopez campaign"),
        ("Garcia and Novak both said the bill had failed.", "Garcia and Novak"),
        (
            "Mayor Alvarez, speaking at a rally in Tucson, said the budget would pass.",
            "Mayor Alvarez",
        ),
        (
            "The group, founded by two nurses, said the clinic would close.",
            "The group, founded by two nurses",
        ),
    ],
)
def test_a_source_leaves_out_emphasis_floating_quantifiers_and_when_phrases(
    quotes_of_text: Find, text: str, source: str
) -> None:
    quote = with_cue(quotes_of_text(text), "said" if "said" in text else "say")
    assert quote.source is not None and quote.source.text == source


def test_words_before_a_quotation_ending_in_a_comma_open_the_content(quotes_of_text: Find) -> None:
    text = "The mayor said that in any talks, “we will hold firm on the budget.”"
    quote = with_cue(quotes_of_text(text), "said")
    assert quote.kind == "mixed"
    assert [span.text for span in quote.content] == [
        "that in any talks, “we will hold firm on the budget.”"
    ]


def test_the_one_addressed_before_a_comma_only_introduces_the_quotation(
    quotes_of_text: Find,
) -> None:
    text = "The mayor told the radio host, “We will hold firm on the budget.”"
    quote = with_cue(quotes_of_text(text), "told")
    assert quote.kind == "direct"
    assert [span.text for span in quote.content] == ["“We will hold firm on the budget.”"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator began talking about the new border wall.", "began talking about"),
        ("The governor failed to mention the deficit in her speech.", "failed to mention"),
    ],
)
def test_a_carrying_verb_is_part_of_the_cue(quotes_of_text: Find, text: str, cue: str) -> None:
    assert with_cue(quotes_of_text(text), cue).source is not None


def test_a_title_in_quotation_marks_is_not_a_quotation(quotes_of_text: Find) -> None:
    text = (
        "“We were told to wait,” Jane Roe said. She wrote about it in her memoir, "
        "“Quiet Harbour Days.”"
    )
    said = with_cue(quotes_of_text(text), "said")
    assert [span.text for span in said.content] == ["“We were told to wait,”"]
    direct = [q for q in quotes_of_text(text) if q.kind == "direct"]
    assert not any("Harbour" in span.text for q in direct for span in q.content)


def test_a_short_sentence_in_capitals_is_still_a_quotation(quotes_of_text: Find) -> None:
    text = "“Nobody knows the plan,” Jane Roe said. “Neither do I.”"
    said = with_cue(quotes_of_text(text), "said")
    assert [span.text for span in said.content] == [
        "“Nobody knows the plan,”",
        "“Neither do I.”",
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The staff picked the teachers they thought were the best fit for the school.",
            "thought",
            ["the teachers", "were the best fit for the school"],
        ),
        (
            "The police opened a probe the agency said was still under way last week.",
            "said",
            ["a probe", "was still under way last week"],
        ),
        (
            "They shredded the files, even the ones the ministry now says are secret.",
            "now says",
            ["the ones", "are secret"],
        ),
        (
            "It was revealed on Monday that the mayor had used a private phone.",
            "was revealed",
            ["that the mayor had used a private phone"],
        ),
        (
            "It is widely assumed that the council will approve the budget.",
            "is widely assumed",
            ["that the council will approve the budget"],
        ),
        (
            "It seems increasingly likely that the bill will pass.",
            "seems",
            ["increasingly likely that the bill will pass"],
        ),
        (
            "The mayor is expected to sign the bill.",
            "is expected",
            ["The mayor", "to sign the bill"],
        ),
    ],
)
def test_the_words_filling_a_relative_gap_open_the_content_and_an_empty_it_does_not(
    quotes_of_text: Find, text: str, cue: str, content: list[str]
) -> None:
    """A bare relative ("the ones the ministry says are secret") takes its antecedent, as
    PolNeAR does with "which"; a place-holding "it" ("It was revealed that") stays out."""
    quote = with_cue(quotes_of_text(text), cue)
    assert [span.text for span in quote.content] == content


def test_a_relative_clause_cue_with_a_full_clause_or_a_quotation_takes_nothing_before_it(
    quotes_of_text: Find,
) -> None:
    speech = with_cue(
        quotes_of_text("She gave a speech in which she said the plan was a mistake."), "said"
    )
    assert [span.text for span in speech.content] == ["the plan was a mistake"]
    text = "The court upheld the one clause the founders said “shall never be changed.”"
    quoted = with_cue(quotes_of_text(text), "said")
    assert quoted.kind == "direct"
    assert [span.text for span in quoted.content] == ["“shall never be changed.”"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Last July, the union polled its members online: 1,409 teachers said they wanted "
            "to endorse the mayor.",
            "1,409 teachers",
            "they wanted to endorse the mayor",
        ),
        (
            "Last spring, the club surveyed its players by email: most of them said they would "
            "stay next season.",
            "most of them",
            "they would stay next season",
        ),
    ],
)
def test_a_cue_reports_the_clause_after_it_rather_than_one_the_parse_hung_before_it(
    quotes_of_text: Find, text: str, source: str, content: str
) -> None:
    quote = with_cue(quotes_of_text(text), "said")
    assert quote.source is not None and quote.source.text == source
    assert [span.text for span in quote.content] == [content]


def test_a_quotation_before_the_cue_stays_its_content_beside_a_quoted_title_after_it(
    quotes_of_text: Find,
) -> None:
    text = "“Being a parent, that is my real job,” Roe said in May on the podcast “Evening Things.”"
    quote = with_cue(quotes_of_text(text), "said")
    assert quote.kind == "direct"
    assert [span.text for span in quote.content] == ["“Being a parent, that is my real job,”"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator criticized the governor for raising taxes on small farms.",
            "criticized",
            "the governor for raising taxes on small farms",
        ),
        ("She accused him of lying about the budget.", "accused", "him of lying about the budget"),
        (
            "The mayor defended the police against the new charges.",
            "defended",
            "the police against the new charges",
        ),
        ("The union has backed the plan for two years.", "has backed", "the plan"),
    ],
)
def test_a_stance_verbs_object_takes_the_reason_or_charge_after_it_but_not_a_duration(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    quote = with_cue(quotes_of_text(text), cue)
    assert [span.text for span in quote.content] == [content]


def test_a_reported_clause_the_parse_split_in_two_is_one_content(quotes_of_text: Find) -> None:
    text = (
        "The survey also showed that moderates, voters aged 45 and older, suburbanites and "
        "renters mostly turned out early."
    )
    quote = with_cue(quotes_of_text(text), "also showed")
    assert [span.text for span in quote.content] == [
        "that moderates, voters aged 45 and older, suburbanites and renters mostly turned out early"
    ]


def test_a_clause_resuming_after_an_interrupting_cue_is_part_of_the_content(
    quotes_of_text: Find,
) -> None:
    """ "The plan will fail, officials said, unless …": the speaker's sentence goes on after
    the cue; a cue word there ("but she suspects …") starts an attribution of its own."""
    text = "The plan will fail, officials said, unless the council raises taxes."
    quote = by_cue(quotes_of_text(text), "said")
    assert [s.text for s in quote.content] == [
        "The plan will fail",
        "unless the council raises taxes.",
    ]
    text = "The mine is closing, the mayor said, but she suspects that it will reopen."
    assert [s.text for s in by_cue(quotes_of_text(text), "said").content] == ["The mine is closing"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Still, most farmers expect a poor harvest, the survey found.",
            "found",
            "most farmers expect a poor harvest",
        ),
        (
            "In fact, the bridge will cost twice the estimate, engineers said.",
            "said",
            "the bridge will cost twice the estimate",
        ),
        (
            "However, the ferry will stop running in May, according to the harbour office.",
            "according to",
            "the ferry will stop running in May",
        ),
        (  # a word that qualifies the claim itself stays
            "Instead, the school will close next year, she said.",
            "said",
            "Instead, the school will close next year",
        ),
    ],
)
def test_a_linking_word_opening_a_reported_clause_is_the_writers_not_the_content(
    quotes_of_text: Find, text: str, cue: str, content: str
) -> None:
    """ "Still, most farmers expect …, the survey found": the writer's link to the sentence
    before is not what the survey found (PolNeAR's convention, about three times in four)."""
    quote = by_cue(quotes_of_text(text), cue)
    assert [span.text for span in quote.content] == [content]


def test_a_reported_clause_does_not_end_on_a_conjunction_left_dangling(
    quotes_of_text: Find,
) -> None:
    """The parser can hang the conjunction on the first clause and the second report on the
    cue ("said X is clear, and two-thirds said …"): the "and" is in neither content."""
    text = (
        "Most teachers said the new schedule is clear and sensible, and two-thirds said the "
        "same of the old one."
    )
    contents = [[s.text for s in q.content] for q in quotes_of_text(text)]
    assert ["the new schedule is clear and sensible"] in contents
    assert not any(span.endswith((" and", ", and")) for spans in contents for span in spans)


def test_a_participle_set_off_after_a_subject_is_its_own_attribution_with_that_source(
    quotes_of_text: Find,
) -> None:
    text = "The mayor, explaining that the budget was tight, said the pool would close."
    quotes = quotes_of_text(text)
    explaining = with_cue(quotes, "explaining")
    assert explaining.source is not None and explaining.source.text == "The mayor"
    assert [span.text for span in explaining.content] == ["that the budget was tight"]
    said = with_cue(quotes, "said")
    assert said.source is not None and said.source.text == "The mayor"
