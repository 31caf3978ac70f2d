"""The default, deterministic composer: answers built only from corpus records and retrieved passages.

Policy:
- The question is read once into a frame (`kb.frame`), merged with the conversation; the frame decides whether to
  answer, list, compare or ask back. A question back cites no law.
- Facts come from catalog records (citation, status, dates, penalty, link); the facts of the frame (age, image
  kind, act, dates) choose which law leads (`kb.verdict`), and retrieval breaks ties.
- Only laws of the places the question is about, plus their parents (US federal, EU, UK-wide), can be cited.
- A yes/no legal question gets its literal answer first ("No. In Texas, making ... is a crime under ... [n]");
  only in-force law is said to make something a crime.
- Victims get help first (safety, short answer, steps, then laws); people who made an image get the law and its
  consequences and no victim plan; advocates and policymakers get the law first.
- A place the corpus does not cover: say so plainly, never borrow a neighbour's law (an EU member gets EU law).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from kb.catalog import Catalog
from kb.citations import cite, confidence
from kb.frame import Frame, decide, fold, merge, parse
from kb.i18n import TABLES, place_name, t
from kb.phrase_facts import CHILD_SENT_OWN, ELECTION, LIMIT_ASKED, OWN_TROUBLE, PAID_CONTENT
from kb.models import DMCA, Law, Level, Status, Topic
from kb.places import display_name, eu_member
from kb.results import Answer, Citation, Clarify, Passage, Section
from kb.retrieve import Retriever
from kb.blocks import disclaimer, law_line, platform_card, status_first
from kb.steps import safety, steps
from kb.grades import either_or, element
from kb.named_texts import asked_first, status_lead
from kb.verdict import Verdict, covers_age, fit_score, legality, verdict
from kb.advice import DISCLAIMER, disclaimer_for

MAX_SPECIFIC = 4
MAX_PARENT = 2
MAX_QUESTION = 2000
INTENT_OF_ASK = {"legal": "crime", "police": "crime", "sue": "sue", "remove": "report", "help": "report",
                 "status": "pending", "count": "laws", "list": "laws", "compare": "compare", "penalty": "penalty",
                 "definition": "definition", "greeting": "laws", "school": "laws", "other": "laws"}


def understand(question: str, catalog: Catalog, jurisdiction: Optional[str] = None,
               context: Optional[Frame] = None) -> Frame:
    """The frame for this turn: parsed, merged with the conversation, with an explicit override applied."""
    frame = merge(context, parse(question, catalog), question, catalog.registry)
    if jurisdiction and jurisdiction.strip():
        code = catalog.registry.lookup(jurisdiction)
        frame = frame.model_copy(update={"jurisdictions": (code,), "unresolved_place": None, "ambiguous": ()})
    return frame


def scope(catalog: Catalog, frame: Frame) -> list[str]:
    """The places whose law may be answered from, most specific first (parents are added by the caller)."""
    registry = catalog.registry
    if frame.jurisdictions:
        return list(frame.jurisdictions)
    if frame.laws:
        codes = {catalog.law(i).jurisdiction for i in frame.laws if catalog.law(i)}
        return sorted(codes - {p for c in codes for p in registry.parents(c)})
    if frame.unresolved_place and eu_member(frame.unresolved_place):
        return ["EU"]
    if frame.federal_scope:
        return ["US"]
    return []


def rank_laws(catalog: Catalog, specific: list[str], allowed: list[str], frame: Frame,
              passages: list[Passage]) -> list[tuple[Law, Optional[int]]]:
    """Laws to cite, best first: laws the question names; then the question's own places, then parents; within
    each, the fit to the facts (`kb.verdict.fit_score`) and then the retrieval score."""
    best: dict[str, tuple[float, int]] = {}
    for rank, p in enumerate(passages):
        best.setdefault(p.law_id, (p.score, rank))
    named = {i for i in frame.laws if (l := catalog.law(i)) and l.jurisdiction in allowed}
    bills_ok = frame.ask == "status"

    def score(law: Law) -> float:
        """Fit to the facts, plus a little for what the words of the question matched best (top 3 retrieved)."""
        rank = best.get(law.id, (0.0, 99))[1]
        return round(fit_score(law, frame), 1) + max(0, 3 - rank) * 1.0

    own = set(specific)
    picked: list[Law] = []
    for tier in (own, set(allowed) - own):  # up to 4 of the question's own places, up to 3 of their parents
        laws = [l for code in allowed if code in tier for l in catalog.laws_in(code)
                if l.id in named or ((l.status.is_law or l.status is Status.unknown or (bills_ok and l.status.is_bill))
                                     and _applies(l, frame, best.get(l.id, (0.0, None))[1]))]
        laws.sort(key=lambda l: (l.id not in named, -score(l), -best.get(l.id, (0.0, 0))[0]))
        limit = MAX_SPECIFIC if tier == own else MAX_PARENT + (1 if len(tier) > 1 else 0)
        picked.extend(laws[:limit])
    # then one order: named laws, then fit to the facts (the place's own law wins a tie), then retrieval
    picked.sort(key=lambda l: (l.id not in named, -(score(l) + (0.5 if l.jurisdiction in own else 0.0)),
                               -best.get(l.id, (0.0, 0))[0]))
    chosen = [(l, best[l.id][1] if l.id in best else None) for l in picked]
    return chosen


_LIMIT_ASKED = re.compile(LIMIT_ASKED, re.I)
_OWN_TROUBLE = re.compile(OWN_TROUBLE)
_CHILD_SENT_OWN = re.compile(CHILD_SENT_OWN)
_PAID = re.compile(PAID_CONTENT, re.I)
_YES_NO = re.compile(r"(^|[.!?,;:]\s*)\W*(can|could|should|must|may|do|does|will|would|is|are|am|has|have|est-ce)\b|"
                     r"\b(puede|pueden|pode|podem|peut|peuvent|debe|deve|doit)\b")  # a yes/no question, in any clause
_ELECTION = re.compile(ELECTION, re.I)


def _own_law_only(frame: Frame, names: list[str]) -> bool:
    """"Is there a Missouri law against it?", "does Texas have any law", "under state law": the place's own law is
    the question, so a federal law is added after it rather than answering instead of it."""
    q = fold(frame.question)
    own = "|".join(re.escape(fold(n)) for n in names if n)
    return bool(re.search(r"\bstate(-level|'s)? laws?\b", q) or (own and re.search(
        rf"\b(a|an|any) ({own})( state)? laws?\b|\bdoes ({own}) (state )?have\b|\b({own})('s|s)? (own )?laws?\b", q)))


def _applies(law: Law, frame: Frame, rank: Optional[int] = None) -> bool:
    """Leave out laws the facts rule out: a child-abuse-image law for an adult; an election law unless the
    question is plainly about it (retrieved first). A law that does not reach the image kind stays, ranked low,
    because "is there a law?" deserves "yes, but it does not cover fakes"."""
    if law.topic is Topic.election and (rank is None or rank > 1 or not _ELECTION.search(frame.question)):
        return False  # an election-deepfake law answers only a question about elections or candidates
    return covers_age(law, frame.minor) is not False


class _Citations:
    """Numbers citations in order of first use, so the short answer's law is [1]."""

    def __init__(self, catalog: Catalog, passages: list[Passage], specific: set[str]):
        self.by_law: dict[str, Passage] = {}
        for p in passages:  # quote the official wording (fetched or uploaded) when retrieved, else our summary
            if p.law_id not in self.by_law or (self.by_law[p.law_id].source == "catalog" and p.source != "catalog"):
                self.by_law[p.law_id] = p
        self.ranks = {p.law_id: i for i, p in reversed(list(enumerate(passages)))}
        self.specific = specific
        self.numbers: dict[str, int] = {}
        self.items: list[Citation] = []
        self.laws: list[Law] = []

    def __call__(self, law: Law) -> int:
        if law.id not in self.numbers:
            n = len(self.numbers) + 1
            self.numbers[law.id] = n
            self.laws.append(law)
            self.items.append(cite(n, law, self.by_law.get(law.id),
                                   confidence(law, self.specific, self.ranks.get(law.id))))
        return self.numbers[law.id]


def _status_lead(ranked, specific: list[str], frame: Frame) -> list[Law]:
    """No text named: the place's own best law (one that reaches fakes, asked about fakes), else the best law."""
    own = [l for l, _ in ranked if l.jurisdiction in specific] or [l for l, _ in ranked]
    return status_lead(own, frame)


def _short(v: Verdict, frame: Frame, catalog: Catalog, number, place: str) -> str:
    lang = frame.language
    key = "short.crime_minor" if v.key == "short.crime" and frame.minor else v.key
    key = "short.late_no" if key == "short.late" and v.word == "no" else key
    key = "short.unclear_act" if key == "short.unclear" and v.act == "tool" else key  # a tool has no image kind
    key = "short.sued" if key == "short.sue" and (frame.role == "maker" or frame.asker_did) else key
    if key not in TABLES.get(lang, {}):
        lang = "en"  # a sentence not yet translated is given whole in English, not half in each language
    laws = ", ".join(f"{l.label} [{number(l)}]" for l in v.laws) or "—"
    code = v.laws[0].jurisdiction if v.laws else None
    where = place_name(code, catalog.registry.name(code), lang) if code else place
    status = ", ".join(l.status.label for l in v.laws)
    via = t(lang, "via", laws=laws) if v.laws else ""
    word = t(lang, f"word.{v.word}") if v.word else ""
    text = t(lang, key, word=word, place=where, act=t(lang, f"act.{v.act}"), laws=laws,
             image=t(lang, f"image.{frame.image}"), status=status, via=via, detail=v.detail)
    return re.sub(r"\*\* {2,}", "** ", text)  # no word: the sentence starts after one space


def _clarify(catalog: Catalog, frame: Frame, key: str, choices: tuple[str, ...], question: str,
             intent: str) -> Answer:
    """One short question back, the safety blocks, and the steps that work anywhere; no law cited."""
    lang = frame.language
    text = t(lang, key)
    blocks = safety(catalog, frame, [])
    anywhere = steps(catalog, frame.model_copy(update={"role": "victim" if frame.role in ("unknown",) else
                                                                frame.role}), [], lambda law: 0)
    anywhere = [s for s in anywhere if "[0]" not in s]
    sections = [Section(kind="safety", body=b) for b in blocks]
    sections.append(Section(kind="clarify", body=f"**{text}**" + (
        "\n\n" + "\n".join(f"- {c}" for c in choices) if choices else "")))
    if anywhere and key != "clarify.what" or (anywhere and frame.cues):
        sections.append(Section(kind="steps", title=t(lang, "clarify.meanwhile"), body=t(lang, "clarify.meanwhile")
                                + "\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(anywhere, 1))))
    return Answer(question=question, jurisdictions=(), intent=intent, answer="\n\n".join(s.body for s in sections),
                  citations=(), disclaimer=disclaimer_for(catalog, []), kind="clarify",
                  clarify=Clarify(question=text, choices=choices), sections=tuple(sections), frame=frame,
                  notices=(text,))


def compose(question: str, catalog: Catalog, retriever: Retriever, jurisdiction: Optional[str] = None,
            extra: tuple[Passage, ...] = (), context: Optional[Frame] = None) -> Answer:
    question = (question or "").strip()[:MAX_QUESTION]
    frame = understand(question, catalog, jurisdiction, context)
    registry = catalog.registry
    intent = INTENT_OF_ASK[frame.ask]
    kind, key, choices = decide(frame, registry)
    if jurisdiction and jurisdiction.strip() and kind == "clarify":
        kind = "answer"
    if kind in ("list", "compare"):
        from kb.across import answer_across

        return answer_across(kind, question, frame, catalog, intent)
    if kind == "clarify":
        return _clarify(catalog, frame, key, choices, question, intent)

    lang = frame.language
    nm = lambda c: place_name(c, registry.name(c), lang)  # noqa: E731 - country names in the answer's language
    specific = scope(catalog, frame)
    allowed = registry.with_parents(specific)
    notices: list[str] = []
    if frame.unresolved_place and not frame.jurisdictions:
        place = place_name(frame.unresolved_place, display_name(frame.unresolved_place, registry), lang)
        notices.append(t(lang, "notice.not_covered", place=place))
        if specific == ["EU"]:
            notices.append(t(lang, "notice.eu_member", place=place))
    elif frame.unresolved_place and frame.unresolved_place not in allowed:  # "Hobart": Tasmania is not in the corpus
        part = display_name(frame.unresolved_place, registry)
        notices.append(t(lang, "notice.not_covered", place=part) + " " + t(
            lang, "notice.parents_only", parents=", ".join(nm(c) for c in specific)))
    uncovered = [c for c in specific if c not in catalog.covered_codes]
    if uncovered:
        names = ", ".join(registry.name(c) for c in uncovered)
        msg = t(lang, "notice.not_covered", place=names)
        parents = [p for p in allowed if p not in specific and p in catalog.covered_codes]
        if parents:
            msg += " " + t(lang, "notice.parents_only", parents=", ".join(registry.name(p) for p in parents))
        notices.append(msg)
    if lang != "en":
        notices.append(t(lang, "notice.summaries_english"))
    search_text = frame.question or question
    passages = retriever.retrieve(search_text, allowed, extra=extra) if (search_text and allowed) else []
    ranked = rank_laws(catalog, specific, allowed, frame, passages) if allowed else []
    if uncovered and len(uncovered) == len(specific):
        ranked = [(l, r) for l, r in ranked if l.jurisdiction not in uncovered]
    number = _Citations(catalog, passages, set(specific))
    place = ", ".join(nm(c) for c in specific) or (place_name(frame.unresolved_place, display_name(
        frame.unresolved_place, registry), lang) if frame.unresolved_place else t(lang, "none_place"))

    sections: list[Section] = [Section(kind="safety", body=b) for b in safety(catalog, frame, allowed)]
    where = ", ".join(f"{nm(c)} ({c})" for c in specific) if specific else (
        display_name(frame.unresolved_place, registry) if frame.unresolved_place else t(lang, "none_place"))
    sections.append(Section(kind="notice", body=t(lang, "where", places=where)))
    sections.extend(Section(kind="notice", body=f"> {n}") for n in notices)
    in_scope = [l for c in allowed for l in catalog.laws_in(c)]
    order = {law.id: i for i, (law, _) in enumerate(ranked)}  # best-fitting first, as the answer lists them
    specific_laws = sorted((l for c in specific for l in catalog.laws_in(c)), key=lambda l: order.get(l.id, len(order)))
    named = [catalog.law(i) for i in frame.laws if catalog.law(i) and catalog.law(i).jurisdiction in allowed]
    also = None  # a parent's law that answers when the question asked about the place's own law only
    if specific_laws or named:
        v = verdict(specific_laws, frame, named)
        if v is not None and v.word in ("unclear", "no") and in_scope != specific_laws:
            wider = verdict(in_scope, frame, named)
            crime = wider is not None and wider.key == "short.crime" and v.key != "short.crime"
            if wider and (crime or (v.word == "unclear" and wider.word != "unclear")):
                if _own_law_only(frame, [registry.name(c) for c in specific]):
                    also = wider if crime else None  # "is there a Missouri law?": Missouri's answer, then federal
                else:
                    v = wider
    else:  # a place with no law of its own: its country's law answers (computed once)
        v = verdict(in_scope, frame, named) if in_scope else None
    q = fold(frame.question)  # "am I / will SHE get in trouble?" about the teen shown, not the one who passed it on
    if frame.ask == "legal" and not frame.asker_did and _OWN_TROUBLE.search(q) and (
            frame.role == "minor_self" and frame.self_sent or
            frame.role == "parent" and frame.minor and _CHILD_SENT_OWN.search(q)):
        v = Verdict("unclear", "short.minor_self", ())
    dmca = catalog.law(DMCA)
    if frame.own_content and _PAID.search(frame.question) and frame.ask in ("legal", "sue") and dmca and \
            dmca.jurisdiction in allowed:  # the person's own sold content was never private: a copyright notice
        v = Verdict("unclear", "short.paid_content", (dmca,))
    if v is None and frame.ask in ("legal", "sue") and frame.unresolved_place and not specific:
        v = Verdict("unclear", "short.none" if frame.ask == "legal" else "short.sue_none", ())
    top = [l for l, _ in ranked if l.jurisdiction in specific][:1]  # the place's best-fitting law
    pair = either_or(named or list(v.laws if v else ()) or top, frame)  # "civil or criminal?": the fact, not yes/no
    v = pair or element(named or top, frame) or v
    if v and v.word == "no" and frame.unresolved_place and frame.ask == "legal":  # a country the corpus lacks:
        v = replace(v, word="unclear")  # its own law may reach this, whatever the EU or federal level says
    info = None
    if v is None and frame.ask in ("help", "other", "remove", "police") and frame.role in (
            "victim", "parent", "friend", "unknown") and in_scope and "scam" not in frame.cues:
        # not a yes/no question: a plain "in short" (not for the mass webcam scam: there is usually no image)
        info = legality(specific_laws or in_scope, frame.model_copy(update={"polarity": "prohibited"}))
    if frame.ask == "school" and in_scope:  # what the law says about the conduct; the school's own rules are not here
        info = legality(specific_laws or in_scope, frame.model_copy(update={"polarity": "prohibited"}))
        crime_asked = re.search(r"\b(criminal|crime|illegal|against the law|offen[cs]e)\b", q) and info.word
        v = Verdict(info.word if crime_asked else "unclear" if _YES_NO.search(q) else None, "short.school", ())
    first = [law for law in (v.laws if v else ()) + (info.laws if info and info.key == "short.crime" else ())]
    if frame.ask == "remove":  # "how do I get it down?": the removal routes are cited first, the crime after
        first = [law for law, _ in ranked[:3]] + first
    for law in first:
        number(law)
    for law, _ in ranked:  # the best-fitting laws keep the first numbers, whatever the steps cite first
        number(law)
    if frame.ask == "status" or (frame.laws and frame.ask in ("other", "status")):
        position = {law.id: i for i, (law, _) in enumerate(ranked)}
        named = asked_first(sorted((law for i in frame.laws if (law := catalog.law(i)) and law.jurisdiction in allowed),
                                   key=lambda law: (position.get(law.id, len(position)), law.id)),
                            frame.question) or _status_lead(ranked, specific, frame)
        if named:  # status first: what the text is and its dates, before anything else about it
            sections.append(Section(kind="status", body=status_first(named, number, frame.image == "fake")))
    def meanwhile(other: Verdict) -> str:
        """" Meanwhile, under the law in force: ..." - the other verdict's sentence without its heading and word."""
        return " " + t(lang, "short.meanwhile") + " " + _short(other, frame, catalog, number, place).split(
            "** ", 1)[-1].split(" ", 1)[-1]

    if v is not None:
        body = _short(v, frame, catalog, number, place)
        if v.key == "short.named_not_law":  # "not under that bill, but under this law you can"
            alt = verdict(specific_laws or in_scope, frame.model_copy(update={"laws": ()}), [])
            if alt and alt.word == "yes":
                body += meanwhile(alt)
        if also is not None:
            body += meanwhile(also)
        if v.key == "short.sue" and v.laws and (frame.when or _LIMIT_ASKED.search(frame.question)):
            lead = v.laws[0]  # "in 2019 ... can I still sue?": how long the claim lasts, or that it is not recorded
            body += " " + (t(lang, "short.limit", law=lead.label, limit=lead.limitation) if lead.limitation
                           else t(lang, "short.limit_unknown", law=lead.label))
        if v.key == "short.school" and info is not None and info.key == "short.crime":
            body += " " + t(lang, "short.school_law_minor" if frame.minor else "short.school_law", place=nm(
                info.laws[0].jurisdiction), act=t(lang, f"act.{info.act}"), laws=", ".join(
                f"{l.label} [{number(l)}]" for l in info.laws))
        sections.append(Section(kind="short", title=t(lang, "heading.short"), body=body))
    elif info is not None:
        if info.key == "short.crime":
            laws_ = ", ".join(f"{l.label} [{number(l)}]" for l in info.laws)
            where_ = nm(info.laws[0].jurisdiction)
            sections.append(Section(kind="short", title=t(lang, "heading.short"), body=t(
                lang, "short.info_minor" if frame.minor else "short.info", place=where_,
                act=t(lang, f"act.{info.act}"), laws=laws_)))
    if frame.role == "maker":
        priced = [l for l in (v.laws if v else ()) if l.penalty and l.penalty.describe() != "not recorded"]
        body = t(lang, "maker.consequences")
        if priced:
            body += "\n\n" + t(lang, "maker.penalty", laws="; ".join(
                f"{l.label}: {l.penalty.describe()} [{number(l)}]" for l in priced))
        sections.append(Section(kind="safety", body=body))
    if frame.role == "minor_self":
        tid = catalog.service("ncmec-take-it-down")
        sections.insert(0, Section(kind="safety", body=t(lang, "minor_self.did" if frame.asker_did else "minor_self",
                                                         take_it_down=(
            f"[{tid.name}]({tid.url})" if tid else "Take It Down")) + "\n\n" + t(lang, "minor_self.law")))
    if frame.ask == "penalty":
        priced = [l for l, _ in ranked if l.remedies.criminal and l.penalty and l.status.is_law
                  and (l.penalty.level or l.penalty.max_prison or l.penalty.max_fine)]
        if priced:
            sections.append(Section(kind="short", title=t(lang, "heading.penalties"), body="\n".join(
                [f"**{t(lang, 'heading.penalties')}:**"] + [
                    f"- {l.label}: {l.penalty.describe()}" + (f" ({l.penalty.note.rstrip('.')})" if l.penalty.note
                                                              else "") + f" [{number(l)}]" for l in priced[:4]])))
    if frame.ask == "definition":
        fits = [l for l, _ in ranked if l.covers.synthetic and l.elements]
        if fits:
            l = fits[0]
            sections.append(Section(kind="short", body=f"**What counts under {l.label}:** " + " ".join(
                e.rstrip(".") + "." for e in l.elements[:3]) + f" [{number(l)}]"))
    card = platform_card(catalog, frame, allowed, number)
    if card:
        sections.append(Section(kind="card", body=card))
    todo = steps(catalog, frame, allowed, number)
    if todo:  # a neutral question ("is it a crime to post fake nudes of someone?") gets the steps as a conditional
        neutral = frame.role == "unknown" and not frame.asker_did and frame.ask in ("legal", "penalty")
        head = t(lang, "heading.steps_if" if neutral else "heading.steps")
        sections.append(Section(kind="steps", title=head, body=f"**{head}**\n"
                                + "\n".join(f"{i}. {s}" for i, s in enumerate(todo, 1))))
    if frame.role in ("advocate", "policymaker"):  # law first for them: move the laws before the steps
        pass
    for law, _ in ranked:
        number(law)
    laws = number.laws
    if laws:
        heading = t(lang, "heading.laws_bills" if any(l.status.is_bill for l in laws) else "heading.laws")
        body = f"**{heading}**\n" + "\n".join(law_line(number(l), l, registry.name(l.jurisdiction)) for l in laws)
        law_section = Section(kind="laws", title=heading, body=body)
        if frame.role in ("advocate", "policymaker"):
            at = next((i for i, s in enumerate(sections) if s.kind == "steps"), len(sections))
            sections.insert(at, law_section)
        else:
            sections.append(law_section)
    elif question and (specific or frame.unresolved_place):
        covered = sorted({registry.name(c) for c in catalog.covered_codes
                          if registry.get(c).level in (Level.country, Level.supranational, Level.federal)})
        sections.append(Section(kind="notice", body=t(lang, "no_law", countries=", ".join(covered))))
    answer = "\n\n".join(s.body for s in sections if s.body)
    return Answer(question=question, jurisdictions=tuple(allowed), intent=intent, answer=answer,
                  citations=tuple(number.items), disclaimer=disclaimer(catalog, lang, specific),
                  notices=tuple(notices), kind="answer", verdict=v.word if v else None, sections=tuple(sections),
                  frame=frame.model_copy(update={"jurisdictions": tuple(specific) if specific else
                                                 frame.jurisdictions}))


__all__ = ["compose", "understand", "rank_laws", "scope", "law_line", "DISCLAIMER"]
