"""/api/events/: counts, contested, claimant sides, and the same filters as claims."""

import datetime as dt

import pytest
from django.utils import timezone

from events.models import Claim, Event

pytestmark = pytest.mark.django_db


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def event_ids(*events) -> set[int]:
    return {event.pk for event in events}


def test_an_event_shows_its_counts_contested_and_claimant_sides(api_client, dataset):
    body = api_client.get(f"/api/events/{dataset.events.sudzha_capture.pk}/").json()
    assert body["claims_count"] == 2
    assert body["sources_count"] == 1
    assert body["contested"] is True
    assert body["claimant_sides"] == ["RU", "UA"]
    assert body["region"]["name"] == "Kursk Oblast"
    assert [place["name"] for place in body["localities"]] == ["Sudzha"]
    assert {"created_at", "updated_at", "curated", "quantities", "summary"} <= set(body)


def test_an_event_claimed_from_two_articles_counts_two_sources(api_client, dataset):
    body = api_client.get(f"/api/events/{dataset.events.kursk_offensive.pk}/").json()
    assert (body["claims_count"], body["sources_count"], body["contested"]) == (2, 2, False)
    assert body["claimant_sides"] == ["UA", "media"]
    assert body["localities"] == []


def test_a_rejected_denial_does_not_make_an_event_contested(api_client, dataset):
    assert api_client.get(f"/api/events/{dataset.events.kupiansk_repel.pk}/").json()["contested"] is False


@pytest.mark.parametrize(
    "query",
    [
        "event_type=capture,strike",
        "actor_side=UA",
        "locality=Soudja",
        "locality=Kharkiv Oblast",
        "region=Kursk Oblast",
        "country=RU",
        "occurred_after=2024-08-10&occurred_before=2024-09-30",
        "bbox=35.0,51.0,37.0,52.0",
        "near=49.71,37.61&radius_km=20",
        "contested=true",
        "contested=false",
    ],
)
def test_event_level_parameters_select_the_same_events_as_on_claims(api_client, dataset, query):
    claims = api_client.get(f"/api/claims/?{query}&limit=500").json()["results"]
    assert ids(api_client.get(f"/api/events/?{query}")) == {claim["event"]["id"] for claim in claims}


def test_the_contested_filter_and_the_contested_field_agree(api_client, dataset):
    for value in ("true", "false"):
        rows = api_client.get(f"/api/events/?contested={value}").json()["results"]
        assert rows and {row["contested"] for row in rows} == {value == "true"}


def test_claim_level_parameters_keep_the_events_with_a_matching_claim(api_client, dataset):
    e = dataset.events
    assert ids(api_client.get("/api/events/?claimant_side=INT")) == event_ids(e.kupiansk_repel)
    assert ids(api_client.get("/api/events/?stance=denies")) == event_ids(e.sudzha_capture, e.kupiansk_repel)
    assert ids(api_client.get("/api/events/?review_status=verified")) == event_ids(e.kursk_offensive)
    assert ids(api_client.get("/api/events/?source=002_cccc.txt")) == event_ids(e.sudzha_withdraw)
    assert ids(api_client.get("/api/events/?claimant=zelensky")) == event_ids(e.kursk_offensive)


def test_q_on_events_searches_their_claims_and_their_summary(api_client, dataset):
    e = dataset.events
    assert ids(api_client.get("/api/events/?q=Kroupets")) == event_ids(e.krupets_capture)
    assert ids(api_client.get("/api/events/?q=Ukrainian offensive")) == event_ids(e.kursk_offensive)


def test_updated_since_on_events_includes_events_whose_claims_changed(api_client, dataset):
    long_ago = timezone.now() - dt.timedelta(days=30)
    Claim.objects.update(updated_at=long_ago)
    Event.objects.update(updated_at=long_ago)
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    dataset.claims.media_strike.save()
    assert ids(api_client.get("/api/events/", {"updated_since": since})) == event_ids(dataset.events.pokrovsk_strike)


def test_events_are_ordered_by_date_with_undated_ones_last(api_client, dataset):
    rows = api_client.get("/api/events/?ordering=-occurred_on").json()["results"]
    assert [row["occurred_on"] for row in rows] == [
        "2025-03-12", "2024-09-10", "2024-08-15", "2024-08-06", "2024-08-01", None,
    ]


def test_an_unknown_event_is_a_404(api_client, dataset):
    assert api_client.get("/api/events/999999/").status_code == 404
