"""Retrieval over a real index: lexical search in SQLite FTS5 keeps citations whole, folds plurals, and filters by
place inside the query; dense search stays inside the places; fusion returns both kinds of match."""

from __future__ import annotations

import pytest

from kb import lexical
from kb.lexical import LexicalIndex, match_expression, tokens


@pytest.mark.parametrize("text, expected", [
    ("Tex. Penal Code § 21.165", ["tex", "penal", "code", "21.165"]),
    ("Va. Code Ann. § 18.2-386.2", ["va", "code", "ann", "18.2-386.2"]),
    ("tit. 21, § 1040.13b.", ["tit", "21", "1040.13b"]),
    ("Images and videos of someone", ["image", "video"]),
    ("the class address", ["class", "address"]),
    ("Is it a CRIME?", ["crime"]),
])
def test_tokens_keep_section_numbers_whole_and_fold_plurals(text, expected):
    assert tokens(text) == expected


def test_place_filter_is_part_of_the_match_expression():
    expr = match_expression(["deepfake", "21.165"], ["US-TX", "US"])
    assert expr == 'place : ("us-tx" OR "us") AND terms : ("deepfake" OR "21.165")'
    assert match_expression([], ["US"]) is None
    assert match_expression(["x\"y"], None) is None  # nothing outside [a-z0-9.-] reaches FTS5


def test_lexical_index_ranks_within_places_and_copies_kept_chunks(tmp_path):
    rows = [lexical.row("tx1", "us-tx-1", "US-TX", "official", "https://tx.example", "§ 21.165. Deep fake videos."),
            lexical.row("va1", "us-va-1", "US-VA", "official", "", "§ 18.2-386.2. Deep fake images sold."),
            lexical.row("us1", "us-1", "US", "catalog", "", "Federal civil action for images.")]
    first = tmp_path / "g1.sqlite3"
    assert lexical.build(first, rows, {"build": "a"}) == 3
    index = LexicalIndex(first)
    hits = index.search("deep fake images in Texas 21.165", ["US-TX", "US"], 5)
    assert [h[0] for h in hits] == ["tx1", "us1"]  # Virginia's better match on "images" is outside the places
    assert index.search("18.2-386.2", None, 5)[0][0] == "va1"
    second = tmp_path / "g2.sqlite3"
    count = lexical.build(second, [lexical.row("ok1", "us-ok-1", "US-OK", "official", "", "Oklahoma images.")],
                          {"build": "b"}, previous=first, keep=["tx1", "us1"])
    assert count == 3
    assert {h[0] for h in LexicalIndex(second).search("images fake", None, 5)} == {"tx1", "us1", "ok1"}


def test_a_citation_typed_by_the_user_is_found_lexically(tiny_kb):
    hits = tiny_kb.retriever.lexical("what does 21.165 say", ["US-TX", "US"], 5)
    assert hits and hits[0].law_id == "us-tx-penal-21.165"


def test_both_searches_stay_inside_the_places(tiny_kb):
    allowed = {"US-VA", "US"}
    for search in (tiny_kb.retriever.lexical, tiny_kb.retriever.dense):
        hits = search("deep fake videos Texas Oklahoma private images", sorted(allowed), 10)
        assert hits and {h.jurisdiction for h in hits} <= allowed


def test_fused_results_carry_text_and_source(tiny_kb):
    passages = tiny_kb.retriever.retrieve("someone made a deepfake of me in Houston", ["US-TX", "US"])
    assert passages[0].law_id == "us-tx-penal-21.165"
    assert all(p.text and p.source for p in passages)


def test_store_reads_are_paged_and_filtered(tiny_kb):
    store = tiny_kb.store
    everything = list(store.passages())
    assert len(everything) == store.count() == len(store.ids())
    texas = list(store.passages(law_id="us-tx-penal-21.165"))
    assert texas and {p.law_id for p in texas} == {"us-tx-penal-21.165"}


@pytest.mark.parametrize("counts, expected", [
    ({"US": 5, "US-TX": 3, "EU": 9}, [("EU", "US", "US-TX")]),  # today's corpus: one collection, one query
    ({"US": 5, "US-TX": 2500, "US-VA": 10}, [("US", "US-VA"), ("US-TX",)]),
    ({"A": 1500, "B": 600, "C": 300, "D": 2000}, [("A",), ("B", "C"), ("D",)]),
])
def test_small_places_share_collections_and_large_ones_have_their_own(counts, expected):
    from kb.generation import bins

    assert bins(counts) == expected
    assert sorted(c for b in bins(counts) for c in b) == sorted(counts)
