"""Report: a short form -> a Situation -> the Plan as a checklist, the drafts with downloads, and an evidence log
that stays in this browser session (download it to keep it; load it again later)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

import kb
from app import components
from app import plan as plan_files
from app.resources import get_kb, key
from kb.draft import KINDS
from kb.evidence import Entry, dump, load
from kb.export import render

st.title("Make a plan")
st.caption("Answer what you can. Nothing here is stored: downloads are made in your browser session only.")
base = get_kb()
codes = [j.code for j in base.jurisdictions()]
platforms = {p.id: p.name for p in base.platforms()}
SITUATION = key("report", "situation")
current: kb.Situation | None = st.session_state.get(SITUATION)
if current is None and st.session_state.get(key("report", "lives_in")):
    current = kb.Situation(lives_in=st.session_state[key("report", "lives_in")])
from_chat = bool(st.session_state.get(key("report", "from_chat"))) and current is not None
components.help_now(base, [current.lives_in] if current else [],
                    minor=(current.minor_at_creation or current.minor_now) if current else None)
d_place = current.lives_in if current else "US-TX"
d_other = current.other_in if current and current.other_in in codes else ""
d_where = [p for p in (current.platforms if current else ()) if p in platforms or p == "unknown"]
KINDS_OF_IMAGE = ["Fake or AI-made", "Real", "Not sure"]
d_kind = {True: 0, False: 1, None: 2}[current.synthetic] if current else 0

with st.expander("Your situation" + (" (from your conversation: check it)" if from_chat else ""),
                 expanded=current is None):
    with st.form(key("report", "form")):
        lives_in = st.selectbox("Where do you live?", codes, index=codes.index(d_place) if d_place in codes else 0,
                                format_func=lambda c: f"{base.name(c)} ({c})")
        other_in = st.selectbox("Where is the person who shared it? (if known)", [""] + codes,
                                index=([""] + codes).index(d_other),
                                format_func=lambda c: "I don't know" if not c else f"{base.name(c)} ({c})")
        where = st.multiselect("Where is the image?", list(platforms) + ["unknown"], default=d_where,
                               format_func=lambda p: platforms.get(p, "Another or unknown website"))
        kind = st.radio("Is the image real or fake?", KINDS_OF_IMAGE, index=d_kind, horizontal=True)
        shared = st.radio("Has it been shared?", ["Yes, it is online", "Not yet: someone is threatening to"],
                          index=0 if (current is None or current.shared) else 1, horizontal=True)
        minor = st.checkbox("The person in the image was under 18 when it was made",
                            value=bool(current and current.minor_at_creation))
        took = st.checkbox("I took the original photo myself", value=bool(current and current.victim_took_photo))
        sent = st.date_input("If you already sent a removal request: the date", value=None)
        submitted = st.form_submit_button("Show my plan", type="primary")

if submitted:
    st.session_state[SITUATION] = current = kb.Situation(
        lives_in=lives_in, other_in=other_in or None, platforms=tuple(where), minor_at_creation=minor,
        synthetic={"Fake or AI-made": True, "Real": False}.get(kind), shared=shared.startswith("Yes"),
        victim_took_photo=took, request_sent_on=sent.isoformat() if sent else None)
    st.session_state[key("report", "from_chat")] = False
situation = current
if situation:
    try:
        plan = base.plan(situation)
    except kb.RecourseError as exc:
        st.error(str(exc))
        st.stop()
    st.header("Your plan", anchor=False)
    st.markdown("\n".join(f"- {components._md_escape(line)}"
                          for line in plan_files.situation_lines(plan, base.name, platforms)))
    for note in plan.notices:
        st.info(note)
    components.plan_steps(plan, key("report", "step"))
    st.caption(plan.disclaimer)
    c1, c2, c3 = st.columns(3)
    c1.download_button("Download the plan (PDF)", plan_files.to_pdf_bytes(plan, base.name, platforms),
                       "plan.pdf", "application/pdf", key=key("report", "plan.pdf"), icon=":material/download:")
    c2.download_button("Download the plan (Markdown)", plan_files.to_markdown(plan, base.name, platforms),
                       "plan.md", "text/markdown", key=key("report", "plan.md"), icon=":material/download:")
    with c3:
        st.html('<button type="button" data-print class="print-button">Print this page</button>')

    st.header("Drafts you can send", anchor=False)
    kind_ = st.selectbox("Draft", plan.drafts, format_func=lambda k: KINDS[k], key=key("report", "draft"))
    targets = [p for p in situation.platforms if p in platforms]
    target = st.selectbox("Addressed to", targets + [""], index=0,
                          format_func=lambda p: platforms.get(p, "A website not in the list (type its name below)"),
                          key=key("report", "to"))
    values = {}
    for f in base.draft_request(kind_, situation, {}, target or None).fields:
        values[f.key] = st.text_area(f.label + (" *" if f.required else ""), value=f.value or "",
                                     key=key("report", f"field.{kind_}.{f.key}"), height=68)
    if not target and kind_ != "police-summary" and "organisation" not in values:
        values["organisation"] = st.text_input("Name of the website or platform",
                                               key=key("report", f"field.{kind_}.organisation"))
    try:
        d = base.draft_request(kind_, situation, values, target or None)
    except kb.RecourseError as exc:
        st.error(str(exc))
        st.stop()
    if d.missing:
        st.warning("Still missing: " + "; ".join(d.missing))
    else:
        st.success("This draft has every required part.")
    st.subheader("Preview", anchor=False)
    with st.container(border=True):
        st.markdown(d.body)
        components.source_list(d.citations)
    cols = st.columns(4)
    mime = {"md": "text/markdown", "txt": "text/plain", "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
    for col, fmt in zip(cols, ("md", "txt", "docx", "pdf")):
        col.download_button(f"Download draft .{fmt}", render(d, fmt), f"draft-{kind_}.{fmt}", mime[fmt],
                            key=key("report", f"dl.{fmt}"))

st.header("Evidence and request log", anchor=False)
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
