"""Report: a short form -> a Situation -> the Plan as a checklist, the drafts with downloads, and an evidence log
that stays in this browser session (download it to keep it; load it again later)."""

import datetime as dt

import pandas as pd
import streamlit as st

import kb
from app import components
from app.resources import get_kb, key
from kb.draft import KINDS
from kb.evidence import Entry, dump, load
from kb.export import render

st.title("Make a plan")
st.caption("Answer what you can. Nothing here is stored: downloads are made in your browser session only.")
base = get_kb()
codes = [j.code for j in base.jurisdictions()]
platforms = {p.id: p.name for p in base.platforms()}
default_place = st.session_state.get(key("report", "lives_in"), "US-TX")

with st.form(key("report", "form")):
    lives_in = st.selectbox("Where do you live?", codes, index=codes.index(default_place) if default_place in codes
                            else 0, format_func=lambda c: f"{base.name(c)} ({c})")
    other_in = st.selectbox("Where is the person who shared it? (if known)", [""] + codes,
                            format_func=lambda c: "I don't know" if not c else f"{base.name(c)} ({c})")
    where = st.multiselect("Where is the image?", list(platforms) + ["unknown"],
                           format_func=lambda p: platforms.get(p, "Another or unknown website"))
    kind = st.radio("Is the image real or fake?", ["Fake or AI-made", "Real", "Not sure"], horizontal=True)
    shared = st.radio("Has it been shared?", ["Yes, it is online", "Not yet: someone is threatening to"],
                      horizontal=True)
    minor = st.checkbox("The person in the image was under 18 when it was made")
    took = st.checkbox("I took the original photo myself")
    sent = st.date_input("If you already sent a removal request: the date", value=None)
    submitted = st.form_submit_button("Show my plan", type="primary")

if submitted:
    st.session_state[key("report", "situation")] = kb.Situation(
        lives_in=lives_in, other_in=other_in or None, platforms=tuple(where), minor_at_creation=minor,
        synthetic={"Fake or AI-made": True, "Real": False}.get(kind), shared=shared.startswith("Yes"),
        victim_took_photo=took, request_sent_on=sent.isoformat() if sent else None)
situation = st.session_state.get(key("report", "situation"))
if situation:
    try:
        plan = base.plan(situation)
    except kb.RecourseError as exc:
        st.error(str(exc))
        st.stop()
    for note in plan.notices:
        st.info(note)
    st.subheader("Your plan")
    components.plan_steps(plan, key("report", "step"))
    st.caption(plan.disclaimer)

    st.subheader("Drafts you can send")
    kind_ = st.selectbox("Draft", plan.drafts, format_func=lambda k: KINDS[k], key=key("report", "draft"))
    target = st.selectbox("Addressed to", [""] + [p for p in situation.platforms if p in platforms],
                          format_func=lambda p: platforms.get(p, "(choose later)"), key=key("report", "to"))
    values = {}
    for f in base.draft_request(kind_, situation, {}, target or None).fields:
        values[f.key] = st.text_area(f.label + (" *" if f.required else ""), value=f.value or "",
                                     key=key("report", f"field.{kind_}.{f.key}"), height=68)
    try:
        d = base.draft_request(kind_, situation, values, target or None)
    except kb.RecourseError as exc:
        st.error(str(exc))
        st.stop()
    if d.missing:
        st.warning("Still missing: " + "; ".join(d.missing))
    else:
        st.success("This draft has every required part.")
    st.markdown(d.body)
    cols = st.columns(4)
    mime = {"md": "text/markdown", "txt": "text/plain", "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
    for col, fmt in zip(cols, ("md", "txt", "docx", "pdf")):
        col.download_button(f"Download .{fmt}", render(d, fmt), f"recourse-{kind_}.{fmt}", mime[fmt],
                            key=key("report", f"dl.{fmt}"))

st.subheader("Evidence and request log")
st.caption("Kept only in this browser tab. Download it to keep it, and load it here next time.")
log_key = key("report", "log")
uploaded = st.file_uploader("Load a saved log", type=["json"], key=key("report", "upload"))
if uploaded is not None and st.session_state.get(key("report", "loaded")) != uploaded.file_id:
    try:
        st.session_state[log_key] = [e.model_dump() for e in load(uploaded.getvalue())]
        st.session_state[key("report", "loaded")] = uploaded.file_id
    except kb.RecourseError as exc:
        st.error(str(exc))
rows = st.session_state.setdefault(log_key, [])
edited = st.data_editor(pd.DataFrame(rows, columns=list(Entry.model_fields)), num_rows="dynamic",
                        key=key("report", "editor"), width="stretch")
entries = [Entry(**{k: (str(v) if v is not None and v == v else None) for k, v in r.items()})
           for r in edited.to_dict(orient="records") if r.get("when") and r.get("what")]
st.download_button("Download log", dump(entries), f"recourse-log-{dt.date.today()}.json", "application/json",
                   key=key("report", "log.dl"))
