"""Bad input and a hostile environment at the edges: a question that is not valid text, a batch file with a bad
line, a read-only index folder. Each ends with a clear message and exit code 1, never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kb.__main__ import main
from kb.config import PROJECT
from kb.errors import QueryError

INVALID = b"\xff\xfe is a fake nude a crime in texas"


@pytest.mark.parametrize("question", ["texas \udcff deepfake", "\ud800", "lone \udfff low surrogate virginia"])
def test_kb_ask_rejects_a_lone_surrogate_with_a_query_error(tiny_kb, question):
    with pytest.raises(QueryError, match="not text"):
        tiny_kb.ask(question)


def test_the_cli_answers_a_lone_surrogate_with_exit_1_and_a_message(tiny_kb, capsys):
    assert main(["ask", INVALID.decode("utf-8", "surrogateescape")], base=tiny_kb) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("error: the question contains bytes that are not text")


def test_a_batch_file_with_a_bad_line_answers_the_others(tiny_kb, tmp_path, capsys):
    batch = tmp_path / "questions.txt"
    batch.write_bytes(b"is it a crime in texas to share a deepfake\n" + INVALID + b"\nvirginia fake nude law\n")
    assert main(["ask", "--json", "--batch", str(batch)], base=tiny_kb) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [("error" in r) for r in rows] == [False, True, False]
    assert rows[1]["question"].startswith("\ufffd\ufffd is a fake nude") and "not text" in rows[1]["error"]


def _without_file_override() -> None:
    """In the child, before exec: drop root's power to ignore file modes (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH),
    so a read-only folder is read-only to it as it would be to a server's unprivileged user."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "cannot drop a capability")


def _run_cli(args: list, env: dict, read_only: bool = False) -> subprocess.CompletedProcess:
    """`python -m kb ...` in a child process, as a real user would run it."""
    drop = {"preexec_fn": _without_file_override} if read_only and os.geteuid() == 0 else {}
    return subprocess.run([sys.executable, "-m", "kb", *args], cwd=PROJECT, env=env, capture_output=True,
                          timeout=600, **drop)


def test_invalid_utf8_on_the_command_line_is_a_clear_error(tiny_kb):
    env = {**os.environ, "RECOURSE_HOME": str(tiny_kb.config.home), "RECOURSE_CORPUS": str(tiny_kb.config.corpus)}
    done = _run_cli([b"ask", INVALID], env)
    assert done.returncode == 1, done.stderr
    assert b"not text" in done.stderr and b"Traceback" not in done.stderr


def test_a_read_only_index_folder_is_a_clear_error(tiny_kb):
    shared = Path(tempfile.mkdtemp(prefix="recourse-ro-"))
    try:
        home, corpus = shared / "home", shared / "corpus"
        shutil.copytree(tiny_kb.config.home, home, ignore=shutil.ignore_patterns("*.lock"))
        shutil.copytree(tiny_kb.config.corpus, corpus)
        for path in [shared, *shared.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        env = {**os.environ, "RECOURSE_HOME": str(home), "RECOURSE_CORPUS": str(corpus), "HOME": str(shared)}
        done = _run_cli(["ask", "is a deepfake nude a crime in texas"], env, read_only=True)
        assert done.returncode == 1, done.stderr
        assert b"Traceback" not in done.stderr and b"read-only" in done.stderr, done.stderr
    finally:
        for path in [shared, *shared.rglob("*")]:
            path.chmod(0o755)
        shutil.rmtree(shared, ignore_errors=True)


def test_a_reader_that_stops_early_is_not_an_error(tiny_kb):
    """`python -m kb laws | head -1`: the pipe closes before the output is written; that is not a failure."""
    env = {**os.environ, "RECOURSE_HOME": str(tiny_kb.config.home), "RECOURSE_CORPUS": str(tiny_kb.config.corpus)}
    proc = subprocess.Popen([sys.executable, "-m", "kb", "laws"], cwd=PROJECT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before anything is printed
    err = proc.stderr.read()
    assert proc.wait(timeout=600) == 0, err
    assert b"error" not in err.lower() and b"Traceback" not in err
