"""Valid records with overridable defaults, and tiny corpora written to disk, for tests that need real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

TODAY = dt.date.today().isoformat()


def source(**over: Any) -> dict:
    return {"url": "https://example.gov/statute", "publisher": "Example Legislature", "official": True,
            "accessed": TODAY, **over}


def law(id: str, **over: Any) -> dict:
    base = {
        "id": id,
        "citation": f"Test Code § {id.rsplit('-', 1)[-1]}",
        "title": "Unlawful disclosure of intimate images",
        "kind": "statute",
        "topic": "ncii",
        "status": "in_force",
        "enacted": "2019",
        "effective": "2019-09-01",
        "covers": {"authentic": True, "synthetic": False, "minors": False, "threats": False, "creation": False,
                   "possession": False},
        "remedies": {"criminal": True, "civil": False, "injunction": False, "takedown": False},
        "penalty": {"level": "misdemeanor", "max_prison": "1 year", "max_fine": None, "note": None},
        "limitation": None,
        "elements": ["The image was shared without consent."],
        "summary": "Makes it a crime to share someone's intimate images without consent.",
        "sources": [source()],
        "verified": TODAY,
        "history": [],
        "notes": None,
    }
    return {**base, **over}


def jurisdiction(code: str, name: str, level: str, parent: str | None = None, **over: Any) -> dict:
    j = {"code": code, "name": name, "level": level, **over}
    if parent:
        j["parent"] = parent
    return j


TINY_JURISDICTIONS = [
    jurisdiction("US", "United States (federal law)", "federal", aliases=["federal", "USA"],
                 official_hosts=["example.gov"]),
    jurisdiction("US-TX", "Texas", "state", "US", abbrev="Tex.", aliases=["Texan"], cities=["Houston", "Austin"]),
    jurisdiction("US-VA", "Virginia", "state", "US", abbrev="Va.", cities=["Richmond"]),
    jurisdiction("US-OK", "Oklahoma", "state", "US", abbrev="Okla.", cities=["Tulsa"]),
    jurisdiction("EU", "European Union", "supranational", aliases=["EU"], official_hosts=["example.eu"]),
    jurisdiction("DE", "Germany", "country", "EU", aliases=["German"], cities=["Berlin"]),
]

TINY_LAWS = {
    "us/federal.yaml": ("US", [law("us-usc-15-6851", citation="15 U.S.C. § 6851", topic="ncii",
                                   title="Civil action relating to disclosure of intimate images",
                                   summary="Lets a person whose intimate images were disclosed without consent sue "
                                           "in federal court.",
                                   remedies={"criminal": False, "civil": True, "injunction": True,
                                             "takedown": False}, penalty=None)]),
    "us/tx.yaml": ("US-TX", [law("us-tx-penal-21.165", citation="Tex. Penal Code § 21.165",
                                 title="Unlawful production or distribution of sexually explicit deep fake media",
                                 summary="Makes it a crime in Texas to create or share sexually explicit deep fake "
                                         "videos or images of a person without consent.",
                                 covers={"authentic": False, "synthetic": True, "minors": False, "threats": False,
                                         "creation": True, "possession": False})]),
    "us/va.yaml": ("US-VA", [law("us-va-18.2-386.2", citation="Va. Code Ann. § 18.2-386.2",
                                 title="Unlawful dissemination or sale of images of another",
                                 summary="Makes it a crime in Virginia to share nude or sexual images of someone, "
                                         "including falsely created or altered images, to coerce or harass.",
                                 covers={"authentic": True, "synthetic": True, "minors": False, "threats": False,
                                         "creation": False, "possession": False})]),
    "us/ok.yaml": ("US-OK", [law("us-ok-21-1040.13b", citation="Okla. Stat. tit. 21, § 1040.13b",
                                 summary="Makes it a crime in Oklahoma to share private sexual images of another "
                                         "person without consent.")]),
}


def dump(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=116)


def write_corpus(root: Path, laws: dict | None = None, jurisdictions: list | None = None) -> Path:
    """A small, valid corpus on disk: the shape of data/statutes with only the records a test needs."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "us").mkdir(exist_ok=True)
    (root / "intl").mkdir(exist_ok=True)
    (root / "platforms").mkdir(exist_ok=True)
    (root / "jurisdictions.yaml").write_text(dump({"jurisdictions": jurisdictions or TINY_JURISDICTIONS}))
    for rel, (code, records) in (laws if laws is not None else TINY_LAWS).items():
        (root / rel).write_text(dump({"jurisdiction": code, "laws": records}))
    return root
