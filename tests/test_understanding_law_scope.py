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
