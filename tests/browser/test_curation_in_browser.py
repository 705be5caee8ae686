"""A curator, in a real browser: log in, filter claims by side, open one, see its quote, mark it verified."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from django.core.management import call_command

from events.choices import DatePrecision, ReviewStatus, Side, Stance
from events.models import Actor, Claim, Event, Locality, Source

# serialized_rollback: the database is put back as migrations left it (groups, content types) after the test,
# instead of a flush that re-creates content types under new ids and breaks later serialized-rollback tests.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-curator-pass-phrase-2024"
TEXT = (
    "Kiev, 12 mai 2024 (AFP) - De violents combats se poursuivaient dimanche dans l'est de l'Ukraine.\n"
    "\n"
    "Le ministère russe de la Défense a affirmé que ses forces s'étaient emparées du village "
    "d'Otcheretyne, dans la région de Donetsk, après plusieurs jours d'assauts.\n"
    "\n"
    "L'état-major ukrainien a démenti la prise d'Otcheretyne, assurant que ses troupes tenaient leurs positions.\n"
)
RU_QUOTE = "ses forces s'étaient emparées du village d'Otcheretyne"
UA_QUOTE = "a démenti la prise d'Otcheretyne"


def _claim(source: Source, event: Event, actor: Actor, quote: str, stance: str) -> Claim:
    start = source.text.index(quote)
    return Claim.objects.create(source=source, event=event, claimant=actor, stance=stance, quote=quote,
                                quote_start=start, quote_end=start + len(quote))


@pytest.fixture
def article(transactional_db) -> dict[str, Claim]:
    source = Source.objects.create(name="042_otcheretyne.txt", title="Otcheretyne", publisher="AFP", text=TEXT,
                                   sha256="c" * 64, language="fr", published_on=dt.date(2024, 5, 12))
    place = Locality.objects.create(name="Ocheretyne", name_fr="Otcheretyne", gazetteer_key="geonames:700001",
                                    latitude=48.24, longitude=37.6, search_names="|ocheretyne|otcheretyne|")
    event = Event.objects.create(event_type="capture", actor_side=Side.RU, occurred_on=dt.date(2024, 5, 12),
                                 occurred_precision=DatePrecision.DAY, summary="Capture of Ocheretyne")
    event.localities.set([place])
    ru = Actor.objects.create(name="Russian Ministry of Defence", side=Side.RU, kind="ministry")
    ua = Actor.objects.create(name="Ukrainian General Staff", side=Side.UA, kind="army")
    return {
        "ru": _claim(source, event, ru, RU_QUOTE, Stance.ASSERTS),
        "ua": _claim(source, event, ua, UA_QUOTE, Stance.DENIES),
    }


@pytest.fixture
def curator(transactional_db, monkeypatch):
    """Created the documented way: manage.py create_curator."""
    monkeypatch.setenv("CURATOR_PASSWORD", PASSWORD)
    call_command("create_curator", "curie", "--password-from-env", "CURATOR_PASSWORD", stdout=open(os.devnull, "w"))
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="curie")


def test_a_curator_reviews_a_claim_against_its_article(browser, live_server, curator, article, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 15)
    claim = article["ru"]

    # Log in at /admin/ as a curator.
    browser.get(f"{live_server.url}/admin/")
    wait.until(EC.presence_of_element_located((By.ID, "id_username"))).send_keys("curie")
    browser.find_element(By.ID, "id_password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "#login-form [type=submit]").click()
    wait.until(EC.presence_of_element_located((By.ID, "user-tools")))

    # Claims list, filtered by the claimant's side from the sidebar.
    browser.get(f"{live_server.url}/admin/events/claim/")
    rows = wait.until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "#result_list tbody tr")))
    assert len(rows) == 2
    side_filter = browser.find_element(By.CSS_SELECTOR, '#changelist-filter details[data-filter-title="claimant side"]')
    side_filter.find_element(By.LINK_TEXT, "Russia").click()
    wait.until(EC.url_contains("side=RU"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#result_list tbody tr")
    assert len(rows) == 1
    assert "Russian Ministry of Defence (RU)" in rows[0].text
    assert "Ukrainian General Staff" not in browser.find_element(By.ID, "result_list").text

    # Open the claim: its quote is highlighted inside its paragraph of the article.
    rows[0].find_element(By.LINK_TEXT, str(claim.pk)).click()
    mark = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".quote-context mark.quote")))
    assert mark.text == RU_QUOTE
    paragraph = browser.find_element(By.CSS_SELECTOR, ".quote-context").text
    assert paragraph.startswith("Le ministère russe de la Défense a affirmé")
    assert "De violents combats" not in paragraph
    assert "Contested" in browser.find_element(By.CSS_SELECTOR, ".field-related_claims").text
    screenshot = tmp_path / "claim-page.png"
    browser.save_screenshot(str(screenshot))
    assert screenshot.stat().st_size > 10_000

    # Mark it verified.
    browser.find_element(By.CSS_SELECTOR, "input[name=_verify]").click()
    message = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".messagelist .success")))
    assert f"Claim #{claim.pk} marked verified" in message.text
    assert browser.find_element(By.ID, "id_review_status").get_attribute("value") == ReviewStatus.VERIFIED

    # The database and the history agree.
    claim.refresh_from_db()
    assert (claim.review_status, claim.curated) == (ReviewStatus.VERIFIED, True)
    record = claim.history.latest()
    assert record.history_user == curator
    changes = {c.field: (c.old, c.new) for c in record.diff_against(record.prev_record).changes}
    assert changes["review_status"] == (ReviewStatus.UNREVIEWED, ReviewStatus.VERIFIED)
    assert article["ua"].history.count() == 1  # the other claim was not touched

    # ... and the curator sees it: on the claim page, then on the history page.
    panel = browser.find_element(By.CSS_SELECTOR, "table.recent-history").text
    assert "curie" in panel and "unreviewed → verified" in panel
    _screenshot_whole_page(browser, tmp_path / "claim-verified.png")
    browser.find_element(By.CSS_SELECTOR, "a.historylink").click()
    history = wait.until(EC.presence_of_element_located((By.ID, "change-history"))).text
    assert "curie" in history and "verified" in history


def _screenshot_whole_page(browser, path) -> None:
    """The whole page in one picture; copied to $BROWSER_SCREENSHOT_DIR when set, for a human to look at."""
    width = browser.get_window_size()["width"]
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(width, min(height + 200, 6000))
    browser.save_screenshot(str(path))
    keep = os.environ.get("BROWSER_SCREENSHOT_DIR")
    if keep:
        browser.save_screenshot(os.path.join(keep, path.name))
