"""Bounded soak: `python bench/soak.py [--questions 2000]` asks the evaluation questions over and over in one
process and samples resident memory, to show it stays flat (no cache or history that grows per question)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--questions", type=int, default=2000)
    args = p.parse_args(argv)
    import kb

    base = kb.default()
    if not base.store.is_built():
        from ingest.pipeline import run

        run(base.config.corpus, base.config, progress=False)
    pool = [json.loads(l)["question"] for l in (ROOT / "bench" / "eval_questions.jsonl").read_text().splitlines()]
    base.ask(pool[0])
    samples, started = [], time.perf_counter()
    for i in range(args.questions):
        base.ask(pool[i % len(pool)] + ("" if i < len(pool) else f" #{i}"))  # later rounds: new strings
        if i % 100 == 0:
            samples.append(rss_mb())
    elapsed = time.perf_counter() - started
    warm = samples[len(samples) // 4]
    print(f"{args.questions} questions in {elapsed:.0f} s ({args.questions / elapsed:.1f}/s)")
    print(f"RSS MB: first {samples[0]:.0f}, at 25% {warm:.0f}, peak {max(samples):.0f}, last {samples[-1]:.0f}; "
          f"growth after warm-up {samples[-1] - warm:+.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
