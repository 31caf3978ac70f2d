"""Jurisdictions side by side, and a gap check against model-law elements, from catalog records only.

A cell is "yes" when a law of that jurisdiction in force (or enacted) shows the attribute, "no" when every such law
says it does not, "unknown" (shown as "not recorded") when the corpus does not say, and "not in corpus" when the
corpus holds no law for the place, so a gap in our data never reads as a gap in the law. Parents (US federal, EU)
are shown as their own columns when asked for, never folded into a state's answer.

Every cell carries what an advocate needs to cite it: a "yes" names the laws that show it (citation, official link,
verified date); a "no" states its basis (the laws read, none of which has such a provision). The CSV and Markdown
exports carry the same citations, links and dates.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Optional

from kb.catalog import Catalog
from kb.errors import QueryError
from kb.models import ChecklistItem, Law, Model, Status, Topic

ROWS = [
    ("criminal", "Criminal offence", "remedies.criminal"),
    ("civil", "Victim can sue (civil action)", "remedies.civil"),
    ("synthetic", "Covers AI-generated or altered images", "covers.synthetic"),
    ("threats", "Covers threats to share", "covers.threats"),
    ("minors", "Specific provisions for minors", "covers.minors"),
    ("adults", "Protects adults", "covers.adults"),
    ("takedown", "Platform takedown duty", "remedies.takedown"),
    ("injunction", "Court can order removal", "remedies.injunction"),
    ("authentic", "Covers real images", "covers.authentic"),
    ("creation", "Creating the image is an offence", "covers.creation"),
]
SHOWN = {"yes": "yes", "no": "no", "unknown": "not recorded", "not in corpus": "not in corpus"}


class Cite(Model):
    """What a cell rests on, enough to cite it: citation, the link to open (official text first), verified date."""

    law_id: str
    citation: str
    url: str
    official: bool  # the link is an official text that was opened
    verified: str


MINORS_ONLY = "Only laws for images of minors have this provision."


class Cell(Model):
    value: str  # yes | no | unknown | not in corpus, or free text for penalties and dates
    law_ids: tuple[str, ...] = ()
    cites: tuple[Cite, ...] = ()
    basis: Optional[str] = None  # why: "no" and "not in corpus" cells say what was read


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


def cite(law: Law) -> Cite:
    link = law.official_link
    return Cite(law_id=law.id, citation=law.label, url=law.url, official=bool(link and link[1]),
                verified=law.verified.isoformat())


def tri(laws: list[Law], path: str) -> Cell:
    values = [(law, _attr(law, path)) for law in laws]
    yes = [l for l, v in values if v is True]
    if yes:  # a "yes" resting only on laws for images of minors says so (the basis is shown beside it)
        minors = all(l.topic is Topic.csam or l.covers.adults is False for l in yes) and path != "covers.minors"
        return Cell(value="yes", law_ids=tuple(l.id for l in yes), cites=tuple(cite(l) for l in yes),
                    basis=MINORS_ONLY if minors else None)
    if values and all(v is False for _, v in values):
        read = [l for l, _ in values]
        return Cell(value="no", law_ids=tuple(l.id for l in read), cites=tuple(cite(l) for l in read),
                    basis="The law(s) read have no such provision: " + "; ".join(l.label for l in read) + ".")
    unknown = [l for l, v in values if v is None]
    return Cell(value="unknown", basis=("The corpus does not record this for " + "; ".join(l.label for l in unknown)
                                        + ".") if unknown else "No law in force or enacted is recorded.")


def _for_row(key: str, laws: list[Law]) -> list[Law]:
    """"Creating the image is an offence" is read from criminal laws only: a civil claim over making an image is
    not an offence."""
    return [l for l in laws if l.remedies.criminal and not l.about_tools] if key == "creation" else laws  # nor a
    #                                                                        ban on the tools that make images


def _laws(catalog: Catalog, code: str) -> list[Law]:
    return [l for l in catalog.laws_in(code) if l.status.is_law and l.topic is not Topic.election]


def _absent(catalog: Catalog, code: str) -> Optional[Cell]:
    """The cell for a place with no law in force or enacted: "not in corpus", or "no" when only bills exist."""
    every = catalog.laws_in(code)
    name = catalog.registry.name(code)
    if not every:
        return Cell(value="not in corpus", basis=f"The corpus holds no law for {name}.")
    if not _laws(catalog, code):
        bills = [l for l in every if l.topic is not Topic.election]
        return Cell(value="no", law_ids=tuple(l.id for l in bills), cites=tuple(cite(l) for l in bills),
                    basis=f"The corpus records no law in force or enacted for {name}; only: " +
                          "; ".join(f"{l.label} ({l.status.label})" for l in bills) + ".")
    return None


def compare(catalog: Catalog, codes: list[str]) -> Comparison:
    if not 1 <= len(codes) <= 6:
        raise QueryError("compare 1 to 6 jurisdictions at a time")
    resolved = list(dict.fromkeys(catalog.registry.lookup(c) for c in codes))
    laws = {c: _laws(catalog, c) for c in resolved}
    absent = {c: _absent(catalog, c) for c in resolved}
    rows = [(key, label, tuple(absent[c] or tri(_for_row(key, laws[c]), path) for c in resolved))
            for key, label, path in ROWS]
    penalties = []
    effective = []
    for c in resolved:
        crim = [l for l in laws[c] if l.remedies.criminal and l.penalty
                and (l.penalty.level or l.penalty.max_prison or l.penalty.max_fine)]
        penalties.append(absent[c] or Cell(
            value="; ".join(f"{l.label}: {l.penalty.describe()}" for l in crim[:3]) or "unknown",
            law_ids=tuple(l.id for l in crim[:3]), cites=tuple(cite(l) for l in crim[:3]),
            basis=None if crim else "No penalty is recorded for the laws in force or enacted."))
        dated = sorted((l for l in laws[c] if l.effective), key=lambda l: l.effective)
        effective.append(absent[c] or Cell(
            value=", ".join(f"{l.label}: {l.effective}" for l in dated[:3]) or "unknown",
            law_ids=tuple(l.id for l in dated[:3]), cites=tuple(cite(l) for l in dated[:3]),
            basis=None if dated else "No effective date is recorded."))
    rows.append(("penalty", "Maximum penalty (criminal laws)", tuple(penalties)))
    rows.append(("effective", "Effective dates", tuple(effective)))
    rows.append(("laws", "Laws in force or enacted", tuple(
        absent[c] or Cell(value=", ".join(l.label for l in laws[c]), law_ids=tuple(l.id for l in laws[c]),
                          cites=tuple(cite(l) for l in laws[c]))
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


YES_NO_KEYS = {key for key, _, _ in ROWS}


def numbering(c: Comparison) -> dict[str, int]:
    """Citation numbers in order of first appearance (rows top to bottom, places left to right)."""
    out: dict[str, int] = {}
    for _, _, cells in c.rows:
        for cell in cells:
            for law_id in cell.law_ids:
                out.setdefault(law_id, len(out) + 1)
    return out


def _cites(c: Comparison) -> dict[str, Cite]:
    return {x.law_id: x for _, _, cells in c.rows for cell in cells for x in cell.cites}


def _cell_text(key: str, cell: Cell, numbers: dict[str, int]) -> str:
    refs = "".join(f"[{numbers[i]}]" for i in cell.law_ids if i in numbers)
    if key in YES_NO_KEYS or cell.value == "not in corpus":
        shown = SHOWN.get(cell.value, cell.value)
        if cell.value == "yes":
            return f"yes {refs}" + (" (images of minors only)" if cell.basis == MINORS_ONLY else "")
        if cell.value == "no":
            return f"no (none of {refs} has it)" if cell.law_ids and not (cell.basis or "").startswith(
                "The corpus records no law") else "no (no law in force or enacted)"
        return shown
    return f"{cell.value} {refs}".strip()


def differences(c: Comparison) -> list[str]:
    """One line per row where the places differ: each place's value, the law behind a "yes", the basis of a "no"."""
    numbers = numbering(c)
    lines = []
    for key, label, cells in c.rows:
        if key not in YES_NO_KEYS or not c.differs(key):
            continue
        parts = []
        for name, cell in zip(c.names, cells):
            if cell.value == "yes":
                first = cell.cites[0] if cell.cites else None
                parts.append(f"{name} yes ({first.citation} [{numbers[first.law_id]}])" if first else f"{name} yes")
            elif cell.value == "no":
                parts.append(f"{name} no (the laws read have no such provision)" if cell.law_ids and not
                             (cell.basis or "").startswith("The corpus records no law") else
                             f"{name} no (no law in force or enacted)")
            else:
                parts.append(f"{name} {SHOWN.get(cell.value, cell.value)}")
        lines.append(f"**{label}**: " + "; ".join(parts) + ".")
    return lines


def sources(c: Comparison) -> list[str]:
    """`[n] citation: link (official text / source), verified date`, in citation-number order."""
    numbers, cites = numbering(c), _cites(c)
    out = []
    for law_id, n in sorted(numbers.items(), key=lambda kv: kv[1]):
        x = cites.get(law_id)
        if x:
            kind = "official text" if x.official else "source"
            out.append(f"[{n}] {x.citation}: {x.url} ({kind}; verified {x.verified})")
    return out


def render_markdown(c: Comparison) -> str:
    """For the chat: the table (each cell with its citation numbers), a one-line note per difference, sources."""
    numbers = numbering(c)
    head = "| | " + " | ".join(f"{n} ({code})" for n, code in zip(c.names, c.codes)) + " |"
    lines = [head, "|" + "---|" * (len(c.codes) + 1)]
    for key, label, cells in c.rows:
        lines.append(f"| {label} | " + " | ".join(_cell_text(key, cell, numbers).replace("|", "/")
                                                  for cell in cells) + " |")
    diffs = differences(c)
    lines.append("")
    lines.append("**Differences**" if diffs else "No differences in the recorded fields.")
    lines.extend(f"- {d}" for d in diffs)
    missing = [f"{name}: {SHOWN['unknown']} for {label.lower()}" for key, label, cells in c.rows
               if key in YES_NO_KEYS for name, cell in zip(c.names, cells) if cell.value == "unknown"]
    if missing:
        lines.append("\n'Not recorded' means the corpus does not say, not that the law is silent.")
    src = sources(c)
    if src:
        lines.append("\n**Sources**")
        lines.extend(f"- {s}" for s in src)
    return "\n".join(lines) + "\n"


CSV_HEADER = ["attribute", "jurisdiction_code", "jurisdiction", "value", "basis", "citations", "links",
              "official_text", "verified"]


def to_csv(c: Comparison) -> bytes:
    """One row per attribute and place, with the citations, links and verified dates the value rests on."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for key, label, cells in c.rows:
        for code, name, cell in zip(c.codes, c.names, cells):
            shown = SHOWN.get(cell.value, cell.value) if key in YES_NO_KEYS else cell.value
            writer.writerow([label, code, name, shown, cell.basis or "",
                             " | ".join(x.citation for x in cell.cites), " | ".join(x.url for x in cell.cites),
                             " | ".join("yes" if x.official else "no" for x in cell.cites),
                             " | ".join(x.verified for x in cell.cites)])
    return out.getvalue().encode()


def to_markdown(c: Comparison) -> bytes:
    """The export: the chat's table, differences and numbered sources (citation, link, verified date)."""
    return render_markdown(c).encode()


# --- a yes/no question about the places compared ------------------------------------------------------------

# What a yes/no question about the places asks of a law: (pattern, row key). Every key found must hold in one law.
ASKED = [
    (r"\b(crimes?|criminal\w*|offen[cs]es?|illegal|prosecut\w*|jail|prison|punish\w*|arrest\w*|charged)\b", "criminal"),
    (r"\b(sue|suing|lawsuits?|civil (action|claim|remedy|case)|damages|compensation)\b", "civil"),
    (r"\b(take ?downs?|taken down|remov\w+)\b", "takedown"),
    (r"\b(threat\w*|sextort\w*|extort\w*|blackmail\w*)\b", "threats"),
    (r"\b(creat\w+|produc\w+|mak(e|es|ing))\s+(a |an |the |them|one|deep|sexual|fake|nude|explicit|such)", "creation"),
    (r"\b(adults?|grown-?ups?|over 18|women|woman|men|man)\b", "adults"),
    (r"\b(minors?|child|children|kids?|under 18|teens?|teenagers?|students?)\b", "minors"),
]
_YES_NO = re.compile(r"(^|[:;,.?!]\s*|\b(and|but|so)\s+)(is|are|does|do|can|could|would|will|has|have)\s", re.I)
_EVERY = re.compile(r"\b(both|all|each|every|either|everywhere)\b", re.I)
_FAKE = re.compile(r"\b(deep ?fakes?|ai|a\.i\.|fake|synthetic|generated|morphed|altered|nudif\w*)\b", re.I)


def _asked(question: str) -> tuple[str, ...]:
    text = question.casefold()
    keys = [key for pattern, key in ASKED if re.search(pattern, text)]
    if "creation" in keys and re.search(r"\bmak(e|es|ing) (it|this|that|them) (a crime|illegal|an offen)", text):
        keys.remove("creation")  # "does it make it a crime": the idiom, not the act of making
    return tuple(keys)


def _meets(law: Law, keys: tuple[str, ...], fake: bool) -> Optional[bool]:
    values = []
    for key in keys:
        if key in ("adults", "minors") and law.topic is Topic.csam:
            values.append(key == "minors")  # a child-abuse-image law protects minors only
        elif key == "creation" and (law.about_tools or not law.remedies.criminal):
            values.append(False)  # making an image is an offence only under a criminal law aimed at people
        elif key == "creation":
            values.append(law.covers.creation_for("fake" if fake else "unknown"))
        else:
            values.append(_attr(law, dict((k, p) for k, _, p in ROWS)[key]))
    if fake:
        values.append(law.covers.synthetic)
    return False if False in values else (None if None in values else True)


def yes_no(catalog: Catalog, c: Comparison, question: str) -> Optional[tuple[Optional[str], str]]:
    """(verdict, short line) for a yes/no question about the places compared ("is threatening to share a crime in
    both?"), from the same records as the table: a place is "yes" when one law in force there has every fact asked
    (criminal, covers threats, ...), "no" when each law in force lacks one, "not recorded" otherwise. None when the
    question is not a yes/no question or asks nothing the records hold."""
    keys = _asked(question)
    if not keys or not _YES_NO.search(question.strip()):
        return None
    fake = bool(_FAKE.search(question))
    numbers = numbering(c)
    found: list[tuple[str, str, str]] = []  # (name, value, why)
    for code, name in zip(c.codes, c.names):
        every = [l for l in catalog.laws_in(code) if l.topic is not Topic.election]
        live = [l for l in every if l.status is Status.in_force]
        hits = [(l, _meets(l, keys, fake)) for l in live]
        yes = [l for l, v in hits if v is True]
        later = [l for l in every if l.status is Status.enacted and _meets(l, keys, fake) is True]
        if yes:
            refs = ", ".join(f"{l.label}" + (f" [{numbers[l.id]}]" if l.id in numbers else "") for l in yes[:2])
            found.append((name, "yes", refs))
        elif not every:
            found.append((name, "not in corpus", "the corpus holds no law for it"))
        elif hits and all(v is False for _, v in hits):
            why = "no law in force has it" + (f"; {later[0].label} will, from {later[0].effective}"
                                              if later and later[0].effective else "")
            found.append((name, "no", why))
        elif not hits:
            found.append((name, "no", "no law in force is recorded" + (f"; {later[0].label} is enacted, not yet in "
                                                                       "force" if later else "")))
        else:
            found.append((name, "not recorded", "the corpus does not record it for "
                          + "; ".join(l.label for l, v in hits if v is None)[:160]))
    values = {v for _, v, _ in found}
    each = " in both" if len(found) == 2 else f" in all {len(found)} places"
    detail = "; ".join(f"{name}: {SHOWN.get(v, v)} ({why})" for name, v, why in found)
    if values == {"yes"}:
        return "yes", f"**Short answer:** Yes{each}. " + detail + "."
    if values == {"no"}:
        return "no", f"**Short answer:** No, in {'neither' if len(found) == 2 else 'none of them'}. " + detail + "."
    if "yes" in values and "no" in values and _EVERY.search(question):
        return "no", f"**Short answer:** No, not{each}. " + detail + "."
    if "yes" not in values or _EVERY.search(question):
        return "unclear", f"**Short answer:** Not clearly{each}. " + detail + "."
    return None, "**Short answer:** " + detail + "."  # "yes in A, no in B": no single yes or no
