"""load -> validate -> chunk -> embed -> store, incrementally and atomically.

- Validation first: a corpus with any problem raises CorpusError before the store is touched.
- Incremental: chunk ids carry content hashes, so only new or changed text is embedded; ids that disappeared are
  simply not carried into the next generation (that is how removed records leave the index). The index records
  the embedding model's fingerprint; a different model re-embeds everything (vectors of two models never mix).
- Vectors stay numpy arrays from the model to the store; all new chunks are embedded in one call, sorted by
  length across the whole set, so batches pad little.
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
from kb.corpus import Corpus, load_strict, to_snapshot
from kb.errors import IngestError
from kb.jurisdictions import Registry
from kb.store import Chunk, Store, destroy, digest_of

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


def _embed(chunks: list[Chunk], progress: bool, model):
    import numpy as np
    from tqdm import tqdm

    if not chunks:
        return np.zeros((0, 0), dtype=np.float32)
    with tqdm(total=len(chunks), desc="embedding", unit="chunk", disable=not progress, file=sys.stderr) as bar:
        return model.embed([c.text for c in chunks], batch_size=16, progress=bar.update)


def run(corpus_dir: Optional[Path] = None, config: Optional[Settings] = None, progress: bool = True,
        texts: Optional[dict] = None, store: Optional[Store] = None, model=None) -> Report:
    """Bring the index in line with the corpus. Raises CorpusError/IngestError/StoreError; the old index serves on.

    `model` is the embedder (default: the configured one); bench/scale.py passes one with precomputed vectors."""
    from kb.embed import fingerprint

    config = config or current_settings()
    started = time.perf_counter()
    corpus = load_strict(Path(corpus_dir or config.corpus))
    if texts is None:
        texts = official_and_document_texts(Path(corpus_dir or config.corpus), corpus, config)
    chunks = chunks_for(corpus, texts)
    with ingest_lock(config.home):
        store = store or Store(config)
        store.clean()  # leftovers of crashed builds go even when nothing else changes
        model_id = model.fingerprint if model is not None else fingerprint(config.model, config.embed_int8)
        same_model = store.model() == model_id
        existing = store.ids() if same_model else set()
        wanted = {c.id for c in chunks}
        new = [c for c in chunks if c.id not in existing]
        keep = existing & wanted
        removed = len(existing - wanted)
        snapshot = to_snapshot(corpus)
        generation = None
        if new or removed or not store.is_built() or store.snapshot_digest() != digest_of(snapshot):
            if new and model is None:
                from kb.embed import embedder

                model = embedder(config.model, config.home, int8=config.embed_int8)
            generation = store.build(chunks, new, _embed(new, progress, model), snapshot, model_id)
    if generation or not _model_ready(config):
        from kb.embed import embedder

        embedder(config.model, config.home, int8=config.embed_int8)  # export now: the first question is quick
    return Report(len(corpus.laws), len(chunks), len(new), len(keep), removed,
                  time.perf_counter() - started, generation)


def rebuild(corpus_dir: Optional[Path] = None, config: Optional[Settings] = None,
            progress: bool = True) -> tuple[str, Report]:
    """Delete the index (damaged, or built in a way that cannot be repaired) and build it again from the corpus,
    local documents and fetched texts, which live outside the index and are kept. Everything is re-embedded."""
    config = config or current_settings()
    with ingest_lock(config.home):
        what = destroy(config)
    return what, run(corpus_dir, config, progress)
