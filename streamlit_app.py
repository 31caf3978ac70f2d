"""The frame: page config, navigation, the shared sidebar (quick exit, not-legal-advice, help now)."""

import streamlit as st

st.set_page_config(page_title="Recourse: deepfake and intimate-image abuse law", page_icon=":material/compare_arrows:",
                   layout="wide", initial_sidebar_state="auto")

import kb  # noqa: E402
from app import components  # noqa: E402
from app.resources import get_kb  # noqa: E402


def ensure_index() -> None:
    """First run on a fresh machine builds the index (about a minute); later runs start at once."""
    base = kb.default()
    if not base.store.is_built():
        from ingest.pipeline import run

        with st.spinner("Building the law index for the first time…"):
            run(base.config.corpus, base.config, progress=False)


ensure_index()
base = get_kb()
pages = {
    "Get help": [st.Page("app/ask.py", title="Ask", icon=":material/chat:", default=True),
                 st.Page("app/report.py", title="Make a plan", icon=":material/checklist:")],
    "Research": [st.Page("app/compare.py", title="Compare", icon=":material/compare_arrows:"),
                 st.Page("app/tracker.py", title="Tracker", icon=":material/table_view:")],
    "About": [st.Page("app/about.py", title="About", icon=":material/info:")],
}
nav = st.navigation(pages)
components.quick_exit()
with st.sidebar:
    components.quick_exit()
    st.caption(kb.DISCLAIMER)
    st.markdown("**Help now**")
    for service in base.services(kinds=("hash_blocking", "helpline", "hotline")):
        st.markdown(f"- [{service.name}]({service.url})" + (f" · {service.phone}" if service.phone else ""))
nav.run()
