"""The claims list and the claim page of the curation admin."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.urls import reverse, reverse_lazy
from django.utils.html import escape
from test_admin_fixtures import *  # noqa: F403  (the shared fixtures, used by name)
from test_admin_fixtures import (
    RU_QUOTE,
    actor_make,
    claim_make,
    event_make,
    locality_make,
    source_make,
)

from events.choices import ReviewStatus, Side, Stance
from events.models import Claim, Event

CHANGELIST = reverse_lazy("admin:events_claim_changelist")


def change_url(claim: Claim) -> str:
    return reverse("admin:events_claim_change", args=[claim.pk])


def listed_ids(response) -> set[int]:
    return {claim.pk for claim in response.context["cl"].result_list}


def claim_form_data(claim: Claim, **overrides) -> dict:
    """The claim page's form as the browser would post it unchanged."""
    event = claim.event
    data = {
        "claimant": claim.claimant_id,
        "stance": claim.stance,
        "claimed_on": claim.claimed_on or "",
        "claimed_precision": claim.claimed_precision,
        "event": claim.event_id,
        "review_status": claim.review_status,
        "curator_note": claim.curator_note,
        "event_type": event.event_type,
        "event_actor_side": event.actor_side or "",
        "event_occurred_on": event.occurred_on.isoformat() if event.occurred_on else "",
        "event_occurred_precision": event.occurred_precision,
        "event_region": event.region_id or "",
        "event_localities": [loc.pk for loc in event.localities.all()],
        "event_quantities": json.dumps(event.quantities or {}),
        "event_summary": event.summary,
    }
    data.update(overrides)
    return data


def test_the_list_shows_claimant_side_stance_type_places_date_source_and_status(curator_client, contested):
    response = curator_client.get(CHANGELIST)
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Russian Ministry of Defence (RU)", "Ukrainian General Staff (UA)", "Denies", "Capture",
                 "Ocheretyne", "2024-05-12", contested["source"].name, "Unreviewed"):
        assert text in html
    assert listed_ids(response) == {contested["ru"].pk, contested["ua"].pk}


def test_it_filters_claims_by_claimant_side(curator_client, contested):
    response = curator_client.get(CHANGELIST, {"side": Side.UA})
    assert listed_ids(response) == {contested["ua"].pk}


def test_it_filters_by_stance_event_type_status_region_and_place(curator_client, contested, donetsk, ocheretyne):
    assert listed_ids(curator_client.get(CHANGELIST, {"stance__exact": Stance.DENIES})) == {contested["ua"].pk}
    assert listed_ids(curator_client.get(CHANGELIST, {"event__event_type__exact": "capture"})) == {
        contested["ru"].pk, contested["ua"].pk}
    assert listed_ids(curator_client.get(CHANGELIST, {"event__event_type__exact": "strike"})) == set()
    assert listed_ids(curator_client.get(CHANGELIST, {"review_status__exact": "verified"})) == set()
    assert len(listed_ids(curator_client.get(CHANGELIST, {"event__region__id__exact": donetsk.pk}))) == 2
    response = curator_client.get(CHANGELIST, {"place": ocheretyne.pk})
    assert len(listed_ids(response)) == 2
    assert "Ocheretyne" in response.content.decode()


def test_it_filters_by_event_date_hierarchy_and_by_source(curator_client, contested):
    later = event_make(occurred_on=dt.date(2024, 8, 1))
    other = claim_make(source=source_make(), event=later, claimant=actor_make("Russian Ministry of Defence", "RU"),
                       quote=RU_QUOTE)
    in_may = curator_client.get(CHANGELIST, {"event__occurred_on__year": 2024, "event__occurred_on__month": 5})
    assert listed_ids(in_may) == {contested["ru"].pk, contested["ua"].pk}
    assert listed_ids(curator_client.get(CHANGELIST, {"source": other.source_id})) == {other.pk}


def test_contested_filter_finds_claims_on_asserted_and_denied_events(curator_client, contested):
    plain = claim_make(source=source_make(), event=event_make(event_type="strike"),
                       claimant=actor_make("Russian Ministry of Defence", "RU"), quote=RU_QUOTE)
    assert listed_ids(curator_client.get(CHANGELIST, {"contested": "yes"})) == {contested["ru"].pk,
                                                                                  contested["ua"].pk}
    assert listed_ids(curator_client.get(CHANGELIST, {"contested": "no"})) == {plain.pk}


@pytest.mark.parametrize("term", ["Ocheretyne", "Otcheretyne", "otchérétyne", "Очеретине"])
def test_search_finds_a_claim_by_any_spelling_of_its_place(curator_client, contested, term):
    assert listed_ids(curator_client.get(CHANGELIST, {"q": term})) == {contested["ru"].pk, contested["ua"].pk}


def test_search_finds_quote_words_and_claimant_names(curator_client, contested):
    assert listed_ids(curator_client.get(CHANGELIST, {"q": "démenti"})) == {contested["ua"].pk}
    assert listed_ids(curator_client.get(CHANGELIST, {"q": "Russian Ministry"})) == {contested["ru"].pk}
    assert listed_ids(curator_client.get(CHANGELIST, {"q": "Zaporizhzhia"})) == set()


def _claims(n: int) -> None:
    region = locality_make("Kharkiv Oblast", kind="region")
    actors = [actor_make(f"Claimant {i}", side) for i, side in enumerate([Side.RU, Side.UA, Side.INT])]
    sources = [source_make() for _ in range(max(1, n // 10))]
    for i in range(n):
        places = [locality_make(f"Village {i}"), locality_make(f"Town {i}", kind="town")]
        event = event_make(places=places, region=region if i % 2 else None, occurred_on=dt.date(2024, 1 + i % 12, 1))
        claim_make(source=sources[i % len(sources)], event=event, claimant=actors[i % 3], quote=RU_QUOTE)


def test_a_page_of_100_claims_costs_a_fixed_number_of_queries(curator_client, django_assert_num_queries):
    _claims(100)
    # 1 session, 2 user, 3 user permissions, 4 group permissions,
    # 5 region filter choices (RelatedOnlyFieldListFilter),
    # 6 count of the filtered list, 7 count of all claims (show_full_result_count),
    # 8 the page: claims joined with claimant, source (text deferred), event and region,
    # 9 the page's places (one prefetch for all events),
    # 10 date hierarchy: first and last event date, 11 date hierarchy: the years or months to offer
    with django_assert_num_queries(11):
        response = curator_client.get(CHANGELIST)
    assert len(response.context["cl"].result_list) == 100


def test_the_query_count_does_not_grow_with_the_page(curator_client, django_assert_num_queries):
    _claims(5)
    with django_assert_num_queries(11):
        curator_client.get(CHANGELIST)


def test_mark_verified_action_verifies_and_curates_the_selected_claims(curator_client, curator, contested):
    ru, ua = contested["ru"], contested["ua"]
    before = ru.updated_at
    response = curator_client.post(
        CHANGELIST, {"action": "mark_verified", "_selected_action": [ru.pk]}, follow=True
    )
    assert response.status_code == 200
    assert "1 claim(s) marked verified" in response.content.decode()
    ru.refresh_from_db()
    ua.refresh_from_db()
    assert (ru.review_status, ru.curated) == (ReviewStatus.VERIFIED, True)
    assert ru.updated_at > before
    assert (ua.review_status, ua.curated) == (ReviewStatus.UNREVIEWED, False)
    record = ru.history.latest()
    assert record.history_user == curator
    assert record.history_change_reason == "marked verified"


def test_mark_rejected_action_rejects_every_selected_claim(curator_client, contested):
    ids = [contested["ru"].pk, contested["ua"].pk]
    curator_client.post(CHANGELIST, {"action": "mark_rejected", "_selected_action": ids})
    assert set(Claim.objects.filter(pk__in=ids).values_list("review_status", "curated")) == {
        (ReviewStatus.REJECTED, True)}


def test_the_claim_page_shows_the_quote_highlighted_in_its_paragraph(curator_client, contested):
    html = curator_client.get(change_url(contested["ru"])).content.decode()
    assert f'<mark class="quote">{escape(RU_QUOTE)}</mark>' in html
    assert "Le ministère russe de la Défense a affirmé que" in html  # the rest of the paragraph
    assert "De violents combats" not in html  # not the other paragraphs


def test_the_claim_page_escapes_the_article_text(curator_client, contested):
    html = curator_client.get(change_url(contested["ua"])).content.decode()
    assert "&lt;b&gt;malgré&lt;/b&gt;" in html
    assert "<b>malgré</b>" not in html


def test_a_quote_no_longer_matching_its_offsets_is_flagged(curator_client, contested):
    Claim.objects.filter(pk=contested["ru"].pk).update(quote="something else entirely")
    html = curator_client.get(change_url(contested["ru"])).content.decode()
    assert "no longer matches the article" in html


def test_the_claim_page_links_the_other_and_the_opposing_claims(curator_client, contested):
    ru, ua = contested["ru"], contested["ua"]
    html = curator_client.get(change_url(ru)).content.decode()
    assert change_url(ua) in html
    assert "Contested:" in html
    assert f"?event={ru.event_id}&amp;stance__exact=denies" in html
    opposing = curator_client.get(CHANGELIST, {"event": ru.event_id, "stance__exact": "denies"})
    assert listed_ids(opposing) == {ua.pk}


def test_saving_a_claim_marks_it_curated_and_records_the_curator(curator_client, curator, contested):
    ru = contested["ru"]
    response = curator_client.post(change_url(ru), claim_form_data(ru, curator_note="checked against AFP"))
    assert response.status_code == 302, response.content.decode()[:3000]
    ru.refresh_from_db()
    assert ru.curated is True
    assert ru.curator_note == "checked against AFP"
    assert ru.history.latest().history_user == curator


def test_save_and_mark_verified_button_verifies_and_stays_on_the_page(curator_client, contested):
    ru = contested["ru"]
    response = curator_client.post(change_url(ru), {**claim_form_data(ru), "_verify": "1"})
    assert response.status_code == 302
    assert response["Location"] == change_url(ru)
    ru.refresh_from_db()
    assert (ru.review_status, ru.curated) == (ReviewStatus.VERIFIED, True)


def test_editing_the_event_on_the_claim_page_curates_the_event(curator_client, curator, contested, ocheretyne):
    ru = contested["ru"]
    event = ru.event
    other_place = locality_make("Novobakhmutivka")
    response = curator_client.post(
        change_url(ru),
        claim_form_data(ru, event_occurred_on="2024-05-11", event_localities=[ocheretyne.pk, other_place.pk]),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    event.refresh_from_db()
    assert event.occurred_on == dt.date(2024, 5, 11)
    assert event.curated is True
    assert {loc.name for loc in event.localities.all()} == {"Ocheretyne", "Novobakhmutivka"}
    assert event.history.latest().history_user == curator
    contested["ua"].refresh_from_db()
    assert contested["ua"].updated_at >= event.updated_at  # the other claim's API record moved with its event


def test_moving_a_claim_and_editing_its_event_in_one_save_is_refused(curator_client, contested):
    ru = contested["ru"]
    elsewhere = event_make(event_type="strike")
    response = curator_client.post(
        change_url(ru), claim_form_data(ru, event=elsewhere.pk, event_summary="changed too")
    )
    assert response.status_code == 200
    assert "not both in one save" in response.content.decode()
    assert Event.objects.get(pk=ru.event_id).summary == "Capture of Ocheretyne"


def test_moving_a_claim_to_another_event(curator_client, contested):
    ru = contested["ru"]
    elsewhere = event_make(event_type="strike")
    response = curator_client.post(change_url(ru), claim_form_data(ru, event=elsewhere.pk))
    assert response.status_code == 302
    ru.refresh_from_db()
    assert (ru.event_id, ru.curated) == (elsewhere.pk, True)


def test_curators_cannot_add_claims_by_hand(curator_client, db):
    assert curator_client.get(reverse("admin:events_claim_add")).status_code == 403


def test_the_places_of_the_event_are_picked_by_typing_any_spelling(curator_client, contested):
    response = curator_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "events", "model_name": "event", "field_name": "localities", "term": "Otchérétyne"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Ocheretyne"]
