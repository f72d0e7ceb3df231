"""The bundled example articles (for ``make demo`` and the docs), located inside the package.

The sample article comes first so a demo can brief it; the Wikinews corpus (CC BY 2.5,
attribution in ``demarche/data/examples/NOTICE.md``) follows.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SAMPLE = "kim-trump-meeting.txt"
CORPORA: tuple[str, ...] = ("wikinews_2019.csv", "wikinews_2020.csv")


def examples_folder() -> Path:
    """The folder of the bundled examples, wherever demarche is installed."""
    return Path(str(resources.files("demarche") / "data" / "examples"))


def example_paths() -> list[Path]:
    """The sample article, then the Wikinews corpus files."""
    folder = examples_folder()
    return [folder / name for name in (SAMPLE, *CORPORA)]


def sample_path() -> Path:
    """The sample article pasted from a web page (its last line is a share button)."""
    return examples_folder() / SAMPLE
