"""The vector store. The only module that imports chromadb; everything it returns is a domain object.

Atomic switching: each build writes a new *generation* collection (`<name>-g<N>`) and, only when it is complete,
points the small `<name>-pointer` collection's metadata at it. Readers follow the pointer, so a failed or running
ingest never shows a half-built index, and the previous generation keeps serving until the switch.

Embedded (`PersistentClient` under RECOURSE_HOME) by default; a Chroma server when RECOURSE_CHROMA_HOST is set.
Telemetry is off in both. Chroma's own embedding function is never used (it would download a model).
The `chroma run` server of chromadb 1.5.9 does not check tokens; RECOURSE_CHROMA_TOKEN is sent as a bearer token
for a proxy in front of it, and the server itself must listen only on localhost or a private network (README).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterable, Optional

from kb.config import Settings, quiet_libraries, settings as current_settings
from kb.errors import StoreError
from kb.results import Passage

quiet_libraries()
import chromadb  # noqa: E402  (after telemetry is switched off)
from chromadb.config import Settings as ChromaSettings  # noqa: E402

_BATCH = 2000


@dataclass(frozen=True)
class Chunk:
    """A piece of text ready for the store: deterministic id (law id + content hash) and flat metadata."""

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
        return {"law_id": self.law_id, "jurisdiction": self.jurisdiction, "citation": self.citation,
                "status": self.status, "source": self.source, "url": self.url, "section": self.section}


def _passage(chunk_id: str, text: str, meta: dict, score: float = 0.0) -> Passage:
    return Passage(chunk_id=chunk_id, law_id=meta.get("law_id", ""), jurisdiction=meta.get("jurisdiction", ""),
                   text=text, source=meta.get("source", "catalog"), url=meta.get("url") or None, score=score)


class Store:
    def __init__(self, config: Optional[Settings] = None):
        self.config = config or current_settings()
        self.name = self.config.collection
        if len(self.name) < 3:
            raise StoreError("RECOURSE_COLLECTION must be at least 3 characters (a Chroma rule)")
        self._lock = threading.Lock()
        self.client = self._connect()

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
        except Exception as exc:  # chromadb raises many types; callers get one
            where = f"server {self.config.chroma_host}:{self.config.chroma_port}" if self.config.chroma_host \
                else f"folder {self.config.index_dir}"
            raise StoreError(f"cannot open the Chroma index at {where}: {exc}. Check RECOURSE_CHROMA_HOST/"
                             f"RECOURSE_HOME, or run `python -m ingest` to build it") from exc

    # --- generations ------------------------------------------------------------------------------------------

    def _pointer(self):
        return self.client.get_or_create_collection(f"{self.name}-pointer", embedding_function=None)

    def active_name(self) -> Optional[str]:
        try:
            meta = self._pointer().metadata or {}
        except Exception as exc:
            raise StoreError(f"cannot read the index pointer: {exc}") from exc
        return meta.get("active")

    def _collection(self, name: str):
        return self.client.get_or_create_collection(name, embedding_function=None,
                                                    metadata={"hnsw:space": "cosine"})

    def active(self):
        name = self.active_name()
        if not name:
            return None
        try:
            return self.client.get_collection(name, embedding_function=None)
        except Exception as exc:
            raise StoreError(f"the index points at '{name}', which is missing: rebuild with `python -m ingest`") \
                from exc

    def is_built(self) -> bool:
        return self.active() is not None

    def ids(self) -> set[str]:
        col = self.active()
        return set(col.get(include=[])["ids"]) if col is not None else set()

    def count(self) -> int:
        col = self.active()
        return col.count() if col is not None else 0

    def snapshot_digest(self) -> Optional[str]:
        return (self._pointer().metadata or {}).get("snapshot")

    def snapshot(self) -> dict[str, str]:
        """The records (JSON by key) the active generation was built from; empty if none is built."""
        name = self.active_name()
        if not name:
            return {}
        try:
            got = self.client.get_collection(f"{name}-records", embedding_function=None).get(include=["documents"])
        except Exception as exc:
            raise StoreError(f"the index's record snapshot is missing: rebuild with `python -m ingest` ({exc})") \
                from exc
        return dict(zip(got["ids"], got["documents"]))

    def build(self, new: list[tuple[Chunk, list[float]]], keep: Iterable[str], snapshot: dict[str, str],
              digest: str) -> str:
        """Write a new generation from `keep` (ids copied from the active one, no re-embedding) plus `new`,
        with the record snapshot it was built from, then switch to it. Raises StoreError and leaves the active
        generation serving if anything fails."""
        old = self.active()
        generation = self._next_generation()
        try:
            records = self.client.get_or_create_collection(f"{generation}-records", embedding_function=None)
            keys = sorted(snapshot)
            for i in range(0, len(keys), _BATCH):
                part = keys[i:i + _BATCH]
                records.add(ids=part, documents=[snapshot[k] for k in part], embeddings=[[0.0]] * len(part))
            target = self._collection(generation)
            keep = list(keep)
            if keep and old is not None:
                for i in range(0, len(keep), _BATCH):
                    got = old.get(ids=keep[i:i + _BATCH], include=["embeddings", "documents", "metadatas"])
                    if got["ids"]:
                        target.add(ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"],
                                   metadatas=got["metadatas"])
            for i in range(0, len(new), _BATCH):
                batch = new[i:i + _BATCH]
                target.add(ids=[c.id for c, _ in batch], embeddings=[v for _, v in batch],
                           documents=[c.text for c, _ in batch], metadatas=[c.metadata() for c, _ in batch])
            expected = len(set(keep)) + len(new)
            if target.count() != expected:
                raise StoreError(f"new index has {target.count()} chunks, expected {expected}")
            self._pointer().modify(metadata={"active": generation, "snapshot": digest})
        except Exception as exc:
            self._drop(generation)
            self._drop(f"{generation}-records")
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"building the new index failed ({exc}); the previous index keeps serving") from exc
        self._collect_garbage(keep_names={generation})
        return generation

    def _next_generation(self) -> str:
        numbers = [int(n.rsplit("-g", 1)[1]) for n in self._generation_names() if n.rsplit("-g", 1)[1].isdigit()]
        return f"{self.name}-g{max(numbers, default=0) + 1}"

    def _generation_names(self) -> list[str]:
        names = [c if isinstance(c, str) else c.name for c in self.client.list_collections()]
        return [n for n in names if n.startswith(f"{self.name}-g") and not n.endswith("-records")]

    def _drop(self, name: str) -> None:
        try:
            self.client.delete_collection(name)
        except Exception:
            pass  # best effort: an orphan generation is removed by the next successful build

    def _collect_garbage(self, keep_names: set[str]) -> None:
        for name in self._generation_names():
            if name not in keep_names:
                self._drop(name)
                self._drop(f"{name}-records")

    # --- reading ----------------------------------------------------------------------------------------------

    def query(self, embedding: list[float], codes: Optional[list[str]] = None, k: int = 10) -> list[Passage]:
        col = self.active()
        if col is None:
            raise StoreError("the index is empty: run `python -m ingest` first")
        where = None
        if codes:
            where = {"jurisdiction": codes[0]} if len(codes) == 1 else {"jurisdiction": {"$in": list(codes)}}
        try:
            res = col.query(query_embeddings=[embedding], n_results=max(1, k), where=where,
                            include=["documents", "metadatas", "distances"])
        except Exception as exc:
            raise StoreError(f"the index could not be searched: {exc}") from exc
        return [_passage(i, d, m or {}, 1.0 - float(dist))
                for i, d, m, dist in zip(res["ids"][0], res["documents"][0], res["metadatas"][0],
                                         res["distances"][0])]

    def passages(self) -> list[Passage]:
        """Every chunk of the active generation (for the lexical index and for checks)."""
        col = self.active()
        if col is None:
            return []
        got = col.get(include=["documents", "metadatas"])
        return [_passage(i, d, m or {}) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]
