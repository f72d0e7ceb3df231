"""The brief: every section present, names instead of ids, a timeline in calendar order."""

from __future__ import annotations

from demarche.ingest.article import text_id
from demarche.records import (
    Actor,
    Article,
    Document,
    Event,
    Mention,
    Participant,
    Quote,
    Span,
    TimeExpression,
)
from demarche.report import render_brief
from demarche.report.brief import participant_name, sentence_around

TEXT = (
    "Seoul, Tuesday. Foreign Minister Cho Hyun said talks could resume in June. "
    "Pyongyang rejected the offer last week. Since 2018, sanctions have tightened. "
    '"We will never give up our weapons," Kim Jong Un told a rally, '
    "adding that he would meet Washington only if it dropped its demands."
)


def at(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase), phrase)


def part(actor: str | None, phrase: str) -> Participant:
    span = at(phrase)
    return Participant(actor, span.start, span.end, span.text)


def timex(phrase: str, value: str | None, kind: str = "DATE") -> TimeExpression:
    span = at(phrase)
    return TimeExpression(span.start, span.end, span.text, kind, value)


def mention(phrase: str, label: str, actor: str) -> Mention:
    span = at(phrase)
    return Mention(span.start, span.end, span.text, label, actor)


def document() -> Document:
    article = Article(
        text_id(TEXT),
        TEXT,
        title="Seoul offers talks",
        outlet="Example Wire",
        url="https://example.org/a",
        published="2025-10-28",
    )
    return Document(
        article=article,
        actors=(
            Actor("cho-hyun", "Cho Hyun", "person", "KOR", "GOV", ("Foreign Minister",)),
            Actor("kim-jong-un", "Kim Jong Un", "person", "PRK", "GOV"),
            Actor("north-korea", "North Korea", "country", "PRK"),
            Actor("united-states", "United States", "country", "USA"),
        ),
        mentions=(
            mention("Cho Hyun", "PERSON", "cho-hyun"),
            mention("Pyongyang", "GPE", "north-korea"),
            mention("Kim Jong Un", "PERSON", "kim-jong-un"),
            mention("he would", "PRON", "kim-jong-un"),
            mention("Washington", "GPE", "united-states"),
        ),
        times=(
            timex("Tuesday", "2025-10-28"),
            timex("in June", "2026-06"),
            timex("last week", "2025-W43"),
            timex("Since 2018", "2018"),
            timex("never", None),
        ),
        quotes=(
            Quote(
                "indirect",
                (at("talks could resume in June"),),
                source=at("Foreign Minister Cho Hyun"),
                cue=at("said"),
                speaker="cho-hyun",
            ),
            Quote(
                "direct",
                (at('"We will never give up our weapons,"'),),
                source=at("Kim Jong Un"),
                cue=at("told"),
                speaker="kim-jong-un",
            ),
            Quote("indirect", (at("he would meet Washington"),), source=at("he would")),
        ),
        events=(
            Event(
                "REJECT",
                evidence=at("Pyongyang rejected the offer last week"),
                source=part("north-korea", "Pyongyang"),
                target=None,
                date="2025-W43",
            ),
            Event(
                "CONSULT",
                evidence=at("he would meet Washington only if it dropped its demands"),
                mode="visit",
                source=part("kim-jong-un", "he"),
                target=part("united-states", "Washington"),
                modality="conditional",
                condition=at("only if it dropped its demands"),
                quote=2,
            ),
        ),
    )


def test_header_has_title_and_metadata() -> None:
    lines = render_brief(document()).splitlines()
    assert lines[:6] == [
        "Seoul offers talks",
        "==================",
        "Date:     2025-10-28",
        "Outlet:   Example Wire",
        "URL:      https://example.org/a",
        f"Id:       {text_id(TEXT)}",
    ]


def test_actors_are_named_most_mentioned_first_with_their_facts() -> None:
    brief = render_brief(document())
    block = brief.split("ACTORS (4)\n")[1].split("\n\n")[0].splitlines()
    assert block[0] == "  Kim Jong Un [person; PRK; GOV] (2 mentions)"
    assert "  Cho Hyun [person; KOR; GOV; Foreign Minister] (1 mention)" in block
    assert len(block) == 4


def test_quotes_name_speakers_and_fall_back_to_the_source_words() -> None:
    brief = render_brief(document())
    assert "QUOTES (3)" in brief
    assert "  Cho Hyun (indirect, said):\n      talks could resume in June" in brief
    # direct quotes get one pair of typographic marks, whatever the source used
    assert "  Kim Jong Un (direct, told):\n      “We will never give up our weapons,”" in brief
    assert "  he would (indirect):" in brief


def test_events_show_participants_modality_condition_and_date() -> None:
    brief = render_brief(document())
    assert "EVENTS (2)" in brief
    assert "  REJECT: North Korea -> ?; asserted; 2025-W43" in brief
    assert "  CONSULT/visit: Kim Jong Un -> United States; conditional; undated" in brief
    assert "      condition: only if it dropped its demands" in brief
    assert "(in quote 3)" in brief


def test_timeline_is_in_calendar_order_with_unresolved_last() -> None:
    brief = render_brief(document())
    timeline = brief.split("TIMELINE (5)\n")[1]
    items = [line.split()[0] for line in timeline.splitlines() if not line.startswith("    ")]
    assert items == ["2018", "2025-10-28", "2025-W43", "2026-06", "unresolved"]
    # each date is shown in its sentence, so the reader sees what it dates
    assert "“Since 2018, sanctions have tightened.”" in timeline


def test_an_empty_document_still_has_every_section() -> None:
    article = Article(text_id("Short."), "Short.")
    brief = render_brief(Document(article=article))
    assert brief.startswith("(untitled article)\n")
    assert "Date:     unknown (no date in the input)" in brief
    for name in ("ACTORS", "QUOTES", "EVENTS", "TIMELINE"):
        assert f"\n{name} (0)\n  (none found)\n" in brief


def test_long_lines_wrap_to_the_width() -> None:
    long_text = "He said " + "the talks would go on and on " * 30
    article = Article(text_id(long_text), long_text, title="Talks")
    content = Span(8, len(long_text), long_text[8:])
    doc = Document(article=article, quotes=(Quote("indirect", (content,)),))
    lines = render_brief(doc, width=60).splitlines()
    assert max(len(line) for line in lines if not line.startswith("Id:")) <= 60
    lead = lines.index("  (unattributed) (indirect):")
    content = lines[lead + 1 : lines.index("", lead)]
    assert len(content) > 10 and all(line.startswith("      ") for line in content)
    assert " ".join(content).split() == long_text[8:].split()


def test_a_dates_sentence_does_not_stop_at_abbreviations() -> None:
    text = (
        "Talks stalled. Last month, Kim said he had fond memories of U.S. President Trump "
        "and Gen. Park. Nothing followed."
    )
    start = text.index("Last month")
    sentence = sentence_around(text, Span(start, start + 10, "Last month"))
    assert (
        sentence
        == "Last month, Kim said he had fond memories of U.S. President Trump and Gen. Park."
    )


def test_an_inferred_party_is_marked_as_implied() -> None:
    named = Participant("nk", 0, 5, "Seoul")
    assert participant_name(named, {"nk": "North Korea"}) == "North Korea"
    implied = Participant("nk", 0, 5, "Seoul", implied=True)
    assert participant_name(implied, {"nk": "North Korea"}) == "North Korea (implied)"
