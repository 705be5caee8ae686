"""The explorer's first view at scale: the API calls it makes, and the time until its markers are drawn.

Starts gunicorn as deployed (DEBUG off, conflict_api/gunicorn_conf.py), then
1. times each request the page makes on opening (/api/claims/markers/, /api/claims/weekly/, the first page of
   /api/claims/), one after the other and then together as the browser sends them, and /api/claims/places/ (the
   same places as objects with their control event, which the page does not read) for comparison;
2. opens / in Debian's headless Chromium (a fresh profile per run) and reads the time from navigation start to
   the markers drawn (the page sets #map[data-ready-ms] then).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python benchmarks/explorer_bench.py
    ... --cache-seconds 300    # as deployed: repeated views come from the response cache
    ... --smoke                # one run of each, for the test suite
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks.api_bench import Server  # noqa: E402

FIRST_VIEW = [
    "/api/claims/markers/",
    "/api/claims/weekly/",
    "/api/claims/?limit=50&ordering=-occurred_on",
]


def fetch(base: str, path: str) -> tuple[float, int]:
    started = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=120) as response:
        body = response.read()
        assert response.status == 200, (path, response.status)
    return (time.perf_counter() - started) * 1000, len(body)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


ALSO = ["/api/claims/places/"]  # not called by the page


def measure_api(base: str, runs: int) -> None:
    total = []
    for path in FIRST_VIEW + ALSO:
        times, size = [], 0
        for _ in range(runs):
            elapsed, size = fetch(base, path)
            times.append(elapsed)
        if path in FIRST_VIEW:
            total.append(median(times))
        note = "" if path in FIRST_VIEW else "  (not in the first view)"
        print(f"  {path:<48} p50 {median(times):8.1f} ms  max {max(times):8.1f} ms  {size / 1e6:6.2f} MB{note}")
    print(f"  {'sum of the first view calls (one after the other)':<48} p50 {sum(total):8.1f} ms")
    together = []
    with ThreadPoolExecutor(len(FIRST_VIEW)) as pool:
        for _ in range(runs):
            started = time.perf_counter()
            list(pool.map(lambda path: fetch(base, path), FIRST_VIEW))
            together.append((time.perf_counter() - started) * 1000)
    print(f"  {'the same calls sent together, as the page does':<48} p50 {median(together):8.1f} ms")


def measure_browser(base: str, runs: int) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.browser.conftest import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS

    os.environ["SE_OFFLINE"] = "true"
    figures, markers = [], ""
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as profile:
            options = webdriver.ChromeOptions()
            options.binary_location = CHROMIUM
            for flag in [*CHROMIUM_FLAGS, "--window-size=1366,768", f"--user-data-dir={profile}"]:
                options.add_argument(flag)
            driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
            try:
                driver.get(base + "/")
                found = WebDriverWait(driver, 120).until(
                    EC.presence_of_element_located((By.CSS_SELECTOR, "#map[data-ready-ms]"))
                )
                figures.append(float(found.get_attribute("data-ready-ms")))
                markers = found.get_attribute("data-markers")
            finally:
                driver.quit()
    print(f"  headless Chromium, fresh profile, 1366x768: markers drawn {markers} places, "
          f"p50 {median(figures):.0f} ms, max {max(figures):.0f} ms after navigation start ({runs} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--cache-seconds", type=int, default=0, help="the response cache (0: off, every call works)")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--smoke", action="store_true", help="one run of each, 1 worker")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("DATABASE_URL (or --database-url) must name the database to measure")
    if args.smoke:
        args.runs, args.workers, args.threads = 1, 1, 1

    server = Server(args.database_url, args.workers, args.threads,
                    config=str(PROJECT_ROOT / "conflict_api" / "gunicorn_conf.py"), cache_seconds=args.cache_seconds)
    server.start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        print(f"explorer first view: gunicorn {args.workers} workers x {args.threads} threads, response cache "
              f"{'off' if args.cache_seconds == 0 else f'{args.cache_seconds} s'}, {args.runs} runs, "
              f"load average {os.getloadavg()[0]:.2f}")
        fetch(base, "/")  # warm the workers' imports and connections
        measure_api(base, args.runs)
        if not args.no_browser:
            measure_browser(base, args.runs)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
