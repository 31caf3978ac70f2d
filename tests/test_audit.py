"""tools/audit.py covers the whole installed set, says how much it checked, and never passes having checked nothing:
run against a real HTTP server on 127.0.0.1 that answers like PyPI's JSON API, and with no route to any server."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading

import pytest

from kb.config import PROJECT
from tests.conftest import free_port

PROJECTS = {
    "current": {"info": {"version": "2.0"}, "releases": {"2.0": [{"yanked": False}]}, "vulnerabilities": []},
    "older": {"info": {"version": "3.1"}, "releases": {"3.0": [{"yanked": False}]}, "vulnerabilities": []},
    "holey": {"info": {"version": "1.5"}, "releases": {"1.4": [{"yanked": False}]},
              "vulnerabilities": [{"id": "GHSA-test-0001", "aliases": ["CVE-2099-0001"], "fixed_in": ["1.6"]}]},
    "pulled": {"info": {"version": "1.1"}, "releases": {"1.0": [{"yanked": True, "yanked_reason": "broken"}]},
               "vulnerabilities": []},
}


@pytest.fixture()
def pypi():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            name = self.path.strip("/").split("/")[0]
            body = json.dumps(PROJECTS[name]).encode() if name in PROJECTS else b"{}"
            self.send_response(200 if name in PROJECTS else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def audit(tmp_path, pins: list[str], *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    lock = tmp_path / "requirements.lock"
    lock.write_text("\n".join(pins) + "\n")
    direct = tmp_path / "requirements.txt"
    direct.write_text(pins[0] + "\n")
    return subprocess.run([sys.executable, "tools/audit.py", "--lock", str(lock), "--requirements", str(direct),
                           *args], cwd=PROJECT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_every_locked_package_is_looked_up_and_counted(tmp_path, pypi):
    done = audit(tmp_path, ["current==2.0", "older==3.0", "holey==1.4", "pulled==1.0", "missing==0.1"],
                 "--pypi", pypi)
    out = done.stdout
    assert done.returncode == 1
    assert "VULNERABLE      holey==1.4: GHSA-test-0001 (CVE-2099-0001), fixed in 1.6" in out
    assert "VULNERABLE      pulled==1.0: version 1.0 is yanked (broken)" in out
    assert "partly checked  older==3.0: latest is 3.1" in out and "not checked     missing==0.1" in out
    assert ("5 packages in requirements.lock: 1 checked, 3 partly checked (older than the latest release), "
            "1 not checked; 2 unexplained vulnerabilities") in out


def test_a_clean_set_passes_and_strict_fails_on_what_it_could_not_fully_check(tmp_path, pypi):
    assert audit(tmp_path, ["current==2.0", "older==3.0"], "--pypi", pypi).returncode == 0
    assert audit(tmp_path, ["current==2.0", "older==3.0"], "--pypi", pypi, "--strict").returncode == 1


def test_with_no_advisory_data_reachable_it_fails_unless_offline_is_given(tmp_path):
    closed = f"http://127.0.0.1:{free_port()}"
    no_route = {"https_proxy": closed, "HTTPS_PROXY": closed, "http_proxy": closed, "HTTP_PROXY": closed}
    failed = audit(tmp_path, ["current==2.0", "older==3.0"], env=no_route)
    assert failed.returncode == 1 and "0 checked, 0 partly checked" in failed.stdout
    assert "nothing was checked" in failed.stdout
    offline = audit(tmp_path, ["current==2.0", "older==3.0"], "--offline", env=no_route)
    assert offline.returncode == 0 and "offline: no advisory data was reachable" in offline.stdout


def test_the_lock_covers_every_direct_pin():
    from tools.audit import _norm, read_pins

    locked = {_norm(n): v.split("+")[0] for n, v in read_pins(PROJECT / "requirements.lock")}
    for name, version in read_pins(PROJECT / "requirements.txt"):
        assert locked.get(_norm(name)) == version.split("+")[0], name
