"""Hand-made documents for store tests: small, but with every kind of record and an event."""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from demarche.ingest.article import text_id
from demarche.records import (
    Actor,
    Article,
    Document,
    Event,
    Mention,
    Participant,
    Quote,
    Span,
    TimeExpression,
)

BODY = (
    'Kim Jong Un said on Tuesday: "We will talk if sanctions end." '
    "Donald Trump threatened North Korea with new sanctions last month.\n"
    "Share this"
)


def span(text: str, phrase: str, after: int = 0) -> Span:
    start = text.index(phrase, after)
    return Span(start, start + len(phrase), phrase)


def bare_document(text: str, published: str | None = None) -> Document:
    """A document with an article and nothing found in it; a first line becomes the title."""
    lines = text.split("\n\n", 1)
    title = lines[0].strip() if len(lines) == 2 and lines[0].strip() else None
    article = Article(
        text_id(text), text, title=title, published=published, language="en", outlet="Example"
    )
    return Document(article=article)


def build_document(
    headline: str = "Leaders meet in Hanoi", published: str | None = "2019-02-27"
) -> Document:
    """A document with every kind of record, all spans taken from its text."""
    text = f"{headline}\n\n{BODY}"
    article = Article(
        id=text_id(text),
        text=text,
        title=headline,
        outlet="Example News",
        published=published,
        language="en",
        boilerplate=((len(text) - len("Share this"), len(text)),),
    )
    kim, trump = span(text, "Kim Jong Un"), span(text, "Donald Trump")
    nk = span(text, "North Korea")
    content = span(text, "We will talk if sanctions end.")
    return Document(
        article=article,
        actors=(
            Actor("donald-trump", "Donald Trump", "person", "USA", "GOV", ("President",), "Q22686"),
            Actor("kim-jong-un", "Kim Jong Un", "person", "PRK", "GOV", ("Supreme Leader",)),
            Actor("north-korea", "North Korea", "country", "PRK", None),
        ),
        mentions=(
            Mention(kim.start, kim.end, kim.text, "PERSON", "kim-jong-un"),
            Mention(trump.start, trump.end, trump.text, "PERSON", "donald-trump"),
            Mention(nk.start, nk.end, nk.text, "GPE", "north-korea"),
        ),
        times=(
            TimeExpression(*_t(span(text, "on Tuesday")), "DATE", "2019-02-26"),
            TimeExpression(*_t(span(text, "last month")), "DATE", "2019-01"),
        ),
        quotes=(
            Quote("direct", (content,), source=kim, cue=span(text, "said"), speaker="kim-jong-un"),
        ),
        events=(
            Event(
                "THREATEN",
                evidence=span(text, "Donald Trump threatened North Korea with new sanctions"),
                trigger=span(text, "threatened"),
                mode="sanctions",
                source=Participant("donald-trump", trump.start, trump.end, trump.text),
                target=Participant("north-korea", nk.start, nk.end, nk.text),
                date="2019-01",
                confidence=0.75,
            ),
            Event(
                "CONSULT",
                evidence=content,
                source=Participant("kim-jong-un", kim.start, kim.end, kim.text),
                target=Participant("donald-trump", trump.start, trump.end, trump.text),
                modality="conditional",
                condition=span(text, "if sanctions end"),
                quote=0,
            ),
        ),
    )


def _t(s: Span) -> tuple[int, int, str]:
    return s.start, s.end, s.text


@pytest.fixture
def document() -> Document:
    return build_document()


@pytest.fixture
def make_document() -> Callable[..., Document]:
    return build_document


@pytest.fixture
def make_bare_document() -> Callable[..., Document]:
    return bare_document


def _postgres_binary(name: str) -> str | None:
    """A PostgreSQL server program from PATH or Debian's versioned folders."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    return str(candidates[0]) if candidates else None


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL server on a Unix socket for this session, or skip saying why.

    Set DEMARCHE_TEST_POSTGRES to a server URL to test against an existing server instead.
    """
    pytest.importorskip(
        "psycopg", reason="psycopg is not installed (pip install 'demarche[postgres]')"
    )
    existing = os.environ.get("DEMARCHE_TEST_POSTGRES")
    if existing:
        yield existing
        return
    initdb, pg_ctl = _postgres_binary("initdb"), _postgres_binary("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("no PostgreSQL server programs (initdb, pg_ctl) on this machine")
    prefix: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to start PostgreSQL")
        prefix = ["runuser", "-u", "postgres", "--"]
    directory = Path(tempfile.mkdtemp(prefix="demarche-pg-"))
    if prefix:
        os.chown(directory, user.pw_uid, user.pw_gid)
    data = directory / "data"
    try:
        subprocess.run(
            [
                *prefix,
                initdb,
                "-D",
                str(data),
                "--auth=trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-locale",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        subprocess.run(
            [
                *prefix,
                pg_ctl,
                "-D",
                str(data),
                "-l",
                str(directory / "log"),
                "-w",
                "-o",
                f"-k {directory} -h '' -F",
                "start",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        shutil.rmtree(directory, ignore_errors=True)
        pytest.skip(f"could not start a throwaway PostgreSQL server: {error}")
    try:
        yield f"postgresql://postgres@/postgres?host={directory}"
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def new_store_location(request, tmp_path_factory) -> Callable[[str], str]:
    """Make a location for an empty store of a backend.

    SQLite: a new file. PostgreSQL: one scratch database whose ``demarche`` schema is dropped
    each time, which is much faster than creating a database per test.
    """
    numbers = itertools.count()

    def make(backend: str) -> str:
        if backend == "sqlite":
            return str(tmp_path_factory.mktemp("sqlite") / f"store-{next(numbers)}.db")
        import psycopg

        server = request.getfixturevalue("postgres_server")
        scratch = urlsplit(server)._replace(path="/demarche_tests").geturl()
        with psycopg.connect(server, autocommit=True) as admin:
            if not admin.execute(
                "SELECT 1 FROM pg_database WHERE datname = 'demarche_tests'"
            ).fetchone():
                admin.execute("CREATE DATABASE demarche_tests")
        with psycopg.connect(scratch, autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS demarche CASCADE")
        return scratch

    return make


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request) -> str:
    """Each backend in turn; the PostgreSQL run skips when no server can be started."""
    if request.param == "postgres":
        request.getfixturevalue("postgres_server")
    return request.param


@pytest.fixture
def db(backend: str, new_store_location) -> str:
    """The location of a new, empty store of the backend under test."""
    return new_store_location(backend)
