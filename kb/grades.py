"""What kind of law it is, for either-or questions: "felony or misdemeanor?" (the grade the record gives, and
whether an amendment after the dated conduct changed it), "civil or criminal?", "creation or just distribution?",
"adults too or only kids?" (answered with the fact, never a bare yes or no); and what its recorded elements say."""

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


_AGES = re.compile(r"\b(protect|cover|apply|appl(y|ies) to|include|reach)\w* (\w+ ){0,2}(adults?|grown ?ups?|women|men|"
                   r"over 18|18 and over)\b.{0,40}\b(or|only)\b.{0,25}\b(kids|children|minors|under 18|teens?)|"
                   r"\b(only|just) (for|about|protects?|covers?|applies to) (kids|children|minors|under 18s?|teens?)\b.{0,40}"
                   r"\b(or|and) (\w+ ){0,3}(adults?|women|men)\b|\b(protect|cover)\w* (adult|grown) (women|men|victims)")


# "Does the State have to prove harm?": what must be shown, read from the law's recorded elements. The concepts are
# the usual elements of these offences (no package lists them); a concept the elements do not mention is "unclear",
# never "no": the recorded elements are a summary, and the official text decides.
_MUST_SHOW = re.compile(r"\b(have|has|need|needs|required|require|requires|must) (to )?(show|prove|establish|demonstrate)\b"
                        r"(?P<what>.{0,80})|\bis (proof of |a showing of |evidence of )?(?P<what2>[\w ]{3,40}) (required|an "
                        r"element|necessary)\b|\bdoes (it|the (law|statute|offen[cs]e|section)) require (?P<what3>.{0,60})")
_CONCEPTS = (("harm", r"harm|injur|damag"), ("distress", r"distress|alarm|humiliat|emotional"),
             ("intent", r"inten|purpose|motive"), ("knowledge", r"know|knew|reckless"), ("consent", r"consent"),
             ("privacy", r"privat|privacy"), ("identity", r"identif|identity|recogni"),
             ("gain", r"profit|benefit|money|financial|gain"), ("gratification", r"gratif|arous"),
             ("realism", r"realistic|indistinguishab|appear"))


_WHAT_PROVED = re.compile(r"\bwhat (does|do|must|would|has|have) (the )?(prosecution|prosecutors?|state|government|crown|"
                          r"plaintiff|victim|police|they|you)( have| need| has)? (to )?(prove|show|establish)|\b(what are )?"
                          r"the (elements|ingredients) (of|under|for)\b|\belements of (the )?(offen[cs]e|crime|section)")


def element(laws: list[Law], frame: Frame) -> Optional[Verdict]:
    """"For a 21.16(b) prosecution, does the State have to show harm?": the recorded element that says so; "what
    must the prosecution prove under 21.165?": the recorded elements."""
    q = fold(frame.question)
    law = laws[0] if laws else None
    if law is None or not law.elements:
        return None
    if _WHAT_PROVED.search(q):
        return Verdict(None, "short.elements", (law,), detail=" ".join(e.rstrip(".") + "." for e in law.elements))
    m = _MUST_SHOW.search(q)
    if not m:
        return None
    what = m.group("what") or m.group("what2") or m.group("what3") or ""
    asked = next(((name, rx) for name, rx in _CONCEPTS if re.search(r"\b(" + rx + r")", what)), None)
    if asked is None:
        return None
    hit = next((e for e in law.elements if re.search(r"\b(" + asked[1] + r")", e, re.I)), None)
    if hit:
        hit = hit[0].lower() + hit[1:] if hit[1:2].islower() else hit  # "that the disclosure harmed ..."
        return Verdict("yes", "short.element_yes", (law,), detail=hit.rstrip("."))
    return Verdict("unclear", "short.element_unknown", (law,), detail=asked[0])


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
    if _AGES.search(q):  # "does X's AI child porn law protect adults too, or only kids?": whom the law protects
        law = next((l for l in laws if l.covers.adults is False or l.topic.value == "csam"), law) if re.search(
            r"\b(child|kids?|minors?|csam|under ?age)\b", q.split(" or ")[0]) else law
        word, key = {True: ("yes", "short.ages_adults"), False: ("no", "short.ages_minors")}.get(
            law.covers.adults, ("unclear", "short.ages_unknown"))
        return Verdict(word, key, (law,))
    if _REACH.search(q):
        key = {True: "short.reach_making", False: "short.reach_sharing"}.get(law.covers.creation_for(frame.image),
                                                                             "short.reach_unknown")
        return Verdict(None, key, (law,), "made")
    return None


__all__ = ["either_or", "element", "felony"]
