"""Short answers about a text the question names: "can I sue under the DEFIANCE Act?" (a bill: no), "did S.B. 499
pass?", "is it in force yet?". Split from `kb.verdict`, whose dispatcher calls these first."""

from __future__ import annotations

import re
from typing import Optional

from kb.frame import Frame, fold
from kb.models import Law, Status
from kb.verdict import Verdict


def named_not_law(named: list[Law], frame: Frame) -> Optional[Verdict]:
    """A question about a named text that is not law ("can I sue under the DEFIANCE Act?"): no, it is a bill."""
    dead = [l for l in named if not l.status.is_law]
    if named and len(dead) == len(named):
        return Verdict("no" if frame.ask == "sue" or frame.polarity == "prohibited" else "unclear",
                       "short.named_not_law", tuple(dead[:1]))
    return None


_BILL_WORDS = re.compile(r"\b(bills?|proposals?|proposed|amend\w*|update|reform|proyecto|projet|projeto)\b")


def asked_first(named: list[Law], question: str) -> list[Law]:
    """The named texts in the order the question asks about them: "the bill to update Coco's Law" is the bill."""
    bills_asked = bool(_BILL_WORDS.search(fold(question)))
    return sorted(named, key=lambda l: bills_asked and l.status.is_law)


def status_lead(laws: list[Law], frame: Frame) -> list[Law]:
    """No text named: the law a status question is about, best-fitting first, one that reaches fakes when asked about
    fakes. One reading for the status line and the status verdict, so both name the same law."""
    fake = frame.image == "fake"
    return sorted(laws, key=lambda l: (not (fake and l.synthetic_since), not (fake and l.covers.synthetic)))[:1]


def bill_status(named: list[Law], frame: Frame) -> Optional[Verdict]:
    """"Did S.B. 499 pass?", "is it in effect yet?": read from the named text's status; None for other questions."""
    q = fold(frame.question)
    if not named or not re.match(r"^\W*(\w+[,:.] )?.{0,80}\b(did|has|have|is|was|are)\b", q):
        return None
    law = asked_first(named, frame.question)[0]
    if re.search(r"\b(in effect|in force|take effect|taken effect|started|start|apply|applies|yet)\b", q):
        word = {Status.in_force: "yes", Status.unknown: "unclear"}.get(law.status, "no")
    elif re.search(r"\b(pass(ed)?|become law|became law|been signed|signed|enacted|approved|adopted)\b", q):
        word = "yes" if law.status in (Status.in_force, Status.enacted) else (
            "unclear" if law.status is Status.unknown else "no")
    else:
        return None
    return Verdict(word, "short.status", (law,))


__all__ = ["asked_first", "bill_status", "named_not_law", "status_lead"]
