"""Draw the sentences of the Wikinews event-precision set, the same ones on every run.

The PLOVER GSR holds only sentences that report an event, so it cannot say how often the coder
reports an event where there is none: the main complaint about GDELT. Ordinary news can. This
module draws a fixed, seeded sample of sentences from the Wikinews corpus (CC BY 2.5), chosen
without looking at what demarche makes of them, so that an annotator codes them blind and the
set measures precision on news as it comes (sports, science, disasters and politics alike).

Run ``python -m demarche.evaluation.wikinews_sample > draw.jsonl`` to reproduce the draw from the
corpus bundled in ``demarche/data/examples`` (the same files as ``../shared/data/wikinews``); the
annotated set in ``demarche/data/eval/wikinews_events`` was made from it.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from demarche.errors import ConfigError

SEED = 20261130
ARTICLES = 66
SENTENCES_PER_ARTICLE = 3
MIN_WORDS = 6
MAX_WORDS = 60
FILES = ("wikinews_2019.csv", "wikinews_2020.csv")
BUNDLED = Path(__file__).resolve().parent.parent / "data" / "examples"
DEV = "dev"
CONFIRM = "confirm"

_BOUNDARY = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“(]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Gov|Sen|Rep|No|vs|Inc|Co)|"
    r"\b[A-Z])\.$"
)
_DATELINE = re.compile(r"^\w+day, \w+ \d{1,2}, \d{4}\s*$")


@dataclass(frozen=True)
class Drawn:
    """One sampled sentence with where it came from."""

    id: str
    url: str
    date: str
    title: str
    text: str
    split: str


def sentences(text: str) -> list[str]:
    """The text's sentences: paragraphs split at sentence ends, abbreviations kept whole.

    A regular expression rather than the parser, so the draw does not move when the model does.
    """
    found: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip().replace("\xa0", " ")
        if not paragraph or _DATELINE.match(paragraph):
            continue
        pieces = _BOUNDARY.split(paragraph)
        current = ""
        for piece in pieces:
            current = f"{current} {piece}".strip() if current else piece.strip()
            if not _ABBREVIATION.search(current):
                found.append(current)
                current = ""
        if current:
            found.append(current)
    return found


def article_split(url: str) -> str:
    """Half the articles develop, the other half confirm: whole articles, so that one story's
    sentences never sit on both sides."""
    return DEV if hashlib.sha1(url.encode("utf-8")).digest()[0] % 2 == 0 else CONFIRM


def load_articles(folder: Path) -> list[dict[str, str]]:
    """The corpus's articles in file order."""
    csv.field_size_limit(10**8)
    rows: list[dict[str, str]] = []
    for name in FILES:
        path = folder / name
        if not path.is_file():
            raise ConfigError("D018", path=folder, detail=f"{name} not found")
        with path.open(encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return rows


def draw(folder: Path, seed: int = SEED) -> list[Drawn]:
    """``ARTICLES`` articles at random, then up to ``SENTENCES_PER_ARTICLE`` of each one's
    sentences of ordinary length at random, in text order."""
    rng = random.Random(seed)
    articles = load_articles(folder)
    chosen = sorted(rng.sample(range(len(articles)), ARTICLES))
    drawn: list[Drawn] = []
    for index in chosen:
        row = articles[index]
        candidates = [
            (k, s)
            for k, s in enumerate(sentences(row["text"]))
            if MIN_WORDS <= len(s.split()) <= MAX_WORDS
        ]
        picked = sorted(rng.sample(candidates, min(SENTENCES_PER_ARTICLE, len(candidates))))
        for k, sentence in picked:
            drawn.append(
                Drawn(
                    id=f"wn{index:03d}-s{k:02d}",
                    url=row["url"],
                    date=row["date"],
                    title=row["title"],
                    text=sentence,
                    split=article_split(row["url"]),
                )
            )
    return drawn


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else BUNDLED
    for item in draw(folder):
        print(json.dumps(asdict(item), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
