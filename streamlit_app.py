"""The frame: page config, the one quick exit, navigation, and the first start while the index builds.

Tab titles are neutral ("Ask · Recourse"): nothing in a tab or history title names the topic."""

from pathlib import Path

import streamlit as st

# A neutral local icon: a Material icon here would make the browser fetch it from a font CDN.
ICON = str(Path(__file__).parent / "app" / "icon.png")
st.set_page_config(page_title="Recourse", page_icon=ICON, layout="wide",
                   initial_sidebar_state="auto")

import kb  # noqa: E402
from app import components  # noqa: E402
from app.resources import index_build, key  # noqa: E402

components.frame_chrome()  # first, so the exit is there during the first build too
build = index_build()


def ask_box() -> None:
    """The question box, with the build's progress above it; a question asked now is answered when ready."""
    @st.fragment(run_every=1.0)
    def progress() -> None:
        if build.error:
            st.error(f"Answers are not available yet: {build.error}. The helplines above work now.")
            return
        st.progress(build.fraction, text=f"Getting answers ready. {build.label}")
        if build.done:
            st.rerun(scope="app")

    progress()
    if st.session_state.get(key("ask", "pending")):
        st.info("Your question is kept in this tab and will be answered as soon as answers are ready.")
    # inside a container the box stays in the page flow (a pinned box makes Streamlit stick to the bottom)
    question = st.container().chat_input("Describe what happened and where you live", key=key("first", "question"))
    if question:
        st.session_state[key("ask", "pending")] = question
        st.rerun()


def first_start() -> None:
    """Help at once while the index builds: helplines, the question box, what anyone can do now."""
    st.title("Get help now")
    base = kb.default()
    components.help_now(base)
    ask_box()
    st.header("What you can do right now", anchor=False)

    def link(service_id: str, label: str) -> str:
        s = base.catalog.service(service_id)
        return f"[{label}]({s.url})" if s and components.safe_link(s.url) else label

    st.markdown(
        "Wherever you live:\n"
        "- **Keep evidence**: note the links, usernames and dates, and screenshot the page around the image. If "
        "the person in it was under 18, do not save or forward the image itself.\n"
        f"- **Block copies**: {link('stopncii', 'StopNCII.org')} (18 or over) and "
        f"{link('ncmec-take-it-down', 'Take It Down')} (images from under 18) make a fingerprint of the image on "
        "your own device so partner platforms can block it; the image is not uploaded.\n"
        "- **Report it** on the site where it is, with its own report form.")


if not build.done:
    first_start()
    st.stop()

TAB_TITLES = {"Make a plan": "Plan"}
# One flat list: grouped sections make Streamlit put headings as <div> children of the nav's <ul> (invalid list).
pages = [st.Page("app/ask.py", title="Ask", icon=":material/chat:", default=True),
         st.Page("app/report.py", title="Make a plan", icon=":material/checklist:", url_path="plan"),
         st.Page("app/compare.py", title="Compare", icon=":material/compare_arrows:"),
         st.Page("app/tracker.py", title="Tracker", icon=":material/table_view:"),
         st.Page("app/about.py", title="About", icon=":material/info:")]
nav = st.navigation(pages)
st.set_page_config(page_title=f"{TAB_TITLES.get(nav.title, nav.title)} · Recourse", page_icon=ICON)
with st.sidebar:
    st.caption(kb.DISCLAIMER)
nav.run()
