"""Ingest: sources -> chunks -> store. Programmatic entry points for tests and the app."""

from ingest.check import check
from ingest.pipeline import Report, run

__all__ = ["check", "run", "Report"]
