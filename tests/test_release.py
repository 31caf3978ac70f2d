"""The open data release (`python -m kb export`): the real corpus, written to CSV, JSON and SQLite, read back."""

from __future__ import annotations

import asyncio
import csv
import json
import shutil
import sqlite3

import pytest
import yaml

from kb import KnowledgeBase
from kb.__main__ import main
from kb.config import Settings
from kb.corpus import load_strict
from kb.release import TABLES, schema, write
from tests.conftest import REAL_CORPUS


def corpus_counts(root) -> dict[str, int]:
    corpus = load_strict(root)
    records = (*corpus.laws, *corpus.platforms, *corpus.services)
    return {"laws": len(corpus.laws), "jurisdictions": len(corpus.jurisdictions),
            "platforms": len(corpus.platforms), "services": len(corpus.services),
            "sources": sum(len(r.sources) for r in records), "history": sum(len(l.history) for l in corpus.laws)}


def db_counts(path) -> dict[str, int]:
    """Row counts as Datasette serves them when it is installed, else straight from sqlite3."""
    try:
        from datasette.app import Datasette
    except ImportError:
        with sqlite3.connect(path) as db:
            return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}

    async def read():
        ds = Datasette([str(path)])
        response = await ds.client.get(f"/{path.stem}.json")
        assert response.status_code == 200
        return {t["name"]: t["count"] for t in response.json()["tables"]}

    return asyncio.run(read())


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    out = tmp_path_factory.mktemp("release")
    assert main(["export", "--out", str(out)], KnowledgeBase(Settings(corpus=REAL_CORPUS,
                                                                      home=out / "home"))) == 0
    return out


def test_row_counts_equal_the_corpus_in_sqlite_csv_and_json(release):
    expected = corpus_counts(REAL_CORPUS)
    assert expected["laws"] > 100 and expected["sources"] > expected["laws"]
    served = db_counts(release / "recourse.db")
    assert {t: served[t] for t in TABLES} == expected
    for table in TABLES:
        with open(release / "csv" / f"{table}.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == expected[table], table
        assert list(rows[0]) == [c for c, _ in schema()[table]]
    data = json.loads((release / "recourse.json").read_text())
    assert {t: len(data[t]) for t in ("laws", "jurisdictions", "platforms", "services")} == \
        {t: expected[t] for t in ("laws", "jurisdictions", "platforms", "services")}
    assert data["release"]["counts"] == expected


def test_the_texas_deepfake_law_reads_back_with_its_facts(release):
    law = next(l for l in load_strict(REAL_CORPUS).laws if l.id == "us-tx-penal-21.165")
    with sqlite3.connect(release / "recourse.db") as db:
        db.row_factory = sqlite3.Row
        row = db.execute("SELECT * FROM laws WHERE id = ?", (law.id,)).fetchone()
        sources = db.execute("SELECT url FROM sources WHERE record_id = ? ORDER BY n", (law.id,)).fetchall()
        joined = db.execute("SELECT j.name FROM laws l JOIN jurisdictions j ON j.code = l.jurisdiction "
                            "WHERE l.id = ?", (law.id,)).fetchone()
    assert row["citation"] == law.citation and row["status"] == law.status.value
    assert row["covers_synthetic"] == int(law.covers.synthetic) and row["verified"] == law.verified.isoformat()
    assert (row["official_url"], bool(row["official_opened"])) == law.official_link
    assert [s["url"] for s in sources] == [s.url for s in law.sources]
    assert joined["name"] == "Texas"


def test_every_column_is_in_the_data_dictionary_with_a_meaning(release):
    text = (release / "DATA_DICTIONARY.md").read_text()
    for table, cols in schema().items():
        assert f"## {table}" in text
        for column, kind in cols:
            line = next(l for l in text.splitlines() if l.startswith(f"| `{column}` | {kind} |"))
            assert len(line.split("|")[3].strip()) > 3, line
    meta = json.loads((release / "metadata.json").read_text())
    assert meta["databases"]["recourse"]["tables"]["laws"]["columns"]["covers_synthetic"].startswith("AI-generated")


def test_the_release_carries_the_corpus_licence(release):
    licence = (release / "LICENSE.md").read_text()
    assert "CC BY 4.0" in licence and "creativecommons.org/licenses/by/4.0" in licence
    meta = json.loads((release / "metadata.json").read_text())
    assert meta["license"] == "CC BY 4.0"
    with sqlite3.connect(release / "recourse.db") as db:
        assert dict(db.execute("SELECT key, value FROM release"))["licence"] == "CC BY 4.0"
    assert "First release" in (release / "CHANGELOG.md").read_text()


def edit(path, law_id, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for i, law in enumerate(data["laws"]):
        if law["id"] == law_id:
            data["laws"][i] = change(law)
    data["laws"] = [law for law in data["laws"] if law is not None]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_changelog_lists_changed_records_against_the_previous_release(tmp_path):
    corpus = tmp_path / "statutes"
    shutil.copytree(REAL_CORPUS, corpus)
    out = tmp_path / "release"
    write(corpus, out)
    tx = load_strict(corpus)
    in_force = [l for l in tx.laws if l.jurisdiction == "US-TX" and l.status.value == "in_force"]
    corrected, repealed = in_force[0], in_force[1]
    gone = next(l for l in tx.laws if l.jurisdiction == "US-VA")
    edit(corpus / "us" / "tx.yaml", corrected.id, lambda law: {**law, "summary": law["summary"] + " Corrected."})
    edit(corpus / "us" / "tx.yaml", repealed.id, lambda law: {**law, "status": "repealed"})
    edit(corpus / "us" / "va.yaml", gone.id, lambda law: None)

    second = write(corpus, out)
    log = (out / "CHANGELOG.md").read_text()
    assert f"`{corrected.id}`: summary" in log
    assert f"`{repealed.id}`: in_force -> repealed" in log
    assert "## Removed (1)" in log and f"laws: `{gone.id}`" in log
    assert second.counts["laws"] == len(tx.laws) - 1
    assert second.changes.added == () and len(second.changes.corrected) == 1

    third = write(corpus, tmp_path / "again", previous=out)  # --previous: another folder is the baseline
    assert third.changes.empty
    assert "No record changed." in (tmp_path / "again" / "CHANGELOG.md").read_text()


def test_a_corpus_with_problems_is_not_released(tmp_path, capsys):
    corpus = tmp_path / "statutes"
    shutil.copytree(REAL_CORPUS, corpus)
    edit(corpus / "us" / "tx.yaml", "us-tx-penal-21.165", lambda law: {**law, "verified": "2999-01-01"})
    out = tmp_path / "release"
    assert main(["export", "--out", str(out)], KnowledgeBase(Settings(corpus=corpus, home=tmp_path / "h"))) == 1
    assert "us-tx-penal-21.165" in capsys.readouterr().err
    assert not (out / "recourse.db").exists()


def test_a_previous_release_that_is_not_there_is_an_error_not_a_first_release(tmp_path, capsys):
    base = KnowledgeBase(Settings(corpus=REAL_CORPUS, home=tmp_path / "h"))
    code = main(["export", "--out", str(tmp_path / "out"), "--previous", str(tmp_path / "nothing")], base)
    assert code == 1 and "no release to compare with" in capsys.readouterr().err

