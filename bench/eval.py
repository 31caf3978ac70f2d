"""Answer quality, measured: `python bench/eval.py [--limit N] [--json OUT]`.

Runs every question of bench/eval_questions.jsonl through Recourse (`kb.ask`, default grounded composer) and through
a naive baseline in the same process, over the same corpus, and prints:
- jurisdiction accuracy: resolved jurisdictions (with parents) equal the expected ones;
- citation hit@1 / hit@3: an expected law id is the first / among the first three citations (questions that expect
  a citation);
- no-law accuracy: questions that expect no citation get none;
- fabricated citations: cited ids not in the corpus, or citation text/link that differs from the record;
- wrong-jurisdiction citations: cited laws outside the expected jurisdictions and their parents (with no place
  named, only federal/supranational law is allowed);
- latency p50/p95 per answer (warm) and the first answer after process start.
Baseline: LangChain's RecursiveCharacterTextSplitter over the same law texts, Chroma dense top-4 with the same
embedding model, no jurisdiction logic; its citations are the laws of the four chunks, in order.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

START = time.perf_counter()


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else 0.0


def score(rows: list[dict], registry, catalog) -> dict:
    j_ok = hit1 = hit3 = expect_cite = none_ok = expect_none = fabricated = wrong = total_cites = 0
    for r in rows:
        expected_places = r["places"]
        allowed = set(registry.with_parents(expected_places)) if expected_places else None
        if r.get("jurisdictions") is not None and set(r["jurisdictions"]) == (allowed or set()):
            j_ok += 1
        ids = [c["law_id"] for c in r["citations"]]
        if r["law_ids"]:
            expect_cite += 1
            hit1 += bool(ids[:1]) and ids[0] in r["law_ids"]
            hit3 += any(i in r["law_ids"] for i in ids[:3])
        else:
            expect_none += 1
            if expected_places:
                none_ok += not ids
            else:
                none_ok += all(registry.get(c["jurisdiction"]).level.value in ("federal", "supranational")
                               for c in r["citations"])
        for c in r["citations"]:
            total_cites += 1
            law = catalog.law(c["law_id"])
            if law is None or c["citation"] != law.label or c["url"] != law.url:
                fabricated += 1
                continue
            if allowed is not None and law.jurisdiction not in allowed:
                wrong += 1
            if allowed is None and registry.get(law.jurisdiction).level.value not in ("federal", "supranational"):
                wrong += 1
    n = len(rows)
    lat = [r["latency_ms"] for r in rows]
    return {
        "questions": n,
        "jurisdiction_accuracy": j_ok / n if rows and rows[0].get("jurisdictions") is not None else None,
        "hit@1": hit1 / max(1, expect_cite), "hit@3": hit3 / max(1, expect_cite),
        "no_law_accuracy": none_ok / max(1, expect_none),
        "citations": total_cites, "fabricated": fabricated, "wrong_jurisdiction": wrong,
        "latency_p50_ms": percentile(lat, 0.5), "latency_p95_ms": percentile(lat, 0.95),
    }


def run_recourse(questions: list[dict]) -> tuple[list[dict], float, object]:
    import kb

    base = kb.default()
    if not base.store.is_built():
        from ingest.pipeline import run

        run(base.config.corpus, base.config, progress=False)
    rows, first = [], None
    for q in questions:
        t = time.perf_counter()
        a = base.ask(q["question"])
        ms = (time.perf_counter() - t) * 1000
        if first is None:
            first = time.perf_counter() - START
        data = a.to_json()
        rows.append({**q, "jurisdictions": data["jurisdictions"], "citations": data["citations"], "latency_ms": ms})
    return rows, first, base


def run_baseline(questions: list[dict], catalog, corpus_dir: Path) -> list[dict]:
    """Naive RAG over the same corpus files: split the YAML as text, embed, top-4 by cosine; each chunk is
    credited to the law record it falls in."""
    import re

    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from kb.embed import embedder

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=100, add_start_index=True)
    texts, metas = [], []
    for path in sorted(corpus_dir.glob("*/*.yaml")):
        if path.parent.name not in ("us", "intl"):
            continue
        raw = path.read_text(encoding="utf-8")
        starts = [(m.start(), m.group(1)) for m in re.finditer(r"^- id: (\S+)", raw, re.M)]
        for doc in splitter.create_documents([raw]):
            at = doc.metadata["start_index"]
            inside = [i for pos, i in starts if at <= pos < at + len(doc.page_content)]
            before = [i for pos, i in starts if pos <= at]
            law_id = (before[-1:] or inside[:1] or [None])[0]
            if law_id and catalog.law(law_id):
                texts.append(doc.page_content)
                metas.append({"law_id": law_id})
    model = embedder()
    with tempfile.TemporaryDirectory() as tmp:
        client = chromadb.PersistentClient(path=tmp, settings=ChromaSettings(anonymized_telemetry=False))
        col = client.create_collection("baseline", embedding_function=None, metadata={"hnsw:space": "cosine"})
        col.add(ids=[str(i) for i in range(len(texts))], documents=texts, metadatas=metas,
                embeddings=model.embed(texts))
        rows = []
        for q in questions:
            t = time.perf_counter()
            res = col.query(query_embeddings=[model.embed_one(q["question"])], n_results=4)
            ms = (time.perf_counter() - t) * 1000
            ids = list(dict.fromkeys(m["law_id"] for m in res["metadatas"][0]))
            cites = [{"law_id": i, "citation": catalog.law(i).label, "url": catalog.law(i).url,
                      "jurisdiction": catalog.law(i).jurisdiction} for i in ids]
            rows.append({**q, "jurisdictions": None, "citations": cites, "latency_ms": ms})
    return rows


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--questions", type=Path, default=ROOT / "bench" / "eval_questions.jsonl")
    p.add_argument("--limit", type=int, default=0, help="only the first N questions")
    p.add_argument("--json", type=Path, help="also write the figures and failures here")
    p.add_argument("--no-baseline", action="store_true")
    args = p.parse_args(argv)
    questions = [json.loads(l) for l in args.questions.read_text().splitlines() if l.strip()]
    if args.limit:
        questions = questions[:args.limit]
    rows, first, base = run_recourse(questions)
    ours = score(rows, base.catalog.registry, base.catalog)
    ours["first_answer_s"] = first
    result = {"recourse": ours}
    if not args.no_baseline:
        result["baseline"] = score(run_baseline(questions, base.catalog, base.config.corpus), base.catalog.registry, base.catalog)
    print(f"{'metric':24} {'recourse':>10} {'baseline':>10}")
    for key in ours:
        b = result.get("baseline", {}).get(key)
        fmt = lambda v: "n/a" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))
        print(f"{key:24} {fmt(ours[key]):>10} {fmt(b) if 'baseline' in result else '':>10}")
    failures = [{"question": r["question"], "expected": r["law_ids"], "places": r["places"],
                 "got": [c["law_id"] for c in r["citations"][:3]], "jurisdictions": r["jurisdictions"]}
                for r in rows if (r["law_ids"] and not any(c["law_id"] in r["law_ids"] for c in r["citations"][:3]))
                or set(r["jurisdictions"]) != set(base.catalog.registry.with_parents(r["places"]))]
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({**result, "failures": failures}, indent=2, ensure_ascii=False))
    print(f"{len(failures)} question(s) missed; see --json for details")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
