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

    collection = type(store.client.get_collection(f"{config.collection}-pointer"))
    real_modify = collection.modify

    def broken_switch(self, *a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(collection, "modify", broken_switch)
    with pytest.raises(StoreError, match="previous index keeps serving"):
        run(root, config, progress=False, store=store)
    monkeypatch.setattr(collection, "modify", real_modify)
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


def _generation_collections(store):
    return sorted(n for n in store._names() if store._generations([n]))


def test_a_snapshot_left_by_a_killed_ingest_is_never_served(setup):
    """Issue 16.3: a killed ingest left the record snapshot of the generation it was building; the next ingest must
    not reuse it, and the served records are checked against the digest recorded at the switch."""
    root, config, first = setup
    store = Store(config)
    number = int(store.active_name().rsplit("-g", 1)[1]) + 1
    leftover = store.client.create_collection(f"{config.collection}-g{number}-records")
    leftover.add(ids=["us/ok.yaml#us-ok-21-1040.13b"], documents=['{"summary": "stale text of a killed run"}'],
                 embeddings=[[0.0]])
    laws = dict(TINY_LAWS)
    laws["us/ok.yaml"] = ("US-OK", [{**TINY_LAWS["us/ok.yaml"][1][0], "summary": "Fresh Oklahoma summary."}])
    write_corpus(root, laws=laws)
    report = run(root, config, progress=False)
    assert report.generation
    kb = KnowledgeBase(config)
    assert kb.law("us-ok-21-1040.13b").summary == "Fresh Oklahoma summary."
    assert not any("stale text" in v for v in Store(config).snapshot().values())
    assert run(root, config, progress=False).generation is None  # and now it is really unchanged


def test_leftover_generations_are_cleaned_and_the_index_stops_growing(setup):
    """Issue 16.10: generations of crashed builds, their lexical files and Chroma's folders of deleted collections
    are removed by the next ingest, even one that changes nothing; at most two generations stay."""
    root, config, first = setup
    store = Store(config)
    crashed = store.client.create_collection(f"{config.collection}-g90-us-tx", metadata={"hnsw:space": "cosine"})
    crashed.add(ids=["x"], embeddings=[[0.1] * 384], documents=["half-built"], metadatas=[{"law_id": "x"}])
    stray = config.home / "lexical" / f"{config.collection}-g90-0123abcd.sqlite3"
    stray.write_bytes(b"left by a crash")
    assert run(root, config, progress=False).generation is None
    assert f"{config.collection}-g90-us-tx" not in store._names() and not stray.exists()
    sizes = []
    for version in range(4):
        laws = dict(TINY_LAWS)
        laws["us/ok.yaml"] = ("US-OK", [{**TINY_LAWS["us/ok.yaml"][1][0], "summary": f"Summary {version}."}])
        write_corpus(root, laws=laws)
        run(root, config, progress=False)
        folders = [d for d in config.index_dir.iterdir() if d.is_dir()]
        sizes.append(len(folders))
        generations = {n.split("-")[1] for n in _generation_collections(store)}
        assert len(generations) <= 3  # active, previous, and places shared from older builds
    assert sizes[-1] == sizes[1]  # vector folders do not pile up build after build
    assert len(list((config.home / "lexical").glob("*.sqlite3"))) <= 2


def _cli(args, config, module="ingest"):
    import os
    import subprocess
    import sys

    env = {**os.environ, "RECOURSE_HOME": str(config.home), "RECOURSE_CORPUS": str(config.corpus)}
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, env=env,
                          timeout=600)


def test_a_damaged_index_is_named_and_rebuilt_keeping_documents_and_texts(setup):
    """Issue 16.5: a corrupted chroma.sqlite3 gives a clear message (no traceback) that names the fix, and
    `python -m ingest --rebuild` builds a clean index while fetched texts and stored documents stay."""
    root, config, first = setup
    kept = [config.home / "texts" / "documents" / "abc.txt", config.home / "documents" / "ok.txt"]
    for f in kept:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("§ 1040.13b. Oklahoma text kept across the rebuild of a damaged index (operator document).")
    (config.home / "documents" / "ok.txt.meta.yaml").write_text(
        "jurisdiction: US-OK\nlaw_id: us-ok-21-1040.13b\nurl: https://example.gov/ok\n")
    db = config.index_dir / "chroma.sqlite3"
    with open(db, "r+b") as handle:
        handle.truncate(db.stat().st_size // 2)
    asked = _cli(["ask", "is it a crime in Texas to share a deepfake"], config, module="kb")
    assert asked.returncode in (1, 2) and "Traceback" not in asked.stderr
    assert "damaged" in asked.stderr and "python -m ingest --rebuild" in asked.stderr
    ingested = _cli(["--quiet"], config)
    assert ingested.returncode == 1 and "Traceback" not in ingested.stderr
    assert "python -m ingest --rebuild" in ingested.stderr
    rebuilt = _cli(["--rebuild", "--quiet"], config)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "switched to" in rebuilt.stdout
    assert all(f.read_text().startswith("§ 1040.13b. Oklahoma text kept") for f in kept)
    answer = _cli(["ask", "is it a crime in Texas to share a deepfake", "--json"], config, module="kb")
    assert answer.returncode == 0, answer.stderr
    assert "us-tx-penal-21.165" in answer.stdout
