"""HTTP API latency as a client sees it: `python -m kb serve` in its own process, httpx over localhost.

    python bench/api.py [--rounds 5]     # uses RECOURSE_HOME or .recourse (built by `python -m ingest`)

Prints the time from process start to /health answering, the first POST /ask (model and index loading), then
warm POST /ask over a few questions (median and worst), and GET /laws and /tracker. Target (issue 17): warm
POST /ask well under a second on 2 cores; the answer itself dominates, the HTTP layer adds a few milliseconds."""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ["Is it a crime in Virginia to share a fake nude image of someone?",
             "Someone posted a deepfake nude of me on Instagram. I live in Texas.",
             "Can I sue in California over a sexual deepfake?",
             "my ex is threatening to post my nudes, im in houston",
             "which states let deepfake victims sue?"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="times each question is asked warm")
    args = ap.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kb", "serve", "--port", str(port), "--burst", "100000",
                             "--rate", "100000"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=url, timeout=120) as client:
            while True:
                try:
                    if client.get("/health").status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            print(f"up (/health answers): {time.perf_counter() - started:.1f} s after start")
            t = time.perf_counter()
            client.post("/ask", json={"question": QUESTIONS[0]}).raise_for_status()
            print(f"first POST /ask: {(time.perf_counter() - t) * 1000:.0f} ms")
            times = []
            for _ in range(args.rounds):
                for q in QUESTIONS:
                    t = time.perf_counter()
                    client.post("/ask", json={"question": q}).raise_for_status()
                    times.append((time.perf_counter() - t) * 1000)
            print(f"warm POST /ask: median {statistics.median(times):.0f} ms, worst {max(times):.0f} ms "
                  f"({len(times)} requests, {len(QUESTIONS)} questions)")
            for path in ("/laws?jurisdiction=US-TX", "/tracker?scope=states&remedy=civil&covers=synthetic"):
                t = time.perf_counter()
                client.get(path).raise_for_status()
                print(f"GET {path}: {(time.perf_counter() - t) * 1000:.0f} ms")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
