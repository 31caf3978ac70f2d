"""Eight people asking while an ingest switches the index: every answer is valid, the index is never half-built."""

import threading

from ingest.pipeline import run
from kb.citations import problems
from tests.conftest import make_kb
from tests.factories import TINY_LAWS, write_corpus

QUESTIONS = ["is it a crime in Texas to share a deepfake", "virginia fake nude law", "oklahoma private pictures",
             "can I sue under federal law", "what can I do in Germany?", "houston deepfake"]


def test_eight_askers_during_ingest_all_get_valid_answers(tmp_path):
    root = write_corpus(tmp_path / "c")
    base = make_kb(tmp_path / "home", root)
    expected = base.store.count()
    errors, answers, counts = [], [], []
    stop = threading.Event()

    def asker(i):
        while not stop.is_set() and len(answers) < 400:
            try:
                a = base.ask(QUESTIONS[i % len(QUESTIONS)])
                bad = problems(a, base.catalog, set(a.jurisdictions) or {"US", "EU"})
                if bad:
                    errors.append(bad)
                answers.append(a)
                counts.append(base.store.count())
            except Exception as exc:  # any crash is a failure
                errors.append(repr(exc))

    threads = [threading.Thread(target=asker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    try:
        for version in range(3):
            laws = dict(TINY_LAWS)
            record = {**TINY_LAWS["us/ok.yaml"][1][0], "summary": f"Oklahoma summary, version {version}."}
            laws["us/ok.yaml"] = ("US-OK", [record])
            write_corpus(root, laws=laws)
            run(root, base.config, progress=False)
    finally:
        stop.set()
        for t in threads:
            t.join(60)
    assert errors == []
    assert len(answers) >= 8 and set(counts) == {expected}
