"""Who is asking and what act the question is about (issue 11, third round), end to end on the real corpus.

Expectations are read from the records' fields (which law targets tools, which protects minors), so they hold as
the corpus is corrected."""

from __future__ import annotations

import pytest


def lead(kb, answer):
    return kb.catalog.law(answer.citations[0].law_id)


# --- the asker's age, not only the age of the person shown ----------------------------------------------------------

def test_an_adult_asking_about_images_of_a_minor_is_not_treated_as_a_teenager(real_kb):
    a = real_kb.ask("is it a crime to make fake nudes of a minor in tennessee if you never share them")
    assert a.frame.minor is True and a.frame.role == "maker"
    assert not any("not in trouble for asking" in s.body for s in a.sections)


@pytest.mark.parametrize("question", [
    "i'm 16 and i made a fake nude of a girl in my class, ohio. am i in trouble",
    "we made ai nudes of a girl in our grade as a joke. im 15. texas. what happens now",
])
def test_a_teenager_who_made_an_image_gets_the_teenager_route(real_kb, question):
    a = real_kb.ask(question)
    assert a.frame.role == "minor_self"
    assert a.sections[0].kind == "safety"


# --- laws aimed at tools ------------------------------------------------------------------------------------------

def test_a_law_against_tools_never_decides_whether_making_an_image_is_a_crime(real_kb):
    tools = [l for l in real_kb.catalog.laws if l.about_tools]
    assert tools, "the corpus records laws aimed at nudification tools"
    a = real_kb.ask("is it a crime to make fake nudes of a minor in tennessee if you never share them")
    assert a.verdict == "yes"
    assert not lead(real_kb, a).about_tools


@pytest.mark.parametrize("question,place", [
    ("I built a telegram bot that undresses photos, is that legal in England?", "GB-EAW"),
    ("is it legal to run a nudify app in minnesota", "US-MN"),
])
def test_building_or_running_a_nudify_tool_is_asked_about_the_tool(real_kb, question, place):
    a = real_kb.ask(question)
    assert "tool" in a.frame.acts
    assert place in a.frame.jurisdictions
    laws = [real_kb.catalog.law(c.law_id) for c in a.citations]
    tool_laws = [l for l in real_kb.catalog.laws_in(place) if l.about_tools]
    if tool_laws:  # the tool law of the place is cited, and a law not yet in force never makes it "yes"
        assert any(l.about_tools for l in laws)
    if not any(l.about_tools and l.status.value == "in_force" for l in tool_laws):
        assert a.verdict != "yes"


# --- what a school can or must do ---------------------------------------------------------------------------------

def test_a_school_question_is_answered_as_one_not_with_a_victims_plan(real_kb):
    a = real_kb.ask("Can a school discipline a student for making deepfakes of classmates in Illinois?")
    assert a.frame.ask == "school" and a.jurisdictions[0] == "US-IL"
    body = next(s.body for s in a.sections if s.kind == "short")
    assert "school rules" in body and a.verdict == "unclear"  # the corpus records no school rules: never a guess
    steps = next(s.body for s in a.sections if s.kind == "steps")
    assert "Support the student shown" in steps and "Save evidence" not in steps and "suing" not in steps


def test_school_staff_asking_about_a_minor_get_the_child_route_and_the_offence(real_kb):
    a = real_kb.ask("I'm a high school principal in Texas. A boy shared a fake nude of a 15 year old girl. "
                    "Do we have to report it to police?")
    assert a.frame.role == "advocate" and a.frame.ask == "school" and a.frame.minor
    assert a.sections[0].kind == "safety" and "under 18" in a.sections[0].body
    steps = next(s.body for s in a.sections if s.kind == "steps")
    cited = {real_kb.catalog.law(c.law_id) for c in a.citations}
    named = [l for l in cited if l.label in steps.split("Report the conduct", 1)[-1]]
    assert named and all(l.remedies.criminal and l.status.value == "in_force" for l in named)


@pytest.mark.parametrize("question", [
    "my son got suspended for making deepfakes of girls in his class, can the school do that? nj",
    "¿La escuela puede expulsar a mi hijo por hacer un deepfake de una compañera? Vivimos en Madrid",
])
def test_a_parent_of_the_student_who_did_it_gets_no_victim_steps(real_kb, question):
    a = real_kb.ask(question)
    assert a.frame.role == "parent" and a.frame.asker_did
    assert not any(s.kind == "steps" for s in a.sections)
