"""Streamlit pages. They talk to `kb`'s public API only, never to Chroma."""
