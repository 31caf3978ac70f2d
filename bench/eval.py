"""Answer quality, measured: `python bench/eval.py [--questions FILE ...] [--limit N] [--json [OUT]]`.

Runs every question of one or more question files through Recourse (`KnowledgeBase.ask`, default grounded composer)
and, for the questions that expect a law, through a naive baseline in the same process over the same corpus. Each
file is scored on its own, overall and per class (`class` field; old files use `voice`).

Question files (JSON lines). Old format: `question`, `places` (expected codes), `law_ids`, `voice`, `minor`.
Frame format (bench/frame_questions.jsonl, bench/frame_heldout.jsonl): `id`, `class`, `question`,
`expected_kind` ("answer" | "clarify" | "list" | "compare", or a list of acceptable kinds), `expected_jurisdictions`
(most specific codes; [] means a question back is expected), `expected_law_ids` (any of them in the top 3 counts),
optional `expected_verdict` ("yes" | "no" | "unclear", or a list of acceptable ones), `crime_if_yes` (answering
"yes" would call a crime legal),
`expected_role`, `expected_acts`, `expected_image`, `language`, `minor`, `cues`, `when` (checked against the answer's
`frame`), `expected_first_section` (kind of the first of `sections`, e.g. "safety"), `forbid_any` (none may appear
in the answer, e.g. victim-plan steps for someone who made an image), `expected_choices` (a question back must offer
quick-reply choices), `context` (a first turn asked before this one),
`accept_jurisdictions` (other acceptable sets of codes), `place_rule: "subset"` (a country outside the corpus: the
answer may name it, or nothing, but no other place), `allowed_citation_jurisdictions` (e.g. ["EU"] for an EU member
outside the corpus), `expected_rows_include` (codes or law ids a list/compare answer's rows must mention),
`expected_status_words` (one must appear near the top of a bill-status answer), `mentions_any` (one must appear).

What is measured (the answer's `ask --json` fields; a missing `kind` is "answer", a missing `verdict`/`clarify`/`frame`
is null, as in answers from before the question frame):
- kind accuracy; ask-back rate on under-specified questions (expected kind clarify only) and false ask-back rate on
  fully specified ones (clarify not acceptable);
- placeless citations: laws cited on questions that expect a question back, or on a country outside the corpus
  (outside `allowed_citation_jurisdictions`) - must be 0;
- place accuracy: the most specific answered codes equal the expected ones (old files: the codes with parents, as
  before); hit@1 / hit@3 of an expected law;
- verdict accuracy (the `verdict` field); short-line polarity (the first word of the "**Short answer:**" line, in
  English, Spanish, French or Portuguese); verdict/short-line mismatches; "yes" to a question about a crime (a
  `crime_if_yes` question answered "yes" by the verdict or by the short line) - must be 0;
- rows, status-first, mention, first-section, forbidden-text and quick-reply-choice checks; role / image / acts /
  language / minor / cues / when of the frame where labelled;
- fabricated citations (id not in the corpus, or text/link differing from the record); wrong-jurisdiction citations
  (outside the expected places and their parents; list/compare answers are exempt);
- latency p50/p95 per answer (warm) and the first answer after process start.
Baseline: LangChain's RecursiveCharacterTextSplitter over the same law texts, Chroma dense top-4 with the same
embedding model, no jurisdiction logic; its citations are the laws of the four chunks, in order. It is scored only
on the questions that expect a law (the law-retrieval classes).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

START = time.perf_counter()

KINDS = ("answer", "clarify", "list", "compare")
CROSS_KINDS = {"list", "compare"}

# First words of the short-answer line, longest first: "No está claro" is unclear, not "no".
_UNCLEAR = ("not clearly", "not clear", "unclear", "no está claro", "no esta claro", "no queda claro",
            "no claramente", "pas clairement", "pas clair", "não está claro", "nao esta claro", "não claramente",
            "nao claramente", "não é claro", "incierto", "incertain")
_YES = ("yes", "sí", "si", "oui", "sim")
_NO = ("no", "non", "não", "nao")
_SHORT_LABELS = ("short answer", "respuesta corta", "respuesta breve", "en resumen", "réponse courte",
                 "réponse brève", "en bref", "resposta curta", "resposta breve", "em resumo")


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else 0.0


# --- questions ------------------------------------------------------------------------------------------------

def load_questions(path: Path) -> list[dict]:
    return [normalize_question(json.loads(line), i) for i, line in enumerate(path.read_text().splitlines())
            if line.strip()]


def normalize_question(raw: dict, index: int = 0) -> dict:
    """One shape for both formats. Old questions keep their old meaning: no expected kind, and a place-less old
    question may cite federal or supranational law."""
    q = dict(raw)
    legacy = "expected_jurisdictions" not in q and "places" in q
    q["legacy"] = legacy
    if legacy:
        q["expected_jurisdictions"] = list(q.get("places") or [])
        q["expected_law_ids"] = list(q.get("law_ids") or [])
        q.setdefault("class", q.get("voice") or "all")
        q.setdefault("id", f"q{index + 1:03d}")
        kinds = None
    else:
        q.setdefault("expected_law_ids", [])
        q.setdefault("class", "all")
        q.setdefault("id", f"q{index + 1:03d}")
        kind = q.get("expected_kind")
        if kind is None:
            kind = "clarify" if not q["expected_jurisdictions"] else "answer"
        kinds = set([kind] if isinstance(kind, str) else kind)
        unknown = kinds - set(KINDS)
        if unknown:
            raise ValueError(f"{q['id']}: unknown expected_kind {sorted(unknown)}")
    q["kinds"] = kinds
    return q


def under_specified(q: dict) -> bool:
    return q["kinds"] == {"clarify"}


def fully_specified(q: dict) -> bool:
    return q["kinds"] is not None and "clarify" not in q["kinds"]


# --- one answer -----------------------------------------------------------------------------------------------

def short_polarity(markdown: str) -> Optional[str]:
    """'yes' | 'no' | 'unclear' from the first word of the "**Short answer:**" line; None without such a line."""
    for line in (markdown or "").splitlines():
        m = re.match(r"\s*\*\*([^*]+?):?\*\*:?\s*(.*)", line)
        if not m or m.group(1).strip().rstrip(":").lower() not in _SHORT_LABELS:
            continue
        text = m.group(2).strip().lstrip("*_ ").lower()
        if any(text.startswith(p) for p in _UNCLEAR):
            return "unclear"
        word = re.split(r"[\s.,;:!—–-]+", text, maxsplit=1)[0] if text else ""
        if word in _YES:
            return "yes"
        if word in _NO:
            return "no"
        return "other"
    return None


def _most_specific(codes, registry) -> set[str]:
    codes = list(codes)
    return {c for c in codes if not any(c in registry.parents(o) for o in codes if o != c)}


def score_one(q: dict, data: dict, catalog) -> dict:
    """The checks of one answer (`ask --json` dict); None where a check does not apply."""
    registry = catalog.registry
    kind = data.get("kind") or "answer"
    verdict = data.get("verdict")
    frame = data.get("frame") or {}
    rows = data.get("rows") or []
    cites = data.get("citations") or []
    ids = [c["law_id"] for c in cites]
    got_places = list(data.get("jurisdictions") or frame.get("jurisdictions") or [])
    expected = q["expected_jurisdictions"]
    kinds = q["kinds"]
    clarified = kind == "clarify"
    excused = clarified and kinds is not None and "clarify" in kinds  # a question back that was acceptable
    cross = kind in CROSS_KINDS
    r: dict = {"id": q["id"], "class": q["class"], "kind": kind, "verdict": verdict, "cited": ids[:5],
               "jurisdictions": got_places, "n_cites": len(ids), "latency_ms": data.get("latency_ms", 0.0),
               "error": data.get("error")}

    r["kind_ok"] = None if kinds is None else kind in kinds
    r["asked_back"] = clarified
    r["under"] = kinds is not None and under_specified(q)
    r["full"] = kinds is not None and fully_specified(q)

    # place
    if q["legacy"]:
        allowed = set(registry.with_parents(expected)) if expected else None
        r["place_ok"] = set(got_places) == (allowed or set())
    elif not expected or excused:
        allowed = None
        r["place_ok"] = None
    else:
        allowed = set(registry.with_parents(expected))
        for alt in q.get("accept_jurisdictions") or []:
            allowed |= set(registry.with_parents(alt))
        allowed |= set(q.get("allowed_citation_jurisdictions") or [])
        got = _most_specific(got_places, registry)
        if q.get("place_rule") == "subset":
            r["place_ok"] = got <= allowed
        else:
            r["place_ok"] = got == set(expected) or any(got == set(a) for a in q.get("accept_jurisdictions") or [])

    # laws
    want = q["expected_law_ids"]
    if want and not excused:
        r["hit1"] = bool(ids[:1]) and ids[0] in want
        r["hit3"] = any(i in want for i in ids[:3])
    else:
        r["hit1"] = r["hit3"] = None
    if q["legacy"] and not want:
        if expected:
            r["no_law_ok"] = not ids
        else:
            r["no_law_ok"] = cross or all(
                c["jurisdiction"] in registry
                and registry.get(c["jurisdiction"]).level.value in ("federal", "supranational") for c in cites)
    else:
        r["no_law_ok"] = None

    # citations: fabricated, wrong place, placeless
    fabricated = wrong = placeless = 0
    outside_ok = set(q.get("allowed_citation_jurisdictions") or [])
    placeless_q = not q["legacy"] and (under_specified(q) or q.get("place_rule") == "subset")
    for c in cites:
        law = catalog.law(c["law_id"])
        if law is None or c.get("citation") != law.label or c.get("url") != law.url:
            fabricated += 1
            continue
        if placeless_q:
            if q.get("place_rule") == "subset":
                placeless += law.jurisdiction not in outside_ok
            else:
                placeless += 1
            continue
        if cross or (kinds is not None and kinds & CROSS_KINDS):
            continue
        if q["legacy"] and not expected:
            wrong += law.jurisdiction not in registry or registry.get(law.jurisdiction).level.value not in (
                "federal", "supranational")
        elif allowed is not None and law.jurisdiction not in allowed:
            wrong += 1
    r.update(fabricated=fabricated, wrong_jurisdiction=wrong, placeless_citations=placeless if placeless_q else None)

    # polarity
    want_verdict = q.get("expected_verdict")
    if isinstance(want_verdict, str):
        want_verdict = [want_verdict]
    short = short_polarity(data.get("answer", ""))
    r["short"] = short
    r["verdict_ok"] = None if not want_verdict or excused else verdict in want_verdict
    r["short_ok"] = None if not want_verdict or excused else short in want_verdict
    r["short_mismatch"] = verdict is not None and short is not None and short != verdict
    r["short_missing"] = verdict is not None and short is None
    r["yes_to_crime"] = None if not q.get("crime_if_yes") else (verdict == "yes" or short == "yes")

    # rows, status, mentions
    inc = q.get("expected_rows_include")
    if inc and not excused:
        blob = json.dumps(rows, ensure_ascii=False)
        r["rows_ok"] = bool(rows) and all(x in blob for x in inc)
    else:
        r["rows_ok"] = None
    words = q.get("expected_status_words")
    top = (data.get("answer") or "")[:400].lower()
    r["status_first_ok"] = None if not words else any(w.lower() in top for w in words)
    mentions = q.get("mentions_any")
    text = (data.get("answer") or "").lower()
    r["mention_ok"] = None if not mentions else any(m.lower() in text for m in mentions)

    # frame
    r["role_ok"] = None if not q.get("expected_role") else frame.get("role") == q["expected_role"]
    r["image_ok"] = None if not q.get("expected_image") else frame.get("image") == q["expected_image"]
    r["acts_ok"] = None if not q.get("expected_acts") else set(q["expected_acts"]) <= set(frame.get("acts") or [])
    r["language_ok"] = None if not q.get("language") else frame.get("language") == q["language"]
    sections = data.get("sections") or []
    want_first = q.get("expected_first_section")
    r["first_section_ok"] = (None if not want_first or excused
                             else bool(sections) and sections[0].get("kind") == want_first)
    forbid = q.get("forbid_any")
    r["forbidden_ok"] = None if not forbid else not any(f.lower() in text for f in forbid)
    clar = data.get("clarify") or {}
    r["choices_ok"] = None if not q.get("expected_choices") else clarified and bool(clar.get("choices"))
    r["minor_ok"] = None if q["legacy"] or not isinstance(q.get("minor"), bool) else frame.get("minor") == q["minor"]
    r["cues_ok"] = None if not q.get("cues") else set(q["cues"]) <= set(frame.get("cues") or [])
    r["when_ok"] = None if not q.get("when") else str(frame.get("when") or "")[:4] == str(q["when"])[:4]
    r["context_used"] = data.get("context_used")
    return r


# --- aggregates -----------------------------------------------------------------------------------------------

def _rate(results: list[dict], key: str, where=None) -> Optional[float]:
    vals = [r[key] for r in results if r.get(key) is not None and (where is None or where(r))]
    return sum(bool(v) for v in vals) / len(vals) if vals else None


def _count(results: list[dict], key: str) -> int:
    return sum(int(r.get(key) or 0) for r in results)


def aggregate(results: list[dict]) -> dict:
    lat = [r["latency_ms"] for r in results]
    under = [r for r in results if r["under"]]
    full = [r for r in results if r["full"]]
    placeless = [r for r in results if r.get("placeless_citations") is not None]
    return {
        "questions": len(results),
        "kind_accuracy": _rate(results, "kind_ok"),
        "ask_back_rate": sum(r["asked_back"] for r in under) / len(under) if under else None,
        "under_specified": len(under),
        "false_ask_back_rate": sum(r["asked_back"] for r in full) / len(full) if full else None,
        "fully_specified": len(full),
        "placeless_questions": len(placeless),
        "placeless_citations": sum(r["placeless_citations"] for r in placeless),
        "placeless_questions_citing": sum(bool(r["placeless_citations"]) for r in placeless),
        "place_accuracy": _rate(results, "place_ok"),
        "jurisdiction_accuracy": _rate(results, "place_ok"),  # the old name, same figure
        "hit@1": _rate(results, "hit1"),
        "hit@3": _rate(results, "hit3"),
        "no_law_accuracy": _rate(results, "no_law_ok"),
        "verdict_questions": sum(r["verdict_ok"] is not None for r in results),
        "verdict_accuracy": _rate(results, "verdict_ok"),
        "short_polarity_accuracy": _rate(results, "short_ok"),
        "short_line_mismatch": _count(results, "short_mismatch") + _count(results, "short_missing"),
        "crime_questions": sum(r["yes_to_crime"] is not None for r in results),
        "yes_to_crime": _count(results, "yes_to_crime"),
        "rows_accuracy": _rate(results, "rows_ok"),
        "status_first_accuracy": _rate(results, "status_first_ok"),
        "mention_accuracy": _rate(results, "mention_ok"),
        "role_accuracy": _rate(results, "role_ok"),
        "image_accuracy": _rate(results, "image_ok"),
        "acts_accuracy": _rate(results, "acts_ok"),
        "language_accuracy": _rate(results, "language_ok"),
        "first_section_accuracy": _rate(results, "first_section_ok"),
        "forbidden_ok_rate": _rate(results, "forbidden_ok"),
        "choices_rate": _rate(results, "choices_ok"),
        "minor_accuracy": _rate(results, "minor_ok"),
        "cues_accuracy": _rate(results, "cues_ok"),
        "when_accuracy": _rate(results, "when_ok"),
        "citations": sum(r["n_cites"] for r in results),
        "fabricated": _count(results, "fabricated"),
        "wrong_jurisdiction": _count(results, "wrong_jurisdiction"),
        "errors": sum(bool(r.get("error")) for r in results),
        "latency_p50_ms": percentile(lat, 0.5),
        "latency_p95_ms": percentile(lat, 0.95),
    }


def score_answers(questions: list[dict], answers: list[dict], catalog) -> dict:
    """Pure scoring: questions (normalized or raw) and their `ask --json` dicts -> overall and per-class figures
    and the per-question checks."""
    qs = [q if "kinds" in q else normalize_question(q, i) for i, q in enumerate(questions)]
    results = [score_one(q, a, catalog) for q, a in zip(qs, answers)]
    by_class: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        by_class[r["class"]].append(r)
    return {"overall": aggregate(results), "classes": {c: aggregate(rs) for c, rs in sorted(by_class.items())},
            "results": results}


def score(rows: list[dict], registry=None, catalog=None) -> dict:
    """The old entry point: rows are questions merged with their answer fields; returns the overall figures."""
    answers = [{k: r.get(k) for k in ("jurisdictions", "citations", "answer", "kind", "verdict", "clarify", "rows",
                                       "frame", "latency_ms")} for r in rows]
    questions = [{k: v for k, v in r.items() if k not in ("jurisdictions", "citations", "latency_ms")} for r in rows]
    return score_answers(questions, answers, catalog)["overall"]


# --- running --------------------------------------------------------------------------------------------------

def _ask(base, text: str, context=None):
    if context is None:
        return base.ask(text), False
    try:
        return base.ask(text, context=context), True
    except TypeError:  # an API without conversation context: ask the second turn alone
        return base.ask(text), False


def run_recourse(questions: list[dict], base=None) -> tuple[list[dict], Optional[float], object]:
    import kb
    from kb.errors import RecourseError

    base = base or kb.default()
    if not base.store.is_built():
        from ingest.pipeline import run

        run(base.config.corpus, base.config, progress=False)
    answers, first = [], None
    for q in questions:
        context = None
        try:
            if q.get("context"):
                prev = base.ask(q["context"])
                context = getattr(prev, "frame", None)
            t = time.perf_counter()
            a, used = _ask(base, q["question"], context)
            ms = (time.perf_counter() - t) * 1000
            data = a.to_json()
            data["context_used"] = used if q.get("context") else None
        except RecourseError as exc:
            ms, data = 0.0, {"jurisdictions": [], "citations": [], "answer": "", "error": str(exc)}
        if first is None:
            first = time.perf_counter() - START
        data["latency_ms"] = ms
        answers.append(data)
    return answers, first, base


_BASELINE: dict = {}


def _baseline_collection(catalog, corpus_dir: Path):
    """The naive index, built once per process (kept in a temporary folder until exit)."""
    key = str(corpus_dir)
    if key in _BASELINE:
        return _BASELINE[key]
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from kb.embed import embedder

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=100, add_start_index=True)
    texts, metas = [], []
    for path in sorted(corpus_dir.glob("*/*.yaml")):
        if path.parent.name not in ("us", "intl"):
            continue
        raw = path.read_text(encoding="utf-8")
        starts = [(m.start(), m.group(1)) for m in re.finditer(r"^- id: (\S+)", raw, re.M)]
        for doc in splitter.create_documents([raw]):
            at = doc.metadata["start_index"]
            inside = [i for pos, i in starts if at <= pos < at + len(doc.page_content)]
            before = [i for pos, i in starts if pos <= at]
            law_id = (before[-1:] or inside[:1] or [None])[0]
            if law_id and catalog.law(law_id):
                texts.append(doc.page_content)
                metas.append({"law_id": law_id})
    model = embedder()
    tmp = tempfile.TemporaryDirectory()
    client = chromadb.PersistentClient(path=tmp.name, settings=ChromaSettings(anonymized_telemetry=False))
    col = client.create_collection("baseline", embedding_function=None, metadata={"hnsw:space": "cosine"})
    col.add(ids=[str(i) for i in range(len(texts))], documents=texts, metadatas=metas,
            embeddings=model.embed(texts))
    _BASELINE[key] = (tmp, client, col, model)
    return _BASELINE[key]


def run_baseline(questions: list[dict], catalog, corpus_dir: Path) -> list[dict]:
    """Naive RAG over the same corpus files: split the YAML as text, embed, top-4 by cosine; each chunk is
    credited to the law record it falls in."""
    _tmp, _client, col, model = _baseline_collection(catalog, corpus_dir)
    answers = []
    for q in questions:
        t = time.perf_counter()
        res = col.query(query_embeddings=[model.embed_one(q["question"])], n_results=4)
        ms = (time.perf_counter() - t) * 1000
        ids = list(dict.fromkeys(m["law_id"] for m in res["metadatas"][0]))
        cites = [{"law_id": i, "citation": catalog.law(i).label, "url": catalog.law(i).url,
                  "jurisdiction": catalog.law(i).jurisdiction} for i in ids]
        answers.append({"jurisdictions": [], "citations": cites, "answer": "", "latency_ms": ms})
    return answers


BASELINE_KEYS = ("questions", "hit@1", "hit@3", "citations", "fabricated", "wrong_jurisdiction")


def _answers_file(folder: Path, path: Path) -> Path:
    return folder / f"{path.stem}.answers.jsonl"


def evaluate_file(path: Path, base, limit: int = 0, baseline: bool = True, first_file: bool = True,
                  save: Optional[Path] = None, rescore: Optional[Path] = None) -> dict:
    questions = load_questions(path)
    if limit:
        questions = questions[:limit]
    if rescore:  # score answers saved by an earlier run (after a label fix), without asking again
        saved = {}
        for line in _answers_file(rescore, path).read_text().splitlines():
            row = json.loads(line)
            saved[row["id"]] = row["answer"]
        answers, first = [saved[q["id"]] for q in questions], None
    else:
        answers, first, base = run_recourse(questions, base)
    if save:
        save.mkdir(parents=True, exist_ok=True)
        _answers_file(save, path).write_text("".join(
            json.dumps({"id": q["id"], "answer": a}, ensure_ascii=False) + "\n" for q, a in zip(questions, answers)))
    catalog = base.catalog
    scored = score_answers(questions, answers, catalog)
    scored["overall"]["first_answer_s"] = first if first_file else None  # only the first file starts cold
    out = {"file": str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path),
           "recourse": scored["overall"], "classes": scored["classes"]}
    if baseline:
        law_qs = [q for q in questions if q["expected_law_ids"]]
        if law_qs:
            b = score_answers(law_qs, run_baseline(law_qs, catalog, base.config.corpus), catalog)
            out["baseline"] = {k: b["overall"][k] for k in BASELINE_KEYS}
            out["baseline_classes"] = {c: {k: v[k] for k in BASELINE_KEYS} for c, v in b["classes"].items()}
            ours = score_answers(law_qs, [a for q, a in zip(questions, answers) if q["expected_law_ids"]], catalog)
            out["recourse_on_law_questions"] = {k: ours["overall"][k] for k in BASELINE_KEYS}
    failures = []
    for q, r in zip(questions, scored["results"]):
        failed = [k for k in ("kind_ok", "place_ok", "hit3", "no_law_ok", "verdict_ok", "short_ok", "rows_ok",
                              "status_first_ok", "mention_ok", "role_ok", "image_ok", "acts_ok", "language_ok",
                              "minor_ok", "cues_ok", "when_ok",
                              "first_section_ok", "forbidden_ok", "choices_ok")
                  if r.get(k) is False]
        if r.get("yes_to_crime"):
            failed.append("yes_to_crime")
        if r.get("placeless_citations"):
            failed.append("placeless_citations")
        if r.get("wrong_jurisdiction"):
            failed.append("wrong_jurisdiction")
        if r.get("fabricated"):
            failed.append("fabricated")
        if failed:
            failures.append({"id": r["id"], "class": r["class"], "failed": failed,
                             **({"question": q["question"]} if q["legacy"] else {}), "kind": r["kind"],
                             "verdict": r["verdict"], "short": r["short"], "jurisdictions": r["jurisdictions"],
                             "cited": r["cited"][:3], "expected_jurisdictions": q["expected_jurisdictions"],
                             "expected_law_ids": q["expected_law_ids"]})
    out["failures"] = failures
    return out


# --- printing -------------------------------------------------------------------------------------------------

def _fmt(v) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.3f}" if v <= 1.0 else f"{v:.1f}"
    return str(v)


CLASS_COLUMNS = ("questions", "kind_accuracy", "ask_back_rate", "false_ask_back_rate", "placeless_citations",
                 "place_accuracy", "hit@3", "verdict_accuracy", "short_polarity_accuracy", "yes_to_crime",
                 "rows_accuracy", "role_accuracy")
SHORT = {"questions": "n", "kind_accuracy": "kind", "ask_back_rate": "askback", "false_ask_back_rate": "falseAB",
         "placeless_citations": "plcite", "place_accuracy": "place", "hit@3": "hit@3", "verdict_accuracy": "verdict",
         "short_polarity_accuracy": "shortpol", "yes_to_crime": "yes2crime", "rows_accuracy": "rows",
         "role_accuracy": "role", "baseline_hit@3": "base@3"}


def report(out: dict, stream=sys.stdout) -> None:
    ours, base = out["recourse"], out.get("baseline", {})
    print(f"\n== {out['file']} ==", file=stream)
    print(f"{'metric':28} {'recourse':>10}", file=stream)
    for key, v in ours.items():
        print(f"{key:28} {_fmt(v):>10}", file=stream)
    if base:
        rl = out["recourse_on_law_questions"]
        print(f"\nlaw-retrieval questions     {'recourse':>10} {'baseline':>10}", file=stream)
        for key in BASELINE_KEYS:
            print(f"{key:28} {_fmt(rl[key]):>10} {_fmt(base[key]):>10}", file=stream)
    cols = CLASS_COLUMNS + (("baseline_hit@3",) if base else ())
    print("\n" + f"{'class':18}" + "".join(f"{SHORT[c]:>10}" for c in cols), file=stream)
    for cls, m in out["classes"].items():
        vals = [m.get(c) for c in CLASS_COLUMNS]
        if base:
            vals.append(out.get("baseline_classes", {}).get(cls, {}).get("hit@3"))
        print(f"{cls:18}" + "".join(f"{_fmt(v):>10}" for v in vals), file=stream)
    print(f"{len(out['failures'])} question(s) with a failed check; see --json for details", file=stream)


def markdown_table(out: dict) -> str:
    """Per-class markdown table (for the README and notes)."""
    cols = CLASS_COLUMNS + (("baseline_hit@3",) if out.get("baseline") else ())
    lines = ["| class | " + " | ".join(SHORT[c] for c in cols) + " |", "|---" * (len(cols) + 1) + "|"]
    rows = list(out["classes"].items()) + [("**all**", out["recourse"])]
    for cls, m in rows:
        vals = [m.get(c) for c in CLASS_COLUMNS]
        if out.get("baseline"):
            vals.append((out.get("baseline_classes", {}).get(cls) if cls != "**all**" else out["baseline"] or {})
                        .get("hit@3") if (cls == "**all**" or cls in out.get("baseline_classes", {})) else None)
        lines.append(f"| {cls} | " + " | ".join(_fmt(v) for v in vals) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--questions", type=Path, action="append",
                   help="a question file (repeatable); default bench/eval_questions.jsonl")
    p.add_argument("--limit", type=int, default=0, help="only the first N questions of each file")
    p.add_argument("--json", nargs="?", const="-", default=None,
                   help="write the figures, per-class tables and failures as JSON to this file ('-' or no value: "
                        "stdout, the tables then go to stderr)")
    p.add_argument("--markdown", action="store_true", help="also print the per-class tables as markdown")
    p.add_argument("--no-baseline", action="store_true")
    p.add_argument("--save-answers", type=Path, metavar="DIR",
                   help="also write each file's raw answers to DIR/<name>.answers.jsonl (for --rescore)")
    p.add_argument("--rescore", type=Path, metavar="DIR",
                   help="score the answers saved in DIR by --save-answers instead of asking again")
    args = p.parse_args(argv)
    import kb

    base = kb.default()
    files = args.questions or [ROOT / "bench" / "eval_questions.jsonl"]
    stream = sys.stderr if args.json == "-" else sys.stdout
    outs = []
    for i, path in enumerate(files):
        out = evaluate_file(path, base, args.limit, not args.no_baseline, first_file=i == 0,
                            save=args.save_answers, rescore=args.rescore)
        report(out, stream)
        if args.markdown:
            print("\n" + markdown_table(out), file=stream)
        outs.append(out)
    result = outs[0] if len(outs) == 1 else {"files": outs}
    if args.json:
        text = json.dumps(result, indent=2, ensure_ascii=False)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).parent.mkdir(parents=True, exist_ok=True)
            Path(args.json).write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
