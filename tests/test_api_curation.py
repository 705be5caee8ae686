"""Writes: curators' edits through the API, and what a syncing client sees of edits, rejections and deletions."""

import datetime as dt

import pytest
from django.utils import timezone

from events.models import Claim, Event

pytestmark = pytest.mark.django_db


def test_a_curator_reviews_a_claim_which_becomes_curated(curator_client, dataset):
    claim = dataset.claims.ru_denies_sudzha
    response = curator_client.patch(
        f"/api/claims/{claim.pk}/", {"review_status": "verified", "curator_note": "Confirmed by RIA"}, format="json"
    )
    assert response.status_code == 200, response.content
    assert (response.json()["review_status"], response.json()["curator_note"]) == ("verified", "Confirmed by RIA")
    assert response.json()["curated"] is True
    claim.refresh_from_db()
    assert (claim.review_status, claim.curator_note, claim.curated) == ("verified", "Confirmed by RIA", True)


def test_only_the_curation_fields_of_a_claim_can_change(curator_client, dataset):
    claim = dataset.claims.ru_denies_sudzha
    curator_client.patch(f"/api/claims/{claim.pk}/", {"quote": "rewritten", "stance": "asserts"}, format="json")
    claim.refresh_from_db()
    assert (claim.quote, claim.stance) == (dataset.claims.ru_denies_sudzha.quote, "denies")


def test_an_edit_is_recorded_in_the_history_with_its_curator(curator_client, curator, dataset):
    claim = dataset.claims.media_strike
    curator_client.patch(f"/api/claims/{claim.pk}/", {"review_status": "rejected"}, format="json")
    assert claim.history.latest().history_user == curator


def test_a_curator_corrects_an_events_type_date_and_places(curator_client, dataset):
    event = dataset.events.kursk_offensive
    response = curator_client.patch(
        f"/api/events/{event.pk}/",
        {"event_type": "capture", "occurred_on": "2024-08-17", "occurred_precision": "month",
         "localities": [dataset.places.sudzha.pk, dataset.places.malaya_loknya.pk]},
        format="json",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["event_type"], body["occurred_on"], body["curated"]) == ("capture", "2024-08-01", True)
    assert [place["name"] for place in body["localities"]] == ["Malaya Loknya", "Sudzha"]
    assert body["claims_count"] == 2  # answered with the full read representation
    event.refresh_from_db()
    assert event.curated and event.occurred_on == dt.date(2024, 8, 1)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"event_type": "battle"}, "event_type"),
        ({"localities": [999999]}, "localities"),
        ({"occurred_on": "2024-13-01"}, "occurred_on"),
        ({"occurred_precision": "unknown"}, "occurred_precision"),
        ({"occurred_on": None}, "occurred_on"),
        ({"localities": ["1"]}, "localities"),  # ids are numbers, as the schema says
        ({"localities": [True]}, "localities"),
    ],
)
def test_an_invalid_event_edit_is_a_400_naming_the_field(curator_client, dataset, payload, field):
    response = curator_client.patch(f"/api/events/{dataset.events.krupets_capture.pk}/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()


def test_an_anonymous_client_cannot_write(api_client, dataset):
    response = api_client.patch(f"/api/claims/{dataset.claims.media_strike.pk}/", {"review_status": "verified"})
    assert response.status_code == 401
    assert Claim.objects.get(pk=dataset.claims.media_strike.pk).review_status == "unreviewed"


def test_a_token_without_the_curator_role_cannot_write(reader_client, dataset):
    response = reader_client.patch(f"/api/events/{dataset.events.krupets_capture.pk}/", {"event_type": "strike"})
    assert response.status_code == 403
    assert not Event.objects.get(pk=dataset.events.krupets_capture.pk).curated


def test_put_post_and_delete_are_not_offered(curator_client, dataset):
    url = f"/api/claims/{dataset.claims.media_strike.pk}/"
    assert curator_client.put(url, {"review_status": "verified"}).status_code == 405
    assert curator_client.delete(url).status_code == 405
    assert curator_client.post("/api/claims/", {}).status_code == 405
    assert curator_client.patch(f"/api/localities/{dataset.places.sudzha.pk}/", {"name": "x"}).status_code == 405


def test_patching_an_unknown_claim_is_a_404(curator_client, dataset):
    assert curator_client.patch("/api/claims/999999/", {"review_status": "verified"}).status_code == 404


def test_a_syncing_client_sees_a_rejection_as_an_update(curator_client, api_client, dataset):
    since = timezone.now().isoformat()
    curator_client.patch(f"/api/claims/{dataset.claims.media_strike.pk}/", {"review_status": "rejected"}, format="json")
    rows = api_client.get("/api/claims/", {"updated_since": since}).json()["results"]
    assert [(row["id"], row["review_status"]) for row in rows] == [(dataset.claims.media_strike.pk, "rejected")]


def test_a_syncing_client_sees_deletions(api_client, dataset):
    since = timezone.now() - dt.timedelta(seconds=1)
    gone_claim, gone_event = dataset.claims.media_strike.pk, dataset.events.pokrovsk_strike.pk
    dataset.claims.media_strike.delete()
    dataset.events.pokrovsk_strike.delete()
    claims = api_client.get("/api/claims/deleted/", {"since": since.isoformat()}).json()
    assert [row["id"] for row in claims["results"]] == [gone_claim]
    assert claims["results"][0]["deleted_at"] >= since.isoformat()[:19]
    events = api_client.get("/api/events/deleted/", {"since": since.isoformat()}).json()
    assert [row["id"] for row in events["results"]] == [gone_event]
    later = (timezone.now() + dt.timedelta(seconds=1)).isoformat()
    assert api_client.get("/api/claims/deleted/", {"since": later}).json()["results"] == []


def _footprint(record) -> tuple:
    """What a write leaves behind: the curated flag, updated_at, the history and the data version."""
    from events import data_version

    record.refresh_from_db()
    return record.curated, record.updated_at, record.history.count(), data_version.current()


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"quote": "rewritten", "stance": "asserts", "curated": True},  # fields a curator cannot set
        {"review_status": "unreviewed", "curator_note": ""},  # the values already stored
    ],
    ids=["empty", "read-only-fields", "same-values"],
)
def test_a_claim_patch_that_changes_nothing_writes_nothing_and_says_so(curator_client, dataset, payload):
    claim = dataset.claims.media_strike
    before = _footprint(claim)
    response = curator_client.patch(f"/api/claims/{claim.pk}/", payload, format="json")
    assert response.status_code == 200, response.content
    assert response["X-Unchanged"] == "true"
    assert response.json()["curated"] is False
    assert _footprint(claim) == before


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"claims_count": 7},
        # The stored values: the date is known to the month, so any day of August 2024 is the same date.
        {"event_type": "capture", "occurred_on": "2024-08-20", "occurred_precision": "month", "localities": "sudzha"},
    ],
    ids=["empty", "read-only-field", "same-values"],
)
def test_an_event_patch_that_changes_nothing_writes_nothing_and_says_so(curator_client, dataset, payload):
    event = dataset.events.sudzha_capture
    if payload.get("localities") == "sudzha":
        payload = {**payload, "localities": [dataset.places.sudzha.pk]}
    before = _footprint(event)
    response = curator_client.patch(f"/api/events/{event.pk}/", payload, format="json")
    assert response.status_code == 200, response.content
    assert response["X-Unchanged"] == "true"
    assert _footprint(event) == before


def test_a_patch_that_changes_something_says_so(curator_client, dataset):
    claim = dataset.claims.media_strike
    response = curator_client.patch(f"/api/claims/{claim.pk}/", {"curator_note": "checked"}, format="json")
    assert (response.status_code, response["X-Unchanged"], response.json()["curated"]) == (200, "false", True)
    event = dataset.events.sudzha_capture
    response = curator_client.patch(f"/api/events/{event.pk}/", {"localities": []}, format="json")
    assert (response.status_code, response["X-Unchanged"], response.json()["localities"]) == (200, "false", [])


@pytest.mark.parametrize(
    ("body", "content_type", "status", "expected"),
    [
        ('{"curator_note": 0}', "application/json", 400, {"curator_note": ["Not a valid string."]}),
        ('{"curator_note": true}', "application/json", 400, {"curator_note": ["Not a valid string."]}),
        ('{"curator_note": ', "application/json", 400, None),  # a parse error, in the shape of every 400
        ("review_status=verified", "application/x-www-form-urlencoded", 415, None),
    ],
)
def test_a_claim_patch_is_typed_json(curator_client, dataset, body, content_type, status, expected):
    claim = dataset.claims.media_strike
    response = curator_client.generic("PATCH", f"/api/claims/{claim.pk}/", body, content_type=content_type)
    assert response.status_code == status, response.content
    if expected is not None:
        assert response.json() == expected
    elif status == 400:
        assert list(response.json()) == ["detail"] and response.json()["detail"][0].startswith("JSON parse error")
    else:
        assert "detail" in response.json()
    claim.refresh_from_db()
    assert (claim.curator_note, claim.curated) == ("", False)
