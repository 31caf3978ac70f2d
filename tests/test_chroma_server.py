"""The same pipeline and knowledge base against a real `chroma run` server (RECOURSE_CHROMA_HOST), as an
organisation would deploy it: ingest through HTTP, answer through HTTP, same citation as the embedded store."""

from __future__ import annotations

import http.server
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port

from ingest.pipeline import run
from kb import KnowledgeBase
from kb.config import Settings
from kb.errors import StoreError
from kb.store import Store

CHROMA = Path(sys.executable).with_name("chroma")


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    if not CHROMA.exists():
        pytest.fail(f"{CHROMA} is missing: install requirements.txt into the venv (chromadb ships the CLI)")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-data")
    process = subprocess.Popen([str(CHROMA), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chroma run did not answer its heartbeat on port {port}")
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_ingest_and_answer_through_a_chroma_server(tmp_path, tiny_corpus, tiny_kb, chroma_server):
    home = tmp_path / "home"
    shutil.copytree(tiny_kb.config.home / "models", home / "models")
    config = Settings(home=home, corpus=tiny_corpus, chroma_host="127.0.0.1", chroma_port=chroma_server,
                      collection="server-test")
    report = run(tiny_corpus, config, progress=False)
    assert report.generation and report.embedded == report.chunks
    assert not (home / "index").exists()  # nothing went to the embedded store
    answer = KnowledgeBase(config).ask("someone made a deepfake porn video of me, I live in Houston")
    assert answer.citations and answer.citations[0].law_id == "us-tx-penal-21.165"
    assert run(tiny_corpus, config, progress=False).embedded == 0


def test_a_token_is_sent_and_an_unreachable_server_is_a_clear_store_error(tmp_path, tiny_corpus, chroma_server):
    """chroma 1.5.9's `chroma run` does not check tokens (README: keep it on a private network); the client still
    sends RECOURSE_CHROMA_TOKEN, for a proxy in front of it that does."""
    with_token = Settings(home=tmp_path, corpus=tiny_corpus, chroma_host="127.0.0.1", chroma_port=chroma_server,
                          chroma_token="s3cret-token", collection="token-test")
    assert Store(with_token).active_name() is None
    nowhere = Settings(home=tmp_path, corpus=tiny_corpus, chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(StoreError, match=r"cannot open the Chroma index at server 127\.0\.0\.1"):
        Store(nowhere)


def test_the_token_reaches_the_server_as_a_bearer_header(tmp_path, tiny_corpus):
    """What a token-checking proxy in front of `chroma run` sees."""
    seen: list[str] = []

    class Proxy(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(self.headers.get("Authorization", ""))
            self.send_response(401)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        config = Settings(home=tmp_path, corpus=tiny_corpus, chroma_host="127.0.0.1",
                          chroma_port=server.server_address[1], chroma_token="s3cret-token")
        with pytest.raises(StoreError):
            Store(config)
    finally:
        server.shutdown()
        server.server_close()
    assert seen and set(seen) == {"Bearer s3cret-token"}
