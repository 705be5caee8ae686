"""EXPLAIN ANALYZE of the claims queries the API runs today beside the rewrites benchmarks/README.md proposes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python benchmarks/explain_proposals.py

PostgreSQL only. Read-only: it runs SELECTs (the API's own, captured in-process, and the proposed ones) under
EXPLAIN (ANALYZE, BUFFERS), with JIT as the server has it and, for the worst one, with JIT off.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def setup_django(database_url: str) -> None:
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflict_api.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "explain-proposals")
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1"
    import django

    django.setup()


def explain(sql: str, params: Sequence = (), *, jit: bool | None = None) -> tuple[str, str]:
    """(the statement with its parameters, its EXPLAIN ANALYZE plan)."""
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        if jit is not None:
            cursor.execute(f"SET LOCAL jit = {'on' if jit else 'off'}")
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, list(params))
        plan = "\n".join(row[0] for row in cursor.fetchall())
        text = cursor.mogrify(sql, list(params)) if params else sql
    return text, plan


def summary(plan: str) -> str:
    keep = [line.strip() for line in plan.splitlines()
            if line.startswith(("Planning Time", "Execution Time")) or "Timing: Generation" in line]
    return "; ".join(keep)


def api_queries(path: str) -> list[dict]:
    """The SQL the API runs for `path`, captured from an in-process request."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(SERVER_NAME="127.0.0.1")
    client.get(path)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"GET {path} answered {response.status_code}")
    return [{"sql": q["sql"], "time": float(q["time"] or 0)} for q in ctx.captured_queries]


def proposed_descendants(locality_id: int):
    """The place and the places inside it as a UNION of three index lookups, unordered (ids only)."""
    from events.models import Locality

    ids = Locality.objects.filter(pk=locality_id).order_by().values("pk")
    return (Locality.objects.filter(pk__in=ids).order_by().values_list("pk", flat=True)
            .union(Locality.objects.filter(parent_id__in=ids).order_by().values_list("pk", flat=True),
                   Locality.objects.filter(parent__parent_id__in=ids).order_by().values_list("pk", flat=True)))


def proposed_filtered(locality_id: int, date_from: str, date_to: str, side: str):
    """The proposed claims filter: the place's descendants fetched first, then one semi-join for the events,
    with every event condition inside that one subquery."""
    from events import selectors
    from events.models import Event

    ids = list(proposed_descendants(locality_id))
    at_places = (Event.localities.through.objects.filter(locality_id__in=ids).order_by().values("event_id")
                 .union(Event.objects.filter(region_id__in=ids).order_by().values("pk"), all=True))
    events = Event.objects.filter(pk__in=at_places, occurred_on__gte=date_from, occurred_on__lte=date_to).order_by()
    return selectors.claim_list().filter(event__in=events.values("pk"), claimant__side__in=[side]).order_by("id")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--locality", type=int, help="place id (default: the place with the most claims)")
    parser.add_argument("--side", default="RU")
    args = parser.parse_args(argv)
    if not args.database_url.startswith("postgres"):
        parser.error("needs a PostgreSQL DATABASE_URL")
    setup_django(args.database_url)
    from django.db import connection

    with connection.cursor() as cursor:
        if args.locality is None:
            cursor.execute("SELECT el.locality_id FROM events_event_localities el JOIN events_claim c "
                           "ON c.event_id = el.event_id GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1")
            args.locality = cursor.fetchone()[0]
        cursor.execute("SHOW jit")
        jit_setting = cursor.fetchone()[0]
    date_from, date_to = "2023-01-01", "2025-12-31"
    path = (f"/api/claims/?limit=100&locality={args.locality}&occurred_after={date_from}"
            f"&occurred_before={date_to}&claimant_side={args.side}")
    print(f"# Claims filtered by locality {args.locality} + {date_from}..{date_to} + claimant side {args.side}"
          f" (server jit = {jit_setting})\n")

    sections = []
    captured = api_queries(path)
    print(f"## today: GET {path} runs {len(captured)} queries")
    for n, query in enumerate(captured, 1):
        text, plan = explain(query["sql"])
        print(f"  {n}. {query['time'] * 1000:8.1f} ms in the request | {summary(plan)}")
        sections.append(f"## today, query {n} of GET {path}\n{text}\n\n{plan}\n")
    worst = max(captured, key=lambda q: q["time"])
    _, plan = explain(worst["sql"], jit=False)
    print(f"  slowest again with SET jit = off | {summary(plan)}")
    sections.append(f"## today, the slowest query again with jit = off\n\n{plan}\n")

    qs = proposed_filtered(args.locality, date_from, date_to, args.side)
    print("\n## proposed (see benchmarks/README.md)")
    started = time.perf_counter()
    count = qs.count()
    rows = list(qs[:101])
    print(f"  ORM: count {count}, page of {len(rows[:100])} rows in {(time.perf_counter() - started) * 1000:.1f} ms "
          "(both queries, cold)")
    ids_sql, ids_params = proposed_descendants(args.locality).query.sql_with_params()
    text, plan = explain(ids_sql, ids_params)
    print(f"  ids   | {summary(plan)}")
    sections.append(f"## proposed place-ids query\n{text}\n\n{plan}\n")
    page_sql, page_params = qs[:101].query.sql_with_params()
    inner, inner_params = qs.order_by().values("pk").query.sql_with_params()
    for label, sql, params in (("page", page_sql, page_params),
                               ("count", f'SELECT COUNT(*) AS "__count" FROM ({inner}) subquery', inner_params)):
        text, plan = explain(sql, params)
        print(f"  {label:<5} | {summary(plan)}")
        sections.append(f"## proposed {label} query\n{text}\n\n{plan}\n")

    print("\n## unfiltered first page: the COUNT(*) the pagination adds")
    text, plan = explain('SELECT COUNT(*) AS "__count" FROM "events_claim"')
    print(f"  COUNT(*) | {summary(plan)}")
    sections.append(f"## COUNT(*) of the unfiltered first page\n{text}\n\n{plan}\n")
    text, plan = explain("SELECT reltuples::bigint FROM pg_class WHERE oid = 'events_claim'::regclass")
    print(f"  estimate from pg_class.reltuples | {summary(plan)}")

    print("\n" + "\n".join(sections))
    return 0


if __name__ == "__main__":
    sys.exit(main())
