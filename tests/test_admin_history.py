"""Every curator edit is kept with who, when and before/after values, shown on the object's page."""

from __future__ import annotations

from django.urls import reverse
from test_admin_fixtures import *  # noqa: F403  (the shared fixtures, used by name)

from events import curation
from events.choices import ReviewStatus


def test_a_review_is_recorded_with_who_when_and_before_after(db, curator, contested):
    ru = contested["ru"]
    curation.claim_review(claim=ru, status=ReviewStatus.VERIFIED, user=curator)
    new, old = ru.history.order_by("-history_date", "-history_id")[:2]
    assert new.history_user == curator
    assert new.history_date >= old.history_date
    changes = {c.field: (c.old, c.new) for c in new.diff_against(old).changes}
    assert changes["review_status"] == ("unreviewed", "verified")
    assert changes["curated"] == (False, True)


def test_the_claim_page_shows_its_recent_changes(curator_client, curator, contested):
    ru = contested["ru"]
    curation.claim_review(claim=ru, status=ReviewStatus.REJECTED, user=curator, note="wrong village")
    html = curator_client.get(reverse("admin:events_claim_change", args=[ru.pk])).content.decode()
    assert 'class="recent-history"' in html
    assert "<strong>Review status</strong>: unreviewed → rejected" in html
    assert "<strong>Curator note</strong>:  → wrong village" in html
    assert "curie" in html and "marked rejected" in html
    assert reverse("admin:events_claim_history", args=[ru.pk]) in html


def test_the_history_page_lists_every_change(curator_client, curator, contested):
    ru = contested["ru"]
    curation.claim_review(claim=ru, status=ReviewStatus.VERIFIED, user=curator)
    html = curator_client.get(reverse("admin:events_claim_history", args=[ru.pk])).content.decode()
    assert "curie" in html
    assert "unreviewed" in html and "verified" in html


def test_event_and_place_pages_show_their_history_too(curator_client, curator, contested, ocheretyne):
    curation.event_update(event=contested["event"], data={"summary": "edited"}, user=curator)
    curation.locality_update(locality=ocheretyne, data={"name_fr": "Otchérétyne"}, user=curator)
    event_html = curator_client.get(reverse("admin:events_event_change", args=[contested["event"].pk])).content
    assert "→ edited" in event_html.decode()
    place_html = curator_client.get(reverse("admin:events_locality_change", args=[ocheretyne.pk])).content
    assert "Otcheretyne → Otchérétyne" in place_html.decode()


def test_a_curator_edit_moves_updated_at_for_the_api(db, curator, contested, ocheretyne):
    ru, event = contested["ru"], contested["event"]
    before = (ru.updated_at, event.updated_at, ocheretyne.updated_at)
    curation.claim_update(claim=ru, data={"curator_note": "x"}, user=curator)
    curation.event_update(event=event, data={"summary": "y"}, user=curator)
    curation.locality_update(locality=ocheretyne, data={"name_native": "Очеретине"}, user=curator)
    for obj in (ru, event, ocheretyne):
        obj.refresh_from_db()
    after = (ru.updated_at, event.updated_at, ocheretyne.updated_at)
    assert all(a > b for a, b in zip(after, before, strict=True))


def test_reverting_to_an_earlier_version_is_a_curated_edit_too(curator_client, curator, contested):
    ru = contested["ru"]
    first = ru.history.earliest()
    curation.claim_review(claim=ru, status=ReviewStatus.REJECTED, user=curator)
    url = reverse("admin:events_claim_simple_history", args=[ru.pk, first.history_id])
    page = curator_client.get(url)
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields}
    data = {k: ("" if v is None else v) for k, v in data.items()}
    data["event_quantities"] = "{}"
    response = curator_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    ru.refresh_from_db()
    assert (ru.review_status, ru.curated) == (ReviewStatus.UNREVIEWED, True)
    assert ru.history.latest().history_user == curator
