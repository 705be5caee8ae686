"""/api/claims/places/ and /api/claims/weekly/: the explorer's aggregates, filtered exactly as /api/claims/ is."""

from __future__ import annotations

from collections import Counter

import pytest

from events.explorer import control_after

pytestmark = pytest.mark.django_db


def places_by_name(api_client, query: str = "") -> dict[str, dict]:
    response = api_client.get(f"/api/claims/places/{query}")
    assert response.status_code == 200, response.content
    return {place["name"]: place for place in response.json()}


def claims_per_place(api_client, query: str) -> Counter:
    """What /api/claims/ lists, counted per place the way the map counts them (an event without a place of its
    own at its region)."""
    counts: Counter = Counter()
    url = f"/api/claims/?limit=500&{query.lstrip('?')}"
    while url:
        page = api_client.get(url).json()
        for claim in page["results"]:
            event = claim["event"]
            for place in event["localities"] or ([event["region"]] if event["region"] else []):
                counts[place["name"]] += 1
        url = page["next"]
    return counts


def test_places_count_the_claims_at_each_place_with_its_latest_control_claim(api_client, dataset):
    places = places_by_name(api_client)

    assert {name: place["claims_count"] for name, place in places.items()} == {
        "Sudzha": 4, "Kupiansk": 2, "Krupets": 1, "Pokrovsk": 1, "Kursk Oblast": 2,
    }
    sudzha = places["Sudzha"]
    # the withdrawal of March 2025 is its latest control event; Russia asserts it, Ukraine acknowledges it
    assert sudzha["control_event"]["id"] == dataset.events.sudzha_withdraw.pk
    assert sudzha["control"] == "contested"
    assert sudzha["contested_claims_count"] == 4
    assert (sudzha["latitude"], sudzha["longitude"], sudzha["geo_precision"]) == (51.1914, 35.2708, "exact")
    assert places["Krupets"]["control"] == "RU"
    assert places["Kupiansk"]["control"] == "UA"  # the ISW denial is rejected: the repelled attack stands
    assert places["Pokrovsk"]["control"] is None and places["Pokrovsk"]["control_event"] is None
    # an event with no place of its own (the offensive into Kursk Oblast) counts at its region
    assert places["Kursk Oblast"]["kind"] == "region"
    assert list(places)[0] == "Sudzha"  # busiest first


def test_a_place_without_claims_or_coordinates_is_not_listed(api_client, dataset):
    dataset.places.pokrovsk.latitude = None
    dataset.places.pokrovsk.save()

    places = places_by_name(api_client)

    assert "Pokrovsk" not in places
    assert "Malaya Loknya" not in places  # no claims there


@pytest.mark.parametrize(
    "query",
    [
        "?claimant_side=RU",
        "?stance=denies,acknowledges",
        "?event_type=capture",
        "?contested=true",
        "?occurred_after=2024-08-10&occurred_before=2024-12-31",
        "?q=Soudja",
        "?region=Kursk%20Oblast&review_status=unreviewed",
        "?bbox=34,50,36,52",
    ],
)
def test_places_apply_the_filters_of_the_claims_list(api_client, dataset, query):
    places = places_by_name(api_client, query)

    assert {name: place["claims_count"] for name, place in places.items()} == claims_per_place(api_client, query)


def test_the_latest_control_claim_follows_the_filters(api_client, dataset):
    # without the withdrawal of 2025, Sudzha's latest control event is the contested Ukrainian capture of 2024
    places = places_by_name(api_client, "?occurred_before=2024-12-31")

    assert places["Sudzha"]["control_event"]["id"] == dataset.events.sudzha_capture.pk
    assert places["Sudzha"]["control"] == "contested"


def test_places_answer_a_malformed_filter_with_a_400_naming_it(api_client, dataset):
    response = api_client.get("/api/claims/places/?occurred_after=2024-02-30&stance=maybe")

    assert response.status_code == 400
    assert set(response.json()) == {"occurred_after", "stance"}


def test_places_take_one_query(api_client, dataset, django_assert_num_queries):
    # 1. with no filter, the stored per-place rows (events.place_claims) joined to the places
    with django_assert_num_queries(1):
        assert len(api_client.get("/api/claims/places/").json()) == 5
    # 1. with a filter, the filtered claims counted per event, spread over the events' places, per place, with
    #    each place's latest control event (one statement with common table expressions and a window function)
    with django_assert_num_queries(1):
        assert len(api_client.get("/api/claims/places/?stance=asserts,denies,acknowledges").json()) == 5


def test_places_filtered_by_named_places_add_the_query_of_their_ids(api_client, dataset, django_assert_num_queries):
    # 1. the ids of the places named Soudja (and those inside them)  2. the aggregate
    with django_assert_num_queries(2):
        assert list(places_by_name(api_client, "?locality=Soudja&claimant_side=RU")) == ["Sudzha"]


@pytest.mark.parametrize("query", ["", "?claimant_side=RU", "?occurred_before=2024-12-31", "?bbox=34,50,36,52"])
def test_markers_are_the_places_as_columns(api_client, dataset, query):
    places = api_client.get(f"/api/claims/places/{query}").json()
    response = api_client.get(f"/api/claims/markers/{query}")

    assert response.status_code == 200
    columns = response.json()
    assert columns.pop("count") == len(places)
    assert columns == {key: [place[key] for place in places] for key in columns}
    assert set(columns) == {"id", "name", "name_fr", "kind", "latitude", "longitude", "geo_precision",
                            "claims_count", "control"}


def test_markers_take_one_query_and_refuse_what_the_places_refuse(api_client, dataset, django_assert_num_queries):
    # 1. the stored per-place rows (no filter), joined to the places
    with django_assert_num_queries(1):
        assert api_client.get("/api/claims/markers/").json()["count"] == 5
    # 1. the aggregate of the filtered claims, as for /api/claims/places/
    with django_assert_num_queries(1):
        assert api_client.get("/api/claims/markers/?claimant_side=UA").status_code == 200
    for query, named in [("occurred_after=2024-02-30&stance=maybe", {"occurred_after", "stance"}), ("limit=5", {"limit"})]:
        response = api_client.get(f"/api/claims/markers/?{query}")
        assert response.status_code == 400
        assert set(response.json()) == named


def test_a_filter_that_names_no_place_answers_an_empty_map(api_client, dataset):
    # the filter becomes "event at none of these places", which Django turns into no SQL at all
    assert api_client.get("/api/claims/places/?region=Nowhere").json() == []
    assert api_client.get("/api/claims/markers/?region=Nowhere").json()["count"] == 0


def test_weekly_counts_claims_per_week_and_claimant_side(api_client, dataset):
    response = api_client.get("/api/claims/weekly/")

    assert response.status_code == 200
    rows = {(row["week"], row["claimant_side"]): row["claims"] for row in response.json()}
    # 2024-08-16 is a Friday: its week starts on Monday 2024-08-12
    assert rows[("2024-08-12", "UA")] == 1
    assert rows[("2024-08-12", "RU")] == 2
    assert rows[("2024-08-12", "media")] == 1
    assert rows[("2025-03-10", "RU")] == 1 and rows[("2025-03-10", "UA")] == 1
    assert sum(rows.values()) == 10
    weeks = [row["week"] for row in response.json()]
    assert weeks == sorted(weeks)


def test_weekly_counts_apply_the_filters_and_count_undated_claims_apart(api_client, dataset, django_assert_num_queries):
    dataset.claims.media_strike.claimed_on = None
    dataset.claims.media_strike.save()

    with django_assert_num_queries(1):  # the claims grouped by week and side
        rows = api_client.get("/api/claims/weekly/?claimant_side=media").json()

    assert rows == [
        {"week": "2024-08-12", "claimant_side": "media", "claims": 1},
        {"week": None, "claimant_side": "media", "claims": 1},
    ]


@pytest.mark.parametrize(
    ("event_type", "actor_side", "contested", "expected"),
    [
        ("capture", "RU", False, "RU"),
        ("capture", "KP", False, "RU"),
        ("withdrawal", "UA", False, "RU"),
        ("withdrawal", "RU", False, "UA"),
        ("attack_repelled", "UA", False, "UA"),
        ("territorial_control", "RU", False, "RU"),
        ("encirclement", "RU", False, "contested"),
        ("capture", "UA", True, "contested"),
        ("capture", None, False, None),
        ("capture", "INT", False, None),
    ],
)
def test_control_after_a_control_event(event_type, actor_side, contested, expected):
    assert control_after(event_type, actor_side, contested) == expected
