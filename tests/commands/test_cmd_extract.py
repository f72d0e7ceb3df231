"""``demarche extract``: documents in input order, one error line per bad input, exit codes."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language

from demarche.cli import main
from demarche.commands.extract import ErrorReport
from demarche.errors import InputError
from demarche.ingest.article import article_from_text
from demarche.pipeline import analyse_safely
from demarche.records import SCHEMA

MACRON = "President Emmanuel Macron met Olaf Scholz in Berlin on Monday to discuss energy.\n"
SUDAN = "The United Nations warned on Friday that famine is spreading across Sudan.\n"


def test_one_document_per_input_in_order(shared_nlp, write, parse_stream, capsys) -> None:
    paths = [write("a.txt", MACRON), write("b.txt", SUDAN)]
    code = main(["extract", *paths, "--published", "2024-03-01"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    documents = parse_stream(captured.out)
    assert [d["article"]["text"] for d in documents] == [MACRON, SUDAN]
    for document in documents:
        assert document["schema"] == SCHEMA
        assert document["article"]["published"] == "2024-03-01"
        text = document["article"]["text"]
        for mention in document["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    assert captured.out.startswith("{\n  ")  # json is indented for people


def test_jsonl_prints_one_line_per_document(shared_nlp, write, capsys) -> None:
    paths = [write("a.txt", MACRON), write("b.txt", SUDAN), write("c.txt", MACRON)]
    assert main(["extract", "--format", "jsonl", *paths]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["article"]["text"] for line in lines] == [MACRON, SUDAN, MACRON]


def test_a_bad_input_is_one_line_and_the_batch_goes_on(
    shared_nlp, write, parse_stream, capsys
) -> None:
    paths = [write("empty.txt", ""), write("good.txt", MACRON), str(write("x", "") + "-missing")]
    code = main(["extract", *paths])
    captured = capsys.readouterr()
    assert code == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert "empty.txt" in errors[0] and "[D001]" in errors[0]
    assert "x-missing" in errors[1]
    assert [d["article"]["text"] for d in parse_stream(captured.out)] == [MACRON]


def test_a_bad_published_value_is_a_usage_error(shared_nlp, write, capsys) -> None:
    code = main(["extract", "--published", "the day after", write("a.txt", MACRON)])
    captured = capsys.readouterr()
    assert code == 2
    assert "[D011]" in captured.err and "the day after" in captured.err
    assert captured.out == ""


def test_an_unknown_model_is_a_usage_error(write, capsys) -> None:
    code = main(["extract", "--model", "no_such_spacy_model", write("a.txt", MACRON)])
    captured = capsys.readouterr()
    assert code == 2
    assert "[D014]" in captured.err and "no_such_spacy_model" in captured.err


@Language.component("demarche_test_fail_on_boom")
def fail_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("cannot cope")
    return doc


def test_an_article_that_crashes_the_pipeline_is_reported_and_skipped() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("demarche_test_fail_on_boom")
    texts = ["one.", "two.", "BOOM three.", "four.", "five."]
    articles = [article_from_text(t, source=f"in-{i}") for i, t in enumerate(texts)]
    lines: list[str] = []
    errors = ErrorReport(write=lines.append)
    documents = list(analyse_safely(nlp, articles, errors, batch_size=2))
    assert [d.article.text for d in documents] == ["one.", "two.", "four.", "five."]
    assert errors.failed == 1
    assert lines == [
        "demarche: [D024] in-2: the analysis failed (ValueError: cannot cope); the article is "
        "skipped. Please report this with the input."
    ]


def test_warnings_are_reported_but_are_not_failures() -> None:
    lines: list[str] = []
    errors = ErrorReport(write=lines.append)
    errors(InputError("D016", source="corpus.csv", columns="['tags']"))
    errors(InputError("D001", source="empty.txt"))
    assert (errors.failed, errors.warnings) == (1, 1)
    assert lines[0].startswith("demarche: warning: [D016] corpus.csv")


@pytest.mark.parametrize("flag", ["--format", "--published", "--max-bytes", "--allow-language"])
def test_extract_documents_its_flags(flag: str, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    assert flag in capsys.readouterr().out


def test_workers_give_the_same_documents_in_order(shared_nlp, write, capsys) -> None:
    paths = [write(f"{i}.txt", text) for i, text in enumerate([MACRON, SUDAN, MACRON, SUDAN])]
    empty = write("empty.txt", "")
    assert main(["extract", "--format", "jsonl", *paths]) == 0
    single = capsys.readouterr().out
    code = main(["extract", "--format", "jsonl", "--workers", "2", paths[0], empty, *paths[1:]])
    captured = capsys.readouterr()
    assert code == 1  # the empty file failed, the others went through the workers
    assert captured.out == single
    assert "empty.txt" in captured.err
