"""Two gunicorn nodes on one PostgreSQL and one Redis: a write through one is read at once through the other."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from django.db import connection
from rest_framework.authtoken.models import Token

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PROJECT = Path(__file__).resolve().parent.parent
SEED = sorted((PROJECT / "seeds").iterdir())[0]
HOST = "api.test"  # one name for both nodes, as behind a load balancer: they share cached pages
ANON_RATE = 40


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url() -> str:
    db = connection.settings_dict
    credentials = quote(db["USER"] or "") + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def redis_url(redis_url_for_nodes) -> str:
    if connection.vendor != "postgresql":
        pytest.skip("two web nodes need PostgreSQL (SQLite is one process's file): this runs in the PostgreSQL "
                    "pass of CI, .ci/run")
    url = redis_url_for_nodes
    if not url:
        pytest.skip("two web nodes need a shared Redis: set REDIS_URL (.ci/run sets it for the PostgreSQL pass)")
    return url


@pytest.fixture
def nodes(redis_url, transactional_db):
    """Two gunicorn servers of this project, each its own process, sharing the test database and Redis."""
    prefix = f"test-multinode-{uuid.uuid4().hex[:12]}"  # the only keys this test writes, and deletes
    env = {
        **os.environ, "DEBUG": "0", "SECRET_KEY": "multinode-test-key", "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback
        "DATABASE_URL": _database_url(), "CONN_MAX_AGE": "0", "REDIS_URL": redis_url, "CACHE_KEY_PREFIX": prefix,
        "API_CACHE_SECONDS": "300", "THROTTLE_ANON": f"{ANON_RATE}/hour", "THROTTLE_USER": "100000/hour",
    }
    urls, processes = [], []
    for _ in range(2):
        port = _free_port()
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "conflict_api/gunicorn_conf.py", "conflict_api.wsgi", "-w", "1",
             "-b", f"127.0.0.1:{port}", "--timeout", "120"],
            cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        ))
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url, process in zip(urls, processes, strict=True):
            _wait_ready(url, process)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        import redis

        client = redis.Redis.from_url(redis_url)
        keys = list(client.scan_iter(f"{prefix}:*"))
        if keys:
            client.delete(*keys)


def _wait_ready(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"gunicorn exited: {process.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"{url}/readyz", headers={"Host": HOST}, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} not ready after 60 s")


def test_a_write_through_one_node_is_read_at_once_through_the_other_and_the_throttle_is_shared(
    nodes, dataset, curator, ingester
):
    one, other = (httpx.Client(base_url=url, headers={"Host": HOST}, timeout=60) for url in nodes)
    anonymous_requests = 0

    def read(client: httpx.Client, path: str) -> httpx.Response:
        nonlocal anonymous_requests
        anonymous_requests += 1
        response = client.get(path)
        assert response.status_code == 200, response.text
        return response

    for client in (one, other):
        assert client.get("/readyz").json()["checks"] == {"database": "ok", "migrations": "ok", "redis": "ok"}

    # One copy of each cached page for every node.
    rejected = "/api/claims/?review_status=rejected&limit=500"
    before = read(other, rejected)
    assert before.headers["X-Cache"] == "miss"
    assert read(one, rejected).headers["X-Cache"] == "hit"

    # A curator's PATCH through one node: the other serves the change, not its cached page.
    claim = dataset.claims.media_strike
    patch = one.patch(f"/api/claims/{claim.pk}/", json={"review_status": "rejected"},
                      headers={"Authorization": f"Token {Token.objects.create(user=curator).key}"})
    assert patch.status_code == 200, patch.text
    after = read(other, rejected)
    assert after.headers["X-Cache"] == "miss"
    assert {c["id"] for c in after.json()["results"]} == {c["id"] for c in before.json()["results"]} | {claim.pk}

    # An article ingested over HTTP through one node is listed by the other.
    post = one.post("/api/sources/", json={"name": SEED.name, "text": SEED.read_text()},
                    headers={"Authorization": f"Token {Token.objects.create(user=ingester).key}"})
    assert post.status_code == 201, post.text
    posted = sorted(c["id"] for c in post.json()["source"]["claims"])
    listed = read(other, f"/api/claims/?source={SEED.name}&limit=500").json()["results"]
    assert sorted(c["id"] for c in listed) == posted and posted

    # One anonymous rate for both nodes: the counter is in Redis, not in each process.
    statuses = []
    while len(statuses) < 2 * ANON_RATE and (not statuses or statuses[-1] == 200):
        statuses.append((one, other)[len(statuses) % 2].get("/api/actors/").status_code)
    assert statuses[-1] == 429
    assert anonymous_requests + statuses.count(200) == ANON_RATE
    for client in (one, other):
        assert client.get("/api/actors/").status_code == 429
        client.close()
