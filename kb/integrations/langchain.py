"""Recourse for LangChain: a retriever and a tool an agent can call.

    from kb.integrations.langchain import RecourseRetriever, RecourseTool
    docs = RecourseRetriever().invoke("Is a deepfake nude a crime in Texas?")   # Documents with law metadata
    tool = RecourseTool()                                                        # give it to an agent

Policy, and why:
- Place-aware, as the app is. The question's places are read once, through the question frame
  (`KnowledgeBase.understand`; a named law's place, an EU member or "federal law" count as the answer counts them),
  and retrieval runs inside those places and their parents (US-TX -> US-TX, US), so a neighbouring state's law is
  never returned. A question that names no place searches every place; a
  `jurisdiction` set on the retriever overrides what the question says.
- Facts come from the catalog, not from the passage: each Document's metadata (citation, status, official link
  and whether it was opened, verified date) is the record's, so an agent can cite it as the app does.
- The tool answers with Recourse's own grounded answer (citations checked, disclaimer included), never a
  model's paraphrase; its artifact is the full `ask --json` object, the same as `POST /ask`.
- Settings come from the environment (RECOURSE_*), so both can be built with no arguments; pass `knowledge_base`
  to share one that is already open. Nothing a user types is stored.
"""

from __future__ import annotations

from typing import Any, Optional

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.tools import BaseTool, ToolException
from pydantic import BaseModel, ConfigDict, Field

import kb
from kb.errors import QueryError


def _base(knowledge_base: Optional[Any]) -> "kb.KnowledgeBase":
    return knowledge_base if knowledge_base is not None else kb.default()


class RecourseRetriever(BaseRetriever):
    """Recourse's hybrid retrieval (lexical + dense, rank-fused) inside the question's places and their parents."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    k: int = Field(default=6, description="passages to return")
    jurisdiction: Optional[str] = Field(default=None, description="override the place: a code or name (US-TX, GB)")
    knowledge_base: Optional[Any] = Field(default=None, exclude=True,
                                          description="an open kb.KnowledgeBase (default: the process's own)")

    def places(self, query: str) -> list[str]:
        """The codes searched for this query, most specific first, parents included; [] means every place."""
        from kb.answer import scope  # the answer's own rule: named places, else a named law's, EU or federal

        base = _base(self.knowledge_base)
        registry = base.catalog.registry
        codes = [registry.lookup(self.jurisdiction)] if self.jurisdiction else \
            scope(base.catalog, base.understand(query))
        return registry.with_parents(codes) if codes else []

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        base = _base(self.knowledge_base)
        codes = self.places(query)
        passages = base.retriever.retrieve(query, codes or None, k=self.k)
        return [_document(base, p) for p in passages]


def _document(base: "kb.KnowledgeBase", passage: "kb.Passage") -> Document:
    law = base.law(passage.law_id)
    meta: dict[str, Any] = {"law_id": passage.law_id, "jurisdiction": passage.jurisdiction,
                            "chunk_id": passage.chunk_id, "score": passage.score,
                            "source_kind": passage.kind, "source_url": passage.url}
    if law is not None:
        link = law.official_link
        meta.update(citation=law.label, title=law.title, status=law.status.value, verified=law.verified.isoformat(),
                    official_url=link[0] if link else None, official_opened=link[1] if link else None,
                    url=law.url, jurisdiction_name=base.name(law.jurisdiction))
    return Document(page_content=passage.text, metadata=meta, id=passage.chunk_id)


class AskInput(BaseModel):
    question: str = Field(description="the person's question, in their own words, with their place if known")
    jurisdiction: Optional[str] = Field(default=None, description="the place, if the question does not say it: a "
                                                                  "code or name such as US-TX, Texas, GB")


def cited_text(answer: "kb.Answer") -> str:
    """The grounded answer with its numbered sources and the disclaimer, as the CLI prints it."""
    lines = [answer.answer]
    if answer.citations:
        lines += ["", "Sources:"]
        lines += [f"[{c.n}] {c.citation} ({c.jurisdiction}, {c.status}, verified {c.verified}): {c.url}"
                  for c in answer.citations]
    return "\n".join(lines + ["", answer.disclaimer])


class RecourseTool(BaseTool):
    """Ask Recourse: the law and next steps for sexual deepfakes and intimate-image abuse, cited."""

    name: str = "recourse"
    description: str = ("Answers questions about sexual deepfakes and non-consensual intimate images: whether it is "
                        "a crime or can be sued over in a given place, how to get images removed, who can help. "
                        "Returns a cited answer from a curated, dated legal corpus; quote its citations as given.")
    args_schema: type[BaseModel] = AskInput
    response_format: str = "content_and_artifact"
    handle_tool_error: bool = True
    model_config = ConfigDict(arbitrary_types_allowed=True)
    knowledge_base: Optional[Any] = Field(default=None, exclude=True)

    def _run(self, question: str, jurisdiction: Optional[str] = None, run_manager=None) -> tuple[str, dict]:
        try:
            answer = _base(self.knowledge_base).ask(question, jurisdiction)
        except QueryError as exc:  # the caller can fix it: the agent sees the message and may ask again
            raise ToolException(str(exc)) from exc
        return cited_text(answer), answer.to_json()
