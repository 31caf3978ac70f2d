"""Trust rules over the whole corpus: statuses that cannot go stale silently, an official link for every law in force
on the jurisdiction's own hosts, and no status, date or penalty resting only on content sites.

These rules read across records (a law, its jurisdiction, its parent, the host classes in `hosts.yaml`) and depend
on today's date, so they live here rather than in the schema: `ingest --check` reports every finding as a problem,
while the loader (and so `ingest` itself) keeps serving a corpus that still has research to do. Each finding names
its rule family (`FAMILIES`) so tests and coverage figures can count them.
"""

from __future__ import annotations

import calendar
import re
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional
from urllib.parse import quote, urlencode, urlsplit

from kb.errors import Problem
from kb.models import Fact, Law, Status

HOSTS_FILE = "hosts.yaml"
CLASSES = ("official", "legislature", "court", "ngo_tracker", "law_firm", "news", "content_site", "mirror")

FAMILIES = {
    "bill-session": "a pending or carried-over bill records the end of its session",
    "stale-bill": "a pending or carried-over bill is past the end of its session",
    "enacted-past-effective": "a law marked enacted (not yet in force) is past its effective date",
    "official-link": "a law in force links its official text",
    "official-host": "official sources and official_text are on the jurisdiction's official hosts",
    "content-site-only": "status, dates and penalty do not rest only on content sites",
}


@dataclass(frozen=True)
class Finding:
    family: str
    problem: Problem


def host_of(url: str) -> str:
    """Lower-case host without a trailing dot ('https://www.Leg.gov./x' -> 'www.leg.gov')."""
    return (urlsplit(str(url)).hostname or "").rstrip(".").lower()


def host_matches(host: str, listed: Iterable[str]) -> bool:
    """A host is on a list when it is a listed host or a subdomain of one (www.x.gov and statutes.x.gov on x.gov)."""
    return any(host == h or host.endswith("." + h) for h in listed)


@dataclass(frozen=True)
class Hosts:
    """Host classes from `hosts.yaml` (class -> hosts); a host may be listed once."""

    classes: dict[str, tuple[str, ...]]

    def classify(self, url: str) -> Optional[str]:
        host = host_of(url)
        best: tuple[int, Optional[str]] = (-1, None)
        for cls, hosts in self.classes.items():  # the longest matching entry wins (a.b.gov over b.gov)
            for h in hosts:
                if (host == h or host.endswith("." + h)) and len(h) > best[0]:
                    best = (len(h), cls)
        return best[1]


def load_hosts(root: Path, problems: Optional[list[Problem]] = None) -> Hosts:
    """`hosts.yaml` of the corpus at `root` (empty when absent); shape problems go into `problems`."""
    from kb.corpus import _read_yaml

    problems = [] if problems is None else problems
    path = Path(root) / HOSTS_FILE
    if not path.exists():
        return Hosts({})
    data = _read_yaml(path, HOSTS_FILE, problems)
    classes: dict[str, tuple[str, ...]] = {}
    raw = data.get("classes") if isinstance(data, dict) else None
    if not isinstance(raw, dict):
        if data is not None:
            problems.append(Problem(HOSTS_FILE, "", "classes", "must be a mapping of host class to a list of hosts"))
        return Hosts({})
    seen: dict[str, str] = {}
    for cls, hosts in raw.items():
        if cls not in CLASSES:
            problems.append(Problem(HOSTS_FILE, str(cls), "(class)", f"unknown host class (use one of "
                                                                      f"{', '.join(CLASSES)})"))
            continue
        if not isinstance(hosts, list) or not all(isinstance(h, str) and h for h in hosts):
            problems.append(Problem(HOSTS_FILE, cls, "(hosts)", "must be a list of host names"))
            continue
        for h in hosts:
            if h != h.lower().strip().rstrip(".") or "/" in h or h.startswith("www."):
                problems.append(Problem(HOSTS_FILE, cls, h, "write a bare lower-case host without 'www.' or a "
                                                            "path"))
            if h in seen:
                problems.append(Problem(HOSTS_FILE, cls, h, f"listed twice (also under {seen[h]})"))
            seen[h] = cls
        classes[cls] = tuple(hosts)
    return Hosts(classes)


def _period_end(value: str) -> dt.date:
    """The last day a fuzzy date ('2025', '2025-06', '2025-06-30') can mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(*parts)


def allowed_hosts(code: str, jurisdictions: dict) -> tuple[str, ...]:
    """A jurisdiction's own official hosts; its parent's only when it lists none of its own (each jurisdiction
    lists a parent's host itself where that host really publishes its law, e.g. legislation.gov.uk for GB-SCT)."""
    j = jurisdictions.get(code)
    if j is None:
        return ()
    if j.official_hosts:
        return tuple(j.official_hosts)
    parent = jurisdictions.get(j.parent) if j.parent else None
    return tuple(parent.official_hosts) if parent else ()


def _sources_for(law: Law, fact: Fact):
    """The sources that are the basis for a fact: those saying so in `supports`, and those that say nothing."""
    return [s for s in law.sources if not s.supports or fact in s.supports]


def content_site_only(law: Law, hosts: Hosts) -> list[str]:
    """The facts (status, dates, penalty) whose every supporting source is a content site. A status of 'unknown'
    and empty dates or penalty assert nothing, so they need no source."""
    has = {Fact.status: law.status is not Status.unknown,  # 'unknown' asserts nothing
           Fact.dates: bool(law.enacted or law.effective or law.synthetic_since),
           Fact.penalty: law.penalty is not None}
    out = []
    for fact, present in has.items():
        basis = _sources_for(law, fact)
        if present and basis and all(hosts.classify(s.url) == "content_site" for s in basis):
            out.append(fact.value)
    return out


def findings(corpus, files: dict[str, str], hosts: Hosts, today: Optional[dt.date] = None) -> list[Finding]:
    """Every trust-rule finding in the corpus, in corpus order."""
    today = today or dt.date.today()
    out: list[Finding] = []
    courts = hosts.classes.get("court", ())

    def add(family: str, law: Law, field: str, reason: str) -> None:
        out.append(Finding(family, Problem(files.get(law.id, law.jurisdiction), law.id, field, reason)))

    for law in corpus.laws:
        if law.status in (Status.pending, Status.carried_over):
            if not law.session_end:
                add("bill-session", law, "session_end", f"a {law.status.value} bill needs its session and the "
                    "session's scheduled end (two-year sessions: the end of the biennium)")
            elif _period_end(law.session_end) < today:
                add("stale-bill", law, "status", f"still {law.status.value} after its session ended "
                    f"({law.session_end}): record the outcome (enacted, failed, vetoed, carried_over) from a "
                    "source that shows it, or 'unknown' with a note naming where you looked")
        if law.status is Status.enacted and law.effective and _period_end(law.effective) <= today:
            add("enacted-past-effective", law, "status", f"'enacted' but its effective date {law.effective} has "
                "passed: confirm it took effect and mark it in_force (with a source)")
        if law.status is Status.in_force and law.official_link is None:
            add("official-link", law, "sources", "a law in force needs its official text: an opened source with "
                "official: true, or official_text {url, opened: false, note} on the jurisdiction's official host")
        allowed = allowed_hosts(law.jurisdiction, corpus.jurisdictions)
        links = [(f"sources[{i}].url", s.url) for i, s in enumerate(law.sources) if s.official]
        if law.official_text:
            links.append(("official_text.url", law.official_text.url))
        for field, url in links:
            host = host_of(url)
            if host_matches(host, allowed) or host_matches(host, courts):
                continue
            where = ", ".join(allowed) if allowed else "none listed"
            add("official-host", law, field, f"'{host}' is not an official host of {law.jurisdiction} ({where}; "
                "see jurisdictions.yaml): mark the source official: false, or list the host if it is the "
                "jurisdiction's own legislature, code or gazette")
        weak = content_site_only(law, hosts)
        if weak:
            add("content-site-only", law, "sources", f"{', '.join(weak)} rest(s) only on content sites (see "
                "hosts.yaml): find the official text or a better source, or set the fact to null with a note")
    return out


def check(root: Path, corpus, today: Optional[dt.date] = None) -> list[Problem]:
    """hosts.yaml problems, then every finding as a problem (for `ingest --check`)."""
    problems: list[Problem] = []
    hosts = load_hosts(root, problems)
    return problems + [f.problem for f in findings(corpus, corpus.files, hosts, today)]


def figures(corpus, hosts: Hosts) -> dict[str, float | int]:
    """Shares of law records with an opened official source, with an official link (opened or not), and with a
    status, date or penalty resting only on content sites (target 0)."""
    laws = corpus.laws
    n = len(laws) or 1
    opened = sum(1 for l in laws if any(s.official for s in l.sources))
    linked = sum(1 for l in laws if l.official_link is not None)
    in_force = [l for l in laws if l.status is Status.in_force]
    weak = sum(1 for l in laws if content_site_only(l, hosts))
    return {"records": len(laws), "opened_official": opened, "opened_official_share": opened / n,
            "official_link": linked, "official_link_share": linked / n,
            "in_force": len(in_force),
            "in_force_linked": sum(1 for l in in_force if l.official_link is not None),
            "content_site_only": weak, "content_site_only_share": weak / n}


_RECORD_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,119}")
_FIELD = re.compile(r"[a-z_][a-z0-9_.\[\]]{0,59}")


def report_link(law_id: str, field: str, base: Optional[str] = None) -> str:
    """A prefilled "report an error" link naming only the record id and the field (never anything a user typed):
    an issue form (`?title=&body=`) or a `mailto:` (`?subject=&body=`), at `RECOURSE_REPORT_URL`."""
    from kb.config import settings
    from kb.errors import QueryError

    if not _RECORD_ID.fullmatch(law_id or "") or not _FIELD.fullmatch(field or ""):
        raise QueryError("a report link names a record id and one of its fields")
    base = base or settings().report_url
    title = f"Error in record {law_id} ({field})"
    body = (f"Record: {law_id}\nField: {field}\n\nWhat is wrong, and a source (ideally the official text) that "
            "shows the correct fact:\n")
    keys = ("subject", "body") if base.startswith("mailto:") else ("title", "body")
    query = urlencode({keys[0]: title, keys[1]: body}, quote_via=quote)
    return f"{base}{'&' if '?' in base else '?'}{query}"
