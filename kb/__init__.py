"""Recourse: law and next steps for sexual deepfakes and non-consensual intimate imagery.

The public surface used by the app and the CLI. Everything else in `kb` is internal and may change.

    >>> from kb import ask
    >>> ask("Is it a crime in Virginia to share a fake nude image of someone?").citations[0].citation
"""

from __future__ import annotations

import threading
from functools import cached_property
from typing import Optional

from kb.config import Settings, settings
from kb.errors import CorpusError, IngestError, QueryError, RecourseError, StoreError
from kb.models import Jurisdiction, Law, PlatformPolicy, Service, Status
from kb.results import Answer, Citation, Passage


class KnowledgeBase:
    """Catalog + store + retriever, opened once and shared (the app caches one per process)."""

    def __init__(self, config: Optional[Settings] = None):
        self.config = config or settings()

    @cached_property
    def catalog(self):
        from kb.catalog import Catalog

        return Catalog.from_dir(self.config.corpus)

    @cached_property
    def store(self):
        from kb.store import Store

        return Store(self.config)

    @cached_property
    def retriever(self):
        from kb.embed import embedder
        from kb.retrieve import Retriever

        return Retriever(self.store, embedder(self.config.model))

    def ask(self, question: str, jurisdiction: Optional[str] = None, composer=None) -> Answer:
        from kb.answer import compose

        if not isinstance(question, str):
            raise QueryError("the question must be text")
        answer = compose(question, self.catalog, self.retriever, jurisdiction)
        return composer(answer, self) if composer else answer

    def laws(self, jurisdiction: Optional[str] = None) -> list[Law]:
        if jurisdiction:
            code = self.catalog.registry.lookup(jurisdiction)
            return self.catalog.laws_in(code)
        return list(self.catalog.laws)

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


def ask(question: str, jurisdiction: Optional[str] = None) -> Answer:
    return default().ask(question, jurisdiction)


def laws(jurisdiction: Optional[str] = None) -> list[Law]:
    return default().laws(jurisdiction)


def resolve_jurisdiction(text: str) -> list[str]:
    return default().resolve_jurisdiction(text)


__all__ = ["KnowledgeBase", "default", "ask", "laws", "resolve_jurisdiction", "Answer", "Citation", "Passage",
           "Law", "Jurisdiction", "PlatformPolicy", "Service", "Status", "Settings", "settings", "RecourseError",
           "CorpusError", "IngestError", "QueryError", "StoreError"]
