"""Platform cards and status-first lines, checked against the platform and law records on several platforms,
places and bills. Expectations are read from the records themselves, so they hold while the corpus is edited."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kb.cards import DMCA, DSA_NOTICE, ESAFETY, TAKE_IT_DOWN, UK_OSA, platform_card, status_line
from kb.catalog import Catalog
from kb.errors import QueryError
from kb.models import Kind, Status
from tests.conftest import REAL_CORPUS

CASES = [("reddit", ["US-TX"]), ("telegram", ["DE"]), ("aylo", ["GB-SCT"]), ("meta", ["US-CA"]),
         ("x", ["AU"]), ("tiktok", ["FR"]), ("snapchat", ["CA-BC"]), ("discord", [])]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.from_dir(REAL_CORPUS)


@pytest.mark.parametrize("platform,codes", CASES, ids=[f"{p}-{'-'.join(c) or 'nowhere'}" for p, c in CASES])
def test_card_numbers_the_platforms_own_steps_and_states_stopncii_and_response_time(catalog, platform, codes):
    p = catalog.platform(platform)
    md, _ = platform_card(catalog, platform, codes, own_content=None)
    assert f"1. Open {p.name.split(' (')[0]}'s report page: {p.report_url}" in md
    for need in p.report_needs:
        assert need in md
    numbered = re.findall(r"^(\d+)\. ", md, re.M)
    assert numbered == [str(i) for i in range(1, len(numbered) + 1)]
    assert f"StopNCII partner: {({True: 'yes', False: 'no', None: 'not recorded'})[p.stopncii_partner]}" in md
    assert (f"Response time: {p.response_time}" if p.response_time else "Response time: none stated") in md


def _in_force(catalog, law_id):
    law = catalog.law(law_id)
    return law is not None and law.status is Status.in_force


@pytest.mark.parametrize("platform,codes", CASES, ids=[f"{p}-{'-'.join(c) or 'nowhere'}" for p, c in CASES])
def test_card_escalates_by_place_and_cites_each_route(catalog, platform, codes):
    md, cited = platform_card(catalog, platform, codes, own_content=False)
    scope = catalog.registry.with_parents([catalog.registry.lookup(c) for c in codes])
    ids = [law.id for law in cited]
    for law_id, where, title in ((TAKE_IT_DOWN, "US", "TAKE IT DOWN Act"), (DSA_NOTICE, "EU", "Digital Services Act"),
                                 (UK_OSA, "GB", "Online Safety Act"), (ESAFETY, "AU", "eSafety")):
        expected = where in scope and _in_force(catalog, law_id)
        assert (law_id in ids) == expected, (law_id, codes)
        if expected:
            assert title in md
    assert DMCA not in ids  # own_content=False: never a copyright route
    for n, law in enumerate(cited, 1):
        assert f"[{n}] {law.label}: {law.url} (verified {law.verified.isoformat()})" in md


def test_dmca_route_only_for_the_persons_own_content(catalog):
    own, cited_own = platform_card(catalog, "reddit", ["US-NY"], own_content=True)
    not_own, cited_not = platform_card(catalog, "reddit", ["US-NY"], own_content=False)
    if _in_force(catalog, DMCA):
        assert DMCA in [l.id for l in cited_own] and "Copyright (DMCA) notice" in own
    assert DMCA not in [l.id for l in cited_not] and "DMCA" not in not_own


def test_unknown_platform_lists_the_known_ones(catalog):
    with pytest.raises(QueryError, match="reddit"):
        platform_card(catalog, "myspace", ["US-TX"])


# --- status first -----------------------------------------------------------------------------------------------

def test_every_record_gets_a_status_first_line_that_matches_its_status(catalog):
    today = dt.date.today()
    for law in catalog.laws:
        line = status_line(law, today)
        if law.status in (Status.pending, Status.carried_over, Status.failed, Status.vetoed):
            assert line.startswith("Not law"), (law.id, line)
        elif law.status is Status.unknown:
            assert line.startswith("Outcome not confirmed"), (law.id, line)
        elif law.status is Status.in_force:
            assert line.startswith("In force"), (law.id, line)
        elif law.status is Status.enacted:
            assert line.startswith(("Law", "EU directive")), (law.id, line)


def test_bill_that_passed_one_chamber_says_so_with_the_date_and_the_missing_vote(catalog):
    """Every pending US bill whose history records passage by one chamber (and not by an earlier version)."""
    checked = 0
    for law in catalog.laws:
        if law.status is not Status.pending or not law.jurisdiction.startswith("US"):
            continue
        passed = {}
        for h in law.history:
            if re.search(r"earlier version", h.change, re.I):
                continue
            m = re.search(r"passed the (Senate|House)", h.change, re.I)
            if m:
                passed[m.group(1).capitalize()] = h.date
        if len(passed) != 1:
            continue
        (chamber, date), = passed.items()
        other = "House" if chamber == "Senate" else "Senate"
        line = status_line(law)
        assert line.startswith(f"Not law: passed the {chamber}"), line
        assert f"no {other} vote recorded" in line
        if len(date) == 10:
            d = dt.date.fromisoformat(date)
            assert f"{d.day} {d.strftime('%B')} {d.year}" in line
        checked += 1
    assert checked >= 1


def test_defiance_act_status_leads_with_not_law_while_pending(catalog):
    law = catalog.law("us-defiance-s-1837-2025")
    if law is None or law.status is not Status.pending:
        pytest.skip("the DEFIANCE Act record is no longer pending")
    assert status_line(law).startswith("Not law: passed the Senate on")


def test_future_dates_are_scheduled_and_past_ones_are_not(catalog):
    enacted = [l for l in catalog.laws if l.status is Status.enacted and l.effective and len(l.effective) == 10]
    assert enacted
    for law in enacted:
        day = dt.date.fromisoformat(law.effective)
        before, after = status_line(law, day - dt.timedelta(days=1)), status_line(law, day + dt.timedelta(days=1))
        if law.kind is Kind.directive:
            assert "(scheduled)" in before and "(scheduled)" not in after
            assert "once your country transposes it" in before
        else:
            assert "scheduled to take effect" in before and "scheduled" not in after
