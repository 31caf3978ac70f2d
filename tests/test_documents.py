"""Local documents (PDF, HTML, text) with a .meta.yaml sidecar are validated, indexed under their law, and a
document that cannot be read stops the ingest with the file named while the old index keeps serving."""

from __future__ import annotations

import pytest
import yaml

from ingest.documents import find_documents, ingest_document
from ingest.extract import content_type_for, extract
from ingest.pipeline import run
from kb import KnowledgeBase
from kb.citations import problems
from kb.config import Settings
from kb.corpus import load_strict
from kb.errors import CorpusError, IngestError
from kb.store import Store
from tests.factories import write_corpus
from tests.test_fetch import VA_LINES, fresh_config, statute_pdf

TX_TEXT = ("Sec. 21.165. UNLAWFUL PRODUCTION OR DISTRIBUTION OF SEXUALLY EXPLICIT DEEP FAKE MEDIA.\n"
           "(a) A person commits an offense if the person knowingly produces or distributes deep fake media "
           "showing another person with intimate parts exposed, without that person's effective consent. " * 3)


def add_document(folder, name: str, data: bytes, **meta) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    (folder / f"{name}.meta.yaml").write_text(yaml.safe_dump(meta))


@pytest.fixture()
def corpus(tmp_path):
    return write_corpus(tmp_path / "c")


@pytest.mark.parametrize("name, meta, field, reason", [
    ("a.txt", {"jurisdiction": "US-TX", "law_id": "us-tx-penal-21.165"}, "url", "is required"),
    ("b.txt", {"jurisdiction": "US-TX", "url": "https://example.gov/x"}, "(record)", "give law_id"),
    ("c.txt", {"jurisdiction": "US-TX", "law_id": "us-tx-nope", "url": "https://example.gov/x"}, "law_id",
     "'us-tx-nope' is not a law in the corpus"),
    ("d.txt", {"jurisdiction": "US-VA", "law_id": "us-tx-penal-21.165", "url": "https://example.gov/x"},
     "jurisdiction", "belongs to US-TX, not US-VA"),
    ("e.txt", {"jurisdiction": "US-TX", "title": "No such law", "url": "https://example.gov/x"}, "title",
     "matches no law's title or citation"),
    ("f.txt", {"jurisdiction": "Texas", "law_id": "us-tx-penal-21.165", "url": "https://example.gov/x"},
     "jurisdiction", "must be an ISO 3166 code"),
    ("g.txt", {"jurisdiction": "US-TX", "law_id": "us-tx-penal-21.165", "url": "ftp://x", "extra": 1}, "extra",
     "is not a known field"),
])
def test_each_bad_sidecar_is_reported_with_its_file_and_field(tmp_path, corpus, name, meta, field, reason):
    add_document(corpus / "documents", name, TX_TEXT.encode(), **meta)
    config = Settings(home=tmp_path / "home", corpus=corpus)
    documents, problems = find_documents(corpus, load_strict(corpus), config)
    assert not documents
    assert any(p.file.endswith(f"{name}.meta.yaml") and p.field == field and reason in p.reason for p in problems), \
        problems


def test_a_document_without_a_sidecar_or_of_an_unknown_type_is_a_problem(tmp_path, corpus):
    folder = corpus / "documents"
    folder.mkdir()
    (folder / "README.md").write_text("explains the folder; not a document")
    (folder / "statute.txt").write_text(TX_TEXT)
    (folder / "statute.docx").write_bytes(b"PK")
    _, problems = find_documents(corpus, load_strict(corpus), Settings(home=tmp_path / "h", corpus=corpus))
    assert sorted((p.file.rsplit("/", 1)[-1], p.reason.split(" (")[0].split(";")[0]) for p in problems) == [
        ("statute.docx", "unsupported format"), ("statute.txt", "has no sidecar statute.txt.meta.yaml")]


@pytest.mark.parametrize("name, content_type, data, expected", [
    ("x.PDF", None, b"%PDF-1.4", "application/pdf"),
    ("https://a.gov/download?id=3", "application/octet-stream", b"%PDF-1.7", "application/pdf"),
    ("https://a.gov/statute", "text/html; charset=utf-8", b"<p>", "text/html"),
    ("notes.txt", None, b"abc", "text/plain"),
    ("page.htm", "", b"<p>", "text/html"),
])
def test_the_format_comes_from_an_explicit_table(name, content_type, data, expected):
    assert content_type_for(name, content_type, data) == expected


def test_an_unknown_format_names_the_file_and_the_supported_ones():
    with pytest.raises(IngestError, match=r"statute\.docx: unsupported format.*\.html.*\.pdf.*\.txt"):
        extract(b"PK\x03\x04", "statute.docx")


def test_local_documents_are_indexed_under_their_law_and_cited(tmp_path, corpus, tiny_kb):
    folder = corpus / "documents"
    add_document(folder, "va.pdf", statute_pdf(VA_LINES), jurisdiction="US-VA", law_id="us-va-18.2-386.2",
                 url="https://law.lis.virginia.gov/vacode/18.2-386.2/")
    add_document(folder, "tx.txt", TX_TEXT.encode(), jurisdiction="US-TX",
                 title="Tex. Penal Code § 21.165", url="https://statutes.capitol.texas.gov/Docs/PE/htm/PE.21.htm")
    config = fresh_config(tmp_path, tiny_kb, corpus)
    first = run(corpus, config, progress=False)
    documents = [p for p in Store(config).passages() if p.source == "document"]
    assert {p.law_id for p in documents} == {"us-va-18.2-386.2", "us-tx-penal-21.165"}
    assert any("Class 1 misdemeanor" in p.text and p.url == "https://law.lis.virginia.gov/vacode/18.2-386.2/"
               for p in documents)
    again = run(corpus, config, progress=False)
    assert again.embedded == 0 and again.generation is None

    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 this is not really a pdf")
    (folder / "broken.pdf.meta.yaml").write_text(yaml.safe_dump(
        {"jurisdiction": "US-OK", "law_id": "us-ok-21-1040.13b", "url": "https://example.gov/ok"}))
    with pytest.raises(IngestError, match=r"broken\.pdf: cannot read this PDF"):
        run(corpus, config, progress=False)
    assert Store(config).count() == first.chunks
    answer = KnowledgeBase(config).ask("Is it illegal in Virginia to share a fake nude image?")
    assert answer.citations and answer.citations[0].law_id == "us-va-18.2-386.2"
    va = answer.citations[0].model_dump()
    assert (va["source_kind"], va["source_url"]) == ("operator_document",
                                                      "https://law.lis.virginia.gov/vacode/18.2-386.2/")
    assert va["url"] == "https://example.gov/statute"  # the law's own link stays, labelled separately


def test_ingest_document_adds_an_upload_that_later_ingests_keep(tmp_path, corpus, tiny_kb):
    config = fresh_config(tmp_path, tiny_kb, corpus)
    run(corpus, config, progress=False)
    upload = tmp_path / "upload.pdf"
    upload.write_bytes(statute_pdf(["Title 21, Section 1040.13b. Nonconsensual dissemination of private sexual "
                                    "images. A person commits the offense when sharing such an image. " * 3]))
    meta = {"jurisdiction": "US-OK", "law_id": "us-ok-21-1040.13b", "url": "https://oksenate.gov/21-1040.13b"}
    result = ingest_document(upload, meta, config)
    assert result.law_id == "us-ok-21-1040.13b" and result.report.embedded >= 1
    assert any(p.source == "document" and p.law_id == "us-ok-21-1040.13b" for p in Store(config).passages())
    assert run(corpus, config, progress=False).removed == 0

    with pytest.raises(CorpusError, match="law_id"):
        ingest_document(upload, {**meta, "law_id": "us-ok-unknown"}, config)
    empty = tmp_path / "scan.pdf"
    empty.write_bytes(statute_pdf([]))
    with pytest.raises(IngestError, match=r"scan\.pdf: the PDF has no text layer"):
        ingest_document(empty, meta, config)
    assert len(list((config.home / "documents").glob("*.pdf"))) == 1


def test_a_session_upload_is_quoted_in_answers_without_touching_the_index(real_kb):
    from fpdf import FPDF

    from ingest.documents import session_passages

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Sec. 21.165. (a) A person commits an offense if the person produces or distributes "
                         "a deep fake video of a zebra-striped example person without consent.\n"
                         "(b) An offense under this section is a Class A misdemeanor.")
    passages = session_passages(bytes(pdf.output()), "tx.pdf", real_kb.law("us-tx-penal-21.165"))
    before = real_kb.store.count()
    a = real_kb.ask("texas zebra-striped deep fake video offense", extra=tuple(passages))
    cited = {c.law_id: c for c in a.citations}
    assert "zebra-striped" in cited["us-tx-penal-21.165"].passage
    shown = [c for c in a.to_json()["citations"] if c["law_id"] == "us-tx-penal-21.165"][0]
    assert (shown["source_kind"], shown["source_url"]) == ("session_upload", None)
    assert shown["url"] == real_kb.law("us-tx-penal-21.165").url
    assert problems(a, real_kb.catalog, set(a.jurisdictions)) == []
    summary = real_kb.ask("texas deep fake video offense").citations[0]
    assert (summary.source_kind, summary.source_url) == ("summary", summary.url)
    assert real_kb.store.count() == before
    assert "zebra" not in real_kb.ask("texas deep fake video offense").citations[0].passage


def test_a_failing_ingest_document_never_deletes_a_copy_stored_earlier(tmp_path, corpus, tiny_kb):
    """The same upload again while another ingest holds the lock: the call fails, the earlier copy stays on disk
    and in the index, and the next ingest keeps it."""
    from ingest.pipeline import ingest_lock

    config = fresh_config(tmp_path, tiny_kb, corpus)
    run(corpus, config, progress=False)
    upload = tmp_path / "ok.txt"
    upload.write_text("Section 1040.13b. A person commits the offense of nonconsensual dissemination of private "
                      "sexual images when sharing such an image of a quokka-keeper without consent. " * 3)
    meta = {"jurisdiction": "US-OK", "law_id": "us-ok-21-1040.13b", "url": "https://oksenate.gov/21-1040.13b"}
    stored = ingest_document(upload, meta, config).path
    sidecar_before = stored.with_name(stored.name + ".meta.yaml").read_text()

    with ingest_lock(config.home):  # another ingest is running
        with pytest.raises(IngestError, match="another ingest is running"):
            ingest_document(upload, {**meta, "notes": "second try"}, config)
    assert stored.exists() and stored.with_name(stored.name + ".meta.yaml").read_text() == sidecar_before
    assert run(corpus, config, progress=False).removed == 0
    assert any("quokka-keeper" in p.text for p in Store(config).passages() if p.source == "document")


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_an_encrypted_pdf_with_an_empty_password_is_read(algorithm):
    """Official PDFs are often 'encrypted' with no password (to stop editing); AES needs `cryptography`."""
    from pypdf import PdfReader, PdfWriter
    import io

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(statute_pdf(VA_LINES))))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    assert "Class 1 misdemeanor" in extract(out.getvalue(), "va.pdf")


def test_a_pdf_locked_with_a_password_is_reported_as_encrypted():
    from pypdf import PdfReader, PdfWriter
    import io

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(statute_pdf(VA_LINES))))
    writer.encrypt(user_password="open-sesame", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(IngestError, match=r"locked\.pdf: the PDF is encrypted with a password"):
        extract(out.getvalue(), "locked.pdf")
