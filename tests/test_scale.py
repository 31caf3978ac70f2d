"""Past SQLite's variable limit: an index of more than 32,767 chunks is built through the real pipeline and
answers (a whole-collection read used to fail there, and every question with it). Speed targets are in
bench/scale.py, not here."""

from __future__ import annotations

import shutil

import numpy as np

from ingest.pipeline import run
from kb import KnowledgeBase
from kb.config import Settings
from kb.embed import embedder
from tests.factories import write_corpus

SECTIONS = 33_000


class CheapVectors:
    """Real vectors for the catalog cards (so answers rank real text), seeded random unit vectors for the rest."""

    def __init__(self, real, real_texts: set[str]):
        self.real, self.real_texts, self.fingerprint = real, real_texts, real.fingerprint

    def embed(self, texts, batch_size=16, progress=None):
        rng = np.random.default_rng(len(texts))
        out = rng.normal(size=(len(texts), 384)).astype(np.float32)
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        real = [i for i, t in enumerate(texts) if t in self.real_texts]
        if real:
            out[real] = self.real.embed([texts[i] for i in real])
        return out


def test_an_index_past_32767_chunks_builds_and_answers(tmp_path, tiny_kb):
    root = write_corpus(tmp_path / "c")
    config = Settings(home=tmp_path / "home", corpus=root)
    shutil.copytree(tiny_kb.config.home / "models", config.home / "models")  # the ONNX export, made once
    words = ["image", "consent", "publish", "disclose", "video", "person", "court", "order", "intimate", "depict"]
    texts = {}
    for n, law_id in enumerate(["us-ok-21-1040.13b", "us-va-18.2-386.2", "us-usc-15-6851"]):
        body = "\n".join(f"§ {n + 1}.{s:05d}. " + " ".join(  # ~650 characters: one section, one chunk
            f"A person who {words[(s + i) % 10]}s a {words[(s // 10 + i) % 10]} of another commits an offence "
            f"under part {s}." for i in range(8)) for s in range(SECTIONS // 3 + 1))
        texts[law_id] = [(body, f"https://example.gov/{law_id}", "official")]
    real = embedder(config.model, tiny_kb.config.home)
    cards = {p.text for p in tiny_kb.store.passages(source="catalog")}
    report = run(root, config, progress=False, texts=texts, model=CheapVectors(real, cards))
    assert report.chunks > 32_767 and report.embedded == report.chunks
    base = KnowledgeBase(config)
    assert base.store.count() == report.chunks and len(base.store.ids()) == report.chunks
    answer = base.ask("someone made a deepfake porn video of me, I live in Houston")
    assert answer.citations and answer.citations[0].law_id == "us-tx-penal-21.165"
    answer = base.ask("what does part 10001 of the Oklahoma law say about publishing an image")
    assert answer.citations and answer.citations[0].law_id == "us-ok-21-1040.13b"
    assert run(root, config, progress=False, texts=texts, model=CheapVectors(real, cards)).embedded == 0
