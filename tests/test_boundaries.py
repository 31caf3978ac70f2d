"""Layer rules, checked by scanning imports: one module talks to Chroma, the UI only to kb's public API."""

import ast
from pathlib import Path

from kb.config import PROJECT


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def sources(*folders: str) -> list[Path]:
    return [p for f in folders for p in (PROJECT / f).rglob("*.py")]


def test_only_kb_store_imports_chromadb():
    users = {p.relative_to(PROJECT).as_posix() for p in sources("kb", "ingest", "app") if "chromadb" in imports(p)}
    assert users == {"kb/store.py"}


def test_streamlit_is_imported_only_by_the_app():
    users = {p.relative_to(PROJECT).as_posix() for p in sources("kb", "ingest") if "streamlit" in imports(p)}
    assert users == set()


def test_langchain_is_imported_only_by_kb_llm_and_the_langchain_integration():
    users = {p.relative_to(PROJECT).as_posix() for p in sources("kb", "ingest", "app")
             if {"langchain", "langchain_core"} & imports(p)}
    assert users <= {"kb/llm.py", "kb/integrations/langchain.py"}


def test_web_frameworks_are_imported_only_by_the_http_api():
    users = {p.relative_to(PROJECT).as_posix() for p in sources("kb", "ingest", "app")
             if {"fastapi", "starlette", "uvicorn"} & imports(p)}
    assert users <= {"kb/serve.py"}


def test_kb_never_imports_ingest_or_app_except_at_the_cli_edge():
    for p in sources("kb"):
        if p.name == "__main__.py":
            continue
        assert not {"ingest", "app"} & imports(p), p


def test_no_module_grows_past_400_lines():
    long = [(p.relative_to(PROJECT).as_posix(), n) for p in sources("kb", "ingest", "app")
            if (n := len(p.read_text().splitlines())) > 400]
    assert long == []
