"""The CLI contract of DESIGN.md section 5, called in-process; JSON is parsed back into the models."""

import json

from kb.__main__ import main
from kb.models import Law
from kb.results import Citation

ASK_KEYS = {"question", "jurisdictions", "intent", "answer", "citations", "disclaimer"}
CITATION_KEYS = {"n", "law_id", "citation", "jurisdiction", "title", "url", "passage"}


def run(capsys, argv, kb):
    code = main(argv, base=kb)
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_json_has_the_contract_fields_and_cites_virginia(capsys, real_kb):
    code, out, _ = run(capsys, ["ask", "--json", "Is it a crime in Virginia to share a fake nude image of "
                                                 "someone?"], real_kb)
    data = json.loads(out)
    assert code == 0 and ASK_KEYS <= set(data)
    assert data["jurisdictions"][0] == "US-VA"
    assert all(CITATION_KEYS <= set(c) for c in data["citations"])
    assert data["citations"][0]["citation"] == "Va. Code Ann. § 18.2-386.2"
    assert all(c["jurisdiction"] in ("US-VA", "US") for c in data["citations"])
    [Citation.model_validate(c) for c in data["citations"]]


def test_ask_batch_prints_one_object_per_line_in_order_with_latency(capsys, tmp_path, real_kb):
    questions = ["Is sharing a deepfake illegal in Texas?", "what can i do in ohio", "Are there laws in Scotland?"]
    batch = tmp_path / "q.txt"
    batch.write_text("\n".join(questions) + "\n")
    code, out, _ = run(capsys, ["ask", "--json", "--batch", str(batch)], real_kb)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["question"] for r in rows] == questions
    assert [r["jurisdictions"][0] for r in rows] == ["US-TX", "US-OH", "GB-SCT"]
    assert all(r["latency_ms"] >= 0 for r in rows)


def test_ask_text_lists_sources_and_disclaimer(capsys, real_kb):
    code, out, _ = run(capsys, ["ask", "is it illegal to share nudes without consent in New York"], real_kb)
    assert code == 0 and "Sources:" in out and "not legal advice" in out and "N.Y." in out


def test_laws_json_are_law_records(capsys, real_kb):
    code, out, _ = run(capsys, ["laws", "--jurisdiction", "TX", "--json"], real_kb)
    laws = [Law.model_validate(x) for x in json.loads(out)]
    assert code == 0 and laws and all(l.jurisdiction == "US-TX" for l in laws)


def test_laws_table_lists_every_law(capsys, real_kb):
    code, out, _ = run(capsys, ["laws"], real_kb)
    assert code == 0 and out.strip().endswith(f"{len(real_kb.catalog.laws)} law(s)")


def test_unknown_jurisdiction_exits_1_with_a_suggestion(capsys, real_kb):
    code, out, err = run(capsys, ["ask", "is it illegal", "--jurisdiction", "Texsaa"], real_kb)
    assert code == 1 and out == "" and 'did you mean US-TX (Texas)' in err


def test_ask_without_a_question_is_a_user_error(capsys, real_kb):
    code, _, err = run(capsys, ["ask"], real_kb)
    assert code == 1 and "give a question" in err


def test_coverage_lists_jurisdictions(capsys, real_kb):
    code, out, _ = run(capsys, ["coverage", "--json"], real_kb)
    rows = {r["code"]: r for r in json.loads(out)}
    assert code == 0 and rows["US-TX"]["laws"] >= 1 and rows["US-VA"]["synthetic"] == "yes"
