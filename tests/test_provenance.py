"""Every citation says which sources show each fact (provenance per fact), and carries a "report an error" link that
names only the record (issue 13, items 4 and 8)."""

from urllib.parse import unquote

from kb.catalog import Catalog
from kb.citations import basis, cite
from tests.conftest import REAL_CORPUS


def test_basis_lists_the_sources_tagged_for_each_fact_and_nothing_else():
    catalog = Catalog.from_dir(REAL_CORPUS)
    tagged = [l for l in catalog.laws if any(s.supports for s in l.sources)]
    assert tagged, "the corpus tags sources with the facts they show"
    for law in tagged:
        for fact, urls in basis(law).items():
            assert urls and all(any(s.url == u and fact in {f.value for f in s.supports} for s in law.sources)
                                for u in urls)


def test_a_citation_carries_its_basis_and_a_report_link_naming_only_the_record():
    catalog = Catalog.from_dir(REAL_CORPUS)
    law = next(l for l in catalog.laws if basis(l))
    c = cite(1, law, None, "high")
    assert c.basis == basis(law)
    text = unquote(c.report_url)
    assert law.id in text and "record" in text


def test_ask_json_citations_carry_basis_and_report_link(real_kb):
    data = real_kb.ask("someone posted a fake nude of me, I live in Ohio: what can I do?").to_json()
    assert data["citations"] and all({"basis", "report_url"} <= set(c) for c in data["citations"])
    question_words = "someone posted a fake nude"
    assert all(question_words not in unquote(c["report_url"] or "") for c in data["citations"])
