"""App speed as a person sees it: `python bench/app_start.py` starts `streamlit run` on 127.0.0.1, opens it in
headless Chromium (Debian's chromium), asks two questions and prints the time from process start to the first
answer on screen and the time for the second answer. Targets (issue 5): first answer <= 10 s after a cold start,
later answers <= 1 s. Run `python -m ingest` first so the index and the model export exist."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run", "--disable-quic", "--disable-sync"]


def main() -> int:
    from playwright.sync_api import sync_playwright

    from tests.conftest import free_port

    port = free_port()
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.port",
                             str(port), "--server.address", "127.0.0.1"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=FLAGS)
            page = browser.new_page()
            for _ in range(300):
                try:
                    page.goto(f"http://127.0.0.1:{port}")
                    break
                except Exception:
                    time.sleep(0.1)
            box = page.get_by_placeholder("e.g. Someone posted a fake nude of me", exact=False)
            box.wait_for(timeout=60_000)
            ready = time.perf_counter() - started
            box.fill("Is it a crime in Virginia to share a fake nude image of someone?")
            box.press("Enter")
            page.get_by_text("Va. Code Ann. § 18.2-386.2").first.wait_for(timeout=60_000)
            first = time.perf_counter() - started
            asked = time.perf_counter()
            box.fill("my ex is threatening to post my nudes, im in houston")
            box.press("Enter")
            page.get_by_text("Tex. Penal Code").first.wait_for(timeout=60_000)
            second = time.perf_counter() - asked
            browser.close()
    finally:
        proc.terminate()
    print(f"page ready {ready:.1f} s; first answer {first:.1f} s after process start; next answer {second:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
