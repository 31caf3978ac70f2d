"""Number citations and prove an answer only cites what it may.

An answer may cite a law only if (a) the law is in the corpus, (b) its citation text and link are exactly the
corpus's, and (c) its jurisdiction is one the question is about or a parent of one (US federal, EU, UK-wide).
Every [n] marker must point at a citation, and every citation must be used. The grounded composer is checked with
this in tests; the LLM composer is checked at run time and replaced by the grounded one when it fails.
"""

from __future__ import annotations

import re
from typing import Optional

from kb.catalog import Catalog
from kb.models import Law
from kb.results import SOURCE_LABELS, Answer, Citation, Passage

MARKER = re.compile(r"\[(\d{1,3})\]")


def confidence(law: Law, specific: set[str], rank: Optional[int]) -> str:
    """high: the question's own jurisdiction and among the top retrieved; medium: retrieved or a parent's law."""
    if rank is not None and rank < 3 and law.jurisdiction in specific:
        return "high"
    if rank is not None or law.jurisdiction in specific:
        return "medium"
    return "low"


def cite(n: int, law: Law, passage: Optional[Passage], conf: str) -> Citation:
    """`url` is the law's official link; the quoted passage carries its own kind and link, so a fetched copy, an
    operator's document or a session upload is never shown as if it were the text behind the official link."""
    kind = passage.kind if passage else "summary"
    own = law.url if kind == "summary" else (passage.url or None)
    return Citation(n=n, law_id=law.id, citation=law.label, jurisdiction=law.jurisdiction, title=law.title,
                    url=law.url, passage=(passage.text if passage else law.summary)[:1200],
                    status=law.status.value, effective=law.effective, verified=law.verified.isoformat(),
                    confidence=conf, source_kind=kind, source_url=own, basis=basis(law),
                    report_url=_report(law.id))


FACTS = ("status", "dates", "penalty", "coverage")


def basis(law: Law) -> dict[str, tuple[str, ...]]:
    """Which sources the record says show each fact; facts no source is tagged for are left out, so the card can
    say "source not recorded" rather than imply one."""
    out = {}
    for fact in FACTS:
        urls = tuple(dict.fromkeys(s.url for s in law.sources if fact in {f.value for f in s.supports}))
        if urls:
            out[fact] = urls
    return out


def _report(law_id: str) -> Optional[str]:
    from kb.trust import report_link

    try:
        return report_link(law_id, "record")
    except Exception:  # an id the link format does not accept: no link rather than a broken one
        return None


def problems(answer: Answer, catalog: Catalog, allowed: set[str]) -> list[str]:
    """Everything wrong with an answer's citations; empty means it may be shown."""
    found = []
    numbers = {c.n for c in answer.citations}
    used = {int(m) for m in MARKER.findall(answer.answer)}
    for marker in sorted(used - numbers):
        found.append(f"marker [{marker}] has no citation")
    for c in answer.citations:
        law = catalog.law(c.law_id)
        if law is None:
            found.append(f"[{c.n}] cites '{c.law_id}', which is not in the corpus")
            continue
        if c.citation != law.label or c.url != law.url or c.jurisdiction != law.jurisdiction:
            found.append(f"[{c.n}] does not match the corpus record {law.id}")
        if c.source_kind not in SOURCE_LABELS or (c.source_kind == "summary") != (c.source_url == law.url):
            found.append(f"[{c.n}] labels its passage as '{c.source_kind}' from {c.source_url}: a quoted text "
                         f"must carry its own kind and link")
        if law.jurisdiction not in allowed:
            found.append(f"[{c.n}] cites {law.jurisdiction} law, outside {sorted(allowed)}")
        if c.n not in used:
            found.append(f"[{c.n}] is never referred to in the text")
    return found
