"""Settings are declared once and each one is documented in the README."""

from kb.config import PROJECT, Settings, from_env


def test_every_setting_is_in_the_readme_configuration_table():
    readme = (PROJECT / "README.md").read_text()
    missing = [f.json_schema_extra["env"] for f in Settings.model_fields.values()
               if f"`{f.json_schema_extra['env']}`" not in readme]
    assert missing == []


def test_settings_come_from_recourse_variables():
    s = from_env({"RECOURSE_CHROMA_PORT": "9001", "RECOURSE_COLLECTION": "abc", "OTHER": "x"})
    assert s.chroma_port == 9001 and s.collection == "abc"


def test_telemetry_is_off_in_streamlit_config():
    assert "gatherUsageStats = false" in (PROJECT / ".streamlit" / "config.toml").read_text()
