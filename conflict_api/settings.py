"""Settings read from the environment, with strict parsing and a SQLite default."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false, yes/no, on/off), got {raw!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip()
    if not (value.isascii() and value.isdigit()) or int(value) < minimum:
        raise ImproperlyConfigured(f"{name} must be a whole number >= {minimum}, got {raw!r}")
    return int(value)


def env_proxy_header(name: str) -> tuple[str, str] | None:
    """`X-Forwarded-Proto,https` (a header and the value that means HTTPS) as Django's SECURE_PROXY_SSL_HEADER."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return None
    parts = [part.strip() for part in raw.split(",")]
    header = parts[0].upper().replace("-", "_") if parts else ""
    if len(parts) != 2 or not parts[1] or not header.replace("_", "").isalnum() or not header.isascii():
        raise ImproperlyConfigured(f"{name} must be a header name and a value, e.g. X-Forwarded-Proto,https; got {raw!r}")
    return (header if header.startswith("HTTP_") else f"HTTP_{header}", parts[1])


# Under the test runner DEBUG defaults on (a dev secret key is then allowed); everywhere else it defaults off.
TESTING = "pytest" in sys.modules or sys.argv[1:2] == ["test"]
DEBUG = env_bool("DEBUG", TESTING)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (set DEBUG=1 for local development)")
    SECRET_KEY = "dev-only-insecure-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])

# HTTPS, safe by default when DEBUG is off: plain-HTTP requests are redirected to HTTPS (except the health checks,
# which probes call over HTTP), browsers are told to keep to HTTPS for a year (HSTS), cookies travel only over
# HTTPS. Each can be set from the environment (docs/deploy.md); with DEBUG on (make run, the tests) all are off.
# Behind a proxy that terminates TLS, SECURE_PROXY_SSL_HEADER (e.g. X-Forwarded-Proto,https) says which requests
# came in over HTTPS; without it every request would look like plain HTTP and be redirected again and again.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_PROXY_SSL_HEADER = env_proxy_header("SECURE_PROXY_SSL_HEADER")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
for origin in CSRF_TRUSTED_ORIGINS:
    if not origin.startswith(("https://", "http://")):
        raise ImproperlyConfigured(f"CSRF_TRUSTED_ORIGINS entries start with https://, got {origin!r}")
# Preloading is the domain owner's choice (a submission to the browsers' lists, hard to undo), not a default:
# its deploy-check warning is silenced unless SECURE_HSTS_PRELOAD is set.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "events",
]

MIDDLEWARE = [
    # Outermost, so that it compresses the final body (JSON errors included) for clients that accept gzip: the
    # explorer's map (2.3 MB of columns at a million claims) and the lists travel at a fifth to a tenth of their
    # size. Django adds random bytes to each gzip header against BREACH-style guessing of the CSRF token.
    "django.middleware.gzip.GZipMiddleware",
    # Then this one, so that it sees every response: under /api/ an error is JSON, never an HTML page (events/api/errors.py).
    "events.api.errors.JsonErrorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files from the application itself (the explorer's libraries, the admin's and the API docs' assets),
    # with DEBUG on or off: no request for them ever leaves the machine, and no proxy is needed to try the page.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "conflict_api.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "conflict_api.wsgi.application"
ASGI_APPLICATION = "conflict_api.asgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        # A kept connection is checked before a request reuses it: after a database restart the first request
        # reconnects instead of failing. A request that cannot connect is a JSON 503 (events/api/errors.py);
        # the next one tries again, so a node recovers alone when the database is back.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT compilation costs more than it saves on the short, indexed queries of the API (1.2 s of a 2.9 s count
    # was JIT at a million claims, benchmarks/README.md).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    # A ceiling on any one statement of the web workers (conflict_api/gunicorn_conf.py sets 30 s): a forgotten
    # query over a million claims otherwise runs on after its client is gone. Unset for management commands.
    if os.environ.get("STATEMENT_TIMEOUT_MS"):
        DATABASES["default"]["OPTIONS"]["options"] += f" -c statement_timeout={int(os.environ['STATEMENT_TIMEOUT_MS'])}"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the API read while an ingest writes, and synchronous=NORMAL makes each article's commit cheap
    # (durable across application crashes; a power cut may lose the last commits, which a re-run of ingest restores).
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# The explorer's browser libraries, installed from the npm registry by `make install` (package-lock.json) and
# served from here, never from a CDN: Leaflet (map), Chart.js (weekly chart), world-atlas (Natural Earth country
# boundaries as TopoJSON) and topojson-client (to read them).
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    ("vendor/leaflet", NODE_MODULES / "leaflet" / "dist"),
    ("vendor/chart.js", NODE_MODULES / "chart.js" / "dist"),
    ("vendor/topojson-client", NODE_MODULES / "topojson-client" / "dist"),
    ("vendor/world-atlas", NODE_MODULES / "world-atlas"),
]
# Without collectstatic, whitenoise serves what the finders find (read once at start-up when DEBUG is off).
WHITENOISE_USE_FINDERS = True

# The explorer page's map tiles: a URL template such as https://tiles.example.org/{z}/{x}/{y}.png (a tile server
# of your own or one whose terms you accept) and the attribution its licence requires. Empty (the default): no
# tiles, only the packaged country boundaries, and the page makes no request off the machine.
MAP_TILES_URL = os.environ.get("MAP_TILES_URL", "").strip()
MAP_TILES_ATTRIBUTION = os.environ.get("MAP_TILES_ATTRIBUTION", "").strip()

# Rendered JSON pages and records, keyed by the data version (events/api/caching.py).
API_CACHE_SECONDS = int(os.environ.get("API_CACHE_SECONDS", "0" if TESTING else "300"))
API_CACHE_MAX_BYTES = 2_000_000
# REDIS_URL (redis://host:6379/0) makes the throttle counters (`default`) and the cached pages (`api`) one copy
# shared by every worker of every node; without it each process keeps its own. The test processes keep local
# caches even when it is set: parallel workers would otherwise share keys (same URLs, same data versions). The
# servers that tests/test_multinode.py starts do use it.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "conflict")
if REDIS_URL and not TESTING:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}:{alias}",
        }
        for alias in ("default", "api")
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "api": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "api",
            "OPTIONS": {"MAX_ENTRIES": 500},
        },
    }

# Articles posted to POST /api/sources/ (and files given to `manage.py ingest`): the largest accepted, and how many
# one batch request may carry. The seeds are 2-4 KB; extraction costs about 8 ms per KB (benchmarks/README.md), so
# the 5 MiB default is some 40 s for one article. A larger file is refused by name before it is read.
INGEST_MAX_BYTES = int(os.environ.get("INGEST_MAX_BYTES", str(5 * 1024 * 1024)))
INGEST_BATCH_MAX = int(os.environ.get("INGEST_BATCH_MAX", "50"))
# Over HTTP an article is extracted inside the request, which a web worker must answer before its timeout (30 s):
# 1 MiB (about 12 s of extraction) by default; larger files go through `manage.py ingest`.
INGEST_HTTP_MAX_BYTES = int(os.environ.get("INGEST_HTTP_MAX_BYTES", str(1024 * 1024)))

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "events.api.schema.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["events.api.backends.FilterBackend"],
    # Keyset pagination (limit, cursor): deep pages cost one index seek; see events/api/pagination.py.
    "DEFAULT_PAGINATION_CLASS": "events.api.pagination.KeysetPagination",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "events.api.backends.StrictFormatNegotiation",
    # Curators' PATCH bodies are JSON (typed: an id is a number, a note a string); other types are a 415. The
    # article upload (events/api/ingest.py) adds multipart for files.
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PERMISSION_CLASSES": ["events.api.permissions.ReadOnlyOrCurator"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("THROTTLE_ANON", "100000/hour"),
        "user": os.environ.get("THROTTLE_USER", "1000000/hour"),
    },
    "EXCEPTION_HANDLER": "events.api.errors.exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Conflict claims API",
    "DESCRIPTION": (
        "Who claims what in armed conflicts: claims (claimant, side, stance, verbatim quote with offsets) "
        "about events (type, actor side, places, date with precision, quantities) extracted from news articles.\n\n"
        "Lists are paginated with `limit` (1-500, default 50) and opaque cursors: follow `next` until it is null. "
        "`?format=csv` and `?format=geojson` export a whole filtered list, streamed. Reading is anonymous "
        "(throttled); curating needs a curator's token: `Authorization: Token <key>`."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "SideEnum": "events.choices.Side",
        "EventTypeEnum": "events.choices.EventType",
        "StanceEnum": "events.choices.Stance",
        "DatePrecisionEnum": "events.choices.DatePrecision",
        "ReviewStatusEnum": "events.choices.ReviewStatus",
        "LocalityKindEnum": "events.choices.LocalityKind",
        "GeoPrecisionEnum": "events.choices.GeoPrecision",
        "ActorKindEnum": "events.choices.ActorKind",
        "IngestStatusEnum": "events.api.ingest.STATUSES",
        "GeoJSONPointTypeEnum": [("Point", "Point")],
        "GeoJSONFeatureTypeEnum": [("Feature", "Feature")],
        "GeoJSONFeatureCollectionTypeEnum": [("FeatureCollection", "FeatureCollection")],
    },
    "TAGS": [
        {"name": "claims", "description": "Who asserts, denies or acknowledges what, where it is quoted."},
        {"name": "events", "description": "What happened, with its claims counted and compared."},
        {"name": "localities", "description": "Places in every spelling, and who claimed what about them."},
        {"name": "sources", "description": "The articles, full text and claim offsets."},
        {"name": "actors", "description": "The claimants and their sides."},
        {"name": "ingest", "description": "Articles posted for extraction (an ingester's or a curator's token)."},
    ],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
