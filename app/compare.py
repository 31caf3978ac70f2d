"""Compare: 2 to 6 jurisdictions side by side, differences highlighted, exports, and a model-law gap check."""

import pandas as pd
import streamlit as st

import kb
from app.resources import get_kb, key
from kb.compare import to_csv, to_markdown
from app.components import _md_escape as _esc

st.title("Compare jurisdictions")
base = get_kb()
codes = [j.code for j in base.jurisdictions()]
picked = st.multiselect("Jurisdictions (2 to 6)", codes, default=["US-TX", "US-VA"], max_selections=6,
                        format_func=lambda c: f"{base.name(c)} ({c})", key=key("compare", "codes"))
if len(picked) < 2:
    st.info("Pick at least two jurisdictions.")
else:
    try:
        c = base.compare(picked)
    except kb.RecourseError as exc:
        st.error(str(exc))
        st.stop()
    differs = {k: c.differs(k) for k, _, _ in c.rows}
    st.caption("One card per place (side by side on wide screens). Rows marked \"differs\" are where the places "
               "differ. 'unknown' means the corpus does not say, not that the law is silent.")
    per_row = 3
    for start_ in range(0, len(c.codes), per_row):
        cols = st.columns(per_row)
        for col, i in zip(cols, range(start_, min(start_ + per_row, len(c.codes)))):
            with col.container(border=True):
                st.subheader(f"{c.names[i]} ({c.codes[i]})", anchor=False)
                st.markdown("\n".join(
                    f"- **{_esc(label)}:** {_esc(cells[i].value)}" + (" *(differs)*" if differs[k] else "")
                    for k, label, cells in c.rows))
    with st.expander("All places in one table"):
        frame = pd.DataFrame({f"{n} ({code})": [cells[i].value for _, _, cells in c.rows]
                              for i, (n, code) in enumerate(zip(c.names, c.codes))},
                             index=[label for _, label, _ in c.rows])
        frame.insert(0, "differs", ["differs" if differs[k] else "" for k, _, _ in c.rows])
        st.table(frame)
    col1, col2 = st.columns(2)
    col1.download_button("Download CSV", to_csv(c), "comparison.csv", "text/csv",
                         key=key("compare", "csv"), icon=":material/download:")
    col2.download_button("Download Markdown", to_markdown(c), "comparison.md", "text/markdown",
                         key=key("compare", "md"), icon=":material/download:")

st.header("Gap check against model laws", anchor=False)
target = st.selectbox("Jurisdiction", codes, index=codes.index("US-TX") if "US-TX" in codes else 0,
                      format_func=lambda c: f"{base.name(c)} ({c})", key=key("compare", "gap"))
rows = base.gaps(target)
if not rows:
    st.info("The corpus has no model-law checklist yet.")
for g in rows:
    mark = {"yes": "✅ has it", "no": "❌ missing", "unknown": "❔ not shown in the corpus"}[g.value]
    with st.expander(f"{mark}: {g.item.label}"):
        st.write(g.item.why)
        if g.law_ids:
            st.caption("Shown by: " + ", ".join(g.law_ids))
        for s in g.item.sources:
            st.markdown(f"- Source: [{s.publisher}]({s.url})")
missing = [g.item.label for g in rows if g.value == "no"]
if missing:
    st.warning(f"{base.name(target)} lacks: " + "; ".join(missing))
