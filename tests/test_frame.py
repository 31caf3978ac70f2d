"""The question frame, as tables of real phrasings: who asks, what happened, real or fake, age, the kind of
question, polarity, safety cues, language; then merging with the conversation and deciding to answer or ask back.

These read the real corpus's catalog (platforms, law names, jurisdictions) but need no index."""

from __future__ import annotations

import pytest

from kb.catalog import Catalog
from kb.frame import decide, detect_language, merge, parse
from tests.conftest import REAL_CORPUS


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.from_dir(REAL_CORPUS)


ROLE = [
    ("someone posted a fake nude of me, I live in Texas", "victim"),
    ("my ex leaked my nudes on reddit", "victim"),
    ("a boy at school made an AI nude of my 14 year old daughter", "parent"),
    ("my daughter's classmates are passing around a fake pic of her", "parent"),
    ("my best friend's ex posted her pictures, how do I help her", "friend"),
    ("I made a deepfake of my ex as a joke, am I in trouble?", "maker"),
    ("can I make an AI nude of a celebrity if I don't share it?", "maker"),
    ("is it legal to make deepfake porn of a coworker for myself in Ohio", "maker"),
    ("I want to make a nude of my crush with an app", "maker"),
    ("I'm a legislative staffer drafting a bill on sexual deepfakes", "policymaker"),
    ("I work at a domestic violence shelter and my clients keep asking about this", "advocate"),
    ("im 15 and i sent nudes to my boyfriend, can i get in trouble", "minor_self"),
    ("what is the TAKE IT DOWN Act", "unknown"),
]


@pytest.mark.parametrize("text,role", ROLE)
def test_who_is_asking(catalog, text, role):
    assert parse(text, catalog).role == role


IMAGE = [
    ("someone made an AI nude of me", "fake"),
    ("there's a deepfake video of me on a porn site", "fake"),
    ("he photoshopped my face onto a naked body", "fake"),
    ("they used a nudify app on my instagram photo", "fake"),
    ("it's not really me but it looks like me naked", "fake"),
    ("alguien publicó una foto falsa desnuda de mi", "fake"),
    ("my ex posted the nudes I sent him", "real"),
    ("he secretly recorded us and uploaded the video", "real"),
    ("someone made a fake account with my name", "unknown"),
    ("a fake profile is messaging my friends", "unknown"),
    ("my pictures got leaked", "unknown"),
]


@pytest.mark.parametrize("text,image", IMAGE)
def test_real_or_fake(catalog, text, image):
    assert parse(text, catalog).image == image


ACTS = [
    ("my ex posted my nudes on twitter", {"shared"}),
    ("my ex is threatening to post my nudes unless I pay", {"threatened"}),
    ("he says he'll leak my pics if i don't send more", {"threatened"}),
    ("someone made a deepfake of me", {"made"}),
    ("a guy made a fake nude of me and sent it to everyone", {"made", "shared"}),
    ("he still has my photos on his phone", {"kept"}),
]


@pytest.mark.parametrize("text,acts", ACTS)
def test_what_happened(catalog, text, acts):
    assert set(parse(text, catalog).acts) == acts


AGE = [
    ("im 15 and someone shared a pic of me", True, 15),
    ("my 16 yo son is being sextorted", True, 16),
    ("I'm 19 and my ex posted my nudes", False, 19),
    ("a high school student made fakes of classmates", True, None),
    ("I'm a college student and someone made a deepfake of me", False, None),
    ("someone made a deepfake of me", None, None),
    ("we moved here 3 years ago and my ex posted my pics", None, None),
    ("classmates made deepfake nudes of my 13-year-old", True, 13),
    ("a 2-year-old photo of me got posted", None, None),
]


@pytest.mark.parametrize("text,minor,age", AGE)
def test_age_and_minority(catalog, text, minor, age):
    f = parse(text, catalog)
    assert (f.minor, f.age) == (minor, age)


ASK = [
    ("Is it legal to make AI nudes of a celebrity in Texas?", "legal", "permitted"),
    ("is it illegal to share a deepfake nude in Virginia", "legal", "prohibited"),
    ("is that a crime?", "legal", "prohibited"),
    ("can I go to jail for sharing my ex's nudes", "penalty", "prohibited"),
    ("deepfakes are legal everywhere. Is it legal in Ohio?", "legal", "permitted"),
    ("can I sue the guy who made a deepfake of me in California?", "sue", None),
    ("how do I get it off reddit", "remove", None),
    ("should I go to the police", "police", None),
    ("has Congress passed the DEFIANCE Act?", "status", None),
    ("which states still give deepfake victims no way to sue?", "list", None),
    ("how many states criminalize sexual deepfakes of adults", "count", None),
    ("compare Texas and California", "compare", None),
    ("what are the penalties in Florida", "penalty", None),
    ("hi", "greeting", None),
    ("what can I do", "help", None),
]


@pytest.mark.parametrize("text,ask,polarity", ASK)
def test_the_kind_of_question_and_its_polarity(catalog, text, ask, polarity):
    f = parse(text, catalog)
    assert f.ask == ask and f.polarity == polarity


CUES = [
    ("I hacked your webcam and recorded you, pay 500 in bitcoin or I send it to your contacts", "scam"),
    ("he wants $500 or he'll send my nudes to my family", "sextortion"),
    ("my ex posted my pics and I'm scared of him, he hits me", "dv"),
    ("everyone saw the fake pics and I want to die", "self_harm"),
    ("email says 'I have videos of you watching porn, pay 0.05 BTC or I send them to your contacts'", "scam"),
    ("my ex keeps making fake porn of me and sending it to my family, he also follows me home", "dv"),
]


@pytest.mark.parametrize("text,cue", CUES)
def test_safety_cues(catalog, text, cue):
    assert cue in parse(text, catalog).cues


LANGUAGE = [
    ("alguien publicó una foto falsa desnuda de mi, vivo en Texas", "es"),
    ("meu ex vazou minhas fotos, o que faço", "pt"),
    ("quelqu'un a publié une fausse photo nue de moi", "fr"),
    ("someone posted a fake nude of me", "en"),
    ("hi", "en"),
    ("namaste mera fake photo viral ho gaya", "en"),
    ("¿Es un delito grave compartir un deepfake sexual en Virginia?", "es"),  # short, with an English word nearby
    ("Compartilhar deepfake sexual na Califórnia é felony?", "pt"),
    ("Est-ce un crime grave (felony) de partager un deepfake sexuel en Virginie ?", "fr"),
    ("my ex posted my pics on da internet", "en"),
]


@pytest.mark.parametrize("text,lang", LANGUAGE)
def test_language(text, lang):
    assert detect_language(text) == lang


def test_platforms_and_law_names_are_read(catalog):
    f = parse("my ex posted it on Reddit and Telegram, does the TAKE IT DOWN Act help?", catalog)
    assert {"reddit", "telegram"} <= set(f.platforms)
    assert any(i.startswith("us-usc-47-223") for i in f.laws)


def test_claims_inside_the_question_are_not_facts(catalog):
    a = parse("deepfakes are legal everywhere. Is it legal in Ohio?", catalog)
    b = parse("Is it legal in Ohio?", catalog)
    assert (a.ask, a.polarity, a.jurisdictions) == (b.ask, b.polarity, b.jurisdictions)


# --- the conversation -----------------------------------------------------------------------------------------

def turn(catalog, text, previous=None):
    return merge(previous, parse(text, catalog), text, catalog.registry)


def test_a_follow_up_keeps_place_age_image_and_platform(catalog):
    first = turn(catalog, "im 16 and someone made a deepfake of me and posted it on snapchat, I live in Ohio")
    second = turn(catalog, "will the police do anything?", first)
    assert second.jurisdictions == ("US-OH",) and second.minor is True and second.image == "fake"
    assert second.platforms == ("snapchat",) and second.ask == "legal"  # "will the police do anything?" is answered yes or no


def test_a_correction_replaces_the_place(catalog):
    first = turn(catalog, "my ex posted my nudes, I'm in Ohio")
    second = turn(catalog, "actually I'm in Texas", first)
    assert second.jurisdictions == ("US-TX",) and "shared" in second.acts


def test_a_reply_to_a_question_back_answers_the_pending_question(catalog):
    first = turn(catalog, "can I sue the guy who made a deepfake of me?")
    assert decide(first, catalog.registry)[0] == "clarify"
    second = turn(catalog, "California", first)
    assert second.ask == "sue" and second.jurisdictions == ("US-CA",)
    assert decide(second, catalog.registry)[0] == "answer"


# --- answer or ask back ---------------------------------------------------------------------------------------

DECIDE = [
    ("hi", "clarify"),
    ("what now", "clarify"),
    ("is that a crime?", "clarify"),
    ("someone posted a fake nude of me, what can I do?", "clarify"),
    ("I'm in the UK and someone shared a deepfake of me", "clarify"),
    ("I live in the US, my ex posted my nudes", "clarify"),
    ("someone posted a fake nude of me, I live in Texas: what can I do?", "answer"),
    ("what does the TAKE IT DOWN Act require platforms to do?", "answer"),
    ("is there a federal law against deepfake porn?", "answer"),
    ("has Congress passed the DEFIANCE Act?", "answer"),
    ("which states have a civil remedy for deepfakes?", "list"),
    ("compare Texas and California", "compare"),
    ("someone shared a deepfake of me, what can I do in Mexico?", "answer"),
]


@pytest.mark.parametrize("text,kind", DECIDE)
def test_answer_list_compare_or_ask_back(catalog, text, kind):
    assert decide(parse(text, catalog), catalog.registry)[0] == kind


HEADINGS = [  # a place typed first, as a heading, on a phone
    ("Richmond: ex threatening to share my photos, is that illegal?", "clarify"),
    ("Arlington - my pics got leaked by my ex", "clarify"),
    ("savannah. kids at my sons middle school are putting classmates faces on nude pics", "answer"),
    ("Phoenix. someone made fake nudes of me", "answer"),
]


@pytest.mark.parametrize("text,kind", HEADINGS)
def test_a_place_typed_as_a_heading_is_a_place_and_an_ambiguous_one_is_asked_with_choices(catalog, text, kind):
    f = parse(text, catalog)
    got, _, choices = decide(f, catalog.registry)
    assert got == kind
    assert f.jurisdictions
    if kind == "clarify":
        assert len(choices) >= 2  # quick replies name the candidates


@pytest.mark.parametrize("text", ["Nice. what should i do now?", "Jordan: he posted my pics",
                                  "Update: my ex posted them again"])
def test_a_common_word_or_a_first_name_as_a_heading_is_not_a_place(catalog, text):
    f = parse(text, catalog)
    assert not f.jurisdictions and f.unresolved_place is None


def test_a_law_name_names_every_record_of_the_same_instrument(catalog):
    """Only one AI Act record spells out "AI Act" in its title; the name still reaches the other article."""
    named = catalog.laws_named_in("Is the EU AI Act ban on nudify apps in force?")
    ai_act = {law.id for law in catalog.corpus.laws if (law.citation or "").startswith("Regulation (EU) 2024/1689")}
    assert len(ai_act) >= 2 and ai_act <= named


@pytest.mark.parametrize("text,asked", [
    ("I live in Portland and my ex posted my nudes", True),  # Oregon's city, and Maine's largest
    ("Vivo en Barcelona y mi expareja difundió un vídeo íntimo que le mandé. ¿Es delito?", False),  # not Venezuela
    ("I live in Kansas City and my ex posted my nudes", True),
    ("I live in Columbus and my ex posted my nudes", False),
])
def test_a_city_name_is_asked_back_only_when_another_place_of_that_name_is_a_real_candidate(catalog, text, asked):
    assert (decide(parse(text, catalog), catalog.registry)[0] == "clarify") is asked


@pytest.mark.parametrize("text,did", [
    ("My 14 year old son used an app to make fake nudes of girls in his class. What happens to him now?", True),
    ("someone made fake nudes of my son, we live in ohio", False),
    ("my daughter sent nudes to her boyfriend and he posted them. texas", False),
    ("I sent a nude that a girl (she's 15, I'm 16) sent me to a group chat, how much trouble am i in", True),
    ("i'm 15 and i sent my bf nudes and he shared them, ohio", False),
])
def test_who_did_it_the_asker_their_child_or_someone_else(catalog, text, did):
    assert parse(text, catalog).asker_did is did
