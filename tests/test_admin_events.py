"""The event admin: claims inline, editing, contested events, and merging duplicates."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse, reverse_lazy
from test_admin_fixtures import *  # noqa: F403  (the shared fixtures, used by name)
from test_admin_fixtures import (
    RU_QUOTE,
    actor_make,
    claim_make,
    event_make,
    locality_make,
    source_make,
)

from events import curation
from events.choices import ReviewStatus, Side, Stance
from events.models import Claim, Event

CHANGELIST = reverse_lazy("admin:events_event_changelist")


def change_url(event: Event) -> str:
    return reverse("admin:events_event_change", args=[event.pk])


def event_form_data(event: Event, claims: list[Claim] = (), **overrides) -> dict:
    data = {
        "event_type": event.event_type,
        "actor_side": event.actor_side or "",
        "occurred_on": event.occurred_on.isoformat() if event.occurred_on else "",
        "occurred_precision": event.occurred_precision,
        "region": event.region_id or "",
        "localities": [loc.pk for loc in event.localities.all()],
        "country_code": event.country_code,
        "quantities": "{}",
        "initial-quantities": "{}",
        "summary": event.summary,
        "claims-TOTAL_FORMS": len(claims),
        "claims-INITIAL_FORMS": len(claims),
        "claims-MIN_NUM_FORMS": 0,
        "claims-MAX_NUM_FORMS": 1000,
    }
    for i, claim in enumerate(claims):
        data.update({f"claims-{i}-id": claim.pk, f"claims-{i}-event": event.pk,
                     f"claims-{i}-stance": claim.stance, f"claims-{i}-review_status": claim.review_status})
    data.update(overrides)
    return data


def test_the_event_page_lists_its_claims_inline(curator_client, contested):
    html = curator_client.get(change_url(contested["event"])).content.decode()
    assert "Russian Ministry of Defence" in html and "Ukrainian General Staff" in html
    assert reverse("admin:events_claim_change", args=[contested["ru"].pk]) in html


def test_editing_an_event_curates_it_and_moves_its_claims_updated_at(curator_client, curator, contested):
    event, ru = contested["event"], contested["ru"]
    before = ru.updated_at
    claims = [contested["ru"], contested["ua"]]
    response = curator_client.post(change_url(event), event_form_data(event, claims, summary="Ocheretyne taken"))
    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    ru.refresh_from_db()
    assert (event.summary, event.curated) == ("Ocheretyne taken", True)
    assert event.history.latest().history_user == curator
    assert ru.updated_at > before


def test_reviewing_a_claim_inline_goes_through_curation(curator_client, curator, contested):
    event, ua = contested["event"], contested["ua"]
    claims = [contested["ru"], ua]
    data = event_form_data(event, claims, **{"claims-1-review_status": ReviewStatus.REJECTED})
    response = curator_client.post(change_url(event), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    ua.refresh_from_db()
    assert (ua.review_status, ua.curated) == (ReviewStatus.REJECTED, True)
    assert ua.history.latest().history_user == curator
    contested["ru"].refresh_from_db()
    assert contested["ru"].curated is False  # untouched inline rows are not curated


def test_contested_events_are_one_filter_away(curator_client, contested):
    quiet = event_make(event_type="strike")
    claim_make(source=source_make(), event=quiet, claimant=actor_make("Russian Ministry of Defence", Side.RU),
               quote=RU_QUOTE)
    response = curator_client.get(CHANGELIST, {"contested": "yes"})
    assert [e.pk for e in response.context["cl"].result_list] == [contested["event"].pk]
    response = curator_client.get(CHANGELIST, {"contested": "no"})
    assert [e.pk for e in response.context["cl"].result_list] == [quiet.pk]


def test_merge_events_first_asks_which_event_to_keep(curator_client, contested):
    duplicate = event_make(summary="Prise d'Otcheretyne")
    response = curator_client.post(
        CHANGELIST, {"action": "merge_events", "_selected_action": [contested["event"].pk, duplicate.pk]}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="target"' in html and "Merge into the chosen one" in html
    assert Event.objects.filter(pk=duplicate.pk).exists()


def test_merge_events_moves_every_claim_onto_the_chosen_event(curator_client, curator, contested, ocheretyne):
    kept = contested["event"]
    other_place = locality_make("Keramik")
    duplicate = event_make(places=[other_place], quantities={"killed": 3}, summary="Prise d'Otcheretyne")
    isw = claim_make(source=source_make(), event=duplicate, claimant=actor_make("ISW", Side.INT), quote=RU_QUOTE)
    response = curator_client.post(
        CHANGELIST,
        {"action": "merge_events", "_selected_action": [kept.pk, duplicate.pk], "target": kept.pk, "confirm": "yes"},
    )
    assert response.status_code == 302
    assert response["Location"] == change_url(kept)
    assert not Event.objects.filter(pk=duplicate.pk).exists()
    isw.refresh_from_db()
    assert (isw.event_id, isw.curated) == (kept.pk, True)
    kept.refresh_from_db()
    assert kept.curated is True
    assert kept.quantities == {"killed": 3}
    assert {loc.name for loc in kept.localities.all()} == {"Ocheretyne", "Keramik"}
    # Recorded: the target says what it absorbed, the moved claim where it came from, the deleted event why.
    assert kept.history.filter(history_change_reason=f"merged events {duplicate.pk}", history_user=curator).exists()
    assert isw.history.latest().history_change_reason == f"moved from event {duplicate.pk} by merge"
    gone = Event.history.filter(id=duplicate.pk, history_type="-").get()
    assert (gone.history_change_reason, gone.history_user) == (f"merged into event {kept.pk}", curator)


def test_merging_keeps_the_better_reviewed_of_two_identical_claims(db, curator, contested):
    kept, ru = contested["event"], contested["ru"]
    duplicate = event_make()
    twin = claim_make(source=ru.source, event=duplicate, claimant=ru.claimant, quote=RU_QUOTE,
                      review_status=ReviewStatus.VERIFIED, curator_note="seen on video")
    result = curation.event_merge(target=kept, others=[duplicate], user=curator)
    assert result.duplicates_removed == 1
    assert not Claim.objects.filter(pk=ru.pk).exists()
    twin.refresh_from_db()
    assert (twin.event_id, twin.review_status, twin.curator_note) == (kept.pk, ReviewStatus.VERIFIED, "seen on video")
    assert Claim.history.get(id=ru.pk, history_type="-").history_change_reason == (
        f"duplicate of claim {twin.pk} after merging events")


def test_merging_fills_a_missing_date_and_region_from_the_duplicate(db, curator, donetsk):
    target = event_make(occurred_on=None)
    duplicate = event_make(region=donetsk, occurred_on=dt.date(2024, 5, 10))
    curation.event_merge(target=target, others=[duplicate], user=curator)
    target.refresh_from_db()
    assert (target.occurred_on, target.region_id) == (dt.date(2024, 5, 10), donetsk.pk)


def test_an_event_cannot_be_merged_into_itself(db, contested):
    with pytest.raises(ValueError):
        curation.event_merge(target=contested["event"], others=[contested["event"]])


def test_merge_needs_two_selected_events(curator_client, contested):
    response = curator_client.post(
        CHANGELIST, {"action": "merge_events", "_selected_action": [contested["event"].pk]}, follow=True
    )
    assert "Select at least two events to merge." in response.content.decode()


def test_the_event_list_shows_claim_counts_and_contested_flags(curator_client, contested):
    response = curator_client.get(CHANGELIST)
    [event] = response.context["cl"].result_list
    assert (event.claims_total, event.contested) == (2, True)
    assert f"?event={event.pk}" in response.content.decode()
    assert Stance.DENIES  # the contested flag comes from a denial next to an assertion
