"""The HTML pages: the explorer at / (a form and scripts, no data) and an article with its quote highlighted."""

from __future__ import annotations

import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_the_explorer_is_served_at_the_root_with_labelled_filters(client):
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("occurred_after", "occurred_before", "q", "contested", "claimant_side", "stance", "event_type"):
        assert f'name="{name}"' in html
    # every control of the form has a label pointing at it
    ids = re.findall(r'<input[^>]* id="([^"]+)"', html)
    assert ids and all(f'for="{control}"' in html for control in ids)


def test_the_explorer_loads_its_libraries_from_this_server_and_embeds_no_data(client, dataset):
    html = client.get("/").content.decode()

    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert all(url[0] in "/?#" and not url.startswith("//") for url in sources), sources
    for library in ("vendor/leaflet/leaflet.js", "vendor/chart.js/chart.umd.min.js",
                    "vendor/topojson-client/topojson-client.min.js", "vendor/world-atlas/countries-50m.json"):
        assert f"/static/{library}" in html
    assert "Sudzha" not in html and "Soudja" not in html.replace('placeholder="e.g. Soudja"', "")


def test_the_explorer_libraries_are_served_as_static_files(client):
    for path in ("/static/vendor/leaflet/leaflet.js", "/static/vendor/chart.js/chart.umd.min.js",
                 "/static/explorer/explorer.js", "/static/vendor/world-atlas/countries-50m.json"):
        response = client.get(path)
        assert response.status_code == 200, path
        b"".join(response.streaming_content if response.streaming else [response.content])


@override_settings(MAP_TILES_URL="http://127.0.0.1:9/tiles/{z}/{x}/{y}.png", MAP_TILES_ATTRIBUTION="© Tiles of ours")
def test_map_tiles_come_from_the_configured_url_with_their_attribution(client):
    html = client.get("/").content.decode()

    assert 'data-tiles-url="http://127.0.0.1:9/tiles/{z}/{x}/{y}.png"' in html
    assert 'data-tiles-attribution="© Tiles of ours"' in html


def test_without_a_tiles_url_the_map_has_none(client):
    assert 'data-tiles-url=""' in client.get("/").content.decode()


def test_a_source_page_highlights_the_quote_given_by_its_offsets(client, dataset):
    claim = dataset.claims.ru_denies_sudzha

    response = client.get(f"/sources/{claim.source_id}/?quote_start={claim.quote_start}&quote_end={claim.quote_end}")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<mark id="quote">{claim.quote}</mark>' in html
    assert "L&#x27;armée ukrainienne a affirmé" in html  # the rest of the article is there, escaped


@pytest.mark.parametrize("query", ["", "?quote_start=5", "?quote_start=9&quote_end=3", "?quote_start=-1&quote_end=4",
                                   "?quote_start=0&quote_end=99999", "?quote_start=a&quote_end=b"])
def test_a_source_page_without_valid_offsets_shows_the_text_without_a_mark(client, dataset, query):
    response = client.get(f"/sources/{dataset.sources.a.pk}/{query}")

    assert response.status_code == 200
    assert "<mark" not in response.content.decode()


def test_an_unknown_source_page_is_a_404(client, dataset):
    assert client.get("/sources/999999/").status_code == 404


def test_the_pages_are_read_only(client, dataset):
    assert client.post("/").status_code == 405
    assert client.post(f"/sources/{dataset.sources.a.pk}/").status_code == 405
