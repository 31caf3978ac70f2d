"""HTML -> text: one linear pass in a child process with memory, CPU and wall-clock limits, the same path for
`ingest fetch`, local documents and the Tracker's session upload."""

from __future__ import annotations

import pytest

from ingest.extract import extract, html_to_text
from ingest.pagetext import visible_text
from kb.errors import IngestError

PAGE = b"""<!doctype html><html><head><title>Penal Code | Site</title><meta charset="utf-8">
<script>var s = "<p>not text</p>"; if (a < b) {}</script><style>p { color: red }</style></head>
<body><header>Legislature home</header><div role="navigation"><div><a>Statutes</a></div><a>Search</a></div>
<nav><ul><li>Home</li><li>Contact</li></ul></nav><!-- a comment <p>hidden</p> -->
<h1>PENAL CODE CHAPTER 21</h1><p>Sec. 21.165. DEEP FAKE MEDIA &amp; CONSENT.</p>
<p>(a) In this section, &ldquo;deep fake media&rdquo; means a visual depiction&nbsp;created with AI.<br>(b) A person
commits an offense if &#x2014; without consent &#8212; the person distributes it.</p>
<table><tr><td>(c)</td><td>An offense is a Class A misdemeanor.</td></tr></table>
<footer>Copyright. <a>Privacy</a></footer></body></html>"""


def test_statute_lines_are_kept_and_page_furniture_is_dropped():
    text = extract(PAGE, "https://example.gov/pe21", "text/html; charset=utf-8")
    lines = text.splitlines()
    assert "Sec. 21.165. DEEP FAKE MEDIA & CONSENT." in lines
    assert "(a) In this section, \u201cdeep fake media\u201d means a visual depiction created with AI." in lines
    assert "(b) A person" in lines and "(c)" in lines and "An offense is a Class A misdemeanor." in lines
    for furniture in ("not text", "color: red", "Legislature home", "Statutes", "Search", "Home", "hidden",
                      "Privacy", "Penal Code | Site"):
        assert furniture not in text


@pytest.mark.parametrize("markup, expected", [
    ("<a" * 200_000, ""),  # a tag that never closes (quadratic in Python 3.11's html.parser)
    ("<" * 200_000 + " x", "<" * 200_000 + " x"),
    ("<!--" + "a" * 200_000, ""),
    ("<!--a" * 50_000, ""),
    ("</a" * 70_000, ""),
    ('<a b="' * 40_000, ""),
    ("<div>" * 100_000 + "deep" + "</div>" * 100_000, "deep"),
    ("<nav>" + "<div>" * 50_000 + "</span>" * 50_000 + "</nav>kept", "kept"),
    ("<script>" * 100_000, ""),
    ("<p>(a) first</p>" * 30_000, "(a) first"),
])
def test_hostile_markup_is_read_in_one_pass(markup, expected):
    text = visible_text(markup)
    assert text.replace("\n", "") == expected * (30_000 if expected == "(a) first" else 1)


def test_a_megabyte_page_of_paragraphs_keeps_every_section():
    page = "<html><body>" + "".join(f"<p>Sec. {i}. (a) text of section {i}.</p>\n" for i in range(30_000))
    text = html_to_text((page + "</body></html>").encode(), "big.html")
    assert len(page) > 1_000_000
    assert text.count("Sec. ") == 30_000 and "Sec. 29999. (a) text of section 29999." in text.splitlines()


def test_a_page_needing_more_memory_than_the_limit_is_a_clear_error():
    page = ("<p>" + "\u00e9" * 1000 + "</p>") * 5000
    with pytest.raises(IngestError, match=r"^huge\.html: (cannot read this HTML page|reading the HTML page stopped)"):
        html_to_text(page.encode(), "huge.html", memory=40 * 1024 * 1024)


def test_a_page_over_the_time_limit_is_a_clear_error():
    with pytest.raises(IngestError, match=r"^slow\.html: the HTML page took longer than"):
        html_to_text(PAGE, "slow.html", seconds=0.001)


def test_the_declared_charset_and_a_meta_charset_are_honoured():
    latin = "<p>Secci\u00f3n 1. Difusi\u00f3n</p>".encode("latin-1")
    assert extract(latin, "x.html", "text/html; charset=ISO-8859-1") == "Secci\u00f3n 1. Difusi\u00f3n"
    meta = b'<meta charset="windows-1252"><p>\x93quoted\x94</p>'
    assert extract(meta, "x.html", "text/html") == "\u201cquoted\u201d"


def test_the_tracker_upload_reads_html_through_the_same_bounded_path():
    from ingest.documents import session_passages
    from kb.corpus import load
    from tests.conftest import REAL_CORPUS

    law = next(law for law in load(REAL_CORPUS)[0].laws if law.id == "us-tx-penal-21.165")
    passages = session_passages(PAGE, "pe21.html", law)
    assert any("Class A misdemeanor" in p.text for p in passages)
    assert not any("Legislature home" in p.text for p in passages)
