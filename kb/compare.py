"""Jurisdictions side by side, and a gap check against model-law elements, from catalog records only.

A cell is "yes" when a law of that jurisdiction in force (or enacted) shows the attribute, "no" when every such law
says it does not, and "unknown" otherwise, so a gap in our data never reads as a gap in the law. Parents (US
federal, EU) are shown as their own columns when asked for, never folded into a state's answer.
"""

from __future__ import annotations

import csv
import io
from typing import Optional

from kb.catalog import Catalog
from kb.errors import QueryError
from kb.models import ChecklistItem, Law, Model, Topic

ROWS = [
    ("criminal", "Criminal offence", "remedies.criminal"),
    ("civil", "Victim can sue (civil action)", "remedies.civil"),
    ("injunction", "Court can order removal", "remedies.injunction"),
    ("takedown", "Platform takedown duty", "remedies.takedown"),
    ("synthetic", "Covers AI-generated or altered images", "covers.synthetic"),
    ("authentic", "Covers real images", "covers.authentic"),
    ("minors", "Specific provisions for minors", "covers.minors"),
    ("threats", "Covers threats to share", "covers.threats"),
    ("creation", "Creating the image is an offence", "covers.creation"),
]


class Cell(Model):
    value: str  # yes | no | unknown, or free text for penalties and dates
    law_ids: tuple[str, ...] = ()


class Comparison(Model):
    codes: tuple[str, ...]
    names: tuple[str, ...]
    rows: tuple[tuple[str, str, tuple[Cell, ...]], ...]  # (key, label, one cell per jurisdiction)

    def differs(self, key: str) -> bool:
        cells = next(c for k, _, c in self.rows if k == key)
        return len({c.value for c in cells}) > 1


class Gap(Model):
    code: str
    item: ChecklistItem
    value: str  # yes | no | unknown
    law_ids: tuple[str, ...] = ()


def _attr(law: Law, path: str) -> Optional[bool]:
    group, name = path.split(".")
    return getattr(getattr(law, group), name)


def tri(laws: list[Law], path: str) -> Cell:
    values = [(law, _attr(law, path)) for law in laws]
    yes = tuple(l.id for l, v in values if v is True)
    if yes:
        return Cell(value="yes", law_ids=yes)
    if values and all(v is False for _, v in values):
        return Cell(value="no", law_ids=tuple(l.id for l, _ in values))
    return Cell(value="unknown")


def _laws(catalog: Catalog, code: str) -> list[Law]:
    return [l for l in catalog.laws_in(code) if l.status.is_law and l.topic is not Topic.election]


def compare(catalog: Catalog, codes: list[str]) -> Comparison:
    if not 1 <= len(codes) <= 6:
        raise QueryError("compare 1 to 6 jurisdictions at a time")
    resolved = list(dict.fromkeys(catalog.registry.lookup(c) for c in codes))
    laws = {c: _laws(catalog, c) for c in resolved}
    rows = [(key, label, tuple(tri(laws[c], path) for c in resolved)) for key, label, path in ROWS]
    penalties = []
    effective = []
    for c in resolved:
        crim = [l for l in laws[c] if l.remedies.criminal and l.penalty
                and (l.penalty.level or l.penalty.max_prison or l.penalty.max_fine)]
        penalties.append(Cell(value="; ".join(f"{l.label}: {l.penalty.describe()}" for l in crim[:3]) or "unknown",
                              law_ids=tuple(l.id for l in crim[:3])))
        dated = sorted((l for l in laws[c] if l.effective), key=lambda l: l.effective)
        effective.append(Cell(value=", ".join(f"{l.label}: {l.effective}" for l in dated[:3]) or "unknown",
                              law_ids=tuple(l.id for l in dated[:3])))
    rows.append(("penalty", "Maximum penalty (criminal laws)", tuple(penalties)))
    rows.append(("effective", "Effective dates", tuple(effective)))
    rows.append(("laws", "Laws in force or enacted", tuple(
        Cell(value=", ".join(l.label for l in laws[c]) or "none in corpus", law_ids=tuple(l.id for l in laws[c]))
        for c in resolved)))
    return Comparison(codes=tuple(resolved), names=tuple(catalog.registry.name(c) for c in resolved),
                      rows=tuple(rows))


def gaps(catalog: Catalog, code: str) -> list[Gap]:
    """One jurisdiction against the model-law checklist: what it has, lacks, or the corpus cannot tell."""
    code = catalog.registry.lookup(code)
    laws = _laws(catalog, code)
    out = []
    for item in catalog.corpus.checklist:
        cell = tri(laws, item.check) if item.check else Cell(value="unknown")
        out.append(Gap(code=code, item=item, value=cell.value, law_ids=cell.law_ids))
    return out


def to_csv(c: Comparison) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["attribute", *[f"{n} ({code})" for n, code in zip(c.names, c.codes)]])
    for _, label, cells in c.rows:
        writer.writerow([label, *[cell.value for cell in cells]])
    return out.getvalue().encode()


def to_markdown(c: Comparison) -> bytes:
    head = "| attribute | " + " | ".join(f"{n} ({code})" for n, code in zip(c.names, c.codes)) + " |"
    lines = [head, "|" + "---|" * (len(c.codes) + 1)]
    for _, label, cells in c.rows:
        lines.append(f"| {label} | " + " | ".join(cell.value.replace("|", "/") for cell in cells) + " |")
    return ("\n".join(lines) + "\n").encode()
