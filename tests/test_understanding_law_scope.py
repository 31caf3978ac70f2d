"""Questions about what a law reaches, and yes/no questions in everyday Spanish and French (issue 11, fifth round),
end to end on the real corpus. Expectations are read from the records' fields, so they hold as the corpus is
corrected."""

from __future__ import annotations

import re

import pytest


def _short(answer: str) -> str:
    return next(p for p in answer.split("\n\n") if re.match(r"\*\*(Short answer|Respuesta corta|Réponse courte)", p))


def test_whom_a_law_protects_is_answered_from_its_age_fields(real_kb):
    a = real_kb.ask("does wisconsin's AI child porn law protect adult women too or is it only for kids?")
    law = a.citations[0] and real_kb.catalog.law(a.citations[0].law_id)
    assert law.jurisdiction == "US-WI" and (law.topic.value == "csam" or law.covers.adults is False)
    assert a.verdict == {True: "yes", False: "no"}.get(law.covers.adults, "unclear")
    assert law.label in _short(a.answer)
    assert "Save evidence" not in a.answer and "If the person in the image is under 18" not in a.answer


def test_an_element_question_quotes_the_recorded_element(real_kb):
    a = real_kb.ask("For a Tex. Penal Code 21.16(b) prosecution, does the State have to show the disclosure actually "
                    "harmed the depicted person?")
    law = real_kb.catalog.law("us-tx-penal-21.16")
    harm = [e for e in law.elements if "harm" in e.lower()]
    assert a.verdict == ("yes" if harm else "unclear")
    if harm:
        assert harm[0][1:40] in _short(a.answer)
    assert "Save evidence" not in a.answer  # a lawyer's question about the law, not a situation


def test_a_law_set_against_the_one_asked_about_is_not_the_subject(real_kb):
    a = real_kb.ask("does illinois have a deepfake-specific NCII law or do they just use the old revenge porn "
                    "statute for it")
    fakes = [l for l in real_kb.catalog.laws_in("US-IL") if l.covers.synthetic and l.remedies.criminal and
             l.status.value == "in_force" and l.covers.authentic is False]
    assert fakes, "Illinois records an offence written for fakes"
    assert a.verdict == "yes" and fakes[0].label in _short(a.answer)


def test_has_a_code_been_updated_to_cover_fakes_is_a_yes_no_question(real_kb):
    a = real_kb.ask("has canadas criminal code been updated to cover deepfake intimate images and since when")
    law = real_kb.catalog.law("ca-cc-162.1")
    assert law.covers.synthetic and law.synthetic_since, "Canada's s. 162.1 reaches fakes since Bill C-16"
    assert a.verdict == "yes" and law.label in _short(a.answer)


@pytest.mark.parametrize("context,question", [
    ("vivo en guadalajara y mi ex subio mis fotos intimas a facebook sin mi permiso",
     "y lo pueden meter a la carcel por eso o no?? xq la neta ya no se q hacer"),
    (None, "je reste a laval au quebec pis mon ex a partagé une fausse photo de moi toute nue faite avec l'ia, "
           "est-ce que la police peut l'accuser?"),
])
def test_can_he_be_jailed_or_charged_gets_a_yes_or_no(real_kb, context, question):
    frame = real_kb.ask(context).frame if context else None
    a = real_kb.ask(question, context=frame)
    assert a.verdict in ("yes", "no", "unclear") and a.frame.polarity == "prohibited"


def test_asking_a_judge_for_a_quick_removal_order_is_a_civil_question(real_kb):
    a = real_kb.ask("je suis a quebec et un gars a mis une photo intime de moi sur un site, est-ce que je peux "
                    "demander a un juge de faire enlever ca vite?")
    assert a.frame.ask == "sue" and "shared" in a.frame.acts
    civil = [l for l in real_kb.catalog.laws_in("CA-QC") if l.remedies.civil and l.status.value == "in_force"]
    assert civil and a.verdict == "yes" and civil[0].label in _short(a.answer)


def test_what_must_be_proved_lists_the_recorded_elements(real_kb):
    a = real_kb.ask("what does the prosecution have to prove under tex penal code 21.165?")
    law = real_kb.catalog.law("us-tx-penal-21.165")
    short = _short(a.answer)
    assert law.label in short and all(e.rstrip(".")[:30] in short for e in law.elements)


def test_a_country_the_corpus_lacks_never_gets_a_no_from_its_parents_laws(real_kb):
    a = real_kb.ask("Poland: is there a national law on sexual deepfakes yet, or does only the EU directive apply?")
    assert a.frame.unresolved_place == "PL" and a.verdict != "no"


@pytest.mark.parametrize("question,role", [
    ("shared a fake nude of a girl from work in the lads groupchat as a joke, im in belfast. is that even illegal "
     "here?? its not a real pic of her", "maker"),
    ("im 19 in melbourne and made a deepfake of my ex with her face on a porn pic, havent posted it anywhere. am i in "
     "trouble legally", "maker"),
    ("is making a fake nude of someone illegal in qld if u dont send it to anyone", "maker"),
    ("i'm 16 and forwarded a pic of a girl in my year that was going round snapchat. im in cork. could the gardai "
     "actually do anything to me", "minor_self"),
])
def test_the_asker_who_made_or_passed_on_an_image_is_read_from_everyday_openings(real_kb, question, role):
    a = real_kb.ask(question)
    assert a.frame.role == role and "StopNCII" not in a.answer and "Save evidence" not in a.answer


def test_get_done_for_it_is_a_yes_no_question_about_ones_own_trouble(real_kb):
    a = real_kb.ask("i made an ai nude of my ex on one of those undress apps last month, never sent it to anyone its "
                    "just on my phone. im in leeds. can i actually get done for that if i just kept it")
    assert a.frame.ask == "legal" and a.frame.polarity == "prohibited" and a.verdict in ("yes", "no", "unclear")


def test_a_law_older_than_the_conduct_whose_reach_to_fakes_began_later_says_so(real_kb):
    law = real_kb.catalog.law("us-oh-rc-2917.211")
    assert law.synthetic_since and (law.effective or law.enacted) < law.synthetic_since
    a = real_kb.ask("in 2024 someone posted ai nudes of me on a forum, im in cleveland. was that against ohio law at "
                    "the time")
    assert a.frame.ask == "legal" and a.verdict == "no"
    assert law.synthetic_since in _short(a.answer)  # when its reach to fakes began, not "it began after your date"


@pytest.mark.parametrize("question,word", [
    ("un mec de ma fac a lyon a fait des montages porno de moi avec une ia et les a envoye sur snap a toute la promo. "
     "c est un delit ou pas?", "yes"),
    ("si je fais des images nues d une meuf avec une appli ia mais je les garde pour moi sans les montrer a personne, "
     "c est un delit en france?", "no"),
    ("una cuenta falsa en insta publico fotos mias editadas con ia desnuda, estoy en miami. la policia puede hacer "
     "algo o no?", "yes"),
])
def test_yes_no_questions_typed_without_apostrophes_or_as_can_the_police_do_something(real_kb, question, word):
    a = real_kb.ask(question)
    assert a.frame.image == "fake" and a.verdict == word  # from the records: sharing a fake is an offence in France
    #                                                        and Florida; making alone is not in France


@pytest.mark.parametrize("question,not_subject", [
    ("Does Michigan now have a law that covers AI-generated sexual deepfakes, or only the 2016 revenge porn statute?",
     "us-mi-750.145e"),
    ("can a deepfake porn victim sue under federal law right now, or would that need the DEFIANCE act?",
     "us-defiance-s-1837-2025"),
])
def test_the_law_offered_as_the_alternative_is_not_the_one_asked_about(real_kb, question, not_subject):
    a = real_kb.ask(question)
    assert real_kb.catalog.law(not_subject) is not None
    assert not_subject not in a.frame.laws and a.verdict != "no"


def test_the_bill_with_no_place_and_no_name_is_asked_about_but_pending_bills_are_listed(real_kb):
    assert real_kb.ask("did the deepfake bill pass? the one everyone was posting about").kind == "clarify"
    assert real_kb.ask("Are there any pending state bills on sexual deepfakes right now?").kind != "clarify"
    a = real_kb.ask("my ex put a photoshopped nude of me on fb in 2023, im in pdx. does oregon law cover that?")
    assert "shared" in a.frame.acts


@pytest.mark.parametrize("question,law_id", [
    ("utah's HB 276 deepfake civil law - is it in effect yet? if not when", "us-ut-13-72b"),
    ("is texas's deepfake law in effect yet?", "us-tx-penal-21.165"),
])
def test_is_the_law_in_effect_yet_is_answered_from_the_law_the_status_line_leads_with(real_kb, question, law_id):
    a = real_kb.ask(question)
    law = next(l for l in real_kb.catalog.laws if l.id.startswith(law_id))
    assert law.label in _short(a.answer)
    assert a.verdict == ("yes" if law.status.value == "in_force" else "no" if law.status.is_law else "unclear")
