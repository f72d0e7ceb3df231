"""Convert the CAMEO verb dictionary into demarche's PLOVER verb lexicon (run once, output shipped).

The PETRARCH2 CAMEO verb dictionary (MIT) pairs verbs, and patterns of the words that follow
them, with CAMEO codes; the PLOVER project's CAMEO2PLOVER table (CC BY-SA 4.0) maps those codes
to PLOVER event types, modes and contexts. Parsing both at run time would cost every process a
second and tie the product to files it may not redistribute freely, so this script joins them
once into ``demarche/events/data/plover/verbs.json``, which carries the share-alike notice in its
own folder.

Decisions (documented so others can replicate them, as the PLOVER manual asks):
- CAMEO 01 (public statements) is dropped, as in PLOVER.
- CAMEO 02 (appeal) is mapped to REQUEST: PLOVER drops APPEAL, but an appeal for aid or talks
  is a request in PLOVER's own definition, and news states most requests as appeals.
- CAMEO 163 (impose sanctions, embargo) is mapped to SANCTION 'discontinue', following the
  PLOVER manual's SANCTION section ("international sanctions are coded as discontinue") rather
  than the 2021 table's COERCE.
- A verb listed in a block as a WordNet synonym ("ACCORD" under GRANT, "JOIN" under ASSEMBLE)
  keeps its own code and its patterns but does not inherit the block's default code: in news
  these synonyms are mostly used in other senses ("according to", "joined parliament").
- Codes written ``[:173]`` in CAMEO apply with source and target reversed ("faces trial");
  they keep that flag. Patterns with words before the verb are skipped (they need the subject).

Usage:
    python scripts/build_event_dictionaries.py ../shared/data
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().parent.parent / "demarche" / "events" / "data" / "plover"

CODE = re.compile(r"\[([^\]]*)\]")
OVERRIDES: dict[str, tuple[str, str | None, str | None]] = {
    "163": ("SANCTION", "discontinue", "economic"),
    # PLOVER 2.0 codes removing curfews and emergency rule as CONCEDE (manual, CONCEDE), where
    # CAMEO2PLOVER-2021 still has RETREAT
    "0813": ("CONCEDE", None, "legal"),
    "0814": ("CONCEDE", None, "legal"),
}


def read_plover_map(path: Path) -> dict[str, tuple[str, str | None, list[str]]]:
    """CAMEO code -> (PLOVER type, mode or None, contexts) from CAMEO2PLOVER-2021.txt."""
    table: dict[str, tuple[str, str | None, list[str]]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not match:
            continue
        code, rest = match.groups()
        fields = [f.strip() for f in rest.split(",")]
        event = fields[0]
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        contexts = []
        if len(fields) > 2 and fields[2]:
            contexts = [c.strip() for c in fields[2].split(";") if c.strip()]
        if len(code) == 2:
            # two-digit headings carry only the type
            table.setdefault(code, (event, None, []))
            continue
        table[code] = (event, mode, contexts)
    for code, (event, mode, context) in OVERRIDES.items():
        table[code] = (event, mode, [context] if context else [])
    return table


def to_plover(
    code: str, table: dict[str, tuple[str, str | None, list[str]]]
) -> tuple[str, str | None, list[str]] | None:
    """Map a CAMEO code to PLOVER via the longest known prefix; None when dropped or unknown."""
    code = code.strip()
    if not code or code.startswith("-") or not code.isdigit():
        return None
    if code.startswith("01"):
        return None
    if code.startswith("02"):
        return ("REQUEST", None, [])
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def parse_code(text: str) -> tuple[str, bool] | None:
    """``[036:036]`` -> ("036", False); ``[:173]`` -> ("173", True); ``[---]`` -> ("", False)."""
    match = CODE.search(text)
    if not match:
        return None
    inner = match.group(1).strip()
    if inner.startswith(":"):
        return inner[1:].strip(), True
    return inner.split(":", 1)[0].strip(), False


def normalise_word(word: str) -> str:
    return word.strip("_").replace("_", " ").lower()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` blocks: lists of words (first word of multi-word members)."""
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            current = line.strip()
            synsets[current] = []
        elif line.startswith("+") and current:
            word = line[1:].strip().split()[0]
            synsets[current].append(normalise_word(word))
        elif not line.strip():
            current = None
    return synsets


def pattern_words(post: str, synsets: dict[str, list[str]]) -> list[list[str]] | None:
    """The words a pattern needs after the verb, each a list of alternatives; None to skip."""
    tokens = re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", post)
    needed: list[list[str]] = []
    for token in tokens:
        inner = token.strip("{}()")
        for word in inner.replace("/", " ").split():
            if word in {"$", "+", "^", "%", "*"} or word.startswith("<"):
                continue
            if word.startswith("&"):
                members = synsets.get(word.rstrip("_"))
                if not members:
                    return None
                needed.append(sorted(set(members)))
            elif re.match(r"^[A-Z][A-Z'\-_]*$", word):
                needed.append([normalise_word(word)])
    return needed or None


def plover_fields(code: str, reverse: bool, table: dict) -> dict[str, Any] | None:
    mapped = to_plover(code, table)
    if mapped is None:
        return None
    event, mode, contexts = mapped
    entry: dict[str, Any] = {"type": event, "cameo": code}
    if mode:
        entry["mode"] = mode
    if contexts:
        entry["context"] = contexts
    if reverse:
        entry["reverse"] = True
    return entry


def read_verbs(path: Path, table: dict) -> dict[str, Any]:
    """Verb lemma -> {"default": fields|None, "patterns": [...]} from CAMEO.2.0.txt."""
    lines = path.read_text(encoding="latin-1").splitlines()
    synsets = read_synsets(lines)
    verbs: dict[str, dict[str, Any]] = {}
    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    block_code: tuple[str, bool] | None = None
    block_name = ""
    block_verbs: list[str] = []

    def entry(lemma: str) -> dict[str, Any]:
        return verbs.setdefault(lemma, {"default": None, "patterns": []})

    for raw in lines[start + 1 :]:
        line = raw.rstrip()
        if line.startswith("---"):
            block_code = parse_code(line)
            block_name = normalise_word(line.strip("- ").split()[0])
            block_verbs = []
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("-"):
            body, _, comment = line[1:].partition("#")
            parsed = parse_code(body)
            if parsed is None or "*" not in body:
                continue
            pre, _, post = CODE.sub("", body).partition("*")
            if pre.strip().strip("$+^%"):
                continue
            words = pattern_words(post, synsets)
            if not words:
                continue
            owner = normalise_word(comment.strip().split()[0]) if comment.strip() else ""
            if " " in owner:
                # a phrasal verb's pattern ("SET_UP"): its particle becomes a needed word
                head, *particles = owner.split()
                owners = [head]
                words = [[p] for p in particles] + words
            else:
                owners = [owner] if owner in block_verbs else block_verbs
            fields = plover_fields(parsed[0], parsed[1], table)
            for lemma in owners:
                pattern = {"words": words, "event": fields}
                if pattern not in entry(lemma)["patterns"]:
                    entry(lemma)["patterns"].append(pattern)
            continue
        # a verb line: WORD {FORMS} [code]  or  +PHRASAL_VERB {FORMS} [code]
        text = line.split("#", 1)[0]
        own_code = parse_code(text)
        head = normalise_word(re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", text).strip().split()[0])
        # a WordNet synonym inherits nothing: only its own code or the block's head verb's
        inherits = head.lstrip("+").split()[0] == block_name.split()[0]
        parsed = own_code or (block_code if inherits else None)
        word = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", text).strip().split()
        if not word:
            continue
        name = word[0]
        code, reverse = parsed if parsed else ("", False)
        fields = plover_fields(code, reverse, table) if code else None
        if name.startswith("+"):
            parts = normalise_word(name[1:]).split()
            if len(parts) < 2 or parsed is None:
                continue  # an uncoded phrasal synonym says nothing, not "no event"
            head, rest = parts[0], parts[1:]
            pattern = {"words": [[w] for w in rest], "event": fields}
            entry(head)["patterns"].append(pattern)
            block_verbs.append(head)
            continue
        lemma = normalise_word(name)
        if " " in lemma:
            continue
        block_verbs.append(lemma)
        if fields is not None or lemma not in verbs:
            entry(lemma)["default"] = fields
    return verbs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the shared data folder (with petrarch2/, plover/)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    table = read_plover_map(args.data / "plover" / "CAMEO2PLOVER-2021.txt")
    verbs = read_verbs(args.data / "petrarch2" / "CAMEO.2.0.txt", table)
    verbs = {k: v for k, v in sorted(verbs.items()) if v["default"] or v["patterns"]}
    args.output.mkdir(parents=True, exist_ok=True)
    payload = {
        "_licence": "CC BY-SA 4.0; see NOTICE.md in this folder",
        "_sources": [
            "openeventdata/petrarch2 CAMEO.2.0.txt (MIT, commit 676801cd)",
            "openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, commit 5e0c24fb)",
        ],
        "verbs": verbs,
    }
    out = args.output / "verbs.json"
    out.write_text(json.dumps(payload, separators=(",", ":"), sort_keys=True) + "\n")
    patterns = sum(len(v["patterns"]) for v in verbs.values())
    print(f"wrote {out}: {len(verbs)} verbs, {patterns} patterns", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
