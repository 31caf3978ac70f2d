"""The app as people use it, in a real headless Chromium (Debian's) against `streamlit run` on 127.0.0.1, at phone
(390x844) and desktop (1280x800) size: a victim (ask, follow-up, plan, downloads), an advocate (compare, export) and
a policymaker (tracker filter, map, CSV), with the quick exit checked at every step and axe-core (from the npm
registry, tests/a11y) run on every page once its content is on screen. Plus the first start on an empty machine
(help, exit and question box while the index builds) and the quick exit itself (Esc twice, Back does not return).
Screenshots go to test-artifacts/ for a person to look at."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from kb.config import PROJECT
from tests.conftest import free_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = PROJECT / "test-artifacts"
AXE = PROJECT / "tests" / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
NEUTRAL = re.compile(r"^https://www\.google\.com/search")
WAIT = 90_000  # generous: a busy 2-core CI machine
TOPIC_WORDS = re.compile(r"deepfake|nude|intimate|sexual|abuse|porn|image|law", re.I)

# axe-core: WCAG 2.0/2.1/2.2 A and AA rules. Exclusions, each with its reason (markup Streamlit itself owns):
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_EXCLUDE_SELECTORS: list[tuple[str, str]] = []
AXE_DISABLED_RULES: list[tuple[str, str]] = []

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
                                 reason="Debian chromium is not installed (.ci/run installs it)")]


def start_streamlit(home) -> tuple[subprocess.Popen, str, float]:
    port = free_port()
    env = {**os.environ, "RECOURSE_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(PROJECT / "streamlit_app.py"),
                             "--server.port", str(port), "--server.address", "127.0.0.1"],
                            cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=2)
            return proc, url, started
        except OSError:
            time.sleep(0.3)
    proc.kill()
    pytest.fail("streamlit did not start")


@pytest.fixture(scope="module")
def server(real_kb):
    proc, url, started = start_streamlit(real_kb.config.home)
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


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        if os.environ.get("CI"):
            pytest.fail("axe-core is missing: run `npm ci --prefix tests/a11y` (.ci/run does)")
        pytest.skip("axe-core is not installed: npm ci --prefix tests/a11y")
    return AXE.read_text()


def new_page(browser, size: str):
    page = browser.new_page(viewport=SIZES[size], is_mobile=size == "phone", has_touch=size == "phone",
                            accept_downloads=True)
    page.set_default_timeout(WAIT)
    # The quick exit's destination never leaves this machine in tests.
    page.route(NEUTRAL, lambda route: route.fulfill(status=200, content_type="text/html",
                                                    body="<title>Weather</title><p>Weather today</p>"))
    return page


def settle(page) -> None:
    """Wait until Streamlit has finished the run: nothing stale, no running indicator."""
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')"
                           " && !document.querySelector('[data-testid=\"stStatusWidget\"] [role=\"progressbar\"]')")


def exit_reachable(page) -> None:
    """One quick exit, on screen (not scrolled away) and not covered by anything."""
    exits = page.locator("#quick-exit")
    exits.first.wait_for()
    assert exits.count() == 1
    box = exits.bounding_box()
    vw, vh = page.viewport_size["width"], page.viewport_size["height"]
    assert box and box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= vw and box["y"] + box["height"] <= vh
    assert box["height"] >= 24 and box["width"] >= 24  # WCAG 2.2 target size
    from playwright.sync_api import TimeoutError as Timeout

    # Polled like the sideways check below: after a media switch the sidebar slides back over a transition; a cover
    # that lasts 10 seconds is a real one.
    try:
        page.wait_for_function("([x, y]) => !!document.elementFromPoint(x, y)?.closest('#quick-exit')",
                               arg=[box["x"] + box["width"] / 2, box["y"] + box["height"] / 2], timeout=10_000)
    except Timeout:
        pytest.fail("something covers the quick exit")
    # Polled, not read once: after a rerun or a media switch the sidebar slides back in over a CSS transition, and a
    # busy machine can catch the frame in between; an overflow that lasts 10 seconds is a real one.
    fits = ("() => document.documentElement.scrollWidth <= window.innerWidth"
            " && (document.querySelector('[data-testid=stMain]')?.scrollWidth ?? 0) <= window.innerWidth + 1")
    try:
        page.wait_for_function(fits, timeout=10_000)
    except Timeout:
        pytest.fail("the page scrolls sideways")


def axe_check(page, axe_source: str, name: str) -> None:
    settle(page)
    # the app's stylesheet (readable caption colour) is applied on every rerun; check what a person finally sees,
    # not the instant between Streamlit's default style and ours
    page.wait_for_function("() => [...document.querySelectorAll('[data-testid=stCaptionContainer] p')]"
                           ".every(p => getComputedStyle(p).color === 'rgb(71, 75, 87)')", timeout=30_000)
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source)
    context = {"exclude": [[s] for s, _ in AXE_EXCLUDE_SELECTORS]} if AXE_EXCLUDE_SELECTORS else {}
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"],
               "rules": {rule: {"enabled": False} for rule, _ in AXE_DISABLED_RULES}}
    result = page.evaluate("([ctx, opts]) => axe.run(Object.keys(ctx).length ? ctx : document, opts)"
                           ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                           " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))",
                           [context, options])
    bad = [v for v in result if v["impact"] in ("serious", "critical")]
    assert not bad, f"axe on {name}:\n" + json.dumps(bad, indent=1)


def download(page, name: str, role="button"):
    """Click a download button and keep the file. A rerun can replace the button while the browser starts the
    download (Chromium then cancels it): a person clicks again, and so does this, at most three times."""
    for attempt in range(3):
        with page.expect_download() as got:
            page.get_by_role(role, name=name).first.click()
        path = ARTIFACTS / got.value.suggested_filename
        try:
            got.value.save_as(str(path))
            return path.read_bytes()
        except Exception as exc:  # playwright's Error: "Download.save_as: canceled"
            if "canceled" not in str(exc) or attempt == 2:
                raise
            settle(page)


def ask(page, text: str, n: int) -> None:
    box = page.get_by_placeholder("e.g. Someone posted a fake nude of me", exact=False)
    box.fill(text)
    box.press("Enter")
    page.locator(f"#reply-{n}").wait_for(state="attached")
    settle(page)


def answer_top_in_view(page, n: int) -> None:
    page.wait_for_function("""(n) => { const el = document.getElementById('reply-' + n);
        if (!el) return false; const top = el.getBoundingClientRect().top;
        return top >= -5 && top < window.innerHeight / 2; }""", arg=n)


@pytest.mark.parametrize("size", SIZES)
def test_victim_asks_follows_up_gets_a_plan_and_downloads_a_draft(server, browser, axe_source, size):
    url, _ = server
    page = new_page(browser, size)
    page.goto(url)
    page.get_by_role("heading", name="Ask about your situation").wait_for()
    assert page.title() == "Ask · Recourse"
    exit_reachable(page)
    axe_check(page, axe_source, f"ask (empty), {size}")

    ask(page, "Someone posted a fake nude of me on Reddit, I live in Texas. What can I do?", 0)
    answer_top_in_view(page, 0)  # the view lands at the top of the new answer
    page.wait_for_function("() => document.getElementById('recourse-live').textContent.startsWith('New answer')")
    exit_reachable(page)
    # help first: what to do now comes before the law, which is folded
    order = page.evaluate("""() => { const all = [...document.querySelectorAll('h4, summary')].map(e => e.textContent);
        return [all.findIndex(t => t.includes('What you can do now')),
                all.findIndex(t => t.includes('The law and its sources'))]; }""")
    assert 0 <= order[0] < order[1]
    page.locator('section.help-now a[href^="tel:"]').first.wait_for()
    page.screenshot(path=str(ARTIFACTS / f"ask-{size}.png"))
    axe_check(page, axe_source, f"ask (answer), {size}")

    page.get_by_role("button", name="Can I sue?").click()
    page.locator("#reply-1").wait_for(state="attached")
    settle(page)
    answer_top_in_view(page, 1)
    assert page.get_by_text("You chose a suggested question:").count() == 1
    exit_reachable(page)

    page.get_by_role("button", name="What can I do now?").click()
    page.get_by_role("heading", name="Your plan").wait_for()
    settle(page)
    assert page.title() == "Plan · Recourse"
    assert page.get_by_text("Where you live: Texas").count() == 1
    exit_reachable(page)
    page.screenshot(path=str(ARTIFACTS / f"plan-{size}.png"))
    axe_check(page, axe_source, f"plan, {size}")
    assert download(page, "Download the plan (PDF)").startswith(b"%PDF")
    assert download(page, "Download the plan (Markdown)").decode().startswith("# Your plan")
    draft = download(page, "Download draft .md").decode()
    assert draft.startswith("# ") and "**To:** Reddit" in draft  # the draft addresses the platform of the chat
    assert page.locator("[data-print]").count() == 1
    page.emulate_media(media="print")  # prints cleanly: no exit button, sidebar or buttons on paper
    assert not page.locator("#quick-exit").is_visible()
    assert page.get_by_role("heading", name="Your plan").is_visible()
    page.emulate_media(media="screen")
    exit_reachable(page)
    page.close()


@pytest.mark.parametrize("size", SIZES)
def test_advocate_compares_places_and_exports(server, browser, axe_source, size):
    url, _ = server
    page = new_page(browser, size)
    page.goto(url + "/compare")
    page.get_by_role("heading", name="Texas (US-TX)").wait_for()
    settle(page)
    assert page.title() == "Compare · Recourse"
    exit_reachable(page)
    # one card per place: stacked on a phone, side by side on a desktop (waited for: the layout may still settle)
    page.wait_for_function("""(phone) => { const hs = [...document.querySelectorAll('h3')];
        const t = hs.find(e => e.textContent.startsWith('Texas (US-TX)'));
        const v = hs.find(e => e.textContent.startsWith('Virginia (US-VA)'));
        if (!t || !v) return false;
        const a = t.getBoundingClientRect(), b = v.getBoundingClientRect();
        return phone ? (b.top > a.top + 100 && Math.abs(b.left - a.left) < 5)
                     : (Math.abs(b.top - a.top) < 60 && b.left > a.left + 200); }""", arg=size == "phone")
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=str(ARTIFACTS / f"compare-{size}.png"))
    axe_check(page, axe_source, f"compare, {size}")
    assert b"Texas" in download(page, "Download CSV")
    assert b"Virginia" in download(page, "Download Markdown")
    exit_reachable(page)
    page.close()


@pytest.mark.parametrize("size", SIZES)
def test_policymaker_filters_the_tracker_sees_the_map_and_exports_csv(server, browser, axe_source, size):
    url, _ = server
    page = new_page(browser, size)
    page.goto(url + "/tracker")
    page.get_by_text("Laws shown").first.wait_for()
    settle(page)
    assert page.title() == "Tracker · Recourse"
    exit_reachable(page)
    before = page.locator('[data-testid="stMetricValue"]').first.inner_text()
    picker = page.locator('[data-testid="stMultiSelect"]').first
    picker.locator("input").click()
    picker.locator("input").fill("US-TX")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function("(b) => document.querySelector('[data-testid=\"stMetricValue\"]').innerText !== b",
                           arg=before)
    settle(page)
    exit_reachable(page)
    page.locator('[data-testid="stVegaLiteChart"]').first.wait_for()
    page.locator('[data-testid="stVegaLiteChart"]').first.scroll_into_view_if_needed()
    exit_reachable(page)
    page.screenshot(path=str(ARTIFACTS / f"tracker-{size}.png"))
    axe_check(page, axe_source, f"tracker, {size}")
    page.get_by_role("button", name="Export CSV").first.scroll_into_view_if_needed()
    csv = download(page, "Export CSV").decode()
    assert csv.startswith("jurisdiction,") and "US-TX" in csv and "US-VA" not in csv
    exit_reachable(page)
    page.close()


@pytest.mark.parametrize("size", SIZES)
def test_about_page_is_accessible(server, browser, axe_source, size):
    url, _ = server
    page = new_page(browser, size)
    page.goto(url + "/about")
    page.get_by_role("heading", name="Where to get help").wait_for()
    settle(page)
    exit_reachable(page)
    axe_check(page, axe_source, f"about, {size}")
    page.close()


def test_page_titles_are_distinct_and_neutral(server, browser):
    url, _ = server
    page = new_page(browser, "desktop")
    titles = {}
    for path, heading in [("", "Ask about your situation"), ("/plan", "Make a plan"),
                          ("/compare", "Compare jurisdictions"), ("/tracker", "Statute tracker"),
                          ("/about", "About Recourse")]:
        page.goto(url + path)
        page.get_by_role("heading", name=heading, exact=True).wait_for()
        page.wait_for_function("() => document.title.endsWith('· Recourse')")
        titles[path] = page.title()
        assert page.locator("h1").count() == 1, f"{path}: one h1"
    assert len(set(titles.values())) == len(titles), titles
    assert not any(TOPIC_WORDS.search(t) for t in titles.values()), titles
    page.close()


def test_quick_exit_replaces_the_history_entry_and_esc_twice_leaves(server, browser):
    url, _ = server
    page = new_page(browser, "desktop")
    page.goto(url)
    page.get_by_role("heading", name="Ask about your situation").wait_for()
    settle(page)
    page.locator("#quick-exit").wait_for()  # the exit is injected by a script: on a loaded machine it comes last
    for _ in range(12):  # keyboard reach: the exit is among the first stops of Tab
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement && document.activeElement.id === 'quick-exit'"):
            break
    else:
        pytest.fail("Tab did not reach the quick exit within 12 presses")
    depth = page.evaluate("() => history.length")
    page.get_by_role("link", name="Compare").first.click()  # moving between pages adds no history entry
    page.get_by_role("heading", name="Compare jurisdictions").wait_for()
    settle(page)
    assert page.evaluate("() => history.length") == depth
    with page.expect_request(NEUTRAL):
        page.locator("#quick-exit").click()
    page.wait_for_url(NEUTRAL)
    assert page.evaluate("() => history.length") == depth  # replaced, not added
    page.go_back()
    assert not page.url.startswith(url)  # Back does not return to the site

    page.goto(url)
    page.get_by_role("heading", name="Ask about your situation").wait_for()
    settle(page)
    page.wait_for_function("() => typeof window.__recourseLeave === 'function'")  # the exit script is in place
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL)
    page.close()


@pytest.fixture(scope="module")
def cold_server(tmp_path_factory):
    """A server on an empty RECOURSE_HOME: the first start builds the index in the background."""
    proc, url, started = start_streamlit(tmp_path_factory.mktemp("cold-home"))
    yield url, started
    proc.terminate()
    proc.wait(10)


@pytest.mark.parametrize("size", SIZES)
def test_first_start_shows_help_exit_and_the_question_box_while_the_index_builds(cold_server, browser, axe_source,
                                                                                  size):
    url, started = cold_server
    page = new_page(browser, size)
    page.goto(url)
    page.get_by_role("heading", name="Get help now").wait_for()
    page.locator('section.help-now a[href^="tel:"]').first.wait_for()
    page.get_by_placeholder("Describe what happened and where you live").wait_for()
    print(f"\nfirst start, {size}: usable page {time.perf_counter() - started:.1f} s after launch")
    page.get_by_role("progressbar").first.wait_for()
    assert page.get_by_text(re.compile(r"Step \d of 4")).count() >= 1
    assert page.title() == "Recourse"
    exit_reachable(page)
    page.screenshot(path=str(ARTIFACTS / f"first-start-{size}.png"))
    axe_check(page, axe_source, f"first start, {size}")
    page.close()
