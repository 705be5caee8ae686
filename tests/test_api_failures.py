"""Real failures answered in JSON with the status they deserve: a database out of reach is a 503 with Retry-After
(also for CSV and GeoJSON), a body over the limit a 413, anything unexpected a JSON 500; and a node recovers alone.

The database outages run a real server (gunicorn, DEBUG off or on) in its own process, pointed at a database
that cannot be reached: a SQLite file in a folder that does not exist, PostgreSQL on a port where nothing
listens, and, on PostgreSQL, the test database behind a relay that the test cuts and restores.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from django.db import connection
from django.test import override_settings
from rest_framework.test import APIClient

from events.api import views

PROJECT = Path(__file__).resolve().parent.parent
HTML_MARKERS = ("<html", "<!doctype", "traceback")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _assert_json_error(response, status: int) -> dict:
    assert response.status_code == status, response.text if hasattr(response, "text") else response.content
    assert response.headers["Content-Type"].startswith("application/json"), response.headers["Content-Type"]
    text = response.text if hasattr(response, "text") else response.content.decode()
    assert not any(marker in text.lower() for marker in HTML_MARKERS), text[:500]
    return response.json()


# --------------------------------------------------------------------------------------------- a real server


@pytest.fixture
def server() -> Iterator:
    """Starts gunicorn (one worker) on a free port with the given environment; stops it afterwards."""
    processes: list[subprocess.Popen] = []

    def start(database_url: str, debug: str = "0", **extra: str) -> str:
        port = _free_port()
        env = {
            **os.environ, "DATABASE_URL": database_url, "DEBUG": debug, "SECRET_KEY": "failure-test-" + "k" * 40,
            "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "0", "API_CACHE_SECONDS": "0", **extra,
        }
        env.pop("REDIS_URL", None)
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "conflict_api.wsgi", "-w", "1", "-b", f"127.0.0.1:{port}",
             "--timeout", "60"],
            cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        processes.append(process)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise AssertionError(f"gunicorn exited: {process.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:  # needs no database
                    return url
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError(f"{url} not up after 60 s")

    yield start
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait(timeout=30)


UNREACHABLE = [
    pytest.param(lambda: "sqlite:////nonexistent-folder-of-the-test/db.sqlite3", "0", id="sqlite-unopenable-debug-off"),
    pytest.param(lambda: f"postgres://postgres@127.0.0.1:{_free_port()}/conflict", "1",
                 id="postgres-nothing-listens-debug-on"),
]
REQUESTS = [
    ("GET", "/api/claims/"),
    ("GET", "/api/claims/?format=csv"),
    ("GET", "/api/events/?format=geojson"),
    ("GET", "/api/events/acled/"),
    ("GET", "/api/localities/1/timeline/"),
    ("GET", "/api/claims/1/"),
    ("PATCH", "/api/claims/1/"),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("database_url", "debug"), UNREACHABLE)
def test_an_unreachable_database_is_a_json_503_with_retry_after_in_every_format(server, database_url, debug):
    url = server(database_url(), debug)
    with httpx.Client(base_url=url, timeout=30) as client:
        for method, path in REQUESTS:
            headers = {"Authorization": "Token 0123456789abcdef"} if method == "PATCH" else {}
            response = client.request(method, path, headers=headers, json={} if method == "PATCH" else None)
            body = _assert_json_error(response, 503)
            assert "database cannot be reached" in body["detail"], (path, body)
            assert response.headers["Retry-After"] == "5", path
        assert client.get("/healthz").status_code == 200  # alive: no restart loop
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.json()["checks"]["database"].startswith("error")


class Relay:
    """A TCP relay to PostgreSQL that the test switches off (connections refused, open ones cut) and on again."""

    def __init__(self, port: int, target: tuple[str, int]):
        self.port, self.target = port, target
        self.listener: socket.socket | None = None
        self.open: list[socket.socket] = []

    def on(self) -> None:
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(16)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def off(self) -> None:
        sockets, self.open = ([self.listener] if self.listener else []) + self.open, []
        self.listener = None
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked on it (close alone does not)
            except OSError:
                pass
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.open += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


@pytest.mark.e2e
@pytest.mark.django_db
def test_a_node_serves_again_by_itself_when_the_database_comes_back(server):
    if connection.vendor != "postgresql":
        pytest.skip("the relay stands in front of a PostgreSQL server: this runs in the PostgreSQL pass of CI")
    db = connection.settings_dict
    relay = Relay(_free_port(), (db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)))
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    # Persistent connections (CONN_MAX_AGE) as in production: the kept connection dies with the relay.
    url = server(f"postgres://{db['USER']}{password}@127.0.0.1:{relay.port}/{db['NAME']}", CONN_MAX_AGE="600")
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            assert client.get("/api/actors/").status_code == 503  # nothing listens yet
            relay.on()
            assert client.get("/api/actors/").status_code == 200  # the next request connects: no restart
            relay.off()  # the database goes away under a kept connection...
            _assert_json_error(client.get("/api/claims/?format=csv"), 503)
            relay.on()  # ...and comes back
            assert client.get("/api/actors/").status_code == 200
            assert client.get("/api/claims/?format=csv").status_code == 200
    finally:
        relay.off()


# --------------------------------------------------------------------------------------------- in process


@pytest.fixture
def quiet_client() -> APIClient:
    """A client that reads a 500 as the user does, instead of re-raising the server's exception."""
    return APIClient(raise_request_exception=False)


@pytest.mark.django_db
@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize("path", ["/api/actors/", "/api/claims/?format=csv", "/api/events/?format=geojson"])
def test_an_unexpected_failure_is_a_json_500_without_a_traceback(quiet_client, monkeypatch, debug, path):
    def fail(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(views.ActorViewSet, "list", fail)
    monkeypatch.setattr(views.exports, "_all_rows", fail)
    with override_settings(DEBUG=debug):
        response = quiet_client.get(path)
    body = _assert_json_error(response, 500)
    assert "secret internals" not in response.content.decode()
    assert body == {"detail": "Internal server error: the failure is logged on the server."}


@pytest.mark.django_db
@pytest.mark.parametrize("debug", [False, True])
def test_a_body_over_the_limit_is_a_json_413(curator_client, dataset, debug):
    note = "x" * 3_000_000
    with override_settings(DEBUG=debug):
        response = curator_client.patch(
            f"/api/claims/{dataset.claims.media_strike.pk}/", {"curator_note": note}, format="json"
        )
    body = _assert_json_error(response, 413)
    assert "DATA_UPLOAD_MAX_MEMORY_SIZE" in body["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize("debug", [False, True])
def test_djangos_own_error_pages_are_json_under_the_api(quiet_client, debug):
    with override_settings(DEBUG=debug):
        bad_host = quiet_client.get("/api/claims/", HTTP_HOST="evil.example")
    assert _assert_json_error(bad_host, 400) == {"detail": "Bad Request."}
    assert "<html" in quiet_client.get("/admin/login/", HTTP_HOST="evil.example").content.decode().lower()


@pytest.mark.django_db
def test_a_write_to_an_unknown_url_with_a_session_is_a_json_404_not_the_csrf_page(curator):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(curator)
    response = client.patch("/api/claims/3.5e-264/", {"review_status": "verified"}, format="json")
    assert _assert_json_error(response, 404) == {"detail": "Not found."}
