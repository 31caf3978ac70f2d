"""Supply-chain check: `python tools/audit.py` looks up every pinned requirement in PyPI's vulnerability data and
fails on a known vulnerability that is neither fixed by our pin nor explained below.

Why not pip-audit alone: from this project's machines the per-version PyPI endpoint pip-audit uses answers 404
and OSV is unreachable, so pip-audit reports every package as "not found". The project-level endpoint answers,
with the advisories that affect the latest release; a pin older than the latest is reported as "not checked".
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# id -> why it is acceptable here. Keep each reason short and true.
EXPLAINED = {
    "CVE-2026-45829": "Chroma HTTP server pre-auth code injection, no fixed release: Recourse uses the embedded "
                      "store by default; a server must listen only on localhost or a private network (README).",
    "CVE-2026-45830": "Chroma server authorization flaw, no fixed release: same mitigation (server not exposed).",
    "CVE-2026-45831": "Chroma SimpleRBAC provider flaw: Recourse does not use it; server not exposed.",
    "CVE-2026-45833": "Chroma server authenticated code injection, no fixed release: server not exposed.",
}


def pins() -> list[tuple[str, str]]:
    out = []
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s#;]+)", line.strip())
        if m:
            out.append((m.group(1), m.group(2)))
    return out


def main() -> int:
    unexplained, unknown = [], []
    for name, version in pins():
        try:
            with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=20) as r:
                data = json.load(r)
        except OSError as exc:
            unknown.append(f"{name}=={version}: lookup failed ({exc})")
            continue
        latest = data["info"]["version"]
        if version.split("+")[0] != latest:
            unknown.append(f"{name}=={version}: not checked (latest is {latest})")
            continue
        for v in data.get("vulnerabilities") or []:
            ids = {v["id"], *(v.get("aliases") or [])}
            why = next((EXPLAINED[i] for i in ids if i in EXPLAINED), None)
            label = f"{name}=={version}: {v['id']} ({', '.join(sorted(ids - {v['id']}))})"
            if why:
                print(f"explained  {label}: {why}")
            else:
                unexplained.append(label + (f" fixed in {v['fixed_in']}" if v.get("fixed_in") else ""))
    for line in unknown:
        print(f"unknown    {line}")
    for line in unexplained:
        print(f"VULNERABLE {line}")
    print(f"{len(pins())} pins: {len(unexplained)} unexplained vulnerabilities, {len(unknown)} not checked")
    return 1 if unexplained else 0


if __name__ == "__main__":
    raise SystemExit(main())
