#!/usr/bin/env python
"""Ingest benchmark: N copies of the seed articles (distinct bytes) through `ingest`, articles/s and peak memory.

Usage:
    .venv/bin/python benchmarks/ingest_bench.py [--copies 40] [--database-url URL] [--keep]

By default it migrates a fresh SQLite file in a temporary folder, so it never touches your database. It prints
the end-to-end rate (read, extract, write: a worker process extracts the next batch while this one writes), the
extraction-only rate in one process, the spaCy NER share of the extraction, and the peak resident memory of this
process (the forked worker shares its model pages).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_corpus(folder: Path, copies: int) -> list[Path]:
    """Seed articles repeated with a distinct trailing line, so every file has its own checksum."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    paths = []
    for i in range(copies):
        for seed in seeds:
            path = folder / f"{seed.stem}_copy{i:05d}.txt"
            path.write_bytes(seed.read_bytes() + f"\n\nCopie {i} pour le banc d'essai.\n".encode())
            paths.append(path)
    return paths


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=40, help="copies of each of the 5 seeds (default 40: 200 articles)")
    ap.add_argument("--database-url", help="database to ingest into (default: a fresh temporary SQLite file)")
    ap.add_argument("--batch-size", type=int, default=20, help="articles extracted together (nlp.pipe batch)")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{work / 'bench.sqlite3'}"
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflict_api.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from events.extraction import pipeline
    from events.services import articles_ingest

    call_command("migrate", verbosity=0)
    corpus = work / "articles"
    corpus.mkdir()
    paths = make_corpus(corpus, args.copies)
    n = len(paths)

    t0 = time.perf_counter()
    pipeline.load_nlp()
    from events.extraction.places import get_gazetteer

    get_gazetteer()
    load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    summary = articles_ingest(paths=[corpus], batch_size=args.batch_size)
    total_s = time.perf_counter() - t0
    failed = summary.count("failed")
    claims = sum(r.claims_created for r in summary.results)

    # The extraction alone, in this process, with the NER timed by wrapping the one function that calls spaCy
    # (in the run above a worker process extracted while this one wrote).
    ner_time = [0.0]
    original = pipeline._ner_spans

    def timed_ner(*a, **kw):
        start = time.perf_counter()
        try:
            return original(*a, **kw)
        finally:
            ner_time[0] += time.perf_counter() - start

    pipeline._ner_spans = timed_ner
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    t0 = time.perf_counter()
    for i in range(0, n, args.batch_size):
        pipeline.extract_articles(texts[i:i + args.batch_size])
    extract_s = time.perf_counter() - t0
    pipeline._ner_spans = original

    print(f"articles            {n} ({args.copies} copies of 5 seeds), {claims} claims, {failed} failed")
    print(f"database            {os.environ['DATABASE_URL'].split('://')[0]}")
    print(f"model load          {load_s:.2f} s (once per process, not counted below)")
    print(f"end to end          {total_s:.2f} s  -> {n / total_s:.1f} articles/s")
    print(f"extraction only     {extract_s:.2f} s  -> {n / extract_s:.1f} articles/s")
    print(f"spaCy NER           {ner_time[0]:.2f} s  = {100 * ner_time[0] / extract_s:.0f}% of the extraction")
    print(f"end to end / extraction  {total_s / extract_s:.2f} (writes overlap the extraction of the next batch)")
    print(f"peak RSS            {peak_rss_mb():.0f} MB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
