"""Comparisons side by side: every "yes" cited, every "no" with its basis, "not in corpus" shown as such, and the
CSV/Markdown exports carrying citation, link and verified date. Expectations come from a plain reading of the
corpus YAML files (tests/test_tracker.Simple), so they hold while the corpus is edited."""

from __future__ import annotations

import csv
import io

import pytest

from kb.compare import CSV_HEADER, ROWS, compare, differences, numbering, render_markdown, to_csv, to_markdown
from tests.test_tracker import Simple, catalog, pair, simple  # noqa: F401 - the same plain reading and catalog

PAIRS = [("US-TX", "US-CA"), ("US-VA", "US-NY", "US-FL"), ("GB-EAW", "GB-SCT"), ("AU", "CA", "NZ"),
         ("US-OH", "MX"), ("DE", "FR", "EU")]


def _expected(simple: Simple, code: str, path: str) -> str:
    laws = [l for l in simple.laws.get(code, []) if l["status"] in ("in_force", "enacted") and l["topic"] != "election"]
    if not simple.laws.get(code):
        return "not in corpus"
    if not laws:
        return "no"
    group, name = path.split(".")
    if path == "covers.creation":  # an offence: read from criminal laws only
        laws = [l for l in laws if l["remedies"].get("criminal")]
    values = [l[group].get(name) for l in laws]
    if True in values:
        return "yes"
    return "no" if values and all(v is False for v in values) else "unknown"


@pytest.mark.parametrize("codes", PAIRS, ids=["-".join(p) for p in PAIRS])
def test_cells_match_the_corpus_and_each_yes_is_cited_each_no_has_a_basis(simple, catalog, codes):
    c = compare(catalog, list(codes))
    by_key = {k: cells for k, _, cells in c.rows}
    for key, _, path in ROWS:
        for code, cell in zip(c.codes, by_key[key]):
            assert cell.value == _expected(simple, code, path), (code, key)
            if cell.value == "yes":
                assert cell.cites and {x.law_id for x in cell.cites} == set(cell.law_ids)
                group, name = path.split(".")
                for x in cell.cites:
                    law = catalog.law(x.law_id)
                    assert getattr(getattr(law, group), name) is True and law.jurisdiction == code
                    assert x.url == law.url and x.verified == law.verified.isoformat()
            elif cell.value == "no":
                assert cell.basis and cell.basis.startswith(("The law(s) read have no such provision",
                                                             "The corpus records no law in force"))
            elif cell.value == "not in corpus":
                assert cell.basis == f"The corpus holds no law for {catalog.registry.name(code)}."


@pytest.mark.parametrize("codes", PAIRS, ids=["-".join(p) for p in PAIRS])
def test_markdown_for_chat_numbers_every_yes_and_lists_sources_with_links_and_dates(catalog, codes):
    c = compare(catalog, list(codes))
    md = render_markdown(c)
    numbers = numbering(c)
    for key, _, cells in c.rows:
        for cell in cells:
            if cell.value == "yes":
                assert all(f"[{numbers[i]}]" in md for i in cell.law_ids)
    for law_id, n in numbers.items():
        law = catalog.law(law_id)
        assert f"[{n}] {law.label}: {law.url} (" in md and f"verified {law.verified.isoformat()})" in md
    assert to_markdown(c).decode() == md
    notes = differences(c)
    keys = [k for k, _, _ in ROWS if c.differs(k)]
    assert len(notes) == len(keys)
    for note in notes:
        assert f"- {note}" in md


def test_a_difference_note_names_the_law_behind_yes_and_the_basis_of_no(catalog):
    """Texas against a place whose laws are recorded: each differing row says who has it and on what basis."""
    c = compare(catalog, ["US-TX", "US-CA"])
    for note, (key, label, cells) in zip(differences(c), [r for r in c.rows if r[0] in {k for k, _, _ in ROWS}
                                                          and c.differs(r[0])]):
        assert note.startswith(f"**{label}**")
        for name, cell in zip(c.names, cells):
            if cell.value == "yes":
                assert f"{name} yes ({cell.cites[0].citation}" in note
            if cell.value == "no":
                assert f"{name} no (" in note


def test_not_in_corpus_is_shown_as_such(simple, catalog):
    absent = [code for code in simple.places if not simple.laws.get(code)]
    if not absent:
        pytest.skip("every jurisdiction now has laws in the corpus")
    c = compare(catalog, ["US-TX", absent[0]])
    assert all(cells[1].value == "not in corpus" for _, _, cells in c.rows)
    assert "| not in corpus |" in render_markdown(c)


@pytest.mark.parametrize("codes", PAIRS[:3], ids=["-".join(p) for p in PAIRS[:3]])
def test_csv_export_carries_citation_link_official_flag_and_verified_date(catalog, codes):
    c = compare(catalog, list(codes))
    rows = list(csv.DictReader(io.StringIO(to_csv(c).decode())))
    assert list(rows[0]) == CSV_HEADER
    assert len(rows) == len(c.rows) * len(c.codes)
    labels = {label: key for key, label, _ in c.rows}
    for row in rows:
        cell = dict(zip(c.codes, next(cells for k, l, cells in c.rows if l == row["attribute"])))[
            row["jurisdiction_code"]]
        if row["value"] == "yes":
            assert row["citations"] and row["links"] and row["verified"]
            assert row["citations"].split(" | ") == [x.citation for x in cell.cites]
            assert row["links"].split(" | ") == [x.url for x in cell.cites]
        if row["value"] in ("no", "not in corpus"):
            assert row["basis"]
        assert labels[row["attribute"]]
