"""The analyst's brief: one stored document rendered as readable plain text.

The brief is what a person reads instead of the JSON, so it names actors rather than ids, says
who said what and who did what to whom under which condition, and orders dates on a timeline.
Every section is always printed, with "(none found)" when empty, so a reader can tell "nothing
was found" from "this build does not look for it".
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Iterable

from demarche.records import Actor, Document, Event, Participant, Quote, Span, TimeExpression

NONE_FOUND = "  (none found)"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n\s*\n")
_ISO_START = re.compile(r"^\d{4}")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.(?:[A-Z]\.)*|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|"
    r"Pres|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)$"
)
_QUOTE_MARKS = '"“”«»'


def render_brief(document: Document, width: int = 88) -> str:
    """The whole brief: header, actors, quotes, events and timeline.

    Args:
        document: the analysed article.
        width: line width that long quotes and conditions are wrapped to.
    """
    names = {actor.id: actor.name for actor in document.actors}
    parts = [
        *header(document, width),
        *section("ACTORS", actor_lines(document, width)),
        *section("QUOTES", quote_lines(document.quotes, names, width)),
        *section("EVENTS", event_lines(document.events, names, width)),
        *section("TIMELINE", timeline_lines(document.times, document.article.text, width)),
    ]
    return "\n".join(parts).rstrip() + "\n"


def header(document: Document, width: int) -> list[str]:
    """Title (underlined) and the article's metadata, with explicit blanks for what is unknown."""
    article = document.article
    title = article.title or "(untitled article)"
    lines = textwrap.wrap(title, width) or [title]
    lines.append("=" * min(width, max(len(line) for line in lines)))
    lines.append(f"Date:     {article.published or 'unknown (no date in the input)'}")
    lines.append(f"Outlet:   {article.outlet or 'unknown'}")
    if article.author:
        lines.append(f"Author:   {article.author}")
    if article.url:
        lines.append(f"URL:      {article.url}")
    lines.append(f"Id:       {article.id}")
    words = len(article.text.split())
    lines.append(f"Length:   {words:,} words; {len(document.mentions)} actor mentions")
    return lines


def section(name: str, lines: list[str]) -> list[str]:
    """A titled section with its item count; empty sections say so instead of vanishing."""
    return ["", f"{name} ({count_items(lines)})", *(lines or [NONE_FOUND])]


def count_items(lines: list[str]) -> int:
    """Items start at the section indent; continuation lines are indented further."""
    return sum(1 for line in lines if line.startswith("  ") and not line.startswith("    "))


def actor_lines(document: Document, width: int) -> list[str]:
    """Actors, most mentioned first, with kind, country, sector and roles."""
    mentions = Counter(m.actor for m in document.mentions if m.actor)
    actors = sorted(document.actors, key=lambda a: (-mentions[a.id], a.name.lower()))
    lines = []
    for actor in actors:
        count = mentions[actor.id]
        times = f"{count} mention{'s' if count != 1 else ''}"
        line = f"{actor.name} [{describe_actor(actor)}] ({times})"
        lines.extend(wrap(line, width, indent=2, subsequent=6))
    return lines


def describe_actor(actor: Actor) -> str:
    """Kind, country, sector and roles in one bracket, skipping what is unknown."""
    facts = [fact for fact in (actor.kind, actor.country, actor.sector) if fact]
    facts.extend(actor.roles)
    if actor.wikidata:
        facts.append(actor.wikidata)
    return "; ".join(facts) if facts else "no details"


def speaker_name(quote: Quote, names: dict[str, str]) -> str:
    """The resolved speaker's name, else the words that name the source, else a plain mark."""
    if quote.speaker and quote.speaker in names:
        return names[quote.speaker]
    if quote.speaker:
        return quote.speaker
    if quote.source is not None:
        return quote.source.text
    return "(unattributed)"


def quote_lines(quotes: Iterable[Quote], names: dict[str, str], width: int) -> list[str]:
    """``Speaker (kind, cue): content``, the content wrapped under its speaker."""
    lines = []
    for quote in quotes:
        cue = f", {quote.cue.text}" if quote.cue is not None else ""
        lead = f"  {speaker_name(quote, names)} ({quote.kind}{cue}):"
        content = " … ".join(span.text.strip() for span in quote.content)
        if quote.kind == "direct":
            content = "“" + content.strip(_QUOTE_MARKS) + "”"
        lines.append(lead)
        lines.extend(wrap(content, width, indent=6))
    return lines


def participant_name(participant: Participant | None, names: dict[str, str]) -> str:
    """The actor's name; an inferred party is marked, so a reader never takes it as named."""
    if participant is None:
        return "?"
    if participant.actor and participant.actor in names:
        name = names[participant.actor]
    else:
        name = participant.text or participant.actor or "?"
    return f"{name} (implied)" if participant.implied else name


def event_lines(events: Iterable[Event], names: dict[str, str], width: int) -> list[str]:
    """``TYPE/mode  source -> target  modality  date``, then condition and evidence."""
    lines = []
    for event in events:
        kind = f"{event.type}/{event.mode}" if event.mode else event.type
        who = f"{participant_name(event.source, names)} -> {participant_name(event.target, names)}"
        when = event.date or "undated"
        if event.date and event.date_from_publication:
            when += " (publication date)"
        lines.append(f"  {kind}: {who}; {event.modality}; {when}")
        if event.condition is not None:
            lines.extend(wrap(f"condition: {event.condition.text}", width, indent=6))
        evidence = f"evidence: “{clip(event.evidence.text, 2 * width)}”"
        if event.quote is not None:
            evidence += f" (in quote {event.quote + 1})"
        lines.extend(wrap(evidence, width, indent=6))
    return lines


def timeline_key(time: TimeExpression) -> tuple[int, str, int]:
    """Dated values first in calendar order; durations, sets and unresolved ones after."""
    value = time.value or ""
    if time.type in ("DATE", "TIME") and _ISO_START.match(value):
        return (0, value, time.start)
    if value:
        return (1, value, time.start)
    return (2, "", time.start)


def timeline_lines(times: Iterable[TimeExpression], text: str, width: int) -> list[str]:
    """Temporal expressions by value: the normalised value, the words, and their sentence."""
    lines = []
    for time in sorted(times, key=timeline_key):
        value = time.value or "unresolved"
        lines.append(f"  {value:<12} {time.text.strip()}")
        context = sentence_around(text, Span(time.start, time.end, time.text))
        if context:
            lines.extend(wrap(f"“{clip(context, 2 * width)}”", width, indent=6))
    return lines


def sentence_around(text: str, span: Span) -> str:
    """The sentence that holds a span, found from sentence-final punctuation on either side.

    A full stop after an abbreviation ("U.S.", "Mr.") does not end a sentence; looking at
    most 400 characters each way bounds the work on text without punctuation.
    """
    window_start = max(0, span.start - 400)
    window_end = min(len(text), span.end + 400)
    ends = [
        m for m in _SENTENCE_END.finditer(text, window_start, span.start) if ends_sentence(text, m)
    ]
    start = ends[-1].end() if ends else window_start
    end = next(
        (
            m.end()
            for m in _SENTENCE_END.finditer(text, span.end, window_end)
            if ends_sentence(text, m)
        ),
        window_end,
    )
    return " ".join(text[start:end].split())


def ends_sentence(text: str, match: re.Match[str]) -> bool:
    """False for the full stop of an abbreviation such as "U.S." or "Gen."."""
    if text[match.start()] != ".":
        return True
    return not _ABBREVIATION.search(text, max(0, match.start() - 12), match.start() + 1)


def clip(text: str, limit: int) -> str:
    """Text on one line, cut at a word boundary with an ellipsis when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


def wrap(text: str, width: int, indent: int, subsequent: int | None = None) -> list[str]:
    """Wrapped lines; continuation lines are indented ``subsequent`` (default: ``indent``)."""
    first, rest = " " * indent, " " * (indent if subsequent is None else subsequent)
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest) or [first]
