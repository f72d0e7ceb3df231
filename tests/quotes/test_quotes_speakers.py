"""Speakers come from the actors component's mentions; a source-less quote takes the last one."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from demarche.records import Mention, Quote


def run(nlp: Language, text: str, mentions: list[tuple[str, str, str | None]]) -> Doc:
    """Parse ``text``, attach mentions (surface, label, actor) as the actors component would,
    then run the quotes component."""
    with nlp.select_pipes(disable=["demarche_quotes"]):
        doc = nlp(text)
    found = []
    for surface, label, actor in mentions:
        start = text.index(surface)
        found.append(Mention(start, start + len(surface), surface, label, actor))
    doc._.demarche_mentions = found
    return nlp.get_pipe("demarche_quotes")(doc)


def test_speaker_is_the_actor_of_the_source_head(quotes_nlp: Language) -> None:
    text = (
        "Officials from Germany said that talks failed. "
        "Foreign Minister Anna Berg said they would resume."
    )
    doc = run(
        quotes_nlp,
        text,
        [
            ("Officials from Germany", "NOMINAL", None),
            ("Germany", "GPE", "germany"),
            ("Anna Berg", "PERSON", "anna-berg"),
        ],
    )
    speakers = {q.source.text: q.speaker for q in doc._.demarche_quotes if q.source}
    assert speakers["Officials from Germany"] is None  # not Germany: the officials spoke
    assert speakers["Foreign Minister Anna Berg"] == "anna-berg"


def test_a_later_quote_paragraph_takes_the_most_recent_speaker(quotes_nlp: Language) -> None:
    text = (
        "“We will rebuild the bridge,” Mayor Tom Reed said on Monday.\n\n"
        "The bridge collapsed in March after weeks of rain.\n\n"
        "“It will take two years.”"
    )
    doc = run(quotes_nlp, text, [("Tom Reed", "PERSON", "tom-reed")])
    quotes = doc._.demarche_quotes
    assert [q.speaker for q in quotes] == ["tom-reed", "tom-reed"]
    assert quotes[1].source is None and quotes[1].content[0].text == "“It will take two years.”"


def test_an_unresolved_source_ends_the_previous_speakers_turn(quotes_nlp: Language) -> None:
    text = (
        "“We will rebuild the bridge,” Mayor Tom Reed said.\n\n"
        "“Nobody asked us,” a resident said.\n\n"
        "The bridge collapsed in March.\n\n"
        "“We are angry.”"
    )
    doc = run(quotes_nlp, text, [("Tom Reed", "PERSON", "tom-reed")])
    assert [q.speaker for q in doc._.demarche_quotes] == ["tom-reed", None, None]


def test_inverted_source_runs_past_a_hyphen_and_a_title(
    quotes_of_text: Callable[[str], list[Quote]],
) -> None:
    """The parse cuts "said Blaze co-host Stu Burguiere." at the hyphen and "Lt." at its stop;
    the source is the whole name, but a sentence's full stop still ends it."""
    text = (
        "“Imagine Brad Thor going up against Trump,” mused Blaze co-host Stu Burguiere. "
        "“I’m getting ready,” said Air Force 1st Lt. Tyler Livingston.\n"
        "“We go,” said Tom Lee. Lee left for Paris."
    )
    sources = {q.source.text for q in quotes_of_text(text) if q.source}
    assert "Blaze co-host Stu Burguiere" in sources
    assert "Air Force 1st Lt. Tyler Livingston" in sources
    assert "Tom Lee" in sources


def test_said_to_names_a_listener_not_the_content(
    quotes_of_text: Callable[[str], list[Quote]],
) -> None:
    """ "said to People" reports the quotation before it; "pointed to" still has content."""
    text = (
        "“Sometimes us ex-diplomats need our fix!” Clinton said to People. "
        "The senator pointed to the jobs report."
    )
    quotes = quotes_of_text(text)
    said = next(q for q in quotes if q.source and q.source.text == "Clinton")
    assert said.kind == "direct"
    assert [s.text for s in said.content] == ["“Sometimes us ex-diplomats need our fix!”"]
    assert any(q.content[0].text.endswith("jobs report") for q in quotes if q.source is not None)


def test_a_quotation_after_an_aside_returns_to_the_same_actors_words(
    quotes_nlp: Language,
) -> None:
    text = (
        "“We have had problems with intrusions,” Obama said after the meeting. "
        "He did not suggest retaliation. “Our goal is to set norms.”"
    )
    doc = run(
        quotes_nlp, text, [("Obama", "PERSON", "barack-obama"), ("He", "PRON", "barack-obama")]
    )
    said = [q for q in doc._.demarche_quotes if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1
    assert [s.text[:8] for s in said[0].content] == ["“We have", "“Our goa"]
