"""`Situation -> Plan`: an ordered, cited list of what to do, tailored to where the person is and what happened.

Policy:
- Safety first; anyone under 18 in the picture puts the child-safety route (never copy the image) at the top.
- Only routes the corpus holds are offered, and only where they apply: Take It Down for images made under 18 and
  StopNCII for adults; the TAKE IT DOWN Act notice only with US law in scope; GDPR erasure only with EU (or UK GDPR)
  law in scope; eSafety only in Australia; a DMCA notice only when the victim took the photo and US law applies.
- Every legal statement carries a citation to a corpus record; links come from platform and service records.
- Legal deadlines are taken from the record that sets them (the hours below are checked against it in tests).
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from kb.advice import disclaimer_for, support_services
from kb.catalog import Catalog
from kb.citations import cite
from kb.errors import QueryError
from kb.models import Audience, Law, PlatformPolicy, Status, Topic
from kb.results import Citation, Link, Plan, Situation, Step

# (law id, hours to remove after a valid request, what to do when it passes, service id for escalation)
DEADLINES = {
    "us-usc-47-223a": (48, "Report the platform to the FTC, which enforces the removal duty, and keep every "
                           "message from the platform.", "ftc-complaint"),
    "au-osa-2021-77": (24, "Tell eSafety the image is still up; it can take enforcement action against the "
                           "platform or the poster.", "au-esafety-image-based-abuse"),
}
TAKE_IT_DOWN_NOTICE = "us-usc-47-223a"
GDPR_ERASURE = ("eu-gdpr-2016-679-art17", "gb-ukgdpr-art17")
ESAFETY_NOTICE = "au-osa-2021-77"
DMCA = "us-usc-17-512c"
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
    name = short_name(p)
    how = [f"Use the report form and choose the option for intimate images shared without consent"
           + (" (or fake or AI-made intimate images)." if s.synthetic else ".")]
    how += list(p.report_needs)
    if p.prohibits_synthetic and s.synthetic:
        how.append(f"{name}'s own rules ban sexual images made or altered with AI: say so in the report.")
    if p.stopncii_partner:
        how.append(f"{name} takes part in StopNCII: a hash you make there also helps block re-uploads here.")
    if p.response_time:
        how.append(f"Stated response time: {p.response_time}.")
    laws = crimes[:2] + ([duty] if duty else [])
    if laws:
        how.append("Laws you can mention: " + ", ".join(f"{l.label} [{cite_(l).n}]" for l in laws) + ".")
    links = [Link(label=f"{name} report form", url=p.report_url)]
    if p.policy_url:
        links.append(Link(label=f"{name} policy", url=p.policy_url))
    return Step(id=f"report-{p.id}", title=f"Report it to {name}", why=p.policy_summary, how=tuple(how),
                links=tuple(links), citations=tuple(cite_(l) for l in laws), draft="platform-report")


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
    return Situation(lives_in=lives[0], other_in=other[0] if other else None, platforms=tuple(frame.platforms),
                     minor_at_creation=bool(frame.minor), minor_now=bool(frame.minor),
                     synthetic={"fake": True, "real": False}.get(frame.image),
                     shared=not ("threatened" in acts and "shared" not in acts),
                     victim_took_photo=frame.own_content)


def plan(catalog: Catalog, s: Situation) -> Plan:
    registry = catalog.registry
    s, scope = locate(catalog, s)
    lives = s.lives_in
    minor = s.minor_at_creation or s.minor_now
    cite_ = _Citer()
    steps: list[Step] = []
    notices = []
    if lives in SPLIT_CRIMINAL_LAW:
        notices.append(f"Criminal law differs between the parts of {registry.name(lives)}; the offences below are "
                       f"labelled with the part they belong to. Tell the plan which part you live in for one list.")
    if lives not in catalog.covered_codes:
        notices.append(f"The corpus has no law for {registry.name(lives)} yet; the steps below use what applies "
                       f"there from its parents, if any, and the services that work everywhere.")

    if minor:
        routes = [x for x in catalog.services(scope) if x.serves in (Audience.minors, Audience.all)
                  and x.kind.value in ("hotline", "reporting", "hash_blocking") and "*" not in x.regions]
        steps.append(Step(
            id="child-safety", title="Because the person in the image was under 18: do not copy it, report it",
            why="Copying, saving, forwarding or uploading a sexual image of a minor can itself be a crime and "
                "spreads the harm, even when the aim is to report it.",
            how=("Do not screenshot, download, forward or upload the image, not even to a friend, school or "
                 "platform.", "Write down where it is (links, usernames, dates) instead.",
                 "Report it to the child-protection hotline below; they can act on links alone."),
            links=tuple(Link(label=x.name + (f" ({x.phone})" if x.phone else ""), url=x.url) for x in routes)
            + tuple(_service_link(catalog, "ncmec-take-it-down"))))
    helplines = support_services(catalog, scope, minor)
    steps.append(Step(id="support", title="Get support now", how=(
        "If you are in danger or thinking about harming yourself, call your local emergency number.",
        "A specialist helpline can walk you through everything below."),
        why="You do not have to do this alone, and specialist helplines know the removal routes.",
        links=tuple(Link(label=x.name + (f" ({x.phone})" if x.phone else ""), url=x.url) for x in helplines[:4])))
    if not s.shared:
        steps.append(Step(
            id="sextortion", title="Someone is threatening to share: do not pay, stop contact, keep evidence",
            why="Paying rarely ends the demands; threats to share intimate images are an offence in many places.",
            how=("Do not pay and do not send more images.", "Stop replying, but do not delete the chat.",
                 "Save the messages, the account names and any payment details they asked for.",
                 "Report the account to the platform and to the police."),
            links=tuple(_service_link(catalog, "us-fbi-ic3") if "US" in scope else ()),
            citations=tuple(cite_(l) for l in applicable(catalog, s, scope, "criminal")[:2])))
    steps.append(Step(
        id="evidence", title="Keep evidence safely",
        why="Platforms, police and courts act faster with links, dates and account names.",
        how=(("Write down links, usernames and dates; do not copy the image itself.",) if minor else
             ("Save links, usernames, dates and times.",
              "Take screenshots of the page around the image (the post, the account, the comments).",
              "Keep them somewhere private, for example an encrypted folder or a trusted person's device."))))
    hasher = "ncmec-take-it-down" if minor else "stopncii"
    steps.append(Step(
        id="hash-block", title="Block copies with a digital fingerprint",
        why="A hash made on your own device lets partner platforms block matching uploads; the image is not sent.",
        how=(("Take It Down is for images made when the person was under 18.",) if minor else
             ("StopNCII is for adults (18 or over when the image was made).",)),
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
                steps.append(Step(id=f"delist-{p.id}", title=f"Ask {short_name(p)} to remove it from search results",
                                  why="Delisting stops the image being found by searching your name.",
                                  how=tuple(p.report_needs),
                                  links=(Link(label=f"{short_name(p)} removal form", url=p.report_url),),
                                  draft="search-delisting"))
    if len(names) < len(s.platforms) or not s.platforms:
        steps.append(Step(
            id="unknown-site", title="For a small or unknown website: contact its host and registrar",
            why="Every site has a registrar and a hosting company with an abuse contact that can remove content.",
            how=("Look the domain up in a registration data (RDAP/WHOIS) service to find its registrar and "
                 "their abuse email.", "Find the hosting company from the site's IP address and write to its "
                 "abuse contact with the links.", "Keep copies of every message you send."),
            links=tuple(_service_link(catalog, "icann-lookup")), draft="platform-report"))

    sent = s.request_sent_on
    if duty:
        hours, after, escalate = DEADLINES[duty.id]
        steps.append(Step(
            id="take-it-down-notice", title="Send a TAKE IT DOWN Act removal request",
            why=f"{duty.label} requires covered platforms to remove the image within {hours} hours of a valid "
                f"request [{cite_(duty).n}].",
            how=tuple(f"Include: {e}" for e in duty.elements) + (f"If {hours} hours pass: {after}",),
            links=tuple(_service_link(catalog, escalate)), citations=(cite_(duty),), draft="take-it-down",
            deadline=_deadline(sent, hours)))
    for law_id in GDPR_ERASURE:
        law = catalog.law(law_id)
        if law and law.jurisdiction in scope and law.status.is_law:
            steps.append(Step(
                id=f"erasure-{law.jurisdiction.lower()}", title="Ask for erasure under data-protection law",
                why=f"{law.label} lets you ask an organisation to delete your personal data, which includes "
                    f"images of you [{cite_(law).n}].",
                how=tuple(law.elements), citations=(cite_(law),), draft="gdpr-erasure"))
    esafety = catalog.law(ESAFETY_NOTICE)
    if esafety and esafety.jurisdiction in scope:
        hours, after, escalate = DEADLINES[esafety.id]
        steps.append(Step(
            id="esafety", title="Report to eSafety for a removal notice",
            why=f"eSafety can order removal within {hours} hours under {esafety.label} [{cite_(esafety).n}].",
            how=("Report through eSafety's image-based abuse form.", f"If {hours} hours pass: {after}"),
            links=tuple(_service_link(catalog, escalate)), citations=(cite_(esafety),),
            deadline=_deadline(sent, hours)))
    dmca = catalog.law(DMCA)
    if s.victim_took_photo and dmca and "US" in scope:
        steps.append(Step(
            id="dmca", title="You took the photo: send a copyright (DMCA) takedown notice",
            why=f"As the photographer you own the copyright, and {dmca.label} sets out a takedown notice "
                f"hosts act on [{cite_(dmca).n}].", how=tuple(dmca.elements), citations=(cite_(dmca),),
            draft="dmca"))
    if crimes:
        steps.append(Step(
            id="police", title="Report it to the police and name the offence",
            why="Naming the offence helps officers who do not know these laws well.",
            how=tuple(f"{l.label}: {l.title}" + (f" ({registry.name(l.jurisdiction)})" if lives in
                                                  SPLIT_CRIMINAL_LAW else "") + f" [{cite_(l).n}]"
                      for l in crimes[:6 if lives in SPLIT_CRIMINAL_LAW else 4]) +
            ("Bring your evidence list; ask for a crime or incident number.",),
            citations=tuple(cite_(l) for l in crimes[:6 if lives in SPLIT_CRIMINAL_LAW else 4]),
            draft="police-summary"))
    civil = applicable(catalog, s, scope, "civil")
    if civil:
        steps.append(Step(
            id="civil", title="Ask a lawyer about suing or a court order",
            why="Civil claims can bring damages and court orders to remove the image, even without a prosecution.",
            how=tuple(f"{l.label} [{cite_(l).n}]" + (f": time limit {l.limitation}" if l.limitation else "")
                      for l in civil[:4]) +
            ("Be careful with paid 'removal services': many charge for what the free routes above do, and some "
             "ask for more personal data than they need.",),
            links=tuple(Link(label=x.name, url=x.url) for x in catalog.services(scope) if x.kind.value == "legal"),
            citations=tuple(cite_(l) for l in civil[:4])))
    drafts = tuple(dict.fromkeys(st.draft for st in steps if st.draft))
    return Plan(situation=s, jurisdictions=tuple(scope), steps=tuple(steps), drafts=drafts,
                notices=tuple(notices), disclaimer=disclaimer_for(catalog, scope))
