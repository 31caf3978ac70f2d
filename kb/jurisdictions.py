"""Where is the person? Turn free text ("I live in Houston", "UK", "77002", "texsa") into jurisdiction codes.

The finding itself lives in kb/places.py (gazetteers, guards, misspellings); this module keeps the registry of the
corpus's jurisdictions, their parents, and the two calls the rest of the code uses: `find` (every place, with its
span, kind, alternatives and role) and `resolve` (just the registry codes).
- Parents follow: a US state brings US federal law; an EU member brings EU law; Scotland brings UK-wide law.
- A place outside the registry keeps its ISO code in `find`; `resolve` maps a subdivision to its nearest registry
  ancestor ("Hobart" -> AU) and drops a country the registry lacks (the caller says "not covered").
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cached_property
from typing import Iterable

from kb.errors import QueryError
from kb.models import Jurisdiction
from kb.places import PlaceHit, build_index, eu_member, find_places, parent_of


def normalize(text: str) -> str:
    """NFKC, straight quotes, single spaces: what people paste is messy."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text)


class Registry:
    """All jurisdictions of the corpus, with their parents and the phrases that name them."""

    def __init__(self, jurisdictions: dict[str, Jurisdiction], covered: Iterable[str] | None = None):
        """`covered`: codes that have law in the corpus; without it every registry code counts as covered."""
        self.by_code = dict(jurisdictions)
        self.covered = frozenset(covered) if covered is not None else frozenset(self.by_code)

    def __contains__(self, code: str) -> bool:
        return code in self.by_code

    def get(self, code: str) -> Jurisdiction:
        return self.by_code[code]

    def name(self, code: str) -> str:
        j = self.by_code.get(code)
        return j.name if j else code

    def covers(self, code: str) -> bool:
        return code in self.covered

    def parents(self, code: str) -> list[str]:
        """Parent chain, nearest first; a code outside the registry ("CA-YT", "PL") gets its country and, for an EU
        member, "EU", when the registry has them."""
        chain, seen = [], {code}
        j = self.by_code.get(code)
        if j is None:
            country = parent_of(code)
            if country:
                chain = [country, *self.parents(country)]
            elif eu_member(code) and "EU" in self.by_code:
                chain = ["EU"]
            return chain
        while j and j.parent and j.parent not in seen:
            chain.append(j.parent)
            seen.add(j.parent)
            j = self.by_code.get(j.parent)
        return chain

    def with_parents(self, codes: list[str]) -> list[str]:
        """Codes plus their parents, most specific first (stable otherwise), no repeats."""
        out = list(dict.fromkeys(codes))
        for code in list(out):
            out.extend(p for p in self.parents(code) if p not in out)
        return sorted(out, key=lambda c: -len(self.parents(c)))

    @cached_property
    def place_index(self):
        """The phrase index of kb.places, built once per registry."""
        return build_index(self)

    def find(self, text: str, lang: str | None = None) -> list[PlaceHit]:
        """Every place named in the text, in order of appearance (see kb.places for the rules)."""
        return find_places(text, self, lang)

    def resolve(self, text: str, *, fuzzy: bool = True) -> list[str]:
        """Codes named in the text (deduplicated, in order), without parents; `fuzzy=False` ignores misspellings."""
        codes: list[str] = []
        for hit in self.find(text):
            if hit.kind == "fuzzy" and not fuzzy:
                continue
            code = hit.code if hit.code in self.by_code else \
                next((p for p in self.parents(hit.code) if p in self.by_code and p != "EU"), None)
            if code and code not in codes:
                codes.append(code)
        # "Texas, USA" or "London, UK": a child makes its named parent redundant as a *place*, not as law.
        return [c for c in codes if not any(c in self.parents(o) for o in codes if o != c)] or codes

    def lookup(self, value: str) -> str:
        """One code from a user-supplied code or name (`--jurisdiction`), or a QueryError that suggests one."""
        raw = normalize(value).strip()
        up = raw.upper()
        if up in self.by_code:
            return up
        if f"US-{up}" in self.by_code and len(up) == 2:
            return f"US-{up}"
        hits = self.resolve(raw, fuzzy=False)  # an explicit choice is never guessed: a misspelling gets a hint
        if len(hits) == 1:
            return hits[0]
        names = {j.name.casefold(): c for c, j in self.by_code.items()}
        names.update({a.casefold(): j.code for j in self.by_code.values() for a in j.aliases})
        close = list(dict.fromkeys(names[c] for c in difflib.get_close_matches(raw.casefold(), names, n=5,
                                                                                cutoff=0.6)))[:3]
        hint = "; did you mean " + " or ".join(f"{c} ({self.name(c)})" for c in close) + "?" \
            if close else "; use a code such as US-TX, GB, CA-BC or EU (`python -m kb laws` lists them)"
        raise QueryError(f'unknown jurisdiction "{value}"{hint}')
