"""Load: N people asking at once, each in their own browser session, as a person sees it (headless Chromium).

    python bench/load.py                          # N = 1 2 4 8, 3 questions per session, one app process
    python bench/load.py --sessions 8 12 --servers 2    # sessions spread over 2 app processes (one index)
    python bench/load.py --answer-only            # also kb.ask alone in threads at the same concurrency
    python bench/load.py --client ws              # sessions over Streamlit's websocket, no browser on these cores

For each N it starts (or reuses) `streamlit run` on 127.0.0.1, opens N pages in one Chromium, waits until each page
shows the question box, then every session asks its questions one after another (a short think time between
them), all sessions at once. The latency of one question is from pressing Enter to the answer on screen, the run
finished (nothing stale). It prints p50 / p95 / max per N, plus, with --answer-only, the time kb.ask alone takes
at the same concurrency: the difference is rendering, Streamlit's reruns and the browser itself, which share the
same cores. Target (issue 16): p95 <= 2 s at 8 sessions on 2 cores. Needs an index (`python -m ingest`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run", "--disable-quic", "--disable-sync", "--disable-extensions"]
QUESTIONS = [
    "Is it a crime in Virginia to share a fake nude image of someone?",
    "my ex is threatening to post my nudes, im in houston",
    "Can I sue someone who made a deepfake of me in California?",
    "What are the penalties for sharing intimate images in New York?",
    "Someone posted AI nudes of me on Reddit, I live in Ohio. What can I do?",
    "Is a sexual deepfake illegal in the UK?",
]
SETTLED = ("() => !document.querySelector('[data-stale=\"true\"]') && "
           "!document.querySelector('[data-testid=\"stStatusWidget\"] [role=\"progressbar\"]')")


def _tree_cpu(root: int, skip: set[int] = frozenset()) -> float:
    """CPU seconds (user + system) used so far by `root` and its descendants, leaving out the `skip` subtrees."""
    children: dict[int, list[int]] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        children.setdefault(int(fields[1]), []).append(pid)
        times[pid] = (int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])) / tick
    total, stack = 0.0, [root]
    while stack:
        pid = stack.pop()
        if pid in skip:
            continue
        total += times.get(pid, 0.0)
        stack.extend(children.get(pid, []))
    return total


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def start_servers(count: int, home: str) -> tuple[list[str], list[subprocess.Popen]]:
    from tests.conftest import free_port

    urls, procs = [], []
    env = {**os.environ, "RECOURSE_HOME": home, "HF_HUB_OFFLINE": "1"}
    for _ in range(count):
        port = free_port()
        procs.append(subprocess.Popen([sys.executable, "-m", "streamlit", "run", "streamlit_app.py",
                                       "--server.port", str(port), "--server.address", "127.0.0.1",
                                       "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                                      cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        urls.append(f"http://127.0.0.1:{port}")
    for url in urls:
        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit(f"the app at {url} did not start")
                time.sleep(0.3)
    return urls, procs


async def session(browser, url: str, questions: list[str], think: float, ready: asyncio.Barrier,
                  out: list[float]) -> None:
    page = await browser.new_page(viewport={"width": 1280, "height": 800})
    page.set_default_timeout(300_000)
    await page.goto(url)
    box = page.locator("[data-testid=stChatInputTextArea]")
    await box.wait_for()
    await page.wait_for_function(SETTLED)
    await ready.wait()  # every session is on screen before anyone asks
    messages = "() => document.querySelectorAll('[data-testid=\"stChatMessage\"]').length"
    for question in questions:
        await box.fill(question)
        before = await page.evaluate(messages)
        started = time.perf_counter()
        await box.press("Enter")
        await page.wait_for_function(f"() => ({messages})() >= {before + 2}")  # the question and its answer
        await page.wait_for_function(SETTLED)
        out.append(time.perf_counter() - started)
        await asyncio.sleep(think)
    await page.close()


async def browser_round(urls: list[str], sessions: int, per_session: int, think: float) -> list[float]:
    from playwright.async_api import async_playwright

    latencies: list[float] = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=FLAGS)
        ready = asyncio.Barrier(sessions)
        await asyncio.gather(*(session(browser, urls[i % len(urls)],
                                       [QUESTIONS[(i + k) % len(QUESTIONS)] for k in range(per_session)],
                                       think, ready, latencies) for i in range(sessions)))
        await browser.close()
    return latencies


async def ws_session(url: str, questions: list[str], think: float, ready: asyncio.Barrier, out: list[float]) -> None:
    """One session over Streamlit's own websocket protocol (what the browser sends and receives), without a
    browser: the app's share of the time, with no rendering cost on these cores."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ClientState_pb2 import ClientState
    from streamlit.proto.Common_pb2 import ChatInputValue
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates

    async def rerun(ws, states: WidgetStates) -> dict:
        await ws.send(BackMsg(rerun_script=ClientState(widget_states=states)).SerializeToString())
        seen: dict = {"errors": 0}
        while True:
            msg = ForwardMsg()
            msg.ParseFromString(await ws.recv())
            kind = msg.WhichOneof("type")
            if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                element = msg.delta.new_element
                if element.WhichOneof("type") == "chat_input":
                    seen["chat"] = element.chat_input.id
                seen["errors"] += element.WhichOneof("type") == "exception"
            if kind == "script_finished":
                return seen

    async with websockets.connect(url.replace("http", "ws", 1) + "/_stcore/stream", subprotocols=["streamlit"],
                                  max_size=None) as ws:
        chat = (await rerun(ws, WidgetStates())).get("chat")
        if chat is None:
            raise SystemExit(f"no question box on {url}")
        await ready.wait()
        for question in questions:
            started = time.perf_counter()
            seen = await rerun(ws, WidgetStates(widgets=[WidgetState(id=chat, chat_input_value=ChatInputValue(
                data=question))]))
            if seen["errors"]:
                raise SystemExit(f"the app showed an error for {question!r}")
            out.append(time.perf_counter() - started)
            await asyncio.sleep(think)


async def ws_round(urls: list[str], sessions: int, per_session: int, think: float) -> list[float]:
    latencies: list[float] = []
    ready = asyncio.Barrier(sessions)
    await asyncio.gather(*(ws_session(urls[i % len(urls)], [QUESTIONS[(i + k) % len(QUESTIONS)]
                                                             for k in range(per_session)], think, ready, latencies)
                           for i in range(sessions)))
    return latencies


def answer_round(sessions: int, per_session: int, think: float) -> list[float]:
    """kb.ask alone, `sessions` threads at once, no browser and no Streamlit: the answering share of the time."""
    import kb

    base = kb.default()
    base.ask("warm up in Texas")
    latencies: list[float] = []
    barrier = threading.Barrier(sessions)

    def worker(i: int) -> None:
        barrier.wait()
        for k in range(per_session):
            started = time.perf_counter()
            base.ask(QUESTIONS[(i + k) % len(QUESTIONS)])
            latencies.append(time.perf_counter() - started)
            time.sleep(think)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 2, 4, 8], help="concurrent sessions (N)")
    parser.add_argument("--questions", type=int, default=3, help="questions per session")
    parser.add_argument("--think", type=float, default=0.5, help="seconds between a session's questions")
    parser.add_argument("--servers", type=int, default=1, help="app processes sharing one index (sessions are "
                                                               "spread over them, as a sticky proxy would)")
    parser.add_argument("--url", nargs="*", help="use running app(s) instead of starting them")
    parser.add_argument("--answer-only", action="store_true", help="also time kb.ask alone at each N")
    parser.add_argument("--client", choices=["browser", "ws"], default="browser",
                        help="browser: headless Chromium pages (rendering included, on the same cores); ws: "
                             "Streamlit's websocket protocol without a browser (the app's own share)")
    args = parser.parse_args()

    home = os.environ.get("RECOURSE_HOME", str(ROOT / ".recourse"))
    procs: list[subprocess.Popen] = []
    urls = args.url or []
    if not urls:
        urls, procs = start_servers(args.servers, home)
    try:
        asyncio.run(browser_round(urls, 1, 1, 0.0))  # warm: model, index and first render loaded in each process
        if len(urls) > 1:
            asyncio.run(browser_round(urls, len(urls), 1, 0.0))
        print(f"{'N':>3}  {'servers':>7}  {'answers':>7}  {'p50 s':>6}  {'p95 s':>6}  {'max s':>6}  "
              f"{'CPU s per answer: app / browser':>31}  load" + ("  kb.ask p50/p95 s" if args.answer_only else ""))
        servers = {proc.pid for proc in procs}
        for n in args.sessions:
            app_before = sum(_tree_cpu(pid) for pid in servers)
            browser_before = _tree_cpu(os.getpid(), servers)
            rounds = browser_round if args.client == "browser" else ws_round
            got = asyncio.run(rounds(urls, n, args.questions, args.think))
            app_cpu = (sum(_tree_cpu(pid) for pid in servers) - app_before) / len(got)
            browser_cpu = (_tree_cpu(os.getpid(), servers) - browser_before) / len(got)
            line = (f"{n:>3}  {len(urls):>7}  {len(got):>7}  {statistics.median(got):6.2f}  "
                    f"{percentile(got, 0.95):6.2f}  {max(got):6.2f}  "
                    f"{(f'{app_cpu:.2f}' if servers else '?'):>14} / {browser_cpu:<14.2f}  "
                    f"{os.getloadavg()[0]:4.1f}")
            if args.answer_only:
                alone = answer_round(n, args.questions, args.think)
                line += f"  {statistics.median(alone):.2f} / {percentile(alone, 0.95):.2f}"
            print(line, flush=True)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
