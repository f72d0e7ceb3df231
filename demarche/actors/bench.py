"""Cost of the ``demarche_actors`` component against bare spaCy, in CPU time.

Run as ``python -m demarche.actors.bench ../shared/data/wikinews/*.csv [--limit 50]``. CPU time
(not wall time) is compared so that other work on a shared machine disturbs the figure less:
bare ``en_core_web_sm`` over the articles, then the actor component alone over the same Docs
already parsed (best of several runs each).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable, Sequence

csv.field_size_limit(sys.maxsize)


def best_cpu(run: Callable[[], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs (the run least disturbed by other work)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", help="CSV files with 'text' (and 'date') columns")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from demarche.ingest.article import article_from_text
    from demarche.options import Options
    from demarche.pipeline import build_pipeline, load_base_model
    from demarche.pipeline.process import make_doc

    rows: list[dict[str, str]] = []
    for path in args.corpus:
        with open(path, encoding="utf-8") as handle:
            rows.extend(csv.DictReader(handle))
    articles = [
        article_from_text(row["text"], published=row.get("date") or None)
        for row in rows[: args.limit]
    ]
    bare = load_base_model()
    parsed = build_pipeline(Options(components=("demarche_entities",)))
    actors = build_pipeline(Options(components=("demarche_entities", "demarche_actors")))
    component = actors.get_pipe("demarche_actors")
    docs = list(parsed.pipe(make_doc(parsed, a) for a in articles))
    bare_time = best_cpu(lambda: list(bare.pipe(make_doc(bare, a) for a in articles)), args.repeat)
    actor_time = best_cpu(lambda: [component(doc) for doc in docs], args.repeat + 2)
    tokens = sum(len(doc) for doc in docs)
    n = len(docs)
    print(
        f"{n} articles, {tokens} tokens: bare spaCy {bare_time / n * 1000:.1f} ms/article, "
        f"demarche_actors {actor_time / n * 1000:.2f} ms/article "
        f"= {100 * actor_time / bare_time:.1f}% of bare spaCy (CPU time)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
