"""A re-ingest (changed file, `manage.py ingest`, or "re-run extraction") never loses curated work."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.urls import reverse
from test_admin_fixtures import *  # noqa: F403  (the shared fixtures, used by name)
from test_admin_fixtures import ARTICLE, RU_QUOTE, UA_QUOTE, extracted_article

from events import curation
from events.choices import ReviewStatus, Side, Stance
from events.models import Claim, Event, Source

ISW_QUOTE = "De violents combats se poursuivaient dimanche"
QUOTES = [
    (RU_QUOTE, "Russian Ministry of Defence", Side.RU, Stance.ASSERTS),
    (UA_QUOTE, "Ukrainian General Staff", Side.UA, Stance.DENIES),
    (ISW_QUOTE, "AFP", Side.MEDIA, Stance.ASSERTS),
]
CHANGED = "Mise à jour à 18h00.\n\n" + ARTICLE  # the same article, a line longer: every offset moves


def write(text: str, sha: str):
    from events.services import article_write

    return article_write(name="007_article.txt", sha256=sha * 64, article=extracted_article(text, QUOTES))


def by_claimant(source: Source) -> dict[str, Claim]:
    return {c.claimant.name: c for c in source.claims.select_related("claimant")}


@pytest.fixture
def ingested(db):
    write(ARTICLE, "a")
    return Source.objects.get(name="007_article.txt")


def test_a_changed_article_keeps_verified_rejected_and_edited_claims(ingested, curator):
    claims = by_claimant(ingested)
    curation.claim_review(claim=claims["Russian Ministry of Defence"], status=ReviewStatus.VERIFIED, user=curator)
    curation.claim_update(claim=claims["Ukrainian General Staff"], data={"curator_note": "denial confirmed"},
                          user=curator)
    machine = claims["AFP"]

    result = write(CHANGED, "b")

    source = Source.objects.get(pk=ingested.pk)
    after = by_claimant(source)
    assert result.status == "updated"
    assert source.sha256 == "b" * 64
    verified, edited = after["Russian Ministry of Defence"], after["Ukrainian General Staff"]
    assert (verified.pk, verified.review_status) == (claims["Russian Ministry of Defence"].pk, ReviewStatus.VERIFIED)
    assert (edited.pk, edited.curator_note, edited.curated) == (claims["Ukrainian General Staff"].pk,
                                                              "denial confirmed", True)
    # Kept claims still point at their quote in the new text.
    for claim in (verified, edited):
        assert source.text[claim.quote_start:claim.quote_end] == claim.quote
    # What the machine wrote and nobody touched, found again in the new text, keeps its id; its offsets follow.
    assert after["AFP"].pk == machine.pk
    assert after["AFP"].quote_start == CHANGED.index(ISW_QUOTE)
    assert source.claims.count() == 3


def test_a_rejected_claim_is_not_brought_back_as_unreviewed(ingested, curator):
    claim = by_claimant(ingested)["AFP"]
    curation.claims_mark(claims=[claim], status=ReviewStatus.REJECTED, user=curator)
    write(CHANGED, "b")
    after = by_claimant(Source.objects.get(pk=ingested.pk))["AFP"]
    assert (after.pk, after.review_status) == (claim.pk, ReviewStatus.REJECTED)


def test_a_curated_event_keeps_its_edits_through_a_reingest(ingested, curator):
    event = by_claimant(ingested)["Russian Ministry of Defence"].event
    curation.event_update(event=event, data={"summary": "Ocheretyne captured (curated)", "quantities": {"km2": 2}},
                          user=curator)
    write(CHANGED, "b")
    event.refresh_from_db()
    assert event.summary == "Ocheretyne captured (curated)"
    assert event.quantities == {"km2": 2}


def test_the_same_bytes_ingested_again_change_nothing_curated(ingested, curator):
    claim = by_claimant(ingested)["AFP"]
    curation.claim_review(claim=claim, status=ReviewStatus.VERIFIED, user=curator)
    write(ARTICLE, "a")
    claim.refresh_from_db()
    assert claim.review_status == ReviewStatus.VERIFIED


@pytest.fixture
def fake_extraction(monkeypatch):
    """The pipeline replaced by a hand-built article: these tests are about what is kept, not extraction quality."""
    import events.extraction.pipeline as pipeline

    def extract_articles(items):
        return [extracted_article(text, QUOTES) for _name, text in items]

    monkeypatch.setattr(pipeline, "extract_articles", extract_articles)


def test_manage_py_ingest_of_a_changed_file_keeps_curated_claims(db, tmp_path, curator, fake_extraction):
    path = tmp_path / "007_article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    call_command("ingest", str(path), verbosity=0)
    claims = by_claimant(Source.objects.get(name=path.name))
    curation.claim_review(claim=claims["Russian Ministry of Defence"], status=ReviewStatus.VERIFIED, user=curator)

    path.write_text(CHANGED, encoding="utf-8")
    call_command("ingest", str(path), verbosity=0)

    after = by_claimant(Source.objects.get(name=path.name))
    assert after["Russian Ministry of Defence"].pk == claims["Russian Ministry of Defence"].pk
    assert after["Russian Ministry of Defence"].review_status == ReviewStatus.VERIFIED
    assert after["AFP"].pk == claims["AFP"].pk


def test_rerun_extraction_button_keeps_curated_work(curator_client, curator, ingested, fake_extraction):
    claims = by_claimant(ingested)
    curation.claim_review(claim=claims["Ukrainian General Staff"], status=ReviewStatus.VERIFIED, user=curator)
    url = reverse("admin:events_source_reextract", args=[ingested.pk])
    response = curator_client.post(url, follow=True)
    assert response.status_code == 200
    assert "0 new claim(s), 2 unchanged, 1 curated or reviewed kept" in response.content.decode()
    after = by_claimant(Source.objects.get(pk=ingested.pk))
    assert after["Ukrainian General Staff"].pk == claims["Ukrainian General Staff"].pk
    assert after["AFP"].pk == claims["AFP"].pk
    assert Event.objects.count() == 1


def test_rerun_extraction_action_runs_on_each_selected_source(curator_client, ingested, fake_extraction):
    response = curator_client.post(
        reverse("admin:events_source_changelist"), {"action": "reextract", "_selected_action": [ingested.pk]},
        follow=True,
    )
    assert "Re-extracted 007_article.txt: 0 new claim(s), 3 unchanged, 0 curated or reviewed kept." in response.content.decode()


def test_rerun_extraction_is_a_post_for_curators_only(viewer_client, ingested, fake_extraction):
    url = reverse("admin:events_source_reextract", args=[ingested.pk])
    assert viewer_client.post(url).status_code == 403
    assert viewer_client.get(url).status_code == 405


def test_a_failing_extraction_is_reported_and_changes_nothing(curator_client, ingested, monkeypatch):
    import events.extraction.pipeline as pipeline

    def broken(items):
        raise RuntimeError("model not loaded")

    monkeypatch.setattr(pipeline, "extract_articles", broken)
    before = set(ingested.claims.values_list("pk", flat=True))
    response = curator_client.post(reverse("admin:events_source_reextract", args=[ingested.pk]), follow=True)
    assert "Re-extraction of 007_article.txt failed: model not loaded" in response.content.decode()
    assert set(ingested.claims.values_list("pk", flat=True)) == before


def test_a_claim_whose_event_a_curator_corrected_is_not_duplicated_by_a_reingest(ingested, curator):
    ru = by_claimant(ingested)["Russian Ministry of Defence"]
    curation.claim_review(claim=ru, status=ReviewStatus.VERIFIED, user=curator)
    curation.event_update(event=ru.event, data={"occurred_on": dt.date(2024, 5, 10)}, user=curator)
    write(CHANGED, "b")
    assert Claim.objects.filter(source=ingested, claimant=ru.claimant).count() == 1
