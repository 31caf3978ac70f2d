"""The practical part of an answer, chosen by rules over the frame: safety blocks and "what you can do now".

| step                  | only when                                                                 |
|-----------------------|---------------------------------------------------------------------------|
| crisis line           | the person mentions harming themselves                                     |
| domestic-violence     | the person is afraid of a partner or ex                                    |
| sextortion advice     | someone threatens to share or asks for money (not for a known mass scam)   |
| scam notice           | the "I hacked your webcam, pay bitcoin" mass email                         |
| child-safety block    | the person shown is (or may be) under 18, for the child or a parent        |
| hash-blocking         | an image exists (not for the scam): Take It Down under 18, else StopNCII   |
| legal removal duty    | an in-force takedown law whose coverage matches the image                  |
| DMCA                  | the person took the photo themselves and US law applies                    |
| police                | in-force criminal law binding individuals in the person's place that fits  |
| lawyer / suing        | provisions giving a private right of action (never data-protection rights) |
| never for makers      | someone who made or wants to make an image gets no victim plan             |

Every link and phone number comes from a corpus record (services.yaml, platforms/).
"""

from __future__ import annotations

import re

from kb.advice import support_services
from kb.catalog import Catalog
from kb.frame import Frame, fold
from kb.i18n import t
from kb.phrase_asks import LAW_SCOPE
from kb.phrase_facts import OPERATOR, OTHER_SHARED, WRITER
from kb.models import DMCA, Audience, Law, Service, ServiceKind, Status, Topic
from kb.verdict import CIVIL_TOPICS, acts_of, covers_act, covers_age, covers_image, fit_score, timing

_WRITER = re.compile(WRITER, re.I)
_OTHER_SHARED = re.compile(OTHER_SHARED, re.I)
_LAW_SCOPE = re.compile(LAW_SCOPE, re.I)
_OPERATOR = re.compile(OPERATOR, re.I)
CRISIS_WORDS = ("crisis", "suicide", "samaritans", "988", "lifeline")
DV_WORDS = ("domestic", "violence", "abuse hotline", "refuge", "women's aid", "thehotline")


_KEYPAD = {c: d for d, letters in {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS",
                                   "8": "TUV", "9": "WXYZ"}.items() for c in letters}


def tel_href(phone: str) -> str:
    """'1-800-CALL-FBI (1-800-225-5324)' -> 'tel:18002255324'; '800-799-SAFE (7233)' -> 'tel:8007997233'."""
    parts = [p.strip() for p in re.split(r"[()]", phone or "") if p.strip()]
    if not parts or re.search(r"\b(text|sms)\b", phone, re.I):
        return ""  # nothing, or a text line ("Text HOME to 741741"): not a number to call
    first = parts[0]
    if not re.search(r"[A-Za-z]", first) and len(re.sub(r"\D", "", first)) >= 3:
        return "tel:" + re.sub(r"[^\d+]", "", first)
    best = "".join(_KEYPAD.get(c, c) for c in first.upper() if c.isalnum() or c == "+") \
        if len(re.sub(r"\D", "", first)) >= 3 else ""  # a vanity number: digits with a word
    for p in parts[1:]:
        digits = re.sub(r"[^\d+]", "", p)
        if not re.search(r"[A-Za-z]", p) and len(digits) >= len(best):
            best = digits
    return "tel:" + best if len(re.sub(r"\D", "", best)) >= 3 else ""


def link(s: Service) -> str:
    href = tel_href(s.phone) if s.phone else ""
    # "call" in the label: a bare "[988]" would read as a citation marker
    phone = f", [call {s.phone}]({href})" if href else (f", {s.phone}" if s.phone else "")
    return f"[{s.name}]({s.url}){phone}"


def _links(services: list[Service]) -> str:
    return (": " + "; ".join(link(s) for s in services)) if services else ""


def _matching(catalog: Catalog, codes: list[str], words: tuple[str, ...]) -> list[Service]:
    pool = catalog.services(codes) if codes else catalog.services([])
    return [s for s in pool if any(w in f"{s.name} {s.description}".casefold() for w in words)][:3]


def child_routes(catalog: Catalog, codes: list[str]) -> list[Service]:
    """Where to report an image of someone under 18, for these places (Take It Down last, everywhere)."""
    routes = [s for s in catalog.services(codes) if s.serves in (Audience.minors, Audience.all)
              and s.kind in (ServiceKind.hash_blocking, ServiceKind.hotline, ServiceKind.reporting)
              and "*" not in s.regions] if codes else []
    take_it_down = catalog.service("ncmec-take-it-down")
    if take_it_down and take_it_down not in routes:
        routes.append(take_it_down)
    return routes


def minor_block(catalog: Catalog, codes: list[str], lang: str) -> str:
    return t(lang, "minor.block", links=_links(child_routes(catalog, codes)[:4]))


def _scope_only(frame: Frame) -> bool:
    """A question about what a law reaches, with no situation told: the law, not a plan or a safety banner."""
    return frame.role in ("unknown", "advocate") and not frame.acts and frame.ask in ("other", "legal") and bool(
        _LAW_SCOPE.search(fold(frame.question)))


def _school_staff(frame: Frame) -> bool:
    """Someone asking what a school can or must do, not about their own or their child's conduct."""
    return frame.ask == "school" and not frame.asker_did and frame.role != "maker"


def safety(catalog: Catalog, frame: Frame, codes: list[str]) -> list[str]:
    """Blocks that come before any law: crisis, violence at home, threats, a known scam, a child in the image."""
    lang, out = frame.language, []
    if "self_harm" in frame.cues:
        out.append(t(lang, "cue.self_harm", links=_links(_matching(catalog, codes, CRISIS_WORDS))))
    if "dv" in frame.cues:
        out.append(t(lang, "cue.dv", links=_links(_matching(catalog, codes, DV_WORDS))))
    if "scam" in frame.cues:
        out.append(t(lang, "cue.scam"))
    elif "sextortion" in frame.cues or "threatened" in frame.acts:
        out.append(t(lang, "cue.sextortion"))
    about_the_law = frame.role == "unknown" and (frame.ask in ("status", "definition", "compare", "list", "count")
                                                 or (frame.laws and frame.ask == "other" and not frame.acts) or
                                                 _scope_only(frame))
    if frame.minor and (_school_staff(frame) or frame.role not in ("maker", "advocate", "policymaker")) and not (
            frame.asker_did and frame.role == "parent") and not about_the_law:
        out.append(minor_block(catalog, codes, lang))
    return out


def police_laws(laws: list[Law], frame: Frame) -> list[Law]:
    """In-force criminal law binding individuals that fits the facts, best fit first: what to name to the police."""
    acts = acts_of(frame)
    fitting = [l for l in laws if l.remedies.criminal and l.status is Status.in_force
               and l.topic not in (Topic.platform, Topic.privacy, Topic.election)
               and covers_image(l, frame.image) is not False and covers_age(l, frame.minor) is not False
               and not (l.topic is Topic.csam and frame.minor is not True)  # child-abuse laws only for a minor
               and any(covers_act(l, a, frame.image) is not False for a in acts)]
    fitting = [l for l in fitting if timing(l, frame) != "before"]  # never name a law that began after the conduct
    return sorted(fitting, key=lambda l: -fit_score(l, frame))


def civil_laws(laws: list[Law], frame: Frame) -> list[Law]:
    return [l for l in laws if l.remedies.civil and l.status is Status.in_force and l.topic in CIVIL_TOPICS
            and covers_image(l, frame.image) is not False and covers_age(l, frame.minor) is not False
            and timing(l, frame) != "before" and not (l.topic is Topic.csam and frame.minor is not True)]


ERASURE = ("eu-gdpr-2016-679-art17", "gb-ukgdpr-art17")  # the right to erasure, which search engines apply to delisting


def takedown_laws(laws: list[Law], frame: Frame) -> list[Law]:
    return [l for l in laws if l.remedies.takedown and l.status is Status.in_force and l.id != DMCA
            and covers_image(l, frame.image) is not False and covers_age(l, frame.minor) is not False]


def school_steps(catalog: Catalog, frame: Frame, codes: list[str], number) -> list[str]:
    """For staff asking what a school can or must do: support the student shown, report the conduct, follow the
    school's own rules (which the corpus does not record)."""
    lang = frame.language
    ids = ("ncmec-take-it-down",) if frame.minor else ("stopncii",) if frame.minor is False else (
        "ncmec-take-it-down", "stopncii")  # a "student" may be a child or an adult
    hashers = [s for s in (catalog.service(i) for i in ids) if s]
    out = [t(lang, "step.school_support", service=" / ".join(link(s) for s in hashers) or "Take It Down")]
    crimes = police_laws([l for c in codes for l in catalog.laws_in(c)], frame)
    if crimes:
        out.append(t(lang, "step.school_report", laws=", ".join(f"{l.label} [{number(l)}]" for l in crimes[:2])))
    out.append(t(lang, "step.school_rules"))
    return out


def steps(catalog: Catalog, frame: Frame, codes: list[str], number) -> list[str]:
    """Numbered "what you can do now" lines. `number(law)` returns the law's [n] in the answer (citing it)."""
    lang = frame.language
    if _school_staff(frame):
        return school_steps(catalog, frame, codes, number)
    if frame.subject == "platform" and frame.role == "unknown" and _OPERATOR.search(frame.question):
        return []  # the site's operator asking about its duty: the law, not a victim's plan
    if frame.asker_did and frame.role == "unknown" and frame.acts and set(frame.acts) <= {"kept", "watched"}:
        routes = "; ".join(link(s) for s in child_routes(catalog, codes)[:2])  # holding someone else's image
        return [t(lang, "step.keep_not_send"), t(lang, "step.keep_delete", service=routes), t(lang, "step.keep_report")]
    if frame.role in ("maker", "policymaker") or frame.asker_did or (frame.role == "advocate" and not frame.acts):
        return []  # someone who made or passed on an image gets the law and its consequences, not a victim plan;
        #            an advocate gets the plan only for a survivor's situation ("her ex posted her nudes")
    if frame.role == "unknown" and not frame.acts and frame.ask in ("status", "definition", "penalty", "compare") or \
            _scope_only(frame):
        return []  # a question about the law itself, not a situation
    if _WRITER.search(frame.question):
        return []  # a journalist or researcher: the law, not a plan
    if frame.role == "minor_self" and frame.self_sent and "threatened" not in frame.acts and not \
            _OTHER_SHARED.search(frame.question):
        # a teenager's own sexting, passed on by nobody: no police report naming their own offence, no lawsuit
        hasher = catalog.service("ncmec-take-it-down")
        helplines = support_services(catalog, codes, True)[:3]
        return ([t(lang, "step.hash", service=link(hasher))] if hasher else []) + (
            [t(lang, "step.talk", services="; ".join(link(s) for s in helplines))] if helplines else [])
    out = [t(lang, "step.evidence_minor" if frame.minor else "step.evidence")]
    if "scam" not in frame.cues:
        hasher = catalog.service("ncmec-take-it-down" if frame.minor else "stopncii")
        if hasher:
            out.append(t(lang, "step.hash", service=link(hasher)))
    platforms = [p for p in (catalog.platform(i) for i in frame.platforms) if p]
    out.extend(t(lang, "step.report_platform", name=p.name, url=p.report_url) for p in platforms)
    if not platforms:
        out.append(t(lang, "step.report_any"))
    laws = [l for c in codes for l in catalog.laws_in(c)]
    refs = lambda ls: ", ".join(f"{l.label} [{number(l)}]" for l in ls)
    takedown = takedown_laws(laws, frame)
    if takedown and "scam" not in frame.cues:
        out.append(t(lang, "step.takedown", laws=refs(takedown[:1])))
    searched = re.search(r"\b(search (results?|engines?)|google|bing|when (you|people|someone) search)", frame.question,
                         re.I) or any(p.kind.value == "search" for p in platforms)
    erasure = [l for l in (catalog.law(i) for i in ERASURE) if l and l.jurisdiction in codes and l.status.is_law]
    if searched and erasure:
        out.append(t(lang, "step.delist", laws=refs(erasure[:1])))
    dmca = catalog.law(DMCA)
    if frame.own_content and dmca and "US" in codes and not frame.minor:
        out.append(t(lang, "step.dmca", laws=refs([dmca])))
    crimes = police_laws(laws, frame)
    if crimes and "scam" not in frame.cues:
        out.append(t(lang, "step.police", laws=refs(crimes[:2])))
    civil = civil_laws(laws, frame)
    if civil:
        out.append(t(lang, "step.civil", laws=refs(civil[:2])))
    helplines = support_services(catalog, codes, bool(frame.minor))[:3]
    if helplines:
        out.append(t(lang, "step.talk", services="; ".join(link(s) for s in helplines)))
    if codes:
        out.append(t(lang, "step.plan"))
    return out


__all__ = ["safety", "steps", "school_steps", "police_laws", "civil_laws", "takedown_laws", "minor_block",
           "child_routes", "link", "tel_href"]
