"""Line rules for web leftovers: what is furniture and what is story."""

from __future__ import annotations

import pytest

from demarche.ingest.leftovers import find_leftovers, is_leftover

FURNITURE = [
    "Share your love",
    "Share this article",
    "Share on Facebook Share on Twitter Email",
    "Advertisement",
    "ADVERTISEMENT",
    "Read more: Alibaba poised to launch record listing",
    "READ MORE",
    "Sign up for our newsletter",
    "Get the day’s top headlines delivered to your inbox by subscribing to our newsletter.",
    "Photo: Reuters/Kim Hong-Ji",
    "The president speaks in Seoul. (Photo by Chip Somodevilla/Getty Images)",
    "Image: Nicholas Moreau.",
    "Related: Possible Water Plumes on Europa",
    "Like this story? Share it with a friend!",
    "Updated at 1:23 p.m.",
    "Copyright © 2019 Dow Jones & Company, Inc. All Rights Reserved",
    "https://www.example.com/news/story-123",
    "Home » World » Asia",
    "Click here to get the app",
    "Follow us on Twitter",
    "12 comments",
    "3 min read",
    "Reporting by Jane Doe; Editing by John Roe",
    "Gary Cameron/Reuters.",
    "China furious at Macron for Hong Kong protest jibe [INSIGHT]",
    "-",
]
STORY = [
    "Trump said he would love to meet Kim.",
    "More than 100 people were killed in the attack.",
    "Published in 1990, the book sold a million copies.",
    "Watch the officials closely, the minister said.",
    "Related discussions continued for hours in Geneva, diplomats said.",
    "Kim Jong Un’s uneasy reaction to Trump’s request for a meeting in North Korea",
    "Photographers gathered outside the embassy on Friday.",
    "Share prices fell sharply after the announcement on Monday.",
    "The Reuters/Ipsos poll showed Clinton doing better than in other polls.",
    "It's a clichÃ© that an armed society is a polite society.",
    "-One poll shows the senator 16 points ahead in Indiana. [IPFW]",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_leftovers(line: str) -> None:
    assert is_leftover(line)


@pytest.mark.parametrize("line", STORY)
def test_story_lines_are_kept(line: str) -> None:
    assert not is_leftover(line)


def test_spans_index_the_text_and_exclude_surrounding_blanks() -> None:
    text = "Headline here\n\nThe talks ended.\n  Advertisement  \nThey resumed later.\n"
    found = find_leftovers(text)
    assert [text[s:e] for s, e in found.spans] == ["Advertisement"]


def test_dateline_gives_date_and_byline_gives_author() -> None:
    text = "Friday, January 4, 2019\nBy Jane Doe and John Roe\n\nThe talks ended on Friday."
    found = find_leftovers(text)
    assert found.published == "2019-01-04"
    assert found.author == "Jane Doe and John Roe"
    assert len(found.spans) == 2


def test_publication_dateline_preferred_over_update_line() -> None:
    text = "Updated: March 3, 2020\nPublished: March 1, 2020\n\nThe talks ended."
    assert find_leftovers(text).published == "2020-03-01"


def test_long_run_of_short_lines_is_a_menu() -> None:
    menu = "\n".join(["Home", "World", "Politics", "Business", "Tech", "Sport", "Arts", "Travel"])
    text = menu + "\n\nThe minister resigned on Tuesday after weeks of protests in the capital."
    found = find_leftovers(text)
    assert len(found.spans) == 8
    assert all(text[s:e] != text.splitlines()[-1] for s, e in found.spans)


def test_short_list_inside_a_story_is_kept() -> None:
    text = "The plan has three parts:\n- Tax cuts\n- New roads\n- More schools\nIt passed."
    assert find_leftovers(text).spans == ()


def test_link_list_under_a_related_heading_is_dropped() -> None:
    text = (
        "The probe found water.\nRelated:\n- Photos: Europa, icy moon of Jupiter\n"
        "- NASA mission could spot signs of life\nScientists were delighted."
    )
    flagged = [text[s:e] for s, e in find_leftovers(text).spans]
    assert flagged == ["Related:", "- Photos: Europa, icy moon of Jupiter",
                       "- NASA mission could spot signs of life"]  # fmt: skip


def test_credit_glued_to_a_paragraph_is_cut_alone() -> None:
    paragraph = "They went into the break down by only two points, twelve points to ten."
    text = f"{paragraph}  (Image: Jane Doe)\nSirhan in 1969 (Image: CDCR)\n"
    flagged = [text[s:e] for s, e in find_leftovers(text).spans]
    assert flagged == ["(Image: Jane Doe)", "Sirhan in 1969 (Image: CDCR)"]


def test_story_titles_under_a_most_read_heading_are_links() -> None:
    text = (
        "The probe found water vapour above the surface, the agency said.\n"
        "Most read in world news\nHunter catches plague after eating rabbit\n"
        "Storm closes airports across the region\n"
        "The agency will publish its data next year."
    )
    kept = [line for line in text.splitlines() if line not in _flagged(text)]
    assert kept == [text.splitlines()[0], text.splitlines()[-1]]


def test_subheading_after_an_advertisement_is_kept() -> None:
    text = "The talks ended on Friday.\nAdvertisement\nA deal in sight\nBoth sides agreed."
    assert _flagged(text) == ["Advertisement"]


def _flagged(text: str) -> list[str]:
    return [text[s:e] for s, e in find_leftovers(text).spans]


def test_list_after_an_advertisement_is_the_story() -> None:
    text = "The update brings:\nAdvertisement\n- Better Android support\n- Bugs fixed\nEnjoy."
    assert _flagged(text) == ["Advertisement"]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Doe, Reuters", "Jane Doe"),
        ("By Kim Hong-ji and Josh Smith", "Kim Hong-ji and Josh Smith"),
        ("By JANE DOE | Published 3 hours ago", "JANE DOE"),
        ("By Tuesday, the talks had collapsed", None),
        ("By Mid-March the virus had spread", None),
        ("By Nightfall", None),
    ],
)
def test_bylines(line: str, author: str | None) -> None:
    found = find_leftovers(line)
    assert found.author == author
    assert bool(found.spans) == (author is not None)
