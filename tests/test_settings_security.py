"""Production security comes from the environment, safe by default with DEBUG off; health checks stay on HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

PROJECT = Path(__file__).resolve().parent.parent
SECURITY_VARIABLES = (
    "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "CSRF_TRUSTED_ORIGINS",
)
PRINT_SETTINGS = (
    "import json, django; from django.conf import settings; django.setup(); "
    f"print(json.dumps({{name: getattr(settings, name) for name in {SECURITY_VARIABLES!r}}}))"
)


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key not in SECURITY_VARIABLES}
    environment.update(DEBUG="0", SECRET_KEY="k3y-" + "Zx9!q" * 12, ALLOWED_HOSTS="api.example.org",
                       DJANGO_SETTINGS_MODULE="conflict_api.settings", **env)
    return subprocess.run([sys.executable, *args], cwd=PROJECT, env=environment, capture_output=True, text=True,
                          timeout=120)


def test_check_deploy_is_clean_with_debug_off_and_nothing_else_set():
    result = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_security_settings_come_from_the_environment():
    result = _run(
        ["-c", PRINT_SETTINGS],
        SECURE_SSL_REDIRECT="false", SECURE_HSTS_SECONDS="60", SECURE_HSTS_PRELOAD="yes",
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto,https", SESSION_COOKIE_SECURE="0",
        CSRF_TRUSTED_ORIGINS="https://api.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "SECURE_SSL_REDIRECT": False, "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "SECURE_HSTS_SECONDS": 60, "SECURE_HSTS_INCLUDE_SUBDOMAINS": True, "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": False, "CSRF_COOKIE_SECURE": True, "CSRF_TRUSTED_ORIGINS": ["https://api.example.org"],
    }


@pytest.mark.parametrize(
    ("variable", "value"),
    [("SECURE_HSTS_SECONDS", "a year"), ("SECURE_HSTS_SECONDS", "-1"), ("SECURE_SSL_REDIRECT", "maybe"),
     ("SECURE_PROXY_SSL_HEADER", "https"), ("CSRF_TRUSTED_ORIGINS", "api.example.org")],
)
def test_a_malformed_security_variable_stops_the_start_naming_it(variable, value):
    result = _run(["-c", PRINT_SETTINGS], **{variable: value})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and variable in result.stderr


@pytest.mark.django_db
def test_with_the_https_redirect_on_the_health_checks_still_answer_over_http():
    with override_settings(SECURE_SSL_REDIRECT=True):
        client = APIClient()  # the middleware reads its settings when the client first builds it
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").status_code == 200
        redirect = client.get("/api/claims/")
        https = client.get("/api/claims/", secure=True)
    assert (redirect.status_code, redirect["Location"]) == (301, "https://testserver/api/claims/")
    assert https.status_code == 200
