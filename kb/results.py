"""What Recourse produces from the corpus: passages, citations, answers.

Like the corpus records these are frozen; the UI and CLI render them and never build them from store rows.
"""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from kb.models import Model


class Passage(Model):
    """A retrieved chunk of text, tied to the law (or platform/service) it came from."""

    chunk_id: str
    law_id: str
    jurisdiction: str
    text: str
    source: str = "catalog"  # "catalog" (our summary) or "official" (fetched official text)
    url: Optional[str] = None
    score: float = 0.0


class Citation(Model):
    """One numbered reference in an answer; `passage` is the text the claim rests on."""

    n: int
    law_id: str
    citation: str
    jurisdiction: str
    title: str
    url: str
    passage: str
    status: str
    effective: Optional[str] = None
    verified: str
    confidence: str = "high"  # high | medium | low, from jurisdiction match and retrieval margin


class Answer(Model):
    question: str
    jurisdictions: tuple[str, ...]
    intent: str
    answer: str  # markdown with [n] markers
    citations: tuple[Citation, ...] = ()
    disclaimer: str
    notices: tuple[str, ...] = Field(default=())  # e.g. "no place named: answering from federal law"
    composer: str = "grounded"

    def to_json(self) -> dict:
        """The shape of DESIGN.md section 5 (`ask --json`)."""
        data = self.model_dump(mode="json")
        data["citations"] = [
            {k: c[k] for k in ("n", "law_id", "citation", "jurisdiction", "title", "url", "passage",
                               "status", "effective", "verified", "confidence")}
            for c in data["citations"]
        ]
        return data
