"""The source admin: the article with every extracted claim highlighted, escaped."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import escape
from test_admin_fixtures import *  # noqa: F403  (the shared fixtures, used by name)
from test_admin_fixtures import RU_QUOTE, UA_QUOTE, actor_make

from events.admin import highlighted_text, quote_in_context
from events.choices import ReviewStatus
from events.models import Claim


def change_url(source) -> str:
    return reverse("admin:events_source_change", args=[source.pk])


def test_the_source_page_highlights_every_claim_with_a_link_to_it(curator_client, contested):
    html = curator_client.get(change_url(contested["source"])).content.decode()
    assert html.count('<mark class="claim unreviewed"') == 2
    assert f">{escape(RU_QUOTE)}</mark>" in html
    assert f">{escape(UA_QUOTE)}</mark>" in html
    for claim in (contested["ru"], contested["ua"]):
        assert reverse("admin:events_claim_change", args=[claim.pk]) in html
    assert "&lt;b&gt;malgré&lt;/b&gt;" in html and "<b>malgré</b>" not in html


def test_the_source_page_offers_rerun_extraction_to_curators_only(curator_client, viewer_client, contested):
    url = reverse("admin:events_source_reextract", args=[contested["source"].pk])
    assert url in curator_client.get(change_url(contested["source"])).content.decode()
    response = viewer_client.get(change_url(contested["source"]))
    assert response.status_code == 200
    assert url not in response.content.decode()


def test_overlapping_claims_are_cut_at_every_boundary_and_marked_once(db, contested):
    ru = contested["ru"]
    inner = Claim(pk=999, source=ru.source, event=ru.event, claimant=actor_make("ISW", "INT"),
                  quote="emparées", quote_start=ru.source.text.index("emparées"), stance="asserts",
                  review_status=ReviewStatus.VERIFIED)
    inner.quote_end = inner.quote_start + len("emparées")
    html = highlighted_text(ru.source.text, [ru, inner])
    assert '<mark class="claim verified" title="#' in html  # the overlap takes the reviewed colour
    assert html.count("<mark") == 3  # before, inside and after the inner claim
    assert html.count("<sup") == 2


def test_text_is_escaped_even_inside_a_quote(db):
    text = 'Avant. <script>alert("x")</script> après.\nAutre paragraphe.'
    start = text.index("<script>")
    html = quote_in_context(text, start, start + len('<script>alert("x")</script>'))
    assert "<script>" not in html
    assert '<mark class="quote">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</mark>' in html
    assert "Autre paragraphe" not in html


def test_offsets_outside_the_text_are_reported_not_rendered(db):
    assert "fall outside the article" in quote_in_context("court", 3, 99)


def test_the_sources_list_links_to_their_claims(curator_client, contested):
    html = curator_client.get(reverse("admin:events_source_changelist")).content.decode()
    assert f"?source={contested['source'].pk}" in html
