"""Every page, driven through Streamlit's AppTest from the real entrypoint over the real index."""

import pytest
from streamlit.testing.v1 import AppTest

import kb
from kb import config
from kb.config import PROJECT

ENTRY = str(PROJECT / "streamlit_app.py")


@pytest.fixture()
def app(real_kb, monkeypatch):
    monkeypatch.setenv("RECOURSE_HOME", str(real_kb.config.home))
    config.settings.cache_clear()
    monkeypatch.setattr(kb, "_default", None)
    at = AppTest.from_file(ENTRY, default_timeout=120)
    at.run()
    assert not at.exception
    yield at
    config.settings.cache_clear()


def texts(at):
    return " ".join(m.value for m in at.markdown) + " " + " ".join(e.label for e in at.expander)


@pytest.mark.parametrize("page", ["app/ask.py", "app/report.py", "app/compare.py", "app/tracker.py",
                                  "app/about.py"])
def test_every_page_renders_with_quick_exit_and_no_exception(app, page):
    app.switch_page(page).run()
    assert not app.exception
    assert any('id="quick-exit"' in m.value for m in app.markdown)


def test_a_virginia_question_shows_the_virginia_citation(app):
    app.chat_input[0].set_value("Is it a crime in Virginia to share a fake nude image of someone?").run()
    assert not app.exception
    assert "[1] Va. Code Ann. § 18.2-386.2 · US-VA" in [e.label for e in app.expander][0]
    assert "Virginia (US-VA)" in texts(app)


def test_user_text_is_shown_as_plain_text_not_markup(app):
    app.chat_input[0].set_value("<img src=x onerror=alert(1)> **bold** in Texas").run()
    assert "<img src=x onerror=alert(1)> **bold** in Texas" in [t.value for t in app.text]
    assert not any("<img" in m.value for m in app.markdown)


def test_compare_of_two_states_shows_both(app):
    app.switch_page("app/compare.py").run()
    frame = app.dataframe[0].value
    assert list(frame.columns) == ["Texas (US-TX)", "Virginia (US-VA)"]
    assert "Criminal offence" in frame.index


def test_gap_check_lists_a_states_missing_elements(app):
    app.switch_page("app/compare.py").run()
    app.selectbox(key="compare.gap").set_value("US-VA").run()
    labels = [e.label for e in app.expander]
    assert any(l.startswith("❌ missing") for l in labels) and any(l.startswith("✅ has it") for l in labels)
    assert any("Virginia lacks" in w.value for w in app.warning)


def test_tracker_filters_change_the_row_count(app):
    app.switch_page("app/tracker.py").run()
    everything = len(app.dataframe[0].value)
    app.multiselect(key="tracker.codes").set_value(["US-TX"]).run()
    only_texas = app.dataframe[0].value
    assert 0 < len(only_texas) < everything and set(only_texas["jurisdiction"]) == {"US-TX"}
    app.selectbox(key="tracker.syn").set_value("yes").run()
    assert len(app.dataframe[0].value) <= len(only_texas)


def test_report_form_builds_a_plan_and_a_checked_draft(app):
    app.switch_page("app/report.py").run()
    app.selectbox[0].set_value("US-TX")
    app.multiselect[0].set_value(["reddit"])
    app.button[0].click().run()
    assert not app.exception
    titles = [c.label for c in app.checkbox]
    assert any("Report it to Reddit" in t for t in titles) and any("TAKE IT DOWN" in t for t in titles)
    assert any("Still missing" in w.value for w in app.warning)
