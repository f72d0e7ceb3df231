"""The quotes component on constructed sentences: one test per newswire construction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from demarche.records import Quote

Find = Callable[[str], list[Quote]]


def only(quotes: list[Quote], kind: str | None = None) -> Quote:
    chosen = [q for q in quotes if kind is None or q.kind == kind]
    assert len(chosen) == 1, quotes
    return chosen[0]


def contents(quote: Quote) -> list[str]:
    return [span.text for span in quote.content]


def test_offsets_index_the_text(quotes_of_text: Find) -> None:
    text = "“We will win,” Senator Jane Doe said on Tuesday. Officials said that talks failed."
    quotes = quotes_of_text(text)
    assert quotes
    for quote in quotes:
        for span in (*quote.content, quote.source, quote.cue):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_cue_after_the_quote(quotes_of_text: Find) -> None:
    quote = only(quotes_of_text("“We will win this race,” Senator Jane Doe said."))
    assert quote.kind == "direct"
    assert quote.source is not None and quote.source.text == "Senator Jane Doe"
    assert quote.cue is not None and quote.cue.text == "said"
    assert contents(quote) == ["“We will win this race,”"]


def test_inverted_order(quotes_of_text: Find) -> None:
    quote = only(quotes_of_text("“The talks are over,” said Kim, the North Korean leader."))
    assert quote.kind == "direct"
    assert quote.source is not None and quote.source.text.startswith("Kim")


def test_inverted_order_with_a_quoted_subject_in_the_parse(quotes_of_text: Find) -> None:
    text = '"The storm will bring high waves. This will flood the coast", read the warning.'
    quote = only(quotes_of_text(text))
    assert quote.kind == "direct"
    assert quote.source is not None and quote.source.text == "the warning"


def test_an_inverted_source_keeps_its_appositive_when_the_parse_took_a_quoted_subject(
    quotes_of_text: Find,
) -> None:
    text = (
        "“The campaign is in panic mode. Full panic mode,” said Leslie Wimes, a South "
        "Florida-based president of the Democratic African-American Women Caucus."
    )
    quote = only(quotes_of_text(text))
    assert quote.source is not None
    assert quote.source.text.startswith("Leslie Wimes, a South Florida-based president")


def test_a_lower_case_quotation_after_an_aside_is_the_speakers(quotes_of_text: Find) -> None:
    text = (
        "“Every time you say that,” Tester said, referring to the excuse, “you give "
        "ammunition to the people who want to break up the big banks.”"
    )
    said = [q for q in quotes_of_text(text) if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1
    assert [s.text[:12] for s in said[0].content] == ["“Every time ", "“you give am"]


def test_a_source_between_quotation_and_cue_survives_a_quoted_subject_in_the_parse(
    quotes_of_text: Find,
) -> None:
    text = (
        "“They are in panic mode. Full panic mode,” the chairman of the group, who runs the "
        "PAC, said."
    )
    quote = only(quotes_of_text(text))
    assert quote.source is not None and quote.source.text.startswith("the chairman of the group")


def test_a_paraphrase_around_a_cue_keeps_its_quoted_fragment(quotes_of_text: Find) -> None:
    text = 'The two nations, Xi said, now have a "golden opportunity" to develop their economies.'
    quote = only(quotes_of_text(text))
    assert quote.kind == "mixed"
    assert contents(quote)[0] == "The two nations"
    assert "golden opportunity" in contents(quote)[-1]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“I hope you are able to find the emails.” Trump said.", "Trump"),
        ("“We are done.” He said nothing more after that.", None),
    ],
)
def test_a_name_and_cue_ending_the_sentence_after_a_full_stop_attribute_it(
    quotes_of_text: Find, text: str, source: str | None
) -> None:
    quote = only(quotes_of_text(text))
    assert (quote.source.text if quote.source else None) == source


def test_cue_before_with_colon(quotes_of_text: Find) -> None:
    quote = only(quotes_of_text("The minister added: “That is where the problem is.”"))
    assert quote.kind == "direct"
    assert quote.source is not None and quote.source.text == "The minister"
    assert contents(quote) == ["“That is where the problem is.”"]


def test_quote_split_around_the_cue_is_one_attribution(quotes_of_text: Find) -> None:
    text = "“I don’t know what it will take,” Durbin said. “It takes an election.”"
    quote = only(quotes_of_text(text))
    assert contents(quote) == ["“I don’t know what it will take,”", "“It takes an election.”"]


def test_multi_paragraph_quote_continues(quotes_of_text: Find) -> None:
    text = (
        "The governor said: “We are ready for the storm. Shelters are open.\n\n"
        "“Everyone in the low areas must leave tonight.”\n\n"
        "The storm is expected on Friday."
    )
    quote = only(quotes_of_text(text), "direct")
    assert quote.source is not None and quote.source.text == "The governor"
    assert len(quote.content) == 2
    assert quote.content[1].text == "“Everyone in the low areas must leave tonight.”"


def test_indirect_speech_with_that(quotes_of_text: Find) -> None:
    text = "Officials from both countries have confirmed that no meeting plans have been set."
    quote = only(quotes_of_text(text))
    assert quote.kind == "indirect"
    assert quote.source is not None and quote.source.text == "Officials from both countries"
    assert quote.cue is not None and quote.cue.text == "have confirmed"
    assert contents(quote) == ["that no meeting plans have been set"]


def test_according_to(quotes_of_text: Find) -> None:
    quote = only(quotes_of_text("The economy shrank by 2 percent, according to the central bank."))
    assert quote.cue is not None and quote.cue.text == "according to"
    assert quote.source is not None and quote.source.text == "the central bank"
    assert contents(quote) == ["The economy shrank by 2 percent"]


def test_mixed_quote(quotes_of_text: Find) -> None:
    text = "Trump said that Bush “has to bring his mother out” to win the primary."
    quote = only(quotes_of_text(text))
    assert quote.kind == "mixed"
    assert quote.content[0].text.startswith("that Bush “has to bring")


def test_dash_attribution(quotes_of_text: Find) -> None:
    text = "“Broadband is a necessity, not a luxury.” - Commissioner Geoffrey Starks"
    quote = only(quotes_of_text(text))
    assert quote.kind == "direct"
    assert quote.source is not None and quote.source.text == "Commissioner Geoffrey Starks"


def test_a_pronoun_and_a_cue_after_a_question_attribute_it(quotes_of_text: Find) -> None:
    quote = only(quotes_of_text("“Too forced?” He tweeted when the debate ended."))
    assert quote.kind == "direct"
    assert quote.source is not None and quote.source.text == "He"


def test_a_dash_opening_the_next_paragraph_names_the_speaker(quotes_of_text: Find) -> None:
    text = '"Americans are worried about their kids."\n\n- Bernie Sanders.\n\nHe is wrong.'
    quotes = [q for q in quotes_of_text(text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].source is not None and quotes[0].source.text == "Bernie Sanders"


def test_quotation_dash_attribution_after_a_no_break_space(quotes_of_text: Find) -> None:
    text = "“Maybe we can build a wall around him.”\u00a0― Steve Quinlan\u00a0\nThe end."
    quote = only(quotes_of_text(text))
    assert quote.cue is not None and quote.cue.text == "―"
    assert quote.source is not None and quote.source.text == "Steve Quinlan"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Podesta went on to say that Clinton was committed to the plan.", "went on to say"),
        ("The senator has also said that the bill would fail.", "has also said"),
        ("She pointed out that the polls had closed early.", "pointed out"),
    ],
)
def test_phrasal_cues(quotes_of_text: Find, text: str, cue: str) -> None:
    quote = only(quotes_of_text(text))
    assert quote.cue is not None and quote.cue.text == cue


def test_a_cue_inside_a_quotation_is_not_a_second_attribution(quotes_of_text: Find) -> None:
    text = "“I think they said the deal was dead,” the mayor told reporters."
    quote = only(quotes_of_text(text))
    assert quote.source is not None and quote.source.text == "the mayor"


def test_titles_in_quotes_are_not_quotations(quotes_of_text: Find) -> None:
    text = "He told ABC’s “Good Morning America” on Tuesday that he would run again."
    quote = only(quotes_of_text(text))
    assert quote.kind == "indirect"
    assert all("Good Morning" not in span.text for span in quote.content)


@pytest.mark.parametrize(
    "text",
    [
        "“",
        "”He said.",
        "She said “ and never closed it.\n\nAnother paragraph “with” marks ”here“.",
        '"""""""" said """ he """',
        "‘’‘’ ’’ ‘‘ said",
        "",
    ],
)
def test_unbalanced_and_odd_marks_never_crash(quotes_of_text: Find, text: str) -> None:
    for quote in quotes_of_text(text):
        for span in quote.content:
            assert 0 <= span.start < span.end <= len(text)


def test_interval_set_merges_and_answers_overlaps() -> None:
    from demarche.quotes.component import _Intervals

    taken = _Intervals()
    for start, end in [(10, 20), (30, 40), (18, 32), (50, 60)]:
        taken.add(start, end)
    assert taken.starts == [10, 50] and taken.ends == [40, 60]
    assert taken.overlaps(39, 45) and taken.overlaps(0, 11) and taken.overlaps(55, 56)
    assert not taken.overlaps(40, 50) and not taken.overlaps(0, 10) and not taken.overlaps(60, 70)


def test_evidential_raising_verbs_have_content_but_no_source(quotes_of_text: Find) -> None:
    quote = only(quotes_of_text("The senator seemed poised to win the state easily."))
    assert quote.source is None and quote.cue is not None and quote.cue.text == "seemed"
    assert contents(quote) == ["The senator", "poised to win the state easily"]


def test_an_empty_it_leaves_the_complement_and_its_clause(quotes_of_text: Find) -> None:
    quote = only(quotes_of_text("It may seem surprising that a Facebook post went unnoticed."))
    assert contents(quote) == ["surprising that a Facebook post went unnoticed"]


def test_a_raising_verb_carrying_a_cue_is_part_of_that_cue(quotes_of_text: Find) -> None:
    quote = only(quotes_of_text("He seemed to indicate that he knows her tendencies."))
    assert quote.cue is not None and quote.cue.text == "seemed to indicate"
    assert quote.source is not None and quote.source.text == "He"


def test_labelling_verbs_take_object_and_label(quotes_of_text: Find) -> None:
    quote = only(quotes_of_text("Trump called him a “stiff” at the rally."))
    assert quote.kind == "mixed"
    assert contents(quote)[0].startswith("him a “stiff”")


def test_name_and_dash_before_a_quote(quotes_of_text: Find) -> None:
    quote = only(quotes_of_text("Clinton - “I went to Wall Street before the crash.”"))
    assert quote.kind == "direct"
    assert quote.source is not None and quote.source.text == "Clinton"
