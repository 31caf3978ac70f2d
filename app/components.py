"""Render helpers for domain objects. Text from users is shown as plain text, never as HTML or markdown."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from kb import Answer, Citation, Law

STATUS_LABEL = {"in_force": "in force", "enacted": "enacted, not yet in force", "pending": "pending bill",
                "failed": "failed bill", "repealed": "repealed"}


def safe_link(url: str) -> str:
    """Only http(s) links are ever rendered."""
    return url if url.startswith(("https://", "http://")) else ""


def citation_card(c: Citation) -> None:
    with st.expander(f"[{c.n}] {c.citation} · {c.jurisdiction} · {STATUS_LABEL.get(c.status, c.status)}"):
        st.markdown(f"**{c.title}**")
        meta = [f"Status: {STATUS_LABEL.get(c.status, c.status)}"]
        if c.effective:
            meta.append(f"effective {c.effective}")
        meta.append(f"verified {c.verified}")
        meta.append(f"confidence: {c.confidence}")
        st.caption(" · ".join(meta))
        st.text(c.passage)
        link = safe_link(c.url)
        if link:
            st.link_button("Open the source", link)


def answer(a: Answer) -> None:
    st.markdown(a.answer)
    if a.citations:
        st.markdown("**Sources**")
        for c in a.citations:
            citation_card(c)
    st.caption(a.disclaimer)


def stale(law: Law, days: int = 365) -> bool:
    return (dt.date.today() - law.verified).days > days
