"""Scenario tests: the right steps appear, the wrong ones do not, and every legal statement cites the corpus."""

import re

import pytest

from kb import Situation
from kb.errors import QueryError
from kb.plan import DEADLINES


def ids(p):
    return [s.id for s in p.steps]


def links(p, step_id):
    return " ".join(l.url for s in p.steps if s.id == step_id for l in s.links)


def assert_cited(p, catalog):
    """Every [n] in a step refers to a citation of that step or an earlier one, and each is a corpus record
    of the plan's jurisdictions."""
    numbers = {}
    for step in p.steps:
        for c in step.citations:
            law = catalog.law(c.law_id)
            assert law is not None and law.label == c.citation and law.jurisdiction in p.jurisdictions
            numbers[c.n] = c.law_id
        text = " ".join((step.why, *step.how))
        for n in re.findall(r"\[(\d+)\]", text):
            assert int(n) in numbers, f"{step.id}: [{n}] has no citation"


SCENARIOS = [
    ("texas adult deepfake on instagram",
     dict(lives_in="TX", platforms=("instagram",), synthetic=True),
     ["support", "evidence", "hash-block", "report-meta", "delist-google-search", "take-it-down-notice", "police",
      "civil"], ["child-safety", "sextortion", "erasure-eu", "erasure-gb", "esafety", "dmca"]),
    ("california minor deepfake on snapchat",
     dict(lives_in="California", platforms=("snapchat",), synthetic=True, minor_at_creation=True),
     ["child-safety", "hash-block", "report-snapchat", "take-it-down-notice", "police"], ["sextortion"]),
    ("new york adult threatened, not shared",
     dict(lives_in="NY", shared=False), ["sextortion", "police"], ["delist-google-search", "child-safety"]),
    ("england adult deepfake on X",
     dict(lives_in="England", platforms=("x",), synthetic=True),
     ["support", "hash-block", "report-x", "police"], ["take-it-down-notice", "erasure-eu", "esafety", "dmca"]),
    ("scotland minor", dict(lives_in="GB-SCT", minor_at_creation=True),
     ["child-safety", "hash-block"], ["take-it-down-notice", "esafety"]),
    ("germany adult", dict(lives_in="DE", platforms=("reddit",)),
     ["report-reddit", "erasure-eu"], ["take-it-down-notice", "esafety", "child-safety"]),
    ("france adult deepfake", dict(lives_in="FR", synthetic=True), ["erasure-eu", "police"],
     ["take-it-down-notice", "esafety"]),
    ("australia adult", dict(lives_in="AU", platforms=("tiktok",)), ["esafety", "report-tiktok"],
     ["take-it-down-notice", "erasure-eu"]),
    ("british columbia adult", dict(lives_in="CA-BC"), ["police", "civil"],
     ["take-it-down-notice", "erasure-eu", "esafety"]),
    ("ontario minor", dict(lives_in="Toronto", minor_at_creation=True), ["child-safety", "police"],
     ["take-it-down-notice", "erasure-eu"]),
    ("florida victim, georgia poster, threatened", dict(lives_in="FL", other_in="GA", shared=False),
     ["sextortion", "police"], ["child-safety"]),
    ("nigeria: no law in the corpus", dict(lives_in="NG"), ["support", "evidence", "hash-block"],
     ["police", "civil", "take-it-down-notice", "erasure-eu"]),
    ("virginia adult who took the photo", dict(lives_in="VA", platforms=("reddit",), victim_took_photo=True),
     ["report-reddit", "take-it-down-notice", "dmca"], ["child-safety"]),
]


@pytest.mark.parametrize("name,situation,present,absent", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_plan_scenarios(real_kb, name, situation, present, absent):
    p = real_kb.plan(Situation(**situation))
    got = ids(p)
    assert [s for s in present if s not in got] == []
    assert [s for s in absent if s in got] == []
    assert_cited(p, real_kb.catalog)


def test_adults_get_stopncii_and_never_take_it_down(real_kb):
    p = real_kb.plan(Situation(lives_in="TX"))
    assert "stopncii" in links(p, "hash-block") and "takeitdown" not in links(p, "hash-block")


def test_images_made_under_18_get_take_it_down_and_never_stopncii(real_kb):
    p = real_kb.plan(Situation(lives_in="TX", minor_at_creation=True))
    assert "takeitdown" in links(p, "hash-block") and "stopncii" not in links(p, "hash-block")
    assert ids(p)[0] == "child-safety" and "do not" in " ".join(p.steps[0].how).lower()


def test_the_48_hour_deadline_comes_from_the_take_it_down_record(real_kb):
    law_id, (hours, _, _) = next((k, v) for k, v in DEADLINES.items() if k == "us-usc-47-223a")
    assert f"{hours} hours" in real_kb.catalog.law(law_id).summary
    p = real_kb.plan(Situation(lives_in="TX", request_sent_on="2026-11-20"))
    step = next(s for s in p.steps if s.id == "take-it-down-notice")
    assert step.deadline == "2026-11-22 00:00"


def test_the_esafety_deadline_comes_from_its_record(real_kb):
    hours = DEADLINES["au-osa-2021-77"][0]
    assert f"{hours} hours" in real_kb.catalog.law("au-osa-2021-77").summary


def test_an_unknown_platform_lists_the_known_ones(real_kb):
    with pytest.raises(QueryError, match="unknown platform \"myspace\"; use one of: .*meta"):
        real_kb.plan(Situation(lives_in="TX", platforms=("myspace",)))


def test_platform_steps_cross_walk_policy_and_statute(real_kb):
    p = real_kb.plan(Situation(lives_in="VA", platforms=("x",), synthetic=True))
    step = next(s for s in p.steps if s.id == "report-x")
    assert any(c.jurisdiction == "US-VA" for c in step.citations)
    assert any(c.law_id == "us-usc-47-223a" for c in step.citations)
    assert step.links[0].url == real_kb.catalog.platform("x").report_url
