"""End to end in a real headless Chromium against `streamlit run` on 127.0.0.1: ask, see a citation, open the
tracker, download its CSV, use the app at phone width, and leave through the quick exit. Screenshots go to
test-artifacts/ for a person to look at."""

import os
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import free_port

from kb.config import PROJECT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = PROJECT / "test-artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
                                 reason="Debian chromium is not installed (.ci/run installs it)")]


@pytest.fixture(scope="module")
def server(real_kb):
    port = free_port()
    env = {**os.environ, "RECOURSE_HOME": str(real_kb.config.home)}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(PROJECT / "streamlit_app.py"),
                             "--server.port", str(port), "--server.address", "127.0.0.1"],
                            cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("streamlit did not start")
    yield url, started
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


def test_ask_see_citation_open_tracker_download_and_quick_exit(server, browser):
    url, started = server
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    box = page.get_by_placeholder("e.g. Someone posted a fake nude of me", exact=False)
    box.wait_for(timeout=90_000)
    asked = time.perf_counter()
    box.fill("Is it a crime in Virginia to share a fake nude image of someone?")
    box.press("Enter")
    page.get_by_text("Va. Code Ann. § 18.2-386.2").first.wait_for(timeout=60_000)
    first_answer_s = time.perf_counter() - asked
    page.screenshot(path=str(ARTIFACTS / "ask.png"), full_page=True)
    print(f"\nfirst answer {first_answer_s:.1f} s after asking; {asked - started:.1f} s from server start")

    page.get_by_role("link", name="Tracker").first.click()
    page.get_by_text("Statute tracker").wait_for(timeout=60_000)
    page.get_by_text("Laws shown").wait_for(timeout=30_000)
    with page.expect_download(timeout=30_000) as download:
        page.get_by_role("button", name="Export CSV").click()
    csv_path = ARTIFACTS / "laws.csv"
    download.value.save_as(str(csv_path))
    assert csv_path.read_text().startswith("jurisdiction,name,level,citation")
    page.screenshot(path=str(ARTIFACTS / "tracker.png"))

    with page.expect_request(lambda r: "google.com/search" in r.url, timeout=15_000):
        page.locator("#quick-exit").first.click()
    page.close()


def test_phone_width_shows_the_chat_and_the_quick_exit(server, browser):
    url, _ = server
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(url)
    page.get_by_placeholder("e.g. Someone posted a fake nude of me", exact=False).wait_for(timeout=90_000)
    assert page.locator("#quick-exit").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "phone.png"), full_page=True)
    page.close()
