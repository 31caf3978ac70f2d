"""Drafts are filled from the situation, flagged until every required element is there, and export to real
DOCX and PDF files that open with python-docx and pypdf."""

import io
import json
import os

import pytest

from kb import Situation
from kb.__main__ import main
from kb.draft import KINDS
from kb.errors import QueryError
from kb.evidence import Entry, dump, load
from kb.export import render

FILLED = {"name": "Jordan Q. Example", "signature": "Jordan Q. Example", "contact": "jordan@example.org",
          "urls": "https://example.com/post/123", "description": "A fake nude made from my profile photo"}


def test_take_it_down_request_is_flagged_until_every_statutory_element_is_there(real_kb):
    s = Situation(lives_in="TX", synthetic=True)
    empty = real_kb.draft_request("take-it-down", s)
    assert set(empty.missing) >= {"Your signature (type your full name)", "Links to each image or post",
                                  "Your email or phone for the platform to reply"}
    assert "[LINKS TO EACH IMAGE OR POST]" in empty.body
    law = real_kb.catalog.law("us-usc-47-223a")
    assert {f.element for f in empty.fields if f.element} == set(law.elements)
    full = real_kb.draft_request("take-it-down", s, FILLED, platform="reddit")
    assert full.missing == []
    assert "https://example.com/post/123" in full.body and full.recipient.startswith("Reddit")
    assert full.citations[0].law_id == "us-usc-47-223a" and "[1]" in full.body


def test_take_it_down_request_is_not_offered_outside_the_us(real_kb):
    with pytest.raises(QueryError, match="needs law that applies"):
        real_kb.draft_request("take-it-down", Situation(lives_in="GB"))


def test_gdpr_erasure_cites_the_eu_or_uk_record_that_applies(real_kb):
    assert real_kb.draft_request("gdpr-erasure", Situation(lives_in="DE")).citations[0].law_id == \
        "eu-gdpr-2016-679-art17"
    assert real_kb.draft_request("gdpr-erasure", Situation(lives_in="England")).citations[0].law_id == \
        "gb-ukgdpr-art17"
    with pytest.raises(QueryError):
        real_kb.draft_request("gdpr-erasure", Situation(lives_in="TX"))


def test_dmca_notice_needs_all_six_parts(real_kb):
    d = real_kb.draft_request("dmca", Situation(lives_in="VA", victim_took_photo=True), {"signature": "J"})
    assert "Your signature (type your full name)" not in d.missing and len(d.missing) == 3


def test_police_summary_names_the_offences_of_the_place(real_kb):
    d = real_kb.draft_request("police-summary", Situation(lives_in="VA", synthetic=True), FILLED)
    assert "Va. Code Ann. § 18.2-386.2" in d.body


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_exports_to_every_format(real_kb, kind):
    s = Situation(lives_in="VA" if kind != "gdpr-erasure" else "FR", victim_took_photo=True, synthetic=True)
    d = real_kb.draft_request(kind, s, {**FILLED, "organisation": "Example Hosting", "what": "posted",
                                        "when": "2026-11-01", "work": "selfie", "queries": "Jordan Example"})
    from docx import Document
    from pypdf import PdfReader

    docx_text = "\n".join(p.text for p in Document(io.BytesIO(render(d, "docx"))).paragraphs)
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(render(d, "pdf"))).pages)
    for text in (docx_text, pdf_text, render(d, "md").decode(), render(d, "txt").decode()):
        assert "https://example.com/post/123" in text.replace("\n", "")
    assert "**" not in render(d, "txt").decode()


def test_rendering_writes_nothing_to_disk(real_kb, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    home = real_kb.config.home
    before = {p for p in home.rglob("*")}
    d = real_kb.draft_request("take-it-down", Situation(lives_in="TX"), {**FILLED, "name": "Secret Name 123"})
    for fmt in ("md", "txt", "docx", "pdf"):
        render(d, fmt)
    assert list(tmp_path.iterdir()) == []
    assert {p for p in home.rglob("*")} == before


def test_evidence_log_round_trips_and_rejects_other_files():
    entries = [Entry(when="2026-11-20", what="reported to Instagram", where="https://instagram.com/p/1",
                     reference="case 42", deadline="2026-11-22")]
    assert load(dump(entries)) == entries
    with pytest.raises(QueryError, match="not a Recourse evidence log"):
        load(b'{"hello": 1}')
    with pytest.raises(QueryError):
        load(b"\xff\xfe garbage")


def test_cli_plan_json_and_draft_pdf(capsys, real_kb, tmp_path):
    assert main(["plan", "-j", "TX", "--platform", "instagram", "--synthetic", "--json"], base=real_kb) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["jurisdictions"] == ["US-TX", "US"] and plan["steps"][0]["id"] == "support"
    out = tmp_path / "request.pdf"
    assert main(["draft", "take-it-down", "-j", "TX", "--field", "urls=https://example.com/x", "--format", "pdf",
                 "--output", str(out)], base=real_kb) == 0
    assert out.read_bytes().startswith(b"%PDF") and "still missing" in capsys.readouterr().err
    assert main(["draft", "nonsense", "-j", "TX"], base=real_kb) == 1
    assert "unknown draft kind" in capsys.readouterr().err
    assert os.path.exists(out)
