#!/usr/bin/env python
"""Article size benchmark: one article of 10 KB to 5 MB, on one line and on many lines, time per KB.

Usage:
    .venv/bin/python benchmarks/ingest_size_bench.py [--sizes 10,100,1000,5000] [--layouts lines,one-line]
                                                     [--extract-only] [--timeout 600]

Each article is the seed articles repeated (each copy made distinct by a reference sentence, so that no paragraph
is a repeat the cleaner would skip) up to the size: "lines" keeps their paragraphs, "one-line" joins everything
into one paragraph. Each size is ingested through `articles_ingest` into a fresh temporary SQLite database (so
read, decode, extract and write) and, separately, extracted alone. Linear extraction shows as a flat ms/KB column.
A size that takes longer than --timeout is reported as such (it runs in a child process that is then stopped).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(kb: int, layout: str) -> str:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    parts: list[str] = []
    size = 0
    while size < kb * 1024:
        seed = seeds[len(parts) % len(seeds)]
        copy = "\n".join(line + (f" Réf. {len(parts)}." if line.strip() else "") for line in seed.splitlines())
        parts.append(" ".join(copy.split()) if layout == "one-line" else copy)
        size += len(parts[-1].encode()) + 2
    return (" " if layout == "one-line" else "\n\n").join(parts) + "\n"


def _setup(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflict_api.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.INGEST_MAX_BYTES = max(settings.INGEST_MAX_BYTES, 6 * 1024 * 1024)


def _run(kb: int, layout: str, extract_only: bool, queue) -> None:
    work = Path(tempfile.mkdtemp(prefix="ingest-size-bench-"))
    _setup(work / "bench.sqlite3")
    from django.core.management import call_command

    from events.extraction import pipeline
    from events.extraction.places import get_gazetteer
    from events.services import articles_ingest

    call_command("migrate", verbosity=0)
    pipeline.load_nlp()
    get_gazetteer()
    pipeline.extract_article(build(4, layout))  # warm up outside the timings
    text = build(kb, layout)
    started = time.perf_counter()
    article = pipeline.extract_article(text)
    extract_s = time.perf_counter() - started
    ingest_s = None
    if not extract_only:
        path = work / f"article-{kb}kb-{layout}.txt"
        path.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        summary = articles_ingest(paths=[path])
        ingest_s = time.perf_counter() - started
        assert not summary.failed, summary.failed[0].error
    queue.put((len(text.encode()), extract_s, ingest_s, len(article.claims)))


def measure(kb: int, layout: str, extract_only: bool, timeout: float):
    queue = multiprocessing.get_context("spawn").Queue()
    process = multiprocessing.get_context("spawn").Process(target=_run, args=(kb, layout, extract_only, queue))
    process.start()
    process.join(timeout)
    if process.is_alive():
        process.terminate()
        process.join()
        return None
    return queue.get() if not queue.empty() else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,100,1000,5000", help="article sizes in KB (default 10,100,1000,5000)")
    ap.add_argument("--layouts", default="lines,one-line", help="lines, one-line or both (default)")
    ap.add_argument("--extract-only", action="store_true", help="time the extraction only, no database writes")
    ap.add_argument("--timeout", type=float, default=600, help="seconds allowed per size (default 600)")
    args = ap.parse_args(argv)

    print(f"{'layout':9} {'size':>9} {'claims':>7} {'extract s':>10} {'ms/KB':>7} {'ingest s':>9} {'ms/KB':>7}")
    for layout in args.layouts.split(","):
        for kb in (int(size) for size in args.sizes.split(",")):
            found = measure(kb, layout, args.extract_only, args.timeout)
            if found is None:
                print(f"{layout:9} {kb:>7}KB  did not finish in {args.timeout:.0f} s", flush=True)
                continue
            size, extract_s, ingest_s, claims = found
            per_kb = 1000 * extract_s / (size / 1024)
            ingest = f"{ingest_s:>9.2f} {1000 * ingest_s / (size / 1024):>7.1f}" if ingest_s is not None else ""
            print(f"{layout:9} {kb:>7}KB {claims:>7} {extract_s:>10.2f} {per_kb:>7.1f} {ingest}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
