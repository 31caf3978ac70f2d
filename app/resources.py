"""One knowledge base per server process, shared by every session; session keys carry a page prefix.

On a fresh machine the index does not exist yet: `index_build()` builds it once per process in a background thread
with named stages, so the first page (quick exit, helplines, question box) shows at once and polls the progress."""

from __future__ import annotations

import logging
import threading
import time
from typing import Optional

import streamlit as st

import kb

log = logging.getLogger("recourse.app")
STAGES = ("Reading the law records", "Preparing the language model", "Indexing the laws", "Almost ready")


class IndexBuild:
    """The first build of the index, in stages a person can follow. `done` is set when answers can start."""

    def __init__(self) -> None:
        self.stage = 0
        self.fraction = 0.0
        self.done = False
        self.error: Optional[str] = None
        self.started = time.monotonic()
        self._thread: Optional[threading.Thread] = None

    def start(self) -> "IndexBuild":
        base = kb.default()
        try:
            built = base.store.is_built()
        except kb.RecourseError:
            built = False
        if built:
            self.done, self.fraction = True, 1.0
            return self
        self._thread = threading.Thread(target=self._run, name="recourse-first-index", daemon=True)
        self._thread.start()
        return self

    @property
    def label(self) -> str:
        return f"Step {self.stage + 1} of {len(STAGES)}: {STAGES[self.stage]}"

    def _run(self) -> None:
        """ingest.pipeline.run does the build; around it: the corpus read, the model loaded and timed on one batch,
        and the indexing stage's bar advanced by that timing (the pipeline reports no progress of its own)."""
        try:
            from ingest.pipeline import run
            from kb.embed import embedder

            config = kb.default().config
            texts = self._texts(config)
            self.stage, self.fraction = 1, 0.05
            model = embedder(config.model, config.home)
            t0 = time.monotonic()
            model.embed(texts[:16] or ["warm up"])
            per_batch = max(0.05, time.monotonic() - t0)
            estimate = per_batch * max(1, len(texts) / 16) * 1.3 + 3.0
            self.stage, self.fraction = 2, 0.2
            worker = threading.Thread(target=self._ingest, args=(run, config), daemon=True)
            started = time.monotonic()
            worker.start()
            while worker.is_alive():
                worker.join(0.25)
                self.fraction = 0.2 + 0.7 * min(0.97, (time.monotonic() - started) / estimate)
            if self.error:
                return
            self.stage, self.fraction = 3, 0.92
            kb.default().retriever  # the model and index loaded before the first question
            self.fraction, self.done = 1.0, True
        except kb.RecourseError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - a sentence for the page; the details go to the server log
            log.exception("first index build failed")
            self.error = f"the law library could not be built ({type(exc).__name__})"

    def _ingest(self, run, config) -> None:
        try:
            run(config.corpus, config, progress=False)
        except kb.RecourseError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001
            log.exception("first index build failed")
            self.error = f"the law library could not be built ({type(exc).__name__})"

    @staticmethod
    def _texts(config) -> list[str]:
        """The passages the pipeline will embed (their count and a sample batch time the indexing stage)."""
        try:
            from ingest.pipeline import chunks_for, official_and_document_texts
            from kb.corpus import load_strict

            corpus = load_strict(config.corpus)
            return [c.text for c in chunks_for(corpus, official_and_document_texts(config.corpus, corpus, config))]
        except kb.RecourseError:
            raise
        except Exception:  # noqa: BLE001 - only the estimate suffers
            return ["warm up"] * 240


@st.cache_resource(show_spinner=False)
def index_build() -> IndexBuild:
    return IndexBuild().start()


def _warm(base: kb.KnowledgeBase) -> None:
    try:
        base.retriever  # the model and index, loaded once per process before the first question needs them
    except Exception:  # noqa: BLE001 - the first question raises it again, as a sentence
        log.warning("preloading the model failed; the first question will retry")


@st.cache_resource(show_spinner=False)
def get_kb() -> kb.KnowledgeBase:
    """The shared knowledge base at once (pages need only its records); the model loads in the background."""
    base = kb.default()
    threading.Thread(target=_warm, args=(base,), name="recourse-warm-model", daemon=True).start()
    return base


def key(page: str, name: str) -> str:
    return f"{page}.{name}"
