"""Small inputs for ingestion tests, written to tmp_path by the tests themselves."""

from __future__ import annotations

import pytest

from demarche.errors import InputError

STORY = (
    "The foreign minister said on Tuesday that talks with the neighbouring country would "
    "resume next month in Geneva, after a pause of almost a year. Officials from both sides "
    "have exchanged letters since the spring, according to people familiar with the matter. "
    "The minister told reporters that a ceasefire agreement remained the first priority. "
    "Opposition leaders criticised the decision and called for a parliamentary vote before "
    "any agreement is signed."
)
FRENCH = (
    "Le ministre des Affaires étrangères a déclaré mardi que les négociations avec le pays "
    "voisin reprendraient le mois prochain à Genève, après une pause de près d'un an. Les "
    "responsables des deux camps ont échangé des lettres depuis le printemps, selon des "
    "personnes proches du dossier."
)


def html_page(title: str, paragraphs: list[str], head: str = "") -> str:
    """A minimal news page: navigation, an article with paragraphs, a footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright 2019 Example News. All rights reserved.</footer></body></html>"
    )


class Errors(list[InputError]):
    """Collects on_error calls; ``codes`` lists their codes in order."""

    @property
    def codes(self) -> list[str]:
        return [error.code for error in self]


@pytest.fixture
def errors() -> Errors:
    return Errors()


@pytest.fixture
def shared_sample() -> str:
    """The bundled sample article (shipped in the package, so no shared data is needed)."""
    from demarche.ingest.examples import sample_path

    return sample_path().read_text(encoding="utf-8")


@pytest.fixture
def shared_data_dir() -> object:
    """../shared/data, or skip (the research data is not part of a clone)."""
    from tests.conftest import shared_data

    return shared_data("wikinews").parent
