"""`ingest fetch` against a real HTTP server on 127.0.0.1: official HTML and PDF texts are cached, split by
section and indexed; unchanged pages embed nothing; broken pages fail per record and the old index serves on."""

from __future__ import annotations

import hashlib
import http.server
import shutil
import threading
import time
from pathlib import Path

import pytest
from fpdf import FPDF

from ingest.__main__ import main as ingest_main
from ingest.fetch import PER_HOST, USER_AGENT, NetworkDown, cached_texts, fetch_all, official_sources
from ingest.pipeline import run
from kb import KnowledgeBase
from kb.config import Settings, settings
from kb.corpus import load_strict
from kb.store import Store
from tests.conftest import free_port
from tests.factories import TINY_LAWS, source, write_corpus

PAUSE = 1.5  # the slow handler sleeps this long; the client gives up after TIMEOUT
TIMEOUT = 0.5
FAST = dict(timeout=TIMEOUT, retries=1, backoff=0.05)
GATE = 10.0


def statute_html(version: str = "first") -> bytes:
    long = " ".join(["The court may also order the person to remove the media from every place it was shared."] * 4)
    return f"""<!doctype html><html><head><title>Penal Code</title><script>var tracker = 1;</script>
    <style>p {{ color: red }}</style></head><body><nav>Home | Statutes | Search | Contact us</nav>
    <h1>PENAL CODE CHAPTER 21</h1>
    <p>Sec. 21.165. UNLAWFUL PRODUCTION OR DISTRIBUTION OF SEXUALLY EXPLICIT DEEP FAKE MEDIA.</p>
    <p>(a) In this section, "deep fake media" means a visual depiction created or altered with artificial
    intelligence ({version} version) so that it falsely appears to show a real person. {long}</p>
    <p>(b) A person commits an offense if, without the effective consent of the person depicted, the person
    knowingly produces or distributes by electronic means deep fake media. {long}</p>
    <footer>Copyright the Legislature. Privacy policy.</footer></body></html>""".encode()


def statute_pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in lines:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


VA_LINES = ["Section 18.2-386.2. Unlawful dissemination or sale of images of another; penalty.",
            "A. Any person who, with the intent to coerce, harass, or intimidate, maliciously disseminates or sells "
            "any videographic or still image created by any means whatsoever that depicts another person who is "
            "totally nude is guilty of a Class 1 misdemeanor. " * 2,
            "B. For purposes of this section, another person includes a person whose image was used in creating, "
            "adapting, or modifying a videographic or still image with the intent to depict an actual person. " * 2]


class Site:
    """What the local server answers: path -> (status, content type, body), plus ETag support and misbehaviour."""

    def __init__(self):
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.slow: set[str] = set()
        self.huge: set[str] = set()
        self.agents: list[str] = []
        self.gated: set[str] = set()  # these wait (up to GATE s) until two requests are in flight at once
        self.inflight = 0
        self.most_inflight = 0
        self.lock = threading.Condition()


def _handler(site: Site):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            site.agents.append(self.headers.get("User-Agent", ""))
            if self.path in site.slow:
                time.sleep(PAUSE)
            if self.path in site.gated:
                with site.lock:
                    site.inflight += 1
                    site.most_inflight = max(site.most_inflight, site.inflight)
                    site.lock.notify_all()
                    site.lock.wait_for(lambda: site.inflight >= 2, timeout=GATE)
                time.sleep(0.05)
                with site.lock:
                    site.inflight -= 1
            if self.path in site.huge:  # 50 MB, no Content-Length: the client must count while reading
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                chunk = b"<p>" + b"x" * (1 << 20) + b"</p>"
                for _ in range(50):
                    self.wfile.write(chunk)
                return
            status, kind, body = site.pages.get(self.path, (404, "text/plain", b"not found"))
            etag = '"%s"' % hashlib.sha256(body).hexdigest()[:12]
            if status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if status == 200 and kind != "application/pdf":  # PDFs without ETag: unchanged is found by hash
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the client hanging up on the slow and huge pages is the point of those pages


@pytest.fixture()
def site():
    site = Site()
    server = Server(("127.0.0.1", 0), _handler(site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.server = server
    yield site
    server.shutdown()
    server.server_close()


def fresh_config(tmp_path: Path, tiny_kb: KnowledgeBase, root: Path) -> Settings:
    """A new home that reuses the ONNX export of the session index, so each test does not export it again."""
    home = tmp_path / "home"
    shutil.copytree(tiny_kb.config.home / "models", home / "models")
    return Settings(home=home, corpus=root)


def corpus_with_sources(root: Path, urls: dict[str, list[str]]) -> Path:
    """The tiny corpus, with these official URLs per law id and only unofficial sources elsewhere."""
    laws = {}
    for rel, (code, records) in TINY_LAWS.items():
        updated = []
        for record in records:
            sources = [source(url=u) for u in urls.get(record["id"], [])]
            updated.append({**record, "sources": sources or [source(official=False)]})
        laws[rel] = (code, updated)
    return write_corpus(root, laws=laws)


def ingest_fetch(monkeypatch, home: Path, root: Path) -> int:
    """`python -m ingest fetch --quiet` in-process with this home and corpus; its exit code."""
    monkeypatch.setenv("RECOURSE_HOME", str(home))
    monkeypatch.setenv("RECOURSE_CORPUS", str(root))
    settings.cache_clear()
    try:
        return ingest_main(["fetch", "--quiet"])
    finally:
        settings.cache_clear()


def official_passages(config: Settings, law_id: str) -> list:
    return [p for p in Store(config).passages() if p.law_id == law_id and p.source == "official"]


def test_official_html_and_pdf_are_cached_split_by_section_and_unchanged_pages_embed_nothing(
        tmp_path, site, tiny_kb):
    site.pages["/tx"] = (200, "text/html; charset=utf-8", statute_html())
    site.pages["/va.pdf"] = (200, "application/pdf", statute_pdf(VA_LINES))
    root = corpus_with_sources(tmp_path / "c", {"us-tx-penal-21.165": [f"{site.base}/tx"],
                                                "us-va-18.2-386.2": [f"{site.base}/va.pdf"]})
    config = fresh_config(tmp_path, tiny_kb, root)

    first = fetch_all(root, config, progress=False, **FAST)
    assert [r.status for r in first] == ["ok", "ok"]
    assert set(site.agents) == {USER_AGENT}
    texts = cached_texts(load_strict(root), config)
    tx_text = texts["us-tx-penal-21.165"][0][0]
    assert "Sec. 21.165" in tx_text and "tracker" not in tx_text and "Home | Statutes" not in tx_text
    assert "Privacy policy" not in tx_text
    built = run(root, config, progress=False)
    tx = official_passages(config, "us-tx-penal-21.165")
    starts = sorted(p.text.split()[0] for p in tx)
    assert len(tx) == 3 and starts[:2] == ["(a)", "(b)"] and any("Sec. 21.165." in p.text for p in tx)
    assert all(p.url == f"{site.base}/tx" for p in tx)
    assert any("Class 1 misdemeanor" in p.text for p in official_passages(config, "us-va-18.2-386.2"))

    again = fetch_all(root, config, progress=False, **FAST)
    assert [r.status for r in again] == ["unchanged", "unchanged"]
    quiet = run(root, config, progress=False)
    assert quiet.embedded == 0 and quiet.removed == 0 and quiet.generation is None
    assert quiet.chunks == built.chunks

    site.pages["/tx"] = (200, "text/html", statute_html("second"))
    changed = fetch_all(root, config, progress=False, **FAST)
    assert [r.status for r in changed] == ["changed", "unchanged"]
    report = run(root, config, progress=False)
    assert report.embedded >= 1 and report.generation
    tx = official_passages(config, "us-tx-penal-21.165")
    assert any("second version" in p.text for p in tx) and not any("first version" in p.text for p in tx)

    answer = KnowledgeBase(config).ask("Is it a crime in Texas to make deep fake media of someone?")
    assert answer.citations and answer.citations[0].law_id == "us-tx-penal-21.165"
    assert (answer.citations[0].source_kind, answer.citations[0].source_url) == ("fetched_copy", f"{site.base}/tx")

    (root / "us" / "tx.yaml").unlink()  # a removed record: its official texts leave the index
    fetch_all(root, config, progress=False, **FAST)
    gone = run(root, config, progress=False)
    assert gone.removed >= 3 and not official_passages(config, "us-tx-penal-21.165")
    assert not list((config.home / "texts").glob("us-tx-penal-21.165-*"))


def test_broken_sources_fail_one_by_one_while_the_rest_succeed_and_the_old_index_keeps_serving(
        tmp_path, site, tiny_kb):
    broken = ["/missing", "/slow", "/corrupt.pdf", "/empty.pdf", "/huge", "/blocked"]
    for n, path in enumerate(broken):  # at first every page is fine
        site.pages[path] = (200, "text/html", f"<p>Section {n}. Oklahoma text number {n} about sharing private "
                                              f"sexual images without consent, which is a misdemeanor.</p>".encode())
    site.pages["/tx"] = (200, "text/html", statute_html())
    root = corpus_with_sources(tmp_path / "c", {"us-ok-21-1040.13b": [site.base + p for p in broken],
                                                "us-tx-penal-21.165": [f"{site.base}/tx"]})
    config = fresh_config(tmp_path, tiny_kb, root)
    assert all(r.status == "ok" for r in fetch_all(root, config, progress=False, **FAST))
    first = run(root, config, progress=False)
    corpus_before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}

    del site.pages["/missing"]
    site.slow.add("/slow")
    site.pages["/corrupt.pdf"] = (200, "application/pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    site.pages["/empty.pdf"] = (200, "application/pdf", statute_pdf([]))
    site.huge.add("/huge")
    site.pages["/blocked"] = (403, "text/html", b"<p>Access denied</p>")
    started = time.perf_counter()
    results = {r.url.removeprefix(site.base): r for r in fetch_all(root, config, progress=False, **FAST)}
    assert time.perf_counter() - started < 15

    assert results["/tx"].status == "unchanged"
    assert results["/missing"].status == "failed:http 404"
    assert results["/slow"].status == "unknown:timeout"
    assert results["/blocked"].status == "unknown:blocked (403)"
    assert results["/corrupt.pdf"].outcome == "failed" and "cannot read this PDF" in results["/corrupt.pdf"].reason
    assert results["/empty.pdf"].outcome == "failed" and "no text layer" in results["/empty.pdf"].reason
    assert results["/huge"].status == "failed:too large (over 20 MB)"

    texts = cached_texts(load_strict(root), config)
    assert len(texts["us-ok-21-1040.13b"]) == len(broken)  # every previous text was kept
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == corpus_before  # corpus never edited
    after = run(root, config, progress=False)
    assert after.embedded == 0 and after.generation is None and after.chunks == first.chunks
    answer = KnowledgeBase(config).ask("is it a crime in Oklahoma to share private sexual images")
    assert answer.citations and answer.citations[0].law_id == "us-ok-21-1040.13b"


def test_python_m_ingest_fetch_prints_the_summary_table_then_indexes(tmp_path, site, tiny_kb, monkeypatch,
                                                                     capsys):
    site.pages["/tx"] = (200, "text/html", statute_html())
    root = corpus_with_sources(tmp_path / "c", {"us-tx-penal-21.165": [f"{site.base}/tx", f"{site.base}/gone"]})
    config = fresh_config(tmp_path, tiny_kb, root)
    assert ingest_fetch(monkeypatch, config.home, root) == 0
    out = capsys.readouterr().out
    assert "failed:http 404" in out and f"{site.base}/gone" in out and "1 failed, 1 ok" in out
    assert "switched to" in out


def test_sources_are_fetched_at_once_but_never_more_than_the_per_host_limit(tmp_path, site, tiny_kb):
    urls = {law_id: [f"{site.base}/{law_id}/{k}" for k in range(4)] for law_id in
            ("us-tx-penal-21.165", "us-va-18.2-386.2", "us-ok-21-1040.13b")}
    for paths in urls.values():
        for url in paths:
            path = url.removeprefix(site.base)
            site.pages[path] = (200, "text/html", statute_html(path))
            site.gated.add(path)
    root = corpus_with_sources(tmp_path / "c", urls)
    config = fresh_config(tmp_path, tiny_kb, root)
    results = fetch_all(root, config, progress=False, timeout=GATE + 5, retries=0)
    assert [r.status for r in results] == ["ok"] * 12
    assert [(r.law_id, r.url) for r in results] == official_sources(load_strict(root))  # corpus order
    assert site.most_inflight == PER_HOST == 2


def test_fetch_with_no_network_stops_after_the_first_few_sources_with_one_line(tmp_path, site, tiny_kb, monkeypatch,
                                                                                capsys):
    """No route out, simulated with a closed port on several loopback addresses (never an outside address)."""
    site.pages["/tx"] = (200, "text/html", statute_html())
    root = corpus_with_sources(tmp_path / "c", {"us-tx-penal-21.165": [f"{site.base}/tx"]})
    config = fresh_config(tmp_path, tiny_kb, root)
    fetch_all(root, config, progress=False, **FAST)  # a cached text from an earlier, connected run
    run(root, config, progress=False)

    closed = free_port()
    dead = {law_id: [f"http://127.0.0.{2 + (i + k) % 6}:{closed}/{law_id}/{k}" for k in range(15)]
            for i, law_id in enumerate(("us-tx-penal-21.165", "us-va-18.2-386.2", "us-ok-21-1040.13b",
                                        "us-usc-15-6851"))}
    dead["us-tx-penal-21.165"].insert(0, f"{site.base}/tx")  # its cached copy must keep serving
    offline = corpus_with_sources(tmp_path / "c", dead)
    site.server.shutdown()  # now nothing answers
    site.server.server_close()
    with pytest.raises(NetworkDown, match=r"^no network: the first \d+ sources, on \d+ hosts, could not be reached "
                                          r"\(connection refused\); fetch stopped") as stopped:
        fetch_all(offline, config, progress=False, **FAST)
    tried = int(str(stopped.value).split("the first ")[1].split()[0])
    assert tried < len(official_sources(load_strict(offline))) // 2

    assert ingest_fetch(monkeypatch, config.home, offline) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no network" in err[0] and "cached official texts keep serving" in err[0]
    assert "Sec. 21.165" in cached_texts(load_strict(offline), config)["us-tx-penal-21.165"][0][0]
    answer = KnowledgeBase(config).ask("Is it a crime in Texas to make deep fake media of someone?")
    assert answer.citations[0].source_kind == "fetched_copy"
