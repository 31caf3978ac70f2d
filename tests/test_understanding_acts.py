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


# --- yes/no questions in more words -------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "is there a missouri law against someone emailing AI nudes of me",
    "does new mexico have any law against deepfake porn of adults",
    "was that against the law in kentucky? my boss showed a fake naked pic of me around the office",
    "my 14 yo son forwarded a girl's nude in charlotte, is he in trouble",
    "am i gonna get in trouble for sharing it? i'm in ohio and it was a deepfake of a girl from work",
])
def test_more_yes_no_phrasings_get_a_short_answer(real_kb, question):
    a = real_kb.ask(question)
    assert a.frame.ask == "legal" and a.verdict in ("yes", "no", "unclear")
    assert any(s.kind == "short" and s.body.startswith("**Short answer:**") for s in a.sections)


def test_a_question_about_a_states_own_law_answers_for_that_law_then_names_the_federal_one(real_kb):
    a = real_kb.ask("is there a missouri law against someone emailing AI nudes of me")
    state = [l for l in real_kb.catalog.laws_in("US-MO") if l.remedies.criminal and l.status.value == "in_force"
             and l.covers.synthetic is not True and l.topic.value == "ncii"]
    if state and not any(l.covers.synthetic for l in real_kb.catalog.laws_in("US-MO")):
        short = next(s.body for s in a.sections if s.kind == "short")
        assert a.verdict == "no" and "does not cover AI-made or altered images" in short
        assert "47 U.S.C. § 223(h)" in short  # the federal crime still applies there


# --- who is asking ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question,role,asker_did", [
    ("I paid a guy on telegram to make a deepfake of my ex, I'm in dallas. could I get in trouble", "maker", True),
    ("my husband is threatening to post the videos we made together if I leave. I'm in Ohio. what do I do", "victim",
     False),
])
def test_who_did_it_is_read_from_the_situation_not_the_verb(real_kb, question, role, asker_did):
    a = real_kb.ask(question)
    assert a.frame.role == role and a.frame.asker_did is asker_did
    if not asker_did:
        assert "made" not in a.frame.acts and not any("criminal defence lawyer" in s.body for s in a.sections)


def test_a_threat_with_a_deadline_and_a_price_is_sextortion(real_kb):
    a = real_kb.ask("he says I have until 9pm to send $300 or he sends my pics to my family. michigan")
    assert "threatened" in a.frame.acts and "sextortion" in a.frame.cues
    assert "do not pay" in a.answer.lower()


def test_a_school_year_makes_the_person_a_minor_and_a_teacher_shown_is_an_adult(real_kb):
    assert real_kb.ask("I'm in year 10 and a boy shared a fake nude of me. Leeds").frame.minor is True
    teacher = real_kb.ask("a student made AI nudes of a teacher at our school in Georgia (the state). is that a crime?")
    assert teacher.frame.minor is False
    assert all(real_kb.catalog.law(c.law_id).topic.value != "csam" for c in teacher.citations[:1])


def test_keeping_a_picture_of_a_possible_child_is_never_a_do_it_yourself_yes(real_kb):
    a = real_kb.ask("I'm a teacher in Florida and a student sent me a nude of a classmate. "
                    "am I allowed to keep it as evidence?")
    assert a.frame.subject is None and a.verdict != "yes"


# --- follow-ups that change one fact ------------------------------------------------------------------------------

@pytest.mark.parametrize("first,then,changed", [
    ("is it a crime in new york to make a deepfake nude of a coworker if I never share it?",
     "what if the person in it is 15?", {"minor": True}),
    ("my ex shared a real nude of me in minnesota, is that illegal?", "what if it was fake?", {"image": "fake"}),
    ("my ex posted my nudes in utah in 2019, can I sue?", "can they at least be charged?", {"ask": "legal"}),
])
def test_a_follow_up_changes_the_fact_it_names_and_keeps_the_rest(real_kb, first, then, changed):
    a = real_kb.ask(first)
    b = real_kb.ask(then, context=a.frame)
    for field, value in changed.items():
        assert getattr(b.frame, field) == value
    assert b.frame.jurisdictions == a.frame.jurisdictions


def test_a_relative_date_is_read_against_today(real_kb):
    import datetime as dt

    a = real_kb.ask("someone posted a deepfake of me in illinois in 2022, is that a crime there?")
    b = real_kb.ask("what if he posted it again last month?", context=a.frame)
    today = dt.date.today()
    month = today.year * 12 + today.month - 2
    assert b.frame.when == f"{month // 12}-{month % 12 + 1:02d}"


# --- teenagers ----------------------------------------------------------------------------------------------------

def test_a_teenager_who_made_and_shared_a_fake_is_told_to_stop_not_reassured_as_a_victim(real_kb):
    a = real_kb.ask("I'm 17, made a fake nude of a classmate and airdropped it, seattle. will i get in trouble")
    assert a.frame.role == "minor_self" and a.frame.asker_did
    assert "delete every copy" in a.sections[0].body and not any(s.kind == "steps" for s in a.sections)


def test_a_teenagers_own_sexting_gets_no_police_report_of_their_own_offence(real_kb):
    a = real_kb.ask("I'm 16, sent a nude to my 16yo bf, wichita, am I in trouble?")
    assert a.frame.role == "minor_self" and a.frame.self_sent
    steps = next(s.body for s in a.sections if s.kind == "steps")
    assert "Take It Down" in steps and "police" not in steps.lower() and "suing" not in steps
    shared = real_kb.ask("sent my bf a nude and now he's showing it around. im 15. texas")
    assert "Keep a record" in next(s.body for s in shared.sections if s.kind == "steps")  # then it is their plan


def test_a_journalist_gets_the_law_not_a_plan(real_kb):
    a = real_kb.ask("I'm a journalist writing an article: can victims in Texas sue over deepfake nudes?")
    assert a.verdict == "yes" and not any(s.kind == "steps" for s in a.sections)


def test_asking_whether_one_may_pass_on_a_picture_is_the_would_be_sharers_question_across_turns(real_kb):
    a = real_kb.ask("my friend sent me a nude of a girl from our school, can i forward it? im in dallas")
    assert a.frame.ask == "legal" and a.frame.asker_did and a.verdict == "no"
    b = real_kb.ask("I'm 16 actually", context=a.frame)
    assert b.frame.asker_did and b.verdict == "no" and not any(s.kind == "steps" for s in b.sections)
    assert real_kb.ask("someone posted my nudes in ohio, can I share it with the police?").frame.role == "victim"


def test_german_and_italian_questions_read_the_image_the_act_and_the_date(real_kb):
    it = real_kb.ask("A marzo 2025 qualcuno ha diffuso un video porno fatto con l'intelligenza artificiale con la mia "
                     "faccia, sono di Milano. è reato?")
    assert it.frame.image == "fake" and "shared" in it.frame.acts and it.frame.when == "2025-03"
    assert it.frame.ask == "legal" and it.verdict in ("yes", "no", "unclear")
    de = real_kb.ask("Mein Ex hat Nacktbilder von mir in einer WhatsApp-Gruppe geteilt. Ich wohne in Berlin. "
                     "Ist das strafbar?")
    assert de.frame.image == "real" and "shared" in de.frame.acts and de.verdict == "yes"


def test_making_without_sharing_is_answered_for_making_in_french(real_kb):
    a = real_kb.ask("est ce que c'est illegal en france de juste generer des images nues d'une fille avec une appli "
                    "si je les montre a personne ?")
    assert a.frame.role == "maker" and a.frame.image == "fake" and a.frame.acts == ("made",)
    making = [l for l in real_kb.catalog.laws_in("FR") if l.remedies.criminal and l.status.value == "in_force"
              and l.covers.synthetic and l.covers.creation and l.topic.value != "csam"]  # nobody said a child
    assert a.verdict == ("yes" if making else "no")


# --- third round, probe 4 causes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "my ex posted my nudes and i feel like killing myself. atlanta",
    "everyone at school saw the fake pics and i cant do this anymore",
    "mi ex publicó mis fotos y quiero morirme",
])
def test_self_harm_in_everyday_words_puts_the_crisis_line_first(real_kb, question):
    a = real_kb.ask(question)
    assert "self_harm" in a.frame.cues and a.sections[0].kind == "safety"


def test_a_follow_up_that_changes_the_image_keeps_the_act_said_before(real_kb):
    a = real_kb.ask("my sister's ex posted her nudes on a porn site. we're in ohio. is that a crime?")
    b = real_kb.ask("It's actually fake, he made it with ai. still a crime?", context=a.frame)
    assert b.frame.image == "fake" and "shared" in b.frame.acts and b.verdict == "yes"


def test_the_plan_never_names_a_law_that_began_after_the_conduct(real_kb):
    a = real_kb.ask("someone posted a deepfake of me in illinois in 2022, what can i do?")
    steps = next(s.body for s in a.sections if s.kind == "steps")
    police = next((line for line in steps.splitlines() if "police" in line), "")
    named = [real_kb.catalog.law(c.law_id) for c in a.citations if c.law_id and
             real_kb.catalog.law(c.law_id).label in police]
    starts = [l.synthetic_since or l.effective or l.enacted for l in named]
    assert all(s is None or str(s)[:4] <= "2022" for s in starts)


@pytest.mark.parametrize("question,role", [
    ("I'm the one who posted it, my ex's nudes. ohio. am i in trouble", "maker"),
    ("im 17 and i have my 16 yo girlfriend's nude on my phone. am i in trouble? ohio", "minor_self"),
])
def test_first_person_conduct_gets_no_victim_plan(real_kb, question, role):
    a = real_kb.ask(question)
    assert a.frame.role == role and a.frame.asker_did
    assert not any(s.kind == "steps" for s in a.sections)


def test_felony_or_misdemeanor_is_answered_with_the_grade_not_yes_or_no(real_kb):
    a = real_kb.ask("he shared a deepfake of me in virginia. is that a felony or a misdemeanor?")
    short = next(s.body for s in a.sections if s.kind == "short")
    assert a.verdict is None and not short.startswith("**Short answer:** No") and "misdemeanor" in short


def test_a_tool_operator_is_answered_by_the_ban_on_such_tools(real_kb):
    bans = [l for l in real_kb.catalog.laws_in("US-MN") if l.about_tools and l.status.value == "in_force"]
    a = real_kb.ask("I run a site in Minnesota that lets users undress photos. is that legal?")
    assert a.frame.role == "maker" and "tool" in a.frame.acts
    if bans:
        assert a.verdict == "no" and real_kb.catalog.law(a.citations[0].law_id).about_tools


@pytest.mark.parametrize("question,status_words", [
    ("Has Congress passed the DEFIANCE Act?", None),
    ("is the TAKE IT DOWN Act in force?", None),
])
def test_did_it_pass_and_is_it_in_force_are_answered_from_the_named_texts_status(real_kb, question, status_words):
    a = real_kb.ask(question)
    law = real_kb.catalog.law(a.citations[0].law_id)
    if "in force" in question:
        assert a.verdict == ("yes" if law.status.value == "in_force" else "no")
    else:
        assert a.verdict == ("yes" if law.status.value in ("in_force", "enacted") else "no")


@pytest.mark.parametrize("first,then,verdict_expected", [
    ("is it a crime in north dakota to make a nude deepfake?", "asking because i already made one of my ex, havent "
     "shared it", True),
    ("is it illegal to post ai nudes of someone in illinois", "what about just threatening to post them", True),
])
def test_a_follow_up_statement_continues_the_pending_yes_no_question(real_kb, first, then, verdict_expected):
    a = real_kb.ask(first)
    b = real_kb.ask(then, context=a.frame)
    assert b.frame.ask == "legal" and (b.verdict is not None) == verdict_expected
    if "threatening" in then:
        assert b.frame.acts == ("threatened",)


@pytest.mark.parametrize("question,place", [
    ("I'm from brazil but living in orlando, my ex posted my nudes. is that a crime?", "US-FL"),
    ("I grew up in Texas but now I live in Ohio. someone shared a deepfake of me, can I sue?", "US-OH"),
    ("soy de argentina pero vivo en Madrid, mi ex subió mis fotos íntimas. ¿es delito?", "ES"),
    ("I'm from Texas and my ex posted my nudes", "US-TX"),
])
def test_a_birthplace_or_former_home_does_not_decide_whose_law_answers(real_kb, question, place):
    assert real_kb.ask(question).frame.jurisdictions == (place,)


def test_no_offence_is_named_for_a_fake_when_the_places_law_covers_only_real_images(real_kb):
    a = real_kb.ask("belfast here. some guy made a deepfake of me n posted it. is that illegal in NI")
    laws = [l for l in real_kb.catalog.laws_in("GB-NIR") if l.remedies.criminal and l.status.value == "in_force"]
    if laws and not any(l.covers.synthetic for l in laws):
        short = next(s.body for s in a.sections if s.kind == "short")
        assert a.verdict == "no" and "does not cover AI-made or altered images" in short


def test_a_teenager_pressed_for_pictures_gets_the_teenager_route(real_kb):
    a = real_kb.ask("im 15 n my bf wants me to send pics. is it illegal if i do it. ohio")
    assert a.frame.role == "minor_self" and a.frame.self_sent
    steps = next(s.body for s in a.sections if s.kind == "steps")
    assert "police" not in steps.lower()  # never told to report their own picture as an offence


def test_a_parent_whose_son_was_caught_with_a_picture_gets_no_victim_plan(real_kb):
    a = real_kb.ask("my son (16) got caught w a nude of a girl from his class on his phone, we're in phoenix az. "
                    "is he in trouble legally")
    assert a.frame.role == "parent" and a.frame.asker_did
    assert not any(s.kind == "steps" for s in a.sections)


@pytest.mark.parametrize("question,ask", [
    ("quelqu'un a fait un montage porno avec ma tete grace a une IA et l'a posté dans un groupe telegram, j'habite a "
     "lyon. est-ce que c'est puni ?", "legal"),
    ("mi ex subió fotos íntimas mías a instagram, vivo en Madrid. ¿es delito?", "legal"),
    ("can the police charge him? he shared a fake nude of me round a group chat, I'm in Glasgow", "legal"),
    ("a boy made my 15 yo's pics nude with AI and airdropped them around. wichita ks. can the police do anything",
     "legal"),
    ("back in 2022 i posted a deepfake porn pic of a girl i knew on a forum. st paul mn. can i still be charged for "
     "that", "legal"),
    ("my kid passed around a fake pic of his teacher. des moines iowa. is he looking at criminal charges", "legal"),
    ("Is sharing a deepfake of an adult a criminal offence in Northern Ireland?", "legal"),
    ("alguien hizo un video porno falso con mi cara usando ia y lo subio a una pagina. vivo en los angeles, "
     "puedo demandarlo?", "sue"),
    ("est ce que c'est criminel au canada de partager un deepfake intime de quelqu'un? je suis a quebec", "legal"),
    ("j'ai 16 ans à sherbrooke, j'ai fait un montage nu d'une fille et je l'ai envoyé dans un groupe. est-ce que je "
     "peux avoir un casier?", "legal"),
])
def test_yes_no_questions_in_the_words_people_use_get_a_verdict(real_kb, question, ask):
    a = real_kb.ask(question)
    assert a.frame.ask == ask and a.verdict in ("yes", "no", "unclear")


def test_spanish_dates_with_an_article_and_french_keeping_are_read(real_kb):
    ny = real_kb.ask("en nueva york alguien publico un deepfake porno mio en el 2022. en ese momento era delito?")
    assert ny.frame.when == "2022" and ny.frame.image == "fake"
    fr = real_kb.ask("si je fais un montage sexuel de ma voisine avec une appli mais que je le garde pour moi sans "
                     "le montrer, c'est illégal en france?")
    assert "shared" not in fr.frame.acts and "made" in fr.frame.acts and fr.frame.image == "fake"


# --- across places ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "how many states make it a crime to create a sexual deepfake of an adult, not just share it?",
    "which countries have made creating a sexual deepfake of an adult a crime (creation itself, not distribution)",
])
def test_not_just_sharing_asks_for_the_places_that_meet_the_rule(real_kb, question):
    a = real_kb.ask(question)
    assert a.kind == "list" and " meet the rule" in a.answer.splitlines()[0]


@pytest.mark.parametrize("question", [
    "which canadian provinces let a victim sue over shared intimate images? writing a factsheet for our shelter network",
    "quelles provinces canadiennes ont une loi sur les images intimes ? je travaille pour un organisme au québec",
    "¿qué provincias canadienses permiten demandar por imágenes íntimas?",
])
def test_which_provinces_is_a_list_of_that_countrys_provinces(real_kb, question):
    a = real_kb.ask(question)
    assert a.kind == "list"
    provinces = {c for c in real_kb.catalog.registry.by_code if c.startswith("CA-")}
    first = a.answer.split("\n\n")[0]
    assert "Alabama" not in a.answer and any(real_kb.catalog.registry.name(c) in a.answer for c in provinces), first


def test_a_company_asking_about_its_own_liability_is_told_the_corpus_does_not_cover_it(real_kb):
    a = real_kb.ask("small business owner in tampa fl. one of my staff sent a deepfake nude of another employee "
                    "around. can the victim sue my company?")
    assert a.verdict == "unclear" and "employer" in next(s.body for s in a.sections if s.kind == "short")


def test_a_creators_sold_content_is_pointed_to_a_copyright_notice(real_kb):
    a = real_kb.ask("onlyfans creator here, someone is reposting my paid content on a leak site. is that illegal or "
                    "just copyright?? im in miami")
    assert a.citations[0].law_id == "us-usc-17-512c" and a.verdict != "yes"


@pytest.mark.parametrize("question,role", [
    ("paid a guy on telegram to make a deepfake of a girl from my uni (shes 20). leeds. is that actually illegal?",
     "maker"),
    ("I run a small website that lets users 'undress' photos they upload. The company is registered in Minnesota. "
     "Is that still allowed?", "maker"),
    ("someone paid a guy to make a deepfake of me, texas", "victim"),
])
def test_commissioning_and_running_a_tool_are_read_without_a_leading_i(real_kb, question, role):
    assert real_kb.ask(question).frame.role == role


@pytest.mark.parametrize("question", [
    "im 16 and i sent my bf a nude and he showed it to his friends. am i in trouble?? ohio",
    "tenho 15 anos e mandei nudes pro meu namorado e ele espalhou pra escola toda, moro em são paulo. eu vou ser presa "
    "por ter mandado?",
])
def test_a_teenager_whose_own_picture_was_passed_on_is_not_told_yes_to_am_i_in_trouble(real_kb, question):
    a = real_kb.ask(question)
    assert a.frame.role == "minor_self" and a.frame.self_sent and a.verdict == "unclear"
    assert not real_kb.ask("he sent my nudes to everyone, ohio").frame.self_sent


def test_a_law_described_by_its_kind_is_answered_as_if_named(real_kb):
    a = real_kb.ask("ai fake nudes of me going around, im in kentucky, is that covered by the revenge porn law there")
    law = real_kb.catalog.law(a.frame.laws[0])
    assert law.jurisdiction == "US-KY" and law.covers.authentic
    if law.covers.synthetic is not True:  # the revenge-porn law's own answer, not the federal one
        assert a.verdict in ("no", "unclear") and a.citations[0].law_id == law.id
