"""Keyset pagination: limit, next/previous cursors, count, stable orderings."""

import base64
import json

import pytest

from events.models import Claim

pytestmark = pytest.mark.django_db


def walk(client, url: str) -> tuple[list[dict], int]:
    """Every row reached by following `next` from `url`, and the number of pages."""
    rows, pages = [], 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        rows += body["results"]
        pages += 1
        url = body["next"]
    return rows, pages


def test_the_default_page_has_fifty_rows_and_a_count_only_when_asked_for(api_client, many_claims):
    body = api_client.get("/api/claims/").json()
    assert len(body["results"]) == 50
    assert body["count"] is None
    assert api_client.get("/api/claims/?count=true").json()["count"] == 130
    assert body["previous"] is None
    assert "cursor=" in body["next"]


def test_limit_is_honoured_up_to_500_and_refused_beyond(api_client, many_claims):
    assert len(api_client.get("/api/claims/?limit=120").json()["results"]) == 120
    assert len(api_client.get("/api/claims/?limit=500").json()["results"]) == 130
    response = api_client.get("/api/claims/?limit=100000")
    assert response.status_code == 400  # as the schema says (maximum 500), not silently 500 rows
    assert response.json() == {"limit": ["Expected a whole number from 1 to 500, got '100000'."]}


def test_the_scorer_loop_reads_every_claim_once(api_client, many_claims):
    rows, pages = walk(api_client, "/api/claims/?limit=500&page_size=500")
    assert pages == 1
    assert sorted(row["id"] for row in rows) == sorted(Claim.objects.values_list("pk", flat=True))


def test_following_next_visits_every_claim_once_in_order(api_client, many_claims):
    rows, pages = walk(api_client, "/api/claims/?limit=9")
    ids = [row["id"] for row in rows]
    assert pages == 15
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids)) == 130


@pytest.mark.parametrize(
    ("ordering", "key"),
    [
        ("occurred_on", lambda row: row["event"]["occurred_on"]),
        ("-occurred_on", lambda row: row["event"]["occurred_on"]),
        ("claimed_on", lambda row: row["claimed_on"]),
        ("-claimed_on", lambda row: row["claimed_on"]),
        ("published_on", lambda row: row["source"]["published_on"]),
        ("-published_on", lambda row: row["source"]["published_on"]),
        ("-id", lambda row: row["id"]),
    ],
)
def test_paging_through_an_ordering_gives_the_rows_of_one_big_page(api_client, many_claims, ordering, key):
    whole = api_client.get(f"/api/claims/?ordering={ordering}&limit=500").json()["results"]
    paged, _ = walk(api_client, f"/api/claims/?ordering={ordering}&limit=7")
    assert [row["id"] for row in paged] == [row["id"] for row in whole]
    values = [key(row) for row in whole]
    dated = [value for value in values if value is not None]
    # rows without a value come last, in both directions; the id breaks ties in the same direction
    assert values == dated + [None] * (len(values) - len(dated))
    assert dated == sorted(dated, reverse=ordering.startswith("-"))
    for before, after in zip(whole, whole[1:], strict=False):
        if key(before) == key(after):
            assert (before["id"] > after["id"]) == ordering.startswith("-")


@pytest.mark.parametrize("ordering", ["id", "-claimed_on", "occurred_on"])
def test_previous_links_lead_back_through_the_same_pages(api_client, many_claims, ordering):
    pages, last_url, url = [], None, f"/api/claims/?ordering={ordering}&limit=8"
    while url:
        body = api_client.get(url).json()
        pages.append([row["id"] for row in body["results"]])
        last_url, url = url, body["next"]
    back, url = [], last_url
    while url:
        body = api_client.get(url).json()
        back.insert(0, [row["id"] for row in body["results"]])
        url = body["previous"]
    assert back == pages


def test_count_is_null_on_any_page_unless_asked_for(api_client, many_claims):
    second = api_client.get("/api/claims/?limit=10").json()["next"]
    assert api_client.get(second).json()["count"] is None
    assert api_client.get(second + "&count=true").json()["count"] == 130
    assert api_client.get("/api/claims/?limit=10&stance=denies").json()["count"] is None
    assert api_client.get("/api/claims/?limit=10&stance=denies&count=true").json()["count"] == 2


def test_links_keep_the_filters(api_client, many_claims):
    body = api_client.get("/api/claims/?limit=2&claimant_side=RU&ordering=-id").json()
    rows, _ = walk(api_client, body["next"])
    assert "claimant_side=RU" in body["next"] and "ordering=-id" in body["next"]
    assert {row["claimant"]["side"] for row in rows} == {"RU"}


def test_a_cursor_made_for_another_ordering_names_no_page(api_client, many_claims):
    next_url = api_client.get("/api/claims/?limit=5&ordering=claimed_on").json()["next"]
    response = api_client.get(next_url.replace("ordering=claimed_on", "ordering=id"))
    assert response.status_code == 404
    assert "ordering=claimed_on" in response.json()["detail"]


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        base64.urlsafe_b64encode(b'{"d":"n"}').decode(),
        base64.urlsafe_b64encode(json.dumps({"d": "n", "o": "id", "z": "v", "v": 1, "k": 2**70}).encode()).decode(),
        base64.urlsafe_b64encode(
            json.dumps({"d": "x", "o": "claimed_on", "z": "v", "v": "2024-13-45", "k": 1}).encode()
        ).decode(),
    ],
)
def test_a_tampered_cursor_names_no_page(api_client, dataset, cursor):
    # A 404 as for an unknown id (and DRF's own cursors): the schema cannot tell a valid cursor from another string.
    response = api_client.get(f"/api/claims/?ordering=claimed_on&cursor={cursor}")
    assert response.status_code == 404
    assert response.json() == {
        "detail": "No page here: invalid cursor. Follow the next and previous links as they are given."
    }


def test_an_empty_page_after_deletions_sends_the_client_back_to_the_start(api_client, dataset):
    first = api_client.get("/api/claims/?limit=9").json()
    dataset.claims.ua_admits_sudzha.delete()
    body = api_client.get(first["next"]).json()
    assert body["results"] == []
    assert body["next"] is None
    assert "cursor" not in body["previous"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/events/", "ordering=-occurred_on"),
        ("/api/localities/", "ordering=name"),
        ("/api/sources/", "ordering=-published_on"),
        ("/api/actors/", "ordering=-name"),
    ],
)
def test_other_lists_page_the_same_way(api_client, many_claims, path, params):
    rows, pages = walk(api_client, f"{path}?{params}&limit=2")
    whole = api_client.get(f"{path}?{params}&limit=500").json()["results"]
    assert pages > 1
    assert [row["id"] for row in rows] == [row["id"] for row in whole]


def test_a_page_filters_once_then_reads_its_rows_by_id(api_client, many_claims):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        body = api_client.get("/api/claims/?limit=5&contested=true&claimant_side=RU").json()
    assert body["results"] and all(row["claimant"]["side"] == "RU" for row in body["results"])
    filtering = [q["sql"] for q in queries if '"contested"' in q["sql"]]
    assert len(filtering) == 1  # the key query; the rows are then read by their ids alone
    assert [row["id"] for row in body["results"]] == sorted(row["id"] for row in body["results"])
