"""The evidence and request log: kept by the user, never by the server.

The app holds it in the browser session only; the user downloads it as a JSON file and loads it again later.
These functions turn it into and out of bytes, validating what comes back in.
"""

from __future__ import annotations

import json
from typing import Optional

from pydantic import ValidationError

from kb.errors import QueryError
from kb.models import Model

MAX_BYTES = 2_000_000


class Entry(Model):
    when: str  # ISO date or datetime the user noted
    what: str  # e.g. "found post", "reported to Instagram", "sent TAKE IT DOWN request"
    where: Optional[str] = None  # link or platform
    reference: Optional[str] = None  # ticket or case number
    deadline: Optional[str] = None


def dump(entries: list[Entry]) -> bytes:
    return json.dumps({"recourse_log": 1, "entries": [e.model_dump() for e in entries]}, indent=2,
                      ensure_ascii=False).encode()


def load(data: bytes) -> list[Entry]:
    if len(data) > MAX_BYTES:
        raise QueryError("this log file is too large to be a Recourse log (over 2 MB)")
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("recourse_log") != 1:
            raise ValueError("not a Recourse log")
        return [Entry.model_validate(e) for e in raw.get("entries", [])]
    except (ValueError, UnicodeDecodeError, ValidationError) as exc:
        raise QueryError(f"this file is not a Recourse evidence log ({str(exc).splitlines()[0]})") from exc
