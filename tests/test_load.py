"""Several sessions asking at once on one app process all get their answers (bench/load.py's websocket client
against a real `streamlit run`); the speed target itself lives in bench/load.py, not here."""

from __future__ import annotations

import asyncio

from bench.load import start_servers, ws_round


def test_eight_sessions_asking_at_once_all_get_answers(tiny_kb):
    urls, procs = start_servers(1, str(tiny_kb.config.home))
    try:
        latencies = asyncio.run(ws_round(urls, 8, 2, 0.0))
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(30)
    assert len(latencies) == 16 and all(t > 0 for t in latencies)
