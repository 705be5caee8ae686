"""Measure the API as deployed (gunicorn, DEBUG off) against its floor: the same SQL plus json.dumps of the same rows.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python benchmarks/api_bench.py

It starts gunicorn on a free loopback port, discovers what the API offers at run time (pagination style, claim
filters, GeoJSON and CSV formats) from its responses and its OpenAPI schema, and for each typical request prints
p50 / p95 latency beside the floor's, the ratio, the rows returned and the queries the request runs. Then it
measures requests/s under concurrency 8 (wrk when installed, a Python thread pool otherwise), streams the full CSV
export while watching the workers' peak RSS, and stops gunicorn. Every loop is bounded in count or time and only
127.0.0.1 is contacted. `--smoke` runs everything with a handful of requests (the test suite uses it on SQLite).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime as dt
import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
DEEP_ROW = 900_000
PAGE = 100


# --------------------------------------------------------------------------------------------------------------
# Small utilities: percentiles, HTTP on loopback, the gunicorn server.
# --------------------------------------------------------------------------------------------------------------


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p95 of 200 samples is the 190th smallest)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-pct * len(ordered) // 100))))
    return ordered[rank - 1]


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    def json(self):
        return json.loads(self.body)


class Client:
    """One keep-alive HTTP/1.1 connection to the server, reopened whenever the server closes it."""

    def __init__(self, port: int, timeout: float = 120.0) -> None:
        self.port, self.timeout = port, timeout
        self.conn: http.client.HTTPConnection | None = None

    def get(self, path: str) -> Response:
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=self.timeout)
            started = time.perf_counter()
            try:
                self.conn.request("GET", path, headers={"Accept-Encoding": "identity"})
                resp = self.conn.getresponse()
                body = resp.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A kept-alive connection the server had closed: retry once on a new one.
                self.close()
                if attempt == 2:
                    raise
                continue
            except Exception:
                self.close()
                raise
            seconds = time.perf_counter() - started
            headers = {k.lower(): v for k, v in resp.getheaders()}
            if headers.get("connection", "").lower() == "close" or resp.will_close:
                self.close()
            return Response(resp.status, headers, body, seconds)
        raise RuntimeError("unreachable")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """gunicorn as in production: DEBUG off, a real SECRET_KEY, only 127.0.0.1 allowed, logs to a temp file."""

    database_url: str
    workers: int
    threads: int
    config: str | None = None
    cache_seconds: int = 0
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None
    log_path: str = ""

    @property
    def command(self) -> list[str]:
        gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
        cmd = [gunicorn, "conflict_api.wsgi", "--bind", f"{HOST}:{self.port}", "--workers", str(self.workers),
               "--chdir", str(PROJECT_ROOT), "--log-level", "warning", "--graceful-timeout", "5",
               "--timeout", "300"]
        if self.threads > 1:
            cmd += ["--worker-class", "gthread", "--threads", str(self.threads)]
        if self.config:
            cmd += ["--config", str(Path(self.config).resolve())]
        return cmd

    def start(self, timeout: float = 60.0) -> None:
        env = dict(os.environ)
        env.update({
            "DEBUG": "0", "SECRET_KEY": "benchmark-" + os.urandom(16).hex(), "ALLOWED_HOSTS": HOST,
            "SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback
            "DATABASE_URL": self.database_url, "CONN_MAX_AGE": "600", "LOG_LEVEL": "WARNING",
            # The anonymous throttle (100,000/hour by default) would answer 429 during the load test.
            "THROTTLE_ANON": "100000000/hour", "PYTHONUNBUFFERED": "1",
            # The response cache (events/api/caching.py): off while latencies are measured, so that every
            # request does the work; on for the second load test.
            "API_CACHE_SECONDS": str(self.cache_seconds),
        })
        fd, self.log_path = tempfile.mkstemp(prefix="api_bench_gunicorn_", suffix=".log")
        os.close(fd)
        log = open(self.log_path, "wb")  # noqa: SIM115 - the child owns it until stop()
        self.proc = subprocess.Popen(self.command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=PROJECT_ROOT)
        deadline = time.monotonic() + timeout
        client = Client(self.port, timeout=5)
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}:\n{self.log()}")
            try:
                # Ready when it answers and every worker has booted (when /proc shows them).
                workers_seen = len(self.worker_pids()) >= self.workers or not Path("/proc/self/stat").exists()
                if client.get("/api/").status == 200 and workers_seen:
                    client.close()
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn not ready after {timeout:.0f} s:\n{self.log()}")

    def worker_pids(self) -> list[int]:
        """The gunicorn workers: the master's children, from /proc (empty where /proc is not Linux's)."""
        if self.proc is None:
            return []
        master = self.proc.pid
        with contextlib.suppress(OSError):
            return [int(pid) for pid in Path(f"/proc/{master}/task/{master}/children").read_text().split()]
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                # The command name, in parentheses, may hold spaces: the parent pid is the 2nd field after it.
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == master:
                    pids.append(int(stat.parent.name))
        return pids

    def log(self) -> str:
        try:
            return Path(self.log_path).read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None
        with contextlib.suppress(OSError):
            os.unlink(self.log_path)


def proc_status_kb(pid: int, key: str) -> int:
    """A memory figure (VmRSS, VmHWM...) of a process in kB, 0 when unavailable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def reset_peak_rss(pid: int) -> bool:
    """Writing 5 to clear_refs resets VmHWM to the current RSS (Linux >= 4.0)."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


# --------------------------------------------------------------------------------------------------------------
# The floor: the same rows fetched with plain SQL (no ORM) and serialised with json.dumps.
# --------------------------------------------------------------------------------------------------------------

CLAIM_COLUMNS = """
    c.id, c.stance, c.quote, c.quote_start, c.quote_end, c.claimed_on, c.claimed_precision, c.review_status,
    c.curator_note, c.created_at, c.updated_at,
    s.id, s.name, s.title, s.publisher, s.language, s.published_on, s.published_precision,
    a.id, a.name, a.side, a.kind,
    e.id, e.event_type, e.actor_side, e.country_code, e.occurred_on, e.occurred_precision, e.quantities, e.summary,
    r.id, r.name, r.name_fr, r.name_native, r.kind, r.country_code, r.latitude, r.longitude, r.geo_precision
"""
CLAIM_FROM = """
    FROM events_claim c
    JOIN events_source s ON s.id = c.source_id
    JOIN events_actor a ON a.id = c.claimant_id
    JOIN events_event e ON e.id = c.event_id
    LEFT JOIN events_locality r ON r.id = e.region_id
"""
LOCALITY_BRIEF = "l.id, l.name, l.name_fr, l.name_native, l.kind, l.country_code, l.latitude, l.longitude, " \
                 "l.geo_precision"
BRIEF_KEYS = ["id", "name", "name_fr", "name_native", "kind", "country_code", "latitude", "longitude",
              "geo_precision"]


def _json_value(value):
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _iso(value):
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _localities_of(cursor, event_ids: Sequence[int]) -> dict[int, list[dict]]:
    by_event: dict[int, list[dict]] = {}
    if not event_ids:
        return by_event
    marks = ", ".join(["%s"] * len(event_ids))
    cursor.execute(
        f"SELECT el.event_id, {LOCALITY_BRIEF} FROM events_event_localities el "
        f"JOIN events_locality l ON l.id = el.locality_id WHERE el.event_id IN ({marks}) ORDER BY l.name, l.id",
        list(event_ids),
    )
    for row in cursor.fetchall():
        by_event.setdefault(row[0], []).append(dict(zip(BRIEF_KEYS, row[1:], strict=True)))
    return by_event


def place_and_descendants(cursor, locality_id: int) -> list[int]:
    """The place and everything inside it (a region's villages, a country's regions and their villages)."""
    cursor.execute(
        "SELECT id FROM events_locality WHERE id = %s OR parent_id = %s "
        "OR parent_id IN (SELECT id FROM events_locality WHERE parent_id = %s)", [locality_id] * 3)
    return [row[0] for row in cursor.fetchall()]


def events_at_sql(alias: str, place_ids: Sequence[int]) -> tuple[str, list]:
    """`alias.id` is an event at one of the places, through its localities or its region: one semi-join."""
    marks = ", ".join(["%s"] * len(place_ids))
    return (f"{alias} IN (SELECT el.event_id FROM events_event_localities el WHERE el.locality_id IN ({marks}) "
            f"UNION ALL SELECT r2.id FROM events_event r2 WHERE r2.region_id IN ({marks}))", [*place_ids, *place_ids])


def floor_claims(where: str = "", params: Sequence = (), limit: int = PAGE, offset: int = 0) -> list[dict]:
    """The claims page as the API shows it, in two plain queries, like the API's select_related + prefetch."""
    from django.db import connection

    sql = f"SELECT {CLAIM_COLUMNS} {CLAIM_FROM} {where} ORDER BY c.id LIMIT %s"
    args = [*params, limit]
    if offset:
        sql += " OFFSET %s"
        args.append(offset)
    with connection.cursor() as cursor:
        cursor.execute(sql, args)
        rows = cursor.fetchall()
        localities = _localities_of(cursor, sorted({row[22] for row in rows}))
    out = []
    for r in rows:
        region = dict(zip(BRIEF_KEYS, r[30:39], strict=True)) if r[30] is not None else None
        out.append({
            "id": r[0],
            "source": {"id": r[11], "name": r[12], "title": r[13], "publisher": r[14], "language": r[15],
                       "published_on": _iso(r[16]), "published_precision": r[17]},
            "claimant": {"id": r[18], "name": r[19], "side": r[20], "kind": r[21]},
            "stance": r[1],
            "event": {"id": r[22], "event_type": r[23], "actor_side": r[24], "localities": localities.get(r[22], []),
                      "region": region, "country_code": r[25], "occurred_on": _iso(r[26]),
                      "occurred_precision": r[27], "quantities": _json_value(r[28]), "summary": r[29]},
            "quote": r[2], "quote_start": r[3], "quote_end": r[4], "claimed_on": _iso(r[5]),
            "claimed_precision": r[6], "review_status": r[7], "curator_note": r[8],
            "created_at": _iso(r[9]), "updated_at": _iso(r[10]),
        })
    return out


def floor_event(event_id: int) -> dict:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.id, e.event_type, e.actor_side, e.country_code, e.occurred_on, e.occurred_precision, "
            "e.quantities, e.summary, e.created_at, e.updated_at, "
            f"{LOCALITY_BRIEF.replace('l.', 'r.')}, "
            "(SELECT COUNT(*) FROM events_claim c WHERE c.event_id = e.id), "
            "(SELECT COUNT(DISTINCT c.source_id) FROM events_claim c WHERE c.event_id = e.id) "
            "FROM events_event e LEFT JOIN events_locality r ON r.id = e.region_id WHERE e.id = %s",
            [event_id],
        )
        r = cursor.fetchone()
        localities = _localities_of(cursor, [event_id])
    return {
        "id": r[0], "event_type": r[1], "actor_side": r[2], "localities": localities.get(event_id, []),
        "region": dict(zip(BRIEF_KEYS, r[10:19], strict=True)) if r[10] is not None else None,
        "country_code": r[3], "occurred_on": _iso(r[4]), "occurred_precision": r[5],
        "quantities": _json_value(r[6]), "summary": r[7], "claims_count": r[19], "sources_count": r[20],
        "created_at": _iso(r[8]), "updated_at": _iso(r[9]),
    }


def floor_event_features(where: str, params: Sequence) -> dict:
    """The events GeoJSON export: one Point per event x place (else its region, else no geometry)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.id, e.event_type, e.actor_side, e.occurred_on, e.occurred_precision, e.country_code, "
            "e.region_id, r.name, e.summary, e.quantities, e.curated, e.created_at, e.updated_at, "
            f"{LOCALITY_BRIEF.replace('l.', 'r.')} FROM events_event e "
            f"LEFT JOIN events_locality r ON r.id = e.region_id {where} ORDER BY e.id", list(params))
        events = cursor.fetchall()
        ids = [row[0] for row in events]
        localities = _localities_of(cursor, ids)
        claims: dict[int, list[tuple]] = {}
        if ids:
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute("SELECT c.event_id, c.source_id, c.stance, c.review_status, a.side FROM events_claim c "
                           f"JOIN events_actor a ON a.id = c.claimant_id WHERE c.event_id IN ({marks})", ids)
            for row in cursor.fetchall():
                claims.setdefault(row[0], []).append(row[1:])
    features = []
    for r in events:
        of_event = claims.get(r[0], [])
        kept = [c for c in of_event if c[2] != "rejected"]
        stances = {c[1] for c in kept}
        sides = {c[3] for c in kept}
        base = {"event_id": r[0], "event_type": r[1], "actor_side": r[2], "occurred_on": _iso(r[3]),
                "occurred_precision": r[4], "country_code": r[5], "region_id": r[6], "region_name": r[7],
                "summary": r[8], "quantities": json.dumps(_json_value(r[9]) or {}, sort_keys=True),
                "claims_count": len(of_event), "sources_count": len({c[0] for c in of_event}),
                "contested": ("denies" in stances and bool(stances - {"denies"}))
                or (bool(sides & {"RU", "KP"}) and "UA" in sides),
                "claimant_sides": ";".join(sorted({c[3] for c in of_event})), "curated": r[10],
                "created_at": _iso(r[11]), "updated_at": _iso(r[12])}
        places = localities.get(r[0]) or ([dict(zip(BRIEF_KEYS, r[13:22], strict=True))] if r[6] else [None])
        for place in places:
            props = dict(base)
            if place:
                props.update(locality_id=place["id"], locality_name=place["name"], locality_name_fr=place["name_fr"],
                             locality_kind=place["kind"], latitude=place["latitude"], longitude=place["longitude"],
                             geo_precision=place["geo_precision"])
            lat, lon = props.get("latitude"), props.get("longitude")
            features.append({"type": "Feature", "properties": props,
                             "geometry": {"type": "Point", "coordinates": [lon, lat]} if lat is not None else None})
    return {"type": "FeatureCollection", "features": features}


def floor_csv() -> tuple[int, int, float]:
    """Every claim as a flat CSV row through a server-side cursor: (rows, bytes, seconds)."""
    import csv
    import io

    from django.db import connection, transaction

    started = time.perf_counter()
    rows = size = 0
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    with transaction.atomic(), connection.chunked_cursor() as cursor:
        # One row per claim x place of its event (else its region), like the API's export.
        cursor.execute(
            "SELECT c.id, c.stance, c.quote, c.quote_start, c.quote_end, c.claimed_on, c.claimed_precision, "
            "c.review_status, c.curated, a.id, a.name, a.side, a.kind, s.id, s.name, s.title, s.publisher, "
            "s.published_on, s.published_precision, e.id, e.event_type, e.actor_side, e.occurred_on, "
            "e.occurred_precision, e.country_code, e.region_id, r.name, e.quantities, "
            "COALESCE(l.id, r.id), COALESCE(l.name, r.name), COALESCE(l.name_fr, r.name_fr), "
            "COALESCE(l.kind, r.kind), COALESCE(l.latitude, r.latitude), COALESCE(l.longitude, r.longitude), "
            "COALESCE(l.geo_precision, r.geo_precision), c.created_at, c.updated_at "
            "FROM events_claim c JOIN events_actor a ON a.id = c.claimant_id "
            "JOIN events_event e ON e.id = c.event_id JOIN events_source s ON s.id = c.source_id "
            "LEFT JOIN events_locality r ON r.id = e.region_id "
            "LEFT JOIN events_event_localities el ON el.event_id = e.id "
            "LEFT JOIN events_locality l ON l.id = el.locality_id ORDER BY c.id, l.name, l.id")
        while True:
            batch = cursor.fetchmany(2000)
            if not batch:
                break
            writer.writerows(batch)
            rows += len(batch)
            size += len(buffer.getvalue().encode())
            buffer.seek(0)
            buffer.truncate()
    return rows, size, time.perf_counter() - started


# --------------------------------------------------------------------------------------------------------------
# Discovery: what the API offers right now.
# --------------------------------------------------------------------------------------------------------------

LOCALITY_PARAMS = ["locality", "locality_id", "localities", "place"]
AFTER_PARAMS = ["occurred_after", "occurred_on_after", "occurred_from", "occurred_since", "occurred_on__gte",
                "date_after", "since"]
BEFORE_PARAMS = ["occurred_before", "occurred_on_before", "occurred_to", "occurred_until", "occurred_on__lte",
                 "date_before", "until"]
SIDE_PARAMS = ["claimant_side", "side", "claimant__side"]


def results_of(payload) -> list:
    if isinstance(payload, list):
        return payload
    if isinstance(payload, dict):
        for key in ("results", "data", "items", "features"):
            if isinstance(payload.get(key), list):
                return payload[key]
    return []


def schema_of(client: Client) -> dict:
    for path in ("/api/schema/?format=json", "/api/schema/"):
        with contextlib.suppress(Exception):
            resp = client.get(path)
            if resp.status == 200:
                with contextlib.suppress(ValueError):
                    return json.loads(resp.body)
                with contextlib.suppress(Exception):
                    import yaml

                    return yaml.safe_load(resp.body)
    return {}


def list_parameters(schema: dict, path: str) -> dict[str, dict]:
    params = (schema.get("paths", {}).get(path, {}).get("get", {}) or {}).get("parameters", [])
    return {p.get("name"): p.get("schema", {}) for p in params if isinstance(p, dict)}


def first_present(candidates: Sequence[str], available: dict) -> str | None:
    return next((name for name in candidates if name in available), None)


def with_query(path: str, **params) -> str:
    query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    return f"{path}?{query}" if query else path


def path_of(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _b64_decode(token: str) -> str | None:
    padded = token + "=" * (-len(token) % 4)
    for decoder in (base64.urlsafe_b64decode, base64.b64decode):
        with contextlib.suppress(Exception):
            text = decoder(padded.encode()).decode()
            if text.isprintable():
                return text
    return None


def craft_keyset_url(next_url: str, last_id: int, target_id: int) -> str | None:
    """Rewrite a next link whose cursor holds `last_id` (plainly or base64-encoded) to continue after `target_id`."""
    parts = urllib.parse.urlsplit(next_url)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    pattern = re.compile(rf"(?<![0-9]){last_id}(?![0-9])")
    for i, (key, value) in enumerate(query):
        new_value = None
        if value == str(last_id):
            new_value = str(target_id)
        else:
            decoded = _b64_decode(value)
            if decoded and pattern.search(decoded):
                replaced = pattern.sub(str(target_id), decoded)
                # URL-safe alphabet unless the original token shows the standard one.
                standard = "+" in value or "/" in value
                encode = base64.b64encode if standard else base64.urlsafe_b64encode
                new_value = encode(replaced.encode()).decode()
                if "=" not in value:
                    new_value = new_value.rstrip("=")
        if new_value is not None:
            query[i] = (key, new_value)
            return parts.path + "?" + urllib.parse.urlencode(query)
    return None


# --------------------------------------------------------------------------------------------------------------
# Cases and measurements.
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    paths: list[str]  # rotated through, one per request
    floor: Callable[[int], object] | None  # i -> the rows the floor serialises
    kind: str = "list"  # list, detail, geojson
    note: str = ""
    available: bool = True
    result: dict = field(default_factory=dict)


def measure_api(client: Client, case: Case, requests: int, warmup: int) -> dict:
    for i in range(warmup):
        client.get(case.paths[i % len(case.paths)])
    times, statuses, sizes, rows = [], {}, [], []
    for i in range(requests):
        resp = client.get(case.paths[i % len(case.paths)])
        times.append(resp.seconds)
        statuses[resp.status] = statuses.get(resp.status, 0) + 1
        sizes.append(len(resp.body))
        if i < len(case.paths) and resp.status == 200:
            with contextlib.suppress(ValueError):
                payload = resp.json()
                rows.append(len(results_of(payload)) if case.kind != "detail" else 1)
    return {"p50": percentile(times, 50), "p95": percentile(times, 95), "statuses": statuses,
            "bytes": statistics.mean(sizes), "rows": statistics.mean(rows) if rows else 0}


def floor_rows(data) -> int:
    if isinstance(data, list):
        return len(data)
    return len(data["features"]) if isinstance(data, dict) and "features" in data else 1


def measure_floor(case: Case, requests: int, warmup: int) -> dict:
    # Rows averaged over the same rotation of URLs as measure_api counts them.
    rows = statistics.mean(floor_rows(case.floor(i)) for i in range(len(case.paths)))
    for i in range(warmup):
        json.dumps(case.floor(i), default=str)
    times = []
    for i in range(requests):
        started = time.perf_counter()
        json.dumps(case.floor(i), default=str).encode()
        times.append(time.perf_counter() - started)
    return {"p50": percentile(times, 50), "p95": percentile(times, 95), "rows": rows}


def profile_in_process(paths: Sequence[str]) -> dict:
    """Run the request inside this process: the queries it makes, their time, and the total time."""
    from django.db import connection
    from django.test import Client as DjangoClient
    from django.test.utils import CaptureQueriesContext

    timings: list[float] = []

    def timed(execute, sql, params, many, context):
        # Django's own capture rounds to the millisecond: time each query here instead.
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings.append(time.perf_counter() - started)

    client = DjangoClient(SERVER_NAME=HOST)
    client.get(paths[0])  # warm caches
    with CaptureQueriesContext(connection) as ctx, connection.execute_wrapper(timed):
        started = time.perf_counter()
        response = client.get(paths[0])
        if getattr(response, "streaming", False):
            for _ in response.streaming_content:
                pass
        total = time.perf_counter() - started
    queries = [{"sql": q["sql"], "time": seconds} for q, seconds in zip(ctx.captured_queries, timings, strict=False)]
    return {"status": response.status_code, "queries": len(queries), "sql_seconds": sum(q["time"] for q in queries),
            "total_seconds": total, "slowest": max(queries, key=lambda q: q["time"]) if queries else None}


def run_load(port: int, path: str, seconds: float, concurrency: int) -> dict:
    """Requests/s at `concurrency` connections for `seconds`: wrk when installed, else a thread pool."""
    url = f"http://{HOST}:{port}{path}"
    wrk = shutil.which("wrk")
    if wrk:
        out = subprocess.run([wrk, "-t", "2", "-c", str(concurrency), "-d", f"{max(1, round(seconds))}s",
                              "--latency", "--timeout", "10s", url],
                             capture_output=True, text=True, timeout=seconds + 60).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        total = int(re.search(r"(\d+) requests in", out).group(1))
        non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
        socket_errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
        p50 = re.search(r"50%\s+([\d.]+\w+)", out)
        p99 = re.search(r"99%\s+([\d.]+\w+)", out)
        return {"tool": "wrk", "rps": rps, "requests": total, "errors": non2xx + socket_errors,
                "p50": p50.group(1) if p50 else "?", "p99": p99.group(1) if p99 else "?"}
    deadline = time.monotonic() + seconds
    counts, errors, latencies = [0] * concurrency, [0] * concurrency, [[] for _ in range(concurrency)]

    def worker(n: int) -> None:
        client = Client(port, timeout=10)
        while time.monotonic() < deadline:
            try:
                resp = client.get(path)
                counts[n] += 1
                latencies[n].append(resp.seconds)
                if resp.status != 200:
                    errors[n] += 1
            except OSError:
                errors[n] += 1
                client.close()
        client.close()

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 30)
    elapsed = time.monotonic() - started
    flat = [x for lat in latencies for x in lat]
    return {"tool": "python threads", "rps": sum(counts) / elapsed, "requests": sum(counts), "errors": sum(errors),
            "p50": f"{percentile(flat, 50) * 1000:.1f}ms", "p99": f"{percentile(flat, 99) * 1000:.1f}ms"}


def print_load(path: str, load: dict) -> None:
    print(f"    {path:<28} {load['rps']:>8.1f} req/s  {load['requests']:>6} requests  errors {load['errors']}"
          f"  latency p50 {load['p50']} p99 {load['p99']}  ({load['tool']})")


def stream_csv(server: Server, path: str) -> dict:
    """Download the whole export, counting rows and bytes, while sampling the workers' RSS."""
    pids = server.worker_pids()
    baseline = {pid: proc_status_kb(pid, "VmRSS") for pid in pids}
    cleared = all(reset_peak_rss(pid) for pid in pids)
    peak = dict(baseline)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            for pid in pids:
                peak[pid] = max(peak.get(pid, 0), proc_status_kb(pid, "VmRSS"))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    conn = http.client.HTTPConnection(HOST, server.port, timeout=600)
    started = time.perf_counter()
    first_byte = None
    size = lines = 0
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        status, content_type = resp.status, resp.getheader("Content-Type", "")
        while chunk := resp.read(1 << 16):
            if first_byte is None:
                first_byte = time.perf_counter() - started
            size += len(chunk)
            lines += chunk.count(b"\n")
    finally:
        conn.close()
        seconds = time.perf_counter() - started
        stop.set()
        sampler.join()
    if cleared:
        for pid in pids:
            peak[pid] = max(peak[pid], proc_status_kb(pid, "VmHWM"))
    busiest = max(pids, key=lambda pid: peak[pid] - baseline.get(pid, 0)) if pids else None
    return {"status": status, "content_type": content_type, "bytes": size, "rows": max(0, lines - 1),
            "seconds": seconds, "first_byte": first_byte or seconds,
            "rss_before_kb": baseline.get(busiest, 0), "rss_peak_kb": peak.get(busiest, 0),
            "peak_source": "VmHWM reset via clear_refs" if cleared else "VmRSS sampled every 50 ms"}


# --------------------------------------------------------------------------------------------------------------
# The run.
# --------------------------------------------------------------------------------------------------------------


def setup_django(database_url: str) -> None:
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflict_api.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "benchmark-in-process")
    os.environ["ALLOWED_HOSTS"] = HOST
    os.environ["SECURE_SSL_REDIRECT"] = "0"  # plain HTTP on loopback
    os.environ["THROTTLE_ANON"] = "100000000/hour"
    os.environ["API_CACHE_SECONDS"] = "0"  # the in-process profile measures the work, not a cache hit
    import django

    django.setup()


def dataset_facts() -> dict:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM events_claim")
        claims = cursor.fetchone()[0]
        cursor.execute("SELECT COUNT(*) FROM events_event")
        events = cursor.fetchone()[0]
        cursor.execute("SELECT COUNT(*) FROM events_locality")
        localities = cursor.fetchone()[0]
        # The places most written about: the filtered case asks for the busiest ones (the worst case for a page).
        cursor.execute(
            "SELECT el.locality_id, COUNT(*) FROM events_event_localities el "
            "JOIN events_claim c ON c.event_id = el.event_id GROUP BY el.locality_id ORDER BY 2 DESC, 1 LIMIT 10")
        busy = [row[0] for row in cursor.fetchall()]
        cursor.execute("SELECT e.id FROM events_event e WHERE EXISTS (SELECT 1 FROM events_claim c "
                       "WHERE c.event_id = e.id) ORDER BY e.id LIMIT 50 OFFSET %s", [events // 2])
        event_ids = [row[0] for row in cursor.fetchall()]
    return {"claims": claims, "events": events, "localities": localities, "busy_localities": busy,
            "event_ids": event_ids}


def claim_id_at(row: int) -> int | None:
    """The id of the claim at 1-based position `row` in id order."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM events_claim ORDER BY id LIMIT 1 OFFSET %s", [max(0, row - 1)])
        found = cursor.fetchone()
    return found[0] if found else None


def build_cases(client: Client, schema: dict, facts: dict, args) -> tuple[list[Case], list[str]]:
    notes: list[str] = []
    cases: list[Case] = []
    page = with_query("/api/claims/", limit=PAGE)
    first = client.get(page)
    if first.status != 200:
        raise RuntimeError(f"GET {page} answered {first.status}: {first.body[:500]!r}")
    payload = first.json()
    results = results_of(payload)
    next_url = payload.get("next") if isinstance(payload, dict) else None
    cases.append(Case("claims page (limit=100)", [page], lambda i: floor_claims()))

    claim_params = list_parameters(schema, "/api/claims/")
    loc, after, before, side = (first_present(c, claim_params)
                                for c in (LOCALITY_PARAMS, AFTER_PARAMS, BEFORE_PARAMS, SIDE_PARAMS))
    cases.append(filtered_case(client, facts, args, loc, after, before, side))
    cases.append(deep_case(client, facts, args, payload, results, next_url))

    ids = facts["event_ids"][: args.rotate] or [1]
    cases.append(Case("event detail", [f"/api/events/{i}/" for i in ids], lambda i: floor_event(ids[i % len(ids)]),
                      kind="detail"))
    cases.append(geojson_case(client, schema))
    return cases, notes


def filtered_case(client: Client, facts: dict, args, loc, after, before, side) -> Case:
    """Claims at a busy place (and inside it), in 2023-2025, by one side: the typical analyst's request."""
    name = "claims filtered (locality+dates+side)"
    combos = [(loc_id, s) for loc_id in facts["busy_localities"] for s in ("RU", "UA")][: args.rotate]
    if not (loc and after and side and combos):
        missing = [n for n, p in (("locality", loc), ("date", after), ("side", side)) if not p]
        return Case(name, [], None, available=False,
                    note=f"not available: the claims list has no {'/'.join(missing)} filter")
    # First days of years: the API's month / year precision overlap rules then select the same rows.
    date_from, date_to = "2023-01-01", "2025-12-31"
    paths = [with_query("/api/claims/", limit=PAGE, **{loc: loc_id, after: date_from, side: s},
                        **({before: date_to} if before else {})) for loc_id, s in combos]

    def floor(i: int) -> list[dict]:
        from django.db import connection

        loc_id, claimant_side = combos[i % len(combos)]
        with connection.cursor() as cursor:
            places = place_and_descendants(cursor, loc_id)
        at, values = events_at_sql("c.event_id", places)
        where = f"WHERE {at} AND e.occurred_on >= %s AND a.side = %s"
        values += [date_from, claimant_side]
        if before:
            where += " AND e.occurred_on <= %s"
            values.append(date_to)
        return floor_claims(where, values)

    case = Case(name, paths, floor, note=f"{paths[0]} (and {len(paths) - 1} other places/sides in rotation)")
    api_ids = [r.get("id") for r in results_of(client.get(paths[0]).json())]
    floor_ids = [r["id"] for r in floor(0)]
    if api_ids != floor_ids:
        case.note += f"; API and floor rows differ (API {len(api_ids)} rows, floor {len(floor_ids)})"
    return case


def deep_case(client: Client, facts: dict, args, payload, results: list, next_url: str | None) -> Case:
    """The page at row 900,000 (or 90 % of a smaller table), with whatever pagination the API offers."""
    depth = DEEP_ROW if facts["claims"] >= DEEP_ROW + PAGE else max(1, int(facts["claims"] * 0.9))
    name = f"deep page (row {depth:,})"
    next_query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(next_url).query)) if next_url else {}
    if "offset" in next_query:
        path = with_query("/api/claims/", limit=PAGE, offset=depth)
        return Case(name + " offset", [path], lambda i: floor_claims(offset=depth), note="offset pagination")
    if not (next_url and results):
        return Case(name, [], None, available=False, note="no next link on the first page")
    target = claim_id_at(depth)
    crafted = craft_keyset_url(next_url, results[-1]["id"], target) if target else None
    if crafted:
        resp = client.get(crafted)
        got = results_of(resp.json()) if resp.status == 200 else []
        if got and got[0].get("id") == claim_id_at(depth + 1):
            return Case(name + " cursor", [crafted], lambda i: floor_claims("WHERE c.id > %s", [target]))
    # A cursor this script cannot build: follow next links at the largest page size, for a bounded time.
    reached, url = 0, with_query("/api/claims/", limit=args.follow_limit)
    budget = time.monotonic() + args.follow_seconds
    while url and reached < depth and time.monotonic() < budget:
        body = client.get(path_of(url)).json()
        reached += len(results_of(body))
        url = body.get("next")
    if not url:
        return Case(name, [], None, available=False, note="could not reach the deep page")
    parts = urllib.parse.urlsplit(url)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "limit"] + [("limit", str(PAGE))]
    last = claim_id_at(reached)
    return Case(f"deep page (row {reached:,}) cursor", [parts.path + "?" + urllib.parse.urlencode(query)],
                lambda i: floor_claims("WHERE c.id > %s", [last]), note="reached by following next links")


def geojson_case(client: Client, schema: dict, target: int = 1000) -> Case:
    """The events GeoJSON export of a region over one year, the pair whose export is nearest 1,000 features."""
    from django.db import connection

    name = "GeoJSON export (~1,000 features)"
    params = list_parameters(schema, "/api/events/")
    loc, after, before = (first_present(c, params) for c in (LOCALITY_PARAMS, AFTER_PARAMS, BEFORE_PARAMS))
    probe = client.get(with_query("/api/events/", format="geojson", **({after: "2999-01-01"} if after else {})))
    with contextlib.suppress(ValueError, AttributeError):
        if probe.status != 200 or probe.json().get("type") != "FeatureCollection":
            probe = None
    if not probe or probe.status != 200:
        return Case(name, [], None, available=False, note="not available: /api/events/?format=geojson")
    if not (loc and after and before):
        return Case(name, [], None, available=False, note="no locality / date filters to size the export")
    best = None
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM events_locality WHERE kind = 'region' ORDER BY id")
        regions = [row[0] for row in cursor.fetchall()]
        for region in regions:
            places = place_and_descendants(cursor, region)
            at, values = events_at_sql("e.id", places)
            # Features: one per event x place, or one for an event without places (portable SQL: SQLite too).
            cursor.execute(
                "SELECT t.d, SUM(CASE WHEN t.n = 0 THEN 1 ELSE t.n END) FROM (SELECT e.occurred_on AS d, "
                "(SELECT COUNT(*) FROM events_event_localities x WHERE x.event_id = e.id) AS n FROM events_event e "
                f"WHERE {at} AND e.occurred_on IS NOT NULL) t GROUP BY t.d", values)
            by_year: dict[int, int] = {}
            for day, features in cursor.fetchall():
                year = day.year if isinstance(day, dt.date) else int(str(day)[:4])
                by_year[year] = by_year.get(year, 0) + int(features)
            for year, features in by_year.items():
                if best is None or abs(features - target) < abs(best[0] - target):
                    best = (features, region, year, places)
    if best is None:
        return Case(name, [], None, available=False, note="no events with a date")
    _features, region, year, places = best
    path = with_query("/api/events/", format="geojson", **{loc: region, after: f"{year}-01-01",
                                                            before: f"{year}-12-31"})
    at, values = events_at_sql("e.id", places)

    def floor(i: int) -> dict:
        return floor_event_features(f"WHERE {at} AND e.occurred_on >= %s AND e.occurred_on <= %s",
                                    [*values, f"{year}-01-01", f"{year}-12-31"])

    return Case(name, [path], floor, kind="geojson", note=f"region id {region}, year {year}")


def find_csv(client: Client, schema: dict) -> str | None:
    candidates = [p for p in schema.get("paths", {}) if "csv" in p.lower() and "{" not in p]
    candidates += ["/api/claims/?format=csv", "/api/claims.csv", "/api/claims/export/?format=csv",
                   "/api/claims/csv/"]
    for path in candidates:
        with contextlib.suppress(Exception):
            conn = http.client.HTTPConnection(HOST, client.port, timeout=30)
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                if resp.status == 200 and "csv" in (resp.getheader("Content-Type") or ""):
                    return path
            finally:
                conn.close()
    return None


def explain(sql: str) -> str:
    from django.db import connection

    if connection.vendor != "postgresql":
        return "(EXPLAIN ANALYZE needs PostgreSQL)"
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""),
                        help="the database to measure (default: $DATABASE_URL)")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per case (default 200)")
    parser.add_argument("--warmup", type=int, default=10, help="untimed requests per case first")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3, for 2 cores)")
    parser.add_argument("--threads", type=int, default=2, help="threads per worker; >1 uses gthread (keep-alive)")
    parser.add_argument("--concurrency", type=int, default=8, help="connections of the load test")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of the load test")
    parser.add_argument("--rotate", type=int, default=20, help="distinct URLs rotated through in a case")
    parser.add_argument("--follow-seconds", type=float, default=180.0,
                        help="time allowed to follow next links to the deep page when a cursor cannot be built")
    parser.add_argument("--follow-limit", type=int, default=500, help="page size used when following next links")
    parser.add_argument("--explain", metavar="FILE", help="write EXPLAIN (ANALYZE, BUFFERS) of each case's "
                                                          "slowest query to FILE")
    parser.add_argument("--no-csv", action="store_true", help="skip the full CSV export")
    parser.add_argument("--gunicorn-config", default=str(PROJECT_ROOT / "conflict_api" / "gunicorn_conf.py"),
                        help="the gunicorn config file (default: the production one, conflict_api/gunicorn_conf.py)")
    parser.add_argument("--pg-options", default=None,
                        help='PGOPTIONS for the server and the floor, e.g. "-c jit=off" (what-if runs)')
    parser.add_argument("--cache-seconds", type=int, default=300,
                        help="API_CACHE_SECONDS of the second load test's server (0: skip it); the latencies are "
                        "always measured with the cache off")
    parser.add_argument("--smoke", action="store_true",
                        help="a few requests per case and a 1 s load test: proves the benchmark works")
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("set DATABASE_URL or pass --database-url")
    if args.smoke:
        args.requests, args.warmup, args.duration, args.rotate = 5, 1, 1.0, 3
        args.follow_seconds, args.workers, args.threads = 10.0, 1, 2

    if args.pg_options is not None:
        os.environ["PGOPTIONS"] = args.pg_options  # read by libpq: the server inherits it, the floor uses it
    setup_django(args.database_url)
    from django.db import connection

    facts = dataset_facts()
    started = dt.datetime.now(dt.UTC)
    print(f"API benchmark, {started:%Y-%m-%d %H:%M} UTC, {connection.vendor} "
          f"{connection.settings_dict.get('NAME')}: {facts['claims']:,} claims, {facts['events']:,} events, "
          f"{facts['localities']:,} localities")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('server_version'), current_setting('jit'), "
                           "current_setting('shared_buffers'), current_setting('work_mem')")
            version, jit, shared_buffers, work_mem = cursor.fetchone()
        print(f"PostgreSQL {version}: jit={jit}, shared_buffers={shared_buffers}, work_mem={work_mem}")
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_ROOT, capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "events", "conflict_api"], cwd=PROJECT_ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        if head:
            print(f"code: commit {head}" + (", with uncommitted changes in events/ or conflict_api/" if dirty else ""))
    with contextlib.suppress(OSError):
        print(f"load average before: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}, "
              f"{os.cpu_count()} CPUs")
    server = Server(args.database_url, args.workers, args.threads, args.gunicorn_config)
    if args.pg_options is not None:
        print(f"PGOPTIONS={args.pg_options!r} for the server and the floor")
    print("server: " + " ".join(server.command[1:]))
    server.start()
    try:
        client = Client(server.port)
        schema = schema_of(client)
        cases, notes = build_cases(client, schema, facts, args)
        print(f"requests per case: {args.requests} (after {args.warmup} warm-up), sequential, keep-alive; "
              f"floor = same SQL via psycopg + json.dumps, measured in this process\n")
        explains = []
        for case in cases:
            if not case.available:
                continue
            case.result["api"] = measure_api(client, case, args.requests, args.warmup)
            case.result["floor"] = measure_floor(case, args.requests, args.warmup) if case.floor else None
            case.result["profile"] = profile_in_process(case.paths)
            slowest = case.result["profile"]["slowest"]
            if args.explain and slowest:
                explains.append(f"## {case.name}: {case.paths[0]}\n-- {slowest['time'] * 1000:.1f} ms in "
                                f"the request\n{slowest['sql']}\n\n{explain(slowest['sql'])}\n")

        header = (f"{'case':<50}{'rows':>6}{'q':>4}{'p50 ms':>9}{'p95 ms':>9}{'floor p50':>11}{'floor p95':>11}"
                  f"{'ratio':>7}{'sql ms':>8}")
        print(header)
        print("-" * len(header))
        for case in cases:
            if not case.available:
                print(f"{case.name:<50}  {case.note}")
                continue
            api, floor, prof = case.result["api"], case.result["floor"], case.result["profile"]
            ratio = api["p50"] / floor["p50"] if floor and floor["p50"] else float("nan")
            bad = {s: n for s, n in api["statuses"].items() if s != 200}
            print(f"{case.name:<50}{api['rows']:>6.0f}{prof['queries']:>4}{ms(api['p50']):>9}{ms(api['p95']):>9}"
                  f"{ms(floor['p50']) if floor else '-':>11}{ms(floor['p95']) if floor else '-':>11}"
                  f"{ratio:>7.2f}{ms(prof['sql_seconds']):>8}" + (f"  non-200: {bad}" if bad else ""))
            if floor and case.kind != "detail" and abs(api["rows"] - floor["rows"]) > 0.5:
                notes.append(f"{case.name}: the API returned {api['rows']:.1f} rows, the floor {floor['rows']:.1f}")
            if case.note:
                notes.append(f"{case.name}: {case.note}")
        print("\nrows: rows in the response (mean over the rotated URLs); q: SQL queries per request; ratio: API p50 / "
              "floor p50; sql ms: time in the SQL execute() calls of one request, measured in-process")
        page_counts = {}
        for limit in (10, 100, 500):
            page_counts[limit] = profile_in_process([with_query("/api/claims/", limit=limit)])["queries"]
        print(f"queries per claims page by limit: {page_counts} "
              f"({'constant' if len(set(page_counts.values())) == 1 else 'NOT constant'})")

        load_paths = ("/api/claims/", with_query("/api/claims/", limit=PAGE))
        print(f"\nLoad: concurrency {args.concurrency}, {args.duration:.0f} s per URL")
        print("  response cache off (every request queries and serialises):")
        for path in load_paths:
            print_load(path, run_load(server.port, path, args.duration, args.concurrency))
        if args.cache_seconds > 0:
            cached = Server(args.database_url, args.workers, args.threads, args.gunicorn_config,
                            cache_seconds=args.cache_seconds)
            cached.start()
            try:
                print(f"  response cache on (API_CACHE_SECONDS={args.cache_seconds}, as deployed; a hit still "
                      "authenticates, throttles and reads the data version):")
                for path in load_paths:
                    print_load(path, run_load(cached.port, path, args.duration, args.concurrency))
            finally:
                cached.stop()

        csv_path = None if args.no_csv else find_csv(client, schema)
        print("\nCSV export of all claims:")
        if args.no_csv:
            print("  skipped (--no-csv)")
        elif not csv_path:
            print("  not available: no claims endpoint answers text/csv (tried ?format=csv, .csv, /csv/)")
        else:
            export = stream_csv(server, csv_path)
            rate = export["rows"] / export["seconds"] if export["seconds"] else 0
            print(f"  GET {csv_path}: status {export['status']}, {export['rows']:,} rows, "
                  f"{export['bytes'] / 1e6:,.1f} MB in {export['seconds']:.1f} s ({rate:,.0f} rows/s, "
                  f"{export['bytes'] / 1e6 / export['seconds']:.1f} MB/s), first byte after "
                  f"{export['first_byte'] * 1000:.0f} ms")
            print(f"  worker RSS {export['rss_before_kb'] / 1024:.0f} MB before, peak "
                  f"{export['rss_peak_kb'] / 1024:.0f} MB during ({export['peak_source']})")
            if export["rows"] < facts["claims"]:
                print(f"  note: {export['rows']:,} rows for {facts['claims']:,} claims: the export is not complete")
            f_rows, f_bytes, f_seconds = floor_csv()
            print(f"  floor (server-side cursor + csv.writer): {f_rows:,} rows, {f_bytes / 1e6:,.1f} MB in "
                  f"{f_seconds:.1f} s; ratio {export['seconds'] / f_seconds:.2f}")
        for note in notes:
            print("note: " + note)
        if args.explain:
            Path(args.explain).write_text("\n".join(explains))
            print(f"\nEXPLAIN (ANALYZE, BUFFERS) of each case's slowest query written to {args.explain}")
        with contextlib.suppress(OSError):
            print(f"load average after: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
