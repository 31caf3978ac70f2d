"""`ingest --check` names file, record, field and reason for every problem, exits 1, and touches no index."""

from pathlib import Path

import pytest

from ingest.__main__ import main as ingest_main
from kb.store import Store
from tests.factories import TINY_JURISDICTIONS, TINY_LAWS, dump, law, source, write_corpus


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


# --- trust rules (kb.trust): each one fails on a tiny corpus, and its fixed form passes -------------------------

def trust_problems(root: Path, today=None) -> list[str]:
    from ingest.check import check

    return [str(p) for p in check(root, today=today) if p.field != "(format)"]


def one_law(tmp_path, record: dict, jurisdictions=None, hosts_yaml: str | None = None) -> Path:
    root = write_corpus(tmp_path / "c", laws={"us/tx.yaml": ("US-TX", [record])}, jurisdictions=jurisdictions)
    if hosts_yaml is not None:
        (root / "hosts.yaml").write_text(hosts_yaml)
    return root


def bill(**over) -> dict:
    return law("us-tx-hb-1-2025", **{"kind": "bill", "status": "pending", "citation": "Tex. H.B. 1 (2025)",
                                     "enacted": None, "effective": None, **over})


def test_a_pending_bill_without_its_session_end_is_a_problem(tmp_path):
    found = trust_problems(one_law(tmp_path, bill()))
    assert any(p.startswith("us/tx.yaml › us-tx-hb-1-2025 › session_end: a pending bill needs its session")
               for p in found), found


def test_a_pending_bill_past_its_session_end_is_stale(tmp_path, capsys):
    root = one_law(tmp_path, bill(session="89th Legislature, Regular Session", session_end="2025-06-02"))
    found = trust_problems(root)
    assert any("us-tx-hb-1-2025 › status: still pending after its session ended (2025-06-02)" in p for p in found)
    assert ingest_main(["--check", "--corpus", str(root)]) == 1
    assert "still pending after its session ended" in capsys.readouterr().err


def test_stale_is_judged_against_today_and_a_whole_fuzzy_period(tmp_path):
    import datetime as dt

    root = one_law(tmp_path, bill(session="2025-2026 Regular Session", session_end="2026-06"))
    assert not any("still pending" in p for p in trust_problems(root, today=dt.date(2026, 6, 30)))
    assert any("still pending" in p for p in trust_problems(root, today=dt.date(2026, 7, 1)))


def test_a_carried_over_bill_in_a_live_session_and_a_decided_bill_pass(tmp_path):
    alive = bill(status="carried_over", session="2025-2026 Regular Session", session_end="2099-12-31")
    assert trust_problems(one_law(tmp_path / "a", alive)) == []
    dead = bill(status="failed", session="2025 Regular Session", session_end="2025-05-31")
    assert trust_problems(one_law(tmp_path / "b", dead)) == []


def test_an_enacted_law_past_its_effective_date_must_be_marked_in_force(tmp_path):
    found = trust_problems(one_law(tmp_path / "a", law("us-tx-1", status="enacted", effective="2024-09-01")))
    assert any("us-tx-1 › status: 'enacted' but its effective date 2024-09-01 has passed" in p for p in found)
    assert trust_problems(one_law(tmp_path / "b", law("us-tx-1", status="enacted", effective="2099-01-01"))) == []


def test_a_law_in_force_without_an_official_link_is_a_problem(tmp_path):
    weak = law("us-tx-1", sources=[source(url="https://news.example.com/story", publisher="News", official=False)])
    found = trust_problems(one_law(tmp_path / "a", weak))
    assert any(p.startswith("us/tx.yaml › us-tx-1 › sources: a law in force needs its official text")
               for p in found)
    linked = {**weak, "official_text": {"url": "https://example.gov/code/1", "opened": False,
                                        "note": "Section address pattern seen on the code site."}}
    assert trust_problems(one_law(tmp_path / "b", linked)) == []


def test_official_links_must_be_on_the_jurisdictions_official_hosts(tmp_path):
    wrong = law("us-tx-1", sources=[source(url="https://law.justia.com/codes/texas/penal-code/")])
    found = trust_problems(one_law(tmp_path / "a", wrong))
    assert any("us-tx-1 › sources[0].url: 'law.justia.com' is not an official host of US-TX (example.gov" in p
               for p in found), found
    text_elsewhere = law("us-tx-1", sources=[source(official=False, url="https://news.example.com/x")],
                         official_text={"url": "https://mirror.example.org/tx/1", "opened": False})
    assert any("official_text.url: 'mirror.example.org' is not an official host" in p
               for p in trust_problems(one_law(tmp_path / "b", text_elsewhere)))
    # a subdomain of a listed host is that host's; a parent's hosts count only when the child lists none
    sub = law("us-tx-1", sources=[source(url="https://statutes.example.gov/PE/21.htm")])
    assert trust_problems(one_law(tmp_path / "c", sub)) == []
    own = [dict(j, official_hosts=["capitol.example.us"]) if j["code"] == "US-TX" else j for j in TINY_JURISDICTIONS]
    found = trust_problems(one_law(tmp_path / "d", sub, jurisdictions=own))
    assert any("'statutes.example.gov' is not an official host of US-TX (capitol.example.us" in p for p in found)


HOSTS = """classes:
  content_site:
  - seo.example.ai
  news:
  - news.example.com
  court:
  - court.example.org
"""


def test_status_dates_or_penalty_resting_only_on_content_sites_is_a_problem(tmp_path):
    record = law("us-tx-1", sources=[source(supports=["text", "coverage"]),
                                     source(url="https://seo.example.ai/tx", publisher="SEO", official=False,
                                            supports=["status", "dates", "penalty"])])
    found = trust_problems(one_law(tmp_path / "a", record, hosts_yaml=HOSTS))
    assert any("us-tx-1 › sources: status, dates, penalty rest(s) only on content sites" in p for p in found), found
    # a second, better source for the status leaves only dates and penalty resting on the content site
    better = dict(record, sources=record["sources"] + [source(url="https://news.example.com/tx", official=False,
                                                              publisher="News", supports=["status"])])
    found = trust_problems(one_law(tmp_path / "b", better, hosts_yaml=HOSTS))
    assert any("sources: dates, penalty rest(s) only on content sites" in p for p in found), found
    # without `supports`, every source is the basis for every fact: an official source is enough
    plain = law("us-tx-1", sources=[source(), source(url="https://seo.example.ai/tx", official=False)])
    assert trust_problems(one_law(tmp_path / "c", plain, hosts_yaml=HOSTS)) == []


def test_an_unknown_status_asserts_nothing_so_it_needs_no_better_source(tmp_path):
    seo = source(url="https://seo.example.ai/tx", publisher="SEO", official=False, supports=["status"])
    record = bill(status="unknown", notes="Looked on the legislature's bill page and two trackers.",
                  session="2025 Regular Session", session_end="2025-06-02", sources=[source(supports=["text"]), seo])
    assert trust_problems(one_law(tmp_path / "a", record, hosts_yaml=HOSTS)) == []
    failed = dict(record, status="failed")
    assert any("sources: status rest(s) only on content sites" in p
               for p in trust_problems(one_law(tmp_path / "b", failed, hosts_yaml=HOSTS)))


def test_a_court_host_is_accepted_as_official_for_any_jurisdiction(tmp_path):
    ruling = law("us-tx-1", sources=[source(), source(url="https://court.example.org/opinion/1")])
    assert trust_problems(one_law(tmp_path, ruling, hosts_yaml=HOSTS)) == []


def test_hosts_file_problems_are_reported(tmp_path):
    bad = "classes:\n  blog:\n  - a.example\n  news:\n  - www.b.example\n  - c.example\n  mirror:\n  - c.example\n"
    found = trust_problems(one_law(tmp_path, law("us-tx-1"), hosts_yaml=bad))
    assert "hosts.yaml › blog › (class): unknown host class (use one of official, legislature, court, " \
           "ngo_tracker, law_firm, news, content_site, mirror)" in found
    assert any("www.b.example: write a bare lower-case host" in p for p in found)
    assert any("c.example: listed twice (also under news)" in p for p in found)


def test_the_audit_prints_each_sampled_fact_beside_its_sources(tmp_path, capsys):
    laws = {"us/tx.yaml": ("US-TX", [law(f"us-tx-{i}", sources=[source(supports=["text", "status"]),
                                                                 source(url="https://news.example.com/x",
                                                                        official=False, supports=["penalty"])])
                                     for i in range(6)] + [bill(session="s", session_end="2099")])}
    root = write_corpus(tmp_path / "c", laws=laws)
    (root / "hosts.yaml").write_text(HOSTS)
    assert ingest_main(["audit", "--corpus", str(root), "--sample", "3", "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n## ") == 3 and "us-tx-hb-1-2025" in out  # every stratum (here: the one bill) is drawn
    assert "| penalty | misdemeanor; up to 1 year | 2 |" in out and "| news |" in out
    assert ingest_main(["audit", "--corpus", str(root), "--sample", "3", "--seed", "7"]) == 0
    assert capsys.readouterr().out == out  # same seed, same sample


def test_report_link_names_only_the_record_and_field():
    from urllib.parse import parse_qs, urlsplit

    from kb.errors import QueryError
    from kb.trust import report_link

    url = report_link("us-tx-penal-21.165", "status", base="https://tracker.example.org/issues/new")
    parts = urlsplit(url)
    assert parts.netloc == "tracker.example.org" and parts.path == "/issues/new"
    q = parse_qs(parts.query)
    assert q["title"] == ["Error in record us-tx-penal-21.165 (status)"]
    assert q["body"][0].startswith("Record: us-tx-penal-21.165\nField: status\n")
    mail = urlsplit(report_link("us-tx-1", "penalty", base="mailto:errors@example.org"))
    assert mail.scheme == "mailto" and parse_qs(mail.query)["subject"] == ["Error in record us-tx-1 (penalty)"]
    for bad_id, bad_field in [("I was attacked by my ex", "status"), ("us-tx-1", "status\nmy name is")]:
        with pytest.raises(QueryError):
            report_link(bad_id, bad_field, base="https://tracker.example.org/issues/new")
