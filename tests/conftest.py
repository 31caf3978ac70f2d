"""Shared fixtures: real corpora on disk, ingested with the real embedding model into a real (embedded) Chroma."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from kb import KnowledgeBase  # noqa: E402
from kb.config import PROJECT, Settings  # noqa: E402
from tests.factories import write_corpus  # noqa: E402

REAL_CORPUS = PROJECT / "data" / "statutes"


def free_port() -> int:
    """A free TCP port on 127.0.0.1 for a server a test starts (streamlit, chroma run)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_kb(home: Path, corpus: Path, **extra) -> KnowledgeBase:
    from ingest.pipeline import run

    config = Settings(home=home, corpus=corpus, **extra)
    run(corpus, config, progress=False)
    return KnowledgeBase(config)


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("tiny") / "statutes")


@pytest.fixture(scope="session")
def tiny_kb(tmp_path_factory, tiny_corpus) -> KnowledgeBase:
    return make_kb(tmp_path_factory.mktemp("tiny-home"), tiny_corpus)


@pytest.fixture(scope="session")
def real_kb(tmp_path_factory) -> KnowledgeBase:
    """The whole curated corpus, indexed once per test session."""
    return make_kb(tmp_path_factory.mktemp("real-home"), REAL_CORPUS)
