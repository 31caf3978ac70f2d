"""Which law and which kind of answer (issue 11, fourth round), end to end on the real corpus: named texts and laws
not yet in force, neutral askers, questions back with choices, either-or questions, platform duties and more yes/no
forms. Expectations are read from the records' fields, so they hold as the corpus is corrected."""

from __future__ import annotations

import pytest


# --- named laws, laws not yet in force, neutral askers ---------------------------------------------------------------

def test_a_popular_name_names_the_law_in_force_not_a_bill_that_would_amend_it(real_kb):
    a = real_kb.ask("does ireland's coco's law cover AI generated nudes or only real photos")
    named = [real_kb.catalog.law(i) for i in a.frame.laws]
    assert any(l.status.value == "in_force" for l in named)
    assert a.verdict in ("yes", "unclear")  # the law in force answers, not the bill's "not law"


def test_an_act_named_without_its_article_is_named(real_kb):
    laws = [l for l in real_kb.catalog.laws if l.title.startswith("The ") and l.title.split(" - ")[0].endswith("Act")]
    assert laws, "the corpus records an Act whose title starts with 'The'"
    law = laws[0]
    name = law.title.split(" - ")[0][4:]
    assert law.id in real_kb.ask(f"is the {name} law yet?").frame.laws
    assert law.id in real_kb.ask(f"is {name} law yet?").frame.laws


def test_asked_about_today_a_civil_claim_not_yet_in_force_is_no(real_kb):
    a = real_kb.ask("utah's new AI intimate image law - can victims sue AI generation services under it today?")
    cited = [real_kb.catalog.law(c.law_id) for c in a.citations]
    if not any(l.remedies.civil and l.status.value == "in_force" for l in cited if l.jurisdiction == "US-UT"):
        assert a.verdict == "no"


@pytest.mark.parametrize("question", [
    "is it a crime in hawaii to post fake nudes of someone",
    "Is it a crime in Connecticut to share an AI-generated nude image of someone without their consent?",
])
def test_a_neutral_question_about_what_is_forbidden_is_not_read_as_a_confession(real_kb, question):
    a = real_kb.ask(question)
    assert a.frame.role == "unknown"
    steps = [s for s in a.sections if s.kind == "steps"]
    assert not steps or steps[0].title == "If this happened to you"


def test_asking_whether_it_is_allowed_to_post_them_is_a_would_be_maker(real_kb):
    assert real_kb.ask("is it legal to post fake nudes of someone in hawaii").frame.role == "maker"


def test_a_question_with_an_excuse_in_it_is_about_the_askers_own_conduct(real_kb):
    a = real_kb.ask("is it illegal to post deepfake porn of an adult film star who already does porn? minneapolis")
    assert a.frame.role == "maker"


# --- questions back offer the likely places ---------------------------------------------------------------------------

@pytest.mark.parametrize("question,expected", [
    ("someone posted my nudes what do i do", "United States"),
    ("alguien publico mis fotos intimas que hago", "México"),
    ("quelqu'un a publie mes photos intimes, je fais quoi", "France"),
])
def test_where_do_you_live_offers_places_in_the_persons_language(real_kb, question, expected):
    a = real_kb.ask(question)
    assert a.kind == "clarify" and expected in a.clarify.choices
    reply = real_kb.ask(expected, context=a.frame)  # a tapped choice is understood as the place
    assert reply.frame.jurisdictions


def test_what_do_i_do_is_not_making_an_image(real_kb):
    assert "made" not in real_kb.ask("alguien publico mis fotos intimas que hago").frame.acts


# --- either-or questions and "since when" ----------------------------------------------------------------------------

def test_civil_or_criminal_is_answered_with_the_named_laws_kind(real_kb):
    a = real_kb.ask("is NY civil rights law 52-c a civil or criminal provision?")
    law = real_kb.catalog.law(a.citations[0].law_id)
    assert law.citation.endswith("52-c") and a.verdict is None
    assert ("civil provision" in a.answer) == bool(law.remedies.civil and not law.remedies.criminal)


def test_creation_or_just_distribution_is_answered_from_the_lead_laws_creation_flag(real_kb):
    a = real_kb.ask("does pennsylvania's law cover creation or just distribution of deepfakes?")
    law = real_kb.catalog.law(a.citations[0].law_id)
    assert a.verdict is None
    assert ("reaches making" in a.answer) == bool(law.covers.creation)


def test_what_year_did_a_law_start_covering_fakes_gives_the_date(real_kb):
    a = real_kb.ask("the virginia law that added 'falsely created' images to its revenge porn crime - what year did "
                    "that start applying?")
    assert a.frame.ask == "status" and a.frame.image == "fake"
    lead = real_kb.catalog.law(next(c.law_id for c in a.citations if f"[{c.n}]" in a.sections[1].body))
    if lead.synthetic_since:
        assert str(lead.synthetic_since)[:4] in a.answer


@pytest.mark.parametrize("question,places", [
    ("moro em sp e meu ex postou minhas fotos", ("BR",)),
    ("vivo en la ciudad y mi ex publico mis fotos", ()),
    ("im an english teacher in tokyo and a student made a deepfake of me", ("JP",)),
    ("i am english and live in leeds", ("GB-EAW",)),
])
def test_state_codes_in_their_own_language_and_nationality_words_used_as_adjectives(real_kb, question, places):
    assert real_kb.ask(question).frame.jurisdictions == places


@pytest.mark.parametrize("question,polarity", [
    ("me pueden acusar si comparti la foto de mi ex? madrid", "prohibited"),
    ("il a le droit de publier ca? paris", "permitted"),
    ("est-elle sanctionnee en france, la simple creation d'un deepfake?", "prohibited"),
    ("Does the UK Online Safety Act make platforms take down deepfake porn?", "prohibited"),
])
def test_yes_no_questions_in_more_words_get_their_polarity(real_kb, question, polarity):
    a = real_kb.ask(question)
    assert a.frame.polarity == polarity and a.verdict in ("yes", "no", "unclear")


def test_a_question_about_a_platforms_duty_is_answered_with_the_duty(real_kb):
    a = real_kb.ask("Does the UK Online Safety Act make platforms take down deepfake porn?")
    assert a.frame.subject == "platform"
    assert real_kb.catalog.law(a.citations[0].law_id).remedies.takedown


def test_when_the_question_is_about_making_the_answer_is_about_making(real_kb):
    a = real_kb.ask("is creating it a crime in texas even though he also shared it")
    assert a.frame.acts and "made" in a.frame.acts
    assert "sharing" not in a.answer.split("\n\n")[1].split(".")[0].lower() or a.verdict != "yes"


def test_all_fourteen_or_fifteen_makes_them_minors(real_kb):
    assert real_kb.ask("the kids involved are all 14 or 15, what should the school do, ohio").frame.minor is True


@pytest.mark.parametrize("question,ask", [
    ("en mars 2026 a quebec un gars a partagé un deepfake nu de moi. est-ce que c'etait criminel a ce moment la?",
     "legal"),
    ("does kentucky have a civil cause of action for sexual deepfakes?", "sue"),
    ("Ohio: if a fabricated nude was posted in March 2025, could the poster be charged under 2917.211?", "legal"),
    ("Does New Zealand's Harmful Digital Communications Act s 22A cover deepfakes?", "legal"),
    ("made some ai pics of my ex but havent shared them w anyone, am i actually breaking the law? in cork", "legal"),
    ("can my 16 year old be charged for making a nude deepfake of a classmate as a 'joke'? bergen county nj", "legal"),
])
def test_yes_no_questions_about_a_named_person_or_law(real_kb, question, ask):
    a = real_kb.ask(question)
    assert a.frame.ask == ask and a.verdict in ("yes", "no", "unclear")


def test_a_site_operator_asking_about_its_duty_is_not_read_as_a_victim(real_kb):
    a = real_kb.ask("I run a small social media site in San Diego. Do I have to take down sexual deepfakes when a "
                    "user reports one of themselves?")
    assert a.frame.subject == "platform" and a.frame.role != "victim"


def test_creation_without_sharing_in_french_is_about_making(real_kb):
    a = real_kb.ask("la creation seule d'un deepfake sexuel d'un adulte, sans diffusion, est-elle sanctionnée "
                    "penalement en france ?")
    assert a.frame.acts == ("made",)


def test_legal_and_illegal_get_mirror_answers_from_the_same_facts(real_kb):
    legal = real_kb.ask("is it legal in virginia to make a deepfake nude of my ex if i never share it")
    illegal = real_kb.ask("is it illegal in virginia to make a deepfake nude of my ex if i never share it")
    assert {legal.verdict, illegal.verdict} in ({"yes", "no"}, {"unclear"})
    if illegal.verdict == "no":
        assert legal.verdict == "yes"


def test_legal_trouble_is_asking_whether_it_is_prohibited(real_kb):
    a = real_kb.ask("i made an ai nude of my coworker just for myself. minneapolis. am i gonna get in legal trouble")
    assert a.frame.polarity == "prohibited"


def test_keeping_an_exs_pictures_is_asked_by_the_one_who_keeps_them(real_kb):
    assert real_kb.ask("is it ok to keep my ex's nudes on my phone in california if i dont post them"
                       ).frame.role == "maker"


@pytest.mark.parametrize("question", [
    "my daughter is 14 and sent a nude to a boy and now he's showing it to everyone. will SHE get in trouble too? "
    "columbus georgia",
    "my son is 15, a classmate made a fake nude of him and shared it. could he get in trouble? ohio",
])
def test_a_parent_asking_whether_their_child_shown_is_in_trouble_is_not_told_yes(real_kb, question):
    a = real_kb.ask(question)
    assert a.frame.role == "parent" and a.verdict != "yes"


def test_a_parent_whose_child_passed_a_picture_on_still_hears_the_law(real_kb):
    a = real_kb.ask("my 15 year old son airdropped a nude of a girl to his friends, will he get in trouble? ohio")
    assert a.frame.asker_did and a.verdict == "yes"


def test_a_law_that_began_after_the_conduct_never_makes_it_allowed_for_a_minor(real_kb):
    from kb.models import Law
    from kb.verdict import legality
    from tests.factories import law

    record = law("us-tx-a")
    record["covers"] = {**record["covers"], "synthetic": True, "creation": True}
    later = Law.model_validate({**record, "jurisdiction": "US-TX"})  # in force since 2019-09-01
    frame = real_kb.ask("is it legal to make a deepfake nude of someone in texas").frame
    adult = frame.model_copy(update={"when": "2015", "minor": False, "acts": ("made",), "image": "fake"})
    assert legality([later], adult).word == "yes"  # the law began after the conduct: allowed then
    assert legality([later], adult.model_copy(update={"minor": True})).word != "yes"
