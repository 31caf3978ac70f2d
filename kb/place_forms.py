"""Places written as something other than a name: Bluebook abbreviations inside citations, US ZIP codes,
misspellings, and the short forms locals write ("Bcn", "BH", "ATL", "no rio", "SP"). A mixin of kb/places.py's
finder, apart so that each module holds one idea."""

from __future__ import annotations

import re

from kb.gazetteer import gazetteer, zip_state
from kb.wordstats import first_names, zipf
from kb.place_index import *  # noqa: F401,F403 (its __all__ lists the private helpers used here)
from kb.place_rules import *  # noqa: F401,F403


class _OtherForms:
    def judge_short(self, c) -> "Entry | None":
        """A short form from the gazetteer (two or three letters: "Bcn", "BH", "ATL", "Rio", Brazil's "SP"), or
        None. Locals write these, in their own language: the text's language (hinted or guessed) must be one the
        place's country speaks as its own (geonames' "pt-BR", "en-US", "fr-CA"), so "los" is never Lagos in Spanish
        nor "van" the Turkish city in English; and the place must be one whose law the corpus has (three capitals
        are also acronyms: "MBA" is Mombasa's code; a wrong guess costs more than a question back). Then, after a
        place word: right after where the person lives or comes from, in any case, if not much used as a word
        ("vivo en Bcn", "eu moro em bh"; not "I live in sin") or if the data writes it as a name rather than a code
        ("moro no rio": "Rio"); or, after any place word ("I'm in ATL", "estoy en BCN"), written as the data
        writes it, not much used as a word, for a city of a million people or the largest of its state or country,
        or as two letters ("in SF": two-letter forms are nicknames, three-letter ones mostly airport codes). A state code ("SP", "RJ") in capitals after a place word or a city of its country
        ("Campinas, SP"), or in any case right after where the person lives ("sou de sp")."""
        tongues, covers, largest = gazetteer().tongues, self.registry.covers, gazetteer().largest
        fits = [e for e in c.entries if not e.registry and e.caps and
                self.guess in tongues.get(e.code.split("-")[0], ()) and
                (covers(e.code) or covers(e.code.split("-")[0]))]
        if not fits:
            return None
        e = fits[0]
        surface = _squash(self.text[c.start:c.end])
        as_written = not self.caps_text and any(surface == f.caps for f in fits)
        residence = bool(_RESIDENCE.search(self.before(c.start, 30)))
        common = c.key in self.stop
        if e.kind == "state":
            after_city = any(re.fullmatch(r"[ ,(]{1,3}", self.low[o.end:c.start]) and
                             any(g.kind == "city" and g.code.split("-")[0] == e.code for g in o.entries)
                             for o in self.by_end.get(c.i, ()))
            # "moro em sp": in its country's own language a state code is that language's word for it, however common
            own = gazetteer().language.get(e.code.split("-")[0]) == self.guess
            return e if as_written and (self.cue(c.start) or after_city) or residence and (not common or own) else None
        if not self.cue(c.start):
            return None
        z = max(zipf(c.key, lang) for lang in self.langs)
        nickname = any(not f.caps.isupper() for f in fits)  # "Rio", "Mtl": a name, not an airport's code
        if residence:  # "I live in sin" is no Singapore, "vivo en mad" no Madrid
            return e if nickname or (z < 4.0 and not common) else None
        big = e.pop >= 1_000_000 or e.pop >= largest.get(e.code, 0) or len(c.key) == 2  # "SF", "BK": not airports
        # in lower case too, if not much used as a word: "im in atl", "to em bh" (people on phones skip capitals)
        lower = self.text[c.start:c.end].islower() and not self.caps_text
        return e if not common and (as_written or lower) and big and z < 4.0 else None

    def judge_local(self, c, e) -> "Entry | None":
        """A US form with the state written inside ("htx", "atx", "satx", "socal", "norcal", "nepa"; see
        kb/gazetteer.py): in a language Americans write (English, Spanish), after a place word ("im in htx", "here
        in socal"), before "here" ("norcal here") or as a heading; never a first name or a word of the text's
        language or English ("none", "norms", "nova")."""
        if self.guess not in gazetteer().tongues.get("US", ()) or c.key in self.stop or c.key in first_names():
            return None
        if max(zipf(c.key, lang) for lang in {self.guess, "en"}) >= 3.0:
            return None
        return e if self.cue(c.start) or re.match(r"[ ,]*here\b", self.low[c.end:]) or self.heading(c) else None

    def skeletons(self, taken: list[tuple[int, int]]) -> list[PlaceHit]:
        """A big city written by its consonants, after a place word: "here in mpls" (Minneapolis), "pgh"
        (Pittsburgh), "bklyn". The form has no vowel, begins with the city's first letter, ends with its last and
        the rest come in order; exactly one city of 300,000+ in a country whose language the text is in must fit,
        and the form must not be a word ("pls", "msg")."""
        out = []
        tongues = gazetteer().tongues
        for t in self.toks:
            k = t.key
            if not (3 <= len(k) <= 6 and k.isascii() and k.isalpha() and not re.search(r"[aeiou]", k)) or \
                    any(s < t.end and t.start < e for s, e in taken) or k in self.stop or not self.cue(t.start) or \
                    max(zipf(k, lang) for lang in {self.guess, "en"}) >= 2.5:
                continue
            fits = {e.code for name, e in self.index.big_cities.get((k[0], k[-1]), ())
                    if self.guess in tongues.get(e.code[:2], ()) and _in_order(k[1:-1], name[1:-1])}
            if len(fits) == 1:
                code = fits.pop()
                if self.registry.covers(code) or self.registry.covers(code[:2]):
                    taken.append((t.start, t.end))
                    out.append(self.make(code, t.start, t.end, "alias"))
        return out

    def eu_ok(self, c: "_Cand", surface: str) -> bool:
        """"EU" in capitals (not in an all-caps or Portuguese text), or "the eu" / "eu law"."""
        context = re.search(r"\bthe\s+$", self.before(c.start, 6)) or _EU_CONTEXT.match(self.low[c.end:])
        if surface.replace(".", "") == "EU" and not self.caps_text and self.guess != "pt":
            return True
        return bool(context)

    def us_ok(self, c: "_Cand", surface: str) -> bool:
        """"US" in capitals after "the" or a place word, or before "based" or a law word ("we're US based", "US
        law"); in lower case only as "the us" (a pronoun takes no article) or "us-based". Never in a text in
        capitals ("HELP US") or right after a word in capitals ("PLEASE HELP US")."""
        after = self.low[c.end:c.end + 20]
        the = re.search(r"\bthe\s+$", self.before(c.start, 6))
        if surface == "us":
            return bool(the or re.match(r"-based\b", after))
        if self.caps_text or re.search(r"\b[A-Z]{2,}\s+$", self.text[max(0, c.start - 12):c.start]):
            return False
        return bool(the or self.cue(c.start) or re.match(r"[\s-]*based\b", after) or _EU_CONTEXT.match(after)
                    or re.match(r"\W*(?:federal|government|congress|states?|citizens?|courts?)\b", after))

    def in_list(self, c: "_Cand") -> bool:
        """A lower-case state code in a list of places ("tx vs cali vs ny", "ny, nj and ct"): the word on either
        side, across "vs", "and", "or", "/" or a comma, is a registry place that is not a common short word."""
        sep = r"\s*(?:,|/|&|\bvs\.?|\bversus|\bv\.|\band|\bor)\s*"
        near = [o for n in (0, 1) for o in self.by_end.get(c.i - n, ())
                if re.fullmatch(sep, self.low[o.end:c.start])]
        near += [o for n in (0, 1) for o in self.by_start.get(c.j + n, ())
                 if re.fullmatch(sep, self.low[c.end:o.start])]
        return any(e.registry and e.kind in ("name", "state", "country", "alias", "postal", "city") and
                   o.key not in self.stop for o in near for e in o.entries)

    def trailing(self, start: int, end: int) -> bool:
        """Written last, after a finished sentence, as a sign-off: "... on telegram. 10001", "... my friends? wa"."""
        return not re.sub(r"[\W_]", "", self.text[end:]) and bool(re.search(r"[.!?,;:\n]\s*$", self.text[:start]))

    def abbrevs(self, taken: list[tuple[int, int]]) -> list[PlaceHit]:
        """Bluebook abbreviations count only inside a citation ("Va. Code", "N.Y. Penal Law")."""
        if self.index.abbrevs is None:
            return []
        out = []
        for m in self.index.abbrevs.finditer(self.text):
            s, e = m.span(1)
            if not any(s < te and ts < e for ts, te in taken):
                taken.append((s, e))
                out.append(self.make(self.index.abbrev_codes[m.group(1)], s, e, "code"))
        return out

    def zips(self, taken: list[tuple[int, int]], accepted) -> list[PlaceHit]:
        """US ZIP codes after a ZIP or place word, after a state ("TX 77002"), opening a sentence or alone; never amounts."""
        out = []
        for m in re.finditer(r"(?<![\w$#.,/-])(\d{5})(?:-\d{4})?(?![\w%]|[.,/]\d)", self.text):
            s, e = m.span()
            after_state = any(o.end <= s and re.fullmatch(r"[ ,]{0,3}", self.low[o.end:s]) and
                              ent.code.startswith("US-") for o, ent in accepted)
            alone = not re.sub(r"[\W_]", "", self.text[:s] + self.text[e:]) or self.trailing(s, e)
            opens = re.search(r"(^|[.!?;:\n])\s*$", self.text[:s]) is not None  # "...my job. 77005 what can i do"
            if _ZIP_NOT.match(self.low[e:]) or not (_ZIP_CUE.search(self.before(s, 20)) or after_state or alone
                                                     or opens):
                continue
            state = zip_state(m.group(1))
            if state:
                taken.append((s, e))
                out.append(self.make(f"US-{state}", s, e, "zip"))
        return out

    def fuzzy(self, taken: list[tuple[int, int]]) -> list[PlaceHit]:
        """Misspelt names of states, countries and big cities ("texsa", "pensilvania", "new jersy")."""
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        toks, out = self.toks, []
        covered = bytearray(len(self.text) + 1)
        for s, e in taken:
            covered[s:e] = b"\x01" * (e - s)
        free = [t.key.isalpha() and len(t.key) <= 25 and not any(covered[t.start:t.end]) for t in toks]
        odd = [f and self.odd(t.key) for f, t in zip(free, toks)]  # a word no checked language uses much
        i = 0
        while i < len(toks):
            step = 1
            for n in (2, 1):
                if i + n > len(toks) or not all(free[i:i + n]) or not any(odd[i:i + n]):
                    continue
                window = toks[i:i + n]
                if any(not _GAP_OK.fullmatch(self.text[a.end:b.start]) for a, b in zip(window, window[1:])):
                    continue
                q = " ".join(t.key for t in window)
                if len(q) < 5:
                    continue
                limit = 1 if len(q) <= 7 else 2 if len(q) <= 11 else 3
                choices = [p for size in range(len(q) - limit, len(q) + limit + 1)  # same first letter, close length
                           for p in self.index.fuzzy.get((q[0], size), ())]
                best = process.extractOne(q, choices, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
                if best is None:
                    continue
                code, city = self.index.fuzzy_codes[best[0]]
                if 0 < best[1] <= (1 if city and len(q) <= 9 else limit):
                    out.append(self.make(code, window[0].start, window[-1].end, "fuzzy"))
                    step = n
                    break
            i += step
        return out

    def odd(self, key: str) -> bool:
        return key.isascii() and len(key) >= 4 and key not in self.stop and key not in first_names() and \
            max(zipf(key, lang) for lang in self.langs) < 2.5


def _in_order(letters: str, word: str) -> bool:
    """Do the letters come in this order in the word ("pl" in "inneapoli")?"""
    rest = iter(word)
    return all(ch in rest for ch in letters)
