"""The open data release: `python -m kb export --out DIR` writes the corpus as CSV, JSON and SQLite.

Not to be confused with `kb/export.py`, which renders a drafted letter to DOCX or PDF.

What a release holds (DIR/):
    recourse.db          SQLite: laws, jurisdictions, platforms, services, sources, history (+ release); opens in
                         Datasette: `datasette DIR/recourse.db -m DIR/metadata.json`
    recourse.json        every record as nested JSON (the corpus's own shape), plus the release's metadata
    csv/<table>.csv      one CSV per table, the same rows as the SQLite tables
    DATA_DICTIONARY.md   every column: type and meaning (kb/dictionary.py: from the models and FORMAT.md)
    CHANGELOG.md         record changes since the previous release (added, removed, status changed, facts corrected)
    LICENSE.md           the corpus's licence statement (CC BY 4.0, data/LICENSE)
    metadata.json        Datasette metadata: title, licence, source, table and column descriptions

Policy: a release is made from the corpus folder, strictly validated (a corpus with problems raises CorpusError and
nothing is written), so a published row is one that `ingest --check` accepts. Rows are flattened the same way in CSV
and SQLite: a nested object becomes `parent_child` columns, a list of words becomes a JSON array in one text column,
and a list of objects (sources, history) becomes its own table keyed by the record's id.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import types
import typing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Optional

from pydantic import BaseModel

from kb import models
from kb.config import PROJECT
from kb.corpus import Corpus, load_strict
from kb.errors import QueryError
from kb.models import Jurisdiction, Law, PlatformPolicy, Service, Source

LICENCE_NAME = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
CODE_LICENCE = "Apache-2.0"
TABLES = ("laws", "jurisdictions", "platforms", "services", "sources", "history")
_KEYS = {"laws": "id", "jurisdictions": "code", "platforms": "id", "services": "id"}
_MODELS = {"laws": Law, "jurisdictions": Jurisdiction, "platforms": PlatformPolicy, "services": Service}
_CHILD = {"sources": ("sources", Source), "history": ("history", models.Change)}  # field -> (table, model)

# --- flattening: one walker gives both the rows and the data dictionary ------------------------------------

def _unwrap(tp):
    """Optional[Annotated[str, ...]] -> str; tuple[X, ...] -> (tuple, X)."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        else:
            return tp


def _sql_type(tp) -> str:
    tp = _unwrap(tp)
    if tp is bool:
        return "INTEGER"
    return "INTEGER" if tp is int else "TEXT"


def _columns(model: type[BaseModel], prefix: str = "") -> list[tuple[str, str, str]]:
    """(column, SQL type, field path) for a model, nested models flattened, child lists left out."""
    out = []
    for name, field in model.model_fields.items():
        if not prefix and name in _CHILD:
            continue
        tp = _unwrap(field.annotation)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            out += _columns(tp, f"{prefix}{name}_")
        elif typing.get_origin(tp) is tuple:
            out.append((prefix + name, "TEXT", prefix + name))
        else:
            out.append((prefix + name, _sql_type(tp), prefix + name))
    return out


def _cell(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return json.dumps([_cell(v) for v in value], ensure_ascii=False)
    return value


def _flat(data: dict, prefix: str = "") -> dict:
    out = {}
    for key, value in data.items():
        if not prefix and key in _CHILD:
            continue
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}_"))
        else:
            out[prefix + key] = _cell(value)
    return out


def schema() -> dict[str, list[tuple[str, str]]]:
    """table -> [(column, SQL type)], in order."""
    out = {}
    for table, model in _MODELS.items():
        cols = [(c, t) for c, t, _ in _columns(model)]
        if table == "laws":
            cols += [("official_url", "TEXT"), ("official_opened", "INTEGER")]
        out[table] = cols + [("file", "TEXT")]
    out["sources"] = [("record_kind", "TEXT"), ("record_id", "TEXT"), ("n", "INTEGER")] + \
        [(c, t) for c, t, _ in _columns(Source)]
    out["history"] = [("law_id", "TEXT"), ("n", "INTEGER")] + [(c, t) for c, t, _ in _columns(models.Change)]
    return out


def tables(corpus: Corpus) -> dict[str, list[dict]]:
    """The corpus as flat rows, one list per table (column order as in `schema()`)."""
    cols = schema()
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    records = {"laws": corpus.laws, "jurisdictions": tuple(corpus.jurisdictions.values()),
               "platforms": corpus.platforms, "services": corpus.services}
    kinds = {"laws": "law", "platforms": "platform", "services": "service"}
    for table, items in records.items():
        for record in items:
            row = _flat(record.model_dump(mode="json"))
            if table == "laws":
                link = record.official_link
                row["official_url"], row["official_opened"] = (link[0], int(link[1])) if link else (None, None)
            key = getattr(record, _KEYS[table])
            row["file"] = corpus.files.get(key)
            rows[table].append({c: row.get(c) for c, _ in cols[table]})
            for n, source in enumerate(getattr(record, "sources", ())):
                rows["sources"].append({"record_kind": kinds[table], "record_id": key, "n": n,
                                        **_flat(source.model_dump(mode="json"))})
            for n, change in enumerate(getattr(record, "history", ())):
                rows["history"].append({"law_id": key, "n": n, **_flat(change.model_dump(mode="json"))})
    return rows


# --- the changelog: this release against the previous one's recourse.json ----------------------------------

def _paths(value, prefix: str = "") -> dict[str, object]:
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            out.update(_paths(v, f"{prefix}.{k}" if prefix else k))
        return out
    return {prefix: json.dumps(value, sort_keys=True, ensure_ascii=False)}


@dataclass(frozen=True)
class Changes:
    added: tuple[tuple[str, str], ...]  # (table, id)
    removed: tuple[tuple[str, str], ...]
    status: tuple[tuple[str, str, str], ...]  # (law id, old, new)
    corrected: tuple[tuple[str, str, tuple[str, ...]], ...]  # (table, id, fields changed)
    reverified: tuple[tuple[str, str], ...]  # only `verified` (or a source's `accessed`) moved

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.status or self.corrected or self.reverified)


def changes(old: dict, new: dict) -> Changes:
    """Record by record, for every table the JSON holds: what was added, removed, had its status changed, or
    had another fact corrected (the fields are named). A record whose only change is its verified date is
    're-verified', not corrected."""
    added, removed, status, corrected, reverified = [], [], [], [], []
    for table in _MODELS:
        key = _KEYS[table]
        before = {r[key]: r for r in old.get(table, [])}
        after = {r[key]: r for r in new.get(table, [])}
        added += [(table, k) for k in after if k not in before]
        removed += [(table, k) for k in before if k not in after]
        for k in after.keys() & before.keys():
            a, b = _paths(before[k]), _paths(after[k])
            fields = sorted(f for f in a.keys() | b.keys() if a.get(f) != b.get(f))
            if table == "laws" and "status" in fields:
                status.append((k, json.loads(a["status"]), json.loads(b["status"])))
            facts = [f for f in fields if f not in ("status", "verified")]
            if facts and _changed_facts(before[k], after[k]):
                corrected.append((table, k, tuple(facts)))
            elif fields and "status" not in fields:
                reverified.append((table, k))
    return Changes(*(tuple(sorted(x)) for x in (added, removed, status, corrected, reverified)))


def _changed_facts(before: dict, after: dict) -> bool:
    """False when a record differs only in dates of access and verification (a re-check that found nothing new)."""
    def strip(record: dict) -> dict:
        record = {k: v for k, v in record.items() if k not in ("verified", "status")}
        record["sources"] = [{k: v for k, v in s.items() if k != "accessed"} for s in record.get("sources", [])]
        return record
    return strip(before) != strip(after)


def changelog_markdown(c: Optional[Changes], previous: Optional[str], counts: dict[str, int], today: str) -> str:
    lines = [f"# Changelog of the Recourse corpus release of {today}", ""]
    if c is None:
        lines += ["First release (no previous export to compare with): " +
                  ", ".join(f"{n} {t}" for t, n in counts.items()) + ".", ""]
        return "\n".join(lines)
    lines += [f"Compared with the previous release of {previous or 'unknown date'}.", ""]
    if c.empty:
        lines += ["No record changed.", ""]
    sections = (("Added", [f"- {t}: `{k}`" for t, k in c.added]),
                ("Removed", [f"- {t}: `{k}`" for t, k in c.removed]),
                ("Status changed", [f"- laws: `{k}`: {a} -> {b}" for k, a, b in c.status]),
                ("Facts corrected", [f"- {t}: `{k}`: {', '.join(f)}" for t, k, f in c.corrected]),
                ("Re-verified (no fact changed)", [f"- {t}: `{k}`" for t, k in c.reverified]))
    for title, items in sections:
        if items:
            lines += [f"## {title} ({len(items)})", "", *items, ""]
    return "\n".join(lines)


# --- writing a release ---------------------------------------------------------------------------------------

def licence_text(corpus_dir: Path) -> str:
    """The corpus's licence statement: data/LICENSE beside the corpus folder, else the project's."""
    for path in (Path(corpus_dir) / "LICENSE", Path(corpus_dir).parent / "LICENSE", PROJECT / "data" / "LICENSE"):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return f"Recourse corpus, licensed under {LICENCE_NAME}: {LICENCE_URL}\n"


def _write_sqlite(path: Path, rows: dict[str, list[dict]], meta: dict) -> None:
    tmp = path.with_suffix(".db.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        pk = {**{t: [k] for t, k in _KEYS.items()}, "sources": ["record_kind", "record_id", "n"],
              "history": ["law_id", "n"]}
        fk = {"laws": ["FOREIGN KEY (jurisdiction) REFERENCES jurisdictions(code)"],
              "jurisdictions": ["FOREIGN KEY (parent) REFERENCES jurisdictions(code)"],
              "history": ["FOREIGN KEY (law_id) REFERENCES laws(id)"]}
        for table, cols in schema().items():
            defs = [f'"{c}" {t}' for c, t in cols] + [f"PRIMARY KEY ({', '.join(pk[table])})"] + fk.get(table, [])
            db.execute(f'CREATE TABLE "{table}" ({", ".join(defs)})')
            names = [c for c, _ in cols]
            db.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(names))})',
                           [[r.get(c) for c in names] for r in rows[table]])
        db.execute('CREATE INDEX laws_jurisdiction ON laws(jurisdiction)')
        db.execute('CREATE INDEX sources_record ON sources(record_id)')
        db.execute('CREATE TABLE "release" (key TEXT PRIMARY KEY, value TEXT)')
        db.executemany('INSERT INTO "release" VALUES (?, ?)',
                       [(k, v if isinstance(v, str) else json.dumps(v)) for k, v in meta.items()])
        db.commit()
    finally:
        db.close()
    tmp.replace(path)


def _datasette_metadata(entries: dict[str, list[dict]], meta: dict) -> dict:
    return {"title": "Recourse: laws on sexual deepfakes and non-consensual intimate imagery",
            "description": f"Curated, dated corpus (release of {meta['released']}; newest verification "
                           f"{meta['corpus_date']}). General information, not legal advice.",
            "license": LICENCE_NAME, "license_url": LICENCE_URL, "source": "Recourse corpus (data/statutes/)",
            "databases": {"recourse": {"tables": {t: {"columns": {e["column"]: e["meaning"] for e in cols}}
                                                  for t, cols in entries.items()}}}}


@dataclass(frozen=True)
class Release:
    out: Path
    counts: dict[str, int]
    changes: Optional[Changes]


def write(corpus_dir: Path, out: Path, previous: Optional[Path] = None,
          today: Optional[dt.date] = None) -> Release:
    """Validate the corpus, then write the release into `out`. The changelog compares with `previous` (a folder
    holding an earlier release's recourse.json), else with the recourse.json already in `out`, if any."""
    corpus = load_strict(Path(corpus_dir))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    today_s = (today or dt.date.today()).isoformat()
    old_json = (Path(previous) if previous else out) / "recourse.json"
    if previous and not old_json.is_file():
        raise QueryError(f"{previous} holds no release to compare with (no recourse.json); leave out --previous "
                         "for a first release")
    old = json.loads(old_json.read_text(encoding="utf-8")) if old_json.is_file() else None
    rows = tables(corpus)
    counts = {t: len(rows[t]) for t in TABLES}
    verified = [r.verified for r in (*corpus.laws, *corpus.platforms, *corpus.services)]
    meta = {"released": today_s, "corpus_date": max(verified).isoformat() if verified else None,
            "licence": LICENCE_NAME, "licence_url": LICENCE_URL, "code_licence": CODE_LICENCE,
            "attribution": "Recourse corpus (Recourse contributors), CC BY 4.0", "counts": counts}
    nested = {"release": meta,
              "laws": [law.model_dump(mode="json") for law in corpus.laws],
              "jurisdictions": [j.model_dump(mode="json") for j in corpus.jurisdictions.values()],
              "platforms": [p.model_dump(mode="json") for p in corpus.platforms],
              "services": [s.model_dump(mode="json") for s in corpus.services]}
    found = changes(old, nested) if old is not None else None
    from kb.dictionary import dictionary, dictionary_markdown

    entries = dictionary(Path(corpus_dir))
    _write_sqlite(out / "recourse.db", rows, meta)
    (out / "csv").mkdir(exist_ok=True)
    for table, cols in schema().items():
        with open(out / "csv" / f"{table}.csv", "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=[c for c, _ in cols])
            writer.writeheader()
            writer.writerows(rows[table])
    (out / "recourse.json").write_text(json.dumps(nested, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "DATA_DICTIONARY.md").write_text(dictionary_markdown(entries), encoding="utf-8")
    (out / "CHANGELOG.md").write_text(
        changelog_markdown(found, old and old.get("release", {}).get("released"), counts, today_s), encoding="utf-8")
    (out / "LICENSE.md").write_text(licence_text(Path(corpus_dir)), encoding="utf-8")
    (out / "metadata.json").write_text(json.dumps(_datasette_metadata(entries, meta), indent=1) + "\n",
                                       encoding="utf-8")
    return Release(out, counts, found)
