"""Health checks: /healthz says the process answers, /readyz that it can serve (database migrated, Redis)."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from rest_framework.throttling import AnonRateThrottle

from conflict_api import health


@pytest.fixture
def client() -> Client:
    return Client()


def test_healthz_answers_without_touching_the_database(client):
    # No `db` fixture: pytest-django fails any query this test would make.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_says_the_database_answers_and_is_migrated_in_one_query_once_known(client, db,
                                                                                  django_assert_num_queries):
    assert client.get("/readyz").json() == {"status": "ok", "checks": {"database": "ok", "migrations": "ok"}}
    with django_assert_num_queries(1):  # SELECT 1: the migrations, once applied, stay applied
        response = client.get("/readyz")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def test_readyz_is_a_503_naming_pending_migrations(client, db, monkeypatch):
    monkeypatch.setattr(health, "_migrated", False)
    monkeypatch.setattr(MigrationExecutor, "migration_plan", lambda self, targets: [("events", "0009_next")])
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": "ok", "migrations": "1 migration(s) not applied: run manage.py migrate"},
    }


def test_readyz_is_a_503_when_the_database_does_not_answer(client, db, monkeypatch):
    def refuse():
        raise ConnectionRefusedError("connection refused")

    monkeypatch.setattr(health, "_database", refuse)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "error: ConnectionRefusedError: connection refused"}


def test_health_checks_are_never_throttled(client, db, monkeypatch):
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "1/minute")
    cache.clear()
    statuses = {client.get(path).status_code for path in ("/healthz", "/readyz") * 5}
    cache.clear()
    assert statuses == {200}


def test_health_checks_are_left_out_of_the_public_schema(client, db):
    paths = client.get("/api/schema/?format=json").json()["paths"]
    assert not [path for path in paths if "healthz" in path or "readyz" in path]
