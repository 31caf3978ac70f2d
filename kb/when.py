"""When the person says it happened: 'YYYY' or 'YYYY-MM' from "in March 2024", "back in 2019", "last month"."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from kb.phrase_facts import MONTHS, WHEN, WHEN_RELATIVE

_WHEN = re.compile(WHEN, re.I)
_RELATIVE = re.compile(WHEN_RELATIVE, re.I)


def when(folded: str) -> Optional[str]:
    """'YYYY' or 'YYYY-MM' the person dated the conduct to, if they did."""
    m = _WHEN.search(folded)
    if not m:
        return _relative(folded)
    value = next(g for g in m.groups() if g)
    if value[:1].isdigit():
        return value
    month, year = value.replace(".", "").split()
    number = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(month[:3]))
    return f"{year}-{number:02d}"


def _relative(folded: str, today: Optional[dt.date] = None) -> Optional[str]:
    """'last month' -> 'YYYY-MM' of the month before today; 'last year' -> 'YYYY'; 'yesterday', 'recently' -> this
    month."""
    m = _RELATIVE.search(folded)
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
