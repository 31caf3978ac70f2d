"""Render helpers for domain objects. What users type is shown as plain text, never as HTML or markdown, and only
http(s) links are ever rendered."""

from __future__ import annotations

import re

import streamlit as st

from kb import Answer, Citation, Plan

STATUS_LABEL = {"in_force": "in force", "enacted": "enacted, not yet in force", "pending": "pending bill",
                "failed": "failed bill", "repealed": "repealed"}
NEUTRAL_PAGE = "https://www.google.com/search?q=weather+today"
# A fixed string (no user data), so raw HTML is safe here; target=_self replaces this page instead of opening a tab.
_QUICK_EXIT = (f'<a href="{NEUTRAL_PAGE}" target="_self" rel="noreferrer" id="quick-exit" '
               'style="display:inline-block;padding:0.45rem 0.9rem;border-radius:0.5rem;background:#b3261e;'
               'color:#fff;font-weight:600;text-decoration:none">Leave this site now</a>')


def quick_exit() -> None:
    st.markdown(_QUICK_EXIT, unsafe_allow_html=True)


def safe_link(url: str) -> str:
    return url if re.match(r"^https?://[^\s\"'<>]+$", url or "") else ""


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_{}\[\]()<>#+\-.!|~])", r"\\\1", text)


def with_hover_links(answer: Answer) -> str:
    """[n] markers become links to the source whose hover title previews the cited passage."""
    by_n = {c.n: c for c in answer.citations}

    def link(m: re.Match) -> str:
        c = by_n.get(int(m.group(1)))
        url = safe_link(c.url) if c else ""
        if not url:
            return m.group(0)
        preview = f"{c.citation}: {c.passage[:220]}".replace('"', "'").replace("\n", " ")
        return f'[\\[{c.n}\\]]({url} "{preview}")'

    return re.sub(r"\[(\d{1,3})\]", link, answer.answer)


def chips(codes, name) -> None:
    if codes:
        st.markdown(" ".join(f":blue-badge[{_md_escape(name(c))} ({c})]" for c in codes))


def citation_card(c: Citation) -> None:
    with st.expander(f"[{c.n}] {c.citation} · {c.jurisdiction} · {STATUS_LABEL.get(c.status, c.status)}"):
        st.markdown(f"**{_md_escape(c.title)}**")
        meta = [f"Status: {STATUS_LABEL.get(c.status, c.status)}"]
        if c.effective:
            meta.append(f"effective {c.effective}")
        meta += [f"verified {c.verified}", f"confidence: {c.confidence}"]
        st.caption(" · ".join(meta))
        st.text(c.passage)
        if safe_link(c.url):
            st.link_button("Open the source", c.url)


def answer(a: Answer, name) -> None:
    chips(a.jurisdictions, name)
    st.markdown(with_hover_links(a))
    if a.citations:
        st.markdown("**Sources**")
        for c in a.citations:
            citation_card(c)
    st.caption(a.disclaimer)


def plan_steps(p: Plan, prefix: str) -> None:
    for i, step in enumerate(p.steps, 1):
        done = st.checkbox(f"{i}. {step.title}", key=f"{prefix}.done.{step.id}")
        with st.expander("Why and how" + (" (done)" if done else ""), expanded=i <= 2 and not done):
            st.write(step.why)
            for line in step.how:
                st.markdown(f"- {_md_escape(line) if '[' not in line else line}")
            for link in step.links:
                if safe_link(link.url):
                    st.link_button(link.label, link.url)
            if step.deadline:
                st.warning(f"Deadline: {step.deadline}")
            for c in step.citations:
                st.caption(f"[{c.n}] {c.citation} ({c.jurisdiction}, verified {c.verified})")
