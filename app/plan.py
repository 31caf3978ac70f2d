"""The plan as files a person can keep: Markdown and PDF, made in memory only (nothing is written to disk).

The PDF goes through kb.export's PDF writer (same fonts and fallbacks as the drafts)."""

from __future__ import annotations

from typing import Callable

from kb import Plan
from kb.export import to_pdf
from kb.results import Draft


def situation_lines(plan: Plan, name: Callable[[str], str], platforms: dict[str, str]) -> list[str]:
    s = plan.situation
    lines = [f"Where you live: {name(s.lives_in)}"]
    if s.other_in:
        lines.append(f"Where the other person is: {name(s.other_in)}")
    if s.platforms:
        lines.append("Where the image is: " + ", ".join(platforms.get(p, p) for p in s.platforms))
    lines.append("The image: " + {True: "fake or AI-made", False: "real", None: "not sure if real or fake"}
                 [s.synthetic])
    if s.minor_at_creation or s.minor_now:
        lines.append("The person in the image was under 18")
    lines.append("Shared online" if s.shared else "Not shared yet: someone is threatening to")
    return lines


def _body(plan: Plan, name: Callable[[str], str], platforms: dict[str, str]) -> str:
    parts = ["**Your situation**\n\n" + "\n".join(f"- {line}" for line in situation_lines(plan, name, platforms))]
    for note in plan.notices:
        parts.append(note)
    for i, step in enumerate(plan.steps, 1):
        lines = [f"**{i}. {step.title}**", "", step.why]
        lines += [f"- {line}" for line in step.how]
        lines += [f"- {link.label}: {link.url}" for link in step.links]
        if step.deadline:
            lines.append(f"- Deadline: {step.deadline}")
        lines += [f"- [{c.n}] {c.citation} ({c.jurisdiction}, verified {c.verified})" for c in step.citations]
        parts.append("\n".join(lines))
    parts.append(plan.disclaimer)
    return "\n\n".join(parts)


def _citations(plan: Plan):
    seen = {}
    for step in plan.steps:
        for c in step.citations:
            seen.setdefault(c.n, c)
    return tuple(seen[n] for n in sorted(seen))


def as_draft(plan: Plan, name: Callable[[str], str], platforms: dict[str, str]) -> Draft:
    return Draft(kind="plan", title="Your plan", recipient="you", body=_body(plan, name, platforms), fields=(),
                 citations=_citations(plan))


def to_markdown(plan: Plan, name: Callable[[str], str], platforms: dict[str, str]) -> bytes:
    d = as_draft(plan, name, platforms)
    sources = "\n".join(f"{c.n}. {c.citation}: {c.url}" for c in d.citations)
    return (f"# {d.title}\n\n{d.body}\n" + (f"\n**Sources**\n\n{sources}\n" if sources else "")).encode()


def to_pdf_bytes(plan: Plan, name: Callable[[str], str], platforms: dict[str, str]) -> bytes:
    return to_pdf(as_draft(plan, name, platforms))
