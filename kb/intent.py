"""What is the person asking? Rules, not a model: they are predictable, fast and easy to audit.

The intent shapes the answer (which laws lead, which sections appear); flags such as `minor` trigger guardrails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INTENTS = ("laws", "crime", "sue", "penalty", "definition", "report", "compare", "recent", "pending")

_PATTERNS = [
    ("compare", r"\b(compare|comparison|versus|vs\.?|differen(ce|t) between|side by side)\b"),
    ("pending", r"\b(pending|proposed|bills?|upcoming|being considered|in the works|legislature considering|"
                r"what would|would (it|this|that|the (bill|amendment|proposal)) (change|add|give|do)|if it pass(es)?)\b"),
    ("recent", r"\b(changed|new laws?|recent(ly)?|latest|updates?|since (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
               r"nov|dec|\d{4}))\b"),
    ("penalty", r"\b(penalt(y|ies)|jail|prison|sentence[ds]?|fines?|how (long|much time) (in|behind|would|will|"
                r"could|can|do|does|did)\b.{0,20}(jail|prison|get|serve)|punish(ment|ed)?|felony|misdemeanou?r)\b"),
    ("sue", r"\b(sue|suing|lawsuit|civil (action|claim|case|suit|remedy)|damages|compensat(e|ion)|"
            r"restraining order|protective order|get money)\b"),
    ("report", r"\b(remove[ds]?|removal|take (it|them|this|that)? ?down|takedown|taken down|report(ing)? (it|this|"
               r"them|to)|delete[ds]?|get (it|them|this) (off|removed|deleted)|de-?index|delist|stop (it )?spreading|"
               r"what can i do|what (should|do) i do|how do i)\b"),
    ("definition", r"\b(what (counts|is|are) (as )?(a )?(deep ?fakes?|synthetic|digital forger(y|ies)|intimate "
                   r"images?)|defin(e|ition)|does .{0,30}count)\b"),
    ("crime", r"\b(crime|criminal|illegal|unlawful|against the law|arrest(ed)?|press charges|prosecut\w*|"
              r"police|legal to|allowed to|is it (legal|ok))\b"),
]

_MINOR = re.compile(
    r"\b(under ?18|under ?age|underage|minors?|child(ren)?|kids?|teen(ager)?s?|high ?school|middle ?school|"
    r"grade \d+|\d+(th|rd|nd|st) grade|my (daughter|son)|years? old (girl|boy)|(1[0-7]|[5-9]) ?(yo|y/o|"
    r"years? olds?|year-olds?)|age (1[0-7]|[5-9])|(i'?m|i am|she'?s|he'?s|was) (1[0-7]|[5-9])\b|"
    r"csam|child (sexual )?abuse material|classmates?|school ?mates?|student)\b", re.I)
_SYNTHETIC = re.compile(r"\b(deep ?fakes?|fake[ds]?|ai[- ]?(generated|made)?|artificial|photoshop(ped)?|"
                        r"edited|altered|morph(ed)?|nudify|nudifier|undress(ing)? app|face ?swap(ped)?|"
                        r"synthetic|generated|manipulated|doctored|forger(y|ies)|not real)\b", re.I)
_THREAT = re.compile(r"\b(threat(en)?(ed|ing|s)?|sextort(ion)?|blackmail(ed|ing)?|extort(ion|ed|ing)?|"
                     r"demand(ed|ing|s)? (money|more|payment)|pay (him|her|them)|unless i pay|will (post|share|"
                     r"leak|send))\b", re.I)
_ELECTION = re.compile(r"\b(election|candidate|campaign|political ad)\b", re.I)


@dataclass(frozen=True)
class Intent:
    name: str
    minor: bool
    synthetic: bool
    threatened: bool
    election: bool


def classify(question: str) -> Intent:
    name = next((n for n, pattern in _PATTERNS if re.search(pattern, question, re.I)), "laws")
    return Intent(name=name, minor=bool(_MINOR.search(question)), synthetic=bool(_SYNTHETIC.search(question)),
                  threatened=bool(_THREAT.search(question)), election=bool(_ELECTION.search(question)))
