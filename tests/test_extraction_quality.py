"""Extraction quality on the seeds, measured through the API with the rules of the shared gold scorer."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command

from tests.scoring import load_gold, score

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db


@pytest.fixture
def figures(client):
    call_command("ingest", str(ROOT / "seeds"), verbosity=0)
    claims, url = [], "/api/claims/?limit=500"
    while url:
        body = client.get(url).json()
        claims.extend(body["results"])
        url = body["next"]
    return score(claims, load_gold(ROOT / "tests" / "gold"), ROOT / "seeds")


def test_recall_of_core_gold_claims_is_at_least_ninety_percent(figures):
    assert figures["recall"] >= 0.90, figures["misses"]


def test_precision_is_at_least_eighty_five_percent(figures):
    assert figures["precision"] >= 0.85, figures["extras"]


def test_quantities_and_event_dates_are_right_for_matched_claims(figures):
    assert figures["quantity_acc"] >= 0.85
    assert figures["event_date_acc"] >= 0.85


def test_stance_and_performing_side_are_right_for_matched_claims(figures):
    assert figures["stance_acc"] >= 0.85
    assert figures["actor_side_acc"] >= 0.85


def test_every_quote_is_verbatim_and_publication_months_are_right(figures):
    assert figures["quotes_verbatim"] == 1.0
    assert figures["published_month_acc"] == 1.0
