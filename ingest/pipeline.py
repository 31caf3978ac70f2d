"""load -> validate -> chunk -> embed -> store, incrementally and atomically.

- Validation first: a corpus with any problem raises CorpusError before the store is touched.
- Incremental: chunk ids carry content hashes, so only new or changed text is embedded; ids that disappeared are
  simply not carried into the next generation (that is how removed records leave the index).
- Atomic: the store writes a new generation and switches only when it is complete; nothing changes when the
  corpus is unchanged.
- One ingest at a time: an exclusive lock file under RECOURSE_HOME; a second ingest fails with a clear message.
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from kb.config import Settings, settings as current_settings
import hashlib
import json

from kb.corpus import Corpus, load_strict, to_snapshot
from kb.errors import IngestError
from kb.jurisdictions import Registry
from kb.store import Chunk, Store

from ingest.chunk import chunk_law, chunk_text


@dataclass(frozen=True)
class Report:
    records: int
    chunks: int
    embedded: int
    kept: int
    removed: int
    seconds: float
    generation: Optional[str]  # None when nothing changed

    def summary(self) -> str:
        state = f"switched to {self.generation}" if self.generation else "index unchanged"
        return (f"{self.records} records -> {self.chunks} chunks: {self.embedded} embedded, {self.kept} kept, "
                f"{self.removed} removed; {state} in {self.seconds:.1f} s")


@contextmanager
def ingest_lock(home: Path) -> Iterator[None]:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "ingest.lock"
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise IngestError(f"another ingest is running (lock {path}); wait for it to finish, then run again")
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def chunks_for(corpus: Corpus, texts: Optional[dict[str, list[tuple[str, str, str]]]] = None) -> list[Chunk]:
    """Every chunk the corpus yields: one catalog card per law plus official texts by section.

    `texts` maps law id -> [(text, url, source)] from fetched official texts and local documents."""
    registry = Registry(corpus.jurisdictions)
    chunks: list[Chunk] = []
    by_id = {law.id: law for law in corpus.laws}
    for law in corpus.laws:
        chunks.extend(chunk_law(law, registry.name(law.jurisdiction)))
    for law_id, items in (texts or {}).items():
        if law_id in by_id:
            for text, url, source in items:
                chunks.extend(chunk_text(by_id[law_id], text, url, source))
    unique = {c.id: c for c in chunks}
    return list(unique.values())


def official_and_document_texts(corpus_dir: Path, corpus: Corpus, config: Settings) -> dict:
    """Cached official texts (`ingest fetch`) plus local documents, as law id -> [(text, url, source)]."""
    from ingest.documents import document_texts
    from ingest.fetch import cached_texts

    texts = cached_texts(corpus, config)
    for law_id, items in document_texts(corpus_dir, corpus, config).items():
        texts.setdefault(law_id, []).extend(items)
    return texts


def _model_ready(config: Settings) -> bool:
    from kb.embed import model_path, onnx_file

    try:
        return onnx_file(model_path(config.model), config.home).exists()
    except Exception:
        return False


def _embed(chunks: list[Chunk], progress: bool, config: Settings) -> list[tuple[Chunk, list[float]]]:
    if not chunks:
        return []
    from kb.embed import embedder
    from tqdm import tqdm

    model = embedder(config.model, config.home)
    out: list[tuple[Chunk, list[float]]] = []
    batch = 16
    with tqdm(total=len(chunks), desc="embedding", unit="chunk", disable=not progress, file=sys.stderr) as bar:
        for i in range(0, len(chunks), batch):
            part = chunks[i:i + batch]
            out.extend(zip(part, model.embed([c.text for c in part])))
            bar.update(len(part))
    return out


def run(corpus_dir: Optional[Path] = None, config: Optional[Settings] = None, progress: bool = True,
        texts: Optional[dict] = None, store: Optional[Store] = None) -> Report:
    """Bring the index in line with the corpus. Raises CorpusError/IngestError/StoreError; the old index serves on."""
    config = config or current_settings()
    started = time.perf_counter()
    corpus = load_strict(Path(corpus_dir or config.corpus))
    if texts is None:
        texts = official_and_document_texts(Path(corpus_dir or config.corpus), corpus, config)
    chunks = chunks_for(corpus, texts)
    with ingest_lock(config.home):
        store = store or Store(config)
        existing = store.ids()
        wanted = {c.id for c in chunks}
        new = [c for c in chunks if c.id not in existing]
        keep = sorted(existing & wanted)
        removed = len(existing - wanted)
        snapshot = to_snapshot(corpus)
        digest = hashlib.sha256(json.dumps(snapshot, sort_keys=True).encode()).hexdigest()
        generation = None
        if new or removed or not store.is_built() or store.snapshot_digest() != digest:
            generation = store.build(_embed(new, progress, config), keep, snapshot, digest)
    if generation or not _model_ready(config):
        from kb.embed import embedder

        embedder(config.model, config.home)  # export the fast runtime now, so the first question is quick
    return Report(len(corpus.laws), len(chunks), len(new), len(keep), removed,
                  time.perf_counter() - started, generation)
