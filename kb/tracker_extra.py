"""The tracker's derived answers, kept apart from the engine (kb/tracker.py): places whose laws under a rule protect
only minors ("states where the only deepfake law is for kids and adults get nothing"), the timeline per year, and the
dated changes of the laws behind a result.

"Only for minors" is the complement of "protects adults" among the places that have a law at all. For each place
(a country with its parts when the scope is countries), over the laws that meet the rule without its age condition:
- `yes`: at least one law is recorded as meeting the rule, and each such law is for images of minors (a
  child-abuse-image law, or `covers.adults` false). A law that protects adults but whose coverage of the rule is not
  recorded (say `covers.synthetic` null) is named in the row and counted in the answer's first line, never hidden;
- `no`: a law recorded as meeting the rule protects adults, or no law is recorded as meeting it at all;
- `not recorded`: a law under the rule has `covers.adults` null, or only a law for minors could meet it;
- `not in corpus`: the corpus holds no law for the place.
"""

from __future__ import annotations

from typing import Optional

from kb.catalog import Catalog
from kb.models import Law, Topic
from kb.tracker import PlaceRow, Query, TrackerResult, _country_parts, _date_key, evaluate


def _words(field: str) -> str:
    """'covers.synthetic' -> 'covers AI-made or altered images' (the rule's own words)."""
    from kb.tracker_words import WORDS

    name = field.split(".")[-1]
    return WORDS[name][0] if name in WORDS else f"meets the rule's date ({name})"


def protects_adults(law: Law) -> Optional[bool]:
    """A child-abuse-image law protects only minors whatever its `covers.adults` says."""
    return False if law.topic is Topic.csam else law.covers.adults


def only_minors(catalog: Catalog, code: str, q: Query, rollup: bool) -> PlaceRow:
    reg = catalog.registry
    codes = _country_parts(catalog, code) if rollup else [code]
    laws = [law for c in codes for law in catalog.laws_in(c)]
    name = reg.name(code)
    if not laws:
        return PlaceRow(code=code, name=name, value="not in corpus", basis=f"The corpus holds no law for {name}.")
    base = q.model_copy(update={"covers": tuple(c for c in q.covers if c[0] not in ("adults", "minors"))})
    results = [(law, *evaluate(law, base)) for law in laws]
    under = [law for law, v, _ in results if v is True]
    open_ = [(law, m) for law, v, m in results if v is None]
    adults = [law for law in under if protects_adults(law) is True]
    if adults:
        return PlaceRow(code=code, name=name, value="no", laws_read=len(laws), law_ids=tuple(l.id for l in adults),
                        basis=f"{adults[0].label} meets the rule and protects adults.")
    if not under:  # an open law could only make this "yes" if it were itself for minors
        kids = [(law, m) for law, m in open_ if protects_adults(law) is False]
        if kids:
            return PlaceRow(code=code, name=name, value="not recorded", law_ids=tuple(l.id for l, _ in kids),
                            laws_read=len(laws), missing=tuple(dict.fromkeys(x for _, m in kids for x in m)),
                            basis=f"Whether {kids[0][0].label} (for minors) meets the rule is not recorded.")
        return PlaceRow(code=code, name=name, value="no", laws_read=len(laws),
                        basis=f"No law of {name} in the corpus is recorded as meeting the rule, for minors or adults.")
    unsure = [law for law in under if protects_adults(law) is None]
    if unsure:
        return PlaceRow(code=code, name=name, value="not recorded", law_ids=tuple(l.id for l in unsure),
                        laws_read=len(laws), missing=("covers.adults",),
                        basis=f"Whether {', '.join(l.label for l in unsure[:3])} protects adults is not recorded.")
    # Each law recorded as meeting the rule is for minors; a law for adults whose coverage of the rule is not
    # recorded is named beside, never silently counted either way.
    aside = [(law, m) for law, m in open_ if protects_adults(law) is not False]
    note = ("; the corpus does not record whether " + "; or whether ".join(
        f"{l.label} (not limited to minors) {' and '.join(_words(x) for x in m)}" for l, m in aside[:3])
            if aside else "")
    where = tuple(dict.fromkeys(law.jurisdiction for law in under))
    return PlaceRow(code=code, name=name, value="yes", law_ids=tuple(l.id for l in under), where=where,
                    laws_read=len(laws), missing=tuple(dict.fromkeys(x for _, m in aside for x in m)),
                    basis="Each law recorded as meeting the rule protects only minors: "
                          + "; ".join(l.label for l in under[:3]) + note + ".")


def timeline(result: TrackerResult) -> list[dict]:
    """Per year: how many places began to be covered under the rule (the first matching law's date), with the
    years after today marked as scheduled."""
    years: dict[str, dict] = {}
    for p in result.places + result.also:
        if p.value != "yes" or not p.since:
            continue
        year = p.since[:4]
        row = years.setdefault(year, {"year": year, "places": 0, "estimated": 0, "scheduled": False, "codes": []})
        row["places"] += 1
        row["estimated"] += bool(p.since_note and p.since_note.startswith("estimate"))
        row["scheduled"] = row["scheduled"] or p.scheduled or year > result.today[:4]
        row["codes"].append(p.code)
    return [years[y] for y in sorted(years)]


def changes(catalog: Catalog, result: TrackerResult, since: str) -> list[dict]:
    """Dated history entries of the laws behind the result, from `since` on; future dates are "scheduled"."""
    ids = {r.law_id for r in result.laws}
    out = []
    for law in catalog.laws:
        if law.id not in ids:
            continue
        for c in law.history:
            if _date_key(c.date, end=True) >= _date_key(since):
                out.append({"date": c.date, "when": "scheduled" if _date_key(c.date) > result.today else "past",
                            "law_id": law.id, "citation": law.label, "jurisdiction": law.jurisdiction,
                            "change": c.change})
    return sorted(out, key=lambda r: _date_key(r["date"]), reverse=True)


