"""Cached JSON reads: served again until a write commits, whatever the path of the write."""

from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction

from events import curation, data_version
from events.models import Claim, Event

# Writes must really commit for the version to move; serialized_rollback keeps the rows migrations create (groups,
# content types) across the flush that follows each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.API_CACHE_SECONDS = 60
    caches["api"].clear()
    yield
    caches["api"].clear()


def test_a_second_read_is_served_from_the_cache_in_one_query(api_client, many_claims, django_assert_num_queries):
    first = api_client.get("/api/claims/?limit=20")
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(1):  # the data version
        second = api_client.get("/api/claims/?limit=20")
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"] == "application/json"
    assert "Accept" in second["Vary"]


def test_pages_records_and_hosts_are_cached_apart(api_client, many_claims, settings):
    settings.ALLOWED_HOSTS = ["testserver", "mirror.example.org"]
    page = api_client.get("/api/claims/?limit=5").json()
    other = api_client.get("/api/claims/?limit=6").json()
    assert len(page["results"]) == 5 and len(other["results"]) == 6
    claim = many_claims[0]
    assert api_client.get(f"/api/claims/{claim.pk}/").json()["id"] == claim.pk
    assert api_client.get(f"/api/claims/{claim.pk}/")["X-Cache"] == "hit"
    elsewhere = api_client.get("/api/claims/?limit=5", HTTP_HOST="mirror.example.org")
    assert elsewhere["X-Cache"] == "miss"
    assert elsewhere.json()["next"].startswith("http://mirror.example.org/")


def test_a_curators_edit_through_the_api_shows_at_once(api_client, curator_client, many_claims):
    claim = many_claims[0]
    url = "/api/claims/?limit=500&review_status=rejected"
    before = api_client.get(url).json()["results"]
    assert api_client.get(url)["X-Cache"] == "hit"
    response = curator_client.patch(f"/api/claims/{claim.pk}/", {"review_status": "rejected"}, format="json")
    assert response.status_code == 200
    after = api_client.get(url)
    assert after["X-Cache"] == "miss"
    assert {row["id"] for row in after.json()["results"]} == {row["id"] for row in before} | {claim.pk}


def test_a_save_anywhere_and_a_bulk_merge_move_the_version(api_client, many_claims):
    api_client.get("/api/events/")
    event = Event.objects.order_by("pk").first()
    event.summary = "edited in the admin"
    event.save()
    assert api_client.get("/api/events/")["X-Cache"] == "miss"
    assert api_client.get("/api/events/")["X-Cache"] == "hit"
    target, other = Event.objects.filter(claims__isnull=False).distinct().order_by("pk")[:2]
    curation.event_merge(target=target, others=[other])
    assert api_client.get("/api/events/")["X-Cache"] == "miss"


def test_an_ingest_shows_at_once(api_client, db):
    assert api_client.get("/api/claims/").json()["results"] == []
    assert api_client.get("/api/claims/")["X-Cache"] == "hit"
    call_command("ingest", str(SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]), verbosity=0)
    response = api_client.get("/api/claims/")
    assert response["X-Cache"] == "miss"
    assert len(response.json()["results"]) == Claim.objects.count() > 0


def test_one_version_step_per_transaction_and_only_once_committed(many_claims):
    start = data_version.current()
    with transaction.atomic():
        for claim in many_claims[:5]:
            claim.curator_note = "checked"
            claim.save()
        assert data_version.current() == start  # not before the commit
    assert data_version.current() == start + 1
    with pytest.raises(RuntimeError), transaction.atomic():
        many_claims[0].delete()
        raise RuntimeError("rolled back")
    assert data_version.current() == start + 1  # nothing committed, nothing to invalidate


def test_errors_exports_and_the_browsable_api_are_not_cached(api_client, many_claims):
    for _ in range(2):
        assert api_client.get("/api/claims/?limit=zero").status_code == 400
        assert api_client.get("/api/claims/?format=csv").get("X-Cache") is None
        assert api_client.get("/api/claims/", HTTP_ACCEPT="text/html").get("X-Cache") is None
        assert api_client.get("/api/claims/999999999/").status_code == 404
    stored = lambda: [key for key in caches["api"]._cache if key.startswith(":1:api:")]  # noqa: E731
    assert stored() == []
    api_client.get("/api/claims/")
    assert len(stored()) == 1  # only the JSON page went in


def test_the_cache_can_be_turned_off(api_client, many_claims, settings, django_assert_num_queries):
    settings.API_CACHE_SECONDS = 0
    api_client.get("/api/claims/?limit=3")
    with django_assert_num_queries(3):  # ids, rows, places: the page is read again
        assert api_client.get("/api/claims/?limit=3").get("X-Cache") is None
