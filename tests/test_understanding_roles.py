"""Who is asking, and about whose conduct (issue 11, fifth round), end to end on the real corpus: a teenager being
threatened asking about their own pictures, an app developer, someone who only watched or kept an image, and the
law named for sharing when the act asked about is another. Expectations are read from the records' fields, so they
hold as the corpus is corrected."""

from __future__ import annotations

import pytest

from kb.verdict import covers_act, covers_image


def test_a_threatened_teenager_asking_about_their_own_pictures_is_not_told_yes(real_kb):
    a = real_kb.ask("im 14 and a guy i met on a game wants more pics or hell send the ones i already sent him to my "
                    "mom. im in ohio. will i get in trouble for the pics i sent??")
    assert a.frame.role == "minor_self" and a.frame.minor
    assert a.verdict != "yes"  # "yes" would read as "you are in trouble": the threat is the other person's crime
    assert "not in trouble for asking" in a.answer


def test_a_developer_offering_users_a_nudify_feature_hears_of_the_tool_ban(real_kb):
    a = real_kb.ask("we're building a face swap feature for our photo app (company is in minneapolis). if users "
                    "could swap faces onto nude bodies would that be legal for us to offer in minnesota?")
    assert "tool" in a.frame.acts and a.frame.role == "maker"
    bans = [l for l in real_kb.catalog.laws_in("US-MN") if l.about_tools and l.status.value == "in_force"]
    if bans:
        assert a.verdict == "no"
        assert bans[0].label in a.answer.split("\n\n")[1]  # the short answer names the ban
    assert "Save evidence" not in a.answer and "StopNCII" not in a.answer


def test_everyday_words_for_a_nudify_app_make_the_asker_the_maker_of_a_fake(real_kb):
    a = real_kb.ask("ok so i used one of those undress apps on a pic of my coworker but i never sent it to anyone, "
                    "its just on my phone. minneapolis. is that illegal")
    assert a.frame.role == "maker" and a.frame.image == "fake" and a.frame.acts == ("made",)
    assert "Save evidence" not in a.answer


def _offences(real_kb, code):
    return [l for l in real_kb.catalog.laws_in(code) if l.remedies.criminal and l.status.value == "in_force"]


def test_watching_is_answered_as_watching_not_as_sharing(real_kb):
    a = real_kb.ask("is it illegal to just watch deepfake porn of celebrities on those sites? not sharing it or "
                    "anything just watching. houston")
    assert a.frame.acts == ("watched",)
    if not any(covers_act(l, "watched", "fake") for l in _offences(real_kb, "US-TX")):
        assert a.verdict == "no" and "viewing" in a.answer.split("\n\n")[1]


def test_watching_is_a_crime_where_the_record_says_viewing_is(real_kb):
    viewing = [l for l in real_kb.catalog.laws if l.covers.possession and l.status.value == "in_force" and
               l.covers.synthetic and "view" in (l.summary + " ".join(l.elements) + (l.notes or "")).lower()
               and l.covers.adults is not False and l.jurisdiction == "KR"]
    if viewing:
        assert real_kb.ask("is it a crime to watch deepfake porn in south korea").verdict == "yes"


@pytest.mark.parametrize("question,code", [
    ("if someone sent me a deepfake nude of an adult woman in a group chat and i just kept it on my phone is that "
     "illegal? manchester", "GB-EAW"),
    ("is it illegal to just watch deepfake porn of celebrities on those sites? just watching. houston", "US-TX"),
])
def test_someone_holding_or_viewing_another_persons_image_gets_advice_for_that_not_a_victim_plan(
        real_kb, question, code):
    a = real_kb.ask(question)
    assert a.frame.asker_did and a.frame.role == "unknown"
    assert "Do not send it on" in a.answer and "Delete the copies" in a.answer
    assert "StopNCII" not in a.answer and "If this happened to you" not in a.answer


def test_not_this_act_names_the_law_that_reaches_sharing_this_kind_of_image(real_kb):
    a = real_kb.ask("en florida es delito solo crear una imagen desnuda falsa de alguien con ia aunque no la publique?")
    named = [real_kb.catalog.law(c.law_id) for c in a.citations if c.law_id.startswith("us-fl")]
    fake_sharing = [l for l in _offences(real_kb, "US-FL") if covers_act(l, "shared", "fake") and
                    covers_image(l, "fake")]
    assert fake_sharing and named, "Florida records an offence for sharing a fake"
    assert a.verdict == "no"  # no Florida offence recorded for making alone
    short = next(p for p in a.answer.split("\n\n") if "Respuesta corta" in p)
    assert any(l.label in short for l in fake_sharing), short


@pytest.mark.parametrize("question", [
    "c'est legal de repartager un deepfake porno d'une influenceuse si je precise que c'est un fake? je suis a marseille",
    "pode postar nude da ex no grupo se foi ela q mandou pra mim por vontade propria? moro em curitiba",
    "puedo subir las fotos de mi ex a internet? vivo en monterrey",
])
def test_asking_whether_one_may_post_is_the_would_be_sharers_question(real_kb, question):
    a = real_kb.ask(question)
    assert a.frame.role == "maker" and a.frame.polarity == "permitted" and "shared" in a.frame.acts
    assert a.verdict == "no"  # sharing without consent is an offence in each of these places
    assert "StopNCII" not in a.answer


def test_a_negated_act_without_an_apostrophe_is_not_done(real_kb):
    a = real_kb.ask("my buddy says hes making ai pics of women from instagram with no clothes on but he keeps them "
                    "to himself, doesnt post them. is that illegal in FL")
    assert "shared" not in a.frame.acts and "made" in a.frame.acts


def test_an_offence_of_making_only_is_never_named_for_sharing(real_kb):
    law = next(l for l in real_kb.catalog.laws if l.topic.value == "ncii" and l.covers.creation)
    making_only = law.model_copy(update={"covers": law.covers.model_copy(update={"distribution": False})})
    assert covers_act(making_only, "shared", "unknown") is False
    assert covers_act(making_only, "made", "unknown") == law.covers.creation_for("unknown")
    for recorded in (l for l in real_kb.catalog.laws if l.covers.distribution is False):
        assert covers_act(recorded, "shared", "unknown") is False, recorded.id


@pytest.mark.parametrize("question,code", [
    ("I run a small hobby forum, US based, about 3k users. Someone posted what they say is a nude of their ex. Am I "
     "legally required to take it down, and how fast?", "US"),
    ("We operate a UK-based image hosting site. What are our legal duties if users upload intimate images of people "
     "without consent, including AI fakes?", "GB"),
])
def test_a_site_operator_asking_about_its_duty_is_answered_at_the_national_level(real_kb, question, code):
    a = real_kb.ask(question)
    assert a.kind == "answer" and a.frame.subject == "platform" and a.frame.jurisdictions == (code,)
    duties = [l for l in real_kb.catalog.laws_in(code) if l.remedies.takedown and l.status.value == "in_force"]
    assert duties and real_kb.catalog.law(a.citations[0].law_id).remedies.takedown
    assert a.verdict in ("yes", None) and a.verdict != "no"  # a duty exists; "what are our duties?" asks what
    assert "Save evidence" not in a.answer and "StopNCII" not in a.answer  # the operator is not the victim


def test_a_school_asking_whether_it_is_criminal_hears_the_laws_word_not_the_schools(real_kb):
    a = real_kb.ask("I'm a school counsellor in Parramatta. A Year 10 boy has circulated an AI-generated nude of a "
                    "female classmate (15) on Snapchat. Is this a criminal matter in NSW, and what should the school "
                    "do first?")
    assert a.frame.ask == "school" and a.verdict == "yes"


def test_if_i_never_send_it_makes_the_asker_the_would_be_maker(real_kb):
    a = real_kb.ask("is it against the law in scotland to make a fake nude of someone with an ai app if i never send "
                    "it to anyone? edinburgh btw")
    assert a.frame.role == "maker" and "StopNCII" not in a.answer


def test_a_law_against_image_generators_is_a_tool_law(real_kb):
    law = real_kb.catalog.law("gb-cpa-2026-72")
    assert "generator" in law.title.lower() and law.about_tools
    assert covers_act(law, "made", "fake") is False  # never named for a person making an image


def test_a_law_for_posting_online_does_not_clearly_reach_a_group_text(real_kb):
    online = real_kb.catalog.law("us-usc-47-223h")
    assert any("online platform" in e or "website" in e for e in online.elements)
    a = real_kb.ask("my ex made a fake nude of me and sent it in a group text to our friends. louisville ky. can he "
                    "be charged for that")
    assert a.verdict != "yes" or online.label not in _short_of(a.answer)
    posted = real_kb.ask("my ex made a fake nude of me and posted it on instagram. louisville ky. can he be charged")
    assert posted.verdict == "yes"  # posted online: the federal offence fits
    texted = real_kb.ask("my ex texted my nudes to my friends, im in texas, is that illegal?")
    assert texted.verdict == "yes"  # § 21.16 reaches disclosure by any means; only its promotion offence is online


def _short_of(answer: str) -> str:
    return next((p for p in answer.split("\n\n") if p.startswith("**Short answer")), "")


def test_a_question_about_releasing_a_nudify_app_is_about_the_tool_only(real_kb):
    a = real_kb.ask("we're building an app in london that does 'ai undress' on uploaded photos for fun. is it legal "
                    "for us to release it in the uk?")
    assert "tool" in a.frame.acts
    law = real_kb.catalog.law(a.citations[0].law_id)
    assert law.about_tools  # the tool law leads, not an offence of sharing an image
    assert a.verdict == ("no" if law.status.value == "in_force" else "unclear")


def test_someone_asking_about_just_having_a_picture_they_were_sent_asks_about_keeping(real_kb):
    a = real_kb.ask("someone forwarded me a nude of a classmate (shes 16) on telegram, i didnt ask for it. im in "
                    "singapore. am i in trouble just for having it on my phone")
    assert a.frame.acts == ("kept",) and a.frame.asker_did
    if not any(l.covers.possession for l in real_kb.catalog.laws_in("SG")):
        assert a.verdict != "yes"  # no possession offence recorded for Singapore: never "yes, a crime"
    assert "StopNCII" not in a.answer
