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
