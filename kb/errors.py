"""Recourse's errors, raised by core code and turned into messages only at the edges.

    RecourseError
    ├── CorpusError    a corpus file is malformed: carries file, record, field and reason
    ├── IngestError    building the index failed (a source, a PDF, a lock); the previous index keeps serving
    ├── StoreError     the vector store could not be opened or queried
    └── QueryError     the user's request cannot be answered as asked (e.g. an unknown jurisdiction code)

`python -m kb` / `python -m ingest` print CorpusError and QueryError on stderr and exit 1; anything else exits 2.
The app shows the same message with `st.error`.
"""

from __future__ import annotations

from dataclasses import dataclass


class RecourseError(Exception):
    """Base of every error Recourse raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the corpus, printed as `file › record › field: reason`."""

    file: str
    record: str
    field: str
    reason: str

    def __str__(self) -> str:
        parts = [self.file]
        if self.record:
            parts.append(self.record)
        where = " › ".join(parts)
        return f"{where} › {self.field}: {self.reason}" if self.field else f"{where}: {self.reason}"


class CorpusError(RecourseError):
    """The corpus has problems; `problems` lists every one of them, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = "\n".join(f"  {p}" for p in self.problems[:50])
        more = f"\n  ... and {len(self.problems) - 50} more" if len(self.problems) > 50 else ""
        super().__init__(
            f"the corpus has {len(self.problems)} problem(s); run `python -m ingest --check` for the full list:\n"
            f"{lines}{more}"
        )


class IngestError(RecourseError):
    """Ingest could not finish; the previous index is still the one being served."""


class StoreError(RecourseError):
    """The vector store is unavailable or returned something unusable."""


class QueryError(RecourseError):
    """The request cannot be answered as asked; the message says how to fix it."""
