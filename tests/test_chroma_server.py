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
from tests.factories import TINY_LAWS, write_corpus

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


def _ask_in_another_process(config: Settings, home: Path, question: str) -> dict:
    import json
    import os

    env = {**os.environ, "RECOURSE_HOME": str(home), "RECOURSE_CORPUS": str(config.corpus),
           "RECOURSE_CHROMA_HOST": config.chroma_host, "RECOURSE_CHROMA_PORT": str(config.chroma_port),
           "RECOURSE_COLLECTION": config.collection}
    done = subprocess.run([sys.executable, "-m", "kb", "ask", question, "--json"], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_several_app_processes_share_one_server_and_build_their_own_lexical_index(tmp_path, tiny_corpus, tiny_kb,
                                                                                   chroma_server):
    """Operators who outgrow one machine: one ingest writes to the server; app processes elsewhere (their own
    RECOURSE_HOME) read vectors from it and each builds the lexical file of the active generation from paged
    reads, then follows the next switch."""
    corpus = tmp_path / "statutes"
    shutil.copytree(tiny_corpus, corpus)
    config = Settings(home=tmp_path / "ingest-home", corpus=corpus, chroma_host="127.0.0.1",
                      chroma_port=chroma_server, collection="multi-test")
    homes = [tmp_path / "app-1", tmp_path / "app-2"]
    for home in [config.home, *homes]:
        shutil.copytree(tiny_kb.config.home / "models", home / "models")
    first = run(corpus, config, progress=False).generation
    for home in homes:
        got = _ask_in_another_process(config, home, "what does 21.165 say about deep fake videos in Texas")
        assert got["citations"][0]["law_id"] == "us-tx-penal-21.165"
        assert [f.name for f in (home / "lexical").glob("*.sqlite3")] == \
            [f.name for f in (config.home / "lexical").glob("*.sqlite3")]
    laws = dict(TINY_LAWS)
    laws["us/ok.yaml"] = ("US-OK", [{**TINY_LAWS["us/ok.yaml"][1][0],
                                     "summary": "Oklahoma: sharing private pictures of a sunflower farmer is a "
                                                "crime."}])
    write_corpus(corpus, laws=laws)
    assert run(corpus, config, progress=False).generation != first
    got = _ask_in_another_process(config, homes[0], "sunflower farmer private pictures in Oklahoma")
    assert got["citations"][0]["law_id"] == "us-ok-21-1040.13b"
    assert "sunflower" in got["citations"][0]["passage"]
