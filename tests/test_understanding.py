"""Answers that understand the person (issue 11), end to end on the real corpus and index.

Expectations are read from the records' own fields where possible (which law is in force, covers AI images,
protects adults), so they hold as the corpus is corrected."""

from __future__ import annotations

import pytest

from kb.models import Status, Topic


def law(kb, citation):
    return kb.catalog.law(citation.law_id)


def short(a) -> str:
    return next(s.body for s in a.sections if s.kind == "short")


# --- polarity ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question,verdict,word", [
    ("Is it legal to make AI nudes of a celebrity in Texas?", "no", "No."),
    ("is it illegal to make AI nudes of a celebrity in Texas?", "yes", "Yes."),
    ("deepfakes are legal everywhere anyway. Is it legal to post one of my ex in Virginia?", "no", "No."),
    ("can I get in trouble for posting a deepfake nude of my classmate in Virginia? we're both adults", "yes",
     "Yes."),
])
def test_a_yes_no_legal_question_gets_its_literal_answer_from_in_force_law(real_kb, question, verdict, word):
    a = real_kb.ask(question)
    assert a.kind == "answer" and a.verdict == verdict
    assert short(a).startswith(f"**Short answer:** {word}")
    lead = law(real_kb, a.citations[0])
    assert lead.status is Status.in_force and lead.remedies.criminal and lead.covers.synthetic
    assert lead.jurisdiction in a.jurisdictions


def test_a_claim_inside_the_question_does_not_change_the_answer(real_kb):
    plain = real_kb.ask("Is it legal to share a deepfake nude of someone in Ohio?")
    loaded = real_kb.ask("deepfakes are legal everywhere. Is it legal to share a deepfake nude of someone in Ohio?")
    assert plain.verdict == loaded.verdict != "yes"
    assert [c.law_id for c in plain.citations[:1]] == [c.law_id for c in loaded.citations[:1]]


def test_consent_of_an_adult_is_a_yes_for_is_it_legal(real_kb):
    a = real_kb.ask("is it legal to share my own nudes with my adult boyfriend in Ohio? I consented")
    assert a.verdict == "yes" and short(a).startswith("**Short answer:** Yes.")


def test_only_in_force_law_is_said_to_make_something_a_crime(real_kb):
    """Across every US state: the law named in a "Yes, a crime" short answer is in force."""
    registry = real_kb.catalog.registry
    states = [c for c in registry.by_code if c.startswith("US-")][:20]
    for code in states:
        a = real_kb.ask(f"is it illegal to share a deepfake nude of someone in {registry.name(code)}?")
        if a.verdict == "yes":
            assert law(real_kb, a.citations[0]).status is Status.in_force, code


# --- the facts choose the law --------------------------------------------------------------------------------------

def test_a_fifteen_year_old_gets_the_child_specific_law_first(real_kb):
    a = real_kb.ask("someone at school made an AI nude of me and shared it, I'm 15, I live in Texas")
    lead = law(real_kb, a.citations[0])
    assert lead.topic is Topic.csam or lead.covers.minors
    assert a.sections[0].kind == "safety" and "under 18" in a.sections[0].body


def test_an_adult_student_gets_no_child_abuse_image_law(real_kb):
    a = real_kb.ask("I'm a 20 year old college student in Texas and a guy made a deepfake nude of me")
    assert a.frame.minor is False
    assert all(law(real_kb, c).topic is not Topic.csam and law(real_kb, c).covers.adults is not False
               for c in a.citations)


def test_a_threat_about_real_photos_is_not_answered_with_a_deepfake_only_offence(real_kb):
    a = real_kb.ask("my ex is threatening to post the real nudes I sent him, is that illegal in Texas?")
    lead = law(real_kb, a.citations[0])
    assert lead.covers.authentic is not False and (lead.covers.threats or lead.topic is Topic.sextortion)
    assert "do not pay" in a.answer.lower()


def test_dmca_is_offered_only_for_the_persons_own_photos(real_kb):
    theirs = real_kb.ask("my ex posted nude photos he took of me on a website, I live in Texas, what can I do?")
    mine = real_kb.ask("a site reposted nude selfies I took myself without my consent, I live in Texas, what can "
                       "I do?")
    assert "512(c)" not in theirs.answer
    assert "512(c)" in mine.answer


def test_data_protection_rights_are_never_offered_as_suing(real_kb):
    a = real_kb.ask("can I sue the person who posted a deepfake of me? I live in Ireland")
    civil_step = [line for line in a.answer.splitlines() if "lawyer about suing" in line]
    assert all("GDPR" not in line and "2016/679" not in line for line in civil_step)


# --- roles -----------------------------------------------------------------------------------------------------

def test_someone_who_made_an_image_gets_the_law_and_consequences_not_a_victim_plan(real_kb):
    a = real_kb.ask("I made a deepfake nude of my ex and posted it, I live in Virginia. what happens to me?")
    assert a.frame.role == "maker"
    assert "stopncii" not in a.answer.lower() and "report it on" not in a.answer.lower()
    assert any(law(real_kb, c).remedies.criminal for c in a.citations)


def test_a_teen_asking_about_their_own_sexting_gets_safety_first(real_kb):
    a = real_kb.ask("im 15 and i sent nudes to my boyfriend in Ohio, can i get in trouble?")
    assert a.frame.role == "minor_self"
    assert a.sections[0].kind == "safety" and "not in trouble for asking" in a.sections[0].body


# --- asking back -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["hi", "what now", "is that a crime?",
                                      "someone posted a fake nude of me, what can I do?"])
def test_an_under_specified_question_is_asked_back_and_cites_nothing(real_kb, question):
    a = real_kb.ask(question)
    assert a.kind == "clarify" and a.clarify and a.citations == () and a.jurisdictions == ()


def test_the_uk_asks_which_part(real_kb):
    a = real_kb.ask("I'm in the UK and someone shared a deepfake of me")
    assert a.kind == "clarify" and set(a.clarify.choices) >= {"Scotland", "Northern Ireland"}


def test_a_question_that_names_a_law_is_answered_without_a_place(real_kb):
    a = real_kb.ask("has Congress passed the DEFIANCE Act?")
    assert a.kind == "answer"
    first = law(real_kb, a.citations[0])
    assert "DEFIANCE" in first.title and a.sections[1].kind == "status"
    assert a.sections[1].body.startswith("**Status of")


def test_the_portuguese_pronoun_eu_is_not_the_european_union(real_kb):
    a = real_kb.ask("eu moro no Brasil e meu ex vazou minhas fotos, o que eu faço?")
    assert "EU" not in a.jurisdictions and "BR" in a.jurisdictions
    assert a.frame.language == "pt" and "O que você pode fazer agora" in a.answer


# --- the conversation ----------------------------------------------------------------------------------------------

def test_a_follow_up_keeps_the_place_and_what_can_i_do_opens_that_plan(real_kb):
    first = real_kb.ask("someone posted a fake nude of me on reddit, I live in Ohio")
    second = real_kb.ask("will the police do anything?", context=first.frame)
    assert second.kind == "answer" and second.jurisdictions[0] == "US-OH"
    assert all(c.jurisdiction in ("US-OH", "US") for c in second.citations)
    situation = real_kb.situation_from(second.frame)
    assert situation.lives_in == "US-OH" and situation.platforms == ("reddit",) and situation.synthetic is True
    plan = real_kb.plan(situation)
    assert any(s.id == "report-reddit" for s in plan.steps)


def test_the_context_can_come_back_as_json(real_kb):
    first = real_kb.ask("my ex leaked my nudes, I'm in Scotland")
    second = real_kb.ask("can I sue?", context=first.to_json()["frame"])
    assert second.jurisdictions[0] == "GB-SCT"


def test_the_json_carries_kind_clarify_verdict_and_frame(real_kb):
    data = real_kb.ask("hi").to_json()
    assert data["kind"] == "clarify" and data["clarify"]["question"] and data["citations"] == []
    assert data["frame"]["version"] == 1 and data["verdict"] is None


# --- dates, grades and named laws ----------------------------------------------------------------------------

def test_a_law_named_for_conduct_before_it_began_gets_a_no_and_why(real_kb):
    """Walker's Law began in 2024: it cannot reach a 2021 threat (no ex post facto crimes)."""
    walker = real_kb.catalog.law(next(iter(real_kb.catalog.laws_named_in("Walker's Law"))))
    assert walker.effective and walker.effective[:4] > "2021"
    a = real_kb.ask("In 2021 my ex threatened to post my photos in Mississippi. Can he be prosecuted under "
                    "Walker's Law?")
    assert a.verdict == "no"
    assert "does not reach conduct from before it began" in short(a)


def test_a_felony_grade_added_after_the_conduct_is_not_claimed_for_it(real_kb):
    """South Dakota's section became a felony by a 2026 amendment (its history says so): for 2024 conduct the
    grade is not known from the corpus, so no "Yes"."""
    then = real_kb.ask("fake nudes of me were posted in South Dakota in 2024. is that a felony?")
    now = real_kb.ask("fake nudes of me were posted in South Dakota last week. is that a felony?")
    assert now.verdict == "yes"
    assert then.verdict == "unclear" and "grade changed" in short(then)


def test_how_do_i_get_it_down_cites_a_removal_route_first(real_kb):
    a = real_kb.ask("my ex posted my nudes on a porn site, how do I get them removed? Texas")
    first = law(real_kb, a.citations[0])
    assert first.remedies.takedown or first.remedies.injunction


def test_the_webcam_scam_gets_the_scam_warning_and_no_claim_about_an_image(real_kb):
    a = real_kb.ask("scam email: 'I have videos of you watching porn, pay 0.05 BTC or I send them to your "
                    "contacts'. Should I pay? I'm in London")
    assert a.sections[0].kind == "safety" and "scam" in a.sections[0].body
    assert not any(s.kind == "short" and "is a crime" in s.body for s in a.sections)


def test_a_list_question_about_creating_without_sharing_lists_the_places_where_it_is_a_crime(real_kb):
    """"even if it's never shared" negates the sharing, not the rule."""
    plain = real_kb.ask("List every state that criminalizes creating a sexual deepfake")
    scoped = real_kb.ask("List every state that criminalizes creating a sexual deepfake even if it's never shared")
    negated = real_kb.ask("Which states do not criminalize creating a sexual deepfake?")
    assert plain.kind == scoped.kind == negated.kind == "list"
    assert scoped.answer.splitlines()[0] == plain.answer.splitlines()[0] != negated.answer.splitlines()[0]


def test_a_parent_whose_child_made_images_gets_no_victim_plan(real_kb):
    a = real_kb.ask("My 14 year old son used an app to make fake nudes of girls in his class. We're in Pittsburgh. "
                    "What happens to him now?")
    assert a.kind == "answer" and "US-PA" in a.jurisdictions
    assert not any(s.kind == "steps" for s in a.sections)
    assert "report to the police" not in a.answer.lower().replace("*", "")


def test_a_list_question_in_spanish_is_answered_as_a_list(real_kb):
    a = real_kb.ask("¿Qué estados de EE. UU. obligan a las plataformas a retirar deepfakes sexuales?")
    assert a.kind == "list" and a.rows
    assert all(str(row.get("code", "")).startswith("US-") for row in a.rows)  # US states, as asked


def test_a_bill_status_question_leads_with_the_status_not_a_child_safety_block(real_kb):
    a = real_kb.ask("Has New Jersey's bill S2625 on AI-generated child abuse images passed?")
    kinds = [s.kind for s in a.sections]
    assert "status" in kinds and "safety" not in kinds


def test_consent_is_read_in_spanish_too(real_kb):
    a = real_kb.ask("¿Es legal compartir fotos íntimas de mi novia con su consentimiento? vivo en Texas")
    assert a.verdict == "yes" and short(a).startswith("**Respuesta corta:** Sí.")


def test_a_threat_is_never_answered_with_a_plain_no(real_kb):
    """The corpus records image offences, not every extortion or harassment law: a threat gets "Not clearly" at
    worst, never "No"."""
    for state in ("Florida", "Ohio", "Texas", "Oregon", "Wyoming", "New Mexico"):
        a = real_kb.ask(f"Is it against the law in {state} to threaten to post someone's nudes?")
        assert a.verdict in ("yes", "unclear"), state


def test_can_i_be_sued_is_about_the_claim_against_the_asker(real_kb):
    a = real_kb.ask("Can I be sued for posting a deepfake of my friend in Washington State?")
    assert a.frame.ask == "sue" and a.verdict == "yes"
    assert "the person shown can sue" in short(a)
    assert law(real_kb, a.citations[0]).remedies.civil


def test_a_child_abuse_image_law_is_never_the_closest_law_for_adults(real_kb):
    a = real_kb.ask("is it legal in illinois to make porn deepfakes of celebrities if i don't share them")
    assert all(law(real_kb, c).topic is not Topic.csam for c in a.citations[:1])
    assert a.frame.acts == ("made",)


def test_having_images_on_a_phone_is_keeping_them(real_kb):
    a = real_kb.ask("is it illegal to just have AI nudes of someone on my phone in Texas")
    assert "kept" in a.frame.acts and "shared" not in a.frame.acts


@pytest.mark.parametrize("question", [
    "Hice un deepfake de mi compañera de clase y lo compartí, tengo 16, ¿me van a arrestar? Texas",
    "J'ai créé une image truquée sexuelle de mon ex et je l'ai envoyée à ses amis. Qu'est-ce que je risque en France?",
    "I shared a pic of my gf's friend that someone sent me in the group chat, she's 16 and I'm 17. am i going to "
    "jail? florida",
    "can i go to jail for screenshotting my ex's snap nudes and showing my friends? wa",
])
def test_someone_who_made_or_shared_an_image_gets_a_yes_and_no_victim_plan_in_any_language(real_kb, question):
    a = real_kb.ask(question)
    assert a.kind == "answer" and a.verdict == "yes"
    assert not any(s.kind == "steps" for s in a.sections)


def test_an_explicit_real_photo_wins_over_a_fake_account(real_kb):
    a = real_kb.ask("my friend's ex is posting her real nudes on a fake onlyfans pretending to be her, what can she "
                    "do? we're in Phoenix")
    assert a.frame.image == "real"
    assert all(law(real_kb, c).topic is not Topic.election for c in a.citations)


@pytest.mark.parametrize("question,cue", [
    ("Meu namorado ameaça divulgar minhas fotos íntimas se eu terminar com ele. Moro em São Paulo.", "dv"),
    ("Mon fils de 14 ans a reçu un deepfake sexuel de lui-même avec une demande d'argent. Montréal.", "sextortion"),
])
def test_safety_cues_are_read_in_other_languages(real_kb, question, cue):
    a = real_kb.ask(question)
    assert cue in a.frame.cues and a.sections[0].kind == "safety"


@pytest.mark.parametrize("question,code", [("someone made deepfakes of me on telegram. 10001", "US-NY"),
                                           ("my ex shared my nudes. what do i do? wa", "US-WA")])
def test_a_zip_or_a_state_code_written_last_is_the_place(real_kb, question, code):
    assert code in real_kb.ask(question).jurisdictions


def test_can_i_still_sue_says_how_long_or_that_the_time_limit_is_not_recorded(real_kb):
    a = real_kb.ask("my ex posted my nudes on reddit in 2019, can i still sue him? i live in 90210")
    lead = law(real_kb, a.citations[0])
    assert a.verdict == "yes" and lead.remedies.civil
    assert (lead.limitation or "does not record how long") in short(a)


def test_a_place_without_laws_of_its_own_is_answered_from_its_country(real_kb):
    a = real_kb.ask("Ontario - can I sue someone who shared my intimate images?")
    assert "CA-ON" in a.jurisdictions and a.verdict in ("yes", "unclear")
    assert any(s.kind == "short" for s in a.sections)


def test_what_if_changes_one_fact_of_the_question_before(real_kb):
    first = real_kb.ask("someone made AI nudes of me and posted them, chicago, is it a crime?")
    then = real_kb.ask("what if it was a real photo, not a fake?", context=first.frame)
    assert then.frame.image == "real" and then.frame.ask == "legal" and then.verdict == "yes"
    assert "US-IL" in then.jurisdictions


def test_a_minor_is_never_told_no_from_a_gap_in_the_corpus(real_kb):
    first = real_kb.ask("alguien hizo un deepfake porno de mí con IA, estoy en Madrid, ¿es delito?")
    then = real_kb.ask("¿y si tengo 16 años?", context=first.frame)
    assert then.frame.minor is True and then.verdict != "no"


def test_consent_to_the_photo_is_not_consent_to_posting_it(real_kb):
    a = real_kb.ask("she consented to the photo but not to me posting it, is that ok? colorado")
    assert a.verdict == "no" and a.frame.role == "maker"
    assert not any(s.kind == "steps" for s in a.sections)


def test_self_harm_with_no_place_still_gets_a_crisis_line(real_kb):
    a = real_kb.ask("i dont want to live anymore, everyone at school saw the fake nudes of me")
    assert a.sections[0].kind == "safety" and "](http" in a.sections[0].body  # a link to a crisis directory


def test_a_partner_extorting_with_intimate_images_is_also_abuse(real_kb):
    a = real_kb.ask("mi ex amenaza con publicar mis fotos desnuda si no vuelvo con él. vivo en Los Ángeles")
    assert {"sextortion", "dv"} <= set(a.frame.cues)


def test_can_i_sue_in_canada_asks_which_province(real_kb):
    a = real_kb.ask("Can I sue in Canada if someone posted my intimate images?")
    assert a.kind == "clarify" and "Ontario" in a.clarify.choices and not a.citations


def test_a_what_question_is_not_answered_yes_or_no(real_kb):
    a = real_kb.ask("As a state legislator in Kentucky, what does our current law cover on synthetic intimate images?")
    assert a.verdict is None and "US-KY" in a.jurisdictions
    assert any(law(real_kb, c).jurisdiction == "US-KY" for c in a.citations[:3])


def test_sharing_a_picture_someone_sent_you_is_asked_as_the_sharer(real_kb):
    a = real_kb.ask("Is it legal in Minnesota to share a real intimate photo someone sent me voluntarily?")
    assert a.frame.role == "maker" and a.verdict == "no"
    assert not any(s.kind == "steps" for s in a.sections)


def test_an_advocate_helping_a_survivor_gets_the_plan_after_the_law(real_kb):
    a = real_kb.ask("I'm an advocate helping a survivor in Chicago whose ex posted her real nudes on a website. What are "
                    "her options?")
    kinds = [s.kind for s in a.sections]
    assert a.frame.role == "advocate" and "steps" in kinds and kinds.index("laws") < kinds.index("steps")


def test_a_claim_for_disclosure_is_not_offered_for_an_image_that_was_only_made(real_kb):
    claims = [l for l in real_kb.catalog.laws_in("US-WA") if l.remedies.civil and l.status.value == "in_force"]
    a = real_kb.ask("Can I be sued for making a deepfake of my friend in Washington State if I never share it?")
    if claims and all(l.covers.creation is False for l in claims):
        assert a.verdict != "yes"

