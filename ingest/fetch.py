"""Official texts named in records' sources: downloaded at the user's site (`python -m ingest fetch`), cached.

Only the cache reader lives here for now; the network fetcher arrives with issue 6.
"""

from __future__ import annotations

import json
from pathlib import Path

from kb.config import Settings
from kb.corpus import Corpus


def cache_dir(config: Settings) -> Path:
    return config.home / "texts"


def cached_texts(corpus: Corpus, config: Settings) -> dict[str, list[tuple[str, str, str]]]:
    """law id -> [(text, url, source)] for every cached official text whose law is still in the corpus."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    folder = cache_dir(config)
    if not folder.is_dir():
        return out
    ids = {law.id for law in corpus.laws}
    for meta_path in sorted(folder.glob("*.json")):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        except (OSError, ValueError):
            continue  # a damaged cache entry is skipped; `ingest fetch` reports and repairs it
        if meta.get("law_id") in ids and text.strip():
            out.setdefault(meta["law_id"], []).append((text, meta.get("url", ""), meta.get("source", "official")))
    return out
