"""Where to get human help: the support services for a place, and the disclaimer line that names them.

Every link and phone number comes from a corpus record (services.yaml); nothing here is typed in by hand, so it is
verified and dated like the law. The steps of an answer are `kb.steps`; the full, tailored plan is `kb.plan`.
"""

from __future__ import annotations

from kb.catalog import Catalog
from kb.models import Audience, Service, ServiceKind

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
