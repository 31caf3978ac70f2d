"""When the same words could mean several places: which other places count as real candidates (so the chat asks
back), and how another place in the text settles it. A mixin of kb/places.py's finder; policy in its docstring."""

from __future__ import annotations

import re
from dataclasses import replace

from kb.gazetteer import county_size, divisions, gazetteer, key_of
from kb.wordstats import zipf
from kb.place_index import *  # noqa: F401,F403 (its __all__ lists the private helpers used here)
from kb.place_rules import *  # noqa: F401,F403


class _Ambiguity:
    def alternatives(self, c: _Cand, entry: Entry, following: _Cand | None) -> tuple[str, ...]:
        if entry.kind in ("code", "postal"):  # in Portuguese, "MA" is Massachusetts or Maranhão: ask
            tongues = gazetteer().tongues
            return tuple(dict.fromkeys(e.code for e in c.entries if not e.registry and e.kind == "state" and e.caps and
                                       entry.kind == "postal" and self.guess in tongues.get(e.code, ())))
        if entry.kind == "city" and following and re.fullmatch(r"[ ,]{0,3}", self.low[c.end:following.start]):
            return ()  # "Springfield, IL": the state that follows settled it
        if entry.kind == "city" and self.division_after(c, entry):
            return ()  # "salvador bahia", "Guadalajara, Jalisco": the state written after the city settles it
        if entry.kind == "city" and re.match(r"[ ,]{1,3}([a-z]{2})\b", self.low[c.end:c.end + 5]):
            written = self.low[c.end:c.end + 5].strip(" ,")[:2].upper()  # "vancouver bc", "halifax ns"
            if any(e.code.endswith("-" + written) for e in c.entries):
                return ()
        # the chosen place's own size: a registry city ("Barcelona" -> ES) has none, so its gazetteer twin in the
        # same country ("Barcelona", ES-CT) gives it; otherwise any same-named town of 200,000 would rival it
        own = [e.pop for e in c.entries if e.pop and (e.code == entry.code or (
            entry.registry and e.code.split("-")[0] == entry.code.split("-")[0]
            and (entry.code == e.code.split("-")[0] or parent_of(e.code) == entry.code)))]
        base = max(own) if own else 0
        name = " ".join(w.capitalize() for w in c.key.split())
        top_county = county_size(entry.code[3:], name) if entry.kind == "county" else 0
        out: list[str] = []
        if entry.kind == "city" and entry.registry and not re.match(r"\s+county\b", self.low[c.end:]):
            out += [e.code for e in c.entries if e.kind == "postal" and e.code != entry.code]  # "LA": Los Angeles,
            #       or Louisiana's postal code ("LA County" is Los Angeles: Louisiana has parishes)
        for e in c.entries:
            if e.code == entry.code or e.registry or e.code in out:
                continue
            if e.alt and e.kind == "city" and not entry.alt:
                continue  # another city's old or foreign name ("Philadelphia", an old name of Amman) is no rival
            if entry.registry and entry.kind == "alias" and e.kind == "city" and \
                    self.guess not in gazetteer().tongues.get(e.code[:2], ()):
                continue  # a state's nickname beats a foreign city, but in that city's language: "cali" in English
                #           is California, in Spanish it could be Cali, Colombia
            if e.kind in ("country", "state"):
                out.append(e.code)
            elif e.kind == "county":
                # a same-named county is a real alternative only if it is not tiny beside the first ("Cook
                # County" is Illinois; "Orange County" is California or Florida): ZIP codes count as size
                if county_size(e.code[3:], name) >= 0.3 * top_county:
                    out.append(e.code)
            elif e.kind == "city":
                # a same-named city is an alternative only at 30% or more of the largest one's population
                # ("Manchester" is England; "Springfield" could be Illinois, Missouri or Massachusetts)
                floor = max(50_000, 0.3 * base) if base else 200_000
                # ...and one the corpus does not cover must be at least half the size: "Barcelona" is Spain (the
                # answer names the place it used, so a reader in Venezuela sees it is not theirs)
                # Within one country, a state's largest city is a real alternative even when smaller ("Portland"
                # is Oregon's, and Maine's largest city)
                prominent = e.pop >= 50_000 and e.code.split("-")[0] == entry.code.split("-")[0] and \
                    e.pop >= gazetteer().largest.get(e.code, 0)
                # When the largest is outside the corpus, a well-known namesake the corpus covers is offered too:
                # at least half as many alternate names in geonames, and 100,000 people ("Córdoba": Argentina,
                # or Spain)
                known = e.pop >= 100_000 and entry.known and 2 * e.known >= entry.known and \
                    self.registry.covers(e.code) and not self.registry.covers(entry.code)
                if (e.pop >= floor or prominent or known) and \
                        (self.registry.covers(e.code) or not base or e.pop * 2 > base):
                    out.append(e.code)
        out += [x for x in _CONFUSABLE.get(c.key, ()) if x != entry.code and x not in out]
        return tuple(out[:8])

    def division_after(self, c: _Cand, entry: Entry) -> bool:
        """Is the city followed by the name of a first-level division of its country ("salvador bahia",
        "Salvador, Bahia", "Guadalajara (Jalisco)")? pycountry's names, up to four words."""
        names = divisions().get(entry.code[:2], frozenset())
        m = re.match(r"[ ,(\-]{1,3}((?:[^\W\d_]+[ ]?){1,4})", self.text[c.end:c.end + 40])
        words = key_of(m.group(1)).split() if m else []
        return any(" ".join(words[:n]) in names and zipf(" ".join(words[:n]), self.guess) < 5.0  # not "para"
                   for n in range(1, len(words) + 1))

    def settle(self, hits: list[PlaceHit]) -> list[PlaceHit]:
        """Other places in the text settle an ambiguous one: "Springfield ... Illinois", "Tbilisi, Georgia"."""
        out = []
        settled = {o.code for o in hits if not o.alternatives}
        settled |= {p for p in map(parent_of, settled) if p}
        for h in hits:
            if h.alternatives:
                ctx = set(settled)
                ranked = [h.code, *h.alternatives]
                after = self.original[h.end:h.end + 20].casefold()
                if re.match(r"\W*(?:the\s+)?country\b", after):  # "Georgia (the country)"
                    ctx |= {c for c in ranked if "-" not in c}
                elif re.match(r"\W*(?:the\s+)?(?:us\s+)?state\b", after):  # "Georgia the state"
                    ctx |= {c for c in ranked if c.startswith("US-")}
                scores = [2 if c in ctx else 1 if parent_of(c) in ctx else 0 for c in ranked]
                winners = [c for c, sc in zip(ranked, scores) if sc == max(scores)]
                if max(scores) and len(winners) < len(ranked):
                    kind = "country" if "-" not in winners[0] and h.kind in ("state", "alias") else h.kind
                    h = replace(h, code=winners[0], kind=kind, name=display_name(winners[0], self.registry),
                                in_corpus=self.registry.covers(winners[0]), alternatives=tuple(winners[1:]))
            out.append(h)
        return out
