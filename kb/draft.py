"""Ready-to-send drafts filled from a Situation and what only the victim knows, with a checker for required parts.

Policy: a draft states only corpus facts (citations, deadlines from records) and what the user typed; anything
unknown is a visible [PLACEHOLDER]. A draft whose law names required elements (the TAKE IT DOWN Act request, a DMCA
notice) is flagged until every one of them is filled. Drafts are built in memory and never stored.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from kb.catalog import Catalog
from kb.citations import cite
from kb.errors import QueryError
from kb.models import Law
from kb.results import Draft, DraftField, Situation

KINDS = {
    "take-it-down": "TAKE IT DOWN Act removal request",
    "platform-report": "Report to a platform or website",
    "search-delisting": "Search-results removal request",
    "gdpr-erasure": "Data-protection erasure request",
    "dmca": "Copyright (DMCA) takedown notice",
    "police-summary": "Summary for a police report",
}
GOOD_FAITH = ("I have a good-faith belief that the intimate image described below was published without my consent.")
DMCA_GOOD_FAITH = ("I have a good-faith belief that the use of the material described below is not authorised by "
                   "the copyright owner, its agent, or the law.")
DMCA_ACCURACY = ("The information in this notice is accurate, and under penalty of perjury, I am the owner of the "
                 "copyright that is allegedly infringed.")

# kind -> fields: (key, label, required, index of the law's element it satisfies, default)
_FIELDS = {
    "take-it-down": [("signature", "Your signature (type your full name)", True, 0, None),
                     ("urls", "Links to each image or post", True, 1, None),
                     ("description", "How to recognise the image", True, 1, None),
                     ("statement", "Good-faith statement that it is non-consensual", True, 2, GOOD_FAITH),
                     ("contact", "Your email or phone for the platform to reply", True, 3, None),
                     ("name", "Your full name", True, None, None)],
    "platform-report": [("urls", "Links to each image, post or account", True, None, None),
                        ("description", "What the image is and why it breaks the rules", True, None, None),
                        ("name", "Your name (optional)", False, None, None),
                        ("contact", "Your email for the reply", False, None, None)],
    "search-delisting": [("urls", "Links to the pages that show the image", True, None, None),
                         ("queries", "What people search to find it (for example your name)", True, None, None),
                         ("name", "Your full name", True, None, None),
                         ("contact", "Your email for the reply", True, None, None)],
    "gdpr-erasure": [("organisation", "The organisation or website you are writing to", True, None, None),
                     ("urls", "Links to the images or pages", True, None, None),
                     ("name", "Your full name", True, None, None),
                     ("contact", "Your email or postal address", True, None, None)],
    "dmca": [("work", "The photo you took (describe it without sharing it)", True, 1, None),
             ("urls", "Links where it appears without permission", True, 2, None),
             ("contact", "Your address, phone and email", True, 3, None),
             ("statement", "Good-faith statement", True, 4, DMCA_GOOD_FAITH),
             ("accuracy", "Accuracy statement under penalty of perjury", True, 5, DMCA_ACCURACY),
             ("signature", "Your signature (type your full name)", True, 0, None)],
    "police-summary": [("name", "Your full name", True, None, None),
                       ("contact", "How the police can reach you", True, None, None),
                       ("what", "What happened, in your own words", True, None, None),
                       ("when", "When it happened or when you found it", True, None, None),
                       ("urls", "Where it is (links, usernames)", True, None, None),
                       ("who", "Who did it, if you know", False, None, None)],
}
_LAW_FOR = {"take-it-down": "us-usc-47-223a", "dmca": "us-usc-17-512c",
            "gdpr-erasure": ("eu-gdpr-2016-679-art17", "gb-ukgdpr-art17")}


def _v(fields: dict[str, DraftField], key: str) -> str:
    f = fields[key]
    return f.value.strip() if f.value and f.value.strip() else f"[{f.label.upper()}]"


def _law(catalog: Catalog, kind: str, scope: list[str]) -> Optional[Law]:
    ids = _LAW_FOR.get(kind)
    for law_id in ((ids,) if isinstance(ids, str) else ids or ()):
        law = catalog.law(law_id)
        if law and (law.jurisdiction in scope or not scope):
            return law
    return None


def draft(catalog: Catalog, kind: str, situation: Situation, details: Optional[dict[str, str]] = None,
          platform: Optional[str] = None, crimes: tuple[Law, ...] = ()) -> Draft:
    if kind not in KINDS:
        raise QueryError(f'unknown draft kind "{kind}"; use one of: {", ".join(KINDS)}')
    details = {k: v for k, v in (details or {}).items() if v is not None}
    scope = catalog.registry.with_parents([c for c in (situation.lives_in, situation.other_in) if c])
    law = _law(catalog, kind, scope)
    if kind in _LAW_FOR and law is None:
        raise QueryError(f"a {KINDS[kind]} needs law that applies in {situation.lives_in}; the corpus has none")
    elements = law.elements if law else ()
    fields = {key: DraftField(key=key, label=label, value=details.get(key, default), required=required,
                              element=elements[idx] if idx is not None and idx < len(elements) else None)
              for key, label, required, idx, default in _FIELDS[kind]}
    policy = catalog.platform(platform) if platform else None
    recipient = policy.name if policy else (details.get("organisation") or "[WEBSITE OR PLATFORM]")
    today = dt.date.today().isoformat()
    citations = [cite(1, law, None, "high")] if law else []
    synthetic = " It was created or altered with AI or editing software to look like me." \
        if situation.synthetic else ""
    f = fields
    if kind == "take-it-down":
        body = (f"**To:** {recipient}, notice-and-removal contact\n\n**Subject:** Removal request under the TAKE IT "
                f"DOWN Act ({law.label} [1])\n\nI am the person shown in an intimate image published on your "
                f"service without my consent.{synthetic}\n\n**Where it is:** {_v(f, 'urls')}\n\n**How to "
                f"recognise it:** {_v(f, 'description')}\n\n{_v(f, 'statement')}\n\nPlease remove it, and known "
                f"identical copies, as the law requires once you receive a valid request [1].\n\n**Contact:** "
                f"{_v(f, 'contact')}\n\n**Signature:** {_v(f, 'signature')}\n\n**Name:** {_v(f, 'name')}\n\n"
                f"**Date:** {today}")
    elif kind == "platform-report":
        body = (f"**To:** {recipient}\n\n**Subject:** Intimate image shared without consent\n\nAn intimate image "
                f"of me has been posted without my consent.{synthetic} It breaks your rules on non-consensual "
                f"intimate imagery.\n\n**Where it is:** {_v(f, 'urls')}\n\n**What it is:** {_v(f, 'description')}"
                + ("".join(f"\n\nIt may also be an offence under {l.label}." for l in crimes[:2]))
                + f"\n\nPlease remove it and block re-uploads.\n\n**Name:** {_v(f, 'name')}\n\n**Contact:** "
                f"{_v(f, 'contact')}\n\n**Date:** {today}")
    elif kind == "search-delisting":
        body = (f"**To:** {recipient}\n\n**Subject:** Request to remove intimate images from search results\n\n"
                f"Search results show intimate images of me published without my consent.{synthetic}\n\n**Pages:** "
                f"{_v(f, 'urls')}\n\n**Searches that show them:** {_v(f, 'queries')}\n\nPlease remove these pages "
                f"from your results.\n\n**Name:** {_v(f, 'name')}\n\n**Contact:** {_v(f, 'contact')}\n\n"
                f"**Date:** {today}")
    elif kind == "gdpr-erasure":
        body = (f"**To:** {_v(f, 'organisation')}, data protection officer\n\n**Subject:** Request for erasure "
                f"under {law.label} [1]\n\nYou are processing personal data about me: intimate images published "
                f"without my consent.{synthetic}\n\n**Where:** {_v(f, 'urls')}\n\nI ask you to erase this data "
                f"without undue delay [1], and to tell anyone you have shared it with.\n\n**Name:** "
                f"{_v(f, 'name')}\n\n**Contact:** {_v(f, 'contact')}\n\n**Date:** {today}")
    elif kind == "dmca":
        body = (f"**To:** {recipient}, designated copyright agent\n\n**Subject:** Notice of infringement under "
                f"{law.label} [1]\n\n**The work:** {_v(f, 'work')} (I took this photo and own the copyright.)\n\n"
                f"**Where it appears without permission:** {_v(f, 'urls')}\n\n**Contact:** {_v(f, 'contact')}\n\n"
                f"{_v(f, 'statement')}\n\n{_v(f, 'accuracy')}\n\n**Signature:** {_v(f, 'signature')}\n\n"
                f"**Date:** {today}")
    else:
        offences = "; ".join(l.label for l in crimes[:4]) or "[OFFENCE, IF KNOWN]"
        body = (f"**Police report summary**\n\n**Name:** {_v(f, 'name')}\n\n**Contact:** {_v(f, 'contact')}\n\n"
                f"**What happened:** {_v(f, 'what')}{synthetic}\n\n**When:** {_v(f, 'when')}\n\n**Where:** "
                f"{_v(f, 'urls')}\n\n**Who:** {_v(f, 'who')}\n\n**Offences this may be:** {offences}\n\n"
                f"I have kept evidence (links, screenshots of the pages, dates) and can provide it.")
    return Draft(kind=kind, title=KINDS[kind], recipient=recipient, body=body, fields=tuple(fields.values()),
                 citations=tuple(citations))
