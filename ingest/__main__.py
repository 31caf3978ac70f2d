"""`python -m ingest [--check [--fix]] [--corpus DIR] [fetch | audit --sample N --seed S]`: thin wrapper; exit 0 ok, 1 fixable, 2 internal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from kb.config import settings
from kb.errors import CorpusError, IngestError, RecourseError, StoreError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m ingest", description="Build or refresh the Recourse index.")
    p.add_argument("command", nargs="?", choices=["build", "fetch", "audit"], default="build",
                   help="build (default): index the corpus and local documents (documents/ with .meta.yaml "
                        "sidecars) incrementally; fetch: download official texts, print ok/unchanged/changed/"
                        "failed/unknown per source, then index; audit: print a stratified random sample of records, each "
                        "fact beside its sources (markdown)")
    p.add_argument("--check", action="store_true", help="validate the corpus only; exit 1 listing every problem")
    p.add_argument("--fix", action="store_true", help="with --check: rewrite valid files into canonical form")
    p.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: RECOURSE_CORPUS or "
                                                             "data/statutes)")
    p.add_argument("--sample", type=int, default=40, help="audit: how many records (default 40)")
    p.add_argument("--seed", type=int, default=1, help="audit: random seed (same seed, same sample)")
    p.add_argument("--rebuild", action="store_true",
                   help="delete the index (for example when it is damaged) and build it again from the corpus; "
                        "local documents and fetched texts are kept, everything is re-embedded")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    return p


def main(argv: Optional[list[str]] = None) -> int:
    args = parser().parse_args(argv)
    corpus = args.corpus or settings().corpus
    try:
        if args.check:
            from ingest.check import check, render

            problems = check(corpus, fix=args.fix)
            if problems:
                print(render(problems), file=sys.stderr)
                return 1
            print(f"corpus OK: {corpus}")
            return 0
        if args.command == "audit":
            from ingest.audit import render as render_audit

            print(render_audit(corpus, max(1, args.sample), args.seed))
            return 0
        from ingest.pipeline import run

        if args.command == "fetch":
            from ingest.fetch import fetch_all, render as render_fetch

            print(render_fetch(fetch_all(corpus, progress=not args.quiet)))
        if args.rebuild:
            from ingest.pipeline import rebuild

            what, report = rebuild(corpus, progress=not args.quiet)
            print(f"rebuild: {what}")
        else:
            report = run(corpus, progress=not args.quiet)
        print(report.summary())
        return 0
    except CorpusError as exc:
        from ingest.check import render

        print(render(exc.problems), file=sys.stderr)
        print("nothing was indexed; the previous index keeps serving", file=sys.stderr)
        return 1
    except (IngestError, StoreError) as exc:
        print(f"ingest failed: {exc}", file=sys.stderr)
        return 1
    except RecourseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
