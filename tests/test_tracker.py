"""Questions across places, checked against a separate, simple reading of the corpus YAML files.

The expected counts and lists below are never hard-coded from the engine: `Simple` reads data/statutes/ with plain
`yaml.safe_load` and applies each rule as a policymaker would state it, so the tests keep holding while the corpus
is edited. The hand-counted facts (`test_hand_counted_*`) are over jurisdictions.yaml (the registry), which the
corpus work does not change: 50 states, DC, 24 countries counting US federal law, 10 Canadian provinces, ...
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Optional

import pytest
import yaml

from kb.catalog import Catalog
from kb.tracker import Query, STATUS_GROUPS, changes, parse, render_markdown, run, timeline
from tests.conftest import REAL_CORPUS

TODAY = dt.date.today()
LAW_STATUSES = ("in_force",)


from kb.models import _TOOLS  # noqa: E402 - the documented title rule for laws aimed at tools


class Simple:
    """The corpus as plain dicts: {code: [law dict, ...]} and the registry rows."""

    def __init__(self, root: Path):
        self.places = {j["code"]: j for j in yaml.safe_load((root / "jurisdictions.yaml").read_text())
                       ["jurisdictions"]}
        self.laws: dict[str, list[dict]] = {}
        for f in sorted(root.glob("us/*.yaml")) + sorted(root.glob("intl/*.yaml")):
            data = yaml.safe_load(f.read_text())
            self.laws.setdefault(data["jurisdiction"], []).extend(data.get("laws") or [])

    def states(self) -> list[str]:
        return [c for c, j in self.places.items() if j.get("parent") == "US" and c != "US-DC"]

    def countries(self) -> list[str]:
        return [c for c, j in self.places.items() if j["level"] in ("country", "federal")]

    def parts(self, code: str) -> list[str]:
        return [code] + [c for c, j in self.places.items() if j.get("parent") == code
                         and j["level"] in ("state", "subdivision")]

    @staticmethod
    def law_ok(law: dict, statuses, conds: dict, year: Optional[str] = None) -> Optional[bool]:
        if law["status"] not in statuses or law["topic"] == "election":
            return False
        unknown = False
        for field, wanted in conds.items():
            value = law["covers"].get(field) if field in law["covers"] or field == "adults" else \
                law["remedies"].get(field)
            if field in ("creation", "possession") and _TOOLS.search(law["title"]):
                value = False  # a ban on nudification tools does not make making or keeping an image an offence
            if value is None:
                unknown = True
            elif value is not wanted:
                return False
        if year:
            enacted = law.get("enacted")
            # a section an Act rewrote that year was enacted that year too, whatever its first year
            rewritten = any(str(h.get("date", ""))[:4] == year and re.search(
                r"\b(amend\w*|added|adds|rewr\w+|enact\w*|signed|passed)\b", h.get("change", ""), re.I)
                and not re.search(r"\b(took effect|takes effect|in force|effective)\b", h.get("change", ""), re.I)
                for h in law.get("history") or [])
            if rewritten:
                pass
            elif enacted is None:
                unknown = True
            elif str(enacted)[:4] != year:
                return False
        return None if unknown else True

    def value(self, codes: list[str], statuses, conds: dict) -> str:
        laws = [law for c in codes for law in self.laws.get(c, [])]
        if not laws:
            return "not in corpus"
        results = [self.law_ok(law, statuses, conds) for law in laws]
        if True in results:
            return "yes"
        return "not recorded" if None in results else "no"

    def answer(self, places: list[str], statuses, conds: dict, rollup: bool = False) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {"yes": set(), "no": set(), "not recorded": set(), "not in corpus": set()}
        for code in places:
            out[self.value(self.parts(code) if rollup else [code], statuses, conds)].add(code)
        return out


def _stamp() -> tuple:
    return tuple(sorted((str(f), f.stat().st_mtime_ns) for f in REAL_CORPUS.rglob("*.yaml")))


@pytest.fixture(scope="module")
def pair() -> tuple[Simple, Catalog]:
    """Both readings of the same files: reloaded if the corpus changed while they were read (others edit it)."""
    for _ in range(5):
        before = _stamp()
        found = Simple(REAL_CORPUS), Catalog.from_dir(REAL_CORPUS)
        if _stamp() == before:
            return found
    return found


@pytest.fixture(scope="module")
def simple(pair) -> Simple:
    return pair[0]


@pytest.fixture(scope="module")
def catalog(pair) -> Catalog:
    return pair[1]


IN_FORCE = ("in_force",)
BILLS = ("pending", "carried_over")
LAWS = ("in_force", "enacted")

# (question, scope, parent, statuses, conditions, which value the question lists)
PLACE_QUESTIONS = [
    ("Count the states where a sexual deepfake of an adult is a crime", "states", None, IN_FORCE,
     {"criminal": True, "synthetic": True, "adults": True}, "yes"),
    ("Which states still give deepfake victims no way to sue?", "states", None, IN_FORCE,
     {"civil": True, "synthetic": True}, "no"),
    ("Name the countries with a deepfake-specific offence", "countries", None, IN_FORCE,  # written for fakes only
     {"criminal": True, "synthetic": True, "authentic": False}, "yes"),
    ("Which states have pending bills?", "states", None, BILLS, {}, "yes"),
    ("How many states let victims sue over deepfakes?", "states", None, IN_FORCE,
     {"civil": True, "synthetic": True}, "yes"),
    ("Which states criminalize threats to share intimate images?", "states", None, IN_FORCE,
     {"criminal": True, "threats": True}, "yes"),
    ("Which states make creating a sexual deepfake a crime?", "states", None, IN_FORCE,
     {"criminal": True, "synthetic": True, "creation": True}, "yes"),
    ("Which states put a takedown duty on platforms?", "states", None, IN_FORCE, {"takedown": True}, "yes"),
    ("Which countries let victims sue?", "countries", None, IN_FORCE, {"civil": True}, "yes"),
    ("Which states criminalize deepfakes of minors?", "states", None, IN_FORCE,
     {"criminal": True, "synthetic": True, "minors": True}, "yes"),
    ("How many Canadian provinces give a civil claim for deepfakes?", "subdivisions", "CA", IN_FORCE,
     {"civil": True, "synthetic": True}, "yes"),
    ("Which states have no law making sexual deepfakes a crime?", "states", None, IN_FORCE,
     {"criminal": True, "synthetic": True}, "no"),
    ("Which countries have pending deepfake bills?", "countries", None, BILLS, {"synthetic": True}, "yes"),
    ("Which jurisdictions criminalize possession of deepfakes?", "all", None, IN_FORCE,
     {"criminal": True, "synthetic": True, "possession": True}, "yes"),
    ("List the states where victims of sexual deepfakes of adults can sue", "states", None, IN_FORCE,
     {"civil": True, "synthetic": True, "adults": True}, "yes"),
    ("Which states criminalize sharing real intimate images?", "states", None, IN_FORCE,
     {"criminal": True, "authentic": True}, "yes"),
    ("Which states criminalize sexual deepfakes of adults, and since when?", "states", None, IN_FORCE,
     {"criminal": True, "synthetic": True, "adults": True}, "yes"),
    ("How many states have deepfake laws not yet in force?", "states", None, ("enacted",), {"synthetic": True},
     "yes"),
    ("Which EU countries criminalize deepfakes?", "countries", "EU", IN_FORCE,
     {"criminal": True, "synthetic": True}, "yes"),
    ("Which countries have no civil remedy for deepfake victims?", "countries", None, IN_FORCE,
     {"civil": True, "synthetic": True}, "no"),
    ("How many states criminalize sextortion?", "states", None, IN_FORCE,
     {"criminal": True, "threats": True}, "yes"),
    ("Which Australian states criminalize deepfakes?", "subdivisions", "AU", IN_FORCE,
     {"criminal": True, "synthetic": True}, "yes"),
]


def _places(simple: Simple, scope: str, parent: Optional[str]) -> list[str]:
    if scope == "states":
        return simple.states()
    if scope == "countries":
        rows = simple.countries()
        return [c for c in rows if simple.places[c].get("parent") == parent] if parent else rows
    if scope == "subdivisions":
        return [c for c, j in simple.places.items() if j.get("parent") == parent]
    return list(simple.places)


@pytest.mark.parametrize("question,scope,parent,statuses,conds,listed", PLACE_QUESTIONS,
                         ids=[q[0] for q in PLACE_QUESTIONS])
def test_place_question_matches_a_simple_reading_of_the_corpus(simple, catalog, question, scope, parent, statuses,
                                                               conds, listed):
    query = parse(question, catalog.registry)
    assert query is not None, question
    result = run(catalog, query)
    expected = simple.answer(_places(simple, scope, parent), statuses, conds, rollup=scope == "countries")
    got = {v: {p.code for p in result.places if p.value == v} for v in expected}
    assert got == expected, (question, query)
    assert result.counts == {v: len(expected[v]) for v in expected}
    assert {p.code for p in result.listed} == expected[listed]
    assert query.want == listed
    assert set(result.not_in_corpus) >= expected["not in corpus"]
    # the markdown leads with the count it lists, and links each listed place's first law
    md = render_markdown(result)
    count = len(expected[listed])
    assert f"**{count} of {len(result.places)} " in md.splitlines()[0]
    laws = {r.law_id: r for r in result.laws}
    for p in result.listed:
        if p.value == "yes":
            assert f"[{laws[p.law_ids[0]].citation}]({laws[p.law_ids[0]].url})" in md
    assert f"Corpus as verified up to {result.corpus_date}" in md and "*Rule:*" in md


LAW_QUESTIONS = [
    ("What did legislatures pass this year?", None, LAWS, {}, str(TODAY.year)),
    ("Which deepfake laws did the states pass in 2025?", "states", LAWS, {"synthetic": True}, "2025"),
    ("Which states passed laws on sexual deepfakes last year?", "states", LAWS, {"synthetic": True},
     str(TODAY.year - 1)),
]


@pytest.mark.parametrize("question,scope,statuses,conds,year", LAW_QUESTIONS, ids=[q[0] for q in LAW_QUESTIONS])
def test_law_list_question_matches_a_simple_reading(simple, catalog, question, scope, statuses, conds, year):
    query = parse(question, catalog.registry)
    assert query is not None and query.by == "law"
    result = run(catalog, query)
    codes = simple.states() if scope == "states" else list(simple.places)
    expected_yes = {law["id"] for c in codes for law in simple.laws.get(c, [])
                    if simple.law_ok(law, statuses, conds, year) is True}
    expected_open = {law["id"] for c in codes for law in simple.laws.get(c, [])
                     if simple.law_ok(law, statuses, conds, year) is None}
    assert {r.law_id for r in result.laws if r.value == "yes"} == expected_yes
    assert {r.law_id for r in result.laws if r.value == "not recorded"} == expected_open
    md = render_markdown(result)
    assert md.startswith(f"**{len(expected_yes)} law(s)**")


def test_failed_bills_are_listed_as_laws(simple, catalog):
    query = parse("Which deepfake bills failed or were vetoed?", catalog.registry)
    result = run(catalog, query)
    expected = {law["id"] for laws in simple.laws.values() for law in laws
                if law["status"] in ("failed", "vetoed") and law["topic"] != "election"
                and law["covers"].get("synthetic") is True}
    assert {r.law_id for r in result.laws if r.value == "yes"} == expected


def test_since_when_uses_ai_coverage_date_or_a_labelled_estimate(simple, catalog):
    query = parse("Which states criminalize sexual deepfakes, and since when?", catalog.registry)
    assert query.since
    result = run(catalog, query)
    for p in result.places:
        if p.value != "yes":
            continue
        laws = [law for law in simple.laws[p.code] if simple.law_ok(law, IN_FORCE,
                                                                     {"criminal": True, "synthetic": True})]
        starts = []
        for law in laws:
            if law.get("synthetic_since"):
                starts.append((str(law["synthetic_since"]), False))
            elif law.get("effective") or law.get("enacted"):
                starts.append((str(law.get("effective") or law.get("enacted")), True))
        if not starts:
            assert p.since is None
            continue
        pad = lambda d: d + "-01-01"[len(d) - 4:] if len(d) < 10 else d  # noqa: E731
        first = min(starts, key=lambda s: (pad(s[0]), s[1]))  # on a tie, the recorded AI-coverage date wins
        assert p.since == first[0]
        assert bool(p.since_note and p.since_note.startswith("estimate")) == first[1]
    assert "estimate" in result.rule
    md = render_markdown(result)
    for p in result.listed:
        if p.since_note and p.since_note.startswith("estimate"):
            assert p.since_note in md


def test_dc_and_territories_are_named_separately_never_counted_as_states(simple, catalog):
    result = run(catalog, parse("how many states criminalize deepfakes?", catalog.registry))
    assert "US-DC" not in {p.code for p in result.places}
    assert [p.code for p in result.also] == ["US-DC"]
    expected = simple.value(["US-DC"], IN_FORCE, {"criminal": True, "synthetic": True})
    assert result.also[0].value == expected
    assert "District of Columbia (not counted above)" in render_markdown(result)


# --- counted by hand, over jurisdictions.yaml (the registry, which corpus edits do not change) -----------------

def test_hand_counted_fifty_states(catalog):
    result = run(catalog, Query(scope="states"))
    assert len(result.places) == 50 and sum(result.counts.values()) == 50


def test_hand_counted_twenty_four_countries_with_us_federal_law_and_the_eu_apart(catalog):
    result = run(catalog, Query(scope="countries"))
    assert len(result.places) == 24  # 23 countries in jurisdictions.yaml plus US (federal law)
    assert [p.code for p in result.also] == ["EU"]


def test_hand_counted_ten_canadian_provinces(catalog):
    assert len(run(catalog, Query(scope="subdivisions", within="CA")).places) == 10


def test_hand_counted_five_australian_states(catalog):
    assert len(run(catalog, Query(scope="subdivisions", within="AU")).places) == 5


def test_hand_counted_three_uk_nations_and_seven_eu_members(catalog):
    assert len(run(catalog, Query(scope="subdivisions", within="GB")).places) == 3
    # IE, FR, DE, IT, ES, DK, NL
    assert len(run(catalog, Query(scope="countries", within="EU")).places) == 7


def test_hand_counted_registry_without_laws_is_not_in_corpus_never_no(catalog):
    """Mexico, Nigeria and Pakistan are in jurisdictions.yaml; a place with no law file is 'not in corpus'."""
    result = run(catalog, Query(codes=("MX", "NG", "PK"), covers=(("synthetic", True),)))
    for p in result.places:
        assert p.value in ("not in corpus", "yes", "no", "not recorded")
        if not catalog.laws_in(p.code):
            assert p.value == "not in corpus"


# --- parsing: cross-place or not ------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Is it a crime in Texas to share a deepfake?",
    "Someone posted a fake nude of me on Reddit, what can I do?",
    "How do I get it off Telegram?",
    "Has Congress passed the DEFIANCE Act?",
    "compare Texas and California",
])
def test_one_person_questions_are_not_cross_place(catalog, question):
    assert parse(question, catalog.registry) is None


def test_the_rule_is_stated_in_plain_words(catalog):
    q = parse("count the states where a sexual deepfake of an adult is a crime", catalog.registry)
    rule = run(catalog, q).rule
    for words in ("US states", "in force", "criminal", "covers AI-made or altered images", "protects adults"):
        assert words in rule


def test_bills_and_laws_are_distinct(catalog):
    bills = parse("which states have pending deepfake bills?", catalog.registry)
    laws = parse("which states criminalize deepfakes?", catalog.registry)
    assert set(bills.status) == set(STATUS_GROUPS["bill"]) and set(laws.status) == {__import__("kb").Status.in_force}


# --- timeline and changes: future dates are scheduled ----------------------------------------------------------

def test_timeline_marks_years_after_today_as_scheduled(simple, catalog):
    """Run the query as of the day before the earliest effective date of an enacted (not yet in force) law."""
    dated = sorted(str(law["effective"]) for laws in simple.laws.values() for law in laws
                   if law["status"] == "enacted" and law.get("effective") and len(str(law["effective"])) == 10)
    assert dated, "the corpus has enacted laws with an effective date"
    today = dt.date.fromisoformat(dated[0]) - dt.timedelta(days=1)
    result = run(catalog, Query(scope="all", status=("enacted",)), today=today)
    rows = timeline(result)
    assert any(r["scheduled"] for r in rows)
    assert all(r["scheduled"] for r in rows if r["year"] > today.isoformat()[:4])
    for p in result.places:
        if p.since and len(p.since) == 10:
            assert p.scheduled == (p.since > today.isoformat())
    md = render_markdown(run(catalog, Query(scope="all", status=("enacted",), since=True), today=today))
    assert "scheduled for" in md


def test_changes_mark_future_history_entries_as_scheduled(simple, catalog):
    result = run(catalog, Query(scope="all", status=STATUS_GROUPS["any"]))
    rows = changes(catalog, result, "2000")
    future = [r for r in rows if r["date"] > TODAY.isoformat()]
    assert all(r["when"] == "scheduled" for r in future)
    assert all(r["when"] == "past" for r in rows if r["date"][:10] < TODAY.isoformat()[:len(r["date"])])
    expected_future = {(law["id"], str(h["date"])) for laws in simple.laws.values() for law in laws
                       for h in law.get("history") or [] if str(h["date"]) > TODAY.isoformat()}
    assert {(r["law_id"], r["date"]) for r in future} == expected_future


# --- the CLI: same engine, documented flags -------------------------------------------------------------------

@pytest.fixture(scope="module")
def base(tmp_path_factory):
    from kb import KnowledgeBase
    from kb.config import Settings

    return KnowledgeBase(Settings(home=tmp_path_factory.mktemp("tracker-home"), corpus=REAL_CORPUS))


def test_cli_tracker_json_matches_the_engine_and_a_simple_reading(capsys, simple, catalog, base):
    import json

    from kb.__main__ import main

    code = main(["tracker", "--scope", "states", "--remedy", "civil", "--covers", "synthetic", "--want", "no",
                 "--json"], base=base)
    data = json.loads(capsys.readouterr().out)
    expected = simple.answer(simple.states(), IN_FORCE, {"civil": True, "synthetic": True})
    assert code == 0 and data["counts"] == {v: len(expected[v]) for v in expected}
    assert {p["code"] for p in data["places"] if p["value"] == "no"} == expected["no"]
    assert data["rule"].startswith("US states") and data["corpus_date"]


def test_cli_tracker_question_flags_and_errors(capsys, base):
    from kb.__main__ import main

    assert main(["tracker", "which countries let victims sue?"], base=base) == 0
    assert "*Rule:* countries" in capsys.readouterr().out
    assert main(["tracker", "--covers", "nonsense"], base=base) == 1
    assert "use one of: authentic, synthetic" in capsys.readouterr().err
    assert main(["tracker", "--headline"], base=base) == 0
    out = capsys.readouterr().out
    assert "| Figure |" in out and "Corpus as verified up to" in out


def test_cli_tracker_help_documents_every_flag(capsys):
    from kb.__main__ import parser

    sub = next(a for a in parser()._actions if a.dest == "command").choices["tracker"]
    for action in sub._actions:
        if action.option_strings and action.dest != "help":
            assert action.help and len(action.help) > 15, action.option_strings


# question -> the filters it means (scope, within, conditions, which places are listed, by place or law)
PHRASINGS = [
    ("Does any state let you sue for deepfakes?", "states", None, {"civil": True, "synthetic": True}, "yes", "place"),
    ("In how many US states is it illegal to make a deepfake nude?", "states", None,
     {"criminal": True, "synthetic": True, "creation": True}, "yes", "place"),
    ("Which states make it a crime to share deepfakes?", "states", None, {"criminal": True, "synthetic": True},
     "yes", "place"),
    ("Is there any country where making a deepfake is legal?", "countries", None,
     {"criminal": True, "synthetic": True, "creation": True}, "no", "place"),
    ("Which states offer legal action for deepfake victims?", "states", None, {"civil": True, "synthetic": True},
     "yes", "place"),
    ("Which Canadian provinces have intimate image laws?", "subdivisions", "CA", {}, "yes", "place"),
    ("What states have passed laws against AI nudes this year?", "states", None, {"synthetic": True}, "yes", "law"),
    ("list all states without a deepfake law", "states", None, {"synthetic": True}, "no", "place"),
    ("Which state deepfake laws took effect in 2025?", "states", None, {"synthetic": True}, "yes", "law"),
]


@pytest.mark.parametrize("question,scope,within,conds,want,by", PHRASINGS, ids=[p[0] for p in PHRASINGS])
def test_phrasings_become_the_filters_they_mean(catalog, question, scope, within, conds, want, by):
    q = parse(question, catalog.registry)
    assert q is not None
    assert (q.scope, q.within, q.want, q.by) == (scope, within, want, by)
    assert dict(q.covers) | dict(q.remedies) == conds
    if "took effect" in question:
        assert (q.date_field, q.date_from, q.date_to) == ("effective", "2025", "2025")


def test_knowledge_base_tracker_takes_a_question_or_a_query(base, catalog):
    from kb.errors import QueryError

    by_text = base.tracker("which countries let victims sue?")
    by_query = base.tracker(parse("which countries let victims sue?", catalog.registry))
    assert by_text.counts == by_query.counts and by_text.rule == by_query.rule
    with pytest.raises(QueryError):
        base.tracker("Is it a crime in Texas to share a deepfake?")


def test_since_when_for_one_named_place_leads_with_its_answer(simple, catalog):
    q = parse("Since when has sharing deepfakes been a crime in Virginia?", catalog.registry)
    assert q.codes == ("US-VA",) and q.since
    result = run(catalog, q)
    expected = simple.value(["US-VA"], IN_FORCE, {"criminal": True, "synthetic": True})
    first = render_markdown(result).splitlines()[0]
    assert first.startswith(f"**Virginia: {expected}")
    if expected == "yes":
        p = result.places[0]
        assert (f"since {p.since}" in first or f"scheduled for {p.since}" in first) if p.since else True


def test_a_count_says_how_many_places_meet_it_only_through_laws_for_minors(real_kb):
    """"How many states criminalize deepfake porn" counts child-abuse-image laws too (as the public trackers do),
    and says so, instead of letting a reader take them for laws that protect adults."""
    a = real_kb.ask("how many states criminalize deepfake porn")
    assert a.kind == "list"
    assert "only through laws for images of minors" in a.answer.splitlines()[0]
    assert any(line.startswith("- **") and "*(only for images of minors)*" in line for line in a.answer.splitlines())


def test_what_legislatures_enacted_in_a_year_includes_sections_rewritten_that_year(real_kb):
    """A section first passed long ago but rewritten by a 2026 Act was enacted in 2026 too (its history says so)."""
    a = real_kb.ask("What did state legislatures enact on sexual deepfakes in 2026?")
    ids = {c.law_id for c in a.citations}
    rewritten = [l for l in real_kb.catalog.laws if l.jurisdiction.startswith("US-") and l.enacted
                 and l.enacted[:4] < "2026" and l.status.is_law and l.covers.synthetic
                 and any(str(h.date)[:4] == "2026" and re.search(r"\b(act|amended|rewrote)\b", h.change, re.I)
                         for h in l.history)]
    assert rewritten and {l.id for l in rewritten} & ids
