"""`python -m kb serve`: Recourse as a JSON API over HTTP, for helplines', NGOs' and researchers' own tools.

Policy, and why:
- Same answers as the CLI. `POST /ask` returns exactly the object `python -m kb ask --json` prints; the other
  endpoints return the CLI's `--json` shapes (plan, draft, laws, tracker, compare).
- Nothing a user types is kept. A conversation is carried by the client: each answer has a `frame`, which the
  client sends back with the next question. The server holds no session, so no conversation id is needed. Request
  bodies are never logged (uvicorn's access log is off; our own log lines name the endpoint and the error's type,
  never a message that might quote the question).
- The CLI's error contract: QueryError and CorpusError are the caller's to fix (400, with the message); a store
  that cannot answer is 503 with its message; anything else is 500 with a generic message, never a traceback.
- Bounded: request bodies up to 16 KB (413 beyond), and a per-client token bucket in memory (429 with
  Retry-After). Localhost by default; to expose it, put a TLS proxy in front.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
import time
from typing import Optional

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

import kb
from kb.errors import CorpusError, QueryError, RecourseError, StoreError

log = logging.getLogger("kb.serve")
MAX_BODY = 16 * 1024
_EXEMPT = ("/health",)
WARM_UP = "Is it a crime in Texas to share a sexual deepfake?"  # a fixed question, asked once at start
INTERNAL = "internal error; the request was not answered (nothing of it was kept)"

DESCRIPTION = """Law and next steps for sexual deepfakes and non-consensual intimate imagery, from Recourse's
curated, dated corpus. General information, not legal advice.

**Conversations without server state.** Every `/ask` answer carries a `frame` (what Recourse understood: place,
age, image kind, platform). To continue a conversation, send that `frame` back with the next question. The server
stores nothing between requests, so no conversation id is needed (or offered).

**Errors.** 400: the request cannot be answered as asked (the message says how to fix it); 413: body over 16 KB;
422: the body does not match the schema; 429: too many requests from this client (see Retry-After); 503: the
index is unavailable; 500: an internal error (generic message).

Licences: code Apache-2.0; corpus data CC BY 4.0 (bulk download: `python -m kb export`)."""


class Ask(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str = Field(description="the question, in the person's own words")
    jurisdiction: Optional[str] = Field(None, description="override the place: a code or name (US-TX, Texas, GB)")
    frame: Optional[dict] = Field(None, description="the previous answer's `frame`, sent back to continue a "
                                                     "conversation (the server keeps no session)")


class DraftRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: str = Field(description="take-it-down | platform-report | search-delisting | gdpr-erasure | dmca | "
                                  "police-summary")
    situation: kb.Situation
    fields: dict[str, str] = Field(default_factory=dict, description="name, contact, urls, description, ...")
    platform: Optional[str] = Field(None, description="platform id or name the request is addressed to")


class Limiter:
    """A token bucket per client address, in memory: `rate` requests a second, bursts up to `burst`."""

    def __init__(self, rate: float, burst: int, max_clients: int = 10_000):
        self.rate, self.burst, self.max_clients = rate, burst, max_clients
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when the request may go ahead, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if len(self._buckets) >= self.max_clients and client not in self._buckets:
                full = [c for c, (t, l) in self._buckets.items() if t + (now - l) * self.rate >= self.burst]
                for c in full or list(self._buckets)[: self.max_clients // 10]:
                    del self._buckets[c]
            if tokens < 1:
                self._buckets[client] = (tokens, now)
                return (1 - tokens) / self.rate if self.rate > 0 else 60.0
            self._buckets[client] = (tokens - 1, now)
            return 0.0


class Limits:
    """ASGI middleware: the rate limit, then the body bound (read whole, up to MAX_BODY, and replayed)."""

    def __init__(self, app, limiter: Limiter, max_body: int = MAX_BODY):
        self.app, self.limiter, self.max_body = app, limiter, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["path"] not in _EXEMPT:
            wait = self.limiter.take((scope.get("client") or ("unknown",))[0])
            if wait:
                return await _reply(send, 429, "too many requests from this client; try again later",
                                    [(b"retry-after", str(max(1, round(wait))).encode())])
        length = dict(scope["headers"]).get(b"content-length")
        if length and (not length.isdigit() or int(length) > self.max_body):
            return await _reply(send, 413, f"request body over {self.max_body // 1024} KB")
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_body:
                return await _reply(send, 413, f"request body over {self.max_body // 1024} KB")
        replayed, started = False, False

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def watch(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            return await self.app(scope, replay, watch)
        except Exception as exc:  # noqa: BLE001 - the edge: a generic message, the type in the log, no traceback
            log.error("%s %s: internal error (%s)", scope.get("method"), scope["path"], type(exc).__name__)
            if not started:
                await _reply(send, 500, INTERNAL)


async def _reply(send, status: int, message: str, headers=()) -> None:
    data = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                            *headers]})
    await send({"type": "http.response.body", "body": data})


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def create_app(base: Optional[kb.KnowledgeBase] = None, rate: float = 2.0, burst: int = 20,
               max_body: int = MAX_BODY) -> FastAPI:
    """The API over one KnowledgeBase (the process default when none is given)."""
    base = base or kb.default()
    app = FastAPI(title="Recourse API", version="1", description=DESCRIPTION,
                  license_info={"name": "Apache-2.0 (code); corpus data CC BY 4.0",
                                "url": "https://www.apache.org/licenses/LICENSE-2.0"})

    @app.exception_handler(QueryError)
    @app.exception_handler(CorpusError)
    async def user_error(request: Request, exc: RecourseError):
        return _error(400, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        log.warning("%s %s: store unavailable", request.method, request.url.path)
        return _error(503, f"the index is unavailable: {exc}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(exc.status_code, str(exc.detail))  # 404, 405: the same {"error": ...} shape as the rest

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
        return _error(422, f"invalid request: {problems}")  # never echoes the input back

    @app.get("/health", summary="Is the service up, and which corpus does it serve?")
    def health() -> dict:
        catalog = base.catalog
        verified = [law.verified for law in catalog.laws]
        return {"status": "ok", "index_built": base.store.is_built(), "laws": len(catalog.laws),
                "corpus_date": max(verified).isoformat() if verified else None}

    @app.post("/ask", summary="Answer a question with citations (the object of `python -m kb ask --json`)")
    def ask(body: Ask) -> dict:
        return base.ask(body.question, body.jurisdiction, context=body.frame).to_json()

    @app.post("/plan", summary="An ordered, cited action plan for a situation")
    def plan(situation: kb.Situation) -> dict:
        return base.plan(situation).model_dump(mode="json")

    @app.post("/draft", summary="A filled removal request or report; `missing` lists the parts still empty")
    def draft(body: DraftRequest) -> dict:
        d = base.draft_request(body.kind, body.situation, body.fields, body.platform)
        return {**d.model_dump(mode="json"), "missing": d.missing}

    @app.get("/laws", summary="Law records, optionally of one jurisdiction (code or name)")
    def laws(jurisdiction: Optional[str] = None) -> list[dict]:
        return [law.model_dump(mode="json") for law in base.laws(jurisdiction)]

    @app.get("/laws/{law_id}", summary="One law record by id")
    def law(law_id: str) -> dict:
        found = base.law(law_id)
        if found is None:
            return _error(404, f'unknown law id "{law_id}"; GET /laws lists them')
        return found.model_dump(mode="json")

    @app.get("/compare", summary="Jurisdictions side by side (2 to 6 codes or names)")
    def compare(codes: list[str] = Query(description="repeat: ?codes=US-TX&codes=GB")) -> dict:
        return base.compare(codes).model_dump(mode="json")

    @app.get("/tracker", summary="Count and list places or laws matching filters (as `python -m kb tracker`)")
    def tracker(question: Optional[str] = None,
                scope: Optional[str] = Query(None, description="states | countries | subdivisions | all"),
                within: Optional[str] = None, jurisdiction: list[str] = Query([]),
                status: list[str] = Query([]), topic: list[str] = Query([]),
                covers: list[str] = Query([], description="authentic, synthetic, adults, minors, threats, creation, "
                                                          "possession; FIELD=no for the opposite"),
                remedy: list[str] = Query([], description="criminal, civil, injunction, takedown; FIELD=no"),
                date_field: Optional[str] = None, date_from: Optional[str] = None, date_to: Optional[str] = None,
                want: Optional[str] = None, by: Optional[str] = None, since: bool = False) -> dict:
        args = argparse.Namespace(question=question, scope=scope, within=within, jurisdiction=jurisdiction,
                                  status=status, topic=topic, covers=covers, remedy=remedy, date_field=date_field,
                                  date_from=date_from, date_to=date_to, want=want, by=by, since=since)
        from kb.cli_tracker import tracker_query  # the CLI's own flag rules, so both read filters alike

        for name, choices in (("scope", ("states", "countries", "subdivisions", "all")), ("want", ("yes", "no", "all")),
                              ("by", ("place", "law")), ("date_field", ("enacted", "effective", "synthetic_since"))):
            if getattr(args, name) is not None and getattr(args, name) not in choices:
                raise QueryError(f"unknown {name} {getattr(args, name)!r}; use one of: {', '.join(choices)}")
        return base.tracker(tracker_query(args, base)).model_dump(mode="json")

    app.add_middleware(Limits, limiter=Limiter(rate, burst), max_body=max_body)
    return app


def run(base: kb.KnowledgeBase, host: str = "127.0.0.1", port: int = 8080, rate: float = 2.0,
        burst: int = 20) -> int:
    import uvicorn

    app = create_app(base, rate, burst)
    started = time.perf_counter()
    base.ask(WARM_UP)  # load the model, the index and the catalog now, so the first person does not wait for them
    print(f"loaded in {time.perf_counter() - started:.1f} s", flush=True)
    print(f"Recourse API on http://{host}:{port} (OpenAPI: /docs, /openapi.json); Ctrl+C stops it", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, access_log=False, log_level="info",
                                           server_header=False))
    server.run()
    if not server.started:
        print(f"error: could not listen on {host}:{port} (in use? try --port)", file=sys.stderr)
        return 1
    return 0
