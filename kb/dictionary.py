"""The release's data dictionary: every exported column with its type and meaning.

Generated, not written by hand, so it cannot drift from the data: the columns come from the pydantic models
(through `kb.release.schema()`), and each meaning from, in order, the table below (columns the export adds or
whose corpus comment is terse), the comment on that key in data/statutes/FORMAT.md's examples, and the inline
comment on the field in kb/models.py. A column with none of these says so rather than staying blank.
"""

from __future__ import annotations

import re
from pathlib import Path

from kb import models
from kb.config import PROJECT
from kb.models import Law, PlatformPolicy, Service
from kb.release import _CHILD, schema

# Meanings the corpus comments do not give, or give tersely (keys: "table.column" or "column").
_MEANING = {
    "id": "stable identifier of the record (never reused)",
    "code": "ISO 3166 code (US-TX, GB, CA-BC) or EU",
    "name": "name as people use it",
    "level": "federal, state, country, subdivision or supranational",
    "parent": "code of the enclosing jurisdiction (US-TX -> US)",
    "aliases": "other names, abbreviations and misspellings people use (JSON array)",
    "cities": "cities that resolve to this jurisdiction (JSON array)",
    "official_hosts": "web hosts that publish its official texts (JSON array)",
    "jurisdiction": "code of the jurisdiction whose law this is (jurisdictions.code)",
    "citation": "citation as lawyers write it; null when unknown (the note says why)",
    "title": "short title of the law or bill",
    "verified": "date the record was last checked against its sources",
    "file": "corpus file the record comes from (data/statutes/...)",
    "official_url": "the official text's address: an opened official source, else official_text.url (derived)",
    "official_opened": "1 if that official address was opened when the record was verified (derived)",
    "url": "address of the page",
    "laws.penalty_note": "penalty detail in the corpus's own words",
    "laws.penalty_max_prison": "longest prison term the law sets; null when none or not recorded",
    "laws.penalty_max_fine": "highest fine the law sets; null when none or not recorded",
    "laws.effective": "date it took (or takes) effect: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', or null",
    "platforms.notes": "caveats and what could not be verified, in the corpus's own words",
    "platforms.policy_summary": "the platform's policy on intimate imagery, in the corpus's own words",
    "services.phone": "phone line as the service publishes it; null when it has none",
    "services.hours": "opening hours as the service publishes them; null when not stated",
    "sources.record_kind": "law, platform or service: which table record_id points into",
    "sources.record_id": "id of the record this source backs",
    "sources.n": "position of the source in the record's list (0 = first; the first is the official text when found)",
    "sources.publisher": "who publishes the page",
    "sources.official": "1 if the page is on the jurisdiction's (or platform's/service's) own official host",
    "sources.accessed": "date the page was opened",
    "sources.supports": "facts the page shows: text, status, dates, penalty, coverage (JSON array; empty: not said)",
    "history.law_id": "the law (laws.id)",
    "history.n": "position in the law's history, oldest first",
    "history.date": "date of the change (YYYY, YYYY-MM or YYYY-MM-DD)",
    "history.change": "what changed, in the corpus's own words",
    "official_text_url": "official text's address when no opened source is official",
    "official_text_opened": "1 if that address was opened; 0: known from the official site's structure, not opened",
    "official_text_note": "why the official text was not opened, or where it was found",
}



_COMMENT = re.compile(r"^(\s*)(?:- )?(\w+):[^#]*?#\s*(.+)$")
_BLOCKS = {"A law file": ("laws", Law), "A platform file": ("platforms", PlatformPolicy),
           "Services": ("services", Service)}


def _format_comments(format_md: Path) -> dict[str, str]:
    """'table.column' -> the comment FORMAT.md's example gives for that key (nested keys joined with '_'; a
    comment-only line continues the comment above it)."""
    out: dict[str, str] = {}
    if not format_md.exists():
        return out
    table, last = None, None
    stack: list[tuple[int, str]] = []
    for line in format_md.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            table = next((t for h, (t, _) in _BLOCKS.items() if line[3:].startswith(h)), None)
            stack, last = [], None
            continue
        if table and last and re.match(r"^\s+#", line):
            out[last] += " " + line.strip().lstrip("#").strip()
            continue
        m = re.match(r"^(\s*)(- )?(\w+):", line)
        if table is None or not m:
            last = None
            continue
        indent = len(m.group(1)) + (2 if m.group(2) else 0)
        stack = [(i, k) for i, k in stack if i < indent] + [(indent, m.group(3))]
        path = [k for _, k in stack]
        if path[0] in ("laws", "services"):
            path = path[1:]
        if not path:
            continue
        column = f"{path[0]}.{'_'.join(path[1:])}" if path[0] in _CHILD and len(path) > 1 else \
            f"{table}.{'_'.join(path)}"
        c = _COMMENT.match(line)
        last = None
        if c and column not in out:
            out[column], last = c.group(3).strip(), column
    return out


def _model_comments() -> dict[str, str]:
    """field -> the inline comment on its line in kb/models.py."""
    out = {}
    for line in Path(models.__file__).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s{4}(\w+): [^#]+#\s*(.+)$", line)
        if m:
            out.setdefault(m.group(1), m.group(2).strip())
    return out


def dictionary(corpus_dir: Path) -> dict[str, list[dict]]:
    """table -> [{column, type, meaning}]: every column's meaning from the FORMAT.md example, the models'
    comments or the table above, in that order; a column with none says so rather than staying blank."""
    from_format = _format_comments(Path(corpus_dir) / "FORMAT.md")
    if not from_format:
        from_format = _format_comments(PROJECT / "data" / "statutes" / "FORMAT.md")
    from_models = _model_comments()
    out = {}
    for table, cols in schema().items():
        out[table] = [{"column": c, "type": t,
                       "meaning": _MEANING.get(f"{table}.{c}") or from_format.get(f"{table}.{c}") or
                       _MEANING.get(c) or from_models.get(c) or from_models.get(c.rsplit("_", 1)[-1]) or
                       "(see data/statutes/FORMAT.md)"} for c, t in cols]
    return out


def dictionary_markdown(entries: dict[str, list[dict]]) -> str:
    lines = ["# Data dictionary", "", "Generated by `python -m kb export` from the corpus models (kb/models.py) and "
             "the corpus format (data/statutes/FORMAT.md). Booleans are 1 (true), 0 (false) or empty/NULL "
             "(unknown: the sources do not say). Dates are YYYY, YYYY-MM or YYYY-MM-DD. Lists are JSON arrays.", ""]
    for table, cols in entries.items():
        lines += [f"## {table}", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{e['column']}` | {e['type']} | {e['meaning'].replace('|', '/')} |" for e in cols]
        lines.append("")
    lines += ["## release (SQLite only; `release` in recourse.json)", "",
              "Key and value: `released` (date of this export), `corpus_date` (newest `verified` date), `licence`, "
              "`licence_url`, `code_licence`, `attribution` (how to credit), `counts` (rows per table, JSON).", ""]
    return "\n".join(lines)
