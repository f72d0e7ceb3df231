"""Convert the open seed dictionaries into demarche's shipped knowledge-base files (run once).

The Phoenix/CAMEO actor dictionaries (petrarch2, MIT) and the NGEC country table and PLOVER agent
dictionary (MIT) are written in TABARI's line format, which is slow and awkward to parse at run
time. This script turns them into the JSONL/TSV files under ``demarche/actors/data`` that the
knowledge base loads; the package never reads the original dictionaries.

Usage::

    python scripts/build_actor_kb.py [../shared/data]
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "demarche" / "actors" / "data"

# CAMEO "sector" (agent) codes recognised after the country part of an actor code.
SECTORS = {
    "GOV",
    "MIL",
    "REB",
    "OPP",
    "PTY",
    "COP",
    "JUD",
    "SPY",
    "IGO",
    "MED",
    "EDU",
    "BUS",
    "CRM",
    "CVL",
    "LAB",
    "LEG",
    "ELI",
    "REF",
    "AGR",
    "HLH",
    "HRI",
    "NGO",
    "REL",
    "UAF",
    "JRN",
    "SOC",
    "DEV",
    "ENV",
    "MOD",
    "RAD",
    "INS",
    "SEP",
    "MNC",
    "MOS",
    "CHR",
    "JEW",
    "BUD",
    "HIN",
}
NON_STATE_PREFIXES = {"IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS"}
NOT_COUNTRIES = {"UNO"}
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ANG": "AGO"}
ISO3: set[str] = set()
"""ISO 3166-1 alpha-3 codes of the NGEC country table, filled by ``main`` before conversion."""
AGENT_NORMALISE = re.compile(r"[_\s]+")
DATE = re.compile(r"^\d{6}$|^\d{8}$")


def norm_name(raw: str) -> str:
    """TABARI phrase (``KIM_JONG_IL_``) to a display name (``Kim Jong Il``)."""
    words = [w for w in raw.replace("_", " ").split() if w]
    return " ".join(w.capitalize() if not w.isupper() or len(w) > 3 else w for w in words)


def display(raw: str) -> str:
    raw = re.sub(r"\([^)]*\)?", " ", raw)  # "ARMY_(AAIA)_": the bracketed part is an alias
    words = [w for w in raw.replace("_", " ").split() if w]
    out = []
    for word in words:
        if "." in word or (len(word) <= 3 and word.isalpha() and word in {"UN", "US", "EU"}):
            out.append(word)
        else:
            out.append("-".join(p.capitalize() for p in word.lower().split("-")))
    return " ".join(out)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def parse_date(value: str, upper: bool = False) -> str | None:
    """YYMMDD or YYYYMMDD to ISO; two-digit years pivot at 30 (TABARI convention)."""
    if not DATE.match(value):
        return None
    if len(value) == 6:
        yy = int(value[:2])
        year = 1900 + yy if yy >= 30 else 2000 + yy
        month, day = value[2:4], value[4:6]
    else:
        year, month, day = int(value[:4]), value[4:6], value[6:8]
    if month == "00":
        month = "12" if upper else "01"
    if day == "00":
        day = "28" if upper else "01"
    return f"{year:04d}-{month}-{day}"


def parse_code(block: str) -> dict[str, Any] | None:
    """One ``[CODE dates]`` block to a role record (country, sector, from, to, code)."""
    parts = block.split()
    if not parts:
        return None
    code = parts[0].strip()
    if code.startswith("~") or code == "---":
        return None
    role: dict[str, Any] = {"code": code}
    head = code[:3]
    if head in SECTORS and head not in NON_STATE_PREFIXES:
        role["sector"] = head
    else:
        role["country"] = head
        for i in range(3, len(code) - 2, 3):
            if code[i : i + 3] in SECTORS:
                role["sector"] = code[i : i + 3]
                break
        if head == "IGO":
            role["country"] = None
            role["sector"] = "IGO"
        elif head in NON_STATE_PREFIXES:
            role["country"] = None
            role["sector"] = role.get("sector") or ("NGO" if head == "NGO" else head)
    if role.get("country"):
        country = CAMEO_TO_ISO.get(role["country"], role["country"])
        if country not in ISO3:
            return None  # a regional or historical code (WAF, UNO...): no country to give
        role["country"] = country
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            role["from"] = parse_date(span[1:])
        elif span.startswith("<"):
            role["to"] = parse_date(span[1:], upper=True)
        elif "-" in span:
            start, _, end = span.partition("-")
            role["from"] = parse_date(start)
            role["to"] = parse_date(end, upper=True)
            if role["from"] and role["to"] and role["to"] < role["from"]:
                role["from"], role["to"] = None, None  # an inverted range in the source: drop it
    return role


def read_tabari(path: Path) -> list[dict[str, Any]]:
    """Entries of a TABARI ``.actors`` file: name, aliases, roles, and the comment."""
    entries: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        text = re.sub(r"\[[^\]]*\]", " ", line).strip()
        if raw[:1] in (" ", "\t") and not text:
            if current is not None:
                current["codes"].extend(codes)
            continue
        if text.startswith("+"):
            if current is not None and text[1:].strip():
                current["aliases"].append(text[1:].strip())
            current and current["codes"].extend(codes)
            continue
        current = {"name": text, "aliases": [], "codes": list(codes), "comment": comment.strip()}
        entries.append(current)
    return entries


def convert_phoenix(data: Path) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """Phoenix actor dictionaries to KB records; country blocks become alias lists per ISO3."""
    records: list[dict[str, Any]] = []
    country_aliases: dict[str, list[str]] = {}
    ids: Counter[str] = Counter()
    for name in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ):
        for entry in read_tabari(data / "petrarch2" / name):
            roles = [r for r in (parse_code(c) for c in entry["codes"]) if r]
            raw_name = entry["name"].split(",")[0].strip()
            if not raw_name or not roles:
                continue
            first = (
                entry["codes"][0].split()[0] if entry["codes"] and entry["codes"][0].split() else ""
            )
            if (
                name.startswith("Phoenix.Countries")
                and re.fullmatch(r"[A-Z]{3}", first)
                and first in ISO3
            ):
                # a country block: its aliases (names, cities, provinces) point at the country
                country_aliases.setdefault(roles[0]["country"], []).extend(
                    [raw_name, *entry["aliases"]]
                )
                continue
            dated = any("from" in r or "to" in r for r in roles)
            person = dated or "rulers" in entry["comment"] or "CountryInfo" in entry["comment"]
            latest = roles[-1]
            for role in roles:
                if role.get("country") or role.get("sector"):
                    latest = role
            display_name = display(raw_name)
            bracketed = re.findall(r"\(([^)]*)\)?", " ".join([raw_name, *entry["aliases"]]))
            entry["aliases"].extend(b for b in bracketed if b.strip("_ "))
            base = slug(display_name)
            ids[base] += 1
            actor_id = base if ids[base] == 1 else f"{base}-{ids[base]}"
            country = next((r.get("country") for r in reversed(roles) if r.get("country")), None)
            record: dict[str, Any] = {
                "id": actor_id,
                "name": display_name,
                "kind": "person"
                if person
                else ("igo" if latest.get("sector") == "IGO" else "organisation"),
                "country": country,
                "sector": latest.get("sector"),
                "aliases": sorted({display(a) for a in entry["aliases"]} - {display_name}),
                "roles": [{k: v for k, v in r.items() if v is not None} for r in roles],
                "source": "phoenix",
            }
            if latest.get("sector") == "IGO" and not person:
                record["kind"] = "igo"
            records.append(record)
    return records, country_aliases


def convert_countries(data: Path, phoenix_aliases: dict[str, list[str]]) -> list[dict[str, Any]]:
    """The NGEC country table (names, ISO codes, demonyms) merged with Phoenix's aliases."""
    records = []
    with (data / "ngec" / "countries.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso3 = row["CCA3"].strip()
            if not re.fullmatch(r"[A-Z]{3}", iso3) or iso3 in NOT_COUNTRIES:
                continue  # a malformed row, or an organisation listed as a country (UNO)
            name = row["Name"].strip()
            extra = [x.strip() for x in row["Nationality"].split(",") if x.strip()]
            demonyms = [
                x
                for x in extra
                if " of " not in x
                and x[:1].isupper()
                and x.endswith(
                    (
                        "n",
                        "ns",
                        "i",
                        "is",
                        "ese",
                        "ish",
                        "ch",
                        "sh",
                        "ic",
                        "ot",
                        "ots",
                        "er",
                        "ers",
                        "ian",
                        "eans",
                    )
                )
            ]
            aliases = sorted({display(a) for a in phoenix_aliases.get(iso3, [])} | set(extra))
            records.append(
                {
                    "id": slug(name),
                    "name": name,
                    "kind": "country",
                    "country": iso3,
                    "sector": None,
                    "aliases": [a for a in aliases if a and a != name],
                    "demonyms": demonyms,
                    "roles": [],
                    "source": "ngec+phoenix",
                }
            )
    return records


def convert_agents(data: Path) -> list[tuple[str, str]]:
    """Agent nouns (``REBEL_LEADER [~REB]``) to (phrase, sector) pairs, one per phrase."""
    pairs: dict[str, str] = {}
    subs = {
        "!PERSON!": ["man", "men", "woman", "women", "person"],
        "!MINIST!": ["minister", "ministers", "ministry", "ministries"],
    }
    for path in (data / "petrarch2" / "Phoenix.agents.txt", data / "ngec" / "PLOVER_agents.txt"):
        for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = raw.split("#")[0]
            match = re.search(r"\[~?([A-Z]{3})[A-Z~]*\]", line)
            if not match or line.startswith("!"):
                continue
            phrase = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).strip()
            variants = [phrase]
            for key, values in subs.items():
                if key in phrase:
                    variants = [v.replace(key, "_" + w) for v in variants for w in values]
            for variant in variants:
                text = AGENT_NORMALISE.sub(" ", variant).strip().lower()
                if text and text not in pairs:
                    pairs[text] = match.group(1)
    return sorted(pairs.items())


def main(argv: list[str]) -> int:
    data = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "data"
    OUT.mkdir(parents=True, exist_ok=True)
    with (data / "ngec" / "countries.csv").open(encoding="utf-8") as handle:
        ISO3.update(row["CCA3"].strip() for row in csv.DictReader(handle))
    ISO3.difference_update(NOT_COUNTRIES)
    phoenix, country_aliases = convert_phoenix(data)
    countries = convert_countries(data, country_aliases)
    lines = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in phoenix)
    # mtime=0: the same dictionaries always give the same bytes
    with (
        (OUT / "phoenix.jsonl.gz").open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as handle,
    ):
        handle.write(lines.encode("utf-8"))
    with (OUT / "countries.jsonl").open("w", encoding="utf-8") as handle:
        for record in countries:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    with (OUT / "agents.tsv").open("w", encoding="utf-8") as handle:
        handle.write(
            "# phrase\tsector  (from Phoenix.agents.txt and NGEC PLOVER_agents.txt, MIT)\n"
        )
        for phrase, sector in convert_agents(data):
            handle.write(f"{phrase}\t{sector}\n")
    print(f"{len(phoenix)} Phoenix actors, {len(countries)} countries written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
