"""Ingest speed on the real corpus: benchmark if changing ingest/, kb/store.py or kb/embed.py.

    .venv/bin/python bench/ingest.py [--corpus DIR] [--json]

Measures, in a fresh RECOURSE_HOME (a temporary folder, removed afterwards):
- model preparation (ONNX export + load), reported apart because it happens once per home;
- full ingest (validate, chunk, embed, build a generation and switch);
- no-change re-ingest (target: <= 3 s), which must embed nothing;
- pipeline chunks per second vs the model's raw encode speed on the same texts (target: within 2x).
Official texts already fetched into your RECOURSE_HOME are included when --with-texts is given.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kb.config import Settings, quiet_libraries, settings  # noqa: E402

NO_CHANGE_TARGET = 3.0
THROUGHPUT_RATIO_TARGET = 2.0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=settings().corpus, help="corpus folder (default: data/statutes)")
    p.add_argument("--with-texts", action="store_true", help="copy RECOURSE_HOME/texts (fetched official texts) in")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = p.parse_args(argv)
    quiet_libraries()
    from ingest.pipeline import chunks_for, official_and_document_texts, run
    from kb.corpus import load_strict
    from kb.embed import embedder

    home = Path(tempfile.mkdtemp(prefix="recourse-bench-"))
    try:
        if args.with_texts and (settings().home / "texts").is_dir():
            shutil.copytree(settings().home / "texts", home / "texts")
        config = Settings(home=home, corpus=args.corpus)
        t = time.perf_counter()
        model = embedder(config.model, config.home)
        model.embed(["warm up"])
        prepare = time.perf_counter() - t

        t = time.perf_counter()
        full = run(args.corpus, config, progress=False)
        full_s = time.perf_counter() - t
        t = time.perf_counter()
        again = run(args.corpus, config, progress=False)
        again_s = time.perf_counter() - t

        corpus = load_strict(args.corpus)
        texts = [c.text for c in chunks_for(corpus, official_and_document_texts(args.corpus, corpus, config))]
        t = time.perf_counter()
        model.embed(texts)
        raw_s = time.perf_counter() - t
    finally:
        shutil.rmtree(home, ignore_errors=True)

    pipeline_rate = full.embedded / full_s
    raw_rate = len(texts) / raw_s
    figures = {
        "chunks": full.chunks, "runtime": model.runtime, "model_prepare_s": round(prepare, 2),
        "full_ingest_s": round(full_s, 2), "no_change_reingest_s": round(again_s, 2),
        "no_change_embedded": again.embedded, "pipeline_chunks_per_s": round(pipeline_rate, 1),
        "raw_encode_chunks_per_s": round(raw_rate, 1), "raw_over_pipeline": round(raw_rate / pipeline_rate, 2),
    }
    ok = again_s <= NO_CHANGE_TARGET and again.embedded == 0 and raw_rate / pipeline_rate <= THROUGHPUT_RATIO_TARGET
    if args.json:
        print(json.dumps({**figures, "targets_met": ok}))
    else:
        print(f"corpus: {args.corpus} -> {full.chunks} chunks ({model.runtime} runtime)")
        print(f"model preparation (once per home):  {prepare:6.2f} s")
        print(f"full ingest, fresh home:            {full_s:6.2f} s")
        print(f"no-change re-ingest:                {again_s:6.2f} s  (target <= {NO_CHANGE_TARGET:g} s; "
              f"embedded {again.embedded})")
        print(f"pipeline throughput:                {pipeline_rate:6.1f} chunks/s")
        print(f"raw encode, same texts:             {raw_rate:6.1f} chunks/s  (ratio {raw_rate / pipeline_rate:.2f},"
              f" target <= {THROUGHPUT_RATIO_TARGET:g})")
        print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
