"""The registry's phrase index and the tokens of a question, built for kb/places.py's finder."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from kb.gazetteer import REGION_PREFIXES, Entry, gazetteer, key_of

if TYPE_CHECKING:  # pragma: no cover
    from kb.jurisdictions import Registry

from kb.place_rules import *  # noqa: F401,F403


class _Index(NamedTuple):
    table: dict[str, tuple[Entry, ...]]  # registry entries first
    fuzzy: dict[tuple[str, int], tuple[str, ...]]  # (first letter, length) -> phrases
    fuzzy_codes: dict[str, tuple[str, bool]]  # phrase -> (code, is a city)
    abbrevs: re.Pattern | None
    abbrev_codes: dict[str, str]
    big_cities: dict[tuple[str, str], tuple[tuple[str, Entry], ...]]  # (first, last letter) -> cities of 300,000+

_CODE_WORDS = r"(Code|Stat|Rev|Penal|Civ|Gen|Comp|Ann|Const|Admin|Crim|Laws|Pub|Bus|Fam|Educ|Cons|Cts)\b"

def build_index(registry: "Registry") -> _Index:
    """Registry phrases merged over the gazetteer; called once per Registry (cached there)."""
    from kb.models import Level

    gaz = gazetteer().table
    reg: dict[str, list[Entry]] = {}

    def add(phrase: str, code: str, kind: str) -> None:
        k = key_of(phrase)
        if not k:
            return
        caps = phrase if len(k.replace(" ", "")) <= 4 and phrase.upper() == phrase and k not in _CASELESS_SHORT \
            else None
        if kind == "postal":
            caps = phrase
        e = Entry(code, kind, 0, True, caps)
        if e not in reg.setdefault(k, []):
            reg[k].append(e)

    for j in registry.by_code.values():
        if "-" in j.code:
            add(j.code, j.code, "code")
        kind = "country" if j.level in (Level.country, Level.supranational, Level.federal) else "state"
        add(j.name, j.code, kind)
        if "(" in j.name:
            add(j.name.split("(")[0], j.code, kind)
        for alias in j.aliases:
            add(alias, j.code, "demonym" if key_of(alias) in _LANGUAGE_DEMONYMS else "alias")
        for city in j.cities:
            add(city, j.code, "city")
        if j.level == Level.state and j.code.startswith("US-"):
            add(j.code[3:], j.code, "postal")
    for phrase in _NOT_A_PLACE:
        reg.setdefault(key_of(phrase), []).append(Entry("", "none", 0, True))
    for phrase, code in _ABBREVIATIONS.items():
        k = key_of(phrase)
        caps = phrase if len(k.replace(" ", "")) <= 3 else None
        reg.setdefault(k, []).append(Entry(code, "alias", 0, True, caps))
    table = dict(gaz)
    for k, entries in reg.items():
        table[k] = tuple(entries) + gaz.get(k, ())
    for j in registry.by_code.values():  # a part of a US state: "socal", "norcal", "nepa", "sofla", "centex"
        if j.level == Level.state and j.code.startswith("US-"):
            stems = {j.code[3:].lower()} | ({key_of(j.abbrev)} if j.abbrev and j.abbrev.count(".") == 1 else set())
            for form in {prefix + stem for prefix in REGION_PREFIXES for stem in stems}:
                if len(form) >= 4 and form not in table:  # a name of its own wins: "nola" is New Orleans
                    table[form] = (Entry(j.code, "local", 0, False),)
    fuzzy: dict[str, tuple[str, bool]] = {}  # names only: demonyms and adjectives are too close to other words
    for k, entries in table.items():
        for e in entries:
            if len(k) >= 5 and not e.caps and e.kind in ("country", "state"):
                fuzzy.setdefault(k, (e.code, False))
            elif len(k) >= 7 and e.kind == "city" and (e.registry or e.pop >= 150_000):
                fuzzy.setdefault(k, (e.code, True))
    abbrev_codes = {j.abbrev: j.code for j in registry.by_code.values() if j.abbrev and "." in j.abbrev}
    alternation = "|".join(re.escape(a) for a in sorted(abbrev_codes, key=len, reverse=True))
    abbrevs = re.compile(r"(?<![\w.])(" + alternation + r")\s+(?=" + _CODE_WORDS + r")") if alternation else None
    buckets: dict[tuple[str, int], list[str]] = {}
    for k in fuzzy:
        buckets.setdefault((k[0], len(k)), []).append(k)
    big: dict[tuple[str, str], list[tuple[str, Entry]]] = {}  # for a city written by its consonants ("mpls")
    for k, entries in gaz.items():
        name = k.replace(" ", "")
        for e in entries:
            if e.kind == "city" and not e.alt and e.pop >= 300_000 and name.isascii() and name.isalpha():
                big.setdefault((name[0], name[-1]), []).append((name, e))
    return _Index(table, {b: tuple(v) for b, v in buckets.items()}, fuzzy, abbrevs, abbrev_codes,
                  {b: tuple(v) for b, v in big.items()})

class _Tok(NamedTuple):
    start: int
    end: int
    raw: str
    key: str

class _Cand(NamedTuple):
    i: int  # first token
    j: int  # one past the last token
    start: int
    end: int
    key: str
    entries: tuple[Entry, ...]

def _normalize(text: str) -> tuple[str, list[int], list[int]]:
    """NFKC, straight quotes, one space for each blank, and for each character of the result the span of the
    original it came from, so that hits point into the text as written ("ＴＥＸＡＳ", "Te\u0301xas")."""
    if text.isascii():
        plain = re.sub(r"[^\S\n]", " ", text)
        return plain, list(range(len(text))), list(range(1, len(text) + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        chunk = unicodedata.normalize("NFKC", text[i:j]).replace("\u2019", "'").replace("\u2018", "'")
        chunk = re.sub(r"[^\S\n]", " ", chunk)
        out.append(chunk)
        starts.extend([i] * len(chunk))
        ends.extend([j] * len(chunk))
        i = j
    return "".join(out), starts, ends


__all__ = ["_Index", "_CODE_WORDS", "build_index", "_Tok", "_Cand", "_normalize"]  # the finder uses the private ones too
