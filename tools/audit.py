"""Supply-chain check: `python tools/audit.py [--offline] [--strict]` looks up every package of the installed set
(requirements.lock, written by `pip freeze` from the project's venv: direct pins and everything they pull in, such
as onnxruntime, protobuf and pillow) in PyPI's advisory data, and fails on a known vulnerability that is neither
fixed by our version nor explained below.

What the reachable data allows, and so what each package's line says:
- PyPI's project endpoint (`/pypi/<name>/json`) is the advisory source that answers from this project's machines;
  the per-version endpoint that pip-audit uses answers 404 and OSV is unreachable. The project endpoint lists the
  advisories that affect the *latest* release, each with the versions that fix it.
- `checked`: our version is the latest release: every advisory PyPI knows for it is listed, so the check is complete.
- `partly checked`: our version is older than the latest. Advisories that still affect the latest release are
  checked against our version (an advisory fixed in a later version than ours counts against us), but one fixed
  between our version and the latest is invisible from here. Bump the pin, or check it elsewhere (OSV, pip-audit).
- `not checked`: the lookup failed. A yanked version is reported as vulnerable.

Exit codes: 1 for an unexplained vulnerability, a yanked version, or a run that checked nothing (no network) unless
`--offline` says that is expected; with `--strict`, also for any package not fully checked. 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
# id -> why it is acceptable here. Keep each reason short and true.
EXPLAINED = {
    "CVE-2026-45829": "Chroma HTTP server pre-auth code injection, no fixed release: Recourse uses the embedded "
                      "store by default; a server must listen only on localhost or a private network (README).",
    "CVE-2026-45830": "Chroma server authorization flaw, no fixed release: same mitigation (server not exposed).",
    "CVE-2026-45831": "Chroma SimpleRBAC provider flaw: Recourse does not use it; server not exposed.",
    "CVE-2026-45833": "Chroma server authenticated code injection, no fixed release: server not exposed.",
}
PYPI = "https://pypi.org/pypi"
_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s#;]+)")


def read_pins(path: Path) -> list[tuple[str, str]]:
    """(name, version) for every `name==version` line of a requirements file."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _PIN.match(line.strip())
        if m:
            out.append((m.group(1), m.group(2)))
    return out


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _version_key(version: str) -> tuple:
    """A sortable key for ordinary release versions (1.2.10 > 1.2.9; pre-releases sort before the release)."""
    parts = re.findall(r"\d+|[a-z]+", version.split("+")[0].lower())
    return tuple((0, int(p)) if p.isdigit() else (-1, p) for p in parts)


@dataclass
class Finding:
    name: str
    version: str
    state: str = "not checked"  # checked | partly checked | not checked
    latest: Optional[str] = None
    why: str = ""
    vulnerable: list[str] = field(default_factory=list)
    explained: list[str] = field(default_factory=list)


def lookup(name: str, version: str, timeout: float = 20.0, pypi: str = PYPI) -> Finding:
    found = Finding(name, version)
    try:
        with urllib.request.urlopen(f"{pypi}/{name}/json", timeout=timeout) as response:
            data = json.load(response)
    except (OSError, ValueError) as exc:
        found.why = f"lookup failed ({exc})"
        return found
    found.latest = data["info"]["version"]
    mine = _version_key(version)
    found.state = "checked" if mine >= _version_key(found.latest) else "partly checked"
    if found.state == "partly checked":
        found.why = f"latest is {found.latest}; advisories fixed in between are not visible from here"
    files = data.get("releases", {}).get(version) or []
    if files and all(f.get("yanked") for f in files):
        reason = next((f.get("yanked_reason") for f in files if f.get("yanked_reason")), "") or "no reason given"
        found.vulnerable.append(f"version {version} is yanked ({reason})")
    seen: set[frozenset] = set()
    for v in data.get("vulnerabilities") or []:
        ids = frozenset({v["id"], *(v.get("aliases") or [])})
        if v.get("withdrawn") or ids & set().union(*seen):
            continue  # withdrawn, or the same advisory under another database's id (GHSA / PYSEC)
        seen.add(ids)
        fixed = [f for f in v.get("fixed_in") or []]
        if fixed and any(_version_key(f) <= mine for f in fixed):
            continue  # fixed at or before our version
        label = f"{v['id']} ({', '.join(sorted(ids - {v['id']}))})" + (f", fixed in {', '.join(fixed)}" if fixed
                                                                        else ", no fixed release")
        why = next((EXPLAINED[i] for i in ids if i in EXPLAINED), None)
        (found.explained if why else found.vulnerable).append(f"{label}: {why}" if why else label)
    return found


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(prog="python tools/audit.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--lock", type=Path, default=LOCK, help="requirements file with every installed package pinned "
                                                           "(default: requirements.lock)")
    p.add_argument("--offline", action="store_true", help="a run that reaches no advisory data is expected "
                                                          "(exit 0 instead of 1); vulnerabilities still fail")
    p.add_argument("--strict", action="store_true", help="also fail when any package is not fully checked")
    p.add_argument("--pypi", default=PYPI, help="base of PyPI's JSON API (a mirror that serves /<name>/json)")
    p.add_argument("--requirements", type=Path, default=ROOT / "requirements.txt",
                   help="the direct pins, which must match the lock")
    args = p.parse_args(argv)

    pins = read_pins(args.lock)
    direct = read_pins(args.requirements)
    locked = {_norm(n): v for n, v in pins}
    drift = [f"{n}=={v} (lock has {locked.get(_norm(n), 'nothing')})" for n, v in direct
             if locked.get(_norm(n), "").split("+")[0] != v.split("+")[0]]
    with ThreadPoolExecutor(max_workers=8) as pool:
        findings = list(pool.map(lambda pin: lookup(*pin, pypi=args.pypi.rstrip("/")), pins))

    for f in findings:
        for line in f.explained:
            print(f"explained       {f.name}=={f.version}: {line}")
    for f in findings:
        if f.state != "checked":
            print(f"{f.state:15} {f.name}=={f.version}: {f.why}")
    for f in findings:
        for line in f.vulnerable:
            print(f"VULNERABLE      {f.name}=={f.version}: {line}")
    for line in drift:
        print(f"LOCK DRIFT      requirements.txt pins {line}: regenerate requirements.lock (see its header)")

    counts = {state: sum(f.state == state for f in findings) for state in ("checked", "partly checked",
                                                                            "not checked")}
    vulnerable = sum(len(f.vulnerable) for f in findings)
    print(f"{len(pins)} packages in {args.lock.name}: {counts['checked']} checked, {counts['partly checked']} "
          f"partly checked (older than the latest release), {counts['not checked']} not checked; "
          f"{vulnerable} unexplained vulnerabilities")
    if vulnerable or drift:
        return 1
    if counts["checked"] + counts["partly checked"] == 0:
        if args.offline:
            print("offline: no advisory data was reachable, so nothing was checked (--offline accepts this)")
            return 0
        print("nothing was checked (no advisory data reachable); pass --offline if that is expected")
        return 1
    if args.strict and (counts["partly checked"] or counts["not checked"]):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
