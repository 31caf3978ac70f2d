"""Official texts and local documents -> plain text, one function per format, chosen from an explicit table.

Why a table and not a guess: an unknown format must be an error that names the file and the formats we read,
never a silently empty index (STYLE 11). The content type a server sends is trusted first, then the file suffix;
bytes that start with the PDF magic number are read as PDF whatever the label says, because misconfigured
servers often send PDFs as `application/octet-stream` or even `text/html`.

Why a child process for PDFs and HTML: a malformed or hostile file can make a parser loop or allocate without
bound, and any visitor can upload one through the Tracker. pypdf and the HTML reader (`ingest.pagetext`, one linear
pass) run in a separate, isolated Python with an address-space limit (RLIMIT_AS) and a CPU limit, under a
wall-clock timeout; if it blows any of them, only the child dies and the record gets a clear IngestError. The app's
upload and `ingest fetch` go through the same `extract()`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Callable, Optional

from kb.errors import IngestError

PDF_SECONDS = 60  # wall clock for one PDF; a 300-page statute book parses in well under this
PDF_MEMORY = 1024 * 1024 * 1024  # address space of the parsing child (RLIMIT_AS), bytes
HTML_SECONDS = 30  # wall clock for one page; a 20 MB page (the fetch cap) reads in a few seconds
HTML_MEMORY = 1024 * 1024 * 1024
_PAGETEXT = Path(__file__).with_name("pagetext.py")
_PDF_MAGIC = b"%PDF-"

def _tidy(text: str) -> str:
    """Collapse runs of spaces, strip each line, keep at most one blank line between paragraphs (whole-text
    passes that touch only what changes: linear, and fast on pages of a million lines)."""
    text = _SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace(" \n", "\n").replace("\n ", "\n")  # runs are single spaces now
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_SPACES = re.compile(r"[ \t\u00a0\u2009\u200b]{2,}|[\t\u00a0\u2009\u200b]")


def html_to_text(data: bytes, name: str, charset: str = "", seconds: float = HTML_SECONDS,
                 memory: int = HTML_MEMORY) -> str:
    """Visible text of an HTML page, one block element per line, without scripts, styles and navigation; read by
    `ingest.pagetext` in a limited child process."""
    fix = "save the statute's text as a .txt document with a .meta.yaml sidecar in data/statutes/documents/"
    result = _run_limited([str(_PAGETEXT), str(memory), str(int(seconds) + 1), charset], data, seconds, name,
                          "HTML page", fix)
    if "error" in result:
        why = "it needs more than the memory limit" if result["error"] == "memory" else result["error"]
        raise IngestError(f"{name}: cannot read this HTML page ({why}); {fix}")
    return _tidy(result.get("text", ""))


def _run_limited(argv: list[str], data: bytes, seconds: float, name: str, what: str, fix: str) -> dict:
    """Run `python -I argv...` with `data` on stdin under a wall-clock timeout; its JSON answer, or IngestError."""
    try:
        done = subprocess.run([sys.executable, "-I", *argv], input=data, capture_output=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        raise IngestError(f"{name}: the {what} took longer than {seconds:g} s to read (malformed or hostile "
                          f"file?); {fix}") from None
    try:
        result = json.loads(done.stdout or b"{}")
    except ValueError:
        result = {}
    if done.returncode != 0 or not isinstance(result, dict) or not result:
        raise IngestError(f"{name}: reading the {what} stopped (exit {done.returncode}; out of memory or CPU time "
                          f"for a {len(data) // 1024} KB file?); {fix}")
    return result


def text_to_text(data: bytes, name: str, charset: str = "") -> str:
    """Plain text files: UTF-8 (with or without BOM), else Latin-1, which never fails."""
    try:
        return _tidy(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return _tidy(data.decode("latin-1"))


# Runs in `python -I -c`: imports nothing from this project, so it starts in a fraction of a second.
_PDF_CHILD = r"""
import io, json, resource, sys
memory, cpu = int(sys.argv[1]), int(sys.argv[2])
data = sys.stdin.buffer.read()
resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
try:
    import logging
    logging.disable(logging.WARNING)
    from pypdf import PdfReader
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        out = {"error": "encrypted"}
    else:
        out = {"pages": [page.extract_text() or "" for page in reader.pages]}
except MemoryError:
    out = {"error": "memory"}
except Exception as exc:
    kinds = {"FileNotDecryptedError": "encrypted", "DependencyError": "needs cryptography"}
    out = {"error": kinds.get(type(exc).__name__) or f"{type(exc).__name__}: {exc}"[:300]}
sys.stdout.write(json.dumps(out))
"""


def pdf_to_text(data: bytes, name: str, charset: str = "", seconds: float = PDF_SECONDS,
                memory: int = PDF_MEMORY) -> str:
    """Text of a PDF, parsed by pypdf in a child process with memory, CPU and wall-clock limits."""
    fix = "download it again, or save it as text next to a .meta.yaml sidecar in data/statutes/documents/"
    if not data.startswith(_PDF_MAGIC):
        raise IngestError(f"{name}: is not a PDF (it does not start with %PDF-); {fix}")
    result = _run_limited(["-c", _PDF_CHILD, str(memory), str(int(seconds) + 1)], data, seconds, name, "PDF", fix)
    if result.get("error") == "encrypted":
        raise IngestError(f"{name}: the PDF is encrypted with a password; open it with its password and save an "
                          f"unprotected copy (or its text), then add that")
    if result.get("error") == "needs cryptography":
        raise IngestError(f"{name}: the PDF is encrypted (AES), and reading it needs the `cryptography` package, "
                          f"which is missing: run `pip install -r requirements.txt`")
    if "error" in result:
        why = "it needs more than the memory limit" if result["error"] == "memory" else result["error"]
        raise IngestError(f"{name}: cannot read this PDF ({why}); {fix}")
    text = _tidy("\n\n".join(result["pages"]))
    if not text:
        raise IngestError(f"{name}: the PDF has no text layer ({len(result['pages'])} page(s), scanned images?); "
                          f"run OCR on it and add the text as a .txt document with a .meta.yaml sidecar")
    return text


Extractor = Callable[..., str]  # (data, name, charset="") -> text


# The explicit table: content type -> extractor, and file suffix -> content type.
FORMATS: dict[str, Extractor] = {
    "text/html": html_to_text,
    "application/xhtml+xml": html_to_text,
    "application/pdf": pdf_to_text,
    "application/x-pdf": pdf_to_text,
    "text/plain": text_to_text,
}
SUFFIXES: dict[str, str] = {".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml",
                            ".pdf": "application/pdf", ".txt": "text/plain"}


def content_type_for(name: str, content_type: Optional[str] = None, data: bytes = b"") -> str:
    """The format to read `data` as: PDF magic first, then the declared content type, then the name's suffix."""
    if data.startswith(_PDF_MAGIC):
        return "application/pdf"
    declared = (content_type or "").split(";", 1)[0].strip().lower()
    if declared in FORMATS:
        return declared
    suffix = Path(re.sub(r"[?#].*$", "", name)).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    supported = ", ".join(sorted(SUFFIXES))
    raise IngestError(f"{name}: unsupported format (content type {declared or 'none'}, suffix {suffix or 'none'});"
                      f" Recourse reads HTML, PDF and plain text ({supported}): save the text in one of these")


def extract(data: bytes, name: str, content_type: Optional[str] = None) -> str:
    """Plain text of a page or file. Raises IngestError naming `name` for unknown, corrupt or empty input."""
    kind = content_type_for(name, content_type, data)
    charset = re.search(r"charset=[\"']?([A-Za-z0-9_:.-]+)", content_type or "", re.I)
    text = FORMATS[kind](data, name, charset.group(1) if charset else "")
    if not text.strip():
        raise IngestError(f"{name}: no text found in this {kind} file; check that it is the statute text "
                          f"and not a page that loads its content with JavaScript")
    return text
