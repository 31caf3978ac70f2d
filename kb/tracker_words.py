"""The words of the tracker: the rule in plain words (`describe`), a `TrackerResult` -> markdown (`render_markdown`),
and the README's headline figures. Questions are read into a `Query` by kb/tracker_parse.py; the engine is
kb/tracker.py.

A list of laws (by law, "which states passed laws in 2025") is grouped by place: each place once, its laws under it,
each law marked when it protects only minors and when it was amended (not first enacted) in the dates asked.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from kb.catalog import Catalog
from kb.jurisdictions import Registry
from kb.tracker import (NON_STATES, SCOPES, STATUS_GROUPS, LawRow, PlaceRow, Query, TrackerResult, _about_synthetic,
                        _date_key, _in_range, run)

# Plain words for each condition (true, false).
WORDS = {
    "authentic": ("covers real images", "does not cover real images"),
    "synthetic": ("covers AI-made or altered images", "does not cover AI-made or altered images"),
    "adults": ("protects adults", "does not protect adults (minors only)"),
    "minors": ("has provisions for minors", "has no provisions specific to minors"),
    "threats": ("covers threats to share", "does not cover threats to share"),
    "creation": ("makes creating the image an offence", "does not make creating the image an offence"),
    "possession": ("makes possessing the image an offence", "does not make possessing the image an offence"),
    "criminal": ("criminal", "not criminal"),
    "civil": ("the victim can sue", "no right to sue"),
    "injunction": ("a court can order removal", "no court-ordered removal"),
    "takedown": ("platforms must take it down on notice", "no platform takedown duty"),
}


# --- the rule in words ----------------------------------------------------------------------------------------

def describe(q: Query, registry: Optional[Registry] = None) -> str:
    """The rule in plain words: "US states; in force; criminal; covers AI-made or altered images; protects adults"."""
    parts: list[str] = []
    if q.codes:
        parts.append(", ".join(registry.name(c) if registry else c for c in q.codes))
    else:
        scope = SCOPES[q.scope]
        if q.within and registry:
            scope = "EU member states in the corpus" if q.scope == "countries" and q.within == "EU" else \
                scope + f" of {registry.name(q.within)}"
        if q.scope == "states" and q.within in (None, "US"):
            scope += " (DC and territories listed separately)"
        if q.scope == "countries" and q.by == "place":
            scope += " (national law or the law of any part of the country)"
        parts.append(scope)
    statuses = set(q.status)
    named = next((k for k, v in STATUS_GROUPS.items() if set(v) == statuses), None)
    parts.append({"in_force": "in force", "law": "in force or enacted", "bill": "bills still alive (pending or "
                  "carried over)", "dead": "bills that failed or were vetoed", "any": "any status"}.get(
        named or "", " or ".join(s.label for s in q.status)))
    if q.topics:
        parts.append("topic " + " or ".join(t.value for t in q.topics))
    for name, wanted in q.remedies + q.covers:
        parts.append(WORDS[name][0 if wanted else 1])
    if q.date_from or q.date_to:
        label = {"enacted": "enacted", "effective": "in force", "synthetic_since": "AI coverage began"}[q.date_field]
        if q.date_from and q.date_to and q.date_from[:4] == q.date_to[:4] and len(q.date_from) == 4:
            parts.append(f"{label} in {q.date_from}")
        else:
            parts.append(f"{label} " + " ".join(x for x in (q.date_from and f"from {q.date_from}",
                                                             q.date_to and f"to {q.date_to}") if x))
    if q.only_minors:
        parts.append("only for minors: each law recorded as meeting the rule is for images of minors (a "
                     "child-abuse-image law or a provision for under-18s), none protects adults")
    if q.since:
        parts.append("since: when AI coverage began, or the date the law took effect marked as an estimate where "
                     "that is not recorded" if _about_synthetic(q) else "since: the date the law took effect")
    return "; ".join(parts)


# --- rendering ------------------------------------------------------------------------------------------------

def _date_words(date: Optional[str], scheduled: bool) -> str:
    if not date:
        return "date not recorded"
    return f"scheduled for {date}" if scheduled else f"since {date}"


def _parts(p: PlaceRow, laws: dict[str, LawRow]) -> Optional[tuple[bool, list[str]]]:
    """For a country answered through its parts: (national law matches, names of the parts whose law matches)."""
    if not p.where or p.where == (p.code,):
        return None
    names = {r.jurisdiction: r.name for r in laws.values()}
    return p.code in p.where, [names.get(c, c) for c in p.where if c != p.code]


_PART_WORDS = {"US": "state", "AU": "state", "CA": "province"}


def _part_count(p: PlaceRow) -> str:
    """"10 states", "8 provinces", "1 part", "33 states and DC": how many parts of the country the matching law is in
    (the District of Columbia and territories are not counted as states)."""
    parts = [c for c in p.where if c != p.code]
    apart = [c for c in parts if c in NON_STATES]
    n, word = len(parts) - len(apart), _PART_WORDS.get(p.code, "part")
    text = f"{n} {word}{'s' if n != 1 else ''}"
    return text + (" and DC" if "US-DC" in apart else "") + (" and territories" if set(apart) - {"US-DC"} else "")


def _where_words(p: PlaceRow, laws: dict[str, LawRow]) -> str:
    """" (national law, and the law of 2 parts: ...)", " (no federal law meets the rule; only the law of 10 states:
    Alabama, ...)": where the matching law is, so a country listed through one of its states or nations is never
    read as a national rule."""
    found = _parts(p, laws)
    if found is None:
        return ""
    national, parts = found
    level = "federal" if p.code == "US" else "national"
    if national:
        return f" ({level} law, and the law of {_part_count(p)}: {', '.join(parts)})"
    return f" (no {level} law meets the rule; only the law of {_part_count(p)}: {', '.join(parts)})"


def _place_line(p: PlaceRow, laws: dict[str, LawRow], with_since: bool) -> str:
    cites = [laws[i] for i in p.law_ids if i in laws]
    link = "; ".join(f"[{r.citation}]({r.url})" for r in cites[:3]) or ""
    where = _where_words(p, laws)
    name = p.name.replace(" (federal law)", "") if where else p.name  # the row is the whole country
    p = p.model_copy(update={"name": name})
    when = ""
    if with_since and p.value == "yes":
        when = f": {_date_words(p.since, p.scheduled)}" + (f" ({p.since_note})" if p.since_note else "")
    only = " *(only for images of minors)*" if p.value == "yes" and cites and all(r.minors_only for r in cites) else ""
    if p.value == "yes":
        return f"- **{p.name}**{where}{when}{only}: {link}" if link else f"- **{p.name}**{where}{when}{only}"
    return f"- **{p.name}**: {p.basis}"


def _law_line(r: LawRow, q: Query, mark: bool = True) -> str:
    when = f"; {_date_words(r.since, r.scheduled)}" if r.since else ""
    step = ""
    if q.date_field == "enacted" and (q.date_from or q.date_to) and r.enacted and not _in_range(
            r.enacted, q.date_from, q.date_to):  # counted for a change within the dates (its history says so)
        before = _date_key(r.enacted) < _date_key(q.date_from or r.enacted)
        step = f"; {'amended' if before else 'a legislative step'} within the dates asked, enacted {r.enacted}"
    minors = " *(only for images of minors)*" if r.minors_only and mark else ""
    return f"[{r.citation}]({r.url}){minors} ({r.status_label}{when}{step}; verified {r.verified})"


def _laws_by_place(result: TrackerResult) -> list[str]:
    """A list of laws grouped by place: each place once, its laws under it, laws for minors only marked, and the
    count of places whose laws are all for minors (so AI child-abuse-image laws are never read as adult laws)."""
    yes = [r for r in result.laws if r.value == "yes"]
    places: dict[str, list[LawRow]] = {}
    for r in yes:
        places.setdefault(r.jurisdiction, []).append(r)
    kids = [code for code, rows in places.items() if all(r.minors_only for r in rows)]
    minors = sum(r.minors_only for r in yes)
    apart = [c for c in places if c in NON_STATES]
    noun = (f"{len(places) - len(apart)} US state(s)" + (" and DC" if "US-DC" in apart else "")
            if result.query.scope == "states" and not result.query.within else f"{len(places)} place(s)")
    lines = [f"**{len(yes)} law(s)** in {noun} meet the rule" + (
        f"; {minors} of the laws protect only minors (marked), and {len(kids)} of the places have only such laws"
        if minors else "") + "."]
    for code, rows in places.items():
        only = " *(only laws for images of minors)*" if code in kids else ""
        if len(rows) == 1:
            lines.append(f"- **{rows[0].name}**{only}: {_law_line(rows[0], result.query, mark=not only)}")
            continue
        lines.append(f"- **{rows[0].name}** ({len(rows)} laws){only}:")
        lines.extend(f"  - {_law_line(r, result.query, mark=not only)}" for r in rows)
    return lines


def render_markdown(result: TrackerResult) -> str:
    """The count first, then the list (each item linked to its citation), the rule and the corpus date."""
    q = result.query
    lines: list[str] = []
    laws = {r.law_id: r for r in result.laws}
    c = result.counts
    total = len(result.places)
    if q.by == "law":
        lines.extend(_laws_by_place(result))
        open_ = [r for r in result.laws if r.value == "not recorded"]
        if open_:
            lines.append(f"\nNot recorded ({len(open_)}): the corpus has these laws but not every fact the rule "
                         "needs: " + "; ".join(f"{r.citation} ({', '.join(r.missing)})" for r in open_[:15])
                         + (" ..." if len(open_) > 15 else ""))
    else:
        noun = result.scope
        if q.scope == "countries" and q.within == "EU" and not q.codes:  # members, not the EU's own law
            noun = "EU member states in the corpus"
        if q.codes and total == 1:  # one named place ("since when has Texas..."): its answer, then its laws
            p = result.places[0]
            when = f", {_date_words(p.since, p.scheduled)}" if p.value == "yes" and q.since else ""
            note = f" ({p.since_note})" if when and p.since_note else ""
            lines.append(f"**{p.name}: {p.value}{when}**{note}." + ("" if p.value == "yes" else f" {p.basis}"))
        elif q.only_minors:
            aside = sum(bool(p.missing) for p in result.listed)
            lines.append(f"**{c['yes']} of {total} {noun}** have laws under the rule only for minors: none recorded "
                         f"protects adults" + (f" ({aside} of them have an adult law whose coverage is not recorded, "
                                               "named below)" if aside else "") +
                         f"; {c['no']} do not (a law protects adults, or none is recorded); "
                         f"{c['not recorded']} not recorded; {c['not in corpus']} not in the corpus.")
        elif q.want == "no":
            lines.append(f"**{c['no']} of {total} {noun}** have no law in the corpus that meets the rule; "
                         f"{c['yes']} do; {c['not recorded']} not recorded; {c['not in corpus']} not in the corpus.")
        else:
            minors = [p for p in result.listed if p.value == "yes" and p.law_ids and all(
                laws[i].minors_only for i in p.law_ids if i in laws)]
            only = (f" ({len(minors)} of them only through laws for images of minors)"
                    if minors and not any(k == "adults" for k, _ in q.covers) else "")
            parted = [p for p in result.listed if p.value == "yes" and (_parts(p, laws) or (True,))[0] is False]
            if parted:  # "countries" counts a country whose law is in one of its parts: say which, in the count
                only += (f" ({len(parted)} of them only through the law of a part of the country: " + ", ".join(
                    f"{p.name.replace(' (federal law)', '')} ({_part_count(p)})" for p in parted) + ")")
            lines.append(f"**{c['yes']} of {total} {noun}** meet the rule{only}; {c['no']} do not; "
                         f"{c['not recorded']} not recorded; {c['not in corpus']} not in the corpus.")
        listed = result.listed if not (q.codes and total == 1) else tuple(p for p in result.places
                                                                         if p.value == "yes")
        if listed:
            lines.append("")
            lines.extend(_place_line(p, laws, q.since) + (f" *({p.basis.split('; ', 1)[1].rstrip('.')})*"
                                                          if q.only_minors and p.missing else "") for p in listed)
        if q.want == "no":
            rest = [p for p in result.places if p.value in ("not recorded", "not in corpus")]
            if rest:
                lines.append("\nCannot tell from the corpus: " + ", ".join(f"{p.name} ({p.value})" for p in rest))
        else:
            for value in ("not recorded", "not in corpus"):
                rest = [p.name for p in result.places if p.value == value]
                if rest:
                    lines.append(f"\n{value.capitalize()} ({len(rest)}): " + ", ".join(rest))
        for p in result.also:
            lines.append(f"\n{p.name} (not counted above): {p.value}" +
                         (f", {_place_line(p, laws, q.since)[2:]}" if p.value == "yes" else f". {p.basis}"))
    lines.append(f"\n*Rule:* {result.rule}.")
    for note in result.notes:
        lines.append(f"\n{note}")
    lines.append(f"\n*Corpus as verified up to {result.corpus_date}.* Counts come from the corpus's recorded "
                 "fields, not from a search; open each linked text before relying on it.")
    return "\n".join(lines)


def headline(catalog: Catalog, today: Optional[dt.date] = None) -> list[tuple[str, TrackerResult]]:
    """The README's figures: (label, result), each computed by `run` with its rule."""
    syn = ("synthetic", True)
    queries = [
        ("US states where sharing a sexual deepfake of an adult is a crime",
         Query(scope="states", covers=(("adults", True), syn), remedies=(("criminal", True),))),
        ("US states where sexual deepfakes are a crime (any age)",
         Query(scope="states", covers=(syn,), remedies=(("criminal", True),))),
        ("US states where a deepfake victim can sue",
         Query(scope="states", covers=(syn,), remedies=(("civil", True),))),
        ("US states with a deepfake bill still alive",
         Query(scope="states", status=STATUS_GROUPS["bill"], covers=(syn,))),
        ("Countries with a deepfake-specific criminal offence in force (national law or a part of the country)",
         Query(scope="countries", covers=(syn,), remedies=(("criminal", True),))),
    ]
    return [(label, run(catalog, q, today)) for label, q in queries]


def render_headline(catalog: Catalog, today: Optional[dt.date] = None) -> str:
    """The README's "Tracker figures" block: each figure with its counts, the places apart, and its rule."""
    rows = headline(catalog, today)
    date = rows[0][1].corpus_date if rows else None
    lines = [f"Corpus as verified up to {date}; produced by `python -m kb tracker --headline`.", "",
             "| Figure | Yes | No | Not recorded | Not in corpus | Rule |", "|---|---|---|---|---|---|"]
    for label, r in rows:
        c = r.counts
        apart = "; ".join(f"{p.name}: {p.value}" for p in r.also)
        lines.append(f"| {label}{f' ({apart}, not counted)' if apart else ''} | **{c['yes']}** of "
                     f"{len(r.places)} | {c['no']} | {c['not recorded']} | {c['not in corpus']} | {r.rule} |")
    lines += ["", "'Not recorded' means the corpus holds the law but not the fact the rule needs (for example "
                  "whether it protects adults); it is never counted as yes or no."]
    return "\n".join(lines)
