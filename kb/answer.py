"""The default, deterministic composer: answers built only from corpus records and retrieved passages.

Policy:
- Facts come from catalog records (citation, status, dates, penalty, link); retrieval decides which records lead.
- Only laws of the places the question is about, plus their parents (US federal, EU, UK-wide), can be cited.
- Every sentence that states law ends with a [n] marker; pending, failed and repealed texts are labelled as such.
- No place named: say so, ask for it, and answer from US federal and EU law only.
- A place the corpus does not cover: say so plainly, name what it does cover, never borrow a neighbour's law.
- Anyone under 18 in the picture: the answer leads with the child-safety route and the "do not copy" warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from kb.catalog import Catalog
from kb.citations import cite, confidence
from kb.intent import Intent, classify
from kb.models import Law, Level, Status, Topic
from kb.results import Answer, Citation, Passage
from kb.retrieve import Retriever
from kb.advice import DISCLAIMER, disclaimer_for, minor_block, next_steps

NO_PLACE_DEFAULT = ["US", "EU"]
MAX_SPECIFIC = 4
MAX_PARENT = 2
MAX_QUESTION = 2000


@dataclass(frozen=True)
class Scope:
    specific: list[str]  # places the question is about (or the override)
    allowed: list[str]  # specific + parents: the only jurisdictions that may be cited
    named: bool  # did the question (or the override) name a place?


def scope_for(catalog: Catalog, question: str, jurisdiction: Optional[str]) -> Scope:
    registry = catalog.registry
    if jurisdiction and jurisdiction.strip():
        specific = [registry.lookup(jurisdiction)]
    else:
        specific = registry.resolve(question) or catalog.named_by_laws(question)
    if not specific:
        return Scope(list(NO_PLACE_DEFAULT), list(NO_PLACE_DEFAULT), named=False)
    return Scope(specific, registry.with_parents(specific), named=True)


def _eligible(law: Law, intent: Intent, named: set[str]) -> bool:
    if law.id in named:
        return True
    if law.topic is Topic.election and not intent.election:
        return False
    if intent.name in ("pending", "recent"):
        return True
    return law.status.is_law


def _boost(law: Law, intent: Intent) -> float:
    b = 0.0
    if intent.name in ("pending",):
        b += 0.03 if law.status is Status.pending else 0.0
    if intent.synthetic:
        b += {True: 0.012, False: -0.012, None: 0.0}[law.covers.synthetic]
    if intent.name == "crime" or intent.name == "penalty":
        b += 0.01 if law.remedies.criminal else -0.005
    if intent.name == "sue":
        b += 0.02 if law.remedies.civil else -0.005
    if intent.name == "report":
        b += 0.012 if law.remedies.takedown else 0.0
    if intent.minor:
        b += 0.012 if (law.topic is Topic.csam or law.covers.minors) else 0.0
    elif law.topic is Topic.csam:
        b -= 0.02
    if intent.threatened:
        b += 0.008 if law.covers.threats else 0.0
    if law.topic is Topic.ncii:
        b += 0.004
    return b


def rank_laws(catalog: Catalog, scope: Scope, intent: Intent, passages: list[Passage],
              named: set[str] = frozenset()) -> list[tuple[Law, int | None]]:
    """Laws to cite, best first: laws the question names; then the question's own places, then parents; within
    each, retrieval score plus intent boosts."""
    best: dict[str, tuple[float, int]] = {}
    for rank, p in enumerate(passages):
        if p.law_id not in best:
            best[p.law_id] = (p.score, rank)
    specific = set(scope.specific) if scope.named else set()
    chosen: list[tuple[Law, int | None]] = []
    named_here = {i for i in named if (law := catalog.law(i)) and law.jurisdiction in scope.allowed}
    if named_here and not (specific & {catalog.law(i).jurisdiction for i in named_here}):
        specific = set()  # "does the TAKE IT DOWN Act cover ...": the named law leads, whatever its tier
    for tier in (specific, set(scope.allowed) - specific):
        laws = [l for code in scope.allowed if code in tier for l in catalog.laws_in(code)
                if _eligible(l, intent, named_here)]
        laws.sort(key=lambda l: -(best.get(l.id, (0.0, 0))[0] + _boost(l, intent) + (1.0 if l.id in named_here
                                                                                    else 0.0)))
        limit = MAX_SPECIFIC if tier is specific else MAX_PARENT
        if tier is not specific and len([c for c in scope.allowed if c not in specific]) > 1:
            limit = MAX_PARENT + 1
        chosen.extend((l, best[l.id][1] if l.id in best else None) for l in laws[:limit])
    return chosen


def _law_line(n: int, law: Law, place: str) -> str:
    status = law.status.label
    when = f", effective {law.effective}" if law.effective else ""
    lines = [f"{n}. **{law.label}** ({place}) — {law.title}. *{status}{when}; verified {law.verified}* [{n}]"]
    lines.append(f"   {law.summary} [{n}]")
    facts = []
    if law.covers.synthetic is True:
        facts.append("covers AI-generated or altered images")
    elif law.covers.synthetic is False:
        facts.append("does not cover AI-generated or altered images")
    if law.remedies.civil:
        facts.append("lets the victim sue")
    if law.penalty and (law.penalty.level or law.penalty.max_prison or law.penalty.max_fine):
        facts.append(f"penalty: {law.penalty.describe()}")
    if law.limitation:
        facts.append(f"time limit to sue: {law.limitation.rstrip('.')}")
    if facts:
        lines.append(f"   In short: {'; '.join(facts)} [{n}].")
    if law.status is Status.pending:
        lines.append(f"   This is a pending bill, not law [{n}].")
    return "\n".join(lines)


def _lead(intent: Intent, cited: list[tuple[int, Law]], scope: Scope, catalog: Catalog) -> list[str]:
    """The one-paragraph direct answer, shaped by intent."""
    name = catalog.registry.name
    own = [(n, l) for n, l in cited if l.jurisdiction in scope.specific] if scope.named else []
    if intent.name == "penalty":
        priced = [(n, l) for n, l in cited if l.remedies.criminal and l.penalty and
                  (l.penalty.level or l.penalty.max_prison or l.penalty.max_fine)]
        if priced:
            return ["**Penalties:**"] + [f"- {l.label}: {l.penalty.describe()}"
                                         + (f" ({l.penalty.note.rstrip('.')})" if l.penalty.note else "")
                                         + f" [{n}]" for n, l in priced[:4]]
    if intent.name in ("crime", "laws") and own:
        crimes = [(n, l) for n, l in own if l.remedies.criminal and l.status.is_law]
        if intent.synthetic:
            fits = [(n, l) for n, l in crimes if l.covers.synthetic]
            if fits:
                n, l = fits[0]
                return [f"**Short answer:** yes. In {name(l.jurisdiction)}, sharing sexual images that were faked or "
                        f"altered is covered by {l.label} [{n}]."]
            if crimes:
                n, l = crimes[0]
                return [f"**Short answer:** {name(l.jurisdiction)} makes sharing intimate images a crime under "
                        f"{l.label} [{n}], but the corpus does not show that it reaches AI-generated or altered "
                        f"images; check the laws below and the official text."]
        elif crimes:
            n, l = crimes[0]
            return [f"**Short answer:** yes. In {name(l.jurisdiction)}, {l.label} makes this a crime [{n}]."]
    if intent.name == "definition":
        fits = [(n, l) for n, l in (own or cited) if l.covers.synthetic and l.elements]
        if fits:
            n, l = fits[0]
            return [f"**What counts under {l.label}:** " + " ".join(e.rstrip(".") + "." for e in l.elements[:3])
                    + f" [{n}]"]
    if intent.name == "sue":
        civil = [(n, l) for n, l in cited if l.remedies.civil and l.status.is_law]
        if civil:
            refs = ", ".join(f"{l.label} [{n}]" for n, l in civil)
            return [f"**Short answer:** you may be able to sue: {refs}."]
        return ["**Short answer:** the corpus has no civil cause of action recorded for this place; the laws below "
                "are what it holds."]
    if intent.name == "pending":
        bills = [(n, l) for n, l in cited if l.status is Status.pending]
        if bills:
            return ["**Pending bills (not law yet):** " + "; ".join(f"{l.label} [{n}]" for n, l in bills) + "."]
        return ["The corpus records no pending bill for this place; the laws in force are listed below."]
    if intent.name == "recent":
        changes = sorted(((c.date, n, l, c.change) for n, l in cited for c in l.history), reverse=True)[:5]
        if changes:
            return ["**Recent changes:**"] + [f"- {d}: {l.label}: {text} [{n}]" for d, n, l, text in changes]
    return []


def compose(question: str, catalog: Catalog, retriever: Retriever, jurisdiction: Optional[str] = None,
            extra: tuple[Passage, ...] = ()) -> Answer:
    question = (question or "").strip()[:MAX_QUESTION]
    intent = classify(question)
    scope = scope_for(catalog, question, jurisdiction)
    registry = catalog.registry
    notices: list[str] = []
    parts: list[str] = []
    if intent.minor:
        parts.append(minor_block(catalog, scope.specific if scope.named else ["US"]))
    if not scope.named:
        notices.append("You did not say where you live, so this answer uses US federal and EU law only. "
                       "Tell me your state or country for the laws that apply to you.")
    uncovered = [c for c in scope.specific if scope.named and c not in catalog.covered_codes]
    if uncovered:
        covered_parents = [p for p in scope.allowed if p not in scope.specific and p in catalog.covered_codes]
        names = ", ".join(registry.name(c) for c in uncovered)
        msg = f"Recourse's corpus has no law for {names} yet, so it cannot tell you what {names} law says."
        if covered_parents:
            msg += " It can only show the laws of " + ", ".join(registry.name(p) for p in covered_parents) + \
                   " that also apply there."
        notices.append(msg)
    passages = retriever.retrieve(question, scope.allowed, extra=extra) if question else []
    ranked = rank_laws(catalog, scope, intent, passages, catalog.laws_named_in(question)) if question else []
    if uncovered and len(uncovered) == len(scope.specific):
        ranked = [(l, r) for l, r in ranked if l.jurisdiction not in uncovered]
    cited: list[tuple[int, Law]] = []
    citations: list[Citation] = []
    by_law: dict[str, Passage] = {}
    for p in passages:  # quote the official wording (fetched or uploaded) when retrieved, else our summary
        if p.law_id not in by_law or (by_law[p.law_id].source == "catalog" and p.source != "catalog"):
            by_law[p.law_id] = p
    specific = set(scope.specific) if scope.named else set()
    for law, rank in ranked:
        n = len(cited) + 1
        cited.append((n, law))
        citations.append(cite(n, law, by_law.get(law.id), confidence(law, specific, rank)))
    where = ", ".join(f"{registry.name(c)} ({c})" for c in scope.specific) if scope.named else \
        "no place named (showing US federal and EU law)"
    parts.insert(0, f"**Where:** {where}.")
    parts.extend(f"> {n}" for n in notices)
    parts.extend(_lead(intent, cited, scope, catalog))
    if cited:
        parts.append("**Laws that apply**" if intent.name != "pending" else "**Laws and bills**")
        parts.extend(_law_line(n, l, registry.name(l.jurisdiction)) for n, l in cited)
    elif question:
        covered = sorted({registry.name(c) for c in catalog.covered_codes
                          if registry.get(c).level in (Level.country, Level.supranational, Level.federal)})
        parts.append("No law in the corpus matches this place. The corpus covers every US state and DC, US federal "
                     "law, and " + ", ".join(covered) + ".")
    else:
        parts.append("Ask a question about deepfake or intimate-image abuse law, for example: "
                     "*Someone posted a fake nude of me and I live in Texas. What can I do?*")
    if question:
        parts.append(next_steps(catalog, question, intent, scope.specific if scope.named else [], cited))
    answer = "\n\n".join(p for p in parts if p)
    return Answer(question=question, jurisdictions=tuple(scope.allowed if scope.named else ()),
                  intent=intent.name, answer=answer, citations=tuple(citations),
                  disclaimer=disclaimer_for(catalog, scope.specific if scope.named else []),
                  notices=tuple(notices))


__all__ = ["compose", "scope_for", "rank_laws", "DISCLAIMER"]
