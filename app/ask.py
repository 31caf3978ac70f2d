"""Ask: a chat whose history and question frame live only in this browser session (nothing is written to disk or
logs). Each turn passes the previous answer's frame as context, so place, age, image kind and platform carry over."""

from __future__ import annotations

import inspect

import streamlit as st

import kb
from app import components
from app.resources import get_kb, key

# (label on the chip, question posted as the next turn; None opens the plan)
FOLLOW_UPS = [("What can I do now?", None), ("Can I sue?", "Can I sue the person who did this?"),
              ("What are the penalties?", "What are the penalties for this?")]

base = get_kb()
history = st.session_state.setdefault(key("ask", "history"), [])
FRAME = key("ask", "frame")
TAKES_CONTEXT = "context" in inspect.signature(base.ask).parameters


def field(frame, name, default=None):
    """A frame field whether the frame is a dict or a model."""
    if frame is None:
        return default
    value = frame.get(name, default) if isinstance(frame, dict) else getattr(frame, name, default)
    return default if value is None else value


def place_codes(frame, fallback=()) -> list[str]:
    places = field(frame, "places", {}) or {}
    lives = places.get("lives") if isinstance(places, dict) else getattr(places, "lives", None)
    codes = list(lives or field(frame, "jurisdictions", []) or fallback)
    return base.most_specific(codes) if codes else []


def run(question: str, how: str = "typed") -> None:
    frame = st.session_state.get(FRAME)
    extra = tuple(st.session_state.get("session.documents", ()))  # uploads made on the Tracker page
    try:
        with st.spinner("Looking up what applies to you…"):
            if TAKES_CONTEXT:
                a = base.ask(question, override or None, extra=extra, context=frame)
            else:  # before the frame contract: the place rides along in the text of suggested questions
                a = base.ask(question, override or None, extra=extra)
    except kb.RecourseError as exc:
        st.error(str(exc))
        return
    history.append({"q": question, "a": a, "how": how})
    st.session_state[FRAME] = getattr(a, "frame", None)
    st.session_state[key("ask", "new")] = len(history) - 1


def situation_from_chat(last: kb.Answer):
    """The plan's Situation from the conversation: kb.situation_from(frame) when present, else the answer's
    most specific place."""
    frame = st.session_state.get(FRAME)
    maker = getattr(base, "situation_from", None)
    if maker is not None and frame is not None:
        try:
            found = maker(frame)
        except kb.RecourseError:
            found = None
        if found is not None:
            return found
    specific = base.most_specific(last.jurisdictions)
    return kb.Situation(lives_in=(specific or ["US"])[0]) if specific else None


override = st.session_state.get(key("ask", "jurisdiction")) or ""
pending = st.session_state.pop(key("ask", "pending"), None)
if pending:
    run(*pending) if isinstance(pending, tuple) else run(pending)
question = st.session_state.get(key("ask", "input"))  # the box is drawn at the end of the page
if question:
    run(question)

st.title("Ask about your situation")
st.caption("Describe what happened and where you live. Nothing you type is stored; closing the tab clears it.")
frame = st.session_state.get(FRAME)
last = history[-1]["a"] if history else None
codes = [override] if override else place_codes(frame, last.jurisdictions if last else ())
components.help_now(base, codes, minor=field(frame, "minor"), cues=tuple(field(frame, "cues", ()) or ()))

all_codes = [j.code for j in base.jurisdictions()]
with st.expander("Where you live (optional)", expanded=False):
    st.selectbox("Where do you live? Left empty, it is read from your question.", [""] + all_codes,
                 format_func=lambda c: "Read it from my question" if not c else f"{base.name(c)} ({c})",
                 key=key("ask", "jurisdiction"))

if history:
    st.header("Your conversation", anchor=False)
role = field(st.session_state.get(FRAME), "role", "victim")
for i, turn in enumerate(history):
    with st.chat_message("user"):
        if turn["how"] != "typed":
            st.caption("You chose:" if turn["how"] == "choice" else "You chose a suggested question:")
        st.text(turn["q"])
    with st.chat_message("assistant"):
        st.markdown(f'<div id="reply-{i}" class="answer-top"></div>', unsafe_allow_html=True)
        st.subheader(f"Answer {i + 1}" if len(history) > 1 else "Answer", anchor=False)
        components.answer(turn["a"], base.name, role=role)
        if i == len(history) - 1:
            a = turn["a"]
            clarify = getattr(a, "clarify", None)
            choices = (clarify.get("choices") if isinstance(clarify, dict) else getattr(clarify, "choices", None)) \
                if clarify else None
            if choices:
                st.markdown("**Choose one, or type your own answer below:**")
                for j, choice in enumerate(choices):
                    if st.button(choice, key=key("ask", f"choice.{i}.{j}")):
                        st.session_state[key("ask", "pending")] = (choice, "choice")
                        st.rerun()
            if choices or getattr(a, "kind", "answer") == "clarify":
                continue  # suggestions wait until the place is known
            st.markdown("**I can also help with:**")
            cols = st.columns(len(FOLLOW_UPS))
            for col, (label, follow) in zip(cols, FOLLOW_UPS):
                if col.button(label, key=key("ask", f"follow.{label}"), icon=":material/arrow_forward:"):
                    if follow is None:
                        situation = situation_from_chat(a)
                        if situation is not None:
                            st.session_state[key("report", "situation")] = situation
                            st.session_state[key("report", "from_chat")] = True
                        st.switch_page("app/report.py")
                    else:
                        text = follow
                        if not TAKES_CONTEXT and a.jurisdictions:
                            text = f"{follow} ({base.name(base.most_specific(a.jurisdictions)[0])})"
                        st.session_state[key("ask", "pending")] = (text, "suggested")
                        st.rerun()

# In the page flow, not pinned: a pinned chat box makes Streamlit hold the view at the bottom of the page.
st.container().chat_input("e.g. Someone posted a fake nude of me, I live in Texas. What can I do?",
                          key=key("ask", "input"))
new = st.session_state.pop(key("ask", "new"), None)
if new is not None and new < len(history):
    components.announce_and_show(f"reply-{new}", "New answer. " + components.plain_summary(history[new]["a"]),
                                 key=f"answer{new}")
