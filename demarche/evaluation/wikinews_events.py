"""A third check for ``demarche eval events``: precision on ordinary news (``--wikinews``).

The GSR and NGEC's stories hold only text written around an event, so neither can say how often
demarche codes an event where an analyst would code none: the fault independent audits find in
most of GDELT's rows. The Wikinews set (``demarche/data/eval/wikinews_events``, CC BY 2.5, see its
README) is 198 sentences drawn at random from news of every kind and coded by hand, most of them
with no event. It is silver (one annotator) and small, so read it for its large differences.

Scoring is by type per sentence, since PLOVER's unit is what a sentence reports:

- a predicted type is **right** when a required gold event of the sentence accepts it (its type
  or an alternative), **excused** when only an optional one does, else **wrong**;
- a required gold event is **found** when the sentence's predictions include a type it accepts,
  and its **source is right** (``src acc``, over found events the annotator gave a source code)
  when an event of that type has a source whose actor has one of the gold country or sector
  codes;
- precision is right over right plus wrong, recall found over required;
- **false alarms** is the share of sentences with no gold event at all where demarche reports
  one, and **row precision** scores each reported event (as a user sees the rows) the same way.

Whole articles are split into ``dev`` and ``confirm`` halves; develop on one, confirm on the other.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from demarche.errors import ConfigError
from demarche.evaluation.events import participant_codes
from demarche.evaluation.metrics import prf
from demarche.records import Actor, Document, Event

DEFAULT_SET = (
    Path(__file__).resolve().parent.parent / "data" / "eval" / "wikinews_events" / "sentences.jsonl"
)
SPLITS: tuple[str, ...] = ("dev", "confirm", "all")


@dataclass(frozen=True)
class GoldAct:
    """One hand-coded event: the types that code it, whether coding it is optional, and the
    country and sector codes the annotator gave its source (empty where the text gives none)."""

    types: frozenset[str]
    optional: bool
    sources: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Sentence:
    """One annotated sentence of the set."""

    id: str
    text: str
    split: str
    published: str | None
    acts: tuple[GoldAct, ...]

    def accepts(self, kind: str, optional: bool) -> bool:
        """Whether a predicted type is one of the sentence's required (or optional) events."""
        return any(kind in act.types for act in self.acts if act.optional == optional)


def _act(record: object) -> GoldAct:
    if not isinstance(record, dict) or not record.get("type"):
        raise ValueError(f"an event needs a type: {record!r}")
    types = {str(record["type"]).upper()}
    types.update(str(t).upper() for t in record.get("alternatives") or [])
    sources = frozenset(str(record.get("source_code") or "").upper().split())
    return GoldAct(frozenset(types), bool(record.get("optional")), sources)


def load_set(path: Path = DEFAULT_SET) -> list[Sentence]:
    """The annotated sentences in file order."""
    if not path.is_file():
        raise ConfigError("D018", path=path.parent, detail=f"{path.name} not found")
    sentences = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            sentences.append(
                Sentence(
                    id=str(record["id"]),
                    text=str(record["text"]),
                    split=str(record["split"]),
                    published=record.get("date") or None,
                    acts=tuple(_act(e) for e in record.get("events") or []),
                )
            )
        except (ValueError, KeyError) as error:
            raise ConfigError("D018", path=path, detail=f"line {number}: {error}") from error
    return sentences


@dataclass
class PrecisionScore:
    """Counts for one split."""

    sentences: int = 0
    right: int = 0
    wrong: int = 0
    excused: int = 0
    found: int = 0
    required: int = 0
    quiet: int = 0
    """Sentences with no gold event, optional or not."""
    alarms: int = 0
    """Of those, the ones where demarche reports an event."""
    rows_right: int = 0
    rows_wrong: int = 0
    events: int = 0
    sources_judged: int = 0
    """Found required events whose source the annotator coded."""
    sources_right: int = 0
    """Of those, the ones where an event of the type has a source of a gold code."""
    mistakes: list[tuple[Sentence, list[str], list[str]]] = field(default_factory=list)
    """(sentence, wrong types, missed required types) for each sentence with an error."""

    def add(
        self, sentence: Sentence, events: Sequence[Event], actors: dict[str, Actor] | None = None
    ) -> None:
        self.sentences += 1
        self.events += len(events)
        kinds = sorted({e.type for e in events})
        right = [k for k in kinds if sentence.accepts(k, False)]
        excused = [k for k in kinds if k not in right and sentence.accepts(k, True)]
        wrong = [k for k in kinds if k not in right and k not in excused]
        self.right += len(right)
        self.excused += len(excused)
        self.wrong += len(wrong)
        required = [act for act in sentence.acts if not act.optional]
        missed = [sorted(act.types)[0] for act in required if not act.types & set(kinds)]
        self.required += len(required)
        self.found += len(required) - len(missed)
        for act in required:
            typed = [e for e in events if e.type in act.types]
            if act.sources and typed:
                self.sources_judged += 1
                self.sources_right += any(
                    participant_codes(e.source, actors or {}) & act.sources for e in typed
                )
        for event in events:
            if sentence.accepts(event.type, False):
                self.rows_right += 1
            elif not sentence.accepts(event.type, True):
                self.rows_wrong += 1
        if not sentence.acts:
            self.quiet += 1
            self.alarms += bool(events)
        if wrong or missed:
            self.mistakes.append((sentence, wrong, missed))

    def type_prf(self) -> tuple[float, float, float]:
        return prf(self.right, self.right + self.wrong, self.required)

    def false_alarm_rate(self) -> float:
        return self.alarms / self.quiet if self.quiet else 0.0

    def source_accuracy(self) -> float:
        return self.sources_right / self.sources_judged if self.sources_judged else 0.0

    def row_precision(self) -> float:
        judged = self.rows_right + self.rows_wrong
        return self.rows_right / judged if judged else 0.0


def score_documents(
    sentences: Sequence[Sentence], documents: Iterable[Document]
) -> dict[str, PrecisionScore]:
    """Scores per split (``dev``, ``confirm``, ``all``)."""
    scores = {split: PrecisionScore() for split in SPLITS}
    for sentence, document in zip(sentences, documents, strict=True):
        events = list(document.events)
        actors = {actor.id: actor for actor in document.actors}
        for split in (sentence.split, "all"):
            if split in scores:
                scores[split].add(sentence, events, actors)
    return scores


def evaluate(nlp: Language, sentences: Sequence[Sentence]) -> dict[str, PrecisionScore]:
    """Run each sentence through the pipeline, with its article's date, and score the events."""
    from demarche.ingest.article import article_from_text
    from demarche.pipeline.process import analyse

    articles = (article_from_text(s.text, published=s.published) for s in sentences)
    return score_documents(sentences, analyse(nlp, articles))


def format_scores(scores: dict[str, PrecisionScore]) -> str:
    lines = [
        f"{'split':<8} {'sents':>5} {'gold':>4} {'type P':>7} {'type R':>7} {'type F1':>7} "
        f"{'src acc':>7} {'row P':>6} {'false alarms':>14} {'ev/sent':>7}"
    ]
    for split, s in scores.items():
        p, r, f = s.type_prf()
        alarms = f"{s.false_alarm_rate():.3f} ({s.alarms}/{s.quiet})"
        per = s.events / s.sentences if s.sentences else 0.0
        lines.append(
            f"{split:<8} {s.sentences:>5} {s.required:>4} {p:>7.3f} {r:>7.3f} {f:>7.3f} "
            f"{s.source_accuracy():>7.3f} {s.row_precision():>6.3f} {alarms:>14} {per:>7.2f}"
        )
    return "\n".join(lines)


def format_mistakes(score: PrecisionScore, limit: int) -> str:
    lines = []
    for sentence, wrong, missed in score.mistakes[:limit]:
        said = ", ".join(wrong) or "-"
        lost = ", ".join(missed) or "-"
        lines.append(f"- {sentence.id} wrong {said}; missed {lost}\n  {sentence.text}")
    return "\n".join(lines)
