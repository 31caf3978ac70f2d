"""Where is the person? Turn free text ("I live in Houston", "UK", "Virginia", "texsa") into jurisdiction codes.

Policy, because a wrong place means citing the wrong law to someone in crisis:
- Longest phrase wins and spans never overlap ("West Virginia" is not also "Virginia"; "Kansas City" is Missouri).
- Two-letter postal codes count only when written in capitals ("TX"), or in lower case right after "in"/"from" and
  not an English word ("in tx" yes, "in me" no). ISO subdivision codes ("US-TX", "GB-SCT") always count.
- City names that are also first names (Austin, Madison, ...) count only after a place word ("in Austin").
- Demonyms that are also languages ("Spanish") do not count after "in"/"speak" ("written in Spanish").
- Parents follow: a US state brings US federal law; an EU member brings EU law; Scotland brings UK-wide law.
- Misspellings are caught by listed aliases first, then by a close match after "in"/"from" (cut-off 0.84).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from kb.errors import QueryError
from kb.models import Jurisdiction, Level

_PLACE_WORDS = r"(?:in|from|near|around|at|outside|live|living|based|moved to|reside|located|state of|city of)"
_NAME_LIKE = {"austin", "madison", "charlotte", "savannah", "phoenix", "eugene", "norman", "regina", "hamilton",
              "arlington", "columbia", "lafayette", "jackson", "lincoln", "tyler", "salem", "durham", "frederick",
              "augusta", "laramie", "helena", "victoria", "dover", "concord", "athens", "providence",
              "alexandria", "georgia", "virginia", "carolina", "jersey", "cambridge", "newcastle", "surrey",
              "laval", "nice", "cork", "reading", "mobile", "norfolk", "richmond", "chesapeake", "aurora",
              "hilo", "rochester", "buffalo", "albany", "newark", "springfield", "greenville"}
_LANGUAGE_DEMONYMS = {"english", "spanish", "french", "german", "italian", "danish", "dutch", "japanese",
                      "chinese", "korean", "welsh", "irish", "scottish", "portuguese", "brazilian", "filipino"}
_ENGLISH_2 = {"in", "or", "me", "ok", "hi", "oh", "de", "la", "pa", "ma", "al", "co", "id", "us", "mi", "mo", "ms",
              "as", "it", "no", "so", "to", "at", "be", "go", "do", "we", "my", "an", "is", "if", "up", "on"}
_CASELESS_SHORT = {"uk", "usa", "nyc", "nsw", "qld", "nz", "eu", "dc", "u.k.", "u.s.", "u.s.a.", "d.c."}
_MIN_FUZZY = 0.84
_CODE_WORDS = r"(Code|Stat|Rev|Penal|Civ|Gen|Comp|Ann|Const|Admin|Crim|Laws|Pub|Bus|Fam|Educ|Cons|Cts)\b"


def normalize(text: str) -> str:
    """NFKC, straight quotes, single spaces: what people paste is messy."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text)


@dataclass(frozen=True)
class Match:
    code: str
    start: int
    end: int
    phrase: str


class Registry:
    """All jurisdictions of the corpus, with their parents and the phrases that name them."""

    def __init__(self, jurisdictions: dict[str, Jurisdiction]):
        self.by_code = dict(jurisdictions)

    def __contains__(self, code: str) -> bool:
        return code in self.by_code

    def get(self, code: str) -> Jurisdiction:
        return self.by_code[code]

    def name(self, code: str) -> str:
        j = self.by_code.get(code)
        return j.name if j else code

    def parents(self, code: str) -> list[str]:
        chain, seen = [], {code}
        j = self.by_code.get(code)
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
    def _phrases(self) -> list[tuple[str, str, str]]:
        """(phrase, code, kind) sorted longest first; kind says which matching rule applies."""
        rows: list[tuple[str, str, str]] = []
        for j in self.by_code.values():
            rows.append((j.code, j.code, "code"))
            rows.append((j.name, j.code, "name"))
            if "(" in j.name:
                rows.append((j.name.split("(")[0].strip(), j.code, "name"))
            for alias in j.aliases:
                rows.append((alias, j.code, "alias"))
            for city in j.cities:
                rows.append((city, j.code, "city"))
            if j.level == Level.state and j.code.startswith("US-"):
                rows.append((j.code[3:], j.code, "postal"))
        return sorted(rows, key=lambda r: -len(r[0]))

    @cached_property
    def _matchers(self) -> list[tuple[re.Pattern, dict[str, tuple[str, str]], bool]]:
        """Two alternations (case-sensitive, case-insensitive), longest phrase first, compiled once."""
        sensitive: dict[str, tuple[str, str]] = {}
        insensitive: dict[str, tuple[str, str]] = {}
        for phrase, code, kind in self._phrases:
            if kind == "code" and "-" not in phrase:
                continue  # bare ISO country codes ("IT", "DE") are ordinary words too often
            p = phrase.casefold()
            short_caps = len(phrase) <= 4 and phrase.upper() == phrase and p not in _CASELESS_SHORT
            if kind == "postal" or short_caps:
                sensitive.setdefault(phrase, (code, kind))
            else:
                insensitive.setdefault(p, (code, kind))
        out = []
        for table, caseless in ((sensitive, False), (insensitive, True)):
            alternation = "|".join(re.escape(p) for p in sorted(table, key=lambda x: -len(x)))
            out.append((re.compile(r"(?<![\w.])(" + alternation + r")(?![\w]|\.\w)"), table, caseless))
        return out

    @cached_property
    def _abbrev_pattern(self) -> tuple[re.Pattern, dict[str, str]]:
        """Bluebook abbreviations count only inside a citation ("Va. Code", "N.Y. Penal Law")."""
        table = {j.abbrev: j.code for j in self.by_code.values() if j.abbrev and "." in j.abbrev}
        alternation = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
        return re.compile(r"(?<![\w.])(" + alternation + r")\s+(?=" + _CODE_WORDS + r")"), table

    def find(self, text: str) -> list[Match]:
        """Every place named in the text, in order of appearance."""
        text = normalize(text)
        low = text.casefold()
        mostly_caps = sum(c.isupper() for c in text) > 0.6 * max(1, sum(c.isalpha() for c in text))
        cands: list[tuple[int, int, str, str, str]] = []
        for pattern, table, caseless in self._matchers:
            for m in pattern.finditer(low if caseless else text):
                code, kind = table[m.group(1)]
                cands.append((m.start(), m.end(), code, kind, m.group(1).casefold()))
        pattern, abbrevs = self._abbrev_pattern
        cands += [(m.start(1), m.end(1), abbrevs[m.group(1)], "abbrev", m.group(1).casefold())
                  for m in pattern.finditer(text)]
        for m in re.finditer(r"(?<![\w.])([a-z]{2})(?![\w])", text):  # lower-case postal codes: "austin tx"
            if f"US-{m.group(1).upper()}" in self.by_code:
                cands.append((m.start(), m.end(), f"US-{m.group(1).upper()}", "lpostal", m.group(1)))

        def neighbour(start: int, end: int, after: bool):
            """The candidate right after (or before) a span, separated only by spaces or a comma."""
            for c in cands:
                gap = low[end:c[0]] if after else low[c[1]:start]
                if (c[0] >= end if after else c[1] <= start) and len(gap) <= 2 and re.fullmatch(r"[ ,]*", gap):
                    return c
            return None

        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))  # longest first, then leftmost
        taken: list[tuple[int, int]] = []
        rejected: list[tuple[int, int]] = []  # exact matches a rule turned down: no fuzzy second chance
        found: list[Match] = []
        for s, e, code, kind, p in cands:
            if any(s < te and ts < e for ts, te in taken):
                continue
            before = low[max(0, s - 24):s]
            nxt, prev = neighbour(s, e, True), neighbour(s, e, False)
            if kind == "lpostal":
                ok = (p not in _ENGLISH_2 and re.search(r"\b(in|from)\s+$", before)) or \
                     (prev is not None and prev[3] == "city" and prev[2] == code)
            elif kind == "postal":
                ok = not (mostly_caps and p in _ENGLISH_2)
            elif kind == "city":
                state_named = nxt is not None and nxt[3] in ("name", "alias", "postal", "lpostal")
                if state_named and nxt[2] != code and nxt[2] not in self.parents(code):
                    ok = False  # "portland maine": the state that follows decides
                else:
                    ok = p not in _NAME_LIKE or (state_named and nxt[2] == code) or \
                        bool(re.search(_PLACE_WORDS + r"\s+(the\s+)?$", before))
            elif p in _LANGUAGE_DEMONYMS:
                ok = bool(re.search(r"\b(i'?m|i am|we'?re|we are|am|is|are|was|were|an?|as an?)\s+$", before))
            elif p in _NAME_LIKE and kind in ("name", "alias"):
                ok = not re.search(r"(my|her|his|named|called)\s+$", before)
            else:
                ok = True
            if not ok:
                rejected.append((s, e))
                continue
            taken.append((s, e))
            found.append(Match(code, s, e, text[s:e]))
        found.extend(self._fuzzy(low, taken + rejected))
        return sorted(found, key=lambda m: m.start)

    @cached_property
    def _fuzzy_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for phrase, code, kind in self._phrases:
            if kind in ("name", "alias") and len(phrase) >= 5:
                names.setdefault(phrase.casefold(), code)
        return names

    def _fuzzy(self, low: str, taken: list[tuple[int, int]]) -> list[Match]:
        names = self._fuzzy_names
        out = []
        for m in re.finditer(r"\b(?:in|from|to)\s+([a-z][a-z']{3,}(?:\s[a-z]{3,})?)", low):
            s, e = m.span(1)
            if any(s < te and ts < e for ts, te in taken):
                continue
            words = m.group(1)
            for cand in (words, words.split()[0]):
                hit = difflib.get_close_matches(cand, names, n=1, cutoff=_MIN_FUZZY)
                if hit:
                    out.append(Match(names[hit[0]], s, s + len(cand), cand))
                    taken.append((s, s + len(cand)))
                    break
        return out

    def resolve(self, text: str) -> list[str]:
        """Codes named in the text (deduplicated, in order), without parents."""
        codes: list[str] = []
        for m in self.find(text):
            if m.code not in codes:
                codes.append(m.code)
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
        hits = self.resolve(raw)
        if len(hits) == 1:
            return hits[0]
        names = {j.name.casefold(): c for c, j in self.by_code.items()}
        names.update({a.casefold(): j.code for j in self.by_code.values() for a in j.aliases})
        close = list(dict.fromkeys(names[c] for c in difflib.get_close_matches(raw.casefold(), names, n=5,
                                                                                cutoff=0.6)))[:3]
        hint = "; did you mean " + " or ".join(f"{c} ({self.name(c)})" for c in close) + "?" \
            if close else "; use a code such as US-TX, GB, CA-BC or EU (`python -m kb laws` lists them)"
        raise QueryError(f'unknown jurisdiction "{value}"{hint}')
