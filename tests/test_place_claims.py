"""PlaceClaims is stored: every kind of write keeps it equal to what /api/claims/places/ counts from the claims."""

import importlib
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from events import curation, explorer, place_claims
from events.choices import ReviewStatus, Side
from events.models import Actor, Claim, Event, PlaceClaims

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def rule() -> list[dict]:
    """The map counted from every claim, as a filtered view counts."""
    return explorer.places_with_claims(Claim.objects.all())


def stored() -> list[dict]:
    """The map read from the stored rows, as the unfiltered view reads it."""
    return explorer.places_with_claims(None)


def test_the_fixtures_and_the_seeds_ingest_store_the_rule(dataset):
    assert stored() == rule() and len(stored()) == 5
    call_command("ingest", str(SEEDS), verbosity=0)
    assert stored() == rule() and len(stored()) > 5


def test_claims_reviewed_deleted_and_moved_to_another_event(dataset):
    curation.claim_review(claim=dataset.claims.ru_denies_sudzha, status=ReviewStatus.REJECTED)
    assert stored() == rule()
    Claim.objects.filter(pk=dataset.claims.media_strike.pk).delete()  # Pokrovsk's only claim
    assert stored() == rule()
    assert "Pokrovsk" not in {place["name"] for place in stored()}
    moved = Claim.objects.get(pk=dataset.claims.ua_repels_kupiansk.pk)
    moved.event = dataset.events.krupets_capture
    moved.save()
    assert stored() == rule()


def test_an_event_changing_places_region_date_or_type(dataset):
    event = Event.objects.get(pk=dataset.events.kupiansk_repel.pk)
    event.localities.set([dataset.places.krupets])  # leaves Kupiansk, joins Krupets
    assert stored() == rule()
    event.localities.clear()  # now counted at its region
    assert stored() == rule()
    event.region = dataset.places.kursk_oblast
    event.save()  # from Kharkiv Oblast to Kursk Oblast
    assert stored() == rule()
    event.localities.add(dataset.places.sudzha)
    assert stored() == rule()
    latest = Event.objects.get(pk=dataset.events.sudzha_withdraw.pk)
    latest.occurred_on = None  # undated: no longer Sudzha's latest control event
    latest.save()
    assert stored() == rule()
    dataset.places.sudzha.events.remove(latest)  # from the place's side
    assert stored() == rule()


def test_a_claimant_changing_side_and_merges(dataset):
    actor = Actor.objects.get(pk=Claim.objects.filter(claimant__side=Side.UA).first().claimant_id)
    actor.side = Side.RU
    actor.save()
    assert stored() == rule()
    curation.event_merge(target=dataset.events.krupets_capture, others=[dataset.events.sudzha_capture])
    assert stored() == rule()
    curation.locality_merge(target=dataset.places.sudzha, others=[dataset.places.krupets])
    assert stored() == rule()


def test_refresh_of_everything_repairs_a_bulk_write(dataset):
    PlaceClaims.objects.all().delete()
    assert stored() != rule()
    place_claims.refresh()
    assert stored() == rule()


def test_the_migration_computes_the_same_rows(dataset):
    migration = importlib.import_module("events.migrations.0010_place_claims")
    PlaceClaims.objects.all().delete()

    class Editor:
        pass

    editor = Editor()
    editor.connection = connection
    migration.backfill(None, editor)
    assert stored() == rule()


def test_the_unfiltered_map_reads_the_stored_rows(api_client, dataset):
    PlaceClaims.objects.filter(locality=dataset.places.sudzha).update(claims_count=99)
    assert {p["name"]: p["claims_count"] for p in api_client.get("/api/claims/places/").json()}["Sudzha"] == 99
    filtered = api_client.get("/api/claims/places/?review_status=unreviewed,verified,rejected").json()
    assert {p["name"]: p["claims_count"] for p in filtered}["Sudzha"] == 4  # a filter counts the claims
