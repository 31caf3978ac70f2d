"""The vector store. The only module that imports chromadb; everything it returns is a domain object.

Layout and switching: see kb/generation.py (what a generation is, why collections are grouped by place, how readers
follow a switch).

Reads are paged or filtered: nothing loads a whole collection (SQLite's variable limit made that fail at 32,767
chunks). Every Chroma failure becomes a StoreError that says what to do; a damaged `chroma.sqlite3` is named as
such, with the command that rebuilds it (`python -m ingest --rebuild`).

Embedded (`PersistentClient` under RECOURSE_HOME) by default; a Chroma server when RECOURSE_CHROMA_HOST is set.
Telemetry is off in both. Chroma's own embedding function is never used (it would download a model).
The `chroma run` server of chromadb 1.5.9 does not check tokens; RECOURSE_CHROMA_TOKEN is sent as a bearer token
for a proxy in front of it, and the server itself must listen only on localhost or a private network (README).
"""

from __future__ import annotations

import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from kb import lexical
from kb.generation import (FORMAT, PAGE, Builder, Chunk, Generation, _switches, damaged as _damaged,  # noqa: F401
                           digest_of, file_lock as _file_lock, sqlite_problem)  # (Chunk, digest_of: for ingest)
from kb.config import Settings, quiet_libraries, settings as current_settings
from kb.errors import StoreError
from kb.results import Passage

quiet_libraries()
import chromadb  # noqa: E402  (after telemetry is switched off)
from chromadb.config import Settings as ChromaSettings  # noqa: E402

POINTER_TTL = 1.0  # seconds a reader trusts the pointer it read (server mode; embedded mode watches a file)


def _passage(chunk_id: str, text: str, meta: dict, score: float = 0.0) -> Passage:
    return Passage(chunk_id=chunk_id, law_id=meta.get("law_id", ""), jurisdiction=meta.get("jurisdiction", ""),
                   text=text, source=meta.get("source", "catalog"), url=meta.get("url") or None, score=score)


class Store(Builder):
    def __init__(self, config: Optional[Settings] = None):
        self.config = config or current_settings()
        self.name = self.config.collection
        if len(self.name) < 3:
            raise StoreError("RECOURSE_COLLECTION must be at least 3 characters (a Chroma rule)")
        self._lock = threading.Lock()
        self._lexical_lock = threading.Lock()
        self._generation: Optional[Generation] = None
        self._checked = 0.0
        self._seen: tuple = ()
        self.client = self._connect()

    # --- connection and errors ----------------------------------------------------------------------------

    @property
    def where(self) -> str:
        return f"server {self.config.chroma_host}:{self.config.chroma_port}" if self.config.chroma_host \
            else f"folder {self.config.index_dir}"

    @property
    def _key(self) -> tuple:
        return (self.where, self.name)

    def _connect(self):
        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if self.config.chroma_host:
                if self.config.chroma_token:
                    chroma_settings = ChromaSettings(
                        anonymized_telemetry=False,
                        chroma_client_auth_provider="chromadb.auth.token_authn.TokenAuthClientProvider",
                        chroma_client_auth_credentials=self.config.chroma_token)
                client = chromadb.HttpClient(host=self.config.chroma_host, port=self.config.chroma_port,
                                             settings=chroma_settings)
                client.heartbeat()
                return client
            self.config.index_dir.mkdir(parents=True, exist_ok=True)
            return chromadb.PersistentClient(path=str(self.config.index_dir), settings=chroma_settings)
        except BaseException as exc:  # chromadb raises many types (and Rust panics, which are BaseException)
            if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
                raise
            raise self._error(f"cannot open the Chroma index at {self.where}", exc) from exc

    def damaged(self) -> Optional[str]:
        """Why the embedded index file is damaged (SQLite's own check), or None if it looks sound."""
        return None if self.config.chroma_host else sqlite_problem(self.config.index_dir / "chroma.sqlite3")

    def _error(self, what: str, exc: BaseException) -> StoreError:
        if isinstance(exc, StoreError):
            return exc
        why = self.damaged() if not self.config.chroma_host else None
        if why or _damaged(exc):
            return StoreError(
                f"{what}: the index at {self.where} is damaged ({why or exc}). Rebuild it with "
                f"`python -m ingest --rebuild`: it deletes the index and builds it again from the corpus; documents "
                f"and fetched texts are kept")
        if self.config.chroma_host:
            return StoreError(f"{what}: {exc}. Check that the Chroma server at {self.where} is running "
                              f"(RECOURSE_CHROMA_HOST/RECOURSE_CHROMA_PORT), then try again")
        return StoreError(f"{what}: {exc}. If this persists, rebuild with `python -m ingest --rebuild`")

    @contextmanager
    def _guard(self, what: str):
        try:
            yield
        except (KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except BaseException as exc:  # noqa: BLE001 (pyo3 panics derive from BaseException)
            raise self._error(what, exc) from exc

    # --- the pointer ----------------------------------------------------------------------------------------

    @property
    def _marker(self) -> Optional[Path]:
        return None if self.config.chroma_host else self.config.index_dir / f"{self.name}.pointer"

    def _marker_state(self) -> tuple:
        marker = self._marker
        try:
            st = marker.stat() if marker else None
        except OSError:
            st = None
        return (_switches.get(self._key, 0), (st.st_mtime_ns, st.st_ino, st.st_size) if st else None)

    def _read_pointer(self) -> Optional[Generation]:
        try:
            pointer = self.client.get_collection(f"{self.name}-pointer", embedding_function=None)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001
            if type(exc).__name__ == "NotFoundError" or "does not exist" in str(exc):
                return None
            raise self._error("cannot read the index pointer", exc) from exc
        return Generation.from_meta(pointer.metadata or {})

    def current(self, refresh: bool = False) -> Optional[Generation]:
        """The active generation, re-reading the pointer only when it may have changed."""
        state = self._marker_state()
        now = time.monotonic()
        with self._lock:
            fresh = state == self._seen and (state[1] is not None or now - self._checked < POINTER_TTL)
            if refresh or not fresh or self._generation is None:
                read = self._read_pointer()
                if read is None or self._generation is None or read.build != self._generation.build:
                    self._generation = read
                self._checked, self._seen = now, state
            return self._generation

    def active_name(self) -> Optional[str]:
        gen = self.current()
        return gen.name if gen else None

    def is_built(self) -> bool:
        gen = self.current()
        return gen is not None and gen.format == FORMAT

    def count(self) -> int:
        gen = self.current()
        return gen.count if gen else 0

    def model(self) -> Optional[str]:
        """The embedding model fingerprint the active generation was built with."""
        gen = self.current()
        return gen.model if gen else None

    def snapshot_digest(self) -> Optional[str]:
        gen = self.current()
        return gen.digest if gen else None

    def _open(self, gen: Generation, name: str):
        col = gen.collections.get(name)
        if col is None:
            col = self.client.get_collection(name, embedding_function=None)
            gen.collections[name] = col
        return col

    def _read(self, what: str, fn):
        """Run `fn(generation)`; on a missing collection (a build dropped it) re-read the pointer, try once more."""
        for attempt in (0, 1):
            gen = self.current(refresh=attempt == 1)
            if gen is None:
                raise StoreError("the index is empty: run `python -m ingest` first")
            if gen.format != FORMAT:
                raise StoreError("the index was built by an older version of Recourse: run `python -m ingest`")
            try:
                return fn(gen)
            except (KeyboardInterrupt, SystemExit):
                raise
            except StoreError:
                raise
            except BaseException as exc:  # noqa: BLE001
                missing = type(exc).__name__ == "NotFoundError" or "does not exist" in str(exc)
                if missing and attempt == 0:
                    continue
                raise self._error(what, exc) from exc

    # --- reading --------------------------------------------------------------------------------------------

    def query(self, embedding, codes: Optional[list[str]] = None, k: int = 10) -> list[Passage]:
        """Nearest chunks to `embedding` inside `codes` (every place when None): one search per place collection,
        merged by distance."""
        def run(gen: Generation) -> list[Passage]:
            wanted = [c for c in dict.fromkeys(codes if codes else list(gen.places)) if c in gen.places]
            by_collection: dict[str, list[str]] = {}
            for code in wanted:
                by_collection.setdefault(gen.places[code][0], []).append(code)
            hits = []
            for name, inside in by_collection.items():
                n = sum(gen.places[c][1] for c in inside)
                if n == 0:
                    continue
                shares = [c for c, (other, _) in gen.places.items() if other == name]
                where = None if len(inside) == len(shares) else \
                    {"jurisdiction": inside[0]} if len(inside) == 1 else {"jurisdiction": {"$in": inside}}
                res = self._open(gen, name).query(query_embeddings=[embedding], n_results=max(1, min(k, n)),
                                                  where=where, include=["documents", "metadatas", "distances"])
                hits += zip(res["distances"][0], res["ids"][0], res["documents"][0], res["metadatas"][0])
            hits.sort(key=lambda h: h[0])
            return [_passage(i, d, m or {}, 1.0 - float(dist)) for dist, i, d, m in hits[:max(1, k)]]

        return self._read("the index could not be searched", run)

    def lexical(self, question: str, codes: Optional[list[str]] = None, k: int = 10) -> list[Passage]:
        """Best lexical matches (FTS5 BM25) inside `codes`; see kb/lexical.py."""
        index = self._read("the lexical index could not be opened", self._lexical_index)
        return [Passage(chunk_id=c, law_id=l, jurisdiction=j, text=t, source=s, url=u or None, score=float(score))
                for c, l, j, s, u, t, score in index.search(question, codes, k)]

    def _lexical_path(self, gen: Generation) -> Path:
        return self.config.home / "lexical" / f"{gen.name}-{gen.build}.sqlite3"

    def _lexical_index(self, gen: Generation) -> lexical.LexicalIndex:
        if gen.lexical is not None:
            return gen.lexical
        with self._lexical_lock:
            if gen.lexical is None:
                path = self._lexical_path(gen)
                index = self._open_lexical(path, gen)
                if index is None:  # built elsewhere (another machine's ingest, a Chroma server): build it here
                    with _file_lock(path.with_suffix(".lock")):
                        index = self._open_lexical(path, gen)
                        if index is None:
                            rows = (lexical.row(p.chunk_id, p.law_id, p.jurisdiction, p.source, p.url or "", p.text)
                                    for p in self._passages_of(gen))
                            lexical.build(path, rows, {"generation": gen.name, "build": gen.build})
                            index = self._open_lexical(path, gen)
                    if index is None:
                        raise StoreError(f"the lexical index {path} does not match the store; run "
                                         f"`python -m ingest --rebuild`")
                gen.lexical = index
        return gen.lexical

    @staticmethod
    def _open_lexical(path: Path, gen: Generation) -> Optional[lexical.LexicalIndex]:
        if not path.exists():
            return None
        try:
            index = lexical.LexicalIndex(path)
        except StoreError:
            return None
        if index.count != gen.count or index.meta.get("build") != gen.build:
            index.close()
            return None
        return index

    def _pages(self, col, where: Optional[dict] = None, include=("documents", "metadatas")) -> Iterator[dict]:
        offset = 0
        while True:
            got = col.get(where=where, limit=PAGE, offset=offset, include=list(include))
            if not got["ids"]:
                return
            yield got
            if len(got["ids"]) < PAGE:
                return
            offset += PAGE

    def _passages_of(self, gen: Generation, where: Optional[dict] = None) -> Iterator[Passage]:
        for name in sorted({name for name, _ in gen.places.values()}):
            col = self._open(gen, name)
            for got in self._pages(col, where):
                yield from (_passage(i, d, m or {}) for i, d, m in
                            zip(got["ids"], got["documents"], got["metadatas"]))

    def passages(self, law_id: Optional[str] = None, source: Optional[str] = None) -> Iterator[Passage]:
        """The chunks of the active generation, read page by page (optionally one law's, or one source kind's)."""
        gen = self.current()
        if gen is None or gen.format != FORMAT:
            return iter(())
        filters = [{k: v} for k, v in (("law_id", law_id), ("source", source)) if v]
        where = None if not filters else filters[0] if len(filters) == 1 else {"$and": filters}

        def pages():
            with self._guard("the index could not be read"):
                yield from self._passages_of(gen, where)
        return pages()

    def ids_by_place(self) -> dict[str, set[str]]:
        """Chunk ids of the active generation per place: from the local lexical file of this very generation when
        there is one (no store round trips), else read page by page from the store."""
        def run(gen: Generation) -> dict[str, set[str]]:
            local = self._open_lexical(self._lexical_path(gen), gen)
            if local is not None:  # same generation, same count: its local copy of the ids is the fast path
                try:
                    return local.ids_by_place()
                finally:
                    local.close()
            out: dict[str, set[str]] = {code: set() for code in gen.places}
            groups: dict[str, list[str]] = {}
            for code, (name, _) in gen.places.items():
                groups.setdefault(name, []).append(code)
            for name, codes in groups.items():
                col = self._open(gen, name)
                if len(codes) == 1:  # a place of its own: ids only
                    out[codes[0]] = {i for got in self._pages(col, include=()) for i in got["ids"]}
                    continue
                for got in self._pages(col, include=("metadatas",)):
                    for i, m in zip(got["ids"], got["metadatas"]):
                        out.setdefault((m or {}).get("jurisdiction", ""), set()).add(i)
            return out

        gen = self.current()
        if gen is None or gen.format != FORMAT:
            return {}
        return self._read("the index could not be read", run)

    def ids(self) -> set[str]:
        """Every chunk id of the active generation (what ingest compares with the corpus)."""
        gen = self.current()
        if gen is None or gen.format != FORMAT:
            return set()
        local = self._open_lexical(self._lexical_path(gen), gen)
        if local is not None:
            try:
                return local.ids()
            finally:
                local.close()
        return set().union(*self.ids_by_place().values())

    def snapshot(self) -> dict[str, str]:
        """The records (JSON by key) the active generation was built from, checked against the digest the
        pointer recorded at the switch (so a leftover from a killed ingest can never be served)."""
        def run(gen: Generation) -> dict[str, str]:
            out: dict[str, str] = {}
            for got in self._pages(self._open(gen, gen.records), include=("documents",)):
                out.update(zip(got["ids"], got["documents"]))
            if digest_of(out) != gen.digest:
                raise StoreError("the index's record snapshot does not match the generation it belongs to; "
                                 "rebuild with `python -m ingest --rebuild`")
            return out

        if not self.is_built():
            return {}
        return self._read("the index's record snapshot could not be read", run)


def destroy(config: Optional[Settings] = None) -> str:
    """Delete the whole index (for `python -m ingest --rebuild`): the embedded folder, or every collection of
    this index on a Chroma server, plus the lexical files. Documents and fetched texts live elsewhere and stay.
    Works even when the index is too damaged to open."""
    config = config or current_settings()
    shutil.rmtree(config.home / "lexical", ignore_errors=True)
    if not config.chroma_host:
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()  # a client opened earlier in this process must not be reused
        if config.index_dir.exists():
            shutil.rmtree(config.index_dir)
        return f"deleted the index folder {config.index_dir}"
    store = Store(config)
    names = [n for n in store._names() if n == f"{store.name}-pointer" or store._generations([n])]
    for n in names:
        store._drop(n)
    return f"deleted {len(names)} collections of '{store.name}' on {store.where}"
