"""The structured records, held in memory (no vectors): laws by jurisdiction, platforms, services, freshness.

Answers take their facts (citation, status, dates, penalties, links) from here, never from retrieved text, so a
citation shown to a user is always exactly what the corpus says.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Optional

from kb.corpus import Corpus, load_strict
from kb.jurisdictions import Registry
from kb.models import Audience, Law, PlatformPolicy, Service, ServiceKind, Topic


_NAMED = re.compile(r"((?:[A-Z][\w'\u2019.-]*\s+(?:(?:and|of|for|on|the|to)\s+)?){1,6}(?:Act|Law))\b")
_BILL = re.compile(r"\b(H\.?\s?B|S\.?\s?B|H\.?\s?F|S\.?\s?F|A\.?\s?B|L\.?\s?D|L\.?\s?B|H\.?\s?R|H\.?\s?D|S|H|A)"
                   r"\.?\s?(\d{1,5})\b", re.I)
_SECTION = re.compile(r"(?<![\w.])(\d{1,4}[a-z]?(?:[.:\-](?:\d+[a-z]?|[a-z](?![\w])))+|\d{3,5}[a-z]?)(?![\w])", re.I)


def bill_numbers(text: str) -> set[str]:
    """"H.B. 47", "HB47", "S. 1837" -> "hb47", "hb47", "s1837"."""
    return {re.sub(r"[\s.]", "", m.group(1)).lower() + m.group(2) for m in _BILL.finditer(text)}


def section_numbers(text: str) -> set[str]:
    """Section-like numbers, without years: "18.2-386.2", "474.17a", "6851"."""
    out = set()
    for m in _SECTION.finditer(text):
        token = m.group(1).lower()
        if re.fullmatch(r"(19|20)\d\d", token):
            continue
        out.add(token)
    return out


def _instrument(citation: str) -> str:
    """The act or regulation a citation is part of: "Regulation (EU) 2024/1689, art. 50" -> "Regulation (EU)
    2024/1689"; empty for a code section ("Tex. Penal Code § 21.165"), whose code is no single instrument."""
    head = re.split(r",\s*(?:arts?\.|articles?|ss?\.|sections?|§)", citation, maxsplit=1, flags=re.I)
    whole = len(head) > 1 and "§" not in head[0] and not re.search(r"\bc[oó]d(?:e|igo|ice)\b", head[0], re.I)
    return head[0].strip() if whole else ""


def _plain(text: str) -> str:
    return re.sub(r"['\u2019]", "", text.casefold())


@dataclass(frozen=True)
class CoverageRow:
    code: str
    name: str
    laws: int
    in_force: int
    synthetic: str  # yes | no | unknown
    civil: str
    oldest_verified: Optional[dt.date]


def _tri(values: list[Optional[bool]]) -> str:
    if any(v is True for v in values):
        return "yes"
    if values and all(v is False for v in values):
        return "no"
    return "unknown"


_DESCRIBED = re.compile(r"\bthe ([\w']+ ){0,2}(revenge[- ]?porn|deep ?fake|sextortion|nonconsensual (image|porn)\w*)"
                        r"( \w+)? (law|statute|act|offen[cs]e)\b")


class Catalog:
    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.registry = Registry(corpus.jurisdictions)
        self._laws = {law.id: law for law in corpus.laws}

    @classmethod
    def from_dir(cls, root: Path) -> "Catalog":
        return cls(load_strict(root))

    # --- laws -------------------------------------------------------------------------------------------------

    @property
    def laws(self) -> tuple[Law, ...]:
        return self.corpus.laws

    def law(self, law_id: str) -> Optional[Law]:
        return self._laws.get(law_id)

    def laws_in(self, code: str) -> list[Law]:
        return list(self._by_place.get(code, ()))

    @cached_property
    def _by_place(self) -> dict[str, tuple[Law, ...]]:
        """Laws per jurisdiction, in corpus order: asked for several times in every answer."""
        out: dict[str, list[Law]] = {}
        for law in self.corpus.laws:
            out.setdefault(law.jurisdiction, []).append(law)
        return {code: tuple(laws) for code, laws in out.items()}

    def laws_for(self, codes: list[str], include_parents: bool = True) -> list[Law]:
        scope = self.registry.with_parents(codes) if include_parents else list(codes)
        return [law for code in scope for law in self.laws_in(code)]

    @cached_property
    def covered_codes(self) -> set[str]:
        return {law.jurisdiction for law in self.corpus.laws}

    def is_stale(self, law: Law, days: int = 365, today: Optional[dt.date] = None) -> bool:
        return ((today or dt.date.today()) - law.verified).days > days

    @cached_property
    def _references(self) -> dict[str, set[str]]:
        """Ways a question can name a law -> law ids: popular names ("TAKE IT DOWN Act", "Coco's Law"), bill
        numbers ("HB 47", "S. 1837") and section numbers ("18.2-386.2", "474.17A")."""
        refs: dict[str, set[str]] = {}
        for law in self.corpus.laws:
            text = f"{law.title} {law.citation or ''}"
            keys = {re.sub(r"^the ", "", _plain(n)) for n in _NAMED.findall(text) if len(n) >= 6}  # "the X Act": "X Act"
            keys |= {f"#{b}" for b in bill_numbers(law.citation or "")}
            keys |= {f"#{s}" for s in section_numbers(law.citation or "")}
            for key in keys:
                refs.setdefault(key, set()).add(law.id)
        # A name belongs to the whole instrument: "the AI Act" names art. 5 as well as art. 50 of Regulation (EU)
        # 2024/1689, although only one record's title spells the name out.
        by_instrument: dict[tuple[str, str], set[str]] = {}
        for law in self.corpus.laws:
            by_instrument.setdefault((law.jurisdiction, _instrument(law.citation or "")), set()).add(law.id)
        for ids in refs.values():
            for law_id in list(ids):
                law = self._laws[law_id]
                key = (law.jurisdiction, _instrument(law.citation or ""))
                if key[1]:
                    ids |= by_instrument[key]
        return refs

    def laws_described(self, folded: str, codes: list[str]) -> tuple[str, ...]:
        """"Is that covered by the revenge-porn law there?": the first place's own law of that kind, as if named."""
        m = _DESCRIBED.search(folded)
        if not m or not codes:
            return ()
        kind = m.group(2)
        laws = [l for l in self.laws_in(codes[0]) if l.status.is_law and l.remedies.criminal]
        if kind.startswith("sextortion"):
            laws = [l for l in laws if l.topic is Topic.sextortion]
        elif kind.startswith("deep"):
            laws = [l for l in laws if l.topic is Topic.ncii and l.covers.synthetic and not l.covers.authentic]
        else:  # "revenge porn": the place's law on real intimate images
            laws = [l for l in laws if l.topic is Topic.ncii and l.covers.authentic]
        return tuple(l.id for l in laws[:1])

    def laws_named_in(self, text: str) -> set[str]:
        """Ids of the laws a question names explicitly."""
        low = _plain(text)
        found: set[str] = set()
        for key in {f"#{b}" for b in bill_numbers(text)} | {f"#{s}" for s in section_numbers(text)}:
            found |= self._references.get(key, set())
        if self._name_pattern is not None:
            for m in self._name_pattern.finditer(low):
                found |= self._references[m.group(1)]
        return found

    @cached_property
    def _name_pattern(self) -> Optional[re.Pattern]:
        """Every law name in one pattern, longest first (one scan of the question instead of one per name)."""
        names = sorted((k for k in self._references if not k.startswith("#")), key=len, reverse=True)
        if not names:
            return None
        return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")s?(?!\w)")

    def named_by_laws(self, text: str) -> list[str]:
        """Jurisdictions implied by the laws a text names, when they all belong to one jurisdiction."""
        codes = {self._laws[i].jurisdiction for i in self.laws_named_in(text)}
        codes -= {p for c in codes for p in self.registry.parents(c)}  # GB-EAW and GB -> GB-EAW (GB follows)
        return sorted(codes) if len(codes) == 1 else []

    # --- platforms and services -------------------------------------------------------------------------------

    @property
    def platforms(self) -> tuple[PlatformPolicy, ...]:
        return self.corpus.platforms

    def platform(self, name: str) -> Optional[PlatformPolicy]:
        key = name.strip().casefold()
        for p in self.corpus.platforms:
            if key in {p.id, p.name.casefold(), *(a.casefold() for a in p.aliases)}:
                return p
        return None

    def platforms_in(self, text: str) -> list[PlatformPolicy]:
        """Platforms a question names ("posted it on insta and reddit")."""
        low = text.casefold()
        return [p for p, caps, rest in self._platform_patterns
                if (caps is not None and caps.search(text)) or (rest is not None and rest.search(low))]

    @cached_property
    def _platform_patterns(self) -> list[tuple[PlatformPolicy, Optional[re.Pattern], Optional[re.Pattern]]]:
        """Per platform: its short names ("X", "FB", "OF"), which count only in capitals (or "of" would be
        OnlyFans), and its other names, in lower case."""
        out = []
        for p in self.corpus.platforms:
            names = {p.id, p.name.split("(")[0].strip(), *p.aliases}
            short = sorted({n.upper() for n in names if len(n) <= 2})
            rest = sorted({n.casefold() for n in names if len(n) > 2}, key=len, reverse=True)
            pattern = lambda ns: re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, ns)) + r")(?![\w])") if ns \
                else None
            out.append((p, pattern(short), pattern(rest)))
        return out

    def services(self, codes: list[str], audience: Optional[Audience] = None,
                 kinds: Optional[set[ServiceKind]] = None) -> list[Service]:
        scope = set(self.registry.with_parents(codes)) if codes else set()
        out = []
        for s in self.corpus.services:
            if scope and not s.serves_region(scope):
                continue
            if not scope and "*" not in s.regions:
                continue
            if audience and s.serves not in (audience, Audience.all):
                continue
            if kinds and s.kind not in kinds:
                continue
            out.append(s)
        return out

    def service(self, service_id: str) -> Optional[Service]:
        return next((s for s in self.corpus.services if s.id == service_id), None)

    # --- coverage ---------------------------------------------------------------------------------------------

    def coverage(self) -> list[CoverageRow]:
        rows = []
        for code, j in self.registry.by_code.items():
            laws = self.laws_in(code)
            ncii = [l for l in laws if l.status.is_law]
            rows.append(CoverageRow(
                code=code, name=j.name, laws=len(laws), in_force=len(ncii),
                synthetic=_tri([l.covers.synthetic for l in ncii if l.topic.value != "election"]),
                civil=_tri([l.remedies.civil for l in ncii]),
                oldest_verified=min((l.verified for l in laws), default=None)))
        return rows
