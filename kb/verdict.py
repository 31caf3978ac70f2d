"""Which law fits the facts, and the short answer to a yes/no legal question.

Rules over the frame and the records' structured fields, kept as tables so a reviewer can read why a law leads:

| condition                                   | effect                                               | why                         |
|---------------------------------------------|------------------------------------------------------|-----------------------------|
| status is not in force                      | never "makes this a crime"; an enacted law "will",   | a bill binds nobody         |
|                                             | a bill "would"                                       |                             |
| image is fake / real                        | needs covers.synthetic / covers.authentic true       | a real-photo law may not    |
|                                             | (null: "not clearly")                                | reach AI images, and back   |
| act made / shared / threatened / kept       | needs covers.creation / NCII or CSAM topic /         | most NCII laws punish       |
|                                             | covers.threats or sextortion / covers.possession     | sharing, not making         |
| person shown under 18                       | child-abuse-image laws and minors' provisions lead   | the stricter law applies    |
| person shown an adult                       | child-abuse-image laws and minors-only laws excluded | they do not apply           |
| conduct dated before the law took effect    | the law is not said to apply to that conduct         | no retroactive crimes       |
| "can I sue"                                 | only provisions giving a private right of action,   | a data-protection right or  |
|                                             | never data-protection or platform-duty texts        | a platform duty is not a    |
|                                             |                                                      | lawsuit against the poster  |
| the person shown consented (adult)          | "yes": NCII laws turn on the lack of consent         | consent is an element       |

Claims inside the question never change the answer: only the frame's facts and the records do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from kb.frame import Frame, fold
from kb.models import DMCA, Law, Status, Topic
from kb.phrase_facts import CONSENT_GIVEN, CONSENT_LIMITED, ONLINE_ONLY, PRIVATE_CHANNEL, VIEWING

_THIRD_PARTY = re.compile(r"\bsue (my|our|the|his|her) (company|business|employer|firm|school|district|university|"
                          r"college|platform|website|site|app|landlord)\b|\b(my|our) (company|business|school|district)"
                          r"('s)? (be )?(liable|sued|responsible)\b")
_MAKING_ASKED = re.compile(r"\b(is|was|would)( it)? (just |simply |merely |only )?(creating|making|generating|producing|"
                           r"the (creation|making|production))\b|\b(illegal|a crime|an offen[cs]e|criminal) (just |simply |"
                           r"merely |only )?to (make|create|generate|produce)\b")
_NOW = re.compile(r"\b(right now|yet|currently|today|at the moment|already|now)\b")
CRIMINAL_TOPICS = (Topic.ncii, Topic.csam, Topic.sextortion, Topic.harassment, Topic.other)
CIVIL_TOPICS = (Topic.ncii, Topic.csam, Topic.sextortion, Topic.harassment, Topic.other)
_NO_CONSENT = re.compile(CONSENT_LIMITED)  # "she consented to the photo but not to me posting it"
_CONSENT = re.compile(CONSENT_GIVEN)
_VIEWING = re.compile(VIEWING, re.I)


def acts_of(frame: Frame) -> tuple[str, ...]:
    """The acts a legal question is about; sharing when nothing more specific was said."""
    acts = tuple(a for a in frame.acts if a in ("tool", "made", "shared", "threatened", "kept"))
    if not acts and "watched" in frame.acts:
        acts = ("watched",)  # "is it illegal to just watch it?": viewing, not sharing
    if "tool" in acts:  # "is it legal to run a nudify app?": the making (and users' uploading) is of the tool
        acts = ("tool",)
    if "made" in acts and _MAKING_ASKED.search(fold(frame.question)):
        acts = ("made",)  # "is creating one a crime, even if he shared it?": the question is about the making
    if acts:
        return acts
    return ("made", "shared") if frame.role == "maker" else ("shared",)  # a maker who names no act: either


def _year(value: Optional[str]) -> Optional[int]:
    return int(value[:4]) if value else None


def covers_act(law: Law, act: str, image: str = "unknown") -> Optional[bool]:
    """Does the law reach this act? None: the record does not say. A law aimed at tools reaches only the tool; a
    record may say that making a fake is treated differently from recording a real image (`synthetic_creation`)."""
    if act == "tool":
        return True if law.about_tools else None
    if law.about_tools:
        return False
    if act == "made":
        return law.covers.creation_for(image)
    if act == "threatened":
        return True if (law.covers.threats or law.topic is Topic.sextortion) else law.covers.threats
    if act == "kept":
        return law.covers.possession
    if act == "watched":  # viewing is an offence only where the record says so; a possession offence may reach it
        if not law.covers.possession:
            return law.covers.possession
        return True if _VIEWING.search(" ".join((law.summary, *law.elements, law.notes or ""))) else None
    if law.covers.distribution is False:  # an offence of making or recording only
        return False
    return True if law.topic in (Topic.ncii, Topic.csam, Topic.harassment) else None


def covers_image(law: Law, image: str) -> Optional[bool]:
    if image == "fake":
        return law.covers.synthetic
    if image == "real":
        return law.covers.authentic
    # not said: most intimate images shared without consent are real, so a law that covers real images fits; a
    # deepfake-only law may or may not (the person did not say the image was made or altered)
    if law.covers.authentic:
        return True
    return None if law.covers.synthetic or law.covers.authentic is None else False


def covers_age(law: Law, minor: Optional[bool]) -> Optional[bool]:
    """Does the law protect a person of this age? General NCII laws protect everyone; child-abuse-image laws and
    minors-only provisions protect only people under 18."""
    child_only = law.topic is Topic.csam or law.covers.adults is False
    if minor is True:
        return law.covers.children is not False  # an adults-only law does not protect a 17-year-old
    if minor is False:
        return not child_only
    return None if child_only else True


def _start(law: Law, frame: Frame) -> Optional[str]:
    return law.synthetic_since if frame.image == "fake" and law.synthetic_since else (law.effective or law.enacted)


def timing(law: Law, frame: Frame) -> str:
    """'after' (the conduct is dated on or after the law's start), 'before' (wholly before it), 'overlap' (the
    date given is too coarse to tell) or 'unknown'. Criminal laws do not reach conduct before they began."""
    start = _start(law, frame)
    if not frame.when or not start:
        return "unknown"
    when = frame.when
    first = when + ("-01-01" if len(when) == 4 else "-01")
    last = when + ("-12-31" if len(when) == 4 else "-31")
    begin = start + ("-01-01" if len(start) == 4 else ("-01" if len(start) == 7 else ""))
    if last < begin:
        return "before"
    if first >= begin:
        return "after"
    return "overlap"


def in_time(law: Law, frame: Frame) -> bool:
    """False when the person dated the conduct before the law (or its AI coverage) began, or too coarsely to
    tell."""
    return timing(law, frame) in ("after", "unknown")


def fit_score(law: Law, frame: Frame) -> float:
    """How well a law fits the facts: the first key when choosing which law leads (retrieval breaks ties)."""
    score = 0.0
    for value, weight in ((covers_image(law, frame.image), 3.0), (covers_age(law, frame.minor), 4.0)):
        score += weight if value else (-weight if value is False else 0.0)
    if frame.minor and (law.topic is Topic.csam or law.covers.minors):
        score += 3.0 if frame.ask == "remove" else 5.0  # the child-specific law leads for someone under 18 (a
        #                                                   general law may protect adults only); removal routes first
    if frame.minor is None and law.topic is Topic.csam:
        score -= 3.0
    acts = acts_of(frame)
    fits = [covers_act(law, a, frame.image) for a in acts]
    score += 2.0 if any(fits) else (-2.0 if fits and all(f is False for f in fits) else 0.0)
    if "threatened" in acts and frame.image == "real" and law.covers.authentic is False:
        score -= 3.0  # a deepfake-only offence does not answer a threat about real photos
    if law.status is Status.in_force:
        score += 2.0
    elif law.status is Status.enacted:
        score += 0.5
    elif law.status is Status.unknown:
        score -= 1.5  # maybe law, maybe not: listed and labelled, never said to make anything a crime
    elif law.status.is_bill:
        if frame.ask == "status":  # "any pending bills?": live bills lead, dead or unconfirmed ones follow
            score += 4.0 if law.status in (Status.pending, Status.carried_over) else 1.0
        else:
            score -= 3.0
    on_platform = bool(frame.platforms) and frame.ask in ("other", "help") and frame.role in (
        "victim", "parent", "friend", "minor_self")  # "it's on Telegram": taking it down is half the need
    if law.topic in (Topic.platform, Topic.privacy) and frame.ask != "remove" and not (
            on_platform and law.remedies.takedown):
        score -= 2.5
    if law.topic is Topic.election:
        score -= 6.0
    if "tool" in acts and law.about_tools:
        score += 6.0  # "I run an undress site": the law aimed at such tools leads
    if not in_time(law, frame):
        score -= 2.0
    if law.topic is Topic.ncii:
        score += 0.5
    if frame.ask == "remove" and law.remedies.takedown and law.id != DMCA:
        score += 5.0  # "how do I get it off X": the removal duty leads, whatever the words retrieved best
    elif on_platform and law.remedies.takedown and law.id != DMCA:
        score += 2.0
    if frame.ask == "remove" and not (law.remedies.takedown or law.remedies.injunction):
        score -= 3.0  # a crime with no removal order does not get the image down
    if law.id == DMCA and frame.own_content and (frame.ask == "remove" or on_platform):
        score += 4.0  # the person's own photos or paid content: a copyright notice is the fastest route
    if frame.ask == "sue" and law.remedies.civil:
        score += 3.0
    if frame.ask in ("police", "legal", "penalty") and law.remedies.criminal:
        score += 1.0
    return score


@dataclass(frozen=True)
class Verdict:
    """The short answer: `word` is the literal answer to the question as asked; `key` names the sentence."""

    word: Optional[str]  # "yes" | "no" | "unclear" | None (not a yes/no question)
    key: str  # i18n key of the short-answer sentence
    laws: tuple[Law, ...] = ()  # laws the sentence rests on, cited first
    act: str = "shared"
    pending: tuple[Law, ...] = ()  # bills or not-yet-in-force laws that would change the answer
    late: tuple[Law, ...] = ()  # laws that started after the conduct the person dated
    detail: str = ""  # a recorded element the sentence quotes ("does the State have to prove harm?")


def _crimes(laws: list[Law], frame: Frame, act: str) -> tuple[list[Law], list[Law], list[Law], list[Law]]:
    """(fitting in force, fitting but not yet in force, unclear fit, fitting but later than the conduct)."""
    fit, future, unclear, late = [], [], [], []
    private = act == "shared" and bool(_PRIVATE.search(fold(frame.question)))  # sent by text, email, AirDrop...
    for law in laws:
        if not law.remedies.criminal or law.topic not in CRIMINAL_TOPICS:
            continue
        checks = (covers_act(law, act, frame.image), True if act == "tool" else covers_image(law, frame.image),
                  covers_age(law, frame.minor))
        if False in checks or (law.topic is Topic.csam and frame.minor is not True):
            continue  # a child-abuse-image law is never "the closest law" unless the person shown is a minor
        sure = all(checks) and not (private and _online_only(law))
        if law.status is Status.in_force:
            if sure and not in_time(law, frame):
                late.append(law)
            else:
                (fit if sure else unclear).append(law)
        elif law.status is Status.enacted or law.status.is_bill and law.status is not Status.failed:
            if sure and law.status in (Status.enacted, Status.pending, Status.carried_over):
                future.append(law)
    key = lambda l: -fit_score(l, frame)
    return sorted(fit, key=key), sorted(future, key=key), sorted(unclear, key=key), sorted(late, key=key)


_PRIVATE = re.compile(PRIVATE_CHANNEL)
_SHARED_ONLINE = re.compile(r"\b(publish|post|shar|disseminat|distribut)\w*[^.;]{0,120}" + ONLINE_ONLY, re.I)
_ANY_MEANS = re.compile(r"\b(or|any) (other )?(electronic|means)\b|\bseparate offen[cs]es?\b|sent electronically", re.I)


def _online_only(law: Law) -> bool:
    """Does the element that defines the sharing itself require an online platform or website? Then an image sent by
    text or shown on a phone may not fit ("sent it in a group text" under a law for posting online)."""
    return any(_SHARED_ONLINE.search(e) and not _ANY_MEANS.search(e) for e in law.elements)


def _adult(frame: Frame) -> bool:
    """"Yes, allowed" only where nothing hints that the person shown may be a child (a student's classmate)."""
    return frame.minor is False or frame.minor is None and not re.search(
        r"\b(students?|classmates?|pupils?|kids?|child|children|teens?|school|grade|minors?)\b", fold(frame.question))


def legality(laws: list[Law], frame: Frame) -> Verdict:
    """Is the act a crime where the person is? Answered for the polarity the question was asked in."""
    acts = acts_of(frame)
    act = acts[0]
    prohibited_polarity = frame.polarity != "permitted"
    if frame.minor is not True and _CONSENT.search(fold(frame.question)) and not _NO_CONSENT.search(
            fold(frame.question)):
        word = "yes" if not prohibited_polarity else "no"
        return Verdict(word, "short.consent", tuple(l for l in laws if l.remedies.criminal and
                                                     l.status is Status.in_force
                                                     and l.topic is Topic.ncii)[:1], act)
    if act == "tool":  # a ban on nudification tools need not be a crime: an in-force ban answers either way
        bans = [l for l in laws if l.about_tools and l.status is Status.in_force and covers_age(l, frame.minor) is not False]
        if bans and not any(l.remedies.criminal for l in bans):
            return Verdict("yes" if prohibited_polarity else "no", "short.tool", tuple(bans[:1]), act)
    fit, future, unclear, late = [], [], [], []
    for a in acts:
        f, fu, u, la = _crimes(laws, frame, a)
        if f and not fit:
            act = a
        fit, future, unclear, late = fit + f, future + fu, unclear + u, late + la
    fit = list(dict.fromkeys(fit))
    if fit:
        if re.search(r"\bfelon(y|ies)\b", fold(frame.question)):
            from kb.grades import felony  # noqa: PLC0415 - kb.grades builds on this module's Verdict

            return felony(fit, frame, act)
        named = [l for l in fit if covers_act(l, act, frame.image)] or fit  # never a law of another act as the second one
        return Verdict("yes" if prohibited_polarity else "no", "short.crime", tuple(named[:2]), act,
                       tuple(future[:1]), tuple(late[:1]))
    if late:
        before = all(timing(l, frame) == "before" for l in late)
        word = ("no" if prohibited_polarity else "yes" if _adult(frame) else "unclear") if before else "unclear"
        lead = late[0]  # a law older than the conduct whose reach to fakes began later says when that reach began
        ai_only = frame.image == "fake" and bool(lead.synthetic_since) and (
            lead.effective or lead.enacted or "") < lead.synthetic_since
        return Verdict(word, "short.late_ai" if ai_only else "short.late", tuple(late[:2]), act, tuple(future[:1]),
                       tuple(late[:2]), detail=lead.synthetic_since if ai_only else "")
    offences = [l for l in laws if l.remedies.criminal and l.status is Status.in_force and l.topic in CRIMINAL_TOPICS
                and covers_age(l, frame.minor) is not False]  # in-force offences that protect this person
    for_age = [l for l in offences if not (l.topic is Topic.csam and frame.minor is not True)]
    if future:  # only a law not yet in force fits: "no" asked about now, or if no offence in force reaches the act
        settled = _NOW.search(fold(frame.question)) or (for_age and all(covers_act(l, act, frame.image) is False
                                                                        for l in for_age))
        word = "no" if settled and prohibited_polarity and act != "threatened" else "unclear"  # never "yes, legal"
        return Verdict(word, "short.future", tuple(future[:2]), act, tuple(future[:2]))
    if unclear:
        return Verdict("unclear", "short.unclear", tuple(unclear[:2]), act)
    # the record settles it ("no offence reaches this"): never for a threat (extortion and harassment laws the corpus
    # does not record) nor a minor (child-abuse-image laws, not recorded everywhere, often reach virtual images)
    settled_word = ("no" if prohibited_polarity else "yes" if _adult(frame) else "unclear") if act != "threatened" \
        and frame.minor is not True else "unclear"
    wrong_image = [l for l in for_age if any(covers_act(l, a, frame.image) for a in acts) and covers_image(l, frame.image) is False]
    right_image = [l for l in offences if covers_image(l, frame.image)]
    if wrong_image and frame.image in ("real", "fake") and not right_image:  # "Missouri's law covers only real photos"
        return Verdict(settled_word, "short.not_image", tuple(wrong_image[:1]), act)
    other = [l for l in for_age if covers_image(l, frame.image) is not False or not right_image]
    if other and all(covers_act(l, act, frame.image) is False for l in other):
        # every in-force offence recorded for the place says this act is not covered ("only making it")
        sharing = [l for l in other if covers_act(l, "shared", frame.image) and covers_image(l, frame.image)]
        return Verdict(settled_word, "short.not_this_act", tuple((sharing or other)[:1]), act)  # "sharing it is a
        #                                                     crime under": the law that reaches sharing this image
    if other:
        return Verdict("unclear", "short.other_act", tuple(other[:1]), act)
    return Verdict("unclear", "short.none", (), act)


def civil(laws: list[Law], frame: Frame) -> Verdict:
    """Can the person sue? Only provisions that give a private right of action count, only for conduct after they
    began, and only for an act they reach (a claim for disclosure does not reach an image that was only made)."""
    acts = acts_of(frame) if frame.acts else ()
    candidates = [l for l in laws if l.remedies.civil and l.status is Status.in_force and l.topic in CIVIL_TOPICS
                  and covers_image(l, frame.image) is not False and covers_age(l, frame.minor) is not False
                  and (not acts or any(covers_act(l, a, frame.image) is not False for a in acts))]
    late = [l for l in candidates if timing(l, frame) == "before"]
    if late and len(late) == len(candidates):
        return Verdict("unclear", "short.late", tuple(late[:2]), late=tuple(late[:2]))
    sure = [l for l in candidates if covers_image(l, frame.image)]
    if sure:
        return Verdict("yes", "short.sue", tuple(sorted(sure, key=lambda l: -fit_score(l, frame))[:3]))
    if candidates:
        return Verdict("unclear", "short.sue_unclear", tuple(candidates[:2]))
    future = [l for l in laws if l.remedies.civil and (l.status is Status.enacted or l.status is Status.pending)]
    if future:  # "can victims sue under it today?": not before it is in force
        word = "no" if _NOW.search(fold(frame.question)) else "unclear"
        return Verdict(word, "short.sue_future", tuple(future[:2]), pending=tuple(future[:2]))
    return Verdict("unclear", "short.sue_none", ())


def remedy(laws: list[Law], frame: Frame, named: list[Law]) -> Verdict:
    """"Is it legal for me to send a removal request / report it?": yes; the law that gives the route is cited."""
    routes = [l for l in named if l.status.is_law] or [l for l in laws if l.remedies.takedown and
                                                       l.status is Status.in_force and l.id != DMCA]
    return Verdict("no" if frame.polarity == "prohibited" else "yes", "short.remedy", tuple(routes[:1]))


def platform_duty(laws: list[Law], frame: Frame) -> Verdict:
    """"Is it legal for a website to keep it up after my request?": not where an in-force takedown duty covers it."""
    duties = [l for l in laws if l.remedies.takedown and l.status is Status.in_force and l.id != DMCA
              and covers_image(l, frame.image) is not False]
    if duties:
        word = None if re.search(r"(^\W*|[.!?]\s+)(what|which|how)\b[^.!?]*\?", fold(frame.question)) else \
            "yes" if frame.polarity == "prohibited" else "no"  # "what are our duties?" asks what, not whether
        return Verdict(word, "short.platform_duty", tuple(duties[:1]))
    return Verdict("unclear", "short.platform_none", ())


def verdict(laws: list[Law], frame: Frame, named: list[Law] = ()) -> Optional[Verdict]:
    """The short verdict for a yes/no legal question, or None for other questions."""
    from kb.named_texts import bill_status, named_not_law, status_lead  # noqa: PLC0415 - they build on Verdict

    if frame.ask == "status":
        if not named and re.search(r"\bmade it (a crime|illegal|an offen[cs]e)|\bcriminali[sz]ed?\b", fold(frame.question)):
            return legality(laws, frame.model_copy(update={"polarity": "prohibited"}))  # "has Wisconsin made it a
        return bill_status(list(named) or status_lead(laws, frame), frame)  # crime? I heard a bill passed"
    if frame.subject == "remedy":
        return remedy(laws, frame, list(named))
    if frame.subject == "platform":
        return platform_duty(laws, frame)
    if frame.ask in ("sue", "legal") or (frame.ask == "penalty" and frame.polarity):
        not_law = named_not_law(list(named), frame)
        if not_law:
            return not_law
    waiting = [l for l in named if l.status is Status.enacted]
    if waiting and len(waiting) == len(named) and frame.ask in ("sue", "legal") and _NOW.search(fold(frame.question)):
        # "does the EU directive make it a crime right now?", "can I use it yet to sue?": not until it is in force
        return Verdict("no", "short.sue_future" if frame.ask == "sue" else "short.future", tuple(waiting[:2]),
                       pending=tuple(waiting[:2]))
    in_law = [l for l in named if l.status.is_law]
    if in_law and frame.ask in ("sue", "legal"):  # "can he be prosecuted under Walker's Law?": that law decides
        own = civil(in_law, frame) if frame.ask == "sue" else legality(in_law, frame)
        if own.word in ("yes", "no") or (own.word == "unclear" and re.search(
                r"\b(under|covered by|covers?|apply|applies)\b", fold(frame.question))):
            return own  # "is that covered by the revenge-porn law?": that law's answer, even "not clearly"
    q = fold(frame.question)
    if frame.ask == "sue" and _THIRD_PARTY.search(q):  # "can the victim sue my company?": not in the corpus
        return Verdict("unclear", "short.third_party", ())
    if frame.ask == "sue":
        return civil(laws, frame)
    if frame.ask == "legal" or (frame.ask == "penalty" and frame.polarity):
        return legality(laws, frame)
    return None


__all__ = ["Verdict", "verdict", "legality", "civil", "fit_score", "acts_of", "covers_act", "covers_image",
           "covers_age", "in_time"]
