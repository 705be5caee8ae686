"""Headless Chromium for the browser tests: Debian's chromium + chromium-driver, never a downloaded browser."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-proxy-server",  # the live server is local; a proxy from the environment must not see it
    "--window-size=1400,1100",
    # No on-device models or hints fetched in the background: nothing the tests need, and CPU a loaded CI lacks.
    "--disable-features=OptimizationGuideModelDownloading,OptimizationHints,OptimizationHintsFetching,"
    "OptimizationTargetPrediction,OnDeviceModelService",
]
# A browser that stops answering fails its test within this many seconds instead of blocking the run.
COMMAND_TIMEOUT = 90


def _missing() -> list[str]:
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not os.access(path, os.X_OK)]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package (requirements.txt)")
    return missing


@pytest.fixture
def browser(tmp_path, monkeypatch) -> Iterator:
    """A headless Chromium; skipped when absent outside CI, a failure when absent under CI=true."""
    missing = _missing()
    if missing:
        reason = f"headless Chromium unavailable ({', '.join(missing)}): run .ci/install-browser.sh"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must never download a browser or a driver
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    monkeypatch.setenv("no_proxy", "localhost,127.0.0.1")
    profile = tmp_path / "chromium-profile"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    # Every request the page makes, from the DevTools performance log: see requested_urls().
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    driver.command_executor._client_config.timeout = COMMAND_TIMEOUT  # HTTP calls to chromedriver
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def requested_urls(driver) -> list[str]:
    """The URLs the browser requested since the last call (Network.requestWillBeSent in the performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls
