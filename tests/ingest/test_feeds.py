"""Feed entry HTML fragments to paragraphs."""

from __future__ import annotations

from demarche.ingest.feeds import fragment_text


def test_blocks_become_paragraphs_and_scripts_vanish() -> None:
    html = (
        "<p>First   paragraph,<br>second line.</p><script>var x = 1;</script>"
        "<ul><li>One item</li><li>Two items</li></ul><div>Last <b>words</b>.</div>"
    )
    assert fragment_text(html) == (
        "First paragraph,\nsecond line.\n\nOne item\n\nTwo items\n\nLast words."
    )


def test_plain_summary_is_kept() -> None:
    assert fragment_text("  Just a summary.  ") == "Just a summary."


def test_empty_fragment() -> None:
    assert fragment_text("<p> </p>") == ""
