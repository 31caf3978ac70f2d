"""Ask: a chat whose history lives only in this browser session (nothing is written to disk or logs)."""

import streamlit as st

import kb
from app import components
from app.resources import get_kb, key

st.title("Ask about your situation")
st.caption("Describe what happened and where you live. Nothing you type is stored.")

base = get_kb()
history = st.session_state.setdefault(key("ask", "history"), [])
codes = [j.code for j in sorted(base.catalog.registry.by_code.values(), key=lambda j: j.name)]
override = st.selectbox("Jurisdiction (optional: detected from your question if left empty)", [""] + codes,
                        format_func=lambda c: "Detect from my question" if not c else
                        f"{base.catalog.registry.name(c)} ({c})", key=key("ask", "jurisdiction"))

for question, answer in history:
    with st.chat_message("user"):
        st.text(question)
    with st.chat_message("assistant"):
        components.answer(answer)

question = st.chat_input("e.g. Someone posted a fake nude of me, I live in Texas. What can I do?")
if question:
    with st.chat_message("user"):
        st.text(question)
    try:
        result = base.ask(question, override or None)
    except kb.RecourseError as exc:
        st.error(str(exc))
    else:
        history.append((question, result))
        with st.chat_message("assistant"):
            components.answer(result)
