"""Phrasings people use for yes/no questions, acts and roles (issue 11, fourth round), end to end on the real corpus.

Each case is a way of asking that testers found unread; the expectation is what the frame must hold or what kind of
answer must come back, never a fixed sentence."""

from __future__ import annotations

import pytest


# --- yes/no questions not phrased "is it illegal" -------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "does Missouri law currently criminalize distributing AI-generated intimate images of adults?",
    "Does Manitoba's intimate images act now cover AI-altered or fake images?",
    "Au Québec, est-ce que le simple fait de fabriquer une fausse image nue d'un adulte avec l'IA, sans la partager, "
    "est une infraction ?",
    "¿La Ley Olimpia sanciona también los contenidos creados con inteligencia artificial? Ciudad de México",
    "does texas ban making deepfake nudes of adults",
])
def test_questions_about_what_a_law_covers_get_a_yes_or_no(real_kb, question):
    a = real_kb.ask(question)
    assert a.frame.ask == "legal" and a.frame.polarity == "prohibited"
    assert a.verdict in ("yes", "no", "unclear")


def test_making_without_sharing_in_quebec_is_no_because_only_sharing_is_an_offence(real_kb):
    a = real_kb.ask("Au Québec, est-ce que le simple fait de fabriquer une fausse image nue d'un adulte avec l'IA, "
                    "sans la partager, est une infraction ?")
    offences = [real_kb.catalog.law(c.law_id) for c in a.citations]
    if not any(l.covers.creation and l.covers.synthetic and l.status.value == "in_force" for l in offences):
        assert a.verdict == "no"


def test_a_protection_order_is_a_civil_question(real_kb):
    a = real_kb.ask("Can I get a protection order in British Columbia to stop someone from sharing a fake "
                    "intimate image of me?")
    assert a.frame.ask == "sue"
    assert a.verdict in ("yes", "no", "unclear")


# --- acts and image kinds -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question,act", [
    ("un collègue a fait circuler un montage de moi créé par IA, Lyon, est-ce puni ?", "shared"),
    ("mi ex anda circulando un video mio en whatsapp, cdmx", "shared"),
    ("tengo 16 y le pase a mis amigos una foto desnuda de una chica de mi escuela. bronx", "shared"),
    ("e crime fazer montagem pelada da minha ex com app se eu nao mandar pra ninguem? bh", "made"),
    ("i used an app to put my classmates face on a nude body, seattle", "made"),
    ("can i sue my ex for putting our sex tape on pornhub?? atlanta ga", "shared"),
    ("somebody put one of me on a porn site, missouri", "shared"),
    ("alguien hizo un deepfake con mi cara y lo esta pasando por telegram, madrid", "shared"),
    ("qqn fait tourner une fausse video ia de moi nue sur tiktok, paris", "shared"),
    ("em portugal e crime partilhar fotos intimas de alguem? porto", "shared"),
    ("ist es in deutschland strafbar, ein KI nacktbild zu erstellen und im firmenchat zu teilen? münchen", "shared"),
    ("Does Ohio's statute reach the mere creation of synthetic sexual images of adults, absent any dissemination?",
     "made"),
])
def test_acts_in_everyday_words_are_read(real_kb, question, act):
    assert act in real_kb.ask(question).frame.acts


@pytest.mark.parametrize("question", [
    "i used an app to put my classmates face on a nude body, seattle",
    "e crime fazer montagem pelada da minha ex? bh",
])
def test_a_face_put_on_a_body_or_a_montage_is_a_fake(real_kb, question):
    assert real_kb.ask(question).frame.image == "fake"


def test_a_portuguese_maker_asking_about_making_alone_gets_no_victim_plan(real_kb):
    a = real_kb.ask("e crime fazer montagem pelada da minha ex com app de IA se eu nao mandar pra ninguem? sou de bh")
    assert a.frame.role == "maker" and "made" in a.frame.acts
    laws = [real_kb.catalog.law(c.law_id) for c in a.citations]
    assert laws[0].covers.creation  # the lead law is one that makes creating an offence


def test_a_teen_who_passed_on_a_classmates_picture_gets_the_teenager_route_in_spanish(real_kb):
    a = real_kb.ask("tengo 16 y le pase a mis amigos una foto desnuda de una chica de mi escuela que ella me mando. "
                    "estoy en el bronx. me van a arrestar?")
    assert a.frame.role == "minor_self" and a.frame.asker_did
    assert a.sections[0].kind == "safety"


def test_how_much_trouble_asks_for_the_consequences(real_kb):
    a = real_kb.ask("i used an app to put my classmates face on a nude body as a joke, we're both 15, in seattle. "
                    "how much trouble could i be in")
    assert a.frame.ask == "penalty" and a.frame.role == "minor_self"


# --- who is asking, and where ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Trabajo en una ONG en Ciudad de México que apoya a víctimas. ¿Qué dice la ley?",
    "I run a survivors' support group in Winnipeg. What does the law say about fake images?",
    "je travaille dans une association d'aide aux victimes à Lyon, que dit la loi ?",
])
def test_people_who_work_with_victims_are_advocates(real_kb, question):
    assert real_kb.ask(question).frame.role == "advocate"


def test_a_zip_code_opening_a_sentence_is_a_place(real_kb):
    a = real_kb.ask("some1 made a deepfake porn of me n sent it to my job. 77005 what can i do")
    assert a.frame.jurisdictions == ("US-TX",) and a.kind == "answer"


def test_a_number_of_people_opening_a_sentence_is_not_a_zip_code(real_kb):
    a = real_kb.ask("someone posted my nudes. 10001 people saw it what do i do")
    assert a.frame.jurisdictions == ()


# --- threats ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "my ex says hes gonna make deepfake nudes of me and post them unless i pay him 500. im in detroit. is that illegal",
    "un desconocido dice que va a publicar fotos desnudas de mi sobrina si no le manda mas, phoenix. es delito?",
])
def test_making_or_posting_spoken_of_only_as_a_threat_is_a_threat(real_kb, question):
    a = real_kb.ask(question)
    assert a.frame.acts == ("threatened",)


def test_a_made_image_that_is_then_used_to_threaten_keeps_both_acts(real_kb):
    assert set(real_kb.ask("he made a deepfake of me and threatens to post it, ohio").frame.acts) == {
        "made", "threatened"}


def test_the_laws_named_for_a_threat_all_cover_threats(real_kb):
    a = real_kb.ask("a stranger threatens to post my 15 year old niece's nudes unless she sends more. phoenix. "
                    "is that a crime?")
    assert a.verdict == "yes"
    named = [real_kb.catalog.law(c.law_id) for c in a.citations[:2]]
    assert named[0].covers.threats


# --- what a record says about ages and about making fakes ----------------------------------------------------------

def _law(**covers):
    from kb.models import Law
    from tests.factories import law

    record = law("us-tx-a")
    record["covers"] = {**record["covers"], **covers}
    return Law.model_validate({**record, "jurisdiction": "US-TX"})


def test_an_adults_only_law_does_not_protect_a_minor():
    from kb.verdict import covers_age

    assert covers_age(_law(children=False), True) is False
    assert covers_age(_law(), True) is True  # a law that does not limit the victim's age protects everyone


def test_a_law_that_punishes_recording_but_not_generating_does_not_make_a_fake_a_crime_to_make():
    from kb.verdict import covers_act

    law = _law(creation=True, synthetic=True, synthetic_creation=False)
    assert covers_act(law, "made", "real") is True
    assert covers_act(law, "made", "fake") is False
    assert covers_act(_law(creation=True, synthetic=True), "made", "fake") is True


# --- fourth round, second batch -------------------------------------------------------------------------------------

@pytest.mark.parametrize("question,ask", [
    ("asking for my friend, her ex shared her nudes on instagram, she lives in DC. can she press charges", "legal"),
    ("i'm 16 and forwarded a nude of a girl in my year to 2 lads. will the guards do me for it? in cork", "legal"),
    ("taga manila ako, my ex uploaded our sex video sa fb. pwede ba siyang makulong?", "legal"),
    ("en 2023 un mec a poste un montage porno de moi, a l'epoque c'etait deja un delit en france?", "legal"),
    ("moro em recife e um colega fez um video porno fake meu com ia, isso é permitido??", "legal"),
    ("northern ireland - can someone currently be prosecuted for sharing a deepfake nude of an adult?", "legal"),
    ("in india is there a specific criminal offence for deepfake nudes?", "legal"),
    ("adelaide SA - does the law here cover photoshopped nudes or only real ones", "legal"),
    ("my coworker made an AI nude of me and sent it around. winnipeg. can i take him to court?", "sue"),
    ("posso processar o cara que espalhou um deepfake meu? sou de belo horizonte", "sue"),
    ("mon ex menace de publier mes photos, je reste a mtl, est ce que je peux aller en cour pour l'empecher?", "sue"),
])
def test_more_ways_of_asking_yes_or_no(real_kb, question, ask):
    assert real_kb.ask(question).frame.ask == ask


@pytest.mark.parametrize("question", [
    "Does Ohio's statute reach the mere creation of synthetic sexual images of adults, absent any dissemination?",
    "to em orlando e um cara fez nudes falsos meus com ia mas so guardou no celular dele, nao postou. crime?",
])
def test_a_question_that_says_nothing_was_shared_is_not_about_sharing(real_kb, question):
    assert "shared" not in real_kb.ask(question).frame.acts


@pytest.mark.parametrize("question,role", [
    ("if i make an ai nude of my ex using one of those apps and just keep it for myself is that illegal? manchester",
     "maker"),
    ("i'm building an app that lets users upload a photo and generate a nude version. legal to launch in england?",
     "maker"),
    ("si hago una imagen con ia de mi ex desnuda pero no la comparto con nadie es legal? houston", "maker"),
    ("im 15 and i sent a pic of myself to my boyfriend and now hes showing it round school, am i in trouble?? swansea",
     "minor_self"),
    ("does georgia criminalize posting deepfake nudes of adults? drafting testimony for a hearing", "policymaker"),
])
def test_more_askers_are_read(real_kb, question, role):
    assert real_kb.ask(question).frame.role == role


def test_an_app_builder_gets_the_tool_question_and_no_victim_steps(real_kb):
    a = real_kb.ask("i'm building an app that lets users upload a photo and generate a nude version of the person. "
                    "is that legal to launch in england?")
    assert "tool" in a.frame.acts
    assert "Save evidence" not in a.answer


@pytest.mark.parametrize("question,age", [
    ("a mi hija de 16 le hicieron un deepfake desnuda, orlando", 16),
    ("ma fille a 13 ans, des eleves ont fait des montages d'elle, lille", 13),
])
def test_an_age_written_after_a_relative_is_read(real_kb, question, age):
    assert real_kb.ask(question).frame.age == age


def test_a_scottish_school_year_makes_the_person_shown_a_minor(real_kb):
    assert real_kb.ask("i'm a guidance teacher in glasgow, pupils are passing round an edited nude of an s4 girl"
                       ).frame.minor is True


@pytest.mark.parametrize("question,place", [
    ("on habite a lille, que faire", "FR"),
    ("je reste a mtl, mon ex a publie mes photos", "CA-QC"),
])
def test_french_residence_words_before_a_lower_case_city(real_kb, question, place):
    assert real_kb.ask(question).frame.jurisdictions == (place,)


def test_a_made_image_kept_on_a_phone_is_not_a_platform_keeping_it_up(real_kb):
    a = real_kb.ask("if i make an ai nude of my ex using one of those apps and just keep it for myself is that "
                    "illegal? im in manchester")
    assert a.frame.subject is None


def test_an_ai_one_in_a_follow_up_makes_the_image_a_fake(real_kb):
    first = real_kb.ask("is it illegal to post someone's real nudes in michigan")
    a = real_kb.ask("ok and what about if he just made an ai one of me, is that a crime too", context=first.frame)
    assert a.frame.image == "fake"


@pytest.mark.parametrize("text,when", [
    ("is it now a crime in england to create a deepfake even if never shared? heard it came in this year", None),
    ("the law passed in 2024 but he posted it in march 2023", "2023-03"),
    ("he posted it in 2023", "2023"),
])
def test_a_date_about_when_a_law_changed_is_not_the_date_of_the_conduct(text, when):
    from kb.when import when as conduct_date

    assert conduct_date(text) == when
