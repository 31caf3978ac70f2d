"""The action plan in the person's language: same steps, same law, same links; only the fixed wording changes.

Law names, summaries, elements and what platform records say stay as recorded (English), and a plan in another
language carries one notice saying so.
"""

import re
import string
from pathlib import Path

import pytest

import kb.plan
from kb import Situation
from kb.__main__ import main
from kb.i18n import EN, TABLES, t

PLAN_SOURCES = [Path(kb.plan.__file__).with_name(name) for name in ("plan.py", "plan_steps.py")]


def plan_keys() -> set[str]:
    """Every kb.i18n key the plan's code uses: `t(lang, "...")` calls and quoted "plan.*" keys (DEADLINES)."""
    keys = set()
    for path in PLAN_SOURCES:
        if path.exists():
            source = path.read_text(encoding="utf-8")
            keys |= set(re.findall(r'\bt\(\s*lang,\s*"([^"]+)"', source))
            keys |= set(re.findall(r'"(plan\.[a-z_.]+)"', source))
    return keys


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_scan_finds_the_plans_keys():
    keys = plan_keys()
    assert len(keys) > 50
    assert {"plan.support.title", "plan.deadline.ftc", "plan.deadline.passed", "disclaimer"} <= keys


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_every_key_the_plan_uses_exists_in_every_language(lang):
    missing = sorted(k for k in plan_keys() if not TABLES[lang].get(k))
    assert missing == []


@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_translations_fill_the_same_placeholders_as_english(lang):
    wrong = [k for k in plan_keys() if fields(TABLES[lang][k]) != fields(EN[k])]
    assert wrong == []


def test_the_plans_words_only_add_plan_keys():
    """kb/plan_words.py extends kb.i18n's tables; it never replaces a key the answers use."""
    from kb.plan_words import PLAN_WORDS

    assert set(PLAN_WORDS) == set(TABLES)
    assert all(k.startswith("plan.") for words in PLAN_WORDS.values() for k in words)
    assert all(set(words) == set(PLAN_WORDS["en"]) for words in PLAN_WORDS.values())
    assert all(TABLES[lang][k] == v for lang, words in PLAN_WORDS.items() for k, v in words.items())


def test_a_missing_key_falls_back_to_english():
    assert t("de", "plan.support.title") == EN["plan.support.title"]  # a language without a table
    assert t("de", "short.crime", word="Yes.", place="Texas", act="x", laws="y") == EN["short.crime"].format(
        word="Yes.", place="Texas", act="x", laws="y")


def test_situation_language_is_one_of_the_plans_languages():
    assert Situation(lives_in="TX").language == "en"
    assert Situation(lives_in="TX", language="pt").language == "pt"
    with pytest.raises(ValueError, match="language 'de' is not one of: en, es, fr, pt"):
        Situation(lives_in="TX", language="de")


def pair(real_kb, lang, **situation):
    english = real_kb.plan(Situation(**situation))
    other = real_kb.plan(Situation(**situation, language=lang))
    return english, other


def cites(p):
    return [[(c.n, c.law_id, c.citation, c.url) for c in step.citations] for step in p.steps]


def urls(p):
    return [[link.url for link in step.links] for step in p.steps]


def assert_same_plan_other_words(english, other, lang):
    """Same steps, citations, links, drafts and deadlines; every title and "why" in the other language's words
    (a platform's "why" is its record's summary and stays as recorded)."""
    assert [s.id for s in other.steps] == [s.id for s in english.steps]
    assert cites(other) == cites(english) and urls(other) == urls(english)
    assert other.drafts == english.drafts and [s.deadline for s in other.steps] == [s.deadline for s in english.steps]
    assert other.jurisdictions == english.jurisdictions
    for en, xx in zip(english.steps, other.steps):
        assert xx.title != en.title, en.id
        assert len(xx.how) == len(en.how), en.id
        if not en.id.startswith("report-"):
            assert xx.why != en.why, en.id
        # every [n] marker survives translation
        assert re.findall(r"\[\d+\]", " ".join((xx.why, *xx.how))) == re.findall(r"\[\d+\]", " ".join((en.why,
                                                                                                        *en.how)))
    assert other.notices[0] == t(lang, "plan.notice.english")
    assert t("en", "plan.notice.english") not in english.notices
    assert other.disclaimer.startswith(TABLES[lang]["disclaimer"])


def test_a_spanish_plan_for_texas(real_kb):
    english, spanish = pair(real_kb, "es", lives_in="TX", platforms=("instagram", "unknown"), synthetic=True,
                            victim_took_photo=True, request_sent_on="2026-11-20")
    assert_same_plan_other_words(english, spanish, "es")
    step = {s.id: s for s in spanish.steps}
    assert step["support"].title == "Busca apoyo ahora"
    assert step["police"].title == "Denúncialo a la policía e indica el delito"
    assert step["report-meta"].title == "Denuncia la imagen en Meta"
    assert step["take-it-down-notice"].deadline == "2026-11-22 00:00"
    assert step["take-it-down-notice"].how[-1].startswith("Si pasan 48 horas: Denuncia a la plataforma ante la FTC")
    # law elements and law titles stay as recorded (English)
    law = real_kb.catalog.law("us-usc-47-223a")
    assert [h.removeprefix("Incluye: ") for h in step["take-it-down-notice"].how[:-1]] == list(law.elements)
    assert step["dmca"].how == dict((s.id, s) for s in english.steps)["dmca"].how
    assert step["police"].how[:-1] == dict((s.id, s) for s in english.steps)["police"].how[:-1]


def test_a_spanish_plan_for_a_minor_threatened_in_texas(real_kb):
    english, spanish = pair(real_kb, "es", lives_in="TX", minor_at_creation=True, shared=False)
    assert_same_plan_other_words(english, spanish, "es")
    assert spanish.steps[0].id == "child-safety"
    assert spanish.steps[0].title.startswith("La persona de la imagen era menor de 18 años")
    assert "sextortion" in [s.id for s in spanish.steps]


def test_a_french_plan_for_france(real_kb):
    english, french = pair(real_kb, "fr", lives_in="FR", platforms=("x",), synthetic=True)
    assert_same_plan_other_words(english, french, "fr")
    step = {s.id: s for s in french.steps}
    assert {"erasure-eu", "police", "report-x"} <= set(step)
    assert step["police"].title == "Portez plainte auprès de la police en nommant l'infraction"
    assert step["erasure-eu"].title == "Demandez l'effacement au titre de la protection des données"


def test_a_portuguese_plan_for_brazil(real_kb):
    english, portuguese = pair(real_kb, "pt", lives_in="BR", platforms=("x",), synthetic=True)
    assert_same_plan_other_words(english, portuguese, "pt")
    step = {s.id: s for s in portuguese.steps}
    assert step["police"].title == "Registre um boletim de ocorrência e cite o crime"
    assert step["report-x"].title == "Denuncie a imagem na plataforma X"


def test_place_notices_in_other_languages(real_kb):
    uk = real_kb.plan(Situation(lives_in="GB", language="fr"))
    assert t("fr", "plan.notice.split", place="Royaume-Uni") in uk.notices
    assert "NG" not in real_kb.catalog.covered_codes  # premise: the corpus records nothing for Nigeria
    nigeria = real_kb.plan(Situation(lives_in="NG", language="pt"))
    assert t("pt", "plan.notice.not_covered", place="Nigéria") in nigeria.notices


def test_australia_deadline_wording_in_spanish(real_kb):
    english, spanish = pair(real_kb, "es", lives_in="AU", platforms=("tiktok",))
    assert_same_plan_other_words(english, spanish, "es")
    esafety = next(s for s in spanish.steps if s.id == "esafety")
    assert esafety.how[-1] == "Si pasan 24 horas: " + TABLES["es"]["plan.deadline.esafety"]


def test_the_plan_from_a_conversation_is_in_its_language(real_kb):
    frame = real_kb.understand("Alguien subió a Instagram una foto falsa mía desnuda. Vivo en Texas, ¿qué hago?")
    assert frame.language == "es"
    situation = real_kb.situation_from(frame)
    assert situation.language == "es" and situation.lives_in == "US-TX"
    assert real_kb.plan(situation).steps[0].title == TABLES["es"]["plan.support.title"]
    english = real_kb.situation_from(frame.model_copy(update={"language": "de"}))  # no plan table: English
    assert english.language == "en"


def test_cli_plan_language(capsys, real_kb):
    code = main(["plan", "-j", "TX", "--language", "es", "--platform", "reddit"], base=real_kb)
    out = capsys.readouterr().out
    assert code == 0 and "1. Busca apoyo ahora" in out and "Report it to" not in out
    assert TABLES["es"]["plan.notice.english"] in out
    code = main(["plan", "-j", "TX", "--platform", "reddit"], base=real_kb)
    out = capsys.readouterr().out
    assert code == 0 and "1. Get support now" in out and TABLES["es"]["plan.notice.english"] not in out


@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_every_english_key_is_translated_with_the_same_placeholders(lang):
    """No answer sentence falls back to English in a language people write in (kb/answer.py's `_short` gives a
    missing sentence whole in English), and every translation fills exactly the English {placeholders}."""
    missing = [k for k in EN if not TABLES[lang].get(k)]
    wrong = [k for k in EN if k in TABLES[lang] and fields(TABLES[lang][k]) != fields(EN[k])]
    assert missing == [] and wrong == []
    assert all(TABLES[lang][k] != EN[k] for k in EN if k.startswith("short.")), "a short answer left in English"
