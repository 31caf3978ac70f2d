"""Drafts and comparisons as files (Markdown, plain text, DOCX, PDF, CSV), made in memory only.

Nothing is written to disk: each function returns bytes for a download button or stdout.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from kb.results import Draft

FORMATS = ("md", "txt", "docx", "pdf")
_FONTS = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
          Path("/usr/share/fonts/TTF/DejaVuSans.ttf")]


def _plain(markdown: str) -> str:
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", markdown)
    return re.sub(r"^#+\s*", "", text, flags=re.M)


def _sources(d: Draft) -> str:
    return "".join(f"\n[{c.n}] {c.citation}: {c.url}" for c in d.citations)


def to_markdown(d: Draft) -> bytes:
    sources = "\n\n**Sources**\n" + "\n".join(f"[{c.n}] {c.citation}: {c.url}" for c in d.citations) \
        if d.citations else ""
    return (f"# {d.title}\n\n{d.body}{sources}\n").encode()


def to_text(d: Draft) -> bytes:
    return (f"{d.title}\n\n{_plain(d.body)}" + (f"\n\nSources:{_sources(d)}" if d.citations else "") + "\n").encode()


def to_docx(d: Draft) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading(d.title, level=1)
    for para in d.body.split("\n\n"):
        p = doc.add_paragraph()
        for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", para)):
            run = p.add_run(part)
            run.bold = i % 2 == 1
    if d.citations:
        doc.add_heading("Sources", level=2)
        for c in d.citations:
            doc.add_paragraph(f"[{c.n}] {c.citation}: {c.url}")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def to_pdf(d: Draft) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    font = next((f for f in _FONTS if f.exists()), None)
    if font:
        pdf.add_font("body", "", str(font))
        pdf.set_font("body", size=11)
        clean = lambda s: s  # noqa: E731
    else:  # core fonts are latin-1 only: keep what they can show
        pdf.set_font("Helvetica", size=11)
        clean = lambda s: s.encode("latin-1", "replace").decode("latin-1")  # noqa: E731
    pdf.multi_cell(0, 8, clean(d.title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    text = _plain(d.body) + (f"\n\nSources:{_sources(d)}" if d.citations else "")
    for para in text.split("\n\n"):
        pdf.multi_cell(0, 6, clean(para), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def render(d: Draft, fmt: str) -> bytes:
    try:
        return {"md": to_markdown, "txt": to_text, "docx": to_docx, "pdf": to_pdf}[fmt](d)
    except KeyError as exc:
        from kb.errors import QueryError

        raise QueryError(f'unknown format "{fmt}"; use one of: {", ".join(FORMATS)}') from exc
