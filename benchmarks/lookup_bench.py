#!/usr/bin/env python
"""The fixed costs of reading: loading the gazetteer, resolving a place, reading one English article.

Usage:
    .venv/bin/python benchmarks/lookup_bench.py [--repeat 200]

Prints the CPU time of `Gazetteer.load()` (the packaged fixtures/gazetteer.json.gz, once per process), the wall
time of `--repeat` rounds of three lookups (a town anywhere, a village within a region, a region), and the wall time
of extracting a 2 KB English article once the gazetteer is warm. These were timed tests once; on a slow machine they
failed for the machine's sake, so the figures live here, where they are read, not asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ENGLISH = ("Russia's defence ministry said on Sunday its forces had captured the village of Krasnohorivka in the "
           "Donetsk region. Ukraine's general staff said its troops repelled 35 attacks near Pokrovsk. ") * 10 + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=200, help="rounds of three lookups (default 200)")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflict_api.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from events.extraction.pipeline import extract_article
    from events.extraction.places import Gazetteer, get_gazetteer

    started = time.process_time()
    Gazetteer.load()
    load_cpu = time.process_time() - started

    gaz = get_gazetteer()
    kursk = gaz.region("Koursk")
    gaz.lookup("Soujda", region=kursk)  # the per-region pool, built once
    started = time.perf_counter()
    for _ in range(args.repeat):
        gaz.lookup("Koupiansk")
        gaz.lookup("Soujda", region=kursk)
        gaz.region("Voronej")
    lookups = time.perf_counter() - started

    extract_article(ENGLISH)  # warm
    started = time.perf_counter()
    extract_article(ENGLISH)
    english = time.perf_counter() - started

    print(f"gazetteer load      {load_cpu * 1000:8.0f} ms CPU")
    print(f"lookups             {lookups * 1000:8.0f} ms for {args.repeat} x 3 ({lookups / (3 * args.repeat) * 1e6:.0f} "
          "us each)")
    print(f"English article     {english * 1000:8.0f} ms for {len(ENGLISH.encode()) / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
