"""The README's picture of the explorer: the seeds ingested into a throwaway SQLite database, served by runserver,
opened in Debian's headless Chromium, Sudzha's timeline opened, saved as a PNG.

    .venv/bin/python scripts/screenshot.py                 # writes docs/explorer.png
    .venv/bin/python scripts/screenshot.py --output /tmp/x.png --width 390 --height 844   # a phone
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from tests.browser.conftest import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def shoot(base_url: str, output: Path, width: int, height: int, place: str) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    with tempfile.TemporaryDirectory() as profile:
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        try:
            driver.set_window_size(width, height)
            driver.get(base_url + "/")
            wait = WebDriverWait(driver, 30)
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map[data-state=ready]")))
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map[data-boundaries_ready=true]")))
            marker = driver.find_element(By.CSS_SELECTOR, f'path.place-marker[data-place-name="{place}"]')
            driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", marker)
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#timeline .timeline")))
            driver.execute_script("window.scrollTo(0, 0)")
            time.sleep(0.5)
            output.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(output))
        finally:
            driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=PROJECT_ROOT / "docs" / "explorer.png")
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--height", type=int, default=768)
    parser.add_argument("--place", default="Sudzha", help="the place whose timeline is opened")
    args = parser.parse_args()

    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "DEBUG": "1", "DATABASE_URL": f"sqlite:///{folder}/explorer.sqlite3", "MAP_TILES_URL": ""}
        env.pop("REDIS_URL", None)
        run = {"cwd": PROJECT_ROOT, "env": env, "check": True, "stdout": subprocess.DEVNULL}
        subprocess.run([python, "manage.py", "migrate", "--noinput"], **run)
        subprocess.run([python, "manage.py", "ingest", "seeds/"], **run)
        port = free_port()
        server = subprocess.Popen([python, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                                  cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for(f"http://127.0.0.1:{port}/healthz")
            shoot(f"http://127.0.0.1:{port}", args.output, args.width, args.height, args.place)
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
