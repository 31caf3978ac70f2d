"""`python -m ingest --check`: the whole corpus contract, every problem at once, grouped by file.

Schema and cross-record rules live in `kb.corpus` (one validator for everyone); this module adds canonical
formatting, so reviews show only real changes, `--fix`, which rewrites files into that form, and the trust rules of
`kb.trust` (stale bills, official links and hosts, content-site-only facts), which depend on today's date and so
are reported here rather than refusing to load the corpus.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from pathlib import Path
from typing import Optional

import yaml

from kb.corpus import CHECKLIST_FILE, JURISDICTIONS_FILE, SERVICES_FILE, Corpus, load
from kb.errors import Problem
from kb.trust import check as trust_check


OPTIONAL_COVERS = ("children", "synthetic_creation", "distribution")  # FORMAT.md: omit when the text says nothing either way


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow=False, indentless=False):  # keep list items flush like the examples
        return super().increase_indent(flow, indentless)


def _dump(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=116,
                     default_flow_style=False)


def _header(text: str) -> str:
    lines = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines)


def canonical_texts(root: Path, corpus: Corpus) -> dict[str, str]:
    """The canonical text of every file whose records all validated."""
    by_file: dict[str, list] = defaultdict(list)
    codes: dict[str, str] = {}
    for law in corpus.laws:
        rel = corpus.files[law.id]
        codes[rel] = law.jurisdiction  # one jurisdiction per file: the loader checks it against the path
        record = law.model_dump(mode="json", exclude={"jurisdiction"})
        for name in OPTIONAL_COVERS:  # written only where a record says something about them
            if record["covers"].get(name) is None:
                record["covers"].pop(name, None)
        by_file[rel].append(record)
    out = {rel: _dump({"jurisdiction": codes[rel], "laws": laws}) for rel, laws in by_file.items()}
    for p in corpus.platforms:
        out[corpus.files[p.id]] = _dump(p.model_dump(mode="json"))
    if corpus.services:
        out[SERVICES_FILE] = _dump({"services": [s.model_dump(mode="json") for s in corpus.services]})
    if corpus.checklist:
        out[CHECKLIST_FILE] = _dump({"checklist": [c.model_dump(mode="json") for c in corpus.checklist]})
    out[JURISDICTIONS_FILE] = _dump({"jurisdictions": [
        j.model_dump(mode="json", exclude_defaults=True) for j in corpus.jurisdictions.values()]})
    return {rel: _header((root / rel).read_text(encoding="utf-8")) + text for rel, text in out.items()}


def check(root: Path, fix: bool = False, today: Optional[dt.date] = None) -> list[Problem]:
    """All problems in the corpus at `root`; with fix=True, rewrite badly formatted (but valid) files first."""
    corpus, problems = load(root)
    broken = {p.file for p in problems}
    problems += trust_check(root, corpus, today)
    for rel, text in canonical_texts(root, corpus).items():
        if rel in broken:
            continue
        path = root / rel
        current = path.read_text(encoding="utf-8")
        if current == text:
            continue
        if fix:
            path.write_text(text, encoding="utf-8")
            continue
        diff = "".join(list(difflib.unified_diff(current.splitlines(True), text.splitlines(True), rel, rel,
                                                 n=0))[2:8])
        problems.append(Problem(rel, "", "(format)", "not in canonical form (run `python -m ingest --check "
                                                     f"--fix`); first differences:\n{diff}".rstrip()))
    return problems


def render(problems: list[Problem]) -> str:
    """Problems grouped by file, one line each, then the count."""
    lines = []
    for file in sorted({p.file for p in problems}):
        lines.append(f"{file}:")
        lines.extend(f"  {p}" for p in problems if p.file == file)
    lines.append(f"{len(problems)} problem(s) in {len({p.file for p in problems})} file(s)")
    return "\n".join(lines)
