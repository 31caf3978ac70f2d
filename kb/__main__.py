"""`python -m kb ask|laws|coverage ...`: parse, call the public API, print text or JSON. Exit 0 ok, 1 user error,
2 internal error. Questions are never written anywhere but stdout."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Optional

import kb
from kb.errors import CorpusError, QueryError, RecourseError, StoreError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m kb", description="Ask Recourse about deepfake and NCII law.")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("ask", help="answer a question with citations")
    a.add_argument("question", nargs="?", help="the question (quote it)")
    a.add_argument("--jurisdiction", "-j", help="override detection: a code or name such as US-TX, TX, Texas, GB")
    a.add_argument("--json", action="store_true", help="print one JSON object (DESIGN.md section 5)")
    a.add_argument("--batch", type=Path, help="with --json: a file with one question per line; prints one JSON "
                                              "object per line, same order")
    l = sub.add_parser("laws", help="list laws (tracker rows)")
    l.add_argument("--jurisdiction", "-j", help="only this jurisdiction (code or name)")
    l.add_argument("--json", action="store_true", help="print a JSON list of Law records")
    c = sub.add_parser("coverage", help="per jurisdiction: laws, synthetic coverage, civil remedy, oldest verified")
    c.add_argument("--json", action="store_true", help="print JSON rows")
    return p


def _ensure_index(base: kb.KnowledgeBase) -> None:
    """First run on a fresh machine: build the index instead of failing (the CLI edge may call ingest)."""
    if not base.store.is_built():
        from ingest.pipeline import run

        print("building the index on first run (python -m ingest)...", file=sys.stderr)
        run(base.config.corpus, base.config, progress=False)


def _print_answer(answer: kb.Answer) -> None:
    print(answer.answer)
    if answer.citations:
        print("\nSources:")
        for c in answer.citations:
            print(f"[{c.n}] {c.citation} ({c.jurisdiction}, {c.status}, verified {c.verified}): {c.url}")
    print(f"\n{answer.disclaimer}")


def cmd_ask(args, base: kb.KnowledgeBase) -> int:
    _ensure_index(base)
    if args.batch:
        if not args.json:
            raise QueryError("--batch needs --json")
        try:
            lines = args.batch.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read {args.batch}: {exc}") from exc
        for line in lines:
            started = time.perf_counter()
            try:
                data = base.ask(line, args.jurisdiction).to_json()
            except QueryError as exc:
                data = {"question": line, "error": str(exc)}
            data["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
            print(json.dumps(data, ensure_ascii=False), flush=True)
        return 0
    if args.question is None:
        raise QueryError('give a question: python -m kb ask "..." (or --json --batch FILE)')
    answer = base.ask(args.question, args.jurisdiction)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_answer(answer)
    return 0


def cmd_laws(args, base: kb.KnowledgeBase) -> int:
    rows = base.laws(args.jurisdiction)
    if args.json:
        print(json.dumps([law.model_dump(mode="json") for law in rows], ensure_ascii=False, indent=2))
        return 0
    for law in rows:
        print(f"{law.jurisdiction:7} {law.status.value:9} {law.label}  (verified {law.verified})")
    print(f"{len(rows)} law(s)")
    return 0


def cmd_coverage(args, base: kb.KnowledgeBase) -> int:
    rows = base.catalog.coverage()
    if args.json:
        print(json.dumps([{**r.__dict__, "oldest_verified": r.oldest_verified and r.oldest_verified.isoformat()}
                          for r in rows], indent=2))
        return 0
    print(f"{'code':7} {'jurisdiction':28} {'laws':>4} {'synthetic':>9} {'civil':>7}  oldest verified")
    for r in rows:
        print(f"{r.code:7} {r.name[:28]:28} {r.laws:>4} {r.synthetic:>9} {r.civil:>7}  {r.oldest_verified or '-'}")
    return 0


def main(argv: Optional[list[str]] = None, base: Optional[kb.KnowledgeBase] = None) -> int:
    args = parser().parse_args(argv)
    base = base or kb.default()
    try:
        return {"ask": cmd_ask, "laws": cmd_laws, "coverage": cmd_coverage}[args.command](args, base)
    except (QueryError, CorpusError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except RecourseError as exc:
        print(f"internal error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
