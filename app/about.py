"""About: what Recourse is and is not, how the data is made, coverage and freshness, help services."""

import html

import pandas as pd
import streamlit as st

import kb
from app import components
from app.resources import get_kb

st.title("About Recourse")
base = get_kb()
st.markdown(
    "Recourse is an open-source knowledge base about the law on **sexual deepfakes and non-consensual intimate "
    "imagery**. It answers from a curated corpus in which every record carries its sources and the date it was "
    "last verified. It is **not legal advice** and not a law firm.")
st.info(kb.DISCLAIMER)
st.header("How the data is made")
st.markdown(
    "- Each law is a record with its citation, status, dates, what it covers, remedies and penalties, written in "
    "our own words, with at least one source link and a *verified* date.\n"
    "- Unknown facts are left empty with a note, never guessed. Official sources are preferred and marked.\n"
    "- Answers cite only these records, and only laws of the places a question is about (plus federal or EU law "
    "that applies there).\n"
    "- Records not verified in the last 12 months are flagged as possibly out of date.")
laws = base.laws()
official = sum(1 for law in laws if law.sources[0].official)
c1, c2, c3 = st.columns(3)
c1.metric("Laws", len(laws))
c2.metric("With an official first source", f"{official * 100 // max(1, len(laws))}%")
c3.metric("Oldest verification", min(law.verified for law in laws).isoformat())
st.header("Coverage")
rows = [{"code": r.code, "jurisdiction": r.name, "laws": r.laws, "in force or enacted": r.in_force,
         "covers synthetic": r.synthetic, "civil remedy": r.civil,
         "oldest verified": r.oldest_verified.isoformat() if r.oldest_verified else ""} for r in base.coverage()]
st.dataframe(pd.DataFrame(rows), hide_index=True)
st.header("Privacy")
st.markdown("Nothing you type is written to disk or to logs. Chat history and your evidence log live only in this "
            "browser tab. Usage statistics and telemetry are off. No model or data is downloaded while you use it.")
st.header("Where to get help")
items = []
for s in base.services():
    call = components.tel_href(s.phone) if s.phone else ""
    phone = (f' · <a href="{html.escape(call)}">Call {html.escape(s.phone)}</a>' if call
             else (f" · {html.escape(s.phone)}" if s.phone else ""))
    url = components.safe_link(s.url)
    name = f'<a href="{html.escape(url)}">{html.escape(s.name)}</a>' if url else html.escape(s.name)
    items.append(f"<li>{name}{phone}: {html.escape(s.description)}</li>")
st.html('<ul class="services">' + "".join(items) + "</ul>")
