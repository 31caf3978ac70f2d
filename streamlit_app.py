"""The frame: page config, navigation, the shared sidebar (quick exit, not-legal-advice, helplines)."""

import streamlit as st

st.set_page_config(page_title="Recourse: deepfake and intimate-image abuse law", page_icon="⚖", layout="wide")

import kb  # noqa: E402
from app.resources import get_kb  # noqa: E402


def ensure_index() -> None:
    """First run on a fresh machine builds the index (a minute on a laptop); later runs start at once."""
    base = kb.default()
    if not base.store.is_built():
        from ingest.pipeline import run

        with st.spinner("Building the law index for the first time…"):
            run(base.config.corpus, base.config, progress=False)


ensure_index()
base = get_kb()

pages = {
    "Get help": [st.Page("app/ask.py", title="Ask", icon="💬", default=True)],
    "Research": [st.Page("app/tracker.py", title="Tracker", icon="🗂")],
}
nav = st.navigation(pages)
with st.sidebar:
    st.link_button("Leave this site quickly", "https://www.google.com/search?q=weather", type="primary")
    st.caption(kb.DISCLAIMER)
    st.markdown("**Help now**")
    for service in base.services():
        st.markdown(f"- [{service.name}]({service.url})" + (f" · {service.phone}" if service.phone else ""))
nav.run()
