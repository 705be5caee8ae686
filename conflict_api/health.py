"""Health checks for load balancers and orchestrators: /healthz (the process answers), /readyz (it can serve)."""

from __future__ import annotations

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

_migrated = False  # once true it stays true for this process: migrations are not unapplied under a running node


def _database() -> str:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
    return "ok"


def _migrations() -> str:
    global _migrated
    if not _migrated:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            return f"{len(pending)} migration(s) not applied: run manage.py migrate"
        _migrated = True
    return "ok"


def _redis() -> str:
    # Throttle counters and cached pages live there: a node without it would throttle and cache on its own.
    caches["default"]._cache.get_client(write=True).ping()
    return "ok"


def _check(probe) -> str:
    try:
        return probe()
    except Exception as exc:  # any failure is an answer here, never a 500 page
        return f"error: {type(exc).__name__}: {exc}"


@never_cache
@require_GET
def healthz(request) -> JsonResponse:
    """The process is alive; touches no database, so a database outage does not get every node restarted."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request) -> JsonResponse:
    """Ready for traffic: the database answers and is migrated, and Redis answers when REDIS_URL is set. 503 if not."""
    checks = {"database": _check(_database)}
    if checks["database"] == "ok":
        checks["migrations"] = _check(_migrations)
    if isinstance(caches["default"], RedisCache):
        checks["redis"] = _check(_redis)
    ready = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503)
