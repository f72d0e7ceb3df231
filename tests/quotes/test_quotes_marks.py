"""Quotation-mark scanning: pairing, paragraphs, apostrophes, unbalanced marks, cost."""

from __future__ import annotations

import time
from itertools import pairwise

from demarche.quotes.marks import find_quoted


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


def test_curly_and_straight_marks_pair() -> None:
    text = 'He said “yes, we will.” She said "no, we won\'t."'
    assert texts(text) == ["“yes, we will.”", '"no, we won\'t."']


def test_two_apostrophes_act_as_a_double_mark() -> None:
    text = "''It is bad for centrists,'' Mr. Hanson said. It's the students' plan."
    assert texts(text) == ["''It is bad for centrists,''"]


def test_apostrophes_are_not_quotes() -> None:
    text = "Trump’s aides said the ’90s were over and the students’ plan was dead."
    assert find_quoted(text) == []


def test_single_quotes_outside_doubles_are_found_nested_ones_are_not() -> None:
    text = "He called him ‘little rocket man’ again. “She said ‘never’ to me,” he added."
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == [
        "‘little rocket man’",
        "“She said ‘never’ to me,”",
    ]
    assert found[0].single and not found[1].single


def test_open_paragraph_continues_into_the_next() -> None:
    text = "“First paragraph of the quote.\n\n“Second paragraph,” he said."
    first, second = find_quoted(text)
    assert not first.closed and first.continues
    assert text[first.start : first.end] == "“First paragraph of the quote."
    assert second.closed and text[second.start : second.end] == "“Second paragraph,”"


def test_unbalanced_mark_stops_at_its_paragraph() -> None:
    text = "He said “this never closes.\n\nA new paragraph with no quote at all."
    (only,) = find_quoted(text)
    assert not only.closed and not only.continues
    assert only.end <= text.index("\n")


def test_lone_marks_hold_no_quotation() -> None:
    assert find_quoted("He said “ ” and then “…” and nothing more.") == []


def test_hundreds_of_marks_take_linear_time() -> None:
    text = ('“a” ‘b’ "c" “d ' * 5000) + "end"
    started = time.perf_counter()
    found = find_quoted(text)
    assert time.perf_counter() - started < 2.0
    assert len(found) > 1000
    assert all(a.end <= b.start for a, b in pairwise(found))
