"""A comparison of 2-3 places asked as a yes/no question gets a one-line answer first ("Yes in both", "No, not in
both: yes in A, no in B"), from the same records the table shows (probe 9c, p9c-22).

The expected value of each place is read here from the YAML with `yaml.safe_load`, not from the engine: a place is
"yes" when one law in force has every fact the question asks (criminal, covers threats, covers AI-made images,
protects adults, makes creating an offence), "no" when each law in force lacks one, "not recorded" otherwise.
"""

from __future__ import annotations

import re
from typing import Optional

import pytest

from kb.models import _TOOLS
from tests.test_tracker import Simple
from tests.conftest import REAL_CORPUS


@pytest.fixture(scope="module")
def simple() -> Simple:
    return Simple(REAL_CORPUS)


def _fact(law: dict, key: str, fake: bool) -> Optional[bool]:
    covers, remedies = law["covers"], law["remedies"]
    if key in ("adults", "minors") and law["topic"] == "csam":
        return key == "minors"
    if key == "creation":
        if not remedies.get("criminal") or _TOOLS.search(law["title"]):
            return False
        return covers.get("synthetic_creation") if fake and covers.get("synthetic_creation") is not None \
            else covers.get("creation")
    return remedies[key] if key in remedies else covers.get(key)


def _place(simple: Simple, code: str, keys: tuple[str, ...], fake: bool) -> str:
    laws = [l for l in simple.laws.get(code, []) if l["topic"] != "election"]
    live = [l for l in laws if l["status"] == "in_force"]
    values = []
    for law in live:
        facts = [_fact(law, k, fake) for k in keys] + ([law["covers"].get("synthetic")] if fake else [])
        values.append(False if False in facts else None if None in facts else True)
    if True in values:
        return "yes"
    if not laws:
        return "not in corpus"
    return "no" if all(v is False for v in values) else "not recorded"


CASES = [
    ("ireland vs england and wales: is threatening to share someone's intimate image a crime in both?",
     ("IE", "GB-EAW"), ("criminal", "threats"), False),
    ("texas vs california: is making a deepfake nude of an adult a crime in both?",
     ("US-TX", "US-CA"), ("criminal", "creation", "adults"), True),
    ("Compare France and Germany: can a victim sue in both?", ("FR", "DE"), ("civil",), False),
    ("ireland vs scotland vs england and wales: is creating a sexual deepfake a crime in all three?",
     ("IE", "GB-SCT", "GB-EAW"), ("criminal", "creation"), True),
]


@pytest.mark.parametrize("question,codes,keys,fake", CASES, ids=[c[0][:50] for c in CASES])
def test_a_yes_no_comparison_leads_with_one_line_from_the_records(simple, real_kb, question, codes, keys, fake):
    a = real_kb.ask(question)
    assert a.kind == "compare"
    values = [_place(simple, c, keys, fake) for c in codes]
    first = a.answer.splitlines()[0]
    assert first.startswith("**Short answer:** ")
    if set(values) == {"yes"}:
        want, word = "yes", "Yes"
    elif set(values) == {"no"}:
        want, word = "no", "No"
    elif "yes" in values and "no" in values:
        want, word = "no", "No, not in"
    else:
        want, word = "unclear", "Not clearly"
    assert a.verdict == want and first.startswith(f"**Short answer:** {word}"), (values, first)
    for code, value in zip(codes, values):  # each place is named with its own value
        name = real_kb.catalog.registry.name(code)
        assert f"{name}: {value}" in first
    # each law named as the reason for a "yes" carries the table's citation number
    for c in a.citations:
        for m in re.finditer(r"(?:\(|, )" + re.escape(c.citation) + r" \[(\d+)\]", first):
            assert int(m.group(1)) == c.n, (c.citation, first)


def test_a_comparison_that_asks_no_yes_no_question_has_no_short_line(real_kb):
    a = real_kb.ask("compare texas and new york")
    assert a.kind == "compare" and a.verdict is None
    assert not a.answer.startswith("**Short answer:**")
