"""One knowledge base per server process, shared by every session; session keys carry a page prefix."""

from __future__ import annotations

import streamlit as st

import kb


@st.cache_resource(show_spinner="Loading the law library…")
def get_kb() -> kb.KnowledgeBase:
    base = kb.default()
    base.retriever  # load the model once, before the first question
    return base


def key(page: str, name: str) -> str:
    return f"{page}.{name}"
