"""The knowledge base: shipped data, validation of user files, overrides, role dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from demarche.actors.kb import (
    Entry,
    Role,
    build_kb,
    check_actor_file,
    load_kb,
    normalise,
    read_actor_file,
)
from demarche.errors import ConfigError


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def write(tmp_path: Path, lines: list[str], name: str = "actors.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_normalise_ignores_case_dots_hyphens_possessive_and_the():
    assert normalise("the U.S.") == normalise("US") == "us"
    assert normalise("Kim Jong-un") == normalise("Kim Jong Un")
    assert normalise("Trump’s") == "trump"


def test_shipped_base_has_seed_and_curated_actors(kb):
    assert len(kb.entries) > 20000  # the converted Phoenix dictionaries
    trump = kb.entries["donald-trump"]
    assert trump.wikidata == "Q22686" and trump.country == "USA"
    assert kb.country_of("North Korean") == "PRK"
    assert kb.country_of("Pyongyang") == "PRK"
    assert kb.metonyms["kremlin"][:2] == ("RUS", "GOV")
    assert kb.agent_sector(["destroyer"]) == "MIL"
    assert kb.agent_sector(["rebel"]) == "REB"


def test_curated_entries_come_before_seed_entries(kb):
    assert kb.lookup("United Nations")[0].id == "united-nations"
    assert kb.lookup("IAEA")[0].id == "iaea"


def test_role_validity_by_date(kb):
    yoon = kb.entries["yoon-suk-yeol"]
    assert yoon.to_actor("2023-06-01").roles == ("President of South Korea",)
    assert yoon.to_actor("2025-10-01").roles == ("Former President of South Korea",)
    assert Role(start="2020-01-01", end="2020-12-31").valid_at("2020-06")
    assert not Role(start="2020-01-01", end="2020-12-31").valid_at("2021-01-01")
    assert Role(start="2020-01-01").valid_at(None)
    assert not Role(end="2020-12-31").valid_at(None)


def test_undated_text_takes_a_seed_persons_dated_office_over_the_catch_all():
    # the seed lists close a person's dated offices with an undated catch-all role (ELI);
    # with no publication date the office is the better guess, with a date it is not
    entry = Entry(
        id="x",
        name="X",
        kind="person",
        sector="ELI",
        roles=(Role(sector="IGO", start="1997-01-01", end="2006-12-31"), Role(sector="ELI")),
    )
    assert entry.to_actor(None).sector == "IGO"
    assert entry.to_actor("2015-01-01").sector == "ELI"
    current = Entry(
        id="y",
        name="Y",
        roles=(Role(sector="GOV", start="1979-09-10"), Role(sector="ELI")),
    )
    assert current.to_actor(None).sector == "GOV"  # an office still held beats the catch-all


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json", "not valid JSON"),
        ('{"name": "No Id"}', "'id' must be"),
        ('{"id": "Bad Id", "name": "x"}', "'id' must be"),
        ('{"id": "x", "name": ""}', "'name'"),
        ('{"id": "x", "name": "X", "country": "us"}', "'country' must be"),
        ('{"id": "x", "name": "X", "kind": "wizard"}', "'kind' must be"),
        ('{"id": "x", "name": "X", "aliases": "X"}', "'aliases' must be a list"),
        ('{"id": "x", "name": "X", "roles": [{"from": "2020-13"}]}', None),
        ('{"id": "x", "name": "X", "roles": [{"from": "2021-01-01", "to": "2020-01-01"}]}', "ends"),
        ('{"id": "x", "name": "X", "wikidata": "22686"}', "QID"),
    ],
)
def test_malformed_file_is_rejected_with_file_line_and_reason(tmp_path, line, reason):
    path = write(tmp_path, ['{"id": "ok", "name": "OK"}', line])
    with pytest.raises(ConfigError) as caught:
        read_actor_file(path)
    message = str(caught.value)
    assert caught.value.code == "D025"
    assert str(path) in message and "line 2" in message
    if reason:
        assert reason in message


def test_duplicate_ids_are_an_error(tmp_path):
    path = write(tmp_path, ['{"id": "a", "name": "A"}', '{"id": "a", "name": "B"}'])
    problems = check_actor_file(path)
    assert len(problems) == 1 and problems[0].fatal
    assert "duplicate id 'a'" in str(problems[0]) and "line 2" in str(problems[0])


def test_conflicting_aliases_are_reported_with_their_lines(tmp_path, kb):
    path = write(
        tmp_path,
        [
            '{"comment": "test"}',
            '{"id": "a", "name": "Alpha", "aliases": ["Shared"], "country": "USA"}',
            '{"id": "b", "name": "Beta", "aliases": ["Shared"], "country": "FRA"}',
            '{"id": "c", "name": "Putin", "country": "USA"}',
        ],
    )
    problems = check_actor_file(path, kb)
    texts = [str(p) for p in problems]
    assert not any(p.fatal for p in problems)
    assert any("line 3" in t and "'Shared'" in t and "'a'" in t for t in texts)
    assert any("line 4" in t and "vladimir-putin" in t for t in texts)


def test_user_file_adds_and_overrides_actors(tmp_path):
    extra = {
        "id": "donald-trump",
        "name": "Donald Trump",
        "kind": "person",
        "country": "USA",
        "aliases": ["The Donald"],
    }
    new = {"id": "jane-roe", "name": "Jane Roe", "kind": "person", "country": "NZL"}
    path = write(tmp_path, [json.dumps(extra), json.dumps(new)])
    kb = build_kb([path])
    assert kb.lookup("The Donald")[0].id == "donald-trump"
    assert kb.entries["donald-trump"].roles == ()  # replaced, not merged
    assert kb.lookup("Jane Roe")[0].country == "NZL"


def test_index_is_built_once_per_set_of_files(tmp_path):
    assert load_kb() is load_kb()
    path = write(tmp_path, ['{"id": "z", "name": "Zed"}'])
    assert load_kb((str(path),)) is not load_kb()
    with pytest.raises(ConfigError):
        load_kb((str(tmp_path / "missing.jsonl"),))


def test_built_index_is_cached_on_disk(tmp_path, monkeypatch):
    from demarche.actors import kb as kb_module

    monkeypatch.setenv("DEMARCHE_CACHE", str(tmp_path))
    path = write(tmp_path, ['{"id": "cached-one", "name": "Cached One"}'], "extra.jsonl")
    key = ((str(path), path.stat().st_mtime),)
    kb_module._cached.cache_clear()
    try:
        first = kb_module._cached(key)
        pickles = list(tmp_path.glob("actors-*.pickle"))
        assert len(pickles) == 1
        kb_module._cached.cache_clear()
        second = kb_module._cached(key)  # read back from the pickle
        assert second is not first and "cached-one" in second.entries
        pickles[0].write_bytes(b"not a pickle")
        kb_module._cached.cache_clear()
        assert "cached-one" in kb_module._cached(key).entries  # a broken cache is rebuilt
    finally:
        kb_module._cached.cache_clear()


def test_a_country_takes_its_demonym_from_a_territory_that_only_shares_it(kb):
    # "American" is only a word of American Samoa's name; "Samoan" is Samoa's demonym
    assert kb.lookup("American")[0].id == "united-states"
    assert kb.lookup("Samoan")[0].id == "samoa"
    # a territory keeps a demonym formed from its own name
    assert kb.lookup("Greenlander")[0].id == "greenland"
