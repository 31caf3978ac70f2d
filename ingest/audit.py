"""`python -m ingest audit --sample N --seed S`: a stratified random sample of law records, each fact beside the
source(s) that support it, so a person can verify a release quickly against the sources.

Strata are (where, status): where is US federal, US state or international; status is in force, enacted, or bill
(pending, carried over, failed, vetoed, unknown, repealed). Each non-empty stratum gets at least one record and the
rest of the sample (n in all) is shared in proportion to the strata's sizes; the same seed gives the same sample.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from pathlib import Path

from kb.corpus import load
from kb.models import Fact, Law, Status
from kb.trust import content_site_only, load_hosts

_FACTS = (("status", Fact.status), ("enacted", Fact.dates), ("effective", Fact.dates),
          ("synthetic_since", Fact.dates), ("session_end", Fact.dates), ("penalty", Fact.penalty),
          ("coverage", Fact.coverage))


def _stratum(law: Law) -> tuple[str, str]:
    where = "US federal" if law.jurisdiction == "US" else "US state" if law.jurisdiction.startswith("US-") \
        else "international"
    status = "in force" if law.status is Status.in_force else "enacted" if law.status is Status.enacted else "bill"
    return where, status


def sample(laws: list[Law], n: int, seed: int) -> list[Law]:
    """A stratified random sample of about n records (at least one per non-empty stratum), in stratum order."""
    strata: dict[tuple[str, str], list[Law]] = defaultdict(list)
    for law in sorted(laws, key=lambda l: l.id):
        strata[_stratum(law)].append(law)
    rng = random.Random(seed)
    total = len(laws) or 1
    quota = {key: min(len(g), max(1, round(n * len(g) / total))) for key, g in strata.items()}
    while sum(quota.values()) > max(n, len(strata)):  # rounding and the one-each floor can overshoot n
        quota[max((k for k in quota if quota[k] > 1), key=lambda k: quota[k])] -= 1
    out = []
    for key in sorted(strata):
        out.extend(rng.sample(strata[key], quota[key]))
    return out


def _value(law: Law, name: str) -> str:
    if name == "status":
        return law.status.label
    if name == "penalty":
        return law.penalty.describe() if law.penalty else "none recorded"
    if name == "coverage":
        c, r = law.covers, law.remedies
        yes = [k for k, v in {**c.model_dump(), **r.model_dump()}.items() if v is True]
        unknown = [k for k, v in {**c.model_dump(), **r.model_dump()}.items() if v is None]
        return f"yes: {', '.join(yes) or '-'}; unknown: {', '.join(unknown) or '-'}"
    value = getattr(law, name)
    return str(value) if value else "-"


def render(root: Path, n: int, seed: int, today: dt.date | None = None) -> str:
    corpus, problems = load(root)
    hosts = load_hosts(root)
    picked = sample(list(corpus.laws), n, seed)
    lines = [f"# Corpus audit sample ({(today or dt.date.today()).isoformat()})", "",
             f"`python -m ingest audit --sample {n} --seed {seed}`: {len(picked)} of {len(corpus.laws)} law records, "
             "stratified by place (US federal, US state, international) and status (in force, enacted, bill). "
             "Each fact is shown beside the sources that support it (`supports` on the source; a source that says "
             "nothing is listed for every fact). Host classes come from data/statutes/hosts.yaml; "
             "**official** marks an opened official source.", ""]
    if problems:
        lines += [f"Note: {len(problems)} schema problem(s) in the corpus; records that failed to load are not "
                  "sampled.", ""]
    for law in picked:
        where, status = _stratum(law)
        lines += [f"## {law.label} — `{law.id}`", "", f"{law.title}. Stratum: {where}, {status}. Verified "
                  f"{law.verified}.", ""]
        link = law.official_link
        lines.append(f"- official text: {link[0]} ({'opened' if link[1] else 'not yet checked'})" if link
                     else "- official text: **none recorded**")
        weak = content_site_only(law, hosts)
        if weak:
            lines.append(f"- **rests only on content sites:** {', '.join(weak)}")
        lines += ["", "| # | source | host class | supports |", "|---|---|---|---|"]
        for i, s in enumerate(law.sources, 1):
            lines.append(f"| {i} | {'**official** ' if s.official else ''}{s.url} (accessed {s.accessed}) | "
                         f"{hosts.classify(s.url) or 'unclassified'} | "
                         f"{', '.join(f.value for f in s.supports) or '(not said: all facts)'} |")
        lines += ["", "| fact | value | sources |", "|---|---|---|"]
        for name, fact in _FACTS:
            value = _value(law, name)
            if value == "-" and name in ("synthetic_since", "session_end"):
                continue
            basis = [str(i) for i, s in enumerate(law.sources, 1) if not s.supports or fact in s.supports]
            lines.append(f"| {name} | {value.replace('|', '/')} | {', '.join(basis) or '**no source says**'} |")
        lines.append("")
    return "\n".join(lines)
