"""``demarche actors show | check | import``."""

from __future__ import annotations

import json

from demarche.cli import main


def test_show_prints_actors_with_roles_at_a_date(capsys):
    assert main(["actors", "show", "Yoon", "--date", "2023-01-01"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    yoon = next(a for a in lines if a["id"] == "yoon-suk-yeol")
    assert yoon["country"] == "KOR" and yoon["roles"] == ["President of South Korea"]
    assert yoon["role_history"][0]["start"] == "2022-05-10"


def test_show_unknown_name_says_so(capsys):
    assert main(["actors", "show", "Zorblax", "Quentworth"]) == 1
    assert "no actor named" in capsys.readouterr().out


def test_check_reports_line_and_reason_and_fails(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "name": "OK"}\n{"id": "x", "name": "X", "country": "Korea"}\n')
    assert main(["actors", "check", str(path)]) == 2
    out = capsys.readouterr().out
    assert f"{path}: line 2" in out and "'country'" in out


def test_import_copies_a_valid_file_into_the_user_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DEMARCHE_HOME", str(tmp_path / "home"))
    path = tmp_path / "mine.jsonl"
    path.write_text('{"id": "jane-roe", "name": "Jane Roe", "kind": "person", "country": "NZL"}\n')
    assert main(["actors", "import", str(path)]) == 0
    assert (tmp_path / "home" / "actors" / "mine.jsonl").exists()
    capsys.readouterr()
    assert main(["actors", "show", "Jane Roe"]) == 0
    assert json.loads(capsys.readouterr().out)["country"] == "NZL"


def test_imported_files_are_used_by_new_pipelines(tmp_path, monkeypatch):
    from demarche.evaluation.actors import analyse_texts
    from demarche.options import Options
    from demarche.pipeline import build_pipeline

    monkeypatch.setenv("DEMARCHE_HOME", str(tmp_path / "home"))
    path = tmp_path / "people.jsonl"
    path.write_text(
        '{"id": "quill-varno", "name": "Quill Varno", "kind": "person", "country": "ISL"}\n'
    )
    assert main(["actors", "import", str(path)]) == 0
    nlp = build_pipeline(Options(components=("demarche_actors",)))
    doc = analyse_texts(nlp, [("Quill Varno spoke in Reykjavik.", None)])[0]
    assert any(m.actor == "quill-varno" for m in doc._.demarche_mentions)
