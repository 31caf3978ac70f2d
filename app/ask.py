"""Ask: a chat whose history lives only in this browser session (nothing is written to disk or logs)."""

import streamlit as st

import kb
from app import components
from app.resources import get_kb, key

FOLLOW_UPS = [("What can I do now?", None), ("Can I sue?", "Can I sue the person who did this?"),
              ("What are the penalties?", "What are the penalties for this?")]

st.title("Ask about your situation")
st.caption("Describe what happened and where you live. Nothing you type is stored; closing the tab clears it.")
base = get_kb()
history = st.session_state.setdefault(key("ask", "history"), [])
codes = [j.code for j in base.jurisdictions()]
override = st.selectbox("Where do you live? (optional: detected from your question if left empty)", [""] + codes,
                        format_func=lambda c: "Detect from my question" if not c else f"{base.name(c)} ({c})",
                        key=key("ask", "jurisdiction"))


def run(question: str) -> None:
    try:
        extra = tuple(st.session_state.get("session.documents", ()))  # uploads made on the Tracker page
        history.append((question, base.ask(question, override or None, extra=extra)))
    except kb.RecourseError as exc:
        st.error(str(exc))


pending = st.session_state.pop(key("ask", "pending"), None)
if pending:
    run(pending)
question = st.chat_input("e.g. Someone posted a fake nude of me, I live in Texas. What can I do?")
if question:
    run(question)

for i, (q, a) in enumerate(history):
    with st.chat_message("user"):
        st.text(q)
    with st.chat_message("assistant"):
        components.answer(a, base.name)
if history:
    last_q, last = history[-1]
    cols = st.columns(len(FOLLOW_UPS))
    for col, (label, follow) in zip(cols, FOLLOW_UPS):
        if col.button(label, key=key("ask", f"follow.{label}")):
            if follow is None:
                specific = base.most_specific(last.jurisdictions)
                st.session_state[key("report", "lives_in")] = (specific or ["US"])[0]
                st.switch_page("app/report.py")
            else:
                place = ", ".join(base.name(c) for c in last.jurisdictions[:1])
                st.session_state[key("ask", "pending")] = f"{follow} {('in ' + place) if place else ''}".strip()
                st.rerun()
