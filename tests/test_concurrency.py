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


def _bump_oklahoma(root, version):
    laws = dict(TINY_LAWS)
    record = {**TINY_LAWS["us/ok.yaml"][1][0], "summary": f"Oklahoma summary, version {version}."}
    laws["us/ok.yaml"] = ("US-OK", [record])
    write_corpus(root, laws=laws)


def test_a_reader_holding_the_previous_generation_keeps_answering(tmp_path):
    """The build keeps the generation it replaced, so a reader that has not noticed the switch still works."""
    root = write_corpus(tmp_path / "c")
    base = make_kb(tmp_path / "home", root)
    held = base.store.current()
    _bump_oklahoma(root, 1)
    run(root, base.config, progress=False)
    assert base.store.active_name() != held.name
    vector = base.retriever.embedder.embed_one("private pictures in Oklahoma")
    name, _ = held.places["US-OK"]
    hits = base.store.client.get_collection(name).query(query_embeddings=[vector], n_results=1)
    assert hits["ids"][0]  # the replaced generation is still there for readers that hold it


def test_a_reader_that_misses_a_dropped_generation_rereads_the_pointer(tmp_path):
    """Two builds later the generation a stale reader holds is gone: it re-reads the pointer and answers."""
    root = write_corpus(tmp_path / "c")
    base = make_kb(tmp_path / "home", root)
    stale = base.store.current()
    for version in (1, 2):
        _bump_oklahoma(root, version)
        run(root, base.config, progress=False)
    with base.store._lock:  # as if this reader (another process) had not seen either switch yet
        base.store._generation, base.store._seen = stale, base.store._marker_state()
    passages = base.store.query(base.retriever.embedder.embed_one("private pictures Oklahoma"), ["US-OK"], 3)
    assert passages and "version 2" in passages[0].text
    assert base.store.active_name() != stale.name
