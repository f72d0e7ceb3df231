"""A third check for ``demarche eval events``: NGEC's templated headlines, filled with real names.

The GSR scores who did what to whom, but on 322 sentences everyone here has read; the synthetic
stories (``synthetic_events``) are many but score only the type. NGEC (MIT) also ships about 330
headline templates written for one PLOVER type each, with the parties left as placeholders:
"{country_1} condemns {country_2} for treatment of migrants", "Shops smashed by violent
protestors in {country_1}". Filled deterministically with several real countries and cities,
they give sentences nobody tuned on whose parties are known by construction, so source and
target can be scored as well as the type.

What the placeholders say, and so what is scored (pseudo-labels, like the stories'):

- **type**: the template's label among the headline's events (anywhere) and as the most confident
  event (top).
- **party**: the first place named ({country_1}, else {city}'s country) is the source's or the
  target's country in the matched event: "War planes pummel rebel positions in {country_1}" is
  fought in, and so coded to, that country whoever flies the planes.
- **source**: for templates that open with {country_1} (the headline's subject), its country
  is the source's; when {country_1} and {country_2} are coordinated ("{country_1} and
  {country_2} sign ...") either may be.
- **target**: for templates with {country_2}, its country is the target's (either party when
  coordinated). Rare passive templates ("{country_1} City Blockaded by {country_2} Troops")
  make this noisy by a few headlines; the figure is a check that moves, not an accuracy.

The matched event is the GSR's best match: one of the template's type, the one agreeing with
most of the scored parties, then the most confident.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from demarche.errors import ConfigError
from demarche.evaluation.events import participant_codes
from demarche.evaluation.synthetic_events import (
    Story,
    StoryScore,
    analysed,
    format_story_score,
)
from demarche.records import Actor, Document, Event

HEADLINES = "synthetic_headlines.csv"
FILLS_PER_TEMPLATE = 3
COUNTRIES: tuple[tuple[str, str], ...] = (
    ("France", "FRA"),
    ("Kenya", "KEN"),
    ("Brazil", "BRA"),
    ("Japan", "JPN"),
    ("Egypt", "EGY"),
    ("India", "IND"),
    ("Mexico", "MEX"),
    ("Turkey", "TUR"),
    ("Nigeria", "NGA"),
    ("Germany", "DEU"),
    ("Pakistan", "PAK"),
    ("Australia", "AUS"),
    ("Indonesia", "IDN"),
    ("Argentina", "ARG"),
    ("South Africa", "ZAF"),
    ("Saudi Arabia", "SAU"),
    ("Poland", "POL"),
    ("Vietnam", "VNM"),
    ("Canada", "CAN"),
    ("Ethiopia", "ETH"),
)
"""Real countries of every region, one- and two-word names; the fills cycle through them."""
CITIES: tuple[tuple[str, str], ...] = (
    ("Lagos", "NGA"),
    ("Mumbai", "IND"),
    ("Aleppo", "SYR"),
    ("Marseille", "FRA"),
    ("Kharkiv", "UKR"),
    ("Karachi", "PAK"),
    ("Istanbul", "TUR"),
    ("Nairobi", "KEN"),
    ("Kabul", "AFG"),
    ("Caracas", "VEN"),
    ("Osaka", "JPN"),
)
"""Cities whose country is not in doubt (no "Tripoli"), capitals and others."""
SECOND_STEP = 7
THIRD_STEP = 13
"""Offsets into ``COUNTRIES`` for {country_2} and {country_3}: never the same as {country_1}."""
_PLACEHOLDER = re.compile(r"\{(country_[123]|city)\}")
_COORDINATED = re.compile(r"\{country_1\}\s*(,|and)\s*\{country_2\}")


@dataclass(frozen=True)
class Headline:
    """One filled headline: its text, type, and the countries its parties must have (empty:
    not scored)."""

    text: str
    type: str
    party: str | None
    sources: frozenset[str]
    targets: frozenset[str]


def fill(template: str, event_type: str, index: int) -> Headline:
    """The template with its ``index``-th deterministic choice of names, and what to expect."""
    n = len(COUNTRIES)
    first = COUNTRIES[index % n]
    names = {
        "country_1": first,
        "country_2": COUNTRIES[(index + SECOND_STEP) % n],
        "country_3": COUNTRIES[(index + THIRD_STEP) % n],
        "city": CITIES[index % len(CITIES)],
    }
    text = _PLACEHOLDER.sub(lambda m: names[m.group(1)][0], template).strip()
    text = re.sub(r"\s+", " ", text)
    one, two = names["country_1"][1], names["country_2"][1]
    has_one, has_two = "{country_1}" in template, "{country_2}" in template
    coordinated = bool(_COORDINATED.search(template))
    party = one if has_one else (names["city"][1] if "{city}" in template else None)
    sources: frozenset[str] = frozenset()
    if template.lstrip().startswith("{country_1}"):
        sources = frozenset({one, two}) if coordinated else frozenset({one})
    targets: frozenset[str] = frozenset()
    if has_two:
        targets = frozenset({one, two}) if coordinated else frozenset({two})
    return Headline(text, event_type, party, sources, targets)


def load_headlines(folder: Path, limit: int = 0) -> list[Headline]:
    """Each distinct template filled ``FILLS_PER_TEMPLATE`` times, in file order."""
    path = folder / HEADLINES
    if not path.is_file():
        raise ConfigError("D018", path=folder, detail=f"{HEADLINES} not found")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    templates = dict.fromkeys(
        (row["title"].strip(), row["event"].strip().upper())
        for row in rows
        if row.get("title") and row.get("event")
    )
    headlines: list[Headline] = []
    for k, (template, event_type) in enumerate(templates):
        for f in range(FILLS_PER_TEMPLATE):
            headlines.append(fill(template, event_type, k * FILLS_PER_TEMPLATE + f))
    return headlines[:limit] if limit else headlines


def _codes(event: Event, actors: dict[str, Actor]) -> tuple[frozenset[str], frozenset[str]]:
    return participant_codes(event.source, actors), participant_codes(event.target, actors)


def matched_event(
    events: Sequence[Event], headline: Headline, actors: dict[str, Actor]
) -> Event | None:
    """The event scored for a headline: of its type, agreeing most, most confident."""
    if not events:
        return None

    def key(event: Event) -> tuple[int, int, float]:
        source, target = _codes(event, actors)
        agree = int(bool(source & headline.sources)) + int(bool(target & headline.targets))
        return (int(event.type == headline.type), agree, event.confidence)

    return max(events, key=key)


@dataclass
class HeadlineScore:
    """Type shares (as for the stories) and, on headlines whose type was found, party counts:
    (right, scored) for party, source and target."""

    types: StoryScore = field(default_factory=StoryScore)
    party: list[int] = field(default_factory=lambda: [0, 0])
    source: list[int] = field(default_factory=lambda: [0, 0])
    target: list[int] = field(default_factory=lambda: [0, 0])

    def add(self, headline: Headline, document: Document) -> None:
        self.types.add(Story(headline.text, headline.type), document)
        actors = {actor.id: actor for actor in document.actors}
        event = matched_event(list(document.events), headline, actors)
        if event is None or event.type != headline.type:
            return
        source, target = _codes(event, actors)
        if headline.party is not None:
            self.party[1] += 1
            self.party[0] += headline.party in source | target
        if headline.sources:
            self.source[1] += 1
            self.source[0] += bool(source & headline.sources)
        if headline.targets:
            self.target[1] += 1
            self.target[0] += bool(target & headline.targets)


def score_headlines(headlines: Iterable[Headline], documents: Iterator[Document]) -> HeadlineScore:
    score = HeadlineScore()
    for headline, document in zip(headlines, documents, strict=True):
        score.add(headline, document)
    return score


def evaluate_headlines(nlp: Language, headlines: list[Headline]) -> HeadlineScore:
    """Run each headline through the pipeline as an article of its own and score its events."""
    return score_headlines(headlines, analysed(nlp, (h.text for h in headlines)))


def _share(counts: list[int]) -> str:
    right, scored = counts
    return f"{right / scored:.3f} ({right}/{scored})" if scored else "-"


def format_headline_score(score: HeadlineScore) -> str:
    return "\n".join(
        [
            format_story_score(score.types),
            "on headlines whose type was found: "
            f"party {_share(score.party)}, source {_share(score.source)}, "
            f"target {_share(score.target)}",
        ]
    )
