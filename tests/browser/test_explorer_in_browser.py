"""A reader, in a real browser: the explorer at / with the seeds ingested, markers, a place's timeline with its
quote and article, a filter that moves the map, the list and the URL, and no request off the machine."""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from tests.browser.conftest import requested_urls

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def seeds(transactional_db) -> None:
    call_command("ingest", str(SEEDS), stdout=open(os.devnull, "w"), stderr=open(os.devnull, "w"))


def api(live_server, path: str):
    with urllib.request.urlopen(f"{live_server.url}{path}", timeout=30) as response:
        return json.load(response)


def test_a_reader_finds_the_claims_on_the_map_opens_a_timeline_and_filters(browser, live_server, seeds, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 30)
    places = api(live_server, "/api/claims/places/")
    assert any(place["name"] == "Sudzha" for place in places)

    # One marker per place with claims, and the same places in the list.
    browser.get(f"{live_server.url}/")
    the_map = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map[data-state=ready]")))
    markers = browser.find_elements(By.CSS_SELECTOR, "#map path.place-marker")
    assert len(markers) == len(places) == int(the_map.get_attribute("data-markers"))
    assert {m.get_attribute("data-place-id") for m in markers} == {str(p["id"]) for p in places}
    assert len(browser.find_elements(By.CSS_SELECTOR, "#places li button")) == len(places)
    approximate = [p for p in places if p["geo_precision"] != "exact" and p["kind"] not in ("region", "country")]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map path.place-marker.approximate")) == len(approximate)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map[data-boundaries_ready=true]")))
    assert browser.find_elements(By.CSS_SELECTOR, "#chart-summary") and "claim" in browser.find_element(
        By.ID, "chart-summary").text

    # A click on Sudzha opens its timeline: claimant, side, stance, date and quote, with a link to the article.
    browser.find_element(By.CSS_SELECTOR, '#map path.place-marker[data-place-name="Sudzha"]').click()
    timeline = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#timeline .timeline")))
    assert browser.find_element(By.ID, "panel-title").text.startswith("Sudzha")
    entries = api(live_server, f"/api/localities/{next(p['id'] for p in places if p['name'] == 'Sudzha')}/timeline/")
    first = entries["results"][0]
    assert first["quote"] in timeline.text
    assert first["claimant"]["name"] in timeline.text and first["stance"] in timeline.text
    assert "place=" in browser.current_url
    browser.save_screenshot(str(tmp_path / "explorer-sudzha.png"))

    link = timeline.find_element(By.CSS_SELECTOR, "a.source-link")
    link.click()
    mark = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "mark#quote")))
    assert mark.text == first["quote"]
    browser.back()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map[data-state=ready]")))

    # A filter (the claimant's side) changes the URL, the markers and the list of claims.
    browser.get(f"{live_server.url}/")
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map[data-state=ready]")))
    ukrainian = api(live_server, "/api/claims/places/?claimant_side=UA")
    assert 0 < len(ukrainian) < len(places)
    browser.find_element(By.CSS_SELECTOR, 'label[for="f-side-UA"]').click()
    wait.until(EC.url_contains("claimant_side=UA"))
    wait.until(lambda driver: driver.find_element(By.ID, "map").get_attribute("data-markers") == str(len(ukrainian)))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map[data-state=ready]")))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#claims[data-state=ready]")))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map path.place-marker")) == len(ukrainian)
    claims = browser.find_elements(By.CSS_SELECTOR, "#claims > li.claim")
    assert claims and all("side-UA" in claim.get_attribute("class") for claim in claims)

    # The link is the view: opened again, it shows the same filtered map.
    browser.get(browser.current_url)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map[data-state=ready]")))
    assert browser.find_element(By.ID, "f-side-UA").is_selected()
    assert browser.find_element(By.ID, "map").get_attribute("data-markers") == str(len(ukrainian))

    # Nothing was requested from anywhere but this server.
    hosts = {urlsplit(url).hostname for url in requested_urls(browser) if urlsplit(url).scheme in ("http", "https")}
    assert hosts == {"127.0.0.1"} or hosts == {urlsplit(live_server.url).hostname}, hosts


def test_the_page_works_on_a_phone_width(browser, live_server, seeds):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    browser.set_window_size(390, 844)
    browser.get(f"{live_server.url}/")
    wait = WebDriverWait(browser, 30)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map[data-state=ready]")))
    # nothing wider than the screen: the page scrolls down, never sideways
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
    browser.find_element(By.CSS_SELECTOR, "#places li button").click()
    wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#panel")))
