"""Short, complete answers about one thing: a platform card ("how do I get it off Reddit?") and a status line for a
law or bill ("has Congress passed the DEFIANCE Act?").

Policy:
- A platform card uses the platform's own record: its report steps as numbered steps, what to include, whether it is
  a StopNCII partner (yes / no / not recorded), and its stated response time, or says none is stated.
- The legal escalation depends on where the person is and on records in force: the US TAKE IT DOWN Act notice with
  US law in scope, a Digital Services Act notice with EU law in scope, the Online Safety Act route with UK law in
  scope, eSafety in Australia. A copyright (DMCA) notice is offered only for the person's own content (they took
  the photo), because only the copyright owner can send one.
- A status line leads with what the text is ("Not law", "In force", "Law, not yet in force") and its dates, taken
  from the record's status, dates and dated history; a date after today is "scheduled", never a past event.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from kb.catalog import Catalog
from kb.errors import QueryError
from kb.models import DMCA, Kind, Law, PlatformPolicy, Status

TAKE_IT_DOWN = "us-usc-47-223a"
DSA_NOTICE = "eu-dsa-2022-2065-art16"
UK_OSA = "gb-osa-2023-10"
ESAFETY = "au-osa-2021-77"

# (law id, where it applies, title, what to do, the draft kind that fits (python -m kb draft KIND))
ESCALATIONS = [
    (TAKE_IT_DOWN, "US", "US TAKE IT DOWN Act notice",
     "Send a written removal request under the TAKE IT DOWN Act: a covered platform must remove the image within "
     "48 hours of a valid request.", "take-it-down"),
    (DSA_NOTICE, "EU", "EU Digital Services Act notice",
     "Use the platform's notice form for illegal content (Digital Services Act, art. 16): say why the image is "
     "illegal under your country's law, give its exact link, your name and email and a good-faith statement.",
     "platform-report"),
    (UK_OSA, "GB", "UK Online Safety Act route",
     "Report it to the platform as illegal content: sharing intimate images without consent is priority illegal "
     "content under the Online Safety Act, which the platform must remove quickly once told. If it does not, "
     "complain to the platform and tell Ofcom, which enforces the duty.", "platform-report"),
    (ESAFETY, "AU", "eSafety removal notice (Australia)",
     "Report it to eSafety, which can order the platform to remove it within 24 hours.", None),
]

_VERB = re.compile(r"^(use|open|go|choose|select|pick|tap|click|press|log|sign|fill|submit|report|in the app|"
                   r"from|visit|send|email|write|file|start)\b", re.I)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _draft(kind: Optional[str]) -> str:
    """Where the ready-to-send draft for a route is: the app's plan page, or the CLI."""
    if not kind:
        return ""
    from kb.draft import KINDS

    return f" Draft: *{KINDS[kind]}* (Make a plan page, or `python -m kb draft {kind}`)."


def _yes_no(value: Optional[bool]) -> str:
    return {True: "yes", False: "no", None: "not recorded"}[value]


def _split_needs(p: PlatformPolicy) -> tuple[list[str], list[str]]:
    """report_needs -> (steps: what to do, include: what the report needs)."""
    steps, include = [], []
    for item in p.report_needs:
        (steps if _VERB.match(item) else include).append(item)
    return steps, include


def _scope(catalog: Catalog, codes: list[str]) -> list[str]:
    resolved = [catalog.registry.lookup(c) for c in codes]
    return catalog.registry.with_parents(resolved)


def platform_card(catalog: Catalog, platform_id: str, codes: list[str],
                  own_content: Optional[bool] = None) -> tuple[str, list[Law]]:
    """(markdown, laws cited in order): how to get an image off one platform, for someone in `codes`."""
    p = catalog.platform(platform_id)
    if p is None:
        known = ", ".join(sorted(x.id for x in catalog.platforms))
        raise QueryError(f'unknown platform "{platform_id}"; use one of: {known}')
    name = p.name.split(" (")[0]
    scope = _scope(catalog, codes)
    steps, include = _split_needs(p)
    lines = [f"**Getting it off {name}**", "", f"1. Open {name}'s report page: {p.report_url}"]
    lines += [f"{i}. {s}" for i, s in enumerate(steps, 2)]
    if include:
        lines += ["", "**What to include**"] + [f"- {s}" for s in include]
    lines += ["", f"- Bans AI-made or altered intimate images in its rules: {_yes_no(p.prohibits_synthetic)}.",
              f"- StopNCII partner: {_yes_no(p.stopncii_partner)}" +
              (" (a hash made at StopNCII.org helps it block copies)." if p.stopncii_partner else "."),
              f"- Response time: {p.response_time}" if p.response_time else
              "- Response time: none stated by the platform."]
    cited: list[Law] = []

    def ref(law: Law) -> str:
        if law not in cited:
            cited.append(law)
        return f"[{cited.index(law) + 1}]"

    routes = []
    for law_id, where, title, what, draft in ESCALATIONS:
        law = catalog.law(law_id)
        if law is None or where not in scope or law.status is not Status.in_force:
            continue
        tail = _draft(draft)
        routes.append(f"- **{title}** ({law.label} {ref(law)}): {what}{tail}")
    dmca = catalog.law(DMCA)
    if own_content and dmca is not None and dmca.status is Status.in_force:
        routes.append(f"- **Copyright (DMCA) notice** ({dmca.label} {ref(dmca)}): because you took the photo, you "
                      "normally own its copyright and can send a takedown notice to the platform's designated "
                      "agent." + _draft("dmca"))
    elif own_content is None and dmca is not None:
        routes.append("- If you took the original photo yourself, say so: a copyright notice may then also apply.")
    if routes:
        lines += ["", "**If it stays up: the legal route where you are**"] + routes
    elif not scope:
        lines += ["", "Tell me where you live to see the legal route (TAKE IT DOWN Act, Digital Services Act, "
                      "Online Safety Act) that applies to you."]
    lines += ["", f"*{name}'s record verified {p.verified.isoformat()}; policy: {p.policy_url or p.report_url}*"]
    if cited:
        lines += [""] + [f"[{i}] {law.label}: {law.url} (verified {law.verified.isoformat()})"
                         for i, law in enumerate(cited, 1)]
    return "\n".join(lines), cited


# --- status first ---------------------------------------------------------------------------------------------

def _day(date: str) -> str:
    """'2026-01-13' -> '13 January 2026'; '2026-01' -> 'January 2026'; '2026' stays."""
    parts = date.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return date


def _future(date: Optional[str], today: dt.date) -> bool:
    if not date:
        return False
    key = date + "-01-01"[len(date) - 4:] if len(date) < 10 else date
    return key > today.isoformat()


def _passed(law: Law) -> dict[str, str]:
    """Chamber -> date of the latest passage of this bill (earlier versions of it do not count)."""
    out: dict[str, str] = {}
    for h in law.history:
        text = h.change
        if re.search(r"\b(earlier|previous|prior) (version|bill)\b", text, re.I):
            continue
        for m in re.finditer(r"\bpass(?:ed|es)\s+(?:the\s+)?(Senate|House|Assembly|Dáil|Seanad|Bundestag|"
                             r"Bundesrat|Folketing|Congreso|Parliament|Legislature)\b", text, re.I):
            out[m.group(1).capitalize()] = h.date
    return out


def _chambers(law: Law, passed: dict[str, str]) -> list[str]:
    text = " ".join(h.change for h in law.history)
    if "Assembly" in text or "Assembly" in passed:
        return ["Senate", "Assembly"]
    if law.jurisdiction.startswith("US"):
        return ["Senate", "House"]
    return []


def status_line(law: Law, today: Optional[dt.date] = None) -> str:
    """The status and its dates, in one line that leads an answer about this law or bill."""
    today = today or dt.date.today()
    eff, last = law.effective, (law.history[-1] if law.history else None)
    if law.status is Status.in_force:
        if eff and _future(eff, today):
            return f"In force, with parts scheduled to apply from {_day(eff)}."
        return f"In force since {_day(eff)}." if eff else (
            f"In force (enacted {_day(law.enacted)}; date in force not recorded)." if law.enacted
            else "In force (dates not recorded).")
    if law.status is Status.enacted:
        if law.kind is Kind.directive:
            when = f"from {_day(eff)}" if eff else "once the transposition deadline passes (date not recorded)"
            sched = " (scheduled)" if _future(eff, today) else ""
            return (f"EU directive adopted {_day(law.enacted) if law.enacted else '(date not recorded)'}; it applies "
                    f"{when}{sched} once your country transposes it into national law.")
        if eff:
            return (f"Law, not yet in force: scheduled to take effect on {_day(eff)}." if _future(eff, today) else
                    f"Law enacted; its start date ({_day(eff)}) has passed, but the record still says not in force: "
                    "check the official text.")
        return "Law, not yet in force: start date not recorded."
    if law.status in (Status.pending, Status.carried_over):
        passed = _passed(law)
        bits = [f"passed the {c} {'on' if len(d) == 10 else 'in'} {_day(d)}"
                for c, d in sorted(passed.items(), key=lambda kv: kv[1])]
        missing = [c for c in _chambers(law, passed) if c not in passed]
        if bits and missing:
            bits.append(f"no {' or '.join(missing)} vote recorded")
        elif not bits:
            step = f"latest recorded step {_day(last.date)}: {_clip(last.change)}" if last else \
                "no step recorded"
            bits.append(("no chamber has passed it as far as the record shows; " if law.jurisdiction.startswith(
                "US") else "") + step)
        head = "Not law (carried over)" if law.status is Status.carried_over else "Not law"
        tail = ""
        if law.session_end:
            tail = (f" Its session ends {_day(law.session_end)}." if _future(law.session_end, today) else
                    f" Its session ended {_day(law.session_end)}: the outcome needs checking.")
        return f"{head}: {'; '.join(bits)}.{tail}"
    step = f" ({_day(last.date)}: {_clip(last.change)})." if last else "."
    if law.status is Status.failed:
        return "Not law: the bill failed" + step
    if law.status is Status.vetoed:
        return "Not law: vetoed" + step
    if law.status is Status.repealed:
        return "Repealed" + step
    return ("Outcome not confirmed, so not law as far as this record shows: the corpus could not confirm whether "
            "this bill passed"
            + (f"; last recorded step {_day(last.date)}: {_clip(last.change)}" if last else "") + ".")


def _clip(text: str) -> str:
    return text.strip().rstrip(".")
