"""Cross-place lists and counts (issue 11, probe 9c): acts named as nouns, acts set aside, EU member states, places
whose only law is for minors, laws listed by place, and a country listed through one of its parts.

Every expected count comes from `Simple` (tests/test_tracker.py), a plain `yaml.safe_load` reading of
data/statutes/ that applies the rule as a policymaker would state it, never from the engine: the tests keep holding
while the corpus is edited.
"""

from __future__ import annotations

import copy

import pytest

from kb.tracker import parse, render_markdown, run
from tests.test_tracker import IN_FORCE, LAWS, _places, catalog, pair, simple  # noqa: F401 - fixtures

def _expected(simple, places: list[str], statuses, conds: dict, rollup: bool = False) -> dict[str, set[str]]:
    """`Simple.answer`, with the record's own rule for making a fake: when the question is about AI-made images and
    creation, a record's `synthetic_creation` (when set) is its answer for creating a fake (FORMAT.md)."""
    if not (conds.get("creation") and conds.get("synthetic")):
        return simple.answer(places, statuses, conds, rollup=rollup)
    fake = copy.copy(simple)
    fake.laws = {c: [law | {"covers": law["covers"] | {"creation": law["covers"]["synthetic_creation"]}}
                     if law["covers"].get("synthetic_creation") is not None else law for law in laws]
                 for c, laws in simple.laws.items()}
    return fake.answer(places, statuses, conds, rollup=rollup)


# question -> (scope, parent, conditions, listed value). Each act as a noun filters as its verb does; the act named
# only to set it aside ("as opposed to its distribution", "not just sharing", "rather than") is no filter and does
# not turn the question into "which places lack".
NOUN_ACTS = [
    ("Which countries criminalise the mere creation of a sexually explicit deepfake of an adult, as opposed to its "
     "distribution?", "countries", None, {"criminal": True, "synthetic": True, "adults": True, "creation": True},
     "yes"),
    ("Which states punish the production of sexual deepfakes, rather than only their publication?", "states", None,
     {"criminal": True, "synthetic": True, "creation": True}, "yes"),
    ("Which states make the making of a deepfake nude a crime, not just sharing it?", "states", None,
     {"criminal": True, "synthetic": True, "creation": True}, "yes"),
    ("Which states criminalise possession of AI child abuse images as opposed to dissemination?", "states", None,
     {"criminal": True, "synthetic": True, "minors": True, "possession": True}, "yes"),
    ("Which states criminalise threats to share a deepfake, not just the sharing?", "states", None,
     {"criminal": True, "synthetic": True, "threats": True}, "yes"),
    ("Which states criminalise sharing sexual deepfakes, not just making them?", "states", None,
     {"criminal": True, "synthetic": True}, "yes"),
    ("Which states criminalise deepfake creation?", "states", None,
     {"criminal": True, "synthetic": True, "creation": True}, "yes"),
    ("which countries criminalise deepfake making?", "countries", None,
     {"criminal": True, "synthetic": True, "creation": True}, "yes"),
    ("Which countries criminalise the possession of sexual deepfakes of adults?", "countries", None,
     {"criminal": True, "synthetic": True, "adults": True, "possession": True}, "yes"),
    ("Which states criminalise the publication of deepfakes?", "states", None,
     {"criminal": True, "synthetic": True}, "yes"),
    ("Which states criminalise the dissemination of sexual deepfakes as opposed to their creation?", "states", None,
     {"criminal": True, "synthetic": True}, "yes"),
    ("which states criminalise the sharing of deepfakes rather than the making of them?", "states", None,
     {"criminal": True, "synthetic": True}, "yes"),
]


@pytest.mark.parametrize("question,scope,parent,conds,listed", NOUN_ACTS, ids=[q[0][:60] for q in NOUN_ACTS])
def test_an_act_named_as_a_noun_filters_and_an_act_set_aside_does_not(simple, catalog, question, scope, parent,
                                                                        conds, listed):
    q = parse(question, catalog.registry)
    assert q is not None and q.want == listed
    assert dict(q.covers) | dict(q.remedies) == conds, q
    result = run(catalog, q)
    # counted: each place (a country with its parts) is "yes" when one of its laws meets every condition
    expected = _expected(simple, _places(simple, scope, parent), IN_FORCE, conds, rollup=scope == "countries")
    assert {p.code for p in result.listed} == expected[listed]


def test_a_country_listed_through_its_parts_says_where_the_law_is(simple, catalog):
    """The US (or the UK, Australia) is counted as a country when one of its states or nations has the law, as the
    rule says; its row never reads as federal law: "no federal law meets the rule; only the law of N states"."""
    conds = {"criminal": True, "synthetic": True, "adults": True, "creation": True}
    q = parse(NOUN_ACTS[0][0], catalog.registry)
    md = render_markdown(run(catalog, q))
    federal = "US" in _expected(simple, ["US"], IN_FORCE, conds)["yes"]
    states = _expected(simple, simple.states(), IN_FORCE, conds)["yes"]
    if states:
        line = next(x for x in md.splitlines() if x.startswith("- **United States**"))
        assert "(federal law)" not in line
        if not federal:
            assert f"no federal law meets the rule; only the law of {len(states)} state" in line
        assert "only through the law of a part of the country" in md.splitlines()[0] or federal


EU_MEMBERS = [
    "which EU member states already have their own criminal offence specifically for sexual deepfakes, ahead of "
    "the 2027 directive deadline?",
    "Which member states have a deepfake-specific criminal offence?",
    "which countries in the EU have a criminal offence specifically for sexual deepfakes?",
    "which EU states have a deepfake-specific criminal offence?",
    "which EU countries have a deepfake-specific criminal offence?",
]


@pytest.mark.parametrize("question", EU_MEMBERS)
def test_eu_member_states_however_named_are_the_eu_members_list(simple, catalog, real_kb, question):
    q = parse(question, catalog.registry)
    assert (q.scope, q.within) == ("countries", "EU")
    conds = {"criminal": True, "synthetic": True, "authentic": False}  # "specifically for deepfakes"
    assert dict(q.covers) | dict(q.remedies) == conds
    expected = simple.answer(_places(simple, "countries", "EU"), IN_FORCE, conds)
    result = run(catalog, q)
    assert {p.code for p in result.listed} == expected["yes"]
    members = len(_places(simple, "countries", "EU"))
    assert render_markdown(result).startswith(f"**{len(expected['yes'])} of {members} EU member states in the corpus")
    answer = real_kb.ask(question)
    assert answer.kind == "list" and {r["code"] for r in answer.rows} == expected["yes"]


# --- places whose only law is for minors: the complement of "protects adults" among places that have a law -------

def _only_minors(simple, codes: list[str], conds: dict) -> dict[str, set[str]]:
    """Counted from the YAML: over a place's laws in force that meet `conds` (without age), "yes" when at least one
    is recorded as meeting them and each such law is for minors (topic csam, or covers.adults false); "no" when one
    of them protects adults or none is recorded as meeting them (and no open law is itself for minors)."""
    out: dict[str, set[str]] = {"yes": set(), "no": set(), "not recorded": set(), "not in corpus": set()}
    for code in codes:
        laws = simple.laws.get(code, [])
        if not laws:
            out["not in corpus"].add(code)
            continue
        ok = [(law, simple.law_ok(law, IN_FORCE, conds)) for law in laws]
        adults = [False if law["topic"] == "csam" else law["covers"].get("adults") for law, _ in ok]
        under = [a for (law, v), a in zip(ok, adults) if v is True]
        kids_open = [a for (law, v), a in zip(ok, adults) if v is None and a is False]
        if True in under:
            out["no"].add(code)
        elif not under:
            out["not recorded" if kids_open else "no"].add(code)
        else:
            out["not recorded" if None in under else "yes"].add(code)
    return out


ONLY_MINORS = [
    ("r there states where the only deepfake law is for kids (AI CSAM) and adults get nothing?", {"synthetic": True}),
    ("Which states have deepfake laws only for minors?", {"synthetic": True}),
    ("which states criminalise deepfakes of kids only?", {"criminal": True, "synthetic": True}),
    ("Which states protect minors but not adults from sexual deepfakes?", {"synthetic": True}),
    ("In which states is there no deepfake law for adults, just for children?", {"synthetic": True}),
]


@pytest.mark.parametrize("question,conds", ONLY_MINORS, ids=[q[0][:60] for q in ONLY_MINORS])
def test_only_for_kids_lists_the_places_whose_laws_protect_only_minors(simple, catalog, question, conds):
    q = parse(question, catalog.registry)
    assert q is not None and q.only_minors and q.want == "yes"
    assert dict(q.covers) | dict(q.remedies) == conds
    result = run(catalog, q)
    expected = _only_minors(simple, simple.states(), conds)
    assert {v: {p.code for p in result.places if p.value == v} for v in expected} == expected
    md = render_markdown(result)
    assert md.startswith(f"**{len(expected['yes'])} of 50 US states** have laws under the rule only for minors")
    laws = {r.law_id: r for r in result.laws}
    for p in result.listed:  # every law behind a listed state is for minors, and each row says so
        assert all(laws[i].minors_only for i in p.law_ids)
        assert any(line.startswith(f"- **{p.name}** *(only for images of minors)*") for line in md.splitlines())


@pytest.mark.parametrize("question", ["which states have no law protecting adults from deepfake nudes?",
                                      "which states give adults nothing against deepfake nudes?"])
def test_no_law_for_adults_alone_is_the_plain_complement(simple, catalog, question):
    """Without a word about children, "no law for adults" lists every state lacking one (also those with none)."""
    q = parse(question, catalog.registry)
    assert not q.only_minors and q.want == "no" and dict(q.covers) == {"adults": True, "synthetic": True}
    expected = simple.answer(simple.states(), IN_FORCE, {"adults": True, "synthetic": True})
    assert {p.code for p in run(catalog, q).listed} == expected["no"]


def test_the_chat_answers_only_for_kids_with_that_list(simple, real_kb):
    a = real_kb.ask(ONLY_MINORS[0][0])
    assert a.kind == "list"
    assert {r["code"] for r in a.rows} == _only_minors(simple, simple.states(), {"synthetic": True})["yes"]


# --- a list of laws (a timeline question) is grouped by place ------------------------------------------------------

def test_laws_passed_in_a_year_are_grouped_by_state_and_minors_only_laws_are_marked(simple, catalog):
    """Counted from the YAML: state laws in force or enacted, covering AI-made images, enacted in 2025 or rewritten
    by an Act in 2025 (`Simple.law_ok` with a year); each state is one bullet with its laws under it, and a law for
    minors only (topic csam or covers.adults false) says so."""
    q = parse("which states passed new deepfake porn laws in 2025?", catalog.registry)
    assert q.by == "law" and (q.date_from, q.date_to) == ("2025", "2025")
    expected: dict[str, list[dict]] = {}
    for code in simple.states():
        for law in simple.laws.get(code, []):
            if simple.law_ok(law, LAWS, {"synthetic": True}, "2025") is True:
                expected.setdefault(code, []).append(law)
    md = render_markdown(run(catalog, q))
    lines = md.splitlines()
    total = sum(len(v) for v in expected.values())
    assert lines[0].startswith(f"**{total} law(s)** in {len(expected)} US state(s) meet the rule")
    kids = {c for c, laws in expected.items() if all(l["topic"] == "csam" or l["covers"].get("adults") is False
                                                     for l in laws)}
    assert f"{len(kids)} of the places have only such laws" in lines[0] or not kids
    for code, laws in expected.items():
        name = simple.places[code]["name"]
        heads = [i for i, line in enumerate(lines) if line.startswith(f"- **{name}**")]
        assert len(heads) == 1, name  # each state once
        block = [lines[heads[0]]] + [x for x in lines[heads[0] + 1:heads[0] + 1 + len(laws)] if x.startswith("  - ")]
        assert len(laws) == 1 or f"({len(laws)} laws)" in block[0]
        assert ("*(only laws for images of minors)*" in block[0]) == (code in kids)
        for law in laws:
            row = next(x for x in block if f"[{law['citation']}](" in x)
            minors = law["topic"] == "csam" or law["covers"].get("adults") is False
            assert minors == ("only for images of minors" in row or code in kids), law["id"]


@pytest.mark.parametrize("question", ["which European Union member states let victims sue?",
                                      "which member countries of the EU let victims sue?"])
def test_eu_member_wordings_without_a_deepfake_word(catalog, question):
    q = parse(question, catalog.registry)
    assert (q.scope, q.within, dict(q.remedies)) == ("countries", "EU", {"civil": True})
