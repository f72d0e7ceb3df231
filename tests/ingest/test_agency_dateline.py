"""A wire-service dateline gives the publication date; a date inside the story does not."""

import pytest

from demarche.ingest.article import article_from_text


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("SEOUL, Oct. 25, 2025 (Reuters) - North Korea fired a missile.", "2025-10-25"),
        ("WASHINGTON, March 3, 2024 - The Senate voted on the bill.", "2024-03-03"),
        ("On March 5, 2021, the court ruled - and then adjourned.", None),
        ("PARIS (AP) - Protesters marched on Saturday.", None),
        ("The minister said on 4 May 2022 that talks would resume.", None),
    ],
)
def test_agency_dateline(text: str, published: str | None) -> None:
    assert article_from_text(text).published == published


def test_given_date_wins_over_dateline() -> None:
    text = "SEOUL, Oct. 25, 2025 (Reuters) - North Korea fired a missile."
    assert article_from_text(text, published="2025-10-26").published == "2025-10-26"
