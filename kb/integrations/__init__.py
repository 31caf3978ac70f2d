"""Recourse inside other frameworks. Each submodule is optional and imports its framework only when imported
itself: `kb.integrations.langchain` needs langchain-core (already a dependency, for kb/llm.py)."""
