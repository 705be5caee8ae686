"""/api/localities/: any spelling, parents and counts, and a place's timeline of control claims."""

import pytest

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["name"] for row in response.json()["results"]]


@pytest.mark.parametrize("spelling", ["Soudja", "soudja", "Sudzha", "SUDZHA", "Суджа", "Soudj"])
def test_q_finds_a_place_by_any_spelling_or_part_of_one(api_client, dataset, spelling):
    assert names(api_client.get("/api/localities/", {"q": spelling})) == ["Sudzha"]


def test_q_ignores_apostrophes_and_their_variants(api_client, dataset):
    assert names(api_client.get("/api/localities/", {"q": "Куп’янськ"})) == ["Kupiansk"]
    assert names(api_client.get("/api/localities/", {"q": "kupyansk"})) == ["Kupiansk"]


def test_a_place_shows_its_parent_and_its_events_count(api_client, dataset):
    body = api_client.get(f"/api/localities/{dataset.places.sudzha.pk}/").json()
    assert body["parent"]["name"] == "Kursk Oblast"
    assert body["events_count"] == 2
    assert (body["name_fr"], body["name_native"]) == ("Soudja", "Суджа")
    region = api_client.get(f"/api/localities/{dataset.places.kursk_oblast.pk}/").json()
    assert region["parent"]["name"] == "Russia"
    assert region["events_count"] == 4  # as the region of four events


def test_region_lists_the_places_inside_it(api_client, dataset):
    assert names(api_client.get("/api/localities/?region=région de Koursk&ordering=name")) == [
        "Krupets", "Malaya Loknya", "Sudzha",
    ]
    assert names(api_client.get("/api/localities/?region=Ukraine&ordering=name")) == [
        "Donetsk Oblast", "Kharkiv Oblast", "Kupiansk", "Pokrovsk",
    ]


def test_kind_country_parent_and_geocoding_filters(api_client, dataset):
    assert names(api_client.get("/api/localities/?kind=region,country&country=RU&ordering=name")) == [
        "Kursk Oblast", "Russia",
    ]
    assert names(api_client.get(f"/api/localities/?parent={dataset.places.kharkiv_oblast.pk}")) == ["Kupiansk"]
    assert names(api_client.get("/api/localities/?needs_geocoding=true")) == ["Malaya Loknya"]
    assert names(api_client.get("/api/localities/?has_events=true&kind=town&ordering=name")) == [
        "Kupiansk", "Pokrovsk", "Sudzha",
    ]


def test_bbox_and_near_find_places(api_client, dataset):
    assert names(api_client.get("/api/localities/?bbox=34.5,51.0,35.5,51.5&ordering=name")) == ["Krupets", "Sudzha"]
    assert names(api_client.get("/api/localities/?near=48.28,37.17&radius_km=3")) == ["Pokrovsk"]


def test_the_timeline_lists_the_control_claims_about_a_place_in_time_order(api_client, dataset):
    rows = api_client.get(f"/api/localities/{dataset.places.sudzha.pk}/timeline/").json()["results"]
    assert [(row["occurred_on"], row["event_type"], row["claimant"]["side"], row["stance"]) for row in rows] == [
        ("2024-08-01", "capture", "UA", "asserts"),
        ("2024-08-01", "capture", "RU", "denies"),
        ("2025-03-12", "withdrawal", "RU", "asserts"),
        ("2025-03-12", "withdrawal", "UA", "acknowledges"),
    ]
    first = rows[0]
    assert first["claimant"]["name"] == "État-major ukrainien"
    assert first["source"]["name"] == "000_aaaa.txt"
    assert first["claimed_on"] == "2024-08-16"
    assert first["quote"].startswith("L'armée ukrainienne")


def test_the_timeline_of_a_region_includes_the_places_inside_it_but_only_control_claims(api_client, dataset):
    rows = api_client.get(f"/api/localities/{dataset.places.kursk_oblast.pk}/timeline/").json()["results"]
    assert {row["event_type"] for row in rows} == {"capture", "withdrawal"}  # the offensive is not a control event
    assert {place["name"] for row in rows for place in row["localities"]} == {"Sudzha", "Krupets"}


def test_the_timeline_accepts_the_claim_filters(api_client, dataset):
    rows = api_client.get(f"/api/localities/{dataset.places.sudzha.pk}/timeline/?claimant_side=RU").json()["results"]
    assert [row["stance"] for row in rows] == ["denies", "asserts"]


def test_the_timeline_of_an_unknown_place_is_a_404(api_client, dataset):
    assert api_client.get("/api/localities/999999/timeline/").status_code == 404
