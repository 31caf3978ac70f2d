"""The practical part of an answer: child-safety block, next steps and where to get human help.

Every link and phone number comes from a corpus record (services.yaml, platforms/); nothing here is typed in by
hand, so it is verified and dated like the law. The full, tailored plan is `kb.plan`; this is its short form.
"""

from __future__ import annotations

from kb.catalog import Catalog
from kb.intent import Intent
from kb.models import Audience, Law, Service, ServiceKind

from kb import DISCLAIMER


def _link(s: Service) -> str:
    phone = f", {s.phone}" if s.phone else ""
    return f"[{s.name}]({s.url}){phone}"


def support_services(catalog: Catalog, codes: list[str], minor: bool = False) -> list[Service]:
    """Helplines for the place (and its parents); worldwide ones only when nothing local exists."""
    kinds = {ServiceKind.helpline, ServiceKind.hotline, ServiceKind.legal}
    local = [s for s in catalog.services(codes, kinds=kinds) if "*" not in s.regions] if codes else []
    if codes and not local:  # where no helpline is recorded, a regulator that takes reports (eSafety) helps
        local = [s for s in catalog.services(codes, kinds={ServiceKind.regulator}) if "*" not in s.regions
                 and s.serves is not Audience.minors]
    if minor:
        local = [s for s in local if s.serves in (Audience.minors, Audience.all)] or local
    else:
        local = [s for s in local if s.serves in (Audience.adults, Audience.all)]
    return local or [s for s in catalog.services([], kinds=kinds)]


def disclaimer_for(catalog: Catalog, codes: list[str]) -> str:
    help_lines = support_services(catalog, codes)[:2]
    where = (" Human help: " + "; ".join(_link(s) for s in help_lines) + ".") if help_lines else ""
    return DISCLAIMER + where


def minor_block(catalog: Catalog, codes: list[str]) -> str:
    """Leads any answer about someone under 18: never copy the image; report to the child-protection route."""
    routes = [s for s in catalog.services(codes) if s.serves in (Audience.minors, Audience.all)
              and s.kind in (ServiceKind.hash_blocking, ServiceKind.hotline, ServiceKind.reporting)
              and "*" not in s.regions]
    take_it_down = catalog.service("ncmec-take-it-down")
    if take_it_down and take_it_down not in routes:
        routes.append(take_it_down)  # hash-blocking for images made under 18 works worldwide
    links = "; ".join(_link(s) for s in routes[:4])
    return ("**If the person in the image is under 18:** do not copy, screenshot, forward, save or upload the "
            "image, not even to report it or to show someone; that can itself be a crime and spreads the harm. "
            "Write down where it is (links, usernames, dates) and report it to the child-protection route"
            + (f": {links}." if links else ".") + " Nobody at Recourse will ever ask you for the image.")


def next_steps(catalog: Catalog, question: str, intent: Intent, codes: list[str],
               cited: list[tuple[int, Law]]) -> str:
    steps = []
    if intent.threatened:
        steps.append("**If someone is threatening you or asking for money:** do not pay and do not send more; stop "
                     "replying, but keep the messages and the account names.")
    if intent.minor:
        steps.append("**Keep a record without copying the image:** note the links, account names and dates.")
    else:
        steps.append("**Save evidence:** links, account names, dates and screenshots of the page around the image; "
                     "keep them somewhere private.")
    hash_id = "ncmec-take-it-down" if intent.minor else "stopncii"
    hasher = catalog.service(hash_id)
    if hasher:
        steps.append(f"**Block re-uploads:** {_link(hasher)} makes a digital fingerprint on your own device so that "
                     "partner platforms can block matches; the image itself is not uploaded.")
    platforms = catalog.platforms_in(question)
    if platforms:
        steps.extend(f"**Report it on {p.name}:** [report page]({p.report_url})." for p in platforms)
    else:
        steps.append("**Report it on every site where it appears**, using the site's own report form "
                     "(Recourse's plan lists the form of each major platform).")
    takedown = [(n, l) for n, l in cited if l.remedies.takedown and l.status.is_law]
    if takedown:
        n, law = takedown[0]
        steps.append(f"**Use the legal removal route:** {law.label} gives platforms a duty to remove on notice [{n}].")
    crimes = [(n, l) for n, l in cited if l.remedies.criminal and l.status.is_law]
    if crimes:
        refs = ", ".join(f"{l.label} [{n}]" for n, l in crimes[:2])
        steps.append(f"**Report to the police** and name the offence: {refs}.")
    civil = [(n, l) for n, l in cited if l.remedies.civil and l.status.is_law]
    if civil:
        steps.append("**Ask a lawyer about suing:** " + ", ".join(f"{l.label} [{n}]" for n, l in civil[:2]) + ".")
    helplines = support_services(catalog, codes, intent.minor)[:3]
    if helplines:
        steps.append("**Talk to someone:** " + "; ".join(_link(s) for s in helplines) + ".")
    return "**What you can do now**\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
