"""App start as a person sees it, at phone (390x844) and desktop (1280x800) size, in headless Chromium (Debian's).

    python bench/app_start.py            # first start (empty RECOURSE_HOME: the index builds) and warm start
    python bench/app_start.py --warm     # warm start only (uses RECOURSE_HOME or .recourse, built by `python -m ingest`)

For each width it starts `streamlit run` on 127.0.0.1 and prints, from process start:
- usable page: the quick exit, the helplines and the question box on screen;
- first answer: a question typed as soon as the box shows (during a first start it waits for the index) is answered
  on screen.
Targets (issue 14): usable page <= 15 s on 2 cores, also on a first start."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run", "--disable-quic", "--disable-sync"]
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
QUESTION = "Is it a crime in Virginia to share a fake nude image of someone?"


def measure(browser, size: str, home: str) -> tuple[float, float]:
    from tests.conftest import free_port

    port = free_port()
    env = {**os.environ, "RECOURSE_HOME": home, "HF_HUB_OFFLINE": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.port",
                             str(port), "--server.address", "127.0.0.1"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        page = browser.new_page(viewport=SIZES[size], is_mobile=size == "phone")
        page.set_default_timeout(300_000)
        while True:
            try:
                page.goto(f"http://127.0.0.1:{port}")
                break
            except Exception:
                time.sleep(0.1)
        box = page.locator("[data-testid=stChatInputTextArea]")
        box.wait_for()
        page.locator("#quick-exit").wait_for()
        page.locator("section.help-now a[href^='tel:']").first.wait_for()
        usable = time.perf_counter() - started
        box.fill(QUESTION)
        box.press("Enter")
        page.get_by_text("Va. Code Ann. § 18.2-386.2").first.wait_for()
        answered = time.perf_counter() - started
        page.close()
        return usable, answered
    finally:
        proc.terminate()
        proc.wait(15)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm", action="store_true", help="warm start only")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    warm_home = os.environ.get("RECOURSE_HOME", str(ROOT / ".recourse"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=FLAGS)
        for size in SIZES:
            if not args.warm:
                with tempfile.TemporaryDirectory(prefix="recourse-cold-") as home:
                    usable, answered = measure(browser, size, home)
                print(f"{size:8} first start (empty home, index builds): usable page {usable:5.1f} s, "
                      f"first answer {answered:5.1f} s")
            usable, answered = measure(browser, size, warm_home)
            print(f"{size:8} warm start (index built):              usable page {usable:5.1f} s, "
                  f"first answer {answered:5.1f} s")
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
