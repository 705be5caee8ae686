"""Event.contested is stored: every kind of write keeps it equal to what the claims say."""

import datetime as dt
import importlib
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from events import contested, curation, selectors
from events.choices import ReviewStatus, Side, Stance
from events.models import Actor, Claim, Event

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def rule() -> dict[int, bool]:
    """What the claims say, recomputed from scratch."""
    ids = set(selectors.contested_event_ids().values_list("event_id", flat=True))
    return {pk: pk in ids for pk in Event.objects.values_list("pk", flat=True)}


def stored() -> dict[int, bool]:
    return dict(Event.objects.values_list("pk", "contested"))


def test_the_fixtures_and_the_seeds_ingest_store_the_rule(dataset):
    assert stored() == rule()
    assert any(stored().values()) and not all(stored().values())
    call_command("ingest", str(SEEDS), verbosity=0)
    assert stored() == rule()
    assert any(stored()[pk] for pk in Event.objects.filter(claims__source__name__startswith="0").values_list(
        "pk", flat=True))


def test_rejecting_the_only_opposing_claim_calms_the_event_and_moves_updated_at(curator_client, dataset):
    event, denial = dataset.events.sudzha_capture, dataset.claims.ru_denies_sudzha
    assert Event.objects.get(pk=event.pk).contested
    Event.objects.filter(pk=event.pk).update(updated_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    others = Claim.objects.filter(event=event).exclude(pk=denial.pk)
    for claim in others.exclude(claimant__side=Side.UA):
        curation.claim_review(claim=claim, status=ReviewStatus.REJECTED)
    response = curator_client.patch(f"/api/claims/{denial.pk}/", {"review_status": "rejected"}, format="json")
    assert response.status_code == 200
    fresh = Event.objects.get(pk=event.pk)
    assert fresh.contested is False and stored() == rule()
    assert fresh.updated_at.year > 2020  # a sync with updated_since sees the change
    body = curator_client.get("/api/events/?contested=false&limit=500").json()["results"]
    assert event.pk in {row["id"] for row in body}


def test_deleting_a_claim_and_a_stale_event_save_keep_it_true(dataset):
    event = dataset.events.sudzha_capture
    stale = Event.objects.get(pk=event.pk)  # read while contested
    Claim.objects.filter(event=event, stance=Stance.DENIES).delete()
    assert stored() == rule()
    stale.summary = "edited from an instance read before the claims changed"
    stale.save()  # writes every column, contested included
    assert stored() == rule()


def test_renaming_a_claimant_refreshes_nothing_and_changing_its_side_does(dataset, django_assert_max_num_queries):
    actor = Actor.objects.get(pk=Claim.objects.filter(claimant__side=Side.UA).first().claimant_id)
    actor.name = "General Staff of the Armed Forces of Ukraine"
    with django_assert_max_num_queries(4):  # the side before, the update, its history row: no event is recomputed
        actor.save()
    actor.side = Side.RU
    actor.save()
    assert stored() == rule()


def test_a_claimant_changing_side_and_an_event_merge(dataset):
    ua_claims = Claim.objects.filter(claimant__side=Side.UA)
    actor = Actor.objects.get(pk=ua_claims.first().claimant_id)
    actor.side = Side.RU
    actor.save()
    assert stored() == rule()
    target, other = Event.objects.order_by("pk")[:2]
    curation.event_merge(target=target, others=[other])
    assert stored() == rule()


def test_refresh_of_every_event_repairs_a_bulk_write(dataset):
    Event.objects.update(contested=False)
    assert stored() != rule()
    assert contested.refresh() > 0
    assert stored() == rule()
    assert contested.refresh() == 0  # nothing left to change


def test_the_migration_sql_computes_the_same_rule(dataset):
    migration = importlib.import_module("events.migrations.0007_event_contested")
    Event.objects.update(contested=False)
    with connection.cursor() as cursor:
        cursor.execute(migration.CONTESTED_SQL)
    assert stored() == rule()
