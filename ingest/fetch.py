"""Official texts named in records' sources: downloaded at the user's site (`python -m ingest fetch`), cached.

Policy, per (law, official source URL) record:
- ok         first successful download; the extracted text is cached.
- unchanged  the server said 304 Not Modified, or the text hashes the same as the cached copy.
- changed    the text differs from the cached copy; the new text replaces it (and is re-embedded by the pipeline).
- failed:<why>   the page is broken as far as we can tell: 404/410 and other 4xx, 5xx after retries, a body over
                 the size cap, a corrupt or empty PDF, an unreadable format.
- unknown:<why>  we cannot tell: 401/403 (blocked), 429 (rate-limited), timeouts and network errors. A blocked
                 request is not a broken link (Open States' check_links).
Any failure keeps the previous cached text, and nothing here ever edits the corpus: a page that went away is a
reason for a person to look, not for a program to delete a source.

Cache: RECOURSE_HOME/texts/<law_id>-<sha256(url)[:16]>.json (metadata) + .txt (extracted text), each replaced
atomically. Requests are polite: a named User-Agent, conditional requests (ETag / Last-Modified), bounded retries
with exponential backoff, timeouts and a size cap, and at most PER_HOST requests at a time to one host (WORKERS in
all), so a refresh of a few hundred sources takes seconds, not minutes.

No network: when the first NETWORK_PROBE sources to finish all failed to connect (DNS failure, refused, no route,
connect timeout), on at least two hosts, and nothing has answered, the network is taken to be down: fetch stops at
once with one line (NetworkDown) instead of spending seconds per source, and the cached texts keep serving.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from kb.config import Settings, settings as current_settings
from kb.corpus import Corpus, load_strict
from kb.errors import IngestError

USER_AGENT = "Recourse/0.1 (+open-source NCII law knowledge base)"
MAX_BYTES = 20 * 1024 * 1024
TIMEOUT = 20.0
RETRIES = 2  # extra attempts after the first, for timeouts, network errors, 429 and 5xx
BACKOFF = 1.0  # seconds before the first retry; doubles each time, capped at MAX_WAIT
MAX_WAIT = 10.0
_UNKNOWN_STATUS = {401: "blocked (401)", 403: "blocked (403)", 429: "rate-limited (429)"}
WORKERS = 8  # sources fetched at once
PER_HOST = 2  # at most this many at once to one host
NETWORK_PROBE = 4  # this many connection failures in a row, before any answer, on 2+ hosts: the network is down
_NO_CONNECTION = "cannot connect"  # the reason prefix of a connection failure (DNS, refused, unreachable)


class NetworkDown(IngestError):
    """Every source tried so far failed to connect: fetch stopped early; the cached texts keep serving."""


@dataclass(frozen=True)
class FetchResult:
    """What happened to one official source of one law."""

    law_id: str
    url: str
    outcome: str  # ok | unchanged | changed | failed | unknown
    reason: str = ""
    chars: int = 0
    seconds: float = 0.0

    @property
    def status(self) -> str:
        return f"{self.outcome}:{self.reason}" if self.reason else self.outcome

    @property
    def succeeded(self) -> bool:
        return self.outcome in ("ok", "unchanged", "changed")


@dataclass(frozen=True)
class _Response:
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: Optional[str] = None
    last_modified: Optional[str] = None


class _Problem(Exception):
    """A per-record outcome that is not a success: carries 'failed' or 'unknown' and why."""

    def __init__(self, outcome: str, reason: str):
        super().__init__(reason)
        self.outcome, self.reason = outcome, reason


def cache_dir(config: Settings) -> Path:
    return config.home / "texts"


def cache_stem(law_id: str, url: str) -> str:
    return f"{law_id}-{hashlib.sha256(url.encode()).hexdigest()[:16]}"


def official_sources(corpus: Corpus) -> list[tuple[str, str]]:
    """(law id, url) for every official source, in corpus order, without duplicates."""
    seen: dict[tuple[str, str], None] = {}
    for law in corpus.laws:
        for source in law.sources:
            if source.official:
                seen.setdefault((law.id, source.url), None)
    return list(seen)


def cached_texts(corpus: Corpus, config: Settings) -> dict[str, list[tuple[str, str, str]]]:
    """law id -> [(text, url, source)] for every cached official text whose law still names that URL as an
    official source (so a removed record or source takes its text out of the next index)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    folder = cache_dir(config)
    if not folder.is_dir():
        return out
    wanted = set(official_sources(corpus))
    for meta_path in sorted(folder.glob("*.json")):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        except (OSError, ValueError):
            continue  # a damaged cache entry is skipped; `ingest fetch` reports and repairs it
        if (meta.get("law_id"), meta.get("url")) in wanted and text.strip():
            out.setdefault(meta["law_id"], []).append((text, meta.get("url", ""), meta.get("source", "official")))
    return out


def _read_meta(path: Path) -> dict:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        return meta if path.with_suffix(".txt").exists() else {}
    except (OSError, ValueError):
        return {}


def _write_atomic(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def _get(client, url: str, headers: dict[str, str], max_bytes: int) -> _Response:
    """One GET, streamed so that a body over the cap is refused without holding it all in memory."""
    with client.stream("GET", url, headers=headers) as response:
        if response.status_code != 200:
            return _Response(response.status_code)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise _Problem("failed", f"too large ({int(declared) // 1_000_000} MB > {max_bytes // 1_000_000} MB)")
        body = bytearray()
        for part in response.iter_bytes():
            body.extend(part)
            if len(body) > max_bytes:
                raise _Problem("failed", f"too large (over {max_bytes // 1_000_000} MB)")
        return _Response(200, bytes(body), response.headers.get("content-type", ""),
                         response.headers.get("etag"), response.headers.get("last-modified"))


def _download(client, url: str, headers: dict[str, str], max_bytes: int, retries: int, backoff: float) -> _Response:
    """GET with bounded retries and exponential backoff for what may pass: timeouts, network errors, 429, 5xx."""
    import httpx

    for attempt in range(retries + 1):
        last = attempt == retries
        try:
            response = _get(client, url, headers, max_bytes)
        except httpx.ConnectTimeout:
            if last:
                raise _Problem("unknown", f"{_NO_CONNECTION} (connect timeout)")
        except httpx.TimeoutException:
            if last:
                raise _Problem("unknown", "timeout")
        except httpx.ConnectError as exc:
            if last:
                raise _Problem("unknown", f"{_NO_CONNECTION} ({_why_no_connection(exc)})")
        except httpx.TransportError as exc:
            if last:
                raise _Problem("unknown", f"network error ({type(exc).__name__})")
        except httpx.HTTPError as exc:  # malformed URL, too many redirects: retrying will not help
            raise _Problem("failed", f"bad request ({type(exc).__name__}: {exc})")
        else:
            code = response.status
            if code in (200, 304):
                return response
            if code != 429 and code < 500 or last:
                if code in _UNKNOWN_STATUS:
                    raise _Problem("unknown", _UNKNOWN_STATUS[code])
                raise _Problem("failed", f"http {code}")
        time.sleep(min(backoff * 2 ** attempt, MAX_WAIT))
    raise AssertionError("unreachable")


def _why_no_connection(exc: Exception) -> str:
    text = str(exc).lower()
    for needle, why in (("name", "DNS lookup failed"), ("resolution", "DNS lookup failed"),
                        ("unreachable", "network unreachable"), ("refused", "connection refused"),
                        ("no route", "no route to host")):
        if needle in text:
            return why
    return type(exc).__name__


def fetch_one(client, law_id: str, url: str, folder: Path, max_bytes: int = MAX_BYTES, retries: int = RETRIES,
              backoff: float = BACKOFF) -> FetchResult:
    """Download, extract and cache one official text. Never raises for the record's own problems."""
    from ingest.extract import extract

    started = time.perf_counter()
    meta_path = folder / f"{cache_stem(law_id, url)}.json"
    previous = _read_meta(meta_path)
    headers = {}
    if previous.get("etag"):
        headers["If-None-Match"] = previous["etag"]
    if previous.get("last_modified"):
        headers["If-Modified-Since"] = previous["last_modified"]
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    try:
        response = _download(client, url, headers, max_bytes, retries, backoff)
        if response.status == 304:
            outcome, text = "unchanged", None
        else:
            try:
                text = extract(response.body, url, response.content_type)
            except IngestError as exc:
                raise _Problem("failed", str(exc).removeprefix(f"{url}: "))
            digest = hashlib.sha256(text.encode()).hexdigest()
            outcome = "ok" if not previous else ("unchanged" if previous.get("sha256") == digest else "changed")
    except _Problem as problem:
        if previous:  # keep the last good text; only note what happened
            _write_atomic(meta_path, json.dumps({**previous, "status": problem.outcome + ":" + problem.reason,
                                                 "checked_at": now}, indent=1))
        return FetchResult(law_id, url, problem.outcome, problem.reason, seconds=time.perf_counter() - started)
    if text is None:
        meta = {**previous, "status": outcome, "checked_at": now}
        chars = len(meta_path.with_suffix(".txt").read_text(encoding="utf-8"))
    else:
        meta = {"law_id": law_id, "url": url, "source": "official", "etag": response.etag,
                "last_modified": response.last_modified, "sha256": digest, "content_type": response.content_type,
                "fetched_at": now, "checked_at": now, "status": outcome}
        chars = len(text)
        if outcome != "unchanged":
            _write_atomic(meta_path.with_suffix(".txt"), text)
    _write_atomic(meta_path, json.dumps(meta, indent=1))
    return FetchResult(law_id, url, outcome, chars=chars, seconds=time.perf_counter() - started)


def prune(folder: Path, wanted: set[str]) -> int:
    """Remove cached texts of records or sources no longer in the corpus (the corpus itself is never touched)."""
    removed = 0
    for path in folder.glob("*.json"):
        if path.stem not in wanted:
            path.unlink(missing_ok=True)
            path.with_suffix(".txt").unlink(missing_ok=True)
            removed += 1
    return removed


def fetch_all(corpus_dir: Optional[Path] = None, config: Optional[Settings] = None, progress: bool = True, *,
              timeout: float = TIMEOUT, retries: int = RETRIES, backoff: float = BACKOFF,
              max_bytes: int = MAX_BYTES, workers: int = WORKERS) -> list[FetchResult]:
    """Fetch every official source of every law into the cache; one result per (law, url), in corpus order.
    Raises CorpusError for a broken corpus (nothing is fetched) and NetworkDown when no source can be reached;
    per-record problems are results, not errors."""
    import httpx
    from tqdm import tqdm

    config = config or current_settings()
    corpus = load_strict(Path(corpus_dir or config.corpus))
    folder = cache_dir(config)
    folder.mkdir(parents=True, exist_ok=True)
    records = official_sources(corpus)
    prune(folder, {cache_stem(law_id, url) for law_id, url in records})
    limits = httpx.Timeout(timeout, connect=min(timeout, 10.0))
    pool = httpx.Limits(max_connections=workers, max_keepalive_connections=workers)
    hosts: dict[str, threading.Semaphore] = {}
    for _, url in records:
        hosts.setdefault(_host(url), threading.Semaphore(PER_HOST))
    down = threading.Event()
    results: dict[int, FetchResult] = {}

    def one(index: int, law_id: str, url: str) -> Optional[FetchResult]:
        with hosts[_host(url)]:
            if down.is_set():
                return None
            return fetch_one(client, law_id, url, folder, max_bytes, retries, backoff)

    with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=limits, follow_redirects=True, max_redirects=5,
                      limits=pool) as client, \
            tqdm(total=len(records), desc="fetching", unit="page", disable=not progress, file=sys.stderr) as bar, \
            ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="fetch") as executor:
        futures = {executor.submit(one, i, law_id, url): i for i, (law_id, url) in _interleaved(records)}
        failed_hosts: set[str] = set()
        answered = False
        for future in as_completed(futures):
            bar.update(1)
            result = None if future.cancelled() else future.result()
            if result is None:
                continue
            results[futures[future]] = result
            if not result.reason.startswith(_NO_CONNECTION):
                answered = True
            elif not answered and not down.is_set():
                failed_hosts.add(_host(result.url))
                if len(results) >= NETWORK_PROBE and len(failed_hosts) >= 2:
                    down.set()
                    for pending in futures:
                        pending.cancel()
        if down.is_set():
            example = next(r for r in results.values() if r.reason.startswith(_NO_CONNECTION))
            raise NetworkDown(f"no network: the first {len(results)} sources, on {len(failed_hosts)} hosts, could "
                              f"not be reached ({example.reason.removeprefix(_NO_CONNECTION).strip(' ()')}); "
                              f"fetch stopped, and the cached official texts keep serving")
    return [results[i] for i in sorted(results)]


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _interleaved(records: list[tuple[str, str]]) -> list[tuple[int, tuple[str, str]]]:
    """Corpus order, regrouped round-robin by host, so the workers spread over hosts instead of queueing on one."""
    by_host: dict[str, list[tuple[int, tuple[str, str]]]] = {}
    for i, record in enumerate(records):
        by_host.setdefault(_host(record[1]), []).append((i, record))
    queues = list(by_host.values())
    out = []
    for depth in range(max((len(q) for q in queues), default=0)):
        out.extend(q[depth] for q in queues if depth < len(q))
    return out


def render(results: list[FetchResult]) -> str:
    """The summary table printed after `python -m ingest fetch`: one row per record, then counts by outcome."""
    if not results:
        return "no official sources to fetch"
    width = max(len(r.law_id) for r in results)
    status = min(60, max(len(r.status) for r in results))
    rows = [f"{'law':<{width}}  {'status':<{status}}  {'chars':>8}  url"]
    for r in results:
        shown = r.status if len(r.status) <= status else r.status[:status - 1] + "…"
        rows.append(f"{r.law_id:<{width}}  {shown:<{status}}  {r.chars:>8}  {r.url}")
    counts: dict[str, int] = {}
    for r in results:
        counts[r.outcome] = counts.get(r.outcome, 0) + 1
    rows.append(", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())))
    return "\n".join(rows)
