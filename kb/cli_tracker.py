"""The CLI's tracker command: flags and a question across places become one `kb.tracker.Query` (the HTTP API
reads filters through the same function, so both agree)."""

from __future__ import annotations

import argparse
import csv
import json
import sys

import kb
from kb.errors import QueryError


def tracker_args(t: argparse.ArgumentParser) -> None:
    t.add_argument("question", nargs="?", help="optional: a question across places to turn into filters (\"which "
                                               "states let deepfake victims sue?\"); flags given as well override it")
    t.add_argument("--scope", choices=["states", "countries", "subdivisions", "all"],
                   help="states = the 50 US states (DC, territories apart); countries = national law or the law of "
                        "any part of the country (EU apart); subdivisions = states, provinces, UK nations; "
                        "all = every jurisdiction on its own (default)")
    t.add_argument("--within", metavar="CODE", help="only places under this parent: AU, CA, GB, EU, US")
    t.add_argument("--jurisdiction", "-j", action="append", default=[], metavar="CODE",
                   help="only these places (code or name; repeatable)")
    t.add_argument("--status", action="append", default=[], metavar="STATUS",
                   help="in_force (default), enacted (not yet in force), law (in force or enacted), bill (pending "
                        "or carried over), pending, carried_over, failed, vetoed, dead (failed or vetoed), "
                        "repealed, unknown, any; repeatable")
    t.add_argument("--topic", action="append", default=[], metavar="TOPIC",
                   help="ncii, csam, sextortion, election, platform, privacy, harassment, other (repeatable; "
                        "default: every topic except election-only laws)")
    t.add_argument("--covers", action="append", default=[], metavar="FIELD[=no]",
                   help="what the law reaches: authentic, synthetic (AI-made or altered), adults, minors, threats, "
                        "creation, possession; FIELD=no asks for laws that do not (repeatable)")
    t.add_argument("--remedy", action="append", default=[], metavar="FIELD[=no]",
                   help="criminal, civil (the victim can sue), injunction, takedown; FIELD=no for the opposite "
                        "(repeatable)")
    t.add_argument("--date-field", choices=["enacted", "effective", "synthetic_since"],
                   help="which date --from/--to filter: enacted (first passed), effective (in force), "
                        "synthetic_since (when coverage of AI-made images began); default enacted")
    t.add_argument("--from", dest="date_from", metavar="DATE", help="on or after YYYY or YYYY-MM-DD")
    t.add_argument("--to", dest="date_to", metavar="DATE", help="on or before YYYY or YYYY-MM-DD")
    t.add_argument("--want", choices=["yes", "no", "all"],
                   help="which places to list: yes (default), no (places lacking it), all")
    t.add_argument("--by", choices=["place", "law"], help="count places (default) or list laws")
    t.add_argument("--since", action="store_true", help="show since when each place has been covered (AI-coverage "
                                                        "date; law's start date marked as an estimate if missing)")
    t.add_argument("--json", action="store_true", help="print the result as JSON: query, rule, counts, places "
                                                       "(value, laws, basis, since), also (DC, territories, EU), "
                                                       "laws (citation, url, status, dates, verified), corpus_date")
    t.add_argument("--csv", action="store_true", help="print one CSV row per place (or per law with --by law)")
    t.add_argument("--headline", action="store_true", help="print the README's tracker figures, each with its rule")


def _flag(value: str) -> tuple[str, bool]:
    name, _, answer = value.partition("=")
    if answer and answer.casefold() not in ("yes", "no", "true", "false"):
        raise QueryError(f'"{value}": use FIELD or FIELD=no')
    return name.strip(), answer.casefold() not in ("no", "false")


def tracker_query(args, base: kb.KnowledgeBase):
    """The Query from a question (if given) with the flags laid over it."""
    from kb import tracker

    registry = base.catalog.registry
    query = tracker.parse(args.question, registry) if args.question else None
    if args.question and query is None:
        raise QueryError("that is not a question across places; try \"which states ...\" or use the flags")
    data = (query or tracker.Query()).model_dump()
    if args.scope:
        data["scope"] = args.scope
    if args.within:
        data["within"] = registry.lookup(args.within)
    if args.jurisdiction:
        data["codes"] = tuple(registry.lookup(c) for c in args.jurisdiction)
    if args.status:
        unknown = [s for s in args.status if s not in tracker.STATUS_GROUPS]
        if unknown:
            raise QueryError(f"unknown status {unknown[0]!r}; use one of: {', '.join(tracker.STATUS_GROUPS)}")
        data["status"] = tuple(dict.fromkeys(s for name in args.status for s in tracker.STATUS_GROUPS[name]))
    if args.topic:
        data["topics"] = tuple(args.topic)
    for flag, names, key in ((args.covers, tracker.COVERS, "covers"), (args.remedy, tracker.REMEDIES, "remedies")):
        if flag:
            pairs = dict(data[key])
            for item in flag:
                name, wanted = _flag(item)
                if name not in names:
                    raise QueryError(f"unknown --{'covers' if key == 'covers' else 'remedy'} field "
                                     f"{name!r}; use one of: {', '.join(names)}")
                pairs[name] = wanted
            data[key] = tuple(sorted(pairs.items()))
    for name in ("date_field", "date_from", "date_to", "want", "by"):
        if getattr(args, name):
            data[name] = getattr(args, name)
    if args.since:
        data["since"] = True
    try:
        return tracker.Query.model_validate(data)
    except ValueError as exc:
        raise QueryError(f"invalid tracker filter: {exc}") from exc


def cmd_tracker(args, base: kb.KnowledgeBase) -> int:
    from kb import tracker

    if args.headline:
        print(tracker.render_headline(base.catalog))
        return 0
    result = base.tracker(tracker_query(args, base))
    if args.json:
        print(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
    elif args.csv:
        writer = csv.writer(sys.stdout)
        rows = [r.model_dump(mode="json") for r in (result.laws if result.query.by == "law" else
                                                    result.places + result.also)]
        if rows:
            writer.writerow([*rows[0], "rule", "corpus_date"])
            for r in rows:
                writer.writerow([" | ".join(v) if isinstance(v, list) else ("" if v is None else v)
                                 for v in r.values()] + [result.rule, result.corpus_date])
    else:
        print(tracker.render_markdown(result))
    return 0
