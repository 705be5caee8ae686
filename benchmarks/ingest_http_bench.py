"""POST /api/sources/ latency: seed-sized articles posted one at a time to gunicorn, p50/p95/max over N posts.

Run from the project root against a database of your own (never `test`):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_ingest .venv/bin/python benchmarks/ingest_http_bench.py -n 100
Each post is a seed article with a numbered last line, so every one is a new source (status `created`) whose
events mostly match those of earlier posts, as a feed of related wire stories does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import django
import httpx

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=100, help="timed posts (after 5 warm-up posts)")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()

    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflict_api.settings")
    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from rest_framework.authtoken.models import Token

    call_command("migrate", verbosity=0)
    user, _ = User.objects.get_or_create(username="bench-ingester")
    user.groups.add(Group.objects.get(name="ingesters"))
    token, _ = Token.objects.get_or_create(user=user)

    env = {**os.environ, "DEBUG": "0", "SECURE_SSL_REDIRECT": "0", "SECRET_KEY": "bench", "ALLOWED_HOSTS": "127.0.0.1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "conflict_api/gunicorn_conf.py", "conflict_api.wsgi", "-w", "1",
         "-b", f"127.0.0.1:{args.port}", "--timeout", "120"], cwd=PROJECT, env=env,
    )
    seeds = sorted((PROJECT / "seeds").iterdir())
    run = int(time.time())
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{args.port}", timeout=120,
                          headers={"Authorization": f"Token {token.key}"}) as client:
            for _ in range(100):
                try:
                    if client.get("/readyz").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.2)
            timings = []
            for n in range(args.n + 5):
                seed = seeds[n % len(seeds)]
                text = seed.read_text() + f"\nRéf. {run}-{n}\n"
                started = time.perf_counter()
                response = client.post("/api/sources/", json={"name": f"bench_{run}_{n}.txt", "text": text})
                elapsed = time.perf_counter() - started
                assert response.status_code == 201, response.text
                if n >= 5:
                    timings.append(elapsed * 1000)
    finally:
        server.terminate()
        server.wait()
    timings.sort()
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    print(f"{len(timings)} posts of {min(len(s.read_bytes()) for s in seeds)}-{max(len(s.read_bytes()) for s in seeds)}"
          f" bytes: p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, max {timings[-1]:.1f} ms")


if __name__ == "__main__":
    main()
