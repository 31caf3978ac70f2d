"""What kind of law it is, for either-or questions: "felony or misdemeanor?" (the grade the record gives, and
whether an amendment after the dated conduct changed it), "civil or criminal?", "creation or just distribution?".
These are answered with the fact, never with yes or no."""

from __future__ import annotations

import re
from typing import Optional

from kb.frame import Frame, fold
from kb.models import Law
from kb.verdict import Verdict


def felony(fit: list[Law], frame: Frame, act: str) -> Verdict:
    """"Is that a felony?": the grade the law gives, when recorded."""
    either = bool(re.search(r"felony or (a )?misdemeanou?r|misdemeanou?r or (a )?felony", fold(frame.question)))
    levels = [(l, (l.penalty.level or "").lower() if l.penalty else "") for l in fit]  # "felony or misdemeanor?":
    #                                                                                   the grade, not yes or no
    # the base grade is the one named first ("Class 1 misdemeanor; Class 6 felony if ...")
    felony = [l for l, level in levels if "felony" in level and (
        "misdemeanor" not in level or level.index("felony") < level.index("misdemeanor"))]
    if felony:
        if any(_grade_changed_after(l, frame.when) for l in felony[:1]):
            return Verdict("unclear", "short.grade_changed", tuple(felony[:1]), act)
        return Verdict(None if either else "yes", "short.felony", tuple(felony[:1]), act)
    if levels and all("misdemeanor" in level or "misdemeanour" in level for _, level in levels):
        return Verdict(None if either else "no", "short.misdemeanor", tuple(fit[:1]), act)
    return Verdict("unclear", "short.grade_unknown", tuple(fit[:1]), act)


def _grade_changed_after(law: Law, when: Optional[str]) -> bool:
    """Did an amendment after the dated conduct change the law's grade or penalty? (Then today's grade may not be
    the one that applies.)"""
    if not when:
        return False
    return any(str(h.date)[:len(when)] > when and re.search(r"felon|misdemean|class \w+|penalt|sentenc", h.change,
                                                               re.I) for h in law.history)


_KIND = re.compile(r"\b(civil or (a )?criminal|criminal or (a )?civil)\b")
_REACH = re.compile(r"\b(creat\w*|making|make|production|producing|generat\w*) or (just |only |merely |simply )?(shar\w*|"
                    r"distribut\w*|post\w*|disseminat\w*|publish\w*)|\b(shar\w*|distribut\w*|post\w*|disseminat\w*) "
                    r"or (also |even )?(creat\w*|making|production|generat\w*)")


def either_or(laws: list[Law], frame: Frame) -> Optional[Verdict]:
    """"Is 52-c civil or criminal?", "does it cover creation or just distribution?": the lead law's own answer."""
    q = fold(frame.question)
    law = laws[0] if laws else None
    if law is None:
        return None
    if _KIND.search(q):
        civil, criminal = law.remedies.civil, law.remedies.criminal
        key = "short.kind_both" if civil and criminal else "short.kind_civil" if civil else (
            "short.kind_criminal" if criminal else None)
        return Verdict(None, key, (law,)) if key else None
    if _REACH.search(q):
        key = {True: "short.reach_making", False: "short.reach_sharing"}.get(law.covers.creation_for(frame.image),
                                                                             "short.reach_unknown")
        return Verdict(None, key, (law,), "made")
    return None


__all__ = ["either_or", "felony"]
