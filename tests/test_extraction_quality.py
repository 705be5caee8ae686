"""Extraction quality on the seeds: `manage.py evaluate --json` against tests/gold, with floors CI keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def figures(evaluate_json) -> dict:
    return evaluate_json(ROOT / "tests" / "gold", ROOT / "seeds")


def test_recall_of_core_gold_claims_is_at_least_ninety_percent(figures):
    # `manage.py evaluate --gold tests/gold --articles seeds -v 2` lists the MISSED and EXTRA units.
    assert figures["recall"] >= 0.90, figures["per_article"]


def test_precision_is_at_least_eighty_five_percent(figures):
    assert figures["precision"] >= 0.85, figures["per_article"]


def test_quantities_and_event_dates_are_right_for_matched_claims(figures):
    assert figures["quantity_acc"] >= 0.85
    assert figures["event_date_acc"] >= 0.85


def test_stance_and_performing_side_are_right_for_matched_claims(figures):
    assert figures["stance_acc"] >= 0.85
    assert figures["actor_side_acc"] >= 0.85


def test_every_quote_is_verbatim_and_publication_months_are_right(figures):
    assert figures["quotes_verbatim"] == 1.0
    assert figures["published_month_acc"] == 1.0
