"""Errors: a malformed parameter is a 400 naming it, an unknown id a 404, never a 500; anonymous reads are throttled."""

import pytest
from django.core.cache import cache
from rest_framework.throttling import AnonRateThrottle

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "parameter", "message"),
    [
        ("/api/claims/?occurred_after=2024-13-45", "occurred_after", "Expected an existing date as YYYY-MM-DD"),
        ("/api/events/?occurred_before=2024-02-30", "occurred_before", "Expected an existing date"),
        ("/api/sources/?published_after=15/08/2024", "published_after", "YYYY-MM-DD"),
        ("/api/claims/?bbox=30,50,40", "bbox", "Expected 4 numbers min_lon,min_lat,max_lon,max_lat"),
        ("/api/claims/?bbox=a,b,c,d", "bbox", "'a' is not a number"),
        ("/api/localities/?bbox=0,-95,10,10", "bbox", "Latitude -95 is outside -90..90"),
        ("/api/claims/?bbox=nan,1,2,3", "bbox", "not a finite number"),
        ("/api/claims/?event_type=battle", "event_type", "'battle' is not one of: capture, withdrawal"),
        ("/api/claims/?event_type=capture,battle", "event_type", "'battle' is not one of"),
        ("/api/claims/?stance=maybe", "stance", "'maybe' is not one of: asserts, denies, acknowledges"),
        ("/api/events/?actor_side=FR", "actor_side", "'FR' is not one of"),
        ("/api/localities/?kind=hamlet", "kind", "'hamlet' is not one of"),
        ("/api/claims/?near=51.2,35.3&radius_km=-1", "radius_km", "greater than or equal to 0.001"),
        ("/api/claims/?near=91,0", "near", "Latitude 91 is outside -90..90"),
        ("/api/claims/?near=51.2", "near", "Expected 2 numbers lat,lon"),
        ("/api/claims/?contested=perhaps", "contested", "Expected true or false"),
        ("/api/claims/?updated_since=yesterday", "updated_since", "Expected an ISO 8601 timestamp"),
        ("/api/claims/?updated_since=9999-12-31T23:59:59-14:00", "updated_since", "out of range"),
        ("/api/claims/?ordering=quote", "ordering", "'quote' is not one of: occurred_on, -occurred_on"),
        ("/api/claims/?country=UKR", "country", "ISO 3166-1 alpha-2"),
        ("/api/claims/?event=abc", "event", "Enter a whole number"),
        ("/api/claims/?event=99999999999999999999", "event", "less than or equal to"),
        ("/api/claims/?limit=0", "limit", "Expected a whole number from 1 to 500"),
        ("/api/claims/?limit=ten", "limit", "Expected a whole number from 1 to 500"),
        ("/api/claims/?count=maybe", "count", "Expected true or false"),
        ("/api/claims/?format=xml", "format", "'xml' is not offered here"),
        ("/api/claims/?q=%00", "q", "Null characters are not allowed"),
        ("/api/claims/?q=" + "x" * 501, "q", "at most 500 characters"),
        ("/api/claims/deleted/?since=last-week", "since", "Expected an ISO 8601 timestamp"),
        # What the schema says is invalid is refused (schemathesis, negative data)
        ("/api/claims/?limit=501", "limit", "Expected a whole number from 1 to 500"),
        ("/api/claims/?limit=", "limit", "Empty value: give a value or leave the parameter out."),
        ("/api/claims/?updated_since=", "updated_since", "Empty value"),
        ("/api/events/?contested=", "contested", "Empty value"),
        ("/api/claims/?bbox=1e1,50,35,51", "bbox", "plain decimals"),
        ("/api/claims/?near=+51.2,35.3", "near", "plain decimals"),
        ("/api/claims/?near=51.2, 35.3", "near", "plain decimals"),
        ("/api/claims/?occurred_after=2024-8-1", "occurred_after", "Expected an existing date as YYYY-MM-DD"),
        ("/api/claims/?country=%20UA", "country", "ISO 3166-1 alpha-2"),
    ],
)
def test_a_malformed_parameter_is_a_400_naming_it_and_the_problem(api_client, dataset, url, parameter, message):
    response = api_client.get(url)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert list(body) == [parameter]
    assert any(message in problem for problem in body[parameter]), body


def test_a_timestamp_with_any_valid_offset_is_accepted(api_client, dataset):
    response = api_client.get("/api/claims/", {"updated_since": "2024-05-04T02:16:56-18:41"})
    assert response.status_code == 200


def test_every_malformed_parameter_is_reported_at_once(api_client, dataset):
    body = api_client.get("/api/claims/?occurred_after=2024-13-45&bbox=1,2,3&stance=maybe").json()
    assert set(body) == {"occurred_after", "bbox", "stance"}


@pytest.mark.parametrize(
    "url",
    [
        "/api/claims/999999/",
        "/api/events/999999/",
        "/api/localities/999999/",
        "/api/localities/999999/timeline/",
        "/api/sources/999999/",
        "/api/actors/999999/",
        "/api/claims/99999999999999999999999/",
        "/api/claims/abc/",
        "/api/localities/abc/timeline/",
    ],
)
def test_an_unknown_id_is_a_404(api_client, dataset, url):
    response = api_client.get(url)
    assert response.status_code == 404


def test_a_404_has_a_json_body(api_client, dataset):
    assert api_client.get("/api/events/999999/").json() == {"detail": "No Event matches the given query."}


def test_anonymous_reads_are_throttled_at_the_configured_rate(api_client, dataset, monkeypatch):
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "3/minute")
    cache.clear()
    statuses = [api_client.get("/api/claims/").status_code for _ in range(4)]
    cache.clear()
    assert statuses == [200, 200, 200, 429]


LIST_PARAMETERS = {
    "/api/claims/": [
        "source", "event", "event_type", "actor_side", "locality", "region", "country", "occurred_after",
        "occurred_before", "contested", "claimant", "claimant_side", "stance", "review_status", "q", "updated_since",
        "claimed_after", "claimed_before", "published_after", "published_before", "ordering", "bbox", "near",
        "radius_km", "limit", "cursor", "count", "format",
    ],
    "/api/localities/": ["q", "kind", "country", "parent", "region", "needs_geocoding", "has_events", "bbox", "near"],
    "/api/sources/": ["q", "name", "publisher", "language", "published_after", "updated_since", "ordering"],
}


@pytest.mark.parametrize("value", ["%", "%s", "%(value)s", "100%", "\x01", "é", "1,", ",", " ", "-1", "0", "1e999"])
def test_no_parameter_value_makes_the_server_fail(api_client, dataset, value):
    for path, parameters in LIST_PARAMETERS.items():
        for parameter in parameters:
            response = api_client.get(path, {parameter: value, "near": "50,30"} if parameter == "radius_km" else
                                      {parameter: value})
            allowed = (200, 400, 404) if parameter == "cursor" else (200, 400)  # a cursor naming no page: 404
            assert response.status_code in allowed, (path, parameter, value, response.content)


def test_a_query_cut_by_the_statement_timeout_is_a_503_that_says_what_to_do(api_client, dataset, monkeypatch):
    from django.db import connection

    from events.api import views

    if connection.vendor != "postgresql":
        pytest.skip("statement_timeout is PostgreSQL's")

    def slow(*args, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL statement_timeout = 50")
            cursor.execute("SELECT pg_sleep(2)")

    monkeypatch.setattr(views.ActorViewSet, "list", slow)
    response = api_client.get("/api/actors/")
    assert response.status_code == 503
    assert "statement timeout" in response.json()["detail"]


def test_web_workers_get_a_statement_timeout_and_commands_do_not():
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    code = (
        "import runpy, os; import django; from django.conf import settings; "
        "{load} django.setup(); print(settings.DATABASES['default'].get('OPTIONS', {{}}).get('options', ''))"
    )
    env = {**os.environ, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/x", "DEBUG": "1",
           "DJANGO_SETTINGS_MODULE": "conflict_api.settings"}
    env.pop("STATEMENT_TIMEOUT_MS", None)
    run = lambda load: subprocess.run(  # noqa: E731
        [sys.executable, "-c", code.format(load=load)], cwd=root, env=env, capture_output=True, text=True, check=True
    ).stdout
    assert "statement_timeout" not in run("")
    assert "-c statement_timeout=30000" in run("runpy.run_path('conflict_api/gunicorn_conf.py');")


LIST_ENDPOINTS = [
    "/api/claims/", "/api/events/", "/api/localities/", "/api/sources/", "/api/actors/", "/api/claims/deleted/",
    "/api/events/deleted/", "/api/events/acled/", "/api/localities/{place}/timeline/",
]


@pytest.mark.parametrize("path", LIST_ENDPOINTS)
def test_an_unknown_parameter_is_a_400_naming_it_on_every_list(api_client, dataset, path):
    path = path.format(place=dataset.places.kursk_oblast.pk)
    response = api_client.get(path, {"no_such_parameter": "1"})
    assert response.status_code == 400, response.content
    assert list(response.json()) == ["no_such_parameter"]
    assert response.json()["no_such_parameter"][0].startswith("Unknown parameter. This endpoint reads: ")


@pytest.mark.parametrize(
    ("url", "parameter", "message"),
    [
        ("/api/claims/?ocurred_after=2024-01-01", "ocurred_after", "Unknown parameter. Did you mean occurred_after?"),
        ("/api/events/?event_types=capture", "event_types", "Did you mean event_type?"),
        ("/api/sources/?limt=5", "limt", "Did you mean limit?"),
        ("/api/claims/?offset=100", "offset", "This API pages with cursors, not offsets"),
        ("/api/claims/?page=2", "page", "not page numbers"),
        ("/api/claims/1/?stance=asserts", "stance", "Unknown parameter"),  # a record takes no filter
        ("/api/claims/?occurred_after=bad&occurred_after=2024-01-01", "occurred_after",
         "Given 2 times; this parameter takes one value."),
        ("/api/claims/?limit=5&limit=10", "limit", "Given 2 times"),
        ("/api/events/?ordering=id&ordering=-id", "ordering", "Given 2 times"),
        ("/api/claims/?format=json&format=csv", "format", "Given 2 times"),
        ("/api/claims/?page_size=0", "page_size", "Expected a whole number from 1 to 500"),
    ],
)
def test_a_query_that_could_mean_something_else_is_a_400_naming_the_parameter(api_client, dataset, url, parameter,
                                                                                message):
    response = api_client.get(url)
    assert response.status_code == 400, response.content
    body = response.json()
    assert list(body) == [parameter]
    assert message in body[parameter][0], body


@pytest.mark.parametrize(
    "url",
    [
        "/api/claims/?stance=asserts&stance=denies",  # multi-valued filters: repeated or comma-separated
        "/api/claims/?event_type=capture,withdrawal&event_type=strike",
        "/api/claims/?format=json&limit=5&count=true&ordering=-occurred_on",
        "/api/claims/?limit=500&page_size=500",  # the shared scorer's query
        "/api/claims/?page_size=5",
        "/api/actors/?side=RU&side=UA&kind=ministry",
        "/api/claims/1/?format=json",
    ],
)
def test_documented_parameters_and_repeatable_filters_stay_allowed(api_client, dataset, url):
    assert api_client.get(url.replace("/1/", f"/{dataset.claims.media_strike.pk}/")).status_code == 200


def test_a_next_link_is_accepted_as_given(api_client, dataset):
    first = api_client.get("/api/claims/?limit=2&stance=asserts&stance=denies&ordering=-claimed_on").json()
    assert api_client.get(first["next"]).status_code == 200


@pytest.mark.parametrize(
    ("url", "count"),
    [
        ("/api/claims/?radius_km=5", 10),  # no centre, no circle: nothing is restricted
        ("/api/claims/?source=99999999999999999999", 0),  # an id no record can have matches nothing
        ("/api/localities/?bbox=170,-90,-170,90", 0),  # across the antimeridian: nothing of ours is in the Pacific
        ("/api/localities/?bbox=30,40,-170,60&kind=town", 3),  # ... from 30E eastwards to 170W
        ("/api/localities/?bbox=30,60,40,40", 0),  # a south edge north of the north edge: an empty box
    ],
)
def test_what_the_schema_allows_is_answered(api_client, dataset, url, count):
    response = api_client.get(url + "&limit=100" if "?" in url else url)
    assert response.status_code == 200, response.content
    assert len(response.json()["results"]) == count


@pytest.mark.parametrize("url", ["/api/claims/?format=csv&limit=600", "/api/events/?format=geojson&page_size=-4"])
def test_a_page_size_out_of_range_is_refused_on_an_export_too(api_client, dataset, url):
    # Exports are not paged, but the documented range of limit/page_size still holds: a 400 naming it.
    response = api_client.get(url)
    assert response.status_code == 400
    assert set(response.json()) & {"limit", "page_size"}
