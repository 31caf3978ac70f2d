"""The HTTP API (`python -m kb serve`) over real sockets: uvicorn in a thread on the real index (and the command
itself in its own process, for the log check), httpx as the client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import httpx
import pytest
import uvicorn

from kb import KnowledgeBase
from kb.__main__ import main
from kb.config import PROJECT, Settings
from kb.serve import create_app
from tests.conftest import free_port

MARKER = "Zorblax-7731 my neighbour Quennell posted a fake nude of me in Texas, is that a crime?"


def wait_up(url: str, seconds: float = 240, proc=None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if httpx.get(url + "/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError("server did not start")


class Thread:
    """uvicorn serving the app in a thread of this process, over a real socket on a free port."""

    def __init__(self, app):
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(), access_log=False,
                                                    log_level="warning"))
        self.url = f"http://127.0.0.1:{self.server.config.port}"

    def __enter__(self) -> str:
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.url

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(real_kb):
    """The API over the session's real index, sharing the KnowledgeBase the CLI calls get, so both read one
    index state; a generous bucket, since these tests are one client."""
    with Thread(create_app(real_kb, rate=1000, burst=10_000)) as url:
        with httpx.Client(base_url=url, timeout=120) as client:
            yield client


@pytest.fixture(scope="module")
def process(real_kb, tmp_path_factory):
    """`python -m kb serve` itself, in its own process on the same index; its output goes to a file."""
    port = free_port()
    out = tmp_path_factory.mktemp("serve") / "server.log"
    env = {**os.environ, "RECOURSE_HOME": str(real_kb.config.home), "RECOURSE_CORPUS": str(real_kb.config.corpus)}
    with open(out, "w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "kb", "serve", "--port", str(port)], cwd=PROJECT, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_up(url, proc=proc)
        with httpx.Client(base_url=url, timeout=120) as client:
            yield client, out
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def cli_json(capsys, argv, base) -> object:
    assert main(argv, base) == 0
    return json.loads(capsys.readouterr().out)


def without_latency(data: dict) -> dict:
    return {k: v for k, v in data.items() if "latency" not in k}


def test_health_says_ok_and_names_the_corpus_date(server):
    client = server
    data = client.get("/health").json()
    assert data["status"] == "ok" and data["index_built"] is True and data["laws"] > 100


@pytest.mark.parametrize("question", ["Is it a crime in Texas to share a deepfake nude of someone?",
                                      "Someone posted a fake nude of me on Instagram. I live in Ohio.",
                                      "which states let deepfake victims sue?"])
def test_post_ask_returns_the_same_object_as_the_cli(server, capsys, real_kb, question):
    client = server
    response = client.post("/ask", json={"question": question})
    assert response.status_code == 200
    assert without_latency(response.json()) == without_latency(cli_json(capsys, ["ask", question, "--json"],
                                                                        real_kb))


def test_a_conversation_is_carried_by_the_frame_the_client_sends_back(server, capsys, real_kb):
    client = server
    first = client.post("/ask", json={"question": "Someone shared a fake nude of me. I live in Texas."}).json()
    assert "US-TX" in first["frame"]["jurisdictions"]
    follow = client.post("/ask", json={"question": "Can I sue them?", "frame": first["frame"]}).json()
    assert "US-TX" in follow["jurisdictions"]
    assert follow == cli_json(capsys, ["ask", "Can I sue them?", "--context", json.dumps(first["frame"]), "--json"],
                              real_kb)  # the frame in the body is the CLI's --context
    alone = client.post("/ask", json={"question": "Can I sue them?"}).json()  # the server kept nothing
    assert "US-TX" not in alone["jurisdictions"]


@pytest.mark.parametrize("body, status, words", [
    ({"question": "Is it a crime?", "jurisdiction": "Atlantis"}, 400, "jurisdiction"),
    ({"question": "Can I sue?", "frame": {"version": 1, "no_such_field": 1}}, 400, "frame"),
    ({"questio": "typo"}, 422, "question"),
    ({"question": 42}, 422, "question"),
])
def test_bad_ask_requests_get_a_clear_message_and_no_traceback(server, body, status, words):
    client = server
    response = client.post("/ask", json=body)
    assert response.status_code == status
    message = response.json()["error"]
    assert words in message and "Traceback" not in message


def test_a_body_that_is_not_json_or_too_big_is_refused(server):
    client = server
    response = client.post("/ask", content=b"question=hi", headers={"content-type": "application/json"})
    assert response.status_code == 422 and "error" in response.json()
    big = client.post("/ask", json={"question": "x" * 20_000})
    assert big.status_code == 413 and "16 KB" in big.json()["error"]

    def chunks():  # no Content-Length: the bound holds for a streamed body too
        for _ in range(40):
            yield b"x" * 1024
    assert client.post("/ask", content=chunks(), headers={"content-type": "application/json"}).status_code == 413


def test_plan_for_a_texas_deepfake_cites_texas_law(server, capsys, real_kb):
    client = server
    situation = {"lives_in": "Texas", "synthetic": True, "platforms": ["instagram"]}
    response = client.post("/plan", json=situation)
    assert response.status_code == 200
    plan = response.json()
    cited = {c["law_id"] for step in plan["steps"] for c in step["citations"]}
    assert any(law.startswith("us-tx-") for law in cited)
    assert plan == cli_json(capsys, ["plan", "-j", "Texas", "--synthetic", "--platform", "instagram", "--json"],
                            real_kb)
    assert client.post("/plan", json={"lives_in": "Atlantis"}).status_code == 400
    assert client.post("/plan", json={"platforms": ["instagram"]}).status_code == 422


def test_draft_fills_a_take_it_down_request_and_lists_what_is_missing(server):
    client = server
    body = {"kind": "take-it-down", "situation": {"lives_in": "US-TX", "synthetic": True},
            "fields": {"name": "A. Person"}, "platform": "instagram"}
    response = client.post("/draft", json=body)
    assert response.status_code == 200
    draft = response.json()
    assert "A. Person" in draft["body"] and isinstance(draft["missing"], list)
    bad = client.post("/draft", json={**body, "kind": "love-letter"})
    assert bad.status_code == 400 and "take-it-down" in bad.json()["error"]


def test_laws_lists_one_jurisdiction_and_opens_one_record(server, capsys, real_kb):
    client = server
    rows = client.get("/laws", params={"jurisdiction": "Texas"}).json()
    assert rows == cli_json(capsys, ["laws", "-j", "Texas", "--json"], real_kb)
    assert "us-tx-penal-21.165" in {r["id"] for r in rows}
    law = client.get("/laws/us-tx-penal-21.165").json()
    assert law["citation"] == "Tex. Penal Code § 21.165" and law["verified"]
    missing = client.get("/laws/us-xx-nothing")
    assert missing.status_code == 404 and "unknown law id" in missing.json()["error"]
    assert client.get("/no/such/endpoint").json() == {"error": "Not Found"}
    assert client.get("/laws", params={"jurisdiction": "Atlantis"}).status_code == 400


def test_tracker_takes_the_cli_filters_and_gives_the_cli_result(server, capsys, real_kb):
    client = server
    params = [("scope", "states"), ("remedy", "civil"), ("covers", "synthetic"), ("since", "true")]
    response = client.get("/tracker", params=params)
    assert response.status_code == 200
    expected = cli_json(capsys, ["tracker", "--scope", "states", "--remedy", "civil", "--covers", "synthetic",
                                 "--since", "--json"], real_kb)
    assert response.json() == expected and expected["counts"]["yes"] > 0
    asked = client.get("/tracker", params={"question": "which states let deepfake victims sue?"})
    assert asked.status_code == 200 and asked.json()["query"]["scope"] == "states"
    for bad in ({"scope": "planets"}, {"remedy": "magic"}, {"status": "sleeping"}, {"question": "hello"}):
        response = client.get("/tracker", params=bad)
        assert response.status_code == 400, bad
        assert response.json()["error"]


def test_compare_puts_places_side_by_side(server):
    client = server
    data = client.get("/compare", params=[("codes", "US-TX"), ("codes", "GB")]).json()
    assert data["codes"] == ["US-TX", "GB"] and data["rows"]
    assert client.get("/compare", params={"codes": "Atlantis"}).status_code == 400
    assert client.get("/compare").status_code == 422


def test_openapi_describes_every_endpoint_and_the_stateless_conversation(server):
    client = server
    spec = client.get("/openapi.json").json()
    assert {"/ask", "/plan", "/draft", "/laws", "/laws/{law_id}", "/tracker", "/compare", "/health"} <= \
        set(spec["paths"])
    assert "no conversation id is needed" in spec["info"]["description"]
    assert client.get("/docs").status_code == 200


def test_questions_never_reach_the_server_log(process):
    client, log = process
    assert client.post("/ask", json={"question": MARKER}).status_code == 200
    assert client.post("/ask", json={"question": MARKER, "jurisdiction": "Atlantis"}).status_code == 400
    assert client.post("/ask", json={"question": MARKER, "frame": {"x": 1}}).status_code == 400
    client.get("/health")
    time.sleep(0.5)
    text = log.read_text()
    assert "Uvicorn running" in text  # the log is captured and the server does log
    assert "Zorblax" not in text and "Quennell" not in text


def test_each_client_gets_a_token_bucket(tiny_kb):
    with Thread(create_app(tiny_kb, rate=0.01, burst=3)) as url:
        codes = [httpx.get(url + "/laws").status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
        limited = httpx.get(url + "/laws")
        assert int(limited.headers["retry-after"]) >= 1 and "too many" in limited.json()["error"]
        assert httpx.get(url + "/health").status_code == 200  # health checks are not counted


def test_an_unreachable_store_is_a_503_with_its_message_and_no_traceback(tmp_path, tiny_corpus):
    base = KnowledgeBase(Settings(home=tmp_path, corpus=tiny_corpus, chroma_host="127.0.0.1",
                                  chroma_port=free_port()))
    with Thread(create_app(base)) as url:
        response = httpx.post(url + "/ask", json={"question": "Is it a crime in Texas?"}, timeout=120)
    assert response.status_code == 503, response.text
    assert "Traceback" not in response.text and response.json()["error"].startswith("the index is unavailable")
