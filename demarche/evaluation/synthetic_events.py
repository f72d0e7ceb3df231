"""A second check for ``demarche eval events``: the opening paragraphs of NGEC's synthetic stories.

The GSR has 322 sentences, and everyone who develops against it sees them, so a figure on it
drifts towards what was looked at. NGEC (MIT) ships 4,500 news-style stories that a language
model wrote to order, one PLOVER type each, to train a document classifier. Their labels are
pseudo-labels (the story was asked for, not coded), and a lede often reports more than the
asked-for event, so the figures here are not accuracy: they say how often the asked-for type is
among the events of the lede (recall-like) and is the most confident one (a stricter view), by
type. Nobody writes rules against 4,500 stories one by one, so a change that lifts the GSR and
drops these has learnt the GSR's sentences rather than the language of the event.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from demarche.errors import ConfigError
from demarche.records import Document

ARCHIVE = "gpt_synthetic_events_2023-10-19_19.csv.zip"
MAX_LEDE_CHARS = 1500


@dataclass(frozen=True)
class Story:
    """One synthetic story's opening paragraph and the PLOVER type it was written for."""

    lede: str
    type: str


def load_stories(folder: Path, limit: int = 0) -> list[Story]:
    """The stories' ledes (first paragraph) with their types, in file order."""
    path = folder / ARCHIVE
    if not path.is_file():
        raise ConfigError("D018", path=folder, detail=f"{ARCHIVE} not found")
    csv.field_size_limit(10**8)
    with zipfile.ZipFile(path) as archive:
        name = archive.namelist()[0]
        with archive.open(name) as raw:
            rows = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
            stories = [
                Story(row["text"].strip().split("\n")[0][:MAX_LEDE_CHARS], row["label"].upper())
                for row in rows
                if row.get("text") and row.get("label")
            ]
    return stories[:limit] if limit else stories


@dataclass
class StoryScore:
    """Per type: stories, stories with the type among the lede's events, as the top event,
    and with no event at all."""

    stories: Counter[str] = field(default_factory=Counter)
    anywhere: Counter[str] = field(default_factory=Counter)
    top: Counter[str] = field(default_factory=Counter)
    silent: Counter[str] = field(default_factory=Counter)
    events: int = 0

    def add(self, story: Story, document: Document) -> None:
        events = list(document.events)
        self.stories[story.type] += 1
        self.events += len(events)
        if not events:
            self.silent[story.type] += 1
            return
        self.anywhere[story.type] += any(e.type == story.type for e in events)
        best = max(events, key=lambda e: (e.confidence, -e.evidence.start))
        self.top[story.type] += best.type == story.type

    def shares(self, kind: str | None = None) -> tuple[float, float, float]:
        """(anywhere, top, silent) over all stories, or over one type's."""
        types = [kind] if kind else list(self.stories)
        total = sum(self.stories[t] for t in types) or 1
        return (
            sum(self.anywhere[t] for t in types) / total,
            sum(self.top[t] for t in types) / total,
            sum(self.silent[t] for t in types) / total,
        )

    def macro(self) -> tuple[float, float]:
        """(anywhere, top) averaged over types, so the common types do not hide the rare."""
        kinds = [t for t in self.stories if self.stories[t]]
        if not kinds:
            return 0.0, 0.0
        anywhere = sum(self.shares(t)[0] for t in kinds) / len(kinds)
        top = sum(self.shares(t)[1] for t in kinds) / len(kinds)
        return anywhere, top


def score_stories(stories: Iterable[Story], documents: Iterator[Document]) -> StoryScore:
    score = StoryScore()
    for story, document in zip(stories, documents, strict=True):
        score.add(story, document)
    return score


def analysed(nlp: Language, texts: Iterable[str]) -> Iterator[Document]:
    """Each text run through the pipeline as an article of its own, with no publication date
    (synthetic texts have none)."""
    from demarche.ingest.article import article_from_text
    from demarche.pipeline.process import analyse

    return analyse(nlp, (article_from_text(text) for text in texts))


def evaluate_stories(nlp: Language, stories: list[Story]) -> StoryScore:
    """Run each lede through the pipeline and score its events."""
    return score_stories(stories, analysed(nlp, (s.lede for s in stories)))


def format_story_score(score: StoryScore) -> str:
    lines = [f"{'type':<10} {'stories':>7} {'anywhere':>8} {'top':>6} {'silent':>6}"]
    for kind in sorted(score.stories):
        anywhere, top, silent = score.shares(kind)
        lines.append(
            f"{kind:<10} {score.stories[kind]:>7} {anywhere:>8.3f} {top:>6.3f} {silent:>6.3f}"
        )
    anywhere, top, silent = score.shares()
    total = sum(score.stories.values())
    lines.append(f"{'all':<10} {total:>7} {anywhere:>8.3f} {top:>6.3f} {silent:>6.3f}")
    macro_any, macro_top = score.macro()
    per = score.events / total if total else 0.0
    lines.append(
        f"{'macro':<10} {'':>7} {macro_any:>8.3f} {macro_top:>6.3f}   events/lede {per:.2f}"
    )
    return "\n".join(lines)
