"""The small validators behind every corpus field, as one table of (validator, value, valid?)."""

import datetime as dt

import pytest
from pydantic import ValidationError

from kb.models import Law, fuzzy_date, https_url, iso_code, not_future, slug, web_url
from tests.factories import law

TOMORROW = dt.date.today() + dt.timedelta(days=1)

CASES = [
    (fuzzy_date, "2023", True), (fuzzy_date, "2023-09", True), (fuzzy_date, "2023-09-01", True),
    (fuzzy_date, "2023-02-30", False), (fuzzy_date, "23", False), (fuzzy_date, "2023/09/01", False),
    (fuzzy_date, "2023-13", False),
    (https_url, "https://statutes.capitol.texas.gov/", True), (https_url, "http://example.gov", False),
    (https_url, "javascript:alert(1)", False), (https_url, "https://a b.gov", False),
    (web_url, "http://www.irishstatutebook.ie/eli/2020/act/32", True), (web_url, "ftp://x.org/file", False),
    (web_url, "data:text/html,hi", False),
    (iso_code, "US-TX", True), (iso_code, "GB-SCT", True), (iso_code, "EU", True), (iso_code, "AU-NSW", True),
    (iso_code, "us-tx", False), (iso_code, "Texas", False), (iso_code, "USA", False),
    (slug, "us-tx-penal-21.165", True), (slug, "US-TX", False), (slug, "us tx", False), (slug, "-us", False),
    (not_future, dt.date(2020, 1, 1), True), (not_future, TOMORROW, False),
]


@pytest.mark.parametrize("validator,value,valid", CASES, ids=[f"{v.__name__}:{x}" for v, x, _ in CASES])
def test_validator_table(validator, value, valid):
    if valid:
        assert validator(value) == value
    else:
        with pytest.raises(ValueError):
            validator(value)


def test_law_records_are_frozen_and_strict():
    record = Law.model_validate({**law("us-tx-a"), "jurisdiction": "US-TX"})
    with pytest.raises(ValidationError):
        record.title = "changed"
    with pytest.raises(ValidationError, match="not permitted|Extra inputs"):
        Law.model_validate({**law("us-tx-a"), "jurisdiction": "US-TX", "guess": "x"})


def test_a_law_without_citation_must_say_why():
    with pytest.raises(ValidationError, match="needs a note"):
        Law.model_validate({**law("us-tx-a", citation=None), "jurisdiction": "US-TX"})
    ok = Law.model_validate({**law("us-tx-a", citation=None, notes="Codified section not yet published."),
                             "jurisdiction": "US-TX"})
    assert ok.label == ok.title


def test_a_law_needs_at_least_one_source_and_a_past_verified_date():
    with pytest.raises(ValidationError, match="sources"):
        Law.model_validate({**law("us-tx-a", sources=[]), "jurisdiction": "US-TX"})
    with pytest.raises(ValidationError, match="future"):
        Law.model_validate({**law("us-tx-a", verified=TOMORROW.isoformat()), "jurisdiction": "US-TX"})
