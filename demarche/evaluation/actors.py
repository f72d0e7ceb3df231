"""``demarche eval actors``: actor resolution scored three ways.

1. PLOVER gold records: for every gold source and target actor text, does the actor resolved
   for that phrase have the gold country code (CAMEO codes mapped to ISO where they differ)?
   Accuracy overall and by gold sector.
2. The case table shipped in ``demarche/actors/data/cases.tsv`` (written by us from public
   facts): each phrase resolved in its sentence at its publication date; every failure listed.
3. The bundled example article: its eight named people with country and role, and every
   he/him/his referring to Trump or Kim.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from demarche.actors import resolve_span
from demarche.pipeline.extensions import actors_of, mentions_of
from demarche.records import Actor

HELP = "actor resolution: PLOVER gold countries, the case table, the example article"

DATA = Path(__file__).resolve().parent.parent / "actors" / "data"
CASES = DATA / "cases.tsv"
SAMPLE_GOLD = DATA / "sample_gold.json"
SAMPLE_TEXT = Path(__file__).resolve().parent.parent / "data" / "examples" / "kim-trump-meeting.txt"
TARGETS: dict[str, float] = {"gsr": 0.90, "cases": 0.95}

CAMEO_TO_ISO: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU"}
"""CAMEO country codes that differ from ISO 3166-1 alpha-3."""


def actor_pipeline() -> Language:
    """The base model with the entity and actor components only (what this task measures)."""
    from demarche.options import Options
    from demarche.pipeline import build_pipeline

    return build_pipeline(Options(components=("demarche_entities", "demarche_actors")))


def analyse_texts(nlp: Language, items: Iterable[tuple[str, str | None]]) -> list[Doc]:
    """Run (text, published) pairs through the pipeline, keeping the Docs."""
    from demarche.ingest.article import article_from_text
    from demarche.pipeline.process import make_doc

    docs = [make_doc(nlp, article_from_text(text, published=date)) for text, date in items]
    return list(nlp.pipe(docs, batch_size=64))


def find_phrase(text: str, phrase: str) -> tuple[int, int] | None:
    """Offsets of ``phrase`` (``PHRASE#N``: its N-th occurrence; ``A ... B``: A up to B)."""
    occurrence = 1
    if "#" in phrase:
        phrase, _, number = phrase.rpartition("#")
        occurrence = int(number)
    parts = [p.strip() for p in phrase.split("...") if p.strip()]
    if not parts:
        return None
    start = -1
    for _ in range(occurrence):
        start = text.find(parts[0], start + 1)
        if start < 0:
            return None
    end = start + len(parts[0])
    for part in parts[1:]:
        found = text.find(part, end)
        if found < 0:
            return None
        end = found + len(part)
    return start, end


# ------------------------------------------------------------------------- 1. PLOVER GSR
@dataclass
class GsrResult:
    text: str
    phrase: str
    gold_country: str
    gold_sector: str
    predicted: str | None
    actor: str | None

    @property
    def correct(self) -> bool:
        return self.predicted == self.gold_country


@dataclass
class GsrReport:
    results: list[GsrResult] = field(default_factory=list)
    missing: int = 0

    def accuracy(self, sector: str | None = None) -> float:
        pool = [r for r in self.results if sector is None or r.gold_sector == sector]
        return sum(r.correct for r in pool) / len(pool) if pool else 0.0

    def sectors(self) -> Counter[str]:
        return Counter(r.gold_sector for r in self.results)


def gold_actors(path: Path) -> list[tuple[str, str, str, str]]:
    """(sentence, actor text, gold country, gold sector) for every GSR source and target."""
    records = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for record in records:
        if record.get("event") == "DOCUMENT":
            continue
        for role in ("source", "target"):
            actors = record.get(role)
            if not isinstance(actors, list):
                continue
            for actor in actors:
                phrase = (actor.get("actorText") or "").strip()
                code = (actor.get("code") or "").strip().upper()
                if not phrase or not code:
                    continue
                sector = (actor.get("sector") or "").strip()[:3].upper()
                sector = sector if sector and sector != "***" else "(none)"
                out.append((record["text"], phrase, CAMEO_TO_ISO.get(code, code), sector))
    return out


def predicted_code(actor: Actor | None) -> str | None:
    """The code an actor would be given in CAMEO terms: its country, or IGO/NGO."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    if actor.kind == "igo" or actor.sector == "IGO":
        return "IGO"
    if actor.sector == "NGO":
        return "NGO"
    return None


def score_gsr(nlp: Language, path: Path) -> GsrReport:
    """Resolve every gold actor phrase of the PLOVER GSR and compare countries."""
    gold = gold_actors(path)
    texts = list(dict.fromkeys(text for text, *_ in gold))
    docs = dict(zip(texts, analyse_texts(nlp, ((t, None) for t in texts)), strict=True))
    report = GsrReport()
    for text, phrase, country, sector in gold:
        doc = docs[text]
        span = find_phrase(text, phrase)
        if span is None:
            report.missing += 1
            continue
        ids = resolve_span(doc, *span)
        actor = actors_of(doc).get(ids[0]) if ids else None
        report.results.append(
            GsrResult(text, phrase, country, sector, predicted_code(actor), ids[0] if ids else None)
        )
    return report


# ------------------------------------------------------------------------- 2. case table
@dataclass(frozen=True)
class Case:
    kind: str
    published: str | None
    phrase: str
    expected: str
    text: str
    line: int


@dataclass
class CaseResult:
    case: Case
    got: list[str]
    described: str
    passed: bool


def load_cases(path: Path = CASES) -> list[Case]:
    """Read the TSV case table (kind, published, phrase, expected, text)."""
    cases = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, published, phrase, expected, text = raw.split("\t")
        cases.append(Case(kind, published or None, phrase, expected, text, number))
    return cases


def matches(expected: str, actor_id: str, actor: Actor | None) -> bool:
    """Does one resolved actor satisfy one expectation (an id, or COUNTRY/SECTOR)?"""
    if "/" not in expected:
        return actor_id == expected
    if actor is None:
        return False
    country, _, sector = expected.partition("/")
    if country != "*" and actor.country != country:
        return False
    if sector == "*":
        return True
    if sector == "-":
        return actor.sector is None
    return actor.sector == sector


def check_case(case: Case, doc: Doc) -> CaseResult:
    span = find_phrase(case.text, case.phrase)
    if span is None:
        return CaseResult(case, [], "phrase not in text", False)
    ids = resolve_span(doc, *span)
    actors = actors_of(doc)
    described = ", ".join(
        f"{i} ({actors[i].country or '-'}/{actors[i].sector or '-'})" if i in actors else i
        for i in ids
    )
    if case.expected == "-":
        return CaseResult(case, ids, described or "none", not ids)
    wanted = case.expected.split("+")
    if len(wanted) > 1:
        ok = len(ids) == len(wanted) and all(
            matches(w, i, actors.get(i)) for w, i in zip(wanted, ids, strict=True)
        )
    else:
        ok = bool(ids) and matches(wanted[0], ids[0], actors.get(ids[0]))
    return CaseResult(case, ids, described or "none", ok)


def score_cases(nlp: Language, cases: Sequence[Case]) -> list[CaseResult]:
    docs = analyse_texts(nlp, ((c.text, c.published) for c in cases))
    return [check_case(case, doc) for case, doc in zip(cases, docs, strict=True)]


# ------------------------------------------------------------------------- 3. example article
@dataclass
class SampleReport:
    people: list[tuple[str, bool, str]] = field(default_factory=list)
    pronouns: list[tuple[int, str, bool, str]] = field(default_factory=list)


def score_sample(nlp: Language, text_path: Path, gold_path: Path = SAMPLE_GOLD) -> SampleReport:
    """People with country and role, and pronoun referents, on the example article."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    doc = analyse_texts(nlp, [(text, gold.get("published"))])[0]
    actors = actors_of(doc)
    mentions = mentions_of(doc)
    report = SampleReport()
    name_actor: dict[str, str | None] = {}
    for person in gold["people"]:
        span = find_phrase(text, person["name"])
        ids = resolve_span(doc, *span) if span else []
        actor = actors.get(ids[0]) if ids else None
        name_actor[person["name"]] = actor.id if actor else None
        ok = (
            actor is not None
            and actor.country == person["country"]
            and any(person["role"] in role.lower() for role in actor.roles)
        )
        got = f"{actor.id} {actor.country} {list(actor.roles)}" if actor else "unresolved"
        report.people.append((person["name"], ok, got))
    for pronoun in gold["pronouns"]:
        start = pronoun["start"]
        mention = next((m for m in mentions if m.start == start), None)
        wanted = name_actor.get(pronoun["refers_to"])
        found = mention.actor if mention else None
        report.pronouns.append(
            (start, pronoun["text"], bool(found) and found == wanted, str(found))
        )
    return report


# ------------------------------------------------------------------------- command
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "data",
        nargs="?",
        default="../shared/data/plover",
        help="folder holding PLOVER_GSR_CAMEO.txt (default: ../shared/data/plover)",
    )
    parser.add_argument("--cases", default=str(CASES), help="case table (TSV)")
    parser.add_argument("--sample", default=str(SAMPLE_TEXT), help="example article to check")
    parser.add_argument(
        "--part",
        choices=("all", "gsr", "cases", "sample"),
        default="all",
        help="run one part only",
    )
    parser.add_argument("--failures", type=int, default=25, help="GSR failures to list")


def print_gsr(nlp: Language, folder: Path, failures: int) -> None:
    path = folder / "PLOVER_GSR_CAMEO.txt"
    if not path.exists():
        print(f"1. PLOVER GSR: {path} is absent; skipped")
        return
    report = score_gsr(nlp, path)
    n = len(report.results)
    print(f"1. PLOVER GSR actor countries ({n} phrases, {report.missing} not found)")
    print(f"   {'sector':<10} {'n':>5} {'accuracy':>9}")
    print(f"   {'overall':<10} {n:>5} {report.accuracy():>9.3f}   target >= {TARGETS['gsr']}")
    for sector, count in report.sectors().most_common():
        print(f"   {sector:<10} {count:>5} {report.accuracy(sector):>9.3f}")
    wrong = [r for r in report.results if not r.correct]
    if wrong and failures:
        print(f"   failures (first {min(failures, len(wrong))} of {len(wrong)}):")
        for result in wrong[:failures]:
            print(
                f"     {result.phrase!r}: gold {result.gold_country}, "
                f"got {result.predicted} ({result.actor})"
            )


def print_cases(nlp: Language, path: Path) -> None:
    results = score_cases(nlp, load_cases(path))
    passed = sum(r.passed for r in results)
    print(
        f"2. Case table: {passed}/{len(results)} = {passed / len(results):.3f}"
        f"   target >= {TARGETS['cases']}"
    )
    kinds: Counter[str] = Counter(r.case.kind for r in results)
    good: Counter[str] = Counter(r.case.kind for r in results if r.passed)
    for kind, count in sorted(kinds.items()):
        print(f"   {kind:<20} {good[kind]:>3}/{count:<3}")
    for result in results:
        if not result.passed:
            case = result.case
            print(
                f"   FAIL line {case.line} [{case.kind}] {case.phrase!r} in {case.text!r}: "
                f"expected {case.expected}, got {result.described}"
            )


def print_sample(nlp: Language, path: Path) -> None:
    sample = score_sample(nlp, path)
    people_ok = sum(ok for _, ok, _ in sample.people)
    pron_ok = sum(ok for *_, ok, _ in sample.pronouns)
    print(
        f"3. Example article: people {people_ok}/{len(sample.people)}, "
        f"pronouns {pron_ok}/{len(sample.pronouns)}"
    )
    for name, ok, got in sample.people:
        print(f"   {'ok  ' if ok else 'FAIL'} {name:<18} {got}")
    for start, text, ok, got in sample.pronouns:
        print(f"   {'ok  ' if ok else 'FAIL'} {text!r} at {start}: {got}")


def run(args: argparse.Namespace) -> int:
    nlp = actor_pipeline()
    if args.part in ("all", "gsr"):
        print_gsr(nlp, Path(args.data), args.failures)
    if args.part in ("all", "cases"):
        print_cases(nlp, Path(args.cases))
    if args.part in ("all", "sample"):
        print_sample(nlp, Path(args.sample))
    return 0
