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


@pytest.mark.parametrize("phone, href", [("844-878-2274 (844-878-CCRI)", "tel:8448782274"),
                                         ("1-800-CALL-FBI (1-800-225-5324)", "tel:18002255324"),
                                         ("800-799-SAFE (7233)", "tel:8007997233"), ("0508 NETSAFE", "tel:05086387233"),
                                         ("9-8-8", "tel:988"), ("116 123", "tel:116123"), ("none listed", "")])
def test_phone_numbers_become_tap_to_call_links(phone, href):
    from app.components import tel_href

    assert tel_href(phone) == href


def test_every_helpline_with_a_phone_gets_a_tap_to_call_link(real_kb):
    from app.components import tel_href

    assert all(tel_href(s.phone) for s in real_kb.services([j.code for j in real_kb.jurisdictions()]) if s.phone)


def button(at, label):
    return next(b for b in at.button if b.label == label)


@pytest.mark.parametrize("page", ["app/ask.py", "app/report.py", "app/compare.py", "app/tracker.py",
                                  "app/about.py"])
def test_every_page_renders_with_one_quick_exit_and_no_exception(app, page):
    app.switch_page(page).run()
    assert not app.exception
    assert sum('id="quick-exit"' in m.value for m in app.markdown) == 1


def test_the_quick_exit_clears_the_session(app):
    app.chat_input[0].set_value("Is it a crime in Virginia to share a fake nude image of someone?").run()
    assert app.session_state["ask.history"]
    app.button(key="quick_exit_clear").click().run()
    assert not app.session_state["ask.history"] and "ask.frame" not in app.session_state


def test_a_virginia_question_shows_the_virginia_citation_folded_under_the_law(app):
    app.chat_input[0].set_value("Is it a crime in Virginia to share a fake nude image of someone?").run()
    assert not app.exception
    labels = [e.label for e in app.expander]
    assert any(l.startswith("The law and its sources") for l in labels)
    assert any(l.startswith("[1] Va. Code Ann. § 18.2-386.2 · US-VA") for l in labels)
    assert "Virginia (US-VA)" in texts(app)


def test_helplines_for_the_place_are_tap_to_call(app):
    app.chat_input[0].set_value("someone shared a fake nude of me, I live in Texas").run()
    strip = next(h.proto.body for h in app.get("html") if "help-now" in h.proto.body)
    assert 'href="tel:8448782274"' in strip and "Call 844-878-2274" in strip


def test_a_suggested_follow_up_is_posted_as_the_suggestion_not_as_typed_text(app):
    app.chat_input[0].set_value("Someone posted a fake nude of me, I live in Ohio").run()
    button(app, "Can I sue?").click().run()
    assert not app.exception
    history = app.session_state["ask.history"]
    assert len(history) == 2 and history[1]["how"] == "suggested"
    assert history[1]["q"].startswith("Can I sue the person who did this?")
    assert "You chose a suggested question:" in [c.value for c in app.caption]


def test_a_clarifying_question_offers_quick_replies_that_carry_the_conversation(app):
    app.chat_input[0].set_value("someone posted a fake nude of me, I live in Springfield").run()
    first = app.session_state["ask.history"][0]["a"]
    if getattr(first, "kind", None) != "clarify" or not first.clarify.choices:
        pytest.skip("this corpus answers without asking which Springfield")
    choice = next(c for c in first.clarify.choices if c.startswith("Illinois"))
    button(app, choice).click().run()
    assert not app.exception
    second = app.session_state["ask.history"][1]
    assert second["how"] == "choice" and "US-IL" in second["a"].jurisdictions
    assert "You chose:" in [c.value for c in app.caption]


def test_what_can_i_do_now_opens_the_plan_for_the_place_of_the_chat(app):
    app.chat_input[0].set_value("Someone posted a fake nude of me on Reddit, I live in Texas").run()
    button(app, "What can I do now?").click().run()
    assert not app.exception
    situation = app.session_state["report.situation"]
    assert situation.lives_in == "US-TX"
    if hasattr(kb, "situation_from"):  # the frame carries the platform and the image kind
        assert "reddit" in situation.platforms and situation.synthetic is True
    titles = [c.label for c in app.checkbox]
    assert any("TAKE IT DOWN" in t for t in titles)


def test_user_text_is_shown_as_plain_text_not_markup(app):
    app.chat_input[0].set_value("<img src=x onerror=alert(1)> **bold** in Texas").run()
    assert "<img src=x onerror=alert(1)> **bold** in Texas" in [t.value for t in app.text]
    assert not any("<img" in m.value for m in app.markdown)


def test_compare_of_two_states_shows_both(app):
    app.switch_page("app/compare.py").run()
    frame = app.table[0].value
    assert list(frame.columns) == ["differs", "Texas (US-TX)", "Virginia (US-VA)"]
    assert "Criminal offence" in frame.index
    cards = [h.value for h in app.subheader]
    assert "Texas (US-TX)" in cards and "Virginia (US-VA)" in cards


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
    button(app, "Show my plan").click().run()
    assert not app.exception
    titles = [c.label for c in app.checkbox]
    assert any("Report it to Reddit" in t for t in titles) and any("TAKE IT DOWN" in t for t in titles)
    assert any("Still missing" in w.value for w in app.warning)
    assert "To:** Reddit" in texts(app)  # the draft is addressed to the platform of the situation
    labels = [e.label for e in app.expander]
    assert len(labels) == len(set(labels))  # no repeated "Why and how"
