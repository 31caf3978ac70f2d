"""The evaluation scorer (bench/eval.py) on hand-built `ask --json` answers: polarity, ask-back, citations on
place-less questions, places, rows and per-class figures. No model and no index: the real corpus catalog only."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kb.catalog import Catalog

ROOT = Path(__file__).resolve().parent.parent


def _load_eval():
    spec = importlib.util.spec_from_file_location("bench_eval", ROOT / "bench" / "eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ev = _load_eval()


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_dir(ROOT / "data" / "statutes")


def cite(catalog, law_id: str, n: int = 1, **override) -> dict:
    law = catalog.law(law_id)
    return {"n": n, "law_id": law_id, "citation": law.label, "url": law.url, "jurisdiction": law.jurisdiction,
            **override}


def answer(catalog, *law_ids, jurisdictions=(), text="", **fields) -> dict:
    return {"jurisdictions": list(jurisdictions), "answer": text,
            "citations": [cite(catalog, i, n) for n, i in enumerate(law_ids, 1)], "latency_ms": 1.0, **fields}


TEXAS_CRIME = {"id": "t1", "class": "legality_no", "question": "Is it legal to make AI nudes of a singer in Dallas?",
               "expected_kind": "answer", "expected_jurisdictions": ["US-TX"],
               "expected_law_ids": ["us-tx-penal-21.165"], "expected_verdict": "no", "crime_if_yes": True}
NO_PLACE = {"id": "n1", "class": "no_place", "question": "is that a crime?", "expected_kind": "clarify",
            "expected_jurisdictions": [], "expected_law_ids": []}


def score(catalog, questions, answers):
    return ev.score_answers(questions, answers, catalog)


# --- polarity -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, word", [
    ("**Short answer:** No. In Texas, making such images is a crime [1].", "no"),
    ("**Short answer:** yes. In Texas, sharing ...", "yes"),
    ("**Short answer:** Not clearly: no law in the corpus for Ohio covers this.", "unclear"),
    ("**Respuesta corta:** No está claro: ninguna ley ...", "unclear"),
    ("**Respuesta corta:** Sí. En Texas ...", "yes"),
    ("**Réponse courte :** Non. En France ...", "no"),
    ("**Resposta curta:** Não. No Brasil ...", "no"),
    ("**Resposta curta:** Sim, ...", "yes"),
    ("**Where:** Texas (US-TX).", None),
])
def test_short_answer_line_gives_its_first_word(line, word):
    assert ev.short_polarity("**Where:** Texas.\n\n" + line) == word


def test_yes_to_a_legality_question_about_a_crime_is_counted(catalog):
    wrong = answer(catalog, "us-tx-penal-21.165", jurisdictions=["US-TX", "US"], kind="answer", verdict="yes",
                   text="**Short answer:** Yes. In Texas ...")
    right = answer(catalog, "us-tx-penal-21.165", jurisdictions=["US-TX", "US"], kind="answer", verdict="no",
                   text="**Short answer:** No. In Texas, making such images is a crime [1].")
    out = score(catalog, [TEXAS_CRIME, {**TEXAS_CRIME, "id": "t2"}], [wrong, right])
    overall = out["overall"]
    assert overall["yes_to_crime"] == 1
    assert overall["crime_questions"] == 2
    assert overall["verdict_accuracy"] == 0.5
    assert overall["short_polarity_accuracy"] == 0.5
    assert overall["short_line_mismatch"] == 0
    assert overall["hit@3"] == 1.0 and overall["place_accuracy"] == 1.0


def test_an_answer_from_before_the_frame_has_no_verdict_but_its_yes_line_still_counts(catalog):
    old = answer(catalog, "us-tx-penal-21.165", jurisdictions=["US-TX", "US"],
                 text="**Where:** Texas (US-TX).\n\n**Short answer:** yes. In Texas, sharing ...")
    r = score(catalog, [TEXAS_CRIME], [old])["results"][0]
    assert r["kind"] == "answer" and r["verdict"] is None
    assert r["verdict_ok"] is False
    assert r["short"] == "yes" and r["yes_to_crime"] is True


def test_a_verdict_that_disagrees_with_its_short_line_is_a_mismatch(catalog):
    a = answer(catalog, "us-tx-penal-21.165", jurisdictions=["US-TX"], verdict="no",
               text="**Short answer:** Yes. In Texas ...")
    assert score(catalog, [TEXAS_CRIME], [a])["overall"]["short_line_mismatch"] == 1


def test_a_list_of_acceptable_verdicts(catalog):
    q = {**TEXAS_CRIME, "expected_verdict": ["no", "unclear"], "crime_if_yes": False}
    a = answer(catalog, "us-tx-penal-21.165", jurisdictions=["US-TX"], verdict="unclear",
               text="**Short answer:** Not clearly: ...")
    r = score(catalog, [q], [a])["results"][0]
    assert r["verdict_ok"] is True and r["short_ok"] is True and r["yes_to_crime"] is None


# --- asking back and place-less citations ---------------------------------------------------------------------

def test_a_question_back_with_no_law_is_right_for_a_place_less_question(catalog):
    a = answer(catalog, kind="clarify", clarify={"question": "Where do you live?", "choices": []})
    overall = score(catalog, [NO_PLACE], [a])["overall"]
    assert overall["ask_back_rate"] == 1.0 and overall["under_specified"] == 1
    assert overall["placeless_citations"] == 0 and overall["placeless_questions_citing"] == 0
    assert overall["kind_accuracy"] == 1.0
    assert overall["false_ask_back_rate"] is None


def test_todays_us_and_eu_default_on_a_place_less_question_counts_every_citation(catalog):
    a = answer(catalog, "us-usc-47-223h", "eu-dir-2024-1385-art5", "us-usc-15-6851", jurisdictions=["US", "EU"])
    overall = score(catalog, [NO_PLACE], [a])["overall"]
    assert overall["ask_back_rate"] == 0.0
    assert overall["placeless_citations"] == 3 and overall["placeless_questions_citing"] == 1
    assert overall["kind_accuracy"] == 0.0


def test_asking_back_on_a_fully_specified_question_is_a_false_ask_back_and_scores_no_law(catalog):
    a = answer(catalog, kind="clarify", clarify={"question": "Where?", "choices": []})
    out = score(catalog, [TEXAS_CRIME], [a])
    overall, r = out["overall"], out["results"][0]
    assert overall["false_ask_back_rate"] == 1.0 and overall["fully_specified"] == 1
    assert r["place_ok"] is False and r["hit3"] is False and r["verdict_ok"] is False


def test_a_question_back_is_excused_where_the_set_accepts_one(catalog):
    q = {"id": "k1", "class": "uk_parts", "question": "I'm in the UK, my ex shared my nudes. Crime?",
         "expected_kind": ["answer", "clarify"], "expected_jurisdictions": ["GB"],
         "accept_jurisdictions": [["GB-EAW", "GB-SCT", "GB-NIR"]],
         "expected_law_ids": ["gb-eaw-soa-2003-66b", "gb-sct-absha-2016-2"], "expected_verdict": "yes"}
    back = answer(catalog, kind="clarify")
    parts = answer(catalog, "gb-eaw-soa-2003-66b", "gb-sct-absha-2016-2", "gb-nir-ja-2016-51",
                   jurisdictions=["GB-EAW", "GB-SCT", "GB-NIR", "GB"], verdict="yes",
                   text="**Short answer:** Yes. In each part of the UK ...")
    england_only = answer(catalog, "gb-eaw-soa-2003-66b", jurisdictions=["GB-EAW", "GB"], verdict="yes")
    out = score(catalog, [q, q, q], [back, parts, england_only])
    r_back, r_parts, r_eng = out["results"]
    assert r_back["place_ok"] is None and r_back["hit3"] is None and r_back["verdict_ok"] is None
    assert not r_back["under"] and not r_back["full"]  # in neither ask-back denominator
    assert r_parts["place_ok"] is True and r_parts["hit3"] is True and r_parts["verdict_ok"] is True
    assert r_parts["wrong_jurisdiction"] == 0
    assert r_eng["place_ok"] is False


def test_a_country_outside_the_corpus_may_cite_only_eu_law_when_it_is_a_member(catalog):
    q = {"id": "u1", "class": "unknown_country", "question": "I'm in Poland, someone shared my nudes.",
         "expected_kind": "answer", "expected_jurisdictions": ["PL"], "expected_law_ids": [],
         "place_rule": "subset", "allowed_citation_jurisdictions": ["EU"], "mentions_any": ["Poland"]}
    eu_only = answer(catalog, "eu-dsa-2022-2065-art16", jurisdictions=["EU"],
                     text="Poland's own law is not in the corpus yet; EU law applies.")
    us_default = answer(catalog, "us-usc-47-223h", "eu-dsa-2022-2065-art16", jurisdictions=["US", "EU"],
                        text="Laws that apply ...")
    out = score(catalog, [q, q], [eu_only, us_default])
    good, bad = out["results"]
    assert good["placeless_citations"] == 0 and good["place_ok"] is True and good["mention_ok"] is True
    assert bad["placeless_citations"] == 1 and bad["place_ok"] is False and bad["mention_ok"] is False
    assert out["overall"]["placeless_citations"] == 1


# --- places, laws and citations -------------------------------------------------------------------------------

def test_place_is_the_most_specific_codes_and_a_law_elsewhere_is_a_wrong_jurisdiction(catalog):
    a = answer(catalog, "us-ca-penal-647", "us-tx-penal-21.165", jurisdictions=["US-CA", "US"])
    r = score(catalog, [TEXAS_CRIME], [a])["results"][0]
    assert r["place_ok"] is False
    assert r["hit1"] is False and r["hit3"] is True
    assert r["wrong_jurisdiction"] == 1  # the California law; the Texas one is inside


def test_a_citation_that_differs_from_the_record_is_fabricated(catalog):
    a = answer(catalog, jurisdictions=["US-TX", "US"])
    a["citations"] = [cite(catalog, "us-tx-penal-21.165", url="https://example.org/not-the-record"),
                      {"n": 2, "law_id": "us-tx-made-up", "citation": "Tex. Made Up § 1", "url": "https://x",
                       "jurisdiction": "US-TX"}]
    overall = score(catalog, [TEXAS_CRIME], [a])["overall"]
    assert overall["fabricated"] == 2 and overall["wrong_jurisdiction"] == 0


def test_compare_rows_must_name_each_place(catalog):
    q = {"id": "c1", "class": "compare", "question": "compare Texas and California", "expected_kind": "compare",
         "expected_jurisdictions": ["US-TX", "US-CA"], "expected_law_ids": [],
         "expected_rows_include": ["US-TX", "US-CA"]}
    both = answer(catalog, "us-tx-penal-21.165", "us-ca-penal-647", jurisdictions=["US-TX", "US-CA", "US"],
                  kind="compare", rows=[{"jurisdiction": "US-TX", "rule": "r"}, {"jurisdiction": "US-CA", "rule": "r"}])
    one = answer(catalog, "us-tx-penal-21.165", jurisdictions=["US-TX", "US"])
    good, bad = score(catalog, [q, q], [both, one])["results"]
    assert good["kind_ok"] and good["rows_ok"] and good["place_ok"] and good["wrong_jurisdiction"] == 0
    assert bad["kind_ok"] is False and bad["rows_ok"] is False and bad["place_ok"] is False


def test_places_fall_back_to_the_frame_when_the_answer_names_none(catalog):
    q = {"id": "c2", "class": "compare", "question": "Texas v. Utah", "expected_kind": "compare",
         "expected_jurisdictions": ["US-TX", "US-UT"], "expected_law_ids": []}
    a = answer(catalog, kind="compare", frame={"jurisdictions": ["US-TX", "US-UT"]})
    assert score(catalog, [q], [a])["results"][0]["place_ok"] is True


def test_frame_fields_are_checked_where_labelled(catalog):
    q = {**TEXAS_CRIME, "expected_role": "maker", "expected_acts": ["made"], "expected_image": "fake",
         "language": "en", "minor": False, "when": "2023-03"}
    frame = {"version": 1, "language": "en", "role": "maker", "acts": ["made", "shared"], "image": "fake",
             "minor": False, "when": "2023"}
    r = score(catalog, [q], [answer(catalog, jurisdictions=["US-TX"], frame=frame)])["results"][0]
    assert all(r[k] is True for k in ("role_ok", "acts_ok", "image_ok", "language_ok", "minor_ok", "when_ok"))
    r = score(catalog, [q], [answer(catalog, jurisdictions=["US-TX"])])["results"][0]  # no frame: all wrong
    assert all(r[k] is False for k in ("role_ok", "acts_ok", "image_ok", "language_ok", "minor_ok", "when_ok"))


def test_safety_first_no_victim_plan_for_a_maker_and_choices_for_an_ambiguous_place(catalog):
    teen = {"id": "m1", "class": "minor_self", "question": "im 15, i sent a pic, texas", "expected_kind": "answer",
            "expected_jurisdictions": ["US-TX"], "expected_law_ids": [], "expected_first_section": "safety"}
    maker = {"id": "r1", "class": "role_maker", "question": "I made a fake nude, Houston", "expected_kind": "answer",
             "expected_jurisdictions": ["US-TX"], "expected_law_ids": [], "forbid_any": ["StopNCII"]}
    which = {"id": "a1", "class": "ambiguous_place", "question": "Springfield", "expected_kind": "clarify",
             "expected_jurisdictions": [], "expected_law_ids": [], "expected_choices": True}
    safe = answer(catalog, jurisdictions=["US-TX"], sections=[{"kind": "safety", "title": "", "body": ""},
                                                               {"kind": "short", "title": "", "body": ""}])
    plain = answer(catalog, jurisdictions=["US-TX"], text="**Short answer:** ...")
    victim_plan = answer(catalog, jurisdictions=["US-TX"], text="2. **Block re-uploads:** StopNCII.org ...")
    back = answer(catalog, kind="clarify", clarify={"question": "Which Springfield?",
                                                    "choices": ["Springfield, Illinois", "Springfield, Missouri"]})
    bare = answer(catalog, kind="clarify", clarify={"question": "Where?", "choices": []})
    r = score(catalog, [teen, teen, maker, maker, which, which],
              [safe, plain, plain, victim_plan, back, bare])["results"]
    assert [x["first_section_ok"] for x in r[:2]] == [True, False]
    assert [x["forbidden_ok"] for x in r[2:4]] == [True, False]
    assert [x["choices_ok"] for x in r[4:]] == [True, False]


def test_saved_answers_are_scored_again_without_asking(catalog, tmp_path):
    qfile = tmp_path / "set.jsonl"
    qfile.write_text(json.dumps(TEXAS_CRIME) + "\n" + json.dumps(NO_PLACE) + "\n")
    saved = tmp_path / "answers"
    saved.mkdir()
    rows = [{"id": "t1", "answer": answer(catalog, "us-tx-penal-21.165", jurisdictions=["US-TX"], verdict="no",
                                         text="**Short answer:** No. In Texas ...")},
            {"id": "n1", "answer": answer(catalog, kind="clarify")}]
    (saved / "set.answers.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

    class Base:  # only the catalog is used when rescoring
        pass

    base = Base()
    base.catalog = catalog
    out = ev.evaluate_file(qfile, base, baseline=False, rescore=saved)
    assert out["recourse"]["hit@3"] == 1.0 and out["recourse"]["ask_back_rate"] == 1.0
    assert out["recourse"]["verdict_accuracy"] == 1.0 and out["failures"] == []


# --- per-class figures and the old format -------------------------------------------------------------------

def test_figures_are_given_per_class(catalog):
    questions = [TEXAS_CRIME, {**TEXAS_CRIME, "id": "t2"}, NO_PLACE]
    answers = [answer(catalog, "us-tx-penal-21.165", jurisdictions=["US-TX"], verdict="no"),
               answer(catalog, "us-ca-penal-647", jurisdictions=["US-CA"], verdict="yes"),
               answer(catalog, kind="clarify")]
    out = score(catalog, questions, answers)
    legality, no_place = out["classes"]["legality_no"], out["classes"]["no_place"]
    assert legality["questions"] == 2 and legality["hit@3"] == 0.5 and legality["verdict_accuracy"] == 0.5
    assert legality["yes_to_crime"] == 1 and legality["ask_back_rate"] is None
    assert no_place["questions"] == 1 and no_place["ask_back_rate"] == 1.0 and no_place["hit@3"] is None
    assert out["overall"]["questions"] == 3 and out["overall"]["false_ask_back_rate"] == 0.0


def test_old_question_files_keep_their_meaning(catalog):
    old = [{"question": "my ex posted our tape, columbus oh", "places": ["US-OH"],
            "law_ids": ["us-oh-rc-2917.211"], "voice": "victim", "minor": False},
           {"question": "what do i even do", "places": [], "law_ids": [], "voice": "victim", "minor": False}]
    answers = [answer(catalog, "us-oh-rc-2917.211", jurisdictions=["US-OH", "US"]),
               answer(catalog, "us-usc-47-223h", jurisdictions=["US", "EU"])]
    out = score(catalog, old, answers)
    overall = out["overall"]
    assert overall["jurisdiction_accuracy"] == 0.5  # old rule: codes with parents; [] expected for the second
    assert overall["hit@3"] == 1.0 and overall["no_law_accuracy"] == 1.0  # federal law allowed with no place
    assert overall["kind_accuracy"] is None and overall["ask_back_rate"] is None
    assert overall["minor_accuracy"] is None and overall["placeless_citations"] == 0
    assert set(out["classes"]) == {"victim"}


def test_the_frame_sets_are_well_formed(catalog):
    """Every label names a real law and place; held-out is every 5th question of each class."""
    tuning = [json.loads(l) for l in (ROOT / "bench" / "frame_questions.jsonl").read_text().splitlines() if l]
    heldout = [json.loads(l) for l in (ROOT / "bench" / "frame_heldout.jsonl").read_text().splitlines() if l]
    everything = tuning + heldout
    assert len(everything) >= 200 and len(heldout) >= 40
    assert len({q["id"] for q in everything}) == len(everything)
    classes = {q["class"] for q in everything}
    for cls in classes:
        assert sum(q["class"] == cls for q in everything) >= 12, cls
    assert all(int(q["id"].rsplit("-", 1)[1]) % 5 == 0 for q in heldout)
    assert all(int(q["id"].rsplit("-", 1)[1]) % 5 != 0 for q in tuning)
    for q in everything:
        ev.normalize_question(q)
        for law_id in q["expected_law_ids"]:
            assert catalog.law(law_id) is not None, (q["id"], law_id)
        if q["class"] != "unknown_country":
            assert all(c in catalog.registry for c in q["expected_jurisdictions"]), q["id"]
    verdicts = {q.get("expected_verdict") for q in everything if isinstance(q.get("expected_verdict"), str)}
    assert {"yes", "no"} <= verdicts
    assert any(q.get("crime_if_yes") for q in everything)
