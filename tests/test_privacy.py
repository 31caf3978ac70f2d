"""Private by default: answering, planning and rendering open no outbound connection, and nothing the user types
reaches a log or a file."""

import logging
import socket

import pytest

from kb import Situation
from kb.export import render

MARKER = "Zyxwvut-Private-Name-4242"


@pytest.fixture()
def no_network(monkeypatch):
    """Any connection that is not to this machine is recorded and refused."""
    attempts = []
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1") or
                                      self.family == socket.AF_UNIX):
            return real_connect(self, address)
        attempts.append(address)
        raise OSError(f"outbound connection to {address} blocked by the privacy test")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket, "create_connection",
                        lambda address, *a, **k: attempts.append(address) or (_ for _ in ()).throw(OSError("blocked")))
    return attempts


def test_answering_planning_and_drafting_attempt_no_outbound_connection(real_kb, no_network):
    a = real_kb.ask(f"my name is {MARKER}, someone posted a fake nude of me in Texas")
    assert a.citations
    p = real_kb.plan(Situation(lives_in="TX", platforms=("instagram",), synthetic=True))
    d = real_kb.draft_request("take-it-down", Situation(lives_in="TX"), {"name": MARKER})
    for fmt in ("md", "txt", "docx", "pdf"):
        render(d, fmt)
    assert p.steps and no_network == []


def test_nothing_typed_reaches_logs_or_files(real_kb, caplog, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    caplog.set_level(logging.DEBUG)
    real_kb.ask(f"{MARKER} lives in Ohio and was sextorted")
    real_kb.draft_request("police-summary", Situation(lives_in="OH"), {"name": MARKER, "what": MARKER})
    assert MARKER not in caplog.text
    for root in (real_kb.config.home, tmp_path):
        for path in root.rglob("*"):
            if path.is_file() and path.stat().st_size < 50_000_000:
                assert MARKER.encode() not in path.read_bytes(), path


def test_telemetry_is_off(real_kb):
    assert real_kb.store.client.get_settings().anonymized_telemetry is False


def test_answering_writes_nothing_under_the_server_users_home(tiny_kb, tmp_path):
    """onnxruntime would otherwise keep a persistent device id (and a telemetry event queue) under
    ~/.cache/Microsoft/DeveloperTools/.onnxruntime/; kb switches that off before any library loads."""
    import os
    import subprocess
    import sys

    from kb.config import PROJECT

    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("ORT_DISABLE_TELEMETRY", "XDG_CACHE_HOME")}
    env.update(HOME=str(home), RECOURSE_HOME=str(tiny_kb.config.home), RECOURSE_CORPUS=str(tiny_kb.config.corpus))
    done = subprocess.run([sys.executable, "-m", "kb", "ask", f"{MARKER}: is a deepfake nude a crime in Texas?"],
                          cwd=PROJECT, env=env, capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert [p.relative_to(home).as_posix() for p in home.rglob("*")] == []
