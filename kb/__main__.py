"""`python -m kb ask|laws|coverage ...`: parse, call the public API, print text or JSON. Exit 0 ok, 1 user error,
2 internal error. Questions are never written anywhere but stdout."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Optional

import kb
from kb.cli_chat import cmd_chat
from kb.cli_tracker import cmd_tracker, tracker_args, tracker_query  # noqa: F401 (kb.serve)
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
    a.add_argument("--context", help="the previous answer's frame as JSON (the \"frame\" field of ask --json), so "
                                     "a follow-up keeps its place, age and image kind")
    ch = sub.add_parser("chat", help="a conversation in the terminal that remembers place, age, image kind and "
                                     "platform (/plan shows the plan, /reset forgets, /quit leaves)")
    ch.add_argument("--json", action="store_true", help="print one ask --json object per turn")
    l = sub.add_parser("laws", help="list laws (tracker rows)")
    l.add_argument("--jurisdiction", "-j", help="only this jurisdiction (code or name)")
    l.add_argument("--json", action="store_true", help="print a JSON list of Law records")
    pl = sub.add_parser("plan", help="an ordered, cited action plan for a situation")
    _situation_args(pl)
    pl.add_argument("--json", action="store_true", help="print the Plan as JSON")
    d = sub.add_parser("draft", help="a filled removal request or report (TAKE IT DOWN, DMCA, GDPR, ...)")
    d.add_argument("kind", help="take-it-down | platform-report | search-delisting | gdpr-erasure | dmca | "
                                "police-summary")
    _situation_args(d)
    d.add_argument("--field", action="append", default=[], metavar="KEY=VALUE",
                   help="fill a field (name, contact, urls, description, signature, ...); repeatable")
    d.add_argument("--format", default="md", choices=["md", "txt", "docx", "pdf"],
                   help="output format (docx and pdf need --output)")
    d.add_argument("--output", type=Path, help="write to this file instead of stdout")
    d.add_argument("--json", action="store_true", help="print the Draft as JSON, with the missing parts")
    cp = sub.add_parser("compare", help="jurisdictions side by side")
    cp.add_argument("codes", nargs="+", help="2 to 6 codes or names (US-TX, TX, Texas, GB, ...)")
    cp.add_argument("--json", action="store_true", help="print the comparison as JSON")
    cp.add_argument("--csv", action="store_true", help="print CSV")
    ex = sub.add_parser("export", help="the open data release: the corpus as CSV, JSON and SQLite (Datasette) with a "
                                       "data dictionary, a changelog and its licence (CC BY 4.0)")
    ex.add_argument("--out", type=Path, required=True, help="folder to write (an earlier release there is the "
                                                            "changelog's baseline)")
    ex.add_argument("--previous", type=Path, help="folder of the previous release to compare with (default: --out)")
    sv = sub.add_parser("serve", help="the HTTP API (JSON; OpenAPI at /docs and /openapi.json), localhost only by "
                                      "default")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; 0.0.0.0 exposes "
                                                        "it to the network: put a TLS proxy in front)")
    sv.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    sv.add_argument("--rate", type=float, default=2.0, help="requests per second allowed per client (default 2)")
    sv.add_argument("--burst", type=int, default=20, help="requests a client may make at once (default 20)")
    c = sub.add_parser("coverage", help="per jurisdiction: laws, synthetic coverage, civil remedy, oldest verified")
    c.add_argument("--json", action="store_true", help="print JSON rows")
    tracker_args(sub.add_parser(
        "tracker", help="count and list places or laws matching filters (three-valued: yes / no / not recorded / "
                        "not in corpus), with the rule used and the corpus date",
        description="Questions across places, answered from the corpus's structured fields (never from a search). "
                    "Each place is 'yes' (a law matches every filter), 'no' (the corpus records its laws and none "
                    "matches), 'not recorded' (the answer rests on a null field) or 'not in corpus'. US states are "
                    "the 50 states: DC and territories are listed separately. Example: python -m kb tracker "
                    "--scope states --remedy criminal --covers synthetic --covers adults --since --json"))
    return p


def _situation_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jurisdiction", "-j", required=True, help="where the victim lives (code or name)")
    p.add_argument("--other", help="where the person who shared it is, if known")
    p.add_argument("--platform", action="append", default=[], help="where the image is (repeatable); 'unknown' "
                                                                   "for a small or unknown site")
    p.add_argument("--minor", action="store_true", help="the person was under 18 when the image was made")
    p.add_argument("--synthetic", action="store_true", help="the image is AI-made or altered")
    p.add_argument("--threatened", action="store_true", help="only threatened so far (sextortion), not shared")
    p.add_argument("--took-photo", action="store_true", help="the victim took the original photo (DMCA)")
    p.add_argument("--sent-on", help="date a removal request was sent (YYYY-MM-DD), to show deadlines")
    p.add_argument("--language", choices=["en", "es", "fr", "pt"], default="en",
                   help="language of the plan's wording (law names and summaries stay in English)")


def _situation(args) -> "kb.Situation":
    return kb.Situation(lives_in=args.jurisdiction, other_in=args.other, platforms=tuple(args.platform),
                        minor_at_creation=args.minor, synthetic=True if args.synthetic else None,
                        shared=not args.threatened, victim_took_photo=args.took_photo,
                        request_sent_on=args.sent_on, language=args.language)


def cmd_plan(args, base: kb.KnowledgeBase) -> int:
    p = base.plan(_situation(args))
    if args.json:
        print(json.dumps(p.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return 0
    _print_plan(p)
    return 0


def _print_plan(p: "kb.Plan") -> None:
    for note in p.notices:
        print(f"> {note}\n")
    for i, step in enumerate(p.steps, 1):
        print(f"{i}. {step.title}\n   Why: {step.why}")
        for line in step.how:
            print(f"   - {line}")
        for link in step.links:
            print(f"   -> {link.label}: {link.url}")
        if step.deadline:
            print(f"   Deadline: {step.deadline}")
        if step.draft:
            print(f"   Draft: python -m kb draft {step.draft} -j {p.situation.lives_in}")
        print()
    cited = {c.n: c for s in p.steps for c in s.citations}
    for n in sorted(cited):
        print(f"[{n}] {cited[n].citation} ({cited[n].jurisdiction}, verified {cited[n].verified}): {cited[n].url}")
    print(f"\n{p.disclaimer}")


def cmd_draft(args, base: kb.KnowledgeBase) -> int:
    from kb.export import render

    fields = {}
    for item in args.field:
        if "=" not in item:
            raise QueryError(f"--field takes KEY=VALUE, got {item!r}")
        key, value = item.split("=", 1)
        fields[key.strip()] = value
    platform = args.platform[0] if args.platform else None
    d = base.draft_request(args.kind, _situation(args), fields, platform)
    if args.json:
        print(json.dumps({**d.model_dump(mode="json"), "missing": d.missing}, ensure_ascii=False, indent=2))
        return 0
    data = render(d, args.format)
    if args.output:
        args.output.write_bytes(data)
    elif args.format in ("docx", "pdf"):
        raise QueryError(f"--format {args.format} needs --output FILE")
    else:
        sys.stdout.write(data.decode())
    if d.missing:
        print("still missing: " + "; ".join(d.missing), file=sys.stderr)
    return 0


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
            if c.source_kind != "summary":
                print(f"    quoted: {c.source_label}" + (f" ({c.source_url})" if c.source_url else ""))
    print(f"\n{answer.disclaimer}")


def cmd_ask(args, base: kb.KnowledgeBase) -> int:
    _ensure_index(base)
    if args.batch:
        if not args.json:
            raise QueryError("--batch needs --json")
        try:  # a line that is not UTF-8 gets its own error object; the other lines are answered
            lines = args.batch.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
        except OSError as exc:
            raise QueryError(f"cannot read {args.batch}: {exc}") from exc
        for line in lines:
            started = time.perf_counter()
            try:
                data = base.ask(line, args.jurisdiction).to_json()
            except QueryError as exc:
                data = {"question": _printable(line), "error": str(exc)}
            data["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
            print(json.dumps(data, ensure_ascii=False), flush=True)
        return 0
    if args.question is None:
        raise QueryError('give a question: python -m kb ask "..." (or --json --batch FILE)')
    context = None
    if args.context:
        try:
            context = json.loads(args.context)
        except ValueError as exc:
            raise QueryError(f"--context must be the JSON of a previous answer's frame ({exc})") from exc
    answer = base.ask(args.question, args.jurisdiction, context=context)
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
    from kb.cards import status_line

    for law in rows:
        print(f"{law.jurisdiction:7} {law.label}: {status_line(law)} Verified {law.verified}; {law.url}")
    print(f"{len(rows)} law(s)")
    return 0


def cmd_compare(args, base: kb.KnowledgeBase) -> int:
    from kb.compare import to_csv, to_markdown

    c = base.compare(args.codes)
    if args.json:
        print(json.dumps(c.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write((to_csv(c) if args.csv else to_markdown(c)).decode())
    return 0


def cmd_export(args, base: kb.KnowledgeBase) -> int:
    from kb.release import write

    r = write(base.config.corpus, args.out, args.previous)
    print(f"wrote {r.out}: " + ", ".join(f"{n} {t}" for t, n in r.counts.items()) +
          ("; changelog against the previous release" if r.changes is not None else "; first release"))
    print(f"browse it: datasette {r.out / 'recourse.db'} -m {r.out / 'metadata.json'}")
    return 0


def cmd_serve(args, base: kb.KnowledgeBase) -> int:
    from kb.serve import run

    _ensure_index(base)
    return run(base, args.host, args.port, rate=args.rate, burst=args.burst)


def cmd_coverage(args, base: kb.KnowledgeBase) -> int:
    rows = base.catalog.coverage()
    if args.json:
        print(json.dumps([{**r.__dict__, "oldest_verified": r.oldest_verified and r.oldest_verified.isoformat()}
                          for r in rows], indent=2))
        return 0
    print(f"{'code':7} {'jurisdiction':28} {'laws':>4} {'synthetic':>9} {'civil':>7}  oldest verified")
    for r in rows:
        print(f"{r.code:7} {r.name[:28]:28} {r.laws:>4} {r.synthetic:>9} {r.civil:>7}  {r.oldest_verified or '-'}")
    from kb.corpus import load
    from kb.trust import figures, load_hosts

    corpus, _ = load(base.config.corpus)  # trust figures describe the corpus folder, not the generation served
    f = figures(corpus, load_hosts(base.config.corpus))
    print(f"\nCorpus ({base.config.corpus.name}/): {f['records']} law records: {f['opened_official']} "
          f"({f['opened_official_share']:.0%}) with an opened official source; {f['official_link']} "
          f"({f['official_link_share']:.0%}) with an official link (opened or not); {f['in_force_linked']} of "
          f"{f['in_force']} in force linked; {f['content_site_only']} ({f['content_site_only_share']:.0%}) with a "
          "status, date or penalty resting only on content sites (target 0)")
    return 0


def _printable(text: str) -> str:
    """Text safe to print: bytes that were not UTF-8 (kept as lone surrogates) become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if isinstance(text, str) else text


def main(argv: Optional[list[str]] = None, base: Optional[kb.KnowledgeBase] = None) -> int:
    args = parser().parse_args(argv)
    base = base or kb.default()
    try:
        commands = {"ask": cmd_ask, "chat": cmd_chat, "laws": cmd_laws, "coverage": cmd_coverage, "plan": cmd_plan, "compare": cmd_compare,
                    "draft": cmd_draft, "tracker": cmd_tracker}
        commands.update(export=cmd_export, serve=cmd_serve)
        return commands[args.command](args, base)
    except (QueryError, CorpusError, StoreError) as exc:  # a read-only index folder is a StoreError saying so
        print(f"error: {_printable(str(exc))}", file=sys.stderr)
        return 1
    except RecourseError as exc:
        print(f"internal error: {_printable(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error of ours, and nothing more to say
        try:
            sys.stdout = open(os.devnull, "w")  # so the interpreter's final flush does not complain either
        except OSError:
            pass
        return 0
    except PermissionError as exc:  # e.g. a read-only RECOURSE_HOME when the model export must be written
        print(f"error: {_printable(str(exc))}; check that this user may write to RECOURSE_HOME "
              f"({base.config.home}), or set it to a writable folder", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the edge: a message, never a traceback
        print(f"internal error: {type(exc).__name__}: {_printable(str(exc))[:500]}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
