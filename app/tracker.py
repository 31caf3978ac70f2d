"""Tracker: every law in the corpus, filterable, on a map and a timeline, with the date each record was verified."""

import datetime as dt
import json

import altair as alt
import pandas as pd
import streamlit as st

import kb

from app.resources import get_kb, key
from app.geo import US_GRID, WORLD_POINTS

st.title("Statute tracker")
base = get_kb()
levels = {j.code: j.level.value for j in base.jurisdictions()}
rows = [{
    "jurisdiction": law.jurisdiction, "name": base.name(law.jurisdiction), "level": levels.get(law.jurisdiction),
    "citation": law.label, "title": law.title, "status": law.status.value, "topic": law.topic.value,
    "synthetic": {True: "yes", False: "no", None: "unknown"}[law.covers.synthetic],
    "criminal": bool(law.remedies.criminal), "civil": bool(law.remedies.civil),
    "takedown": bool(law.remedies.takedown),
    "enacted": int(law.enacted[:4]) if law.enacted else None, "effective": law.effective or "",
    "verified": law.verified.isoformat(), "stale": base.is_stale(law), "source": law.url,
} for law in base.laws()]
frame = pd.DataFrame(rows)

with st.expander("Filters", expanded=True):
    c1, c2, c3 = st.columns(3)
    places = c1.multiselect("Jurisdiction", sorted(frame["jurisdiction"].unique()), key=key("tracker", "codes"))
    level = c2.multiselect("Level", sorted(frame["level"].dropna().unique()), key=key("tracker", "level"))
    statuses = c3.multiselect("Status", sorted(frame["status"].unique()), key=key("tracker", "status"))
    c4, c5, c6 = st.columns(3)
    synthetic = c4.selectbox("Covers synthetic images", ["any", "yes", "no", "unknown"], key=key("tracker", "syn"))
    remedy = c5.selectbox("Remedy", ["any", "criminal", "civil", "takedown"], key=key("tracker", "remedy"))
    years = sorted(int(y) for y in frame["enacted"].dropna().unique())
    since = c6.selectbox("Enacted in or after", ["any"] + years, key=key("tracker", "year"))
shown = frame
if places:
    shown = shown[shown["jurisdiction"].isin(places)]
if level:
    shown = shown[shown["level"].isin(level)]
if statuses:
    shown = shown[shown["status"].isin(statuses)]
if synthetic != "any":
    shown = shown[shown["synthetic"] == synthetic]
if remedy != "any":
    shown = shown[shown[remedy]]
if since != "any":
    shown = shown[shown["enacted"].fillna(0) >= since]

m1, m2, m3, m4 = st.columns(4)
m1.metric("Laws shown", len(shown))
m2.metric("Jurisdictions", shown["jurisdiction"].nunique())
m3.metric("Cover synthetic images", int((shown["synthetic"] == "yes").sum()))
m4.metric("Not verified in 12 months", int(shown["stale"].sum()))
st.dataframe(shown.assign(stale=shown["stale"].map({True: "⚠ stale", False: ""})), hide_index=True,
             column_config={"source": st.column_config.LinkColumn("source")}, key=key("tracker", "table"))
d1, d2 = st.columns(2)
d1.download_button("Export CSV", shown.to_csv(index=False).encode(), "recourse-laws.csv", "text/csv",
                   key=key("tracker", "csv"))
d2.download_button("Export JSON", json.dumps(shown.to_dict(orient="records"), default=str, indent=2).encode(),
                   "recourse-laws.json", "application/json", key=key("tracker", "json"))

st.header("Coverage maps")
coverage = {r.code: r for r in base.coverage()}
status = lambda code: coverage[code].synthetic if code in coverage else "unknown"  # noqa: E731
palette = alt.Scale(domain=["yes", "no", "unknown"], range=["#2e7d32", "#c62828", "#9e9e9e"])
us = pd.DataFrame([{"code": f"US-{s}", "state": s, "x": x, "y": y, "synthetic": status(f"US-{s}")}
                   for s, (x, y) in US_GRID.items()])
tiles = alt.Chart(us).encode(x=alt.X("x:O", axis=None), y=alt.Y("y:O", axis=None))
st.altair_chart((tiles.mark_square(size=900).encode(color=alt.Color("synthetic:N", scale=palette,
                                                                    title="Covers synthetic images"),
                                                    tooltip=["code", "synthetic"])
                 + tiles.mark_text(color="white", fontWeight="bold").encode(text="state")).properties(
    title="US states: does state law cover AI-generated intimate images?", height=330), width="stretch")
world = pd.DataFrame([{"code": c, "name": base.name(c), "lon": lon, "lat": lat, "synthetic": status(c)}
                      for c, (lon, lat) in WORLD_POINTS.items()])
st.altair_chart(alt.Chart(world).mark_circle(size=260).encode(
    x=alt.X("lon:Q", scale=alt.Scale(domain=[-180, 180]), title="longitude"),
    y=alt.Y("lat:Q", scale=alt.Scale(domain=[-60, 75]), title="latitude"),
    color=alt.Color("synthetic:N", scale=palette, title="Covers synthetic images"),
    tooltip=["name", "code", "synthetic"]).properties(title="Countries and the EU", height=330), width="stretch")

st.header("Timeline")
by_year = frame.dropna(subset=["enacted"]).groupby("enacted").size().reset_index(name="laws")
st.altair_chart(alt.Chart(by_year).mark_bar().encode(x=alt.X("enacted:O", title="year enacted"),
                                                     y=alt.Y("laws:Q", title="laws")), width="stretch")

st.header("What changed since…")
when = st.date_input("Date", dt.date.today() - dt.timedelta(days=180), key=key("tracker", "since"))
changes = sorted(((c.date, law.label, law.jurisdiction, c.change) for law in base.laws() for c in law.history
                  if c.date >= when.isoformat()), reverse=True)
st.dataframe(pd.DataFrame(changes, columns=["date", "law", "jurisdiction", "change"]), hide_index=True,
             key=key("tracker", "changes"))

st.header("Add an official text for this session")
st.caption("Upload a statute as PDF, HTML or text and link it to a law: answers in this browser session can then "
           "quote it. It is kept in memory for this session only and never added to the shared index.")
docs = st.session_state.setdefault("session.documents", [])
upload = st.file_uploader("Statute text", type=["pdf", "html", "htm", "txt"], key=key("tracker", "upload"))
law_ids = [law.id for law in base.laws()]
target = st.selectbox("It is the text of", law_ids, format_func=lambda i: f"{base.law(i).label} ({i})",
                      key=key("tracker", "upload.law"))
if upload is not None and st.button("Add to this session", key=key("tracker", "upload.add")):
    from ingest.documents import session_passages  # the app's one use of ingest: parsing an upload in memory

    try:
        added = session_passages(upload.getvalue(), upload.name, base.law(target))
    except kb.RecourseError as exc:
        st.error(str(exc))
    else:
        docs.extend(added)
        st.success(f"Added {len(added)} section(s) of {upload.name} to this session.")
if docs:
    st.caption(f"{len(docs)} uploaded section(s) in this session.")
