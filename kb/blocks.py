"""Parts of an answer that read records, not the question: a law's line, a status line, a platform card, the
disclaimer in the answer's language. Kept apart from `kb.answer`, which decides what to say."""

from __future__ import annotations

import re
from typing import Optional

from kb.advice import DISCLAIMER, disclaimer_for
from kb.catalog import Catalog
from kb.frame import Frame
from kb.i18n import t
from kb.models import Kind, Law, Status


def law_line(n: int, law: Law, place: str) -> str:
    when = f", effective {law.effective}" if law.effective else ""
    lines = [f"{n}. **{law.label}** ({place}) — {law.title}. *{law.status.label}{when}; verified {law.verified}* "
             f"[{n}]", f"   {law.summary} [{n}]"]
    facts = []
    if law.covers.synthetic is True:
        since = f" (since {law.synthetic_since})" if law.synthetic_since else ""
        facts.append(f"covers AI-generated or altered images{since}")
    elif law.covers.synthetic is False:
        facts.append("does not cover AI-generated or altered images")
    if law.covers.adults is False:
        facts.append("protects only people under 18")
    if law.remedies.civil:
        facts.append("lets the victim sue")
    if law.penalty and (law.penalty.level or law.penalty.max_prison or law.penalty.max_fine):
        facts.append(f"penalty: {law.penalty.describe()}")
    if law.limitation:
        facts.append(f"time limit to sue: {law.limitation.rstrip('.')}")
    if facts:
        lines.append(f"   In short: {'; '.join(facts)} [{n}].")
    if law.status is Status.unknown and law.kind is not Kind.bill:
        lines.append(f"   Its current status could not be confirmed from an official source; check the official "
                     f"text before relying on it [{n}].")
    elif law.status.is_bill:
        lines.append(f"   This is a bill ({law.status.label}), not law [{n}].")
    return "\n".join(lines)


def status_first(laws: list[Law], number, fakes: bool = False) -> str:
    """What each named text is and its dates; asked about fakes, since when the law has reached them."""
    from kb.cards import status_line

    lines = []
    for law in laws[:3]:
        text = status_line(law)
        if fakes and law.covers.synthetic and law.synthetic_since:
            text += f" It has covered AI-made or altered images since {law.synthetic_since}."
        lines.append(f"**Status of {law.label}:** {text} [{number(law)}]")
    return "\n\n".join(lines)


def platform_card(catalog: Catalog, frame: Frame, allowed: list[str], number) -> Optional[str]:
    """The platform's own report route (kb.cards), renumbered into this answer's citations."""
    if frame.ask != "remove" or not frame.platforms:
        return None
    from kb.cards import platform_card

    parts = []
    for pid in frame.platforms[:2]:
        text, laws = platform_card(catalog, pid, allowed, True if frame.own_content else None)
        local = {i: number(law) for i, law in enumerate(laws, 1)}
        lines = [line for line in text.splitlines() if not re.match(r"^\[\d+\] ", line)]  # sources listed once
        parts.append(re.sub(r"\[(\d+)\]", lambda m: f"[{local.get(int(m.group(1)), m.group(1))}]",
                            "\n".join(lines)).rstrip())
    return "\n\n".join(parts)


def disclaimer(catalog: Catalog, lang: str, codes: list[str]) -> str:
    if lang == "en":
        return disclaimer_for(catalog, codes)
    english = disclaimer_for(catalog, codes)
    return t(lang, "disclaimer") + english[len(DISCLAIMER):]


__all__ = ["law_line", "platform_card", "disclaimer", "status_first"]
