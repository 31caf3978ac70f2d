"""`ingest --check` names file, record, field and reason for every problem, exits 1, and touches no index."""

from pathlib import Path

import pytest

from ingest.__main__ import main as ingest_main
from kb.store import Store
from tests.factories import TINY_LAWS, dump, law, write_corpus


def problems_for(root: Path) -> list[str]:
    from ingest.check import check

    return [str(p) for p in check(root) if p.field != "(format)"]


def test_a_valid_tiny_corpus_has_no_problems(tmp_path):
    assert problems_for(write_corpus(tmp_path / "c")) == []


def test_malformed_yaml_names_the_file_and_line(tmp_path):
    root = write_corpus(tmp_path / "c")
    (root / "us" / "tx.yaml").write_text("jurisdiction: US-TX\nlaws:\n  - id: [unclosed\n")
    found = problems_for(root)
    assert any(p.startswith("us/tx.yaml › (file): line") and "not valid YAML" in p for p in found), found


def test_missing_required_field_names_record_and_field(tmp_path):
    record = law("us-tx-penal-21.165")
    del record["summary"]
    root = write_corpus(tmp_path / "c", laws={"us/tx.yaml": ("US-TX", [record])})
    assert "us/tx.yaml › us-tx-penal-21.165 › summary: is required (add it; use null with a note if the fact " \
           "is unknown)" in problems_for(root)


def test_nested_field_paths_are_flattened(tmp_path):
    bad = law("us-tx-penal-21.165", sources=[{"url": "ftp://x", "publisher": "X", "official": True,
                                               "accessed": "2024-01-01"}])
    root = write_corpus(tmp_path / "c", laws={"us/tx.yaml": ("US-TX", [bad])})
    assert any(p.startswith("us/tx.yaml › us-tx-penal-21.165 › sources[0].url: must be an http")
               for p in problems_for(root))


def test_unknown_jurisdiction_code_is_reported(tmp_path):
    root = write_corpus(tmp_path / "c", laws={"intl/zz.yaml": ("ZZ", [law("zz-penal-1")])})
    assert any("intl/zz.yaml" in p and "unknown jurisdiction code 'ZZ'" in p for p in problems_for(root))


def test_duplicate_law_id_names_both_files(tmp_path):
    laws = dict(TINY_LAWS)
    laws["us/ok.yaml"] = ("US-OK", [law("us-tx-penal-21.165")])
    found = problems_for(write_corpus(tmp_path / "c", laws=laws))
    assert any("us-tx-penal-21.165 › id: duplicate: also used in us/tx.yaml" in p or
               "us-tx-penal-21.165 › id: duplicate: also used in us/ok.yaml" in p for p in found), found


def test_id_must_match_its_files_jurisdiction(tmp_path):
    root = write_corpus(tmp_path / "c", laws={"us/tx.yaml": ("US-TX", [law("us-va-1")])})
    assert "us/tx.yaml › us-va-1 › id: must start with 'us-tx-' (its jurisdiction)" in problems_for(root)


def test_every_problem_is_collected_not_just_the_first(tmp_path):
    a, b = law("us-tx-a", status="law"), law("us-va-b", kind="poem")
    root = write_corpus(tmp_path / "c", laws={"us/tx.yaml": ("US-TX", [a]), "us/va.yaml": ("US-VA", [b])})
    found = problems_for(root)
    assert any("us-tx-a › status" in p for p in found) and any("us-va-b › kind" in p for p in found)


@pytest.mark.parametrize("breakage", ["yaml", "missing", "jurisdiction", "duplicate"])
def test_check_exits_1_and_a_failed_ingest_leaves_the_index_serving(tmp_path, breakage, capsys):
    from kb.config import Settings
    from ingest.pipeline import run

    root = write_corpus(tmp_path / "c")
    config = Settings(home=tmp_path / "home", corpus=root)
    run(root, config, progress=False)
    before = Store(config).ids()
    assert before
    if breakage == "yaml":
        (root / "us" / "tx.yaml").write_text("laws: [\n")
    elif breakage == "missing":
        (root / "us" / "va.yaml").write_text(dump({"jurisdiction": "US-VA", "laws": [
            {k: v for k, v in law("us-va-x").items() if k != "citation"}]}))
    elif breakage == "jurisdiction":
        (root / "intl" / "xx.yaml").write_text(dump({"jurisdiction": "XX", "laws": [law("xx-1")]}))
    else:
        (root / "us" / "ok.yaml").write_text(dump({"jurisdiction": "US-OK", "laws": [law("us-tx-penal-21.165")]}))
    assert ingest_main(["--check", "--corpus", str(root)]) == 1
    err = capsys.readouterr().err
    assert "problem(s)" in err and ("us/" in err or "intl/" in err)
    import os
    os.environ["RECOURSE_HOME"] = str(tmp_path / "home")
    try:
        from kb import config as cfg
        cfg.settings.cache_clear()
        assert ingest_main(["--corpus", str(root), "--quiet"]) == 1
        assert "previous index keeps serving" in capsys.readouterr().err
    finally:
        del os.environ["RECOURSE_HOME"]
        cfg.settings.cache_clear()
    assert Store(config).ids() == before
