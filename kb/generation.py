"""What an index generation is, in data: chunks, the generation record the pointer holds, how places are grouped into
Chroma collections, how a build writes one and switches to it, and the files of an embedded index. No chromadb
import: the Builder works through the Store's client, and kb/store.py (which mixes it in) converts errors.

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
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, NamedTuple, Optional

from kb import lexical
from kb.errors import StoreError

FORMAT = "2"
PAGE = 1000  # rows per read: far below SQLite's 32,766-variable limit
_switches: dict[tuple, int] = {}  # in-process switch counter per index, so a build here is seen at once
BIN = 2000  # chunks per collection for small places: a filtered search of 2,000 chunks costs ~3 ms


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


def same_bin(gen: Generation, codes: tuple[str, ...]) -> bool:
    """Whether `codes` are exactly the places of one collection of `gen`."""
    names = {gen.places[c][0] for c in codes if c in gen.places}
    if len(names) != 1 or any(c not in gen.places for c in codes):
        return False
    return {c for c, (name, _) in gen.places.items() if name in names} == set(codes)


def damaged(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(s in text for s in ("malformed", "not a database", "file is encrypted", "disk i/o error",
                                   "failed to pull logs", "corrupt"))


class Builder:
    """Writing generations: mixed into kb.store.Store, which provides the client, the pointer and the reads."""

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
                    if old is not None and old.model == model and same_bin(old, codes) and \
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
        return [] if self.config.chroma_host else remove_orphan_segments(self.config.index_dir)




def sqlite_problem(path: Path) -> Optional[str]:
    """SQLite's own verdict on an index file (`PRAGMA quick_check`), or None if it looks sound or is absent."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            result = db.execute("PRAGMA quick_check").fetchone()[0]
        return None if result == "ok" else result
    except sqlite3.Error as exc:
        return str(exc)


def remove_orphan_segments(index_dir: Path) -> list[str]:
    """Chroma 1.5.9 keeps a deleted collection's vector folder on disk; delete the ones no segment names."""
    try:
        with sqlite3.connect(f"file:{index_dir / 'chroma.sqlite3'}?mode=ro", uri=True, timeout=5) as db:
            live = {r[0] for r in db.execute("SELECT id FROM segments")}
    except sqlite3.Error:
        return []
    removed = []
    for d in index_dir.iterdir():
        if d.is_dir() and re.fullmatch(r"[0-9a-f\-]{36}", d.name) and d.name not in live:
            shutil.rmtree(d, ignore_errors=True)
            removed.append(d.name)
    return removed


@contextmanager
def file_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
