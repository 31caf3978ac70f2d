"""Scaling benchmark: `python bench/scale.py --chunks N [--json]` (benchmark if changing kb/store.py, kb/lexical.py,
kb/retrieve.py, kb/embed.py or ingest/).

Builds an index of about N chunks through the real pipeline, in a temporary RECOURSE_HOME (removed afterwards):
the curated corpus, plus statute-like documents in the corpus's `documents/` folder with sidecars, one per law,
whose sections are recombined from the corpus's own summaries and elements ("§ 12.345. ..."), so they read like
statute text and are chunked, tokenised and filtered by place like the real thing. Then, in a fresh child process
(as an app process would be), it answers the evaluation questions and reports:

- ingest: seconds, chunks/s, and a no-change re-ingest; index size on disk (Chroma folder + lexical files);
- warm answer latency p50/p95 (`KnowledgeBase.ask`), next to the floor measured in the same run on the same
  questions: one query embedding plus one Chroma query;
- resident memory (RSS) after the answers;
- throughput with 1, 4 and 16 threads asking at once through one KnowledgeBase (answers/s).

Vectors: up to --real-upto chunks (default 1,000, a few minutes on 2 busy cores) every chunk is embedded with the real
model. Above that, the catalog cards get real vectors and the generated sections get *precomputed* ones (a pool of
real section embeddings, perturbed, assigned by hash), said in the output: query embeddings, search and answers are
real either way, only dense-ranking quality over the generated text is not.

`--json` prints one object with at least: chunks, p50_ms, p95_ms, rss_mb, qps_1, qps_4, qps_16.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.soak import rss_mb  # noqa: E402

QUESTIONS = ROOT / "bench" / "eval_questions.jsonl"


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else 0.0


def du_mb(*paths: Path) -> float:
    total = 0
    for p in paths:
        if p.is_file():
            total += p.stat().st_size
        elif p.is_dir():
            total += sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
    return total / 1e6


# --- generating statute-like documents ------------------------------------------------------------------------

def sentences_of(corpus) -> list[str]:
    out = []
    for law in corpus.laws:
        for text in [law.summary, *law.elements]:
            out += [s.strip() for s in re.split(r"(?<=[.;])\s+", text or "") if len(s.strip()) > 30]
    return out


def write_documents(corpus_dir: Path, corpus, target_chunks: int, seed: int = 7) -> int:
    """Add documents (with sidecars) until the corpus yields about `target_chunks` chunks; returns sections."""
    from ingest.chunk import split_sections

    rng = random.Random(seed)
    pool = sentences_of(corpus)
    laws = [l for l in corpus.laws if l.url]
    sections_wanted = max(0, target_chunks - len(corpus.laws))
    per_doc = max(1, -(-sections_wanted // max(1, len(laws))))
    folder = corpus_dir / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    made = 0
    for n, law in enumerate(laws):
        if made >= sections_wanted:
            break
        count = min(per_doc, sections_wanted - made)
        parts = []
        for s in range(count):
            body = " ".join(rng.choice(pool) for _ in range(rng.randint(3, 7)))
            parts.append(f"§ {n + 1}.{s + 1:03d}. {body}")
        text = "\n".join(parts)
        made += len(split_sections(text))
        doc = folder / f"{law.id}.txt"
        doc.write_text(text, encoding="utf-8")
        (folder / f"{law.id}.txt.meta.yaml").write_text(
            f"jurisdiction: {law.jurisdiction}\nlaw_id: {law.id}\nurl: {law.url}\n", encoding="utf-8")
    return made


class PrecomputedVectors:
    """Real vectors for the catalog cards, precomputed ones for generated sections (see the module docstring)."""

    def __init__(self, real, real_texts: set[str], pool_texts: list[str]):
        import numpy as np

        self._np = np
        self.real = real
        self.fingerprint = real.fingerprint
        self.real_texts = real_texts
        self.pool = real.embed(pool_texts)

    def embed(self, texts: list[str], batch_size: int = 16, progress=None):
        np = self._np
        out = np.empty((len(texts), self.pool.shape[1]), dtype=np.float32)
        real = [i for i, t in enumerate(texts) if t in self.real_texts]
        if real:
            out[real] = self.real.embed([texts[i] for i in real])
        rng = np.random.default_rng(0)
        for i, t in enumerate(texts):
            if t not in self.real_texts:
                h = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little")
                v = self.pool[h % len(self.pool)] + rng.normal(0, 0.02, self.pool.shape[1]).astype(np.float32)
                out[i] = v / np.linalg.norm(v)
        if progress:
            progress(len(texts))
        return out


def build(home: Path, corpus_dir: Path, chunks: int, real_upto: int) -> dict:
    from ingest.pipeline import chunks_for, official_and_document_texts, run
    from kb.config import Settings
    from kb.corpus import load_strict
    from kb.embed import embedder

    shutil.copytree(ROOT / "data" / "statutes", corpus_dir,
                    ignore=shutil.ignore_patterns("documents"))
    corpus = load_strict(corpus_dir)
    sections = write_documents(corpus_dir, corpus, chunks) if chunks > len(corpus.laws) else 0
    config = Settings(home=home, corpus=corpus_dir)
    real = embedder(config.model, config.home)
    real.embed(["warm up"])
    model, vectors = None, "real"
    t = time.perf_counter()
    all_chunks = chunks_for(corpus, official_and_document_texts(corpus_dir, corpus, config))
    if len(all_chunks) > real_upto:
        cards = {c.text for c in all_chunks if c.source == "catalog"}
        pool = [c.text for c in all_chunks if c.source != "catalog"][:64]
        model, vectors = PrecomputedVectors(real, cards, pool), "precomputed for generated sections"
    prepare = time.perf_counter() - t
    t = time.perf_counter()
    extra = {"model": model} if model is not None else {}  # (so this script also measures older commits)
    report = run(corpus_dir, config, progress=False, **extra)
    ingest_s = time.perf_counter() - t
    t = time.perf_counter()
    again = run(corpus_dir, config, progress=False, **extra)
    again_s = time.perf_counter() - t
    return {"chunks": report.chunks, "sections_generated": sections, "vectors": vectors,
            "ingest_s": round(ingest_s, 1), "ingest_chunks_per_s": round(report.chunks / ingest_s, 1),
            "prepare_s": round(prepare, 1), "no_change_reingest_s": round(again_s, 2),
            "no_change_embedded": again.embedded,
            "index_mb": round(du_mb(home / "index", home / "lexical"), 1)}


# --- serving (in a child process, like an app process) --------------------------------------------------------

def serve(home: Path, corpus_dir: Path, rounds: int) -> dict:
    from kb import KnowledgeBase
    from kb.config import Settings
    from kb.embed import embedder

    config = Settings(home=home, corpus=corpus_dir)
    base = KnowledgeBase(config)
    questions = [json.loads(l)["question"] for l in QUESTIONS.read_text().splitlines() if l.strip()]
    t = time.perf_counter()
    base.ask(questions[0])
    first_s = time.perf_counter() - t
    for q in questions[:20]:  # warm caches (model, lexical file, collections)
        base.ask(q)
    model = embedder(config.model, config.home)
    store = base.store
    lat, floor = [], []
    for _ in range(rounds):
        for q in questions:
            codes = base.catalog.registry.with_parents(base.catalog.registry.resolve(q)) or ["US", "EU"]
            t = time.perf_counter()
            store.query(model.embed_one(q), codes[:1], 24)
            floor.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            base.ask(q)
            lat.append((time.perf_counter() - t) * 1000)
    rss = rss_mb()

    def throughput(threads: int, seconds: float = 8.0) -> float:
        done = [0] * threads
        stop = time.perf_counter() + seconds
        errors = []

        def asker(i):
            n = i
            while time.perf_counter() < stop:
                try:
                    base.ask(questions[n % len(questions)])
                except Exception as exc:  # a failure is a result, reported below
                    errors.append(repr(exc))
                    return
                done[i] += 1
                n += threads
        started = time.perf_counter()
        pool = [threading.Thread(target=asker, args=(i,)) for i in range(threads)]
        for th in pool:
            th.start()
        for th in pool:
            th.join()
        if errors:
            raise SystemExit(f"{threads} askers: {errors[0]}")
        return sum(done) / (time.perf_counter() - started)

    qps = {f"qps_{n}": round(throughput(n), 2) for n in (1, 4, 16)}
    return {"first_answer_s": round(first_s, 2), "answers": len(lat),
            "p50_ms": round(percentile(lat, 0.5), 1), "p95_ms": round(percentile(lat, 0.95), 1),
            "floor_p50_ms": round(percentile(floor, 0.5), 1), "floor_p95_ms": round(percentile(floor, 0.95), 1),
            "rss_mb": round(rss, 0), "rss_peak_mb": round(peak_mb(), 0), **qps}


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--chunks", type=int, default=2000, help="about how many chunks to index (default 2000; the "
                                                            "curated corpus alone is ~230)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--real-upto", type=int, default=1000, help="embed every chunk with the real model up to this "
                                                               "many chunks; above, precomputed section vectors")
    p.add_argument("--rounds", type=int, default=1, help="passes over the evaluation questions for latency")
    p.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary folder, removed)")
    p.add_argument("--serve", type=Path, help=argparse.SUPPRESS)  # child mode: measure an existing build
    args = p.parse_args(argv)
    if args.serve:
        print(json.dumps(serve(args.serve / "home", args.serve / "statutes", args.rounds)))
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="recourse-scale-"))
    try:
        work.mkdir(parents=True, exist_ok=True)
        built = build(work / "home", work / "statutes", args.chunks, args.real_upto)
        child = subprocess.run([sys.executable, __file__, "--serve", str(work), "--rounds", str(args.rounds)],
                               capture_output=True, text=True, env={**os.environ, "RECOURSE_HOME": str(work / "home")})
        if child.returncode != 0:
            print(child.stderr[-3000:], file=sys.stderr)
            return 1
        served = json.loads(child.stdout.strip().splitlines()[-1])
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    figures = {**built, **served,
               "floor_ratio_p50": round(served["p50_ms"] / max(served["floor_p50_ms"], 1e-9), 2),
               "floor_ratio_p95": round(served["p95_ms"] / max(served["floor_p95_ms"], 1e-9), 2),
               "speedup_4": round(served["qps_4"] / max(served["qps_1"], 1e-9), 2)}
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"index: {figures['chunks']} chunks ({figures['sections_generated']} generated sections; vectors: "
          f"{figures['vectors']})")
    print(f"ingest: {figures['ingest_s']} s ({figures['ingest_chunks_per_s']} chunks/s); no-change re-ingest "
          f"{figures['no_change_reingest_s']} s; index on disk {figures['index_mb']} MB")
    print(f"answer, warm: p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms over {figures['answers']} answers; "
          f"floor (1 query embedding + 1 Chroma query) p50 {figures['floor_p50_ms']} ms, p95 "
          f"{figures['floor_p95_ms']} ms (ratio {figures['floor_ratio_p50']} / {figures['floor_ratio_p95']})")
    print(f"first answer in a fresh process: {figures['first_answer_s']} s; RSS after answers {figures['rss_mb']} MB "
          f"(peak {figures['rss_peak_mb']} MB)")
    print(f"throughput (answers/s): 1 thread {figures['qps_1']}, 4 threads {figures['qps_4']} "
          f"(x{figures['speedup_4']}), 16 threads {figures['qps_16']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
