"""Questions across places ("which states...", "how many countries...", "since when...") answered from the corpus's
structured fields by one engine: the chat, `python -m kb tracker` and the app's Tracker all call `run()`.

Policy, because a count is quoted by policymakers and a wrong one does harm:
- Each law is tested against every condition of the query (status, topic, covers.*, remedies.*, dates). A condition
  is true, false, or not recorded (the field is null). A law matches when all are true.
- Each place is then one of four values, never a guess:
  `yes` (a law of that place matches), `no` (the corpus records laws for the place and each one fails a condition),
  `not recorded` (no law matches, but some law's answer rests on a null field) and `not in corpus` (the corpus holds
  no law for the place). Counts report all four.
- "US states" are the 50 states; the District of Columbia and US territories are reported separately, never counted
  as states. "Countries" count national law or the law of any part of the country (a UK nation, a Canadian
  province, a US state), and each row says where the matching law is: a country counted only through its parts
  reads "no federal/national law meets the rule; only the law of N states: ...", and the count says how many such
  countries there are, so a journalist never reads a state law as a national one. The EU is reported separately.
- Adults and minors, in force and pending, criminal and civil, year enacted and date in force are distinct filters.
- "Since when" uses `synthetic_since` (when coverage of AI-made or altered images began) when the query is about
  AI-made images. Where that date is not recorded, the date the law took effect is shown, marked as an estimate.
  A date after today is "scheduled", never a past event.
- The rule used is always stated in plain words, with the date of the corpus (its newest `verified` date).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, Optional

from kb.catalog import Catalog
from kb.jurisdictions import Registry
from kb.models import Law, Level, Model, Status, Topic

COVERS = ("authentic", "synthetic", "adults", "minors", "threats", "creation", "possession")
REMEDIES = ("criminal", "civil", "injunction", "takedown")
DATE_FIELDS = ("enacted", "effective", "synthetic_since")

STATUS_GROUPS: dict[str, tuple[Status, ...]] = {
    "in_force": (Status.in_force,),
    "law": (Status.in_force, Status.enacted),
    "enacted": (Status.enacted,),
    "bill": (Status.pending, Status.carried_over),
    "dead": (Status.failed, Status.vetoed),
    "any": tuple(Status),
}
for _s in Status:
    STATUS_GROUPS.setdefault(_s.value, (_s,))

SCOPES = {
    "states": "US states",
    "countries": "countries",
    "subdivisions": "states, provinces and nations within countries",
    "all": "jurisdictions",
}

# US places that are not states: reported on their own line, never counted as states.
NON_STATES = {"US-DC", "US-PR", "US-GU", "US-VI", "US-AS", "US-MP", "US-UM"}

Value = Literal["yes", "no", "not recorded", "not in corpus"]
VALUES: tuple[str, ...] = ("yes", "no", "not recorded", "not in corpus")


class Query(Model):
    """A question across places, as filters. Empty tuples mean "no filter"."""

    scope: Literal["states", "countries", "subdivisions", "all"] = "all"
    within: Optional[str] = None  # only places under this parent ("AU": Australian states)
    codes: tuple[str, ...] = ()  # only these places
    status: tuple[Status, ...] = (Status.in_force,)
    topics: tuple[Topic, ...] = ()  # empty: every topic except election-only laws
    covers: tuple[tuple[str, bool], ...] = ()
    remedies: tuple[tuple[str, bool], ...] = ()
    date_field: Literal["enacted", "effective", "synthetic_since"] = "enacted"
    date_from: Optional[str] = None  # 'YYYY' or 'YYYY-MM-DD', inclusive
    date_to: Optional[str] = None
    want: Literal["yes", "no", "all"] = "yes"  # which places the answer lists first
    by: Literal["place", "law"] = "place"  # count places, or list laws
    since: bool = False  # the question asks since when
    only_minors: bool = False  # places whose laws under the rule protect only minors ("only for kids"): tracker_extra


class PlaceRow(Model):
    code: str
    name: str
    value: str  # one of VALUES
    law_ids: tuple[str, ...] = ()  # matching laws (yes), or laws whose answer is not recorded
    where: tuple[str, ...] = ()  # codes holding the matching laws (a country's part)
    missing: tuple[str, ...] = ()  # fields not recorded that kept the answer open
    laws_read: int = 0
    since: Optional[str] = None
    since_note: Optional[str] = None  # "estimate: ..." when the date is not the AI-coverage date
    scheduled: bool = False
    basis: str = ""  # one sentence: why this value


class LawRow(Model):
    law_id: str
    citation: str
    title: str
    jurisdiction: str
    name: str
    url: str
    official: Optional[bool]  # the link is the official text (opened); None: no official link recorded
    status: str
    status_label: str
    enacted: Optional[str]
    effective: Optional[str]
    synthetic_since: Optional[str]
    since: Optional[str]
    since_note: Optional[str]
    scheduled: bool
    verified: str
    value: str  # "yes" or "not recorded"
    missing: tuple[str, ...] = ()
    minors_only: bool = False  # protects only people under 18 (a child-abuse-image law or a minors-only provision)


class TrackerResult(Model):
    query: Query
    rule: str
    scope: str
    counts: dict[str, int]  # yes / no / not recorded / not in corpus, over `places`
    places: tuple[PlaceRow, ...]
    also: tuple[PlaceRow, ...] = ()  # DC, territories, the EU: named separately, not counted
    laws: tuple[LawRow, ...]
    corpus_date: Optional[str]
    today: str
    notes: tuple[str, ...] = ()

    @property
    def not_in_corpus(self) -> tuple[str, ...]:
        """Codes of the places the corpus holds no law for (counted apart, never as a "no")."""
        return tuple(p.code for p in self.places + self.also if p.value == "not in corpus")

    @property
    def listed(self) -> tuple[PlaceRow, ...]:
        """The places the question asked for (yes, or no when it asked which lack something)."""
        if self.query.want == "all":
            return self.places
        return tuple(p for p in self.places if p.value == self.query.want)


# --- evaluating one law ---------------------------------------------------------------------------------------

def _date_key(value: str, end: bool = False) -> str:
    """'2025' -> '2025-01-01' (or '2025-12-31' as an upper bound): fuzzy dates compare as text."""
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:
        return value + ("-31" if end else "-01")
    return value


def _in_range(value: str, lo: Optional[str], hi: Optional[str]) -> bool:
    start, stop = _date_key(value), _date_key(value, end=True)
    return (lo is None or stop >= _date_key(lo)) and (hi is None or start <= _date_key(hi, end=True))


def _topics(q: Query) -> tuple[Topic, ...]:
    return q.topics or tuple(t for t in Topic if t is not Topic.election)


def evaluate(law: Law, q: Query) -> tuple[Optional[bool], tuple[str, ...]]:
    """(True / False / None, fields not recorded): does this law meet every condition of the query?"""
    if law.status not in q.status or law.topic not in _topics(q):
        return False, ()
    missing: list[str] = []
    for group, conds in (("covers", q.covers), ("remedies", q.remedies)):
        for name, wanted in conds:
            value = getattr(getattr(law, group), name)
            if law.about_tools and group == "covers" and name in ("creation", "possession"):
                value = False  # a ban on nudification tools does not make making or keeping an image an offence
            elif name == "creation" and ("synthetic", True) in q.covers:
                value = law.covers.creation_for("fake")  # "creating deepfakes": the record's answer for fakes
            if value is None:
                missing.append(f"{group}.{name}")
            elif value is not wanted:
                return False, ()
    if q.date_from or q.date_to:
        value = getattr(law, q.date_field)
        if q.date_field == "enacted" and _amended_in(law, q.date_from, q.date_to):
            pass  # "what did legislatures enact in 2026": an Act that rewrote the section that year counts
        elif value is None:
            missing.append(q.date_field)
        elif not _in_range(value, q.date_from, q.date_to):
            return False, ()
    return (None, tuple(missing)) if missing else (True, ())


def _amended_in(law: Law, date_from: Optional[str], date_to: Optional[str]) -> bool:
    """Did a legislature change this law within the dates (a history entry naming an Act, bill or amendment)?"""
    return any(_in_range(str(h.date), date_from, date_to) and re.search(
        r"\b(amend\w*|added|adds|rewr\w+|enact\w*|signed|passed)\b", h.change, re.I)
        and not re.search(r"\b(took effect|takes effect|in force|effective)\b", h.change, re.I) for h in law.history)


def _about_synthetic(q: Query) -> bool:
    return ("synthetic", True) in q.covers


def coverage_start(law: Law, q: Query) -> tuple[Optional[str], Optional[str]]:
    """(date, note): when the law began to cover what the query asks. The note marks an estimate."""
    if _about_synthetic(q):
        if law.synthetic_since:
            return law.synthetic_since, None
        fallback = law.effective or law.enacted
        if fallback:
            which = "took effect" if law.effective else "was enacted"
            return fallback, f"estimate: date the law {which}; AI coverage date not recorded"
        return None, "AI coverage date not recorded"
    if law.effective:
        return law.effective, None
    if law.enacted:
        return law.enacted, "date enacted; date in force not recorded"
    return None, "date not recorded"


def _scheduled(date: Optional[str], today: dt.date) -> bool:
    return bool(date) and _date_key(date) > today.isoformat()


# --- places ---------------------------------------------------------------------------------------------------

def _children(registry: Registry, code: str) -> list[str]:
    return [c for c in registry.by_code if code in registry.parents(c)]


def scope_places(registry: Registry, q: Query) -> tuple[list[str], list[str]]:
    """(places counted, places named separately) for the query's scope."""
    by = registry.by_code
    if q.codes:
        return [c for c in q.codes if c in by], []
    if q.scope == "states" and (q.within in (None, "US")):
        states = [c for c, j in by.items() if j.parent == "US" and c not in NON_STATES]
        return sorted(states, key=registry.name), sorted((c for c in by if c in NON_STATES), key=registry.name)
    if q.scope in ("states", "subdivisions"):
        parent = q.within
        rows = [c for c, j in by.items() if j.level is Level.subdivision or (j.level is Level.state and
                                                                              c not in NON_STATES)]
        if parent:
            rows = [c for c in rows if parent in registry.parents(c)]
        return sorted(rows, key=registry.name), []
    if q.scope == "countries":
        countries = [c for c, j in by.items() if j.level in (Level.country, Level.federal)]
        if q.within:
            countries = [c for c in countries if by[c].parent == q.within]
        also = [c for c, j in by.items() if j.level is Level.supranational and not q.within]
        return sorted(countries, key=registry.name), also
    rows = list(by)
    if q.within:
        rows = [c for c in rows if q.within in registry.parents(c) or c == q.within]
    return sorted(rows, key=registry.name), []


def _country_parts(catalog: Catalog, code: str) -> list[str]:
    """A country's own code and its parts (US states for US, UK nations for GB); the EU is not a part."""
    reg = catalog.registry
    return [code] + [c for c in _children(reg, code) if reg.get(c).level in (Level.state, Level.subdivision)]


def _place(catalog: Catalog, code: str, q: Query, today: dt.date, rollup: bool) -> PlaceRow:
    if q.only_minors:
        from kb.tracker_extra import only_minors

        return only_minors(catalog, code, q, rollup)
    reg = catalog.registry
    codes = _country_parts(catalog, code) if rollup else [code]
    laws = [law for c in codes for law in catalog.laws_in(c)]
    name = reg.name(code)
    if not laws:
        return PlaceRow(code=code, name=name, value="not in corpus",
                        basis=f"The corpus holds no law for {name}.")
    results = [(law, *evaluate(law, q)) for law in laws]
    yes = [law for law, v, _ in results if v is True]
    open_ = [(law, m) for law, v, m in results if v is None]
    if yes:
        dated = sorted((coverage_start(law, q) + (law,) for law in yes),
                       key=lambda t: (t[0] is None, _date_key(t[0]) if t[0] else "", bool(t[1])))
        since, note, _ = dated[0]
        where = tuple(dict.fromkeys(law.jurisdiction for law in yes))
        return PlaceRow(code=code, name=name, value="yes", law_ids=tuple(l.id for l in yes), where=where,
                        laws_read=len(laws), since=since, since_note=note, scheduled=_scheduled(since, today),
                        basis=f"{yes[0].label} meets the rule.")
    if open_:
        missing = tuple(dict.fromkeys(m for _, ms in open_ for m in ms))
        return PlaceRow(code=code, name=name, value="not recorded", law_ids=tuple(l.id for l, _ in open_),
                        laws_read=len(laws), missing=missing,
                        basis=f"No law meets the rule for certain; {', '.join(missing)} not recorded for "
                              f"{', '.join(l.label for l, _ in open_[:3])}.")
    whole = f"{name} and its parts" if len(codes) > 1 else name
    any_status = q.model_copy(update={"status": tuple(Status)})
    other = [law for law in laws if law.status not in q.status and evaluate(law, any_status)[0] is True]
    aside = ("; not counted because of its status: " + "; ".join(f"{l.label} ({l.status.label})" for l in other[:3])
             if other else "")
    return PlaceRow(code=code, name=name, value="no", laws_read=len(laws),
                    basis=f"The corpus records {len(laws)} law(s) for {whole}; none meets the rule{aside}.")


# --- running a query ------------------------------------------------------------------------------------------

def _law_row(catalog: Catalog, law: Law, q: Query, value: str, missing: tuple[str, ...],
             today: dt.date) -> LawRow:
    since, note = coverage_start(law, q)
    link = law.official_link
    return LawRow(law_id=law.id, citation=law.label, title=law.title, jurisdiction=law.jurisdiction,
                  name=catalog.registry.name(law.jurisdiction), url=law.url,
                  official=link[1] if link else None, status=law.status.value, status_label=law.status.label,
                  enacted=law.enacted, effective=law.effective, synthetic_since=law.synthetic_since, since=since,
                  since_note=note, scheduled=_scheduled(law.effective, today) or _scheduled(since, today),
                  verified=law.verified.isoformat(), value=value, missing=missing,
                  minors_only=law.topic is Topic.csam or law.covers.adults is False)


def corpus_date(catalog: Catalog) -> Optional[str]:
    return max((law.verified for law in catalog.laws), default=None) and \
        max(law.verified for law in catalog.laws).isoformat()


def run(catalog: Catalog, query: Query, today: Optional[dt.date] = None) -> TrackerResult:
    """Apply the query to every place in scope (three-valued) and list the laws behind the answer."""
    today = today or dt.date.today()
    reg = catalog.registry
    counted, separate = scope_places(reg, query)
    rollup = query.scope == "countries" and not query.codes
    places = tuple(_place(catalog, c, query, today, rollup) for c in counted)
    also = tuple(_place(catalog, c, query, today, False) for c in separate)
    counts = {v: sum(p.value == v for p in places) for v in VALUES}
    in_scope = set(counted) | set(separate)
    if rollup:
        in_scope |= {p for c in counted for p in _country_parts(catalog, c)}
    law_rows = []
    for law in catalog.laws:
        if law.jurisdiction not in in_scope:
            continue
        value, missing = evaluate(law, query)
        if value is True or (value is None and query.by == "law"):
            law_rows.append(_law_row(catalog, law, query, "yes" if value else "not recorded", missing, today))
    law_rows.sort(key=lambda r: (r.value != "yes", reg.name(r.jurisdiction), r.citation))
    notes = []
    if query.since and _about_synthetic(query) and any(p.since_note and p.since_note.startswith("estimate")
                                                       for p in places):
        notes.append("Dates marked 'estimate' are when the law took effect: the corpus does not record when it "
                     "began to cover AI-made images, which may be later (an amendment).")
    if any(p.value == "not recorded" for p in places):
        notes.append("'Not recorded' means the corpus has the law but not the fact the rule needs; it is not a no.")
    from kb.tracker_words import describe

    return TrackerResult(query=query, rule=describe(query, reg), scope=SCOPES[query.scope] if not query.codes
                         else "places named", counts=counts, places=places, also=also, laws=tuple(law_rows),
                         corpus_date=corpus_date(catalog), today=today.isoformat(), notes=tuple(notes))


def timeline(result: TrackerResult) -> list[dict]:
    """Per year: how many places began to be covered under the rule; years after today are scheduled."""
    from kb.tracker_extra import timeline as per_year

    return per_year(result)


def changes(catalog: Catalog, result: TrackerResult, since: str) -> list[dict]:
    """Dated history entries of the laws behind the result, from `since` on; future dates are "scheduled"."""
    from kb.tracker_extra import changes as dated

    return dated(catalog, result, since)


# The text side lives in kb/tracker_parse.py (phrases -> Query) and kb/tracker_words.py (result -> markdown).
def parse(question: str, registry: Registry, today: Optional[dt.date] = None, lang: str = "en") -> Optional[Query]:
    """A cross-place question as a Query, or None when it is about one person's situation."""
    from kb.tracker_parse import parse as parse_words

    return parse_words(question, registry, today, lang)


def render_markdown(result: TrackerResult) -> str:
    from kb.tracker_words import render_markdown as render

    return render(result)


def describe(q: Query, registry: Optional[Registry] = None) -> str:
    from kb.tracker_words import describe as words

    return words(q, registry)


def render_headline(catalog: Catalog, today: Optional[dt.date] = None) -> str:
    """The README's "Tracker figures" block (`python -m kb tracker --headline`)."""
    from kb.tracker_words import render_headline as render

    return render(catalog, today)
