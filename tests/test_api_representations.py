"""The hand-built representations (events.api.representations) equal DRF's generic serialisation, field by field."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from rest_framework import serializers as drf

from events import selectors
from events.api import serializers
from events.models import Claim, Event, Locality

pytestmark = pytest.mark.django_db


def generic(serializer_class, instance) -> dict:
    """What DRF's ModelSerializer makes of `instance` with the fields `serializer_class` declares."""
    return drf.ModelSerializer.to_representation(serializer_class(), instance)


def test_every_claim_reads_the_same_as_drf_would_write_it(many_claims):
    claims = list(selectors.claim_feed().order_by("id"))
    assert len(claims) == Claim.objects.count() > 100
    for claim in claims:
        assert serializers.ClaimSerializer(claim).data == generic(serializers.ClaimSerializer, claim)


def test_the_lean_list_queryset_reads_what_the_full_one_reads(many_claims):
    full = {claim.pk: serializers.ClaimSerializer(claim).data for claim in selectors.claim_list()}
    lean = {claim.pk: serializers.ClaimSerializer(claim).data for claim in selectors.claim_feed()}
    assert lean == full


def test_a_page_of_rows_reads_as_the_claims_themselves_do(api_client, many_claims):
    Event.objects.filter(pk=many_claims[0].event_id).update(quantities={"killed": 4, "note": "x"}, region=None)
    page = api_client.get("/api/claims/?limit=500").json()["results"]
    claims = selectors.claim_list().order_by("id")
    assert page == [serializers.ClaimSerializer(claim).data for claim in claims]
    assert any(row["event"]["localities"] for row in page) and any(row["event"]["region"] for row in page)
    assert any(row["event"]["region"] is None for row in page)


def test_a_list_page_reads_no_column_it_did_not_load(api_client, many_claims, django_assert_num_queries):
    # a deferred column read while serialising would cost one query per claim: ids, rows, places
    with django_assert_num_queries(3):
        assert len(api_client.get("/api/claims/?limit=500").json()["results"]) == 130


def test_places_without_coordinates_and_odd_quantities(dataset):
    place = Locality.objects.create(name="Nowhere", kind="village", latitude=None, longitude=None,
                                    gazetteer_key="test:nowhere")
    assert serializers.LocalityBriefSerializer(place).data == generic(serializers.LocalityBriefSerializer, place)
    event = Event.objects.filter(claims__isnull=False).first()
    event.quantities = {"killed": 3, "area_km2": 1.5, "note": "many", "flag": True}
    event.save()
    event.localities.add(place)
    claim = selectors.claim_feed().filter(event=event).first()
    body = serializers.ClaimSerializer(claim).data
    assert body == generic(serializers.ClaimSerializer, claim)
    assert body["event"]["quantities"] == {"killed": 3, "area_km2": 1.5}


def test_timestamps_follow_the_current_time_zone_as_drf_does(many_claims):
    claim = selectors.claim_feed().first()
    moment = dt.datetime(2024, 8, 6, 12, 30, 15, 123456, tzinfo=dt.UTC)
    claim.created_at = moment
    assert serializers.ClaimSerializer(claim).data["created_at"] == "2024-08-06T12:30:15.123456Z"
    with timezone.override(ZoneInfo("Europe/Kyiv")):
        body = serializers.ClaimSerializer(claim).data
        assert body == generic(serializers.ClaimSerializer, claim)
        assert body["created_at"] == "2024-08-06T15:30:15.123456+03:00"
