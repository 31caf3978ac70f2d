"""Where is the person? Free text as people write it -> jurisdiction codes, parents added."""

import pytest

from kb.corpus import load
from kb.errors import QueryError
from kb.jurisdictions import Registry
from tests.conftest import REAL_CORPUS

REGISTRY = Registry(load(REAL_CORPUS)[0].jurisdictions)

CASES = [
    ("someone posted a fake nude of me, I live in Texas", ["US-TX", "US"]),
    ("I live in Houston", ["US-TX", "US"]),
    ("i live in tx and my ex posted pics", ["US-TX", "US"]),
    ("TX", ["US-TX", "US"]),
    ("US-TX", ["US-TX", "US"]),
    ("Is it a crime in Virginia?", ["US-VA", "US"]),
    ("what about West Virginia", ["US-WV", "US"]),
    ("victim in Ohio, poster in Florida", ["US-OH", "US-FL", "US"]),
    ("Kansas City police", ["US-MO", "US"]),
    ("I moved to Califronia last year", ["US-CA", "US"]),
    ("i'm in Pensylvania", ["US-PA", "US"]),
    ("Washington DC", ["US-DC", "US"]),
    ("in Seattle", ["US-WA", "US"]),
    ("I'm from New Mexico", ["US-NM", "US"]),
    ("im in the uk", ["GB"]),
    ("Britain", ["GB"]),
    ("I live in England", ["GB-EAW", "GB"]),
    ("Glasgow", ["GB-SCT", "GB"]),
    ("Belfast", ["GB-NIR", "GB"]),
    ("what can I do in Germany?", ["DE", "EU"]),
    ("I'm Irish", ["IE", "EU"]),
    ("Sydney", ["AU-NSW", "AU"]),
    ("Toronto", ["CA-ON", "CA"]),
    ("Vancouver", ["CA-BC", "CA"]),
    ("WHAT CAN I DO IN OHIO", ["US-OH", "US"]),
    ("Seoul", ["KR"]),
    ("is there a federal law", ["US"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_resolution_table(text, expected):
    assert REGISTRY.with_parents(REGISTRY.resolve(text)) == expected


@pytest.mark.parametrize("text", [
    "my boyfriend Austin shared pics",  # a first name, not Texas
    "can you answer in English or in Spanish",  # languages, not countries
    "HE SAID HE WOULD POST IT OR ELSE",  # all caps: OR and ME are words, not states
    "it was posted on a website",
    "",
])
def test_no_place_is_invented(text):
    assert REGISTRY.resolve(text) == []


def test_lookup_accepts_codes_postal_codes_and_names():
    assert REGISTRY.lookup("TX") == REGISTRY.lookup("Texas") == REGISTRY.lookup("us-tx") == "US-TX"


def test_unknown_jurisdiction_suggests_the_closest():
    with pytest.raises(QueryError, match=r'unknown jurisdiction "Texsaa"; did you mean US-TX \(Texas\)'):
        REGISTRY.lookup("Texsaa")
