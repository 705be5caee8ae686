"""The benchmark tools work: the generator loads consistent rows, api_bench runs end to end on a tiny database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db.models import Count

from benchmarks import generate
from events import selectors
from events.choices import EventType, Side
from events.models import Actor, Claim, Event, Locality, Source

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def test_generator_loads_the_requested_number_of_claims_with_their_events_and_sources(db):
    claims_before = Claim.objects.count()

    generate.generate(claims=200, localities=80, seed=7, chunk_claims=120, out=None)

    assert Claim.objects.count() == claims_before + 200
    assert Event.objects.count() >= 200 // 5
    assert Source.objects.count() >= 200 // 8
    assert Locality.objects.filter(kind="village").exists()
    assert Locality.objects.filter(kind="region", parent__kind="country").count() == sum(
        len(regions) for regions in generate.REGIONS.values()
    )
    # the loader derives Event.contested after its bulk writes, as the ingest does
    contested_ids = set(selectors.contested_event_ids().values_list("event_id", flat=True))
    assert contested_ids
    assert set(Event.objects.filter(contested=True).values_list("pk", flat=True)) == contested_ids


def test_generator_quotes_are_verbatim_slices_of_their_source_text(db):
    generate.generate(claims=200, localities=80, seed=3, out=None)

    claims = Claim.objects.select_related("source").filter(source__name__startswith="synthetic_")
    assert claims.count() == 200
    for claim in claims:
        assert claim.source.text[claim.quote_start : claim.quote_end] == claim.quote


def test_generator_covers_every_side_and_places_villages_inside_their_country(db):
    generate.generate(claims=300, localities=100, seed=5, out=None)

    assert set(Actor.objects.values_list("side", flat=True)) == set(Side.values)
    assert len(set(Event.objects.values_list("event_type", flat=True))) >= len(EventType.values) // 2
    villages = Locality.objects.filter(kind__in=["village", "town", "city"], geo_precision="exact")
    for place in villages:
        lat_min, lat_max, lon_min, lon_max = generate.BBOX[place.country_code]
        assert lat_min <= place.latitude <= lat_max and lon_min <= place.longitude <= lon_max
        assert place.parent.kind == "region"
        assert place.search_names.startswith("|") and place.search_names.endswith("|")
    assert not Event.objects.annotate(n=Count("claims")).filter(n__gt=5).exists()


def test_generator_with_the_same_seed_writes_the_same_quotes(db):
    generate.generate(claims=50, localities=60, seed=11, reset=True, out=None)
    first = list(Claim.objects.order_by("id").values_list("quote", flat=True))

    generate.generate(claims=50, localities=60, seed=11, reset=True, out=None)

    assert list(Claim.objects.order_by("id").values_list("quote", flat=True)) == first


def _run(args: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


@pytest.mark.e2e
@pytest.mark.slow
def test_api_bench_smoke_run_prints_its_table_against_a_tiny_sqlite_database(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'bench.sqlite3'}", DEBUG="1", PYTHONUNBUFFERED="1")
    migrate = _run(["manage.py", "migrate", "-v", "0"], env, timeout=120)
    assert migrate.returncode == 0, migrate.stderr
    loaded = _run(["benchmarks/generate.py", "--claims", "300", "--seed", "2"], env, timeout=120)
    assert loaded.returncode == 0, loaded.stderr
    assert "events_claim" in loaded.stdout and "rows/s" in loaded.stdout

    bench = _run(["benchmarks/api_bench.py", "--smoke"], env, timeout=180)

    assert bench.returncode == 0, bench.stdout + bench.stderr
    for expected in ("claims page (limit=100)", "deep page", "event detail", "floor p50", "req/s",
                     "queries per claims page by limit", "CSV export of all claims"):
        assert expected in bench.stdout, bench.stdout
    assert "(constant)" in bench.stdout, bench.stdout


@pytest.mark.e2e
@pytest.mark.slow
def test_explorer_bench_smoke_run_times_the_first_view_against_a_tiny_sqlite_database(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'bench.sqlite3'}", DEBUG="1", PYTHONUNBUFFERED="1")
    assert _run(["manage.py", "migrate", "-v", "0"], env, timeout=120).returncode == 0
    assert _run(["benchmarks/generate.py", "--claims", "200", "--seed", "3"], env, timeout=120).returncode == 0

    bench = _run(["benchmarks/explorer_bench.py", "--smoke", "--no-browser"], env, timeout=180)

    assert bench.returncode == 0, bench.stdout + bench.stderr
    for expected in ("/api/claims/markers/", "/api/claims/places/", "/api/claims/weekly/", "sum of the first view calls",
                     "sent together"):
        assert expected in bench.stdout, bench.stdout


def test_the_lookup_benchmark_prints_its_three_figures():
    env = {**os.environ, "DEBUG": "1"}
    run = subprocess.run([sys.executable, "benchmarks/lookup_bench.py", "--repeat", "5"], cwd=PROJECT_ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["gazetteer", "lookups", "English"]
    assert all(" ms" in line for line in lines)
