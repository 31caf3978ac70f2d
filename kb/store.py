"""The vector store. The only module that imports chromadb; everything it returns is a domain object.

Layout. An index *generation* is: Chroma collections holding the chunks by place (vectors, text and a few
metadata keys), a record snapshot (`<name>-g<N>-records`) and a lexical index file (kb/lexical.py). The small
`<name>-pointer` collection's metadata names the active generation, which collection holds each place, the model
it was embedded with, the digest of its snapshot, and the previous generation. Why collections by place: every
question is searched inside its places only, and a Chroma `where` filter scans the collection's metadata (about
2 µs a chunk: 22 ms at 20k chunks, growing with the index), while an unfiltered search stays in the low
milliseconds. So a place with BIN chunks or more has a collection of its own, searched without a filter, and small
places share collections of at most BIN chunks, searched with a filter that scans only those (today's whole corpus
is one collection: one query). Each collection costs ~2.5 MB of memory once opened, which is why small places are
not given one each. A build copies only the collections whose places changed; the others are shared with the
previous generation.

Switching. A build writes everything aside, then changes the pointer in one metadata write. The previous
generation is kept until the next build, so a reader that still holds it keeps working; a reader that misses a
collection re-reads the pointer and tries again. Readers re-read the pointer when this process switched it, when
the marker file next to an embedded index changed (another process switched it), and otherwise every
POINTER_TTL seconds (a Chroma server shared by several machines).

Reads are paged or filtered: nothing loads a whole collection (SQLite's variable limit made that fail at 32,767
chunks). Every Chroma failure becomes a StoreError that says what to do; a damaged `chroma.sqlite3` is named as
such, with the command that rebuilds it (`python -m ingest --rebuild`).

Embedded (`PersistentClient` under RECOURSE_HOME) by default; a Chroma server when RECOURSE_CHROMA_HOST is set.
Telemetry is off in both. Chroma's own embedding function is never used (it would download a model).
The `chroma run` server of chromadb 1.5.9 does not check tokens; RECOURSE_CHROMA_TOKEN is sent as a bearer token
for a proxy in front of it, and the server itself must listen only on localhost or a private network (README).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional

from kb import lexical
from kb.config import Settings, quiet_libraries, settings as current_settings
from kb.errors import StoreError
from kb.results import Passage

quiet_libraries()
import chromadb  # noqa: E402  (after telemetry is switched off)
from chromadb.config import Settings as ChromaSettings  # noqa: E402

FORMAT = "2"
PAGE = 1000  # rows per read: far below SQLite's 32,766-variable limit
BIN = 2000  # chunks per collection for small places: a filtered search of 2,000 chunks costs ~3 ms
POINTER_TTL = 1.0  # seconds a reader trusts the pointer it read (server mode; embedded mode watches a file)
_switches: dict[tuple, int] = {}  # in-process switch counter per index, so a build here is seen at once


class Chunk(NamedTuple):
    """A piece of text ready for the store: deterministic id (law id + content hash) and flat metadata.
    A named tuple, not a frozen dataclass: 100k of them are made on every ingest, at a third of the cost."""

    id: str
    text: str
    law_id: str
    jurisdiction: str
    citation: str
    status: str
    source: str  # "catalog" | "official" | "document"
    url: str = ""
    section: str = ""

    def metadata(self) -> dict:
        """What a Passage needs, nothing more: citation and status live in the record snapshot, once per law."""
        return {"law_id": self.law_id, "jurisdiction": self.jurisdiction, "source": self.source, "url": self.url}


def _passage(chunk_id: str, text: str, meta: dict, score: float = 0.0) -> Passage:
    return Passage(chunk_id=chunk_id, law_id=meta.get("law_id", ""), jurisdiction=meta.get("jurisdiction", ""),
                   text=text, source=meta.get("source", "catalog"), url=meta.get("url") or None, score=score)


def digest_of(snapshot: dict[str, str]) -> str:
    """The digest the pointer records for a record snapshot (and the check that a snapshot is the one built)."""
    return hashlib.sha256(json.dumps(snapshot, sort_keys=True).encode()).hexdigest()


@dataclass
class Generation:
    """What the pointer says about one generation, plus handles opened lazily in this process."""

    name: str
    build: str
    places: dict[str, list]  # code -> [collection name, chunk count]
    records: str
    model: str
    digest: str
    format: str
    collections: dict = field(default_factory=dict)
    lexical: Optional[lexical.LexicalIndex] = None

    @classmethod
    def from_meta(cls, meta: dict) -> Optional["Generation"]:
        if not meta.get("active"):
            return None
        try:
            places = json.loads(meta.get("places") or "{}")
        except ValueError:
            places = {}
        return cls(meta["active"], meta.get("build", ""), places, meta.get("records", f"{meta['active']}-records"),
                   meta.get("model", ""), meta.get("snapshot", ""), str(meta.get("format", "1")))

    def to_meta(self) -> dict:
        return {"active": self.name, "build": self.build, "places": json.dumps(self.places, sort_keys=True),
                "records": self.records, "model": self.model, "snapshot": self.digest, "format": self.format}

    @property
    def count(self) -> int:
        return sum(n for _, n in self.places.values())

    def names(self) -> set[str]:
        return {c for c, _ in self.places.values()} | {self.name, self.records}


def bins(counts: dict[str, int], size: int = None) -> list[tuple[str, ...]]:
    """Places grouped into collections: a place with BIN chunks or more alone, smaller ones packed together in code
    order up to BIN chunks. Deterministic, so an unchanged group is recognised and shared by the next build."""
    size = size or BIN
    out: list[list[str]] = [[code] for code in sorted(counts) if counts[code] >= size]
    small: list[list[str]] = []
    total = 0
    for code in sorted(c for c in counts if counts[c] < size):
        if not small or total + counts[code] > size:
            small.append([])
            total = 0
        small[-1].append(code)
        total += counts[code]
    return [tuple(b) for b in small + out]


def _same_bin(gen: Generation, codes: tuple[str, ...]) -> bool:
    """Whether `codes` are exactly the places of one collection of `gen`."""
    names = {gen.places[c][0] for c in codes if c in gen.places}
    if len(names) != 1 or any(c not in gen.places for c in codes):
        return False
    return {c for c, (name, _) in gen.places.items() if name in names} == set(codes)


def _damaged(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(s in text for s in ("malformed", "not a database", "file is encrypted", "disk i/o error",
                                   "failed to pull logs", "corrupt"))


class Store:
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
        if self.config.chroma_host:
            return None
        path = self.config.index_dir / "chroma.sqlite3"
        if not path.exists():
            return None
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
                result = db.execute("PRAGMA quick_check").fetchone()[0]
            return None if result == "ok" else result
        except sqlite3.Error as exc:
            return str(exc)

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

    # --- building -------------------------------------------------------------------------------------------

    def _names(self) -> list[str]:
        with self._guard("cannot list the index's collections"):
            return [c if isinstance(c, str) else c.name for c in self.client.list_collections()]

    def _generations(self, names: Iterable[str]) -> list[str]:
        pattern = re.compile(rf"^{re.escape(self.name)}-g(\d+)")
        return [n for n in names if pattern.match(n)]

    def _next_generation(self, names: list[str]) -> str:
        numbers = [int(re.match(rf"^{re.escape(self.name)}-g(\d+)", n).group(1)) for n in self._generations(names)]
        return f"{self.name}-g{max(numbers, default=0) + 1}"

    def _previous(self) -> Optional[Generation]:
        meta = {}
        with self._guard("cannot read the index pointer"):
            try:
                meta = self.client.get_collection(f"{self.name}-pointer", embedding_function=None).metadata or {}
            except Exception as exc:
                if type(exc).__name__ != "NotFoundError" and "does not exist" not in str(exc):
                    raise
        try:
            return Generation.from_meta(json.loads(meta.get("previous") or "{}"))
        except ValueError:
            return None

    def build(self, chunks: list[Chunk], new: list[Chunk], vectors, snapshot: dict[str, str], model: str) -> str:
        """Write a new generation holding `chunks`: those in `new` with their `vectors` (numpy rows, same order),
        the others copied from the active generation with their vectors (no re-embedding); places whose chunks
        did not change are shared with it. Then switch. Raises StoreError and leaves the active generation serving
        if anything fails; the generation before the active one is dropped (readers may still hold the active)."""
        old = self.current(refresh=True)
        if old is not None and old.format != FORMAT:
            old = None
        names = self._names()
        generation = self._next_generation(names)
        build = uuid.uuid4().hex[:12]
        vector_of = {c.id: i for i, c in enumerate(new)}
        by_place: dict[str, list[Chunk]] = {}
        for c in chunks:
            by_place.setdefault(c.jurisdiction, []).append(c)
        old_ids = self.ids_by_place() if old is not None else {}
        gen = Generation(generation, build, {}, f"{generation}-records", model, digest_of(snapshot), FORMAT)
        created = [gen.records]
        try:
            with self._guard("building the new index failed"):
                self._drop_if_exists(gen.records, names)
                records = self.client.create_collection(gen.records, embedding_function=None)
                keys = sorted(snapshot)
                for i in range(0, len(keys), PAGE):
                    part = keys[i:i + PAGE]
                    records.add(ids=part, documents=[snapshot[k] for k in part], embeddings=[[0.0]] * len(part))
                for codes in bins({code: len(v) for code, v in by_place.items()}):
                    wanted = [c for code in codes for c in by_place[code]]
                    if old is not None and old.model == model and _same_bin(old, codes) and \
                            all(old_ids.get(code) == {c.id for c in by_place[code]} for code in codes):
                        for code in codes:  # unchanged: shared with the active generation
                            gen.places[code] = list(old.places[code])
                        continue
                    name = f"{generation}-{codes[0].lower()}"
                    self._drop_if_exists(name, names)
                    target = self.client.create_collection(name, embedding_function=None,
                                                           metadata={"hnsw:space": "cosine"})
                    created.append(name)
                    for code in codes:
                        kept = [c.id for c in by_place[code] if c.id not in vector_of]
                        if kept and (old is None or code not in old.places):
                            raise StoreError(f"{len(kept)} chunks of {code} were to be kept but the active index "
                                             f"has no such place; run `python -m ingest --rebuild`")
                        for i in range(0, len(kept), PAGE):
                            got = self._open(old, old.places[code][0]).get(
                                ids=kept[i:i + PAGE], include=["embeddings", "documents", "metadatas"])
                            if got["ids"]:
                                target.add(ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"],
                                           metadatas=got["metadatas"])
                    fresh = [c for c in wanted if c.id in vector_of]
                    for i in range(0, len(fresh), PAGE):
                        part = fresh[i:i + PAGE]
                        target.add(ids=[c.id for c in part], embeddings=vectors[[vector_of[c.id] for c in part]],
                                   documents=[c.text for c in part], metadatas=[c.metadata() for c in part])
                    if target.count() != len(wanted):
                        raise StoreError(f"the new index has {target.count()} chunks for {', '.join(codes)}, "
                                         f"expected {len(wanted)}")
                    for code in codes:
                        gen.places[code] = [name, len(by_place[code])]
                previous_file = self._lexical_path(old) if old is not None else None
                keep = [c.id for c in chunks if c.id not in vector_of]
                rows = (lexical.row(c.id, c.law_id, c.jurisdiction, c.source, c.url, c.text) for c in new)
                if keep and (previous_file is None or not previous_file.exists()):  # tokenise them here instead
                    rows = (lexical.row(c.id, c.law_id, c.jurisdiction, c.source, c.url, c.text) for c in chunks)
                    keep = []
                count = lexical.build(self._lexical_path(gen), rows, {"generation": generation, "build": build},
                                      previous_file, keep)
                if count != len(chunks):
                    raise StoreError(f"the new lexical index has {count} chunks, expected {len(chunks)}")
                self._switch(gen, old)
        except BaseException as exc:
            for name in created:
                self._drop(name)
            self._lexical_path(gen).unlink(missing_ok=True)
            if isinstance(exc, StoreError):
                if "previous index keeps serving" not in str(exc):
                    raise StoreError(f"{exc}; the previous index keeps serving") from exc
                raise
            raise
        self.clean()
        return generation

    def _switch(self, gen: Generation, old: Optional[Generation]) -> None:
        meta = gen.to_meta()
        meta["previous"] = json.dumps(old.to_meta()) if old is not None else ""
        pointer = self.client.get_or_create_collection(f"{self.name}-pointer", embedding_function=None)
        pointer.modify(metadata=meta)
        marker = self._marker
        if marker is not None:
            partial = marker.with_name(marker.name + ".partial")
            partial.write_text(json.dumps({"active": gen.name, "build": gen.build}))
            os.replace(partial, marker)
        _switches[self._key] = _switches.get(self._key, 0) + 1
        self.current(refresh=True)

    def _drop_if_exists(self, name: str, names: list[str]) -> None:
        if name in names:
            self.client.delete_collection(name)

    def _drop(self, name: str) -> None:
        try:
            self.client.delete_collection(name)
        except Exception:
            pass  # best effort: a leftover is removed by the next ingest's clean()

    def clean(self) -> list[str]:
        """Remove what no reader can need: generations other than the active one and the one before it (left by
        crashed or superseded builds), their lexical files, half-written files, and the folders Chroma leaves
        behind for deleted collections. Returns what was removed. Runs under the ingest lock."""
        active = self.current(refresh=True)
        if active is None:
            return []
        keep = active.names()
        previous = self._previous()
        if previous is not None:
            keep |= previous.names()
        removed = []
        for name in self._generations(self._names()):
            if name not in keep:
                self._drop(name)
                removed.append(name)
        builds = {active.build} | ({previous.build} if previous else set())
        folder = self.config.home / "lexical"
        if folder.is_dir():
            for f in folder.iterdir():
                m = re.fullmatch(rf"{re.escape(self.name)}-g\d+-([0-9a-f]+)\.(sqlite3|sqlite3\.partial|lock)", f.name)
                if m and m.group(1) not in builds:
                    f.unlink(missing_ok=True)
                    removed.append(f.name)
        removed += self._remove_orphan_segments()
        return removed

    def _remove_orphan_segments(self) -> list[str]:
        """Chroma 1.5.9 keeps a deleted collection's vector folder on disk; delete the ones no segment names."""
        if self.config.chroma_host:
            return []
        path = self.config.index_dir / "chroma.sqlite3"
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
                live = {r[0] for r in db.execute("SELECT id FROM segments")}
        except sqlite3.Error:
            return []
        removed = []
        for d in self.config.index_dir.iterdir():
            if d.is_dir() and re.fullmatch(r"[0-9a-f\-]{36}", d.name) and d.name not in live:
                shutil.rmtree(d, ignore_errors=True)
                removed.append(d.name)
        return removed


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


@contextmanager
def _file_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
