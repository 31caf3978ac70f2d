"""Tracker: every law in the corpus, filterable, with the date each record was last verified."""

import pandas as pd
import streamlit as st

from app import components
from app.resources import get_kb, key

st.title("Statute tracker")
base = get_kb()
registry = base.catalog.registry
rows = [{
    "jurisdiction": law.jurisdiction,
    "name": registry.name(law.jurisdiction),
    "citation": law.label,
    "title": law.title,
    "status": law.status.value,
    "topic": law.topic.value,
    "synthetic": {True: "yes", False: "no", None: "unknown"}[law.covers.synthetic],
    "criminal": bool(law.remedies.criminal),
    "civil": bool(law.remedies.civil),
    "effective": law.effective or "",
    "verified": law.verified.isoformat(),
    "stale": components.stale(law),
    "source": law.url,
} for law in base.laws()]
frame = pd.DataFrame(rows)

c1, c2, c3 = st.columns(3)
places = c1.multiselect("Jurisdiction", sorted(frame["jurisdiction"].unique()), key=key("tracker", "codes"))
statuses = c2.multiselect("Status", sorted(frame["status"].unique()), key=key("tracker", "status"))
synthetic = c3.selectbox("Covers synthetic images", ["any", "yes", "no", "unknown"], key=key("tracker", "synth"))
shown = frame
if places:
    shown = shown[shown["jurisdiction"].isin(places)]
if statuses:
    shown = shown[shown["status"].isin(statuses)]
if synthetic != "any":
    shown = shown[shown["synthetic"] == synthetic]
st.metric("Laws shown", len(shown))
st.dataframe(shown, hide_index=True, column_config={"source": st.column_config.LinkColumn("source")})
