"""Ingest is incremental (content hashes), removes what was removed, and never leaves a half-built index."""

import threading

import pytest

from ingest.pipeline import ingest_lock, run
from kb import KnowledgeBase
from kb.config import Settings
from kb.errors import IngestError, StoreError
from kb.store import Store
from tests.factories import TINY_LAWS, dump, law, write_corpus


@pytest.fixture()
def setup(tmp_path):
    root = write_corpus(tmp_path / "c")
    config = Settings(home=tmp_path / "home", corpus=root)
    first = run(root, config, progress=False)
    return root, config, first


def test_first_run_embeds_everything_and_second_run_embeds_nothing(setup):
    root, config, first = setup
    assert first.embedded == first.chunks > 0 and first.generation
    second = run(root, config, progress=False)
    assert second.embedded == 0 and second.removed == 0 and second.generation is None
    assert Store(config).count() == first.chunks


def test_a_changed_record_is_re_embedded_alone(setup):
    root, config, first = setup
    laws = dict(TINY_LAWS)
    code, records = laws["us/ok.yaml"]
    laws["us/ok.yaml"] = (code, [{**records[0], "summary": "Changed summary about Oklahoma."}])
    write_corpus(root, laws=laws)
    again = run(root, config, progress=False)
    assert again.embedded == 1 and again.removed == 1 and again.kept == first.chunks - 1
    texts = [p.text for p in Store(config).passages() if p.law_id == "us-ok-21-1040.13b"]
    assert len(texts) == 1 and "Changed summary" in texts[0]


def test_a_removed_record_leaves_the_index(setup):
    root, config, _ = setup
    (root / "us" / "ok.yaml").unlink()
    report = run(root, config, progress=False)
    assert report.removed == 1
    assert not [p for p in Store(config).passages() if p.law_id.startswith("us-ok")]


def test_a_store_failure_mid_build_keeps_the_old_generation_serving(setup, monkeypatch):
    root, config, first = setup
    store = Store(config)
    before = store.active_name()
    laws = dict(TINY_LAWS)
    laws["us/ok.yaml"] = ("US-OK", [law("us-ok-new", summary="A brand new Oklahoma record.")])
    write_corpus(root, laws=laws)

    real_modify = type(store._pointer()).modify

    def broken_switch(self, *a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(type(store._pointer()), "modify", broken_switch)
    with pytest.raises(StoreError, match="previous index keeps serving"):
        run(root, config, progress=False, store=store)
    monkeypatch.setattr(type(store._pointer()), "modify", real_modify)
    assert store.active_name() == before
    assert not [p for p in Store(config).passages() if p.law_id == "us-ok-new"]
    answer = KnowledgeBase(config).ask("is it a crime in Oklahoma to share private pictures")
    assert answer.citations and answer.citations[0].law_id == "us-ok-21-1040.13b"


def test_two_ingests_at_once_are_refused_with_a_clear_message(tmp_path):
    with ingest_lock(tmp_path):
        with pytest.raises(IngestError, match="another ingest is running"):
            with ingest_lock(tmp_path):
                pass


def test_readers_never_see_a_half_built_index(setup):
    root, config, first = setup
    store = Store(config)
    seen, stop = [], threading.Event()

    def read():
        while not stop.is_set():
            seen.append(store.count())

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(3):
            laws = dict(TINY_LAWS)
            laws["us/ok.yaml"] = ("US-OK", [law("us-ok-21-1040.13b", summary=f"Version {i} of the summary.")])
            write_corpus(root, laws=laws)
            run(root, config, progress=False)
    finally:
        stop.set()
        reader.join()
    assert seen and set(seen) == {first.chunks}
