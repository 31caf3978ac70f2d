"""Turn records and official texts into store chunks.

Catalog chunks are written from our own summaries so every law is findable even offline; official texts (fetched
or local documents) are split along their structure (sections, subsections) so an answer can quote the exact
provision. Chunk ids are `<law id>#<part>:<content hash>`: the same text always gets the same id, which is what
makes re-ingest incremental.
"""

from __future__ import annotations

import hashlib
import re

from kb.models import Law
from kb.store import Chunk

MAX_CHARS = 1200
MIN_CHARS = 40

_COVER_WORDS = {
    "authentic": "real (authentic) intimate images",
    "synthetic": "AI-generated, deepfake or digitally altered intimate images",
    "minors": "images of minors (under 18)",
    "threats": "threats to share (sextortion)",
    "creation": "creating the image",
    "possession": "possessing the image",
}
_REMEDY_WORDS = {
    "criminal": "criminal offence",
    "civil": "civil lawsuit for damages (sue)",
    "injunction": "court order to remove (injunction)",
    "takedown": "platform duty to take down on notice",
}


def _id(law_id: str, part: str, text: str, *meta: str) -> str:
    """Deterministic: the same text and metadata always give the same id, so unchanged chunks are kept."""
    digest = hashlib.sha256("\n".join((law_id, part, text, *meta)).encode()).hexdigest()[:16]
    return f"{law_id}#{part}:{digest}"


def describe(law: Law, place: str) -> str:
    """The catalog text of one law, in the words people search with."""
    covers = [w for k, w in _COVER_WORDS.items() if getattr(law.covers, k)]
    remedies = [w for k, w in _REMEDY_WORDS.items() if getattr(law.remedies, k)]
    lines = [f"{place}: {law.citation or 'citation unknown'}. {law.title}.",
             f"Status: {law.status.label}" + (f", effective {law.effective}" if law.effective else "") + ".",
             law.summary]
    if covers:
        lines.append("Covers: " + "; ".join(covers) + ".")
    if remedies:
        lines.append("Remedies: " + "; ".join(remedies) + ".")
    if law.penalty:
        lines.append("Penalty: " + law.penalty.describe() + ".")
    if law.elements:
        lines.append("Must be shown: " + " ".join(law.elements))
    return "\n".join(lines)


def chunk_law(law: Law, place: str) -> list[Chunk]:
    text = describe(law, place)
    return [Chunk(id=_id(law.id, "card", text, law.label, law.status.value, law.url), text=text, law_id=law.id,
                  jurisdiction=law.jurisdiction,
                  citation=law.label, status=law.status.value, source="catalog", url=law.url, section="card")]


_SECTION = re.compile(
    r"(?m)^\s*(?=(?:§+\s*\d|Sec(?:tion)?\.?\s+\d|Article\s+\d|Art\.\s*\d|\(\s*[a-z0-9]{1,4}\s*\)\s+\S))")


_BLANKS = re.compile(r"[ \t]{2,}|\t")  # the same result as collapsing every run of blanks, far fewer matches
_HEAD = re.compile(r"(§+\s*[\w.\-]+|Sec(?:tion)?\.?\s+[\w.\-]+|Art(?:icle|\.)\s*[\w.\-]+|\([a-z0-9]+\))")


def split_sections(text: str) -> list[str]:
    """Split statute text where a section or subsection starts, then pack small pieces up to MAX_CHARS."""
    text = text.replace("\r", "\n")
    if "\t" in text or "  " in text:  # (a plain scan first: most texts have nothing to collapse)
        text = _BLANKS.sub(" ", text)
    pieces = [p.strip() for p in _SECTION.split(text) if p and p.strip()]
    out: list[str] = []
    for piece in pieces:
        while len(piece) > MAX_CHARS:  # a long section: break at a sentence end near the limit
            cut = piece.rfind(". ", 0, MAX_CHARS)
            cut = cut + 1 if cut > MAX_CHARS // 2 else MAX_CHARS
            out.append(piece[:cut].strip())
            piece = piece[cut:].strip()
        if out and len(out[-1]) + len(piece) + 1 <= MAX_CHARS // 2:
            out[-1] = f"{out[-1]}\n{piece}"
        elif piece:
            out.append(piece)
    return [p for p in out if len(p) >= MIN_CHARS]


def chunk_text(law: Law, text: str, url: str, source: str = "official") -> list[Chunk]:
    """Official wording of a law, split by section, each piece tied to the law id and its citation."""
    chunks = []
    label, status = law.label, law.status.value
    for n, piece in enumerate(split_sections(text)):
        head = _HEAD.match(piece)
        chunks.append(Chunk(id=_id(law.id, f"{source}-{n}", piece, label, status, url), text=piece, law_id=law.id,
                            jurisdiction=law.jurisdiction, citation=label, status=status,
                            source=source, url=url, section=head.group(1) if head else str(n)))
    return chunks
