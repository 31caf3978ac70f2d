"""Recourse: law and next steps for sexual deepfakes and non-consensual intimate imagery.

The public surface used by the app and the CLI. Everything else in `kb` is internal and may change.

    >>> from kb import ask
    >>> ask("Is it a crime in Virginia to share a fake nude image of someone?").citations[0].citation
"""

from __future__ import annotations

import re
import threading
from functools import cached_property
from typing import Optional

from kb.config import Settings, quiet_libraries, settings
from kb.errors import CorpusError, IngestError, QueryError, RecourseError, StoreError
from kb.models import Jurisdiction, Law, PlatformPolicy, Service, Status
from kb.frame import Frame
from kb.results import Answer, Citation, Clarify, Draft, DraftField, Passage, Plan, Section, Situation, Step

quiet_libraries()  # privacy defaults (no telemetry, no device id, no hub look-ups) before any library loads

DISCLAIMER = ("General information from a curated, dated corpus, not legal advice. Laws change: open the linked "
              "official text, and for advice on your situation talk to a lawyer or a victim-support service.")


_NOT_TEXT = re.compile("[\ud800-\udfff]")  # what invalid UTF-8 decodes to (surrogateescape), never real text


def _read_only(exc: StoreError, config: Settings) -> Optional[StoreError]:
    """A clear StoreError when the embedded index cannot be opened because its folder is read-only."""
    import os

    folder = config.index_dir
    said = str(exc).replace("-", "").replace(" ", "").lower()
    if config.chroma_host or not ("readonly" in said or (folder.exists() and not os.access(folder, os.W_OK))):
        return None
    return StoreError(f"the index folder {folder} is read-only, and the embedded index must open its database for "
                      f"writing even to answer. Give this user write access to it, point RECOURSE_HOME at a "
                      f"writable copy, or serve one index to many read-only app processes through a Chroma server "
                      f"(RECOURSE_CHROMA_HOST, README)")


class KnowledgeBase:
    """Catalog + store + retriever, opened once and shared (the app caches one per process)."""

    def __init__(self, config: Optional[Settings] = None):
        self.config = config or settings()
        self._lock = threading.Lock()
        self._catalog = None
        self._catalog_generation: Optional[str] = None

    @property
    def catalog(self):
        """The records of the generation being served (so a broken corpus edit never reaches users); the corpus
        folder itself only before the first ingest."""
        from kb.catalog import Catalog
        from kb.corpus import from_snapshot

        generation = self.store.active_name()
        with self._lock:
            if self._catalog is None or generation != self._catalog_generation:
                snapshot = self.store.snapshot() if generation else {}
                self._catalog = Catalog(from_snapshot(snapshot)) if snapshot else \
                    Catalog.from_dir(self.config.corpus)
                self._catalog_generation = generation
            return self._catalog

    @cached_property
    def store(self):
        from kb.store import Store

        try:
            return Store(self.config)
        except StoreError as exc:
            raise _read_only(exc, self.config) or exc

    @cached_property
    def retriever(self):
        from kb.embed import embedder
        from kb.retrieve import Retriever

        return Retriever(self.store, embedder(self.config.model, self.config.home, int8=self.config.embed_int8))

    @cached_property
    def chat_model(self):
        """The optional LLM (RECOURSE_LLM_PROVIDER); None means the grounded composer alone."""
        from kb.llm import chat_model

        return chat_model(self.config)

    def ask(self, question: str, jurisdiction: Optional[str] = None, model=None,
            extra: tuple[Passage, ...] = (), context: Optional[Frame | dict] = None) -> Answer:
        """Grounded answer; with an LLM (configured, or `model` passed) its wording is used only if it passes
        the citation checks of kb.llm. `context` is the previous answer's frame (or its JSON), so a conversation
        keeps its place, age, image kind and platform; nothing of it is stored here."""
        from kb.answer import compose

        if not isinstance(question, str):
            raise QueryError("the question must be text")
        if _NOT_TEXT.search(question):
            raise QueryError("the question contains bytes that are not text (invalid UTF-8 or a lone surrogate); "
                             "type it again, or paste it as plain text")
        if isinstance(context, dict):
            try:
                context = Frame.model_validate(context)
            except ValueError as exc:
                raise QueryError(f"the conversation context is not a valid frame: {exc}") from exc
        answer = compose(question, self.catalog, self.retriever, jurisdiction, tuple(extra), context)
        model = model if model is not None else (self.chat_model if self.config.llm_provider else None)
        if model is None or answer.kind != "answer":
            return answer
        from kb.llm import compose as llm_compose

        return llm_compose(answer, model)

    def understand(self, question: str, context: Optional[Frame] = None) -> Frame:
        """The question frame alone (no retrieval): what Recourse understood."""
        from kb.answer import understand

        return understand(question, self.catalog, None, context)

    def situation_from(self, frame: Optional[Frame]) -> Optional[Situation]:
        """The plan's Situation from a conversation's frame; None while the place is unknown."""
        from kb.plan import situation_from

        return situation_from(self.catalog, frame)

    def law(self, law_id: str) -> Optional[Law]:
        return self.catalog.law(law_id)

    def laws(self, jurisdiction: Optional[str] = None) -> list[Law]:
        if jurisdiction:
            code = self.catalog.registry.lookup(jurisdiction)
            return self.catalog.laws_in(code)
        return list(self.catalog.laws)

    def plan(self, situation: Situation) -> Plan:
        from kb.plan import plan

        return plan(self.catalog, situation)

    def draft_request(self, kind: str, situation: Situation, details: Optional[dict] = None,
                      platform: Optional[str] = None) -> Draft:
        """A filled draft; unknown parts stay as visible placeholders and `draft.missing` lists them."""
        from kb.draft import draft
        from kb.plan import applicable, locate

        catalog = self.catalog
        situation, scope = locate(catalog, situation)
        crimes = tuple(applicable(catalog, situation, scope, "criminal"))
        return draft(catalog, kind, situation, details, platform, crimes)

    def compare(self, codes: list[str]):
        from kb.compare import compare

        return compare(self.catalog, codes)

    def tracker(self, query):
        """A question across places (a `kb.tracker.Query`, or the question's text) -> `TrackerResult`: counts,
        places, laws, the rule in words and the corpus date, from the records' fields."""
        from kb import tracker

        if isinstance(query, str):
            parsed = tracker.parse(query, self.catalog.registry)
            if parsed is None:
                raise QueryError("that is not a question across places (which states, how many countries, ...)")
            query = parsed
        return tracker.run(self.catalog, query)

    def platform_card(self, platform: str, codes: list[str], own_content: Optional[bool] = None):
        """(markdown, laws cited): how to get an image off one platform, with the legal route for `codes`."""
        from kb.cards import platform_card

        return platform_card(self.catalog, platform, codes, own_content)

    def status_line(self, law_id: str) -> str:
        """The status of a law or bill, with its dates, in one line ("Not law: passed the Senate on ...")."""
        from kb.cards import status_line

        law = self.catalog.law(law_id)
        if law is None:
            raise QueryError(f'unknown law id "{law_id}"; `python -m kb laws` lists them')
        return status_line(law)

    def gaps(self, code: str):
        from kb.compare import gaps

        return gaps(self.catalog, code)

    def coverage(self):
        return self.catalog.coverage()

    def jurisdictions(self) -> list[Jurisdiction]:
        return sorted(self.catalog.registry.by_code.values(), key=lambda j: j.name)

    def most_specific(self, codes) -> list[str]:
        """Drop codes that are parents of others: (US-TX, US) -> (US-TX)."""
        parents = self.catalog.registry.parents
        return [c for c in codes if not any(c in parents(o) for o in codes if o != c)]

    def name(self, code: str) -> str:
        return self.catalog.registry.name(code)

    def platforms(self) -> list[PlatformPolicy]:
        return list(self.catalog.platforms)

    def is_stale(self, law: Law) -> bool:
        return self.catalog.is_stale(law, self.config.stale_days)

    def services(self, codes: Optional[list[str]] = None, kinds: Optional[tuple[str, ...]] = None) -> list[Service]:
        """Help services for these places (worldwide ones when no place is given), optionally of some kinds."""
        from kb.models import ServiceKind

        return self.catalog.services(codes or [], kinds={ServiceKind(k) for k in kinds} if kinds else None)

    def resolve_jurisdiction(self, text: str) -> list[str]:
        return self.catalog.registry.with_parents(self.catalog.registry.resolve(text))


_default: Optional[KnowledgeBase] = None
_lock = threading.Lock()


def default() -> KnowledgeBase:
    global _default
    with _lock:
        if _default is None:
            _default = KnowledgeBase()
        return _default


def ask(question: str, jurisdiction: Optional[str] = None, context: Optional[Frame] = None) -> Answer:
    return default().ask(question, jurisdiction, context=context)


def tel_href(phone: str) -> str:
    """A tap-to-call link for a published phone number (vanity letters dialled), or "" when it is not one."""
    from kb.steps import tel_href as _tel

    return _tel(phone)


def situation_from(frame: Optional[Frame]) -> Optional[Situation]:
    return default().situation_from(frame)


def report_link(law_id: str, field: str) -> str:
    """"Report an error in this record": a prefilled link to RECOURSE_REPORT_URL naming only the record id and
    field (nothing the user typed)."""
    from kb.trust import report_link as _link

    return _link(law_id, field)


def laws(jurisdiction: Optional[str] = None) -> list[Law]:
    return default().laws(jurisdiction)


def resolve_jurisdiction(text: str) -> list[str]:
    return default().resolve_jurisdiction(text)


def compare(codes: list[str]):
    return default().compare(codes)


def track(query):
    """Counts and lists across places (see KnowledgeBase.tracker). Named `track` because `kb.tracker` is the
    engine's module."""
    return default().tracker(query)


def plan(situation: Situation) -> Plan:
    return default().plan(situation)


def draft_request(kind: str, situation: Situation, details: Optional[dict] = None,
                  platform: Optional[str] = None) -> Draft:
    return default().draft_request(kind, situation, details, platform)


__all__ = ["DISCLAIMER", "KnowledgeBase", "default", "ask", "laws", "report_link", "situation_from", "tel_href", "Frame",
           "Clarify", "Section", "compare", "plan", "draft_request", "resolve_jurisdiction",
           "Answer", "Citation", "Passage", "Situation", "Plan", "Step", "Draft", "DraftField",
           "Law", "Jurisdiction", "PlatformPolicy", "Service", "Status", "Settings", "settings", "RecourseError",
           "CorpusError", "IngestError", "QueryError", "StoreError"]
__all__ += ["track"]
