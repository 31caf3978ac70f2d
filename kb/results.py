"""What Recourse produces from the corpus: passages, citations, answers.

Like the corpus records these are frozen; the UI and CLI render them and never build them from store rows.
"""

from __future__ import annotations

from typing import Optional

from pydantic import Field, field_validator

from kb.frame import Frame
from kb.i18n import TABLES
from kb.models import Model


# Where a passage's words come from (Passage.source -> kind), and how each kind is named to people. A passage is
# always shown with its own kind and its own link; the law's official link is shown as that, separately.
SOURCE_KINDS = {"catalog": "summary", "official": "fetched_copy", "document": "operator_document",
                "upload": "session_upload"}
SOURCE_LABELS = {
    "summary": "Recourse's summary of the record (not the law's wording)",
    "fetched_copy": "copy of the official text fetched from its source",
    "operator_document": "document added by this site's operator",
    "session_upload": "your upload (this session only; not checked by Recourse)",
}


class Passage(Model):
    """A retrieved chunk of text, tied to the law (or platform/service) it came from."""

    chunk_id: str
    law_id: str
    jurisdiction: str
    text: str
    source: str = "catalog"  # catalog (our summary) | official (fetched) | document (operator) | upload (session)
    url: Optional[str] = None  # where this passage's own text came from (None for a session upload)
    score: float = 0.0

    @property
    def kind(self) -> str:
        return SOURCE_KINDS.get(self.source, "summary")


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
    source_kind: str = "summary"  # where `passage` comes from: a key of SOURCE_LABELS
    source_url: Optional[str] = None  # the passage's own source (None for a session upload); `url` is the law's
    basis: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # fact (status, dates, penalty, coverage) ->
    #                                    the URLs of the sources the record says show it (provenance per fact)
    report_url: Optional[str] = None  # "report an error in this record": names only the record id, nothing typed

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS.get(self.source_kind, self.source_kind)


class Section(Model):
    """One part of an answer, in display order, so the app can put help first and fold the laws."""

    kind: str  # safety | clarify | short | steps | laws | notice | list | compare | card | status
    title: Optional[str] = None
    body: str


class Clarify(Model):
    """One short question back, with quick replies the app can post as the next turn."""

    question: str
    choices: tuple[str, ...] = ()


class Answer(Model):
    question: str
    jurisdictions: tuple[str, ...]
    intent: str
    answer: str  # markdown with [n] markers
    citations: tuple[Citation, ...] = ()
    disclaimer: str
    notices: tuple[str, ...] = Field(default=())  # e.g. "no place named: answering from federal law"
    composer: str = "grounded"
    kind: str = "answer"  # answer | clarify | list | compare
    clarify: Optional[Clarify] = None
    rows: tuple[dict, ...] = ()  # list and compare answers: one object per law or jurisdiction, with its "rule"
    verdict: Optional[str] = None  # yes | no | unclear: the literal answer to a yes/no legal question
    sections: tuple[Section, ...] = ()
    frame: Optional[Frame] = None  # the question as understood, merged with the conversation; pass it back

    def to_json(self) -> dict:
        """The shape of DESIGN.md section 5 (`ask --json`)."""
        data = self.model_dump(mode="json", exclude={"frame"})
        data["frame"] = self.frame.to_json() if self.frame else None
        data["citations"] = [
            {k: c[k] for k in ("n", "law_id", "citation", "jurisdiction", "title", "url", "passage",
                               "status", "effective", "verified", "confidence", "source_kind", "source_url",
                               "basis", "report_url")}
            for c in data["citations"]
        ]
        return data


# --- the action plan ------------------------------------------------------------------------------------------

class Situation(Model):
    """What a victim tells the planner. Only `lives_in` is required; unknown stays None."""

    lives_in: str  # jurisdiction code (resolved by kb.plan from a name, postal code or code)
    other_in: Optional[str] = None  # where the person who shared it is, if known
    platforms: tuple[str, ...] = ()  # platform ids or names; "unknown" for a small or unknown site
    minor_at_creation: bool = False  # under 18 when the image was made (or depicted as such)
    minor_now: bool = False
    synthetic: Optional[bool] = None  # True: AI-made or altered; False: a real image; None: not sure
    shared: bool = True  # False: only threatened (sextortion)
    poster_known: Optional[bool] = None
    victim_took_photo: bool = False  # the victim owns the copyright (DMCA route)
    request_sent_on: Optional[str] = None  # ISO date a removal request was sent, for deadlines
    language: str = "en"  # the plan's fixed wording: en | es | fr | pt (law texts and summaries stay English)

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in TABLES:
            raise ValueError(f"language '{value}' is not one of: {', '.join(TABLES)}")
        return value


class Link(Model):
    label: str
    url: str


class Step(Model):
    id: str
    title: str
    why: str
    how: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    citations: tuple[Citation, ...] = ()
    draft: Optional[str] = None  # kind of draft this step uses (kb.draft)
    deadline: Optional[str] = None


class Plan(Model):
    situation: Situation
    jurisdictions: tuple[str, ...]
    steps: tuple[Step, ...]
    drafts: tuple[str, ...]
    notices: tuple[str, ...] = ()
    disclaimer: str


class DraftField(Model):
    key: str
    label: str
    value: Optional[str] = None
    required: bool = True
    element: Optional[str] = None  # the legal element this field satisfies, when the law names one


class Draft(Model):
    kind: str
    title: str
    recipient: str
    body: str  # markdown; unfilled fields appear as [PLACEHOLDER]
    fields: tuple[DraftField, ...]
    citations: tuple[Citation, ...] = ()

    @property
    def missing(self) -> list[str]:
        """Required parts still empty: the request is flagged until this is empty."""
        return [f.label for f in self.fields if f.required and not (f.value and f.value.strip())]
