"""The relations table: calendar order, undated last, unknown quads marked, columns aligned."""

from __future__ import annotations

from demarche.report import render_relations
from demarche.store import Relation


def test_rows_are_in_calendar_order_with_undated_last() -> None:
    table = render_relations(
        [
            Relation("north-korea", "china", "material cooperation", None, 1, 1),
            Relation("donald-trump", "kim-jong-un", "verbal cooperation", "2025-10", 3, 2),
            Relation("kim-jong-un", "south-korea", None, "2019-02", 1, 1),
        ]
    ).splitlines()
    assert table[0].split() == [
        "month",
        "source",
        "->",
        "target",
        "quad",
        "class",
        "events",
        "articles",
    ]
    assert [line.split()[0] for line in table[1:]] == ["2019-02", "2025-10", "undated"]
    assert table[1].split()[4] == "?"
    assert table[2].endswith("3         2")
    assert len({len(line) for line in table}) == 1  # right-aligned counts end every row evenly


def test_an_implied_column_appears_only_when_a_row_has_an_implied_party() -> None:
    named = Relation("nigeria-gov", "ghana", "verbal conflict", "2020-01", 2, 1)
    assert "implied" not in render_relations([named])
    inferred = Relation("nigeria-opp", "nigeria", "material conflict", "2020-01", 3, 2, implied=3)
    header, *rows = render_relations([named, inferred]).splitlines()
    assert header.split()[-3:] == ["events", "implied", "articles"]
    assert [row.split()[-3:] for row in rows] == [["2", "0", "1"], ["3", "3", "2"]]


def test_long_actor_pairs_are_clipped() -> None:
    [_, row] = render_relations(
        [Relation("x" * 80, "y" * 80, "verbal conflict", "2020-01", 1, 1)]
    ).splitlines()
    assert "…" in row and len(row) < 100


def test_an_empty_store_says_so() -> None:
    assert render_relations([]).startswith("no relations")
