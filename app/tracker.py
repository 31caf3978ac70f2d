"""Tracker: questions across places, answered by the one engine (kb.tracker) the chat and the CLI use.

Every filter applies to everything on the page: the counts, the lists, both maps, the timeline and the changes.
Each chart has a data table beside it (stacked under it on a phone), and the palette is colour-blind safe.
"""

import datetime as dt
import json

import altair as alt
import pandas as pd
import streamlit as st

import kb
from app.geo import ORDER, PALETTE, US_GRID, world_codes, world_svg
from app.resources import get_kb, key
from kb import tracker as engine
from kb.tracker import describe

st.title("Statute tracker")
st.caption("Counts and lists come from the corpus's recorded fields (status, what a law covers, remedies, dates), "
           "never from a search. Each place is **yes**, **no**, **not recorded** (the corpus has the law but not "
           "the fact the rule needs) or **not in corpus**.")
base = get_kb()
catalog = base.catalog
registry = catalog.registry
today = dt.date.today()

SCOPES = {"Every jurisdiction": "all", "US states": "states", "Countries": "countries",
          "States, provinces and UK nations": "subdivisions"}
STATUSES = {"in force": "in_force", "enacted, not yet in force": "enacted", "bills still alive": "bill",
            "failed or vetoed": "dead", "outcome not confirmed": "unknown", "repealed": "repealed"}
REMEDIES = {"criminal": "criminal", "victim can sue": "civil", "platform takedown duty": "takedown",
            "court-ordered removal": "injunction"}
COVERS = {"protects adults": "adults", "minors": "minors", "threats to share": "threats",
          "creating the image": "creation", "possessing the image": "possession", "real images": "authentic"}
DATE_FIELDS = {"year enacted": "enacted", "year in force": "effective", "year AI coverage began": "synthetic_since"}

question = st.text_input("Ask across places (optional)", placeholder="e.g. which states still give deepfake "
                         "victims no way to sue?", key=key("tracker", "question"))
parsed = engine.parse(question, registry) if question.strip() else None
if question.strip() and parsed is None:
    st.info("That reads as a question about one situation; ask it on the Ask page, or use the filters below.")

with st.expander("Filters", expanded=parsed is None):
    c1, c2, c3 = st.columns(3)
    scope_label = c1.selectbox("Places", list(SCOPES), key=key("tracker", "scope"))
    places = c2.multiselect("Only these jurisdictions", sorted(registry.by_code), key=key("tracker", "codes"),
                            format_func=lambda c: f"{registry.name(c)} ({c})")
    statuses = c3.multiselect("Status", list(STATUSES), default=["in force"], key=key("tracker", "status"))
    c4, c5, c6 = st.columns(3)
    synthetic = c4.selectbox("Covers AI-made or altered images", ["any", "yes", "no"], key=key("tracker", "syn"))
    remedies = c5.multiselect("Remedy", list(REMEDIES), key=key("tracker", "remedy"))
    covers = c6.multiselect("Also covers", list(COVERS), key=key("tracker", "covers"))
    c7, c8, c9 = st.columns(3)
    want = c7.radio("List the places that", ["have it", "lack it", "all"], horizontal=True,
                    key=key("tracker", "want"))
    date_label = c8.selectbox("Date filter", list(DATE_FIELDS), key=key("tracker", "datefield"))
    years = list(range(1990, today.year + 3))
    year_from, year_to = c9.select_slider("Years", options=years, value=(years[0], years[-1]),
                                          key=key("tracker", "years"))

if parsed is not None:
    query = parsed
    st.success(f"Understood as: {describe(query, registry)}")
else:
    status = tuple(dict.fromkeys(s for label in statuses for s in engine.STATUS_GROUPS[STATUSES[label]])) or \
        engine.STATUS_GROUPS["any"]
    cov = {COVERS[c]: True for c in covers}
    if synthetic != "any":
        cov["synthetic"] = synthetic == "yes"
    dated = (year_from, year_to) != (years[0], years[-1])
    query = engine.Query(scope=SCOPES[scope_label], codes=tuple(places), status=status,
                         covers=tuple(sorted(cov.items())),
                         remedies=tuple(sorted((REMEDIES[r], True) for r in remedies)),
                         date_field=DATE_FIELDS[date_label], date_from=str(year_from) if dated else None,
                         date_to=str(year_to) if dated else None,
                         want={"have it": "yes", "lack it": "no", "all": "all"}[want], since=True)
result = base.tracker(query)

m1, m2, m3, m4, m5 = st.columns(5)
m1.metric("Places: yes", result.counts["yes"])
m2.metric("No", result.counts["no"])
m3.metric("Not recorded", result.counts["not recorded"])
m4.metric("Not in corpus", result.counts["not in corpus"])
m5.metric("Laws shown", len(result.laws))
st.markdown(f"**Rule:** {result.rule}. *Corpus as verified up to {result.corpus_date}.*")
for note in result.notes:
    st.caption(note)
for p in result.also:
    st.caption(f"{p.name} (not counted): {p.value}. {p.basis}")

# --- the list -------------------------------------------------------------------------------------------------
levels = {c: j.level.value for c, j in registry.by_code.items()}
laws = pd.DataFrame([{
    "jurisdiction": r.jurisdiction, "name": r.name, "level": levels.get(r.jurisdiction), "citation": r.citation,
    "title": r.title, "status": r.status_label, "matches": r.value, "enacted": r.enacted or "",
    "in force from": (r.effective or "") + (" (scheduled)" if r.scheduled else ""),
    "AI coverage since": r.synthetic_since or "not recorded", "verified": r.verified, "link": r.url,
    "official text": {True: "yes", False: "link not opened", None: "no"}[r.official],
    "report an error": kb.report_link(r.law_id, "record"),  # names only the record, nothing typed here
} for r in result.laws], columns=["jurisdiction", "name", "level", "citation", "title", "status", "matches",
                                  "enacted", "in force from", "AI coverage since", "verified", "link",
                                  "official text", "report an error"])
st.header("Laws that meet the rule", anchor=False)
st.dataframe(laws, hide_index=True, column_config={
    "link": st.column_config.LinkColumn("link"),
    "report an error": st.column_config.LinkColumn("report an error", display_text="report")},
    key=key("tracker", "table"))
place_rows = pd.DataFrame([{
    "code": p.code, "place": p.name, "value": p.value, "since": p.since or "",
    "since note": ("scheduled" if p.scheduled else "") + (f" {p.since_note}" if p.since_note else ""),
    "laws": ", ".join(p.law_ids), "basis": p.basis} for p in result.listed or result.places],
    columns=["code", "place", "value", "since", "since note", "laws", "basis"])
st.header("Places", anchor=False)
st.dataframe(place_rows, hide_index=True, key=key("tracker", "places"))
export = laws.assign(rule=result.rule, corpus_date=result.corpus_date)
d1, d2, d3 = st.columns(3)
d1.download_button("Export CSV", export.to_csv(index=False).encode(), "recourse-laws.csv", "text/csv",
                   key=key("tracker", "csv"))
d2.download_button("Export places CSV", pd.DataFrame([{**p.model_dump(mode="json"), "rule": result.rule,
                                                       "corpus_date": result.corpus_date}
                                                      for p in result.places + result.also]).to_csv(index=False)
                   .encode(), "recourse-places.csv", "text/csv", key=key("tracker", "places.csv"))
d3.download_button("Export JSON", json.dumps(result.model_dump(mode="json"), indent=2).encode(),
                   "recourse-tracker.json", "application/json", key=key("tracker", "json"))

# --- maps -----------------------------------------------------------------------------------------------------
st.header("Maps", anchor=False)
values = {p.code: p.value for p in result.places + result.also}
us_query = query if any(c.startswith("US-") for c in values) else query.model_copy(
    update={"scope": "states", "codes": (), "within": None})
us_values = values if us_query is query else {p.code: p.value for p in (lambda r: r.places + r.also)(
    base.tracker(us_query))}
scale = alt.Scale(domain=ORDER, range=[PALETTE[v][0] for v in ORDER])
us = pd.DataFrame([{"code": f"US-{s}", "state": s, "name": registry.name(f"US-{s}"), "x": x, "y": y,
                    "value": us_values.get(f"US-{s}", "not selected"),
                    "ink": PALETTE[us_values.get(f"US-{s}", "not selected")][1]} for s, (x, y) in US_GRID.items()])
tiles = alt.Chart(us).encode(x=alt.X("x:O", axis=None), y=alt.Y("y:O", axis=None))
legend = alt.Legend(title=None, orient="bottom", columns=3)
chart = (tiles.mark_rect(stroke="#555555", strokeWidth=0.5, cornerRadius=2).encode(
    color=alt.Color("value:N", scale=scale, legend=legend), tooltip=["name", "code", "value"])
    + tiles.mark_text(fontWeight="bold", fontSize=10).encode(
        text="state", color=alt.Color("ink:N", scale=None, legend=None))).properties(
    title=alt.TitleParams("US states and DC", subtitle=describe(us_query, registry)), height=360)
u1, u2 = st.columns([3, 2])
u1.altair_chart(chart, width="stretch")
u2.dataframe(us[["state", "name", "value"]].sort_values(["value", "name"]), hide_index=True, height=360,
             key=key("tracker", "us.table"))

world_query = query if query.scope == "countries" and not query.codes else query.model_copy(
    update={"scope": "countries", "codes": (), "within": None})
world = base.tracker(world_query) if world_query is not query else result
drawn = world_codes()
world_values = {p.code: p.value for p in world.places if p.code in drawn}
w1, w2 = st.columns([3, 2])
with w1:
    st.markdown("**Countries** (national law or the law of any part of the country)")
    st.markdown(world_svg(world_values, {c: registry.name(c) for c in world_values}, f"Countries: {world.rule}"),
                unsafe_allow_html=True)  # markup built here from corpus codes and names only, escaped
    st.caption("Country outlines: pygal_maps_world (shipped with the package, read offline). Light grey: not in "
               "the corpus's list of countries. "
               + "; ".join(f"{p.name}: {p.value} (not drawn)" for p in world.also))
w2.dataframe(pd.DataFrame([{"code": p.code, "country": p.name, "value": p.value, "where": ", ".join(p.where)}
                           for p in world.places + world.also]), hide_index=True, height=360,
             key=key("tracker", "world.table"))

# --- timeline -------------------------------------------------------------------------------------------------
st.header("Timeline: when each behaviour became covered", anchor=False)
st.caption("Places counted in the year their first matching law began to cover it. Years after today are "
           "scheduled, not past; 'estimated' counts use the date a law took effect because the corpus does not "
           "record when its AI coverage began.")
behaviours = {
    "as filtered": query,
    "criminal, AI-made images": query.model_copy(update={"covers": (("synthetic", True),),
                                                         "remedies": (("criminal", True),)}),
    "victim can sue, AI-made images": query.model_copy(update={"covers": (("synthetic", True),),
                                                               "remedies": (("civil", True),)}),
    "threats to share": query.model_copy(update={"covers": (("threats", True),), "remedies": ()}),
    "platform takedown duty": query.model_copy(update={"covers": (), "remedies": (("takedown", True),)}),
}
timeline = []
for label, q in behaviours.items():
    r = result if q is query else base.tracker(q.model_copy(update={"since": True}))
    for row in engine.timeline(r):
        timeline.append({"behaviour": label, "year": row["year"], "places": row["places"],
                         "estimated": row["estimated"], "when": "scheduled" if row["scheduled"] else "past"})
tl = pd.DataFrame(timeline, columns=["behaviour", "year", "places", "estimated", "when"])
t1, t2 = st.columns([3, 2])
if tl.empty:
    t1.info("No place meets the rule, so there is nothing to draw.")
else:
    behaviour_scale = alt.Scale(domain=list(behaviours), range=["#000000", "#0072B2", "#009E73", "#CC79A7",
                                                                 "#D55E00"])
    t1.altair_chart(alt.Chart(tl).mark_bar().encode(
        x=alt.X("year:O", title="year"), xOffset="behaviour:N", y=alt.Y("places:Q", title="places"),
        color=alt.Color("behaviour:N", scale=behaviour_scale, legend=alt.Legend(orient="bottom", columns=2,
                                                                                 title=None)),
        opacity=alt.Opacity("when:N", scale=alt.Scale(domain=["past", "scheduled"], range=[1.0, 0.35]),
                            legend=alt.Legend(title="when", orient="bottom")),
        tooltip=["behaviour", "year", "places", "estimated", "when"]).properties(height=300), width="stretch")
t2.dataframe(tl, hide_index=True, height=300, key=key("tracker", "timeline.table"))

# --- what changed -----------------------------------------------------------------------------------------------
st.header("What changed since…", anchor=False)
when = st.date_input("Date", today - dt.timedelta(days=180), key=key("tracker", "since"))
changes = pd.DataFrame(engine.changes(catalog, result, when.isoformat()),
                       columns=["date", "when", "law_id", "citation", "jurisdiction", "change"])
st.caption("Only the laws that meet the rule above. Dates after today are scheduled, listed first.")
st.dataframe(changes, hide_index=True, key=key("tracker", "changes"))

st.header("Add an official text for this session", anchor=False)
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
