"""When the person says it happened: 'YYYY' or 'YYYY-MM' from "in March 2024", "back in 2019", "last month"."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from kb.phrase_facts import MONTHS, WHEN, WHEN_RELATIVE

_WHEN = re.compile(WHEN, re.I)
# first three letters of month names in Spanish, French, Portuguese, Italian and German that differ from English
_OTHER_MONTHS = {"ene": 1, "gen": 1, "fev": 2, "abr": 4, "avr": 4, "mai": 5, "mag": 5, "giu": 6, "lug": 7, "ago": 8,
                 "aou": 8, "set": 9, "out": 10, "ott": 10, "okt": 10, "dic": 12, "dez": 12, "juin": 6, "juil": 7}
_RELATIVE = re.compile(WHEN_RELATIVE, re.I)
# a date that says when a law changed, not when the conduct happened: "heard it came in this year", "the law passed
# in 2024", "since it took effect last year"
_ABOUT_LAW = re.compile(r"\b(came in|came into (force|effect)|comes? into (force|effect)|passed|took effect|takes effect|"
                        r"enacted|introduced|signed|in force|in effect|became law|amended|entro en vigor|entrou em vigor|"
                        r"entre en vigueur|est entree? en vigueur|aprobad[oa]|aprovad[oa]|adoptee?)\W+(\w+\W+){0,2}$", re.I)


def _conduct(rx: re.Pattern, folded: str) -> Optional[re.Match]:
    """The first date in the text that is not about a law."""
    return next((m for m in rx.finditer(folded) if not _ABOUT_LAW.search(folded[max(0, m.start() - 40):m.start()])),
                None)


def when(folded: str) -> Optional[str]:
    """'YYYY' or 'YYYY-MM' the person dated the conduct to, if they did."""
    m = _conduct(_WHEN, folded)
    if not m:
        return _relative(folded)
    value = next(g for g in m.groups() if g)
    if value[:1].isdigit():
        return value
    words = value.replace(".", "").split()
    month, year = words[0], words[-1]
    key = month[:4] if month.startswith("jui") else month[:3]  # juin / juillet
    number = _OTHER_MONTHS.get(key) or next((i for i, name in enumerate(MONTHS, 1) if name.startswith(month[:3])), None)
    return f"{year}-{number:02d}" if number else year


def _relative(folded: str, today: Optional[dt.date] = None) -> Optional[str]:
    """'last month' -> 'YYYY-MM' of the month before today; 'last year' -> 'YYYY'; 'yesterday', 'recently' -> this
    month."""
    m = _conduct(_RELATIVE, folded)
    if not m:
        return None
    today, words = today or dt.date.today(), m.group(0)
    if words == "last year" or re.match(r"(a|one) years? ago", words):
        return str(today.year - 1)
    if words == "this year":
        return str(today.year)
    back = 1 if words == "last month" or re.match(r"(a|one) months? ago", words) else 0
    n = re.match(r"(\d{1,2}|two|three) (months?|years?) ago", words)
    if n:
        count = {"two": 2, "three": 3}.get(n.group(1)) or int(n.group(1))
        if n.group(2).startswith("year"):
            return str(today.year - count)
        back = count
    month = today.year * 12 + today.month - 1 - back
    return f"{month // 12}-{month % 12 + 1:02d}"


__all__ = ["when"]
