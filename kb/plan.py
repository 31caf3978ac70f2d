"""`Situation -> Plan`: an ordered, cited list of what to do, tailored to where the person is and what happened.

Policy:
- Safety first; anyone under 18 in the picture puts the child-safety route (never copy the image) at the top.
- Only routes the corpus holds are offered, and only where they apply: Take It Down for images made under 18 and
  StopNCII for adults; the TAKE IT DOWN Act notice only with US law in scope; GDPR erasure only with EU (or UK GDPR)
  law in scope; eSafety only in Australia; a DMCA notice only when the victim took the photo and US law applies.
- Every legal statement carries a citation to a corpus record; links come from platform and service records.
- Legal deadlines are taken from the record that sets them (the hours below are checked against it in tests).
- Every fixed sentence is a key of kb.i18n, written in the situation's language (en, es, fr, pt); names,
  summaries and elements quoted from records stay as recorded (English), and a plan in another language says so.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from kb.advice import disclaimer_for, support_services
from kb.catalog import Catalog
from kb.citations import cite
from kb.errors import QueryError
from kb.i18n import TABLES, place_name, t
from kb.models import DMCA, Audience, Law, PlatformPolicy, Status, Topic
from kb.results import Citation, Link, Plan, Situation, Step

# (law id, hours to remove after a valid request, kb.i18n key of what to do when it passes, service id for escalation)
DEADLINES = {
    "us-usc-47-223a": (48, "plan.deadline.ftc", "ftc-complaint"),
    "au-osa-2021-77": (24, "plan.deadline.esafety", "au-esafety-image-based-abuse"),
}
TAKE_IT_DOWN_NOTICE = "us-usc-47-223a"
GDPR_ERASURE = ("eu-gdpr-2016-679-art17", "gb-ukgdpr-art17")
ESAFETY_NOTICE = "au-osa-2021-77"
SEARCH_ENGINES = ("google-search", "microsoft-bing")


class _Citer:
    """Numbers citations across a whole plan so the same law keeps one number."""

    def __init__(self):
        self.numbers: dict[str, int] = {}

    def __call__(self, law: Law) -> Citation:
        n = self.numbers.setdefault(law.id, len(self.numbers) + 1)
        return cite(n, law, None, "high")


def _fits(law: Law, s: Situation) -> bool:
    if not law.status.is_law or law.topic is Topic.election:
        return False
    if s.synthetic and law.covers.synthetic is False:
        return False
    if not s.shared and not (law.covers.threats or law.topic is Topic.sextortion):
        return False
    if law.topic is Topic.csam and not (s.minor_at_creation or s.minor_now):
        return False
    return True


def _rank(law: Law, s: Situation) -> float:
    score = 0.0
    if s.synthetic and law.covers.synthetic:
        score += 2
    if (s.minor_at_creation or s.minor_now) and (law.topic is Topic.csam or law.covers.minors):
        score += 2
    if not s.shared and law.covers.threats:
        score += 1
    if law.topic is Topic.ncii:
        score += 1
    return score


def applicable(catalog: Catalog, s: Situation, scope: list[str], remedy: str) -> list[Law]:
    """Laws of the scope that fit the situation and give this remedy, most specific place first."""
    laws = [l for code in scope for l in catalog.laws_in(code)
            if _fits(l, s) and getattr(l.remedies, remedy)]
    depth = {code: len(catalog.registry.parents(code)) for code in scope}
    return sorted(laws, key=lambda l: (-depth[l.jurisdiction], -_rank(l, s)))


def _service_link(catalog: Catalog, service_id: str) -> list[Link]:
    svc = catalog.service(service_id)
    return [Link(label=svc.name + (f" ({svc.phone})" if svc.phone else ""), url=svc.url)] if svc else []


def _deadline(sent_on: Optional[str], hours: int) -> Optional[str]:
    if not sent_on:
        return None
    try:
        sent = dt.datetime.fromisoformat(sent_on)
    except ValueError as exc:
        raise QueryError(f"request date '{sent_on}' is not an ISO date (YYYY-MM-DD)") from exc
    return (sent + dt.timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M")


def short_name(p: PlatformPolicy) -> str:
    return p.name.split(" (")[0].split(" - ")[0]


def _platform_step(p: PlatformPolicy, crimes: list[Law], duty: Optional[Law], cite_: _Citer, s: Situation) -> Step:
    name, lang = short_name(p), s.language
    how = [t(lang, "plan.platform.form_fake") if s.synthetic else t(lang, "plan.platform.form")]
    how += list(p.report_needs)
    if p.prohibits_synthetic and s.synthetic:
        how.append(t(lang, "plan.platform.bans_ai", name=name))
    if p.stopncii_partner:
        how.append(t(lang, "plan.platform.stopncii", name=name))
    if p.response_time:
        how.append(t(lang, "plan.platform.response", time=p.response_time))
    laws = crimes[:2] + ([duty] if duty else [])
    if laws:
        how.append(t(lang, "plan.platform.laws", laws=", ".join(f"{l.label} [{cite_(l).n}]" for l in laws)))
    links = [Link(label=t(lang, "plan.platform.form_link", name=name), url=p.report_url)]
    if p.policy_url:
        links.append(Link(label=t(lang, "plan.platform.policy_link", name=name), url=p.policy_url))
    return Step(id=f"report-{p.id}", title=t(lang, "plan.platform.title", name=name), why=p.policy_summary,
                how=tuple(how), links=tuple(links), citations=tuple(cite_(l) for l in laws), draft="platform-report")


# Countries whose criminal law sits in their parts: a plan for the whole country lists each part's law, labelled.
SPLIT_CRIMINAL_LAW = {"GB": ("GB-EAW", "GB-SCT", "GB-NIR")}


def locate(catalog: Catalog, s: Situation) -> tuple[Situation, list[str]]:
    """The situation with its places as codes, and the jurisdictions whose law applies (places plus parents)."""
    lives = catalog.registry.lookup(s.lives_in)
    other = catalog.registry.lookup(s.other_in) if s.other_in else None
    codes = [c for c in (lives, other) if c]
    codes += [part for c in codes for part in SPLIT_CRIMINAL_LAW.get(c, ()) if part in catalog.registry]
    scope = catalog.registry.with_parents(codes)
    return s.model_copy(update={"lives_in": lives, "other_in": other}), scope


def situation_from(catalog: Catalog, frame) -> Optional[Situation]:
    """The plan's Situation from a conversation's frame (place, platforms, image kind, age, threat); None while
    the place is unknown, so the app asks for it instead of guessing."""
    if frame is None:
        return None
    lives = (frame.places.lives or frame.jurisdictions or ())
    lives = [c for c in lives if c in catalog.registry]
    if not lives:
        return None
    other = [c for c in frame.places.other if c in catalog.registry and c not in lives]
    acts = set(frame.acts)
    language = frame.language if frame.language in TABLES else "en"  # a language the plan is not written in: English
    return Situation(lives_in=lives[0], other_in=other[0] if other else None, platforms=tuple(frame.platforms),
                     minor_at_creation=bool(frame.minor), minor_now=bool(frame.minor),
                     synthetic={"fake": True, "real": False}.get(frame.image),
                     shared=not ("threatened" in acts and "shared" not in acts),
                     victim_took_photo=frame.own_content, language=language)


def _disclaimer(catalog: Catalog, scope: list[str], lang: str) -> str:
    """The disclaimer in the plan's language; the human-help links are the same records as in English."""
    english = disclaimer_for(catalog, scope)
    if lang == "en":
        return english
    help_lines = support_services(catalog, scope)[:2]
    services = "; ".join(f"[{x.name}]({x.url})" + (f", {x.phone}" if x.phone else "") for x in help_lines)
    return t(lang, "disclaimer") + (" " + t(lang, "human_help", services=services) if help_lines else "")


def _label(x) -> Link:
    return Link(label=x.name + (f" ({x.phone})" if x.phone else ""), url=x.url)


def plan(catalog: Catalog, s: Situation) -> Plan:
    registry = catalog.registry
    s, scope = locate(catalog, s)
    lives, lang = s.lives_in, s.language
    where = place_name(lives, registry.name(lives), lang)
    minor = s.minor_at_creation or s.minor_now
    cite_ = _Citer()
    steps: list[Step] = []
    notices = []
    if lang != "en":
        notices.append(t(lang, "plan.notice.english"))
    if lives in SPLIT_CRIMINAL_LAW:
        notices.append(t(lang, "plan.notice.split", place=where))
    if lives not in catalog.covered_codes:
        notices.append(t(lang, "plan.notice.not_covered", place=where))

    if minor:
        routes = [x for x in catalog.services(scope) if x.serves in (Audience.minors, Audience.all)
                  and x.kind.value in ("hotline", "reporting", "hash_blocking") and "*" not in x.regions]
        steps.append(Step(
            id="child-safety", title=t(lang, "plan.child.title"), why=t(lang, "plan.child.why"),
            how=(t(lang, "plan.child.how.no_copy"), t(lang, "plan.child.how.note"), t(lang, "plan.child.how.report")),
            links=tuple(_label(x) for x in routes) + tuple(_service_link(catalog, "ncmec-take-it-down"))))
    helplines = support_services(catalog, scope, minor)
    steps.append(Step(id="support", title=t(lang, "plan.support.title"),
                      how=(t(lang, "plan.support.how.danger"), t(lang, "plan.support.how.helpline")),
                      why=t(lang, "plan.support.why"), links=tuple(_label(x) for x in helplines[:4])))
    if not s.shared:
        steps.append(Step(
            id="sextortion", title=t(lang, "plan.sextortion.title"), why=t(lang, "plan.sextortion.why"),
            how=(t(lang, "plan.sextortion.how.pay"), t(lang, "plan.sextortion.how.reply"),
                 t(lang, "plan.sextortion.how.save"), t(lang, "plan.sextortion.how.report")),
            links=tuple(_service_link(catalog, "us-fbi-ic3") if "US" in scope else ()),
            citations=tuple(cite_(l) for l in applicable(catalog, s, scope, "criminal")[:2])))
    steps.append(Step(
        id="evidence", title=t(lang, "plan.evidence.title"), why=t(lang, "plan.evidence.why"),
        how=((t(lang, "plan.evidence.how.minor"),) if minor else
             (t(lang, "plan.evidence.how.links"), t(lang, "plan.evidence.how.screens"),
              t(lang, "plan.evidence.how.private")))))
    hasher = "ncmec-take-it-down" if minor else "stopncii"
    steps.append(Step(
        id="hash-block", title=t(lang, "plan.hash.title"), why=t(lang, "plan.hash.why"),
        how=(t(lang, "plan.hash.how.minor") if minor else t(lang, "plan.hash.how.adult"),),
        links=tuple(_service_link(catalog, hasher))))

    crimes = applicable(catalog, s, scope, "criminal")
    duty = catalog.law(TAKE_IT_DOWN_NOTICE) if "US" in scope else None
    duty = duty if duty and duty.status is Status.in_force else None
    names = [n for n in s.platforms if n.strip().casefold() not in ("unknown", "unknown site", "other")]
    policies = []
    for name in names:
        policy = catalog.platform(name)
        if policy is None:
            known = ", ".join(p.id for p in catalog.platforms)
            raise QueryError(f'unknown platform "{name}"; use one of: {known}, or "unknown"')
        policies.append(policy)
    for p in policies:
        steps.append(_platform_step(p, crimes, duty, cite_, s))
    if s.shared:
        for engine in SEARCH_ENGINES:
            p = catalog.platform(engine)
            if p and p not in policies:
                steps.append(Step(id=f"delist-{p.id}", title=t(lang, "plan.delist.title", name=short_name(p)),
                                  why=t(lang, "plan.delist.why"), how=tuple(p.report_needs),
                                  links=(Link(label=t(lang, "plan.delist.link", name=short_name(p)),
                                              url=p.report_url),),
                                  draft="search-delisting"))
    if len(names) < len(s.platforms) or not s.platforms:
        steps.append(Step(
            id="unknown-site", title=t(lang, "plan.unknown_site.title"), why=t(lang, "plan.unknown_site.why"),
            how=(t(lang, "plan.unknown_site.how.lookup"), t(lang, "plan.unknown_site.how.host"),
                 t(lang, "plan.unknown_site.how.copies")),
            links=tuple(_service_link(catalog, "icann-lookup")), draft="platform-report"))

    sent = s.request_sent_on
    if duty:
        hours, after, escalate = DEADLINES[duty.id]
        steps.append(Step(
            id="take-it-down-notice", title=t(lang, "plan.take_it_down.title"),
            why=t(lang, "plan.take_it_down.why", law=duty.label, hours=hours, n=cite_(duty).n),
            how=tuple(t(lang, "plan.include", element=e) for e in duty.elements)
            + (t(lang, "plan.deadline.passed", hours=hours, after=t(lang, after)),),
            links=tuple(_service_link(catalog, escalate)), citations=(cite_(duty),), draft="take-it-down",
            deadline=_deadline(sent, hours)))
    for law_id in GDPR_ERASURE:
        law = catalog.law(law_id)
        if law and law.jurisdiction in scope and law.status.is_law:
            steps.append(Step(
                id=f"erasure-{law.jurisdiction.lower()}", title=t(lang, "plan.erasure.title"),
                why=t(lang, "plan.erasure.why", law=law.label, n=cite_(law).n),
                how=tuple(law.elements), citations=(cite_(law),), draft="gdpr-erasure"))
    esafety = catalog.law(ESAFETY_NOTICE)
    if esafety and esafety.jurisdiction in scope:
        hours, after, escalate = DEADLINES[esafety.id]
        steps.append(Step(
            id="esafety", title=t(lang, "plan.esafety.title"),
            why=t(lang, "plan.esafety.why", hours=hours, law=esafety.label, n=cite_(esafety).n),
            how=(t(lang, "plan.esafety.how.form"), t(lang, "plan.deadline.passed", hours=hours, after=t(lang, after))),
            links=tuple(_service_link(catalog, escalate)), citations=(cite_(esafety),),
            deadline=_deadline(sent, hours)))
    dmca = catalog.law(DMCA)
    if s.victim_took_photo and dmca and "US" in scope:
        steps.append(Step(
            id="dmca", title=t(lang, "plan.dmca.title"), why=t(lang, "plan.dmca.why", law=dmca.label, n=cite_(dmca).n),
            how=tuple(dmca.elements), citations=(cite_(dmca),), draft="dmca"))
    if crimes:
        split = lives in SPLIT_CRIMINAL_LAW
        named = crimes[:6 if split else 4]
        steps.append(Step(
            id="police", title=t(lang, "plan.police.title"), why=t(lang, "plan.police.why"),
            how=tuple(f"{l.label}: {l.title}" + (f" ({registry.name(l.jurisdiction)})" if split else "")
                      + f" [{cite_(l).n}]" for l in named) + (t(lang, "plan.police.how.bring"),),
            citations=tuple(cite_(l) for l in named), draft="police-summary"))
    civil = applicable(catalog, s, scope, "civil")
    if civil:
        steps.append(Step(
            id="civil", title=t(lang, "plan.civil.title"), why=t(lang, "plan.civil.why"),
            how=tuple(t(lang, "plan.civil.limit", law=l.label, n=cite_(l).n, limit=l.limitation) if l.limitation
                      else f"{l.label} [{cite_(l).n}]" for l in civil[:4]) + (t(lang, "plan.civil.how.paid"),),
            links=tuple(Link(label=x.name, url=x.url) for x in catalog.services(scope) if x.kind.value == "legal"),
            citations=tuple(cite_(l) for l in civil[:4])))
    drafts = tuple(dict.fromkeys(st.draft for st in steps if st.draft))
    return Plan(situation=s, jurisdictions=tuple(scope), steps=tuple(steps), drafts=drafts,
                notices=tuple(notices), disclaimer=_disclaimer(catalog, scope, lang))
