"""Corpus YAML is plain data: an alias bomb and a key given twice are rejected with the file and line, quickly and
without building the expanded document."""

from __future__ import annotations

import pytest

from kb.corpus import load, parse_yaml
from tests.factories import write_corpus


def alias_bomb(levels: int = 12) -> str:
    """Billion laughs: each level is a list of nine references to the one above (9**12 strings once expanded)."""
    lines = ['  a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_in_a_law_file_is_a_problem_with_file_and_line(tmp_path):
    root = write_corpus(tmp_path / "c")
    text = (root / "us/tx.yaml").read_text()
    (root / "us/tx.yaml").write_text(text.replace("- id: us-tx-penal-21.165\n",
                                                  "- id: us-tx-penal-21.165\n" + alias_bomb(), 1))
    corpus, problems = load(root)
    mine = [p for p in problems if p.file == "us/tx.yaml"]
    assert mine and all("alias" in p.reason for p in mine)
    bomb_lines = {text[:text.index("- id: us-tx")].count("\n") + 2 + i for i in range(1, 12)}
    assert {int(p.reason.split(":")[0].removeprefix("line ")) for p in mine} <= bomb_lines
    assert "us-tx-penal-21.165" not in {law.id for law in corpus.laws}


def test_a_duplicate_key_is_a_problem_naming_both_lines(tmp_path):
    root = write_corpus(tmp_path / "c")
    path = root / "us/va.yaml"
    lines = path.read_text().splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == "status: in_force")
    lines.insert(at + 1, lines[at].replace("in_force", "repealed"))
    path.write_text("\n".join(lines) + "\n")
    corpus, problems = load(root)
    assert [str(p) for p in problems] == [
        f"us/va.yaml › (file): line {at + 2}: duplicate key 'status' (also on line {at + 1}; keep one)"]
    assert "us-va-18.2-386.2" not in {law.id for law in corpus.laws}


@pytest.mark.parametrize("text, reason", [
    ("a: &x 1\nb: *x\n", "line 2: uses a YAML alias"),
    ("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n", "line 3: uses a YAML alias"),
    ("a: 1\nb: 2\na: 3\n", "line 3: duplicate key 'a' (also on line 1"),
    ("laws:\n- {id: x, id: y}\n", "line 2: duplicate key 'id'"),
    ("a: [\n", "line 2, column 1: not valid YAML"),
])
def test_each_yaml_problem_reads_with_its_line(text, reason):
    problems = []
    assert parse_yaml(text, "f.yaml", problems) is None
    assert len(problems) == 1 and problems[0].reason.startswith(reason), problems


def test_plain_yaml_still_loads():
    problems = []
    assert parse_yaml("a: 1\nb: [x, y]\nc: {d: null}\n", "f.yaml", problems) == {"a": 1, "b": ["x", "y"],
                                                                                 "c": {"d": None}}
    assert problems == []
