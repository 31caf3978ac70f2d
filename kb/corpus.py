"""Read `data/statutes/` into domain records, collecting every problem instead of stopping at the first.

This is the one validator of the corpus: `ingest --check`, the ingest pipeline and the catalog all load through
`load()`, so the rules cannot drift apart. Problems read `file › record › field: reason (how to fix)`.

Identity is read off the path: `us/tx.yaml` holds `US-TX`, `us/federal.yaml` holds `US`, `intl/gb-sct.yaml` holds
`GB-SCT`; every law id starts with its jurisdiction's code in lower case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml
from pydantic import ValidationError

from kb.errors import CorpusError, Problem
from kb.models import ChecklistItem, Jurisdiction, Law, PlatformPolicy, Service

JURISDICTIONS_FILE = "jurisdictions.yaml"
SERVICES_FILE = "services.yaml"
CHECKLIST_FILE = "checklist.yaml"
LAW_DIRS = ("us", "intl")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster; same safe rules
PLATFORM_DIR = "platforms"


@dataclass(frozen=True)
class Corpus:
    jurisdictions: dict[str, Jurisdiction]
    laws: tuple[Law, ...]
    platforms: tuple[PlatformPolicy, ...]
    services: tuple[Service, ...]
    files: dict[str, str] = field(default_factory=dict)  # record id -> corpus-relative file
    checklist: tuple[ChecklistItem, ...] = ()


def to_snapshot(corpus: Corpus) -> dict[str, str]:
    """Every validated record as JSON, keyed by kind and id: what an index generation was built from."""
    out = {f"jurisdiction:{c}": j.model_dump_json() for c, j in corpus.jurisdictions.items()}
    out.update({f"law:{l.id}": l.model_dump_json() for l in corpus.laws})
    out.update({f"platform:{p.id}": p.model_dump_json() for p in corpus.platforms})
    out.update({f"service:{s.id}": s.model_dump_json() for s in corpus.services})
    out.update({f"file:{rid}": rel for rid, rel in corpus.files.items()})
    out.update({f"checklist:{n:03d}:{c.id}": c.model_dump_json() for n, c in enumerate(corpus.checklist)})
    return out


def from_snapshot(records: dict[str, str]) -> Corpus:
    """The corpus a generation was built from, so the catalog always matches the index being served."""
    def pick(kind: str, model):
        return [model.model_validate_json(v) for k, v in sorted(records.items()) if k.startswith(kind + ":")]

    jurisdictions = {j.code: j for j in pick("jurisdiction", Jurisdiction)}
    files = {k.split(":", 1)[1]: v for k, v in records.items() if k.startswith("file:")}
    laws = sorted(pick("law", Law), key=lambda l: (files.get(l.id, ""), l.id))
    return Corpus(jurisdictions, tuple(laws), tuple(pick("platform", PlatformPolicy)),
                  tuple(pick("service", Service)), files, tuple(pick("checklist", ChecklistItem)))


def code_for_path(rel: Path) -> str | None:
    """`us/tx.yaml` -> `US-TX`; `us/federal.yaml` -> `US`; `intl/gb-sct.yaml` -> `GB-SCT`."""
    if len(rel.parts) != 2 or rel.suffix != ".yaml" or rel.parts[0] not in LAW_DIRS:
        return None
    stem = rel.stem
    if rel.parts[0] == "us":
        return "US" if stem == "federal" else f"US-{stem.upper()}"
    return stem.upper()


def field_path(loc: Iterable[Any]) -> str:
    """Flatten pydantic's loc tuple: ('sources', 0, 'url') -> 'sources[0].url'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(record)"


_FIXES = {
    "missing": "add it; use null with a note if the fact is unknown",
    "extra_forbidden": "remove it or check its spelling against data/statutes/FORMAT.md",
    "enum": "use one of the listed values",
}


def _problems_from(err: ValidationError, file: str, record: str, prefix: str = "") -> list[Problem]:
    found = []
    for e in err.errors():
        path = field_path(e["loc"])
        path = f"{prefix}{path}" if prefix and path != "(record)" else (prefix.rstrip(".") or path)
        reason = e["msg"].removeprefix("Value error, ")
        if e["type"] == "missing":
            reason = "is required"
        elif e["type"] == "extra_forbidden":
            reason = "is not a known field"
        fix = _FIXES.get(e["type"])
        found.append(Problem(file, record, path, f"{reason} ({fix})" if fix else reason))
    return found


def parse_yaml(text: str, rel: str, problems: list[Problem]) -> Any:
    """One YAML document, or None with the problem recorded (`file › (file): line N, column M: reason`).

    Policy: the corpus is plain data, so anchors and aliases are refused (an "alias bomb" of a few lines expands
    to billions of nodes once validated) and a key given twice in one mapping is an error (YAML parsers silently
    keep the last value, which once turned a law in force into a repealed one). Both are found on the composed
    node graph, which costs time linear in the file, before any Python object is built."""
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        found = _graph_problems(node, rel, text)
        if found:
            problems.extend(found)
            return None
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problems.append(Problem(rel, "", "(file)", f"{where}not valid YAML ({getattr(exc, 'problem', exc)})"))
    except RecursionError:
        problems.append(Problem(rel, "", "(file)", "nested too deeply to be a corpus record"))
    finally:
        loader.dispose()
    return None


def _graph_problems(root: yaml.Node, rel: str, text: str) -> list[Problem]:
    """Aliases (a node reached twice) and duplicate keys, each with its line; iterative, linear in the nodes."""
    found: list[Problem] = []
    seen: set[int] = set()
    aliased = False
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            aliased = True
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    line = key.start_mark.line + 1
                    if key.value in keys:
                        found.append(Problem(rel, "", "(file)",
                                             f"line {line}: duplicate key '{key.value[:60]}' (also on line "
                                             f"{keys[key.value]}; keep one)"))
                    else:
                        keys[key.value] = line
                stack.append(value)
                stack.append(key)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    if aliased:  # the composed node keeps the anchor's position; the events know where each alias is
        lines = [e.start_mark.line + 1 for e in yaml.parse(text, Loader=_LOADER) if isinstance(e, yaml.AliasEvent)]
        found.extend(Problem(rel, "", "(file)", f"line {line}: uses a YAML alias (*name or <<: *name); write the "
                                                 f"value out in full (anchors and aliases are not allowed)")
                     for line in list(dict.fromkeys(lines))[:10])
    return found


def _read_yaml(path: Path, rel: str, problems: list[Problem]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(rel, "", "(file)", f"cannot be read ({exc})"))
        return None
    return parse_yaml(text, rel, problems)


def _records(data: Any, key: str, rel: str, problems: list[Problem]) -> list[dict]:
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        problems.append(Problem(rel, "", key, f"the file must be a mapping with a list under '{key}'"))
        return []
    items = []
    for i, item in enumerate(data[key]):
        if isinstance(item, dict):
            items.append(item)
        else:
            problems.append(Problem(rel, f"#{i}", key, "each entry must be a mapping"))
    return items


def _build(model, raw: dict, rel: str, problems: list[Problem], index: int):
    rid = str(raw.get("id") or raw.get("code") or f"#{index}")
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        problems.extend(_problems_from(err, rel, rid))
        return None


def _register(rid: str, rel: str, files: dict[str, str], problems: list[Problem]) -> bool:
    """Ids are unique across the whole corpus (laws, platforms, services); the second use is a problem."""
    if rid in files:
        problems.append(Problem(rel, rid, "id", f"duplicate: also used in {files[rid]}"))
        return False
    files[rid] = rel
    return True


def _list_file(root: Path, name: str, key: str, model, problems: list[Problem]) -> list:
    """The valid records of an optional top-level file holding a list under `key` (services, checklist)."""
    if not (root / name).exists():
        return []
    data = _read_yaml(root / name, name, problems)
    records = _records(data, key, name, problems) if data is not None else []
    return [r for r in (_build(model, raw, name, problems, i) for i, raw in enumerate(records)) if r is not None]


def load(root: Path) -> tuple[Corpus, list[Problem]]:
    """Every record that validates, and every problem found, across the whole corpus."""
    root = Path(root)
    problems: list[Problem] = []
    files: dict[str, str] = {}
    if not root.is_dir():
        raise CorpusError([Problem(str(root), "", "(folder)", "does not exist (set RECOURSE_CORPUS or --corpus)")])

    jurisdictions: dict[str, Jurisdiction] = {}
    data = _read_yaml(root / JURISDICTIONS_FILE, JURISDICTIONS_FILE, problems) \
        if (root / JURISDICTIONS_FILE).exists() else None
    if data is None and not (root / JURISDICTIONS_FILE).exists():
        problems.append(Problem(JURISDICTIONS_FILE, "", "(file)", "is missing; every corpus needs one"))
    for i, raw in enumerate(_records(data, "jurisdictions", JURISDICTIONS_FILE, problems) if data else []):
        j = _build(Jurisdiction, raw, JURISDICTIONS_FILE, problems, i)
        if j is None:
            continue
        if j.code in jurisdictions:
            problems.append(Problem(JURISDICTIONS_FILE, j.code, "code", "appears twice (keep one entry)"))
        jurisdictions[j.code] = j
    for j in jurisdictions.values():
        if j.parent and j.parent not in jurisdictions:
            problems.append(Problem(JURISDICTIONS_FILE, j.code, "parent",
                                    f"'{j.parent}' is not a jurisdiction in this file"))

    laws: list[Law] = []
    for path in sorted(p for d in LAW_DIRS for p in (root / d).glob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        code = code_for_path(path.relative_to(root))
        if code is None:
            problems.append(Problem(rel, "", "(file)", "unknown file type: law files are us/<xx>.yaml, "
                                    "us/federal.yaml or intl/<code>.yaml"))
            continue
        data = _read_yaml(path, rel, problems)
        if data is None:
            continue
        if isinstance(data, dict) and data.get("jurisdiction") != code:
            problems.append(Problem(rel, "", "jurisdiction",
                                    f"must be '{code}' to match the file name (got {data.get('jurisdiction')!r})"))
        if code not in jurisdictions and jurisdictions:
            problems.append(Problem(rel, "", "jurisdiction",
                                    f"unknown jurisdiction code '{code}' (add it to {JURISDICTIONS_FILE})"))
        if isinstance(data, dict) and set(data) - {"jurisdiction", "laws"}:
            extra = ", ".join(sorted(set(data) - {"jurisdiction", "laws"}))
            problems.append(Problem(rel, "", extra, "is not a known top-level key (use 'jurisdiction' and 'laws')"))
        for i, raw in enumerate(_records(data, "laws", rel, problems)):
            law = _build(Law, {**raw, "jurisdiction": code}, rel, problems, i)
            if law is None:
                continue
            if not law.id.startswith(code.lower() + "-"):
                problems.append(Problem(rel, law.id, "id", f"must start with '{code.lower()}-' (its jurisdiction)"))
            if _register(law.id, rel, files, problems):
                laws.append(law)

    platforms: list[PlatformPolicy] = []
    for path in sorted((root / PLATFORM_DIR).glob("*")):
        rel = path.relative_to(root).as_posix()
        if path.suffix != ".yaml":
            problems.append(Problem(rel, "", "(file)", "unknown file type: platform files are platforms/<id>.yaml"))
            continue
        data = _read_yaml(path, rel, problems)
        if not isinstance(data, dict):
            if data is not None:
                problems.append(Problem(rel, "", "(file)", "must be a mapping of platform fields"))
            continue
        policy = _build(PlatformPolicy, data, rel, problems, 0)
        if policy is None:
            continue
        if policy.id != path.stem:
            problems.append(Problem(rel, policy.id, "id", f"must be '{path.stem}' to match the file name"))
        if _register(policy.id, rel, files, problems):
            platforms.append(policy)

    services: list[Service] = []
    for svc in _list_file(root, SERVICES_FILE, "services", Service, problems):
        unknown = [r for r in svc.regions if r != "*" and r not in jurisdictions]
        if unknown and jurisdictions:
            problems.append(Problem(SERVICES_FILE, svc.id, "regions",
                                    f"unknown jurisdiction code(s) {', '.join(unknown)}"))
        if _register(svc.id, SERVICES_FILE, files, problems):
            services.append(svc)

    checklist = _list_file(root, CHECKLIST_FILE, "checklist", ChecklistItem, problems)

    corpus = Corpus(jurisdictions, tuple(laws), tuple(platforms), tuple(services), files, tuple(checklist))
    return corpus, problems


def load_strict(root: Path) -> Corpus:
    """The corpus, or a CorpusError listing everything wrong with it."""
    corpus, problems = load(root)
    if problems:
        raise CorpusError(problems)
    return corpus
