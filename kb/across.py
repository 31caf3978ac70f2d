"""Answers across places: counts and lists from the tracker engine, comparisons side by side.

These never come from retrieval: a count is a rule applied to the records' structured fields (`kb.tracker`), and
a comparison reads each place's records (`kb.compare`). Citations are the laws the list or table rests on, numbered
in order, so every "yes" can be opened; rows carry the rule used.
"""

from __future__ import annotations

import re

from kb.catalog import Catalog
from kb.citations import cite
from kb.frame import Frame
from kb.results import Answer, Section
from kb.advice import disclaimer_for

MAX_CITED = 60
# Which comparison rows a question is about, by the frame's kind of question.
FOCUS = {"sue": ("civil", "injunction"), "legal": ("criminal", "penalty"), "police": ("criminal", "penalty"),
         "penalty": ("penalty", "criminal"), "remove": ("takedown", "injunction")}
FOCUS_WORDS = [(r"\b(civil|sue|suing|lawsuit|damages|remed)", ("civil", "injunction")),
               (r"\b(crim|offen[cs]e|prosecut|jail|prison|penalt|intent)", ("criminal", "penalty")),
               (r"\b(takedown|take down|remov|platform)", ("takedown",)),
               (r"\b(threat|sextort|extort)", ("threats",)), (r"\b(minor|child|csam|teen)", ("minors",))]


def _cited(catalog: Catalog, law_ids: list[str]):
    citations = []
    for law_id in dict.fromkeys(law_ids):
        law = catalog.law(law_id)
        if law is not None and len(citations) < MAX_CITED:
            citations.append(cite(len(citations) + 1, law, None, "high"))
    return tuple(citations)


def _numbered(markdown: str, citations) -> str:
    """Put the citation number after each linked citation so the [n] markers match the citations."""
    for c in citations:
        markdown = markdown.replace(f"[{c.citation}]({c.url})", f"[{c.citation}]({c.url}) [{c.n}]", 1)
    return markdown


def list_answer(question: str, frame: Frame, catalog: Catalog, intent: str) -> Answer:
    from kb.tracker import Query, parse, render_markdown, run

    query = parse(frame.question or question, catalog.registry, lang=frame.language)
    if query is None:  # the frame saw a cross-place question the engine cannot phrase as filters
        query = Query()
    result = run(catalog, query)
    listed = {p.code for p in result.listed} | {p.code for p in result.also if p.value == "yes"}
    ids = [r.law_id for r in result.laws if r.value == "yes" and (query.by == "law" or r.jurisdiction in listed
                                                                   or any(r.jurisdiction.startswith(c + "-")
                                                                          for c in listed))]
    citations = _cited(catalog, ids)
    body = _numbered(render_markdown(result), citations)
    used = {c.n for c in citations if f"[{c.n}]" in body}
    citations = tuple(c for c in citations if c.n in used)
    items = [r for r in result.laws if r.value == "yes"] if query.by == "law" else (result.listed or result.places)
    rows = tuple({**item.model_dump(mode="json"), "rule": result.rule} for item in items)
    section = Section(kind="list", body=body)
    return Answer(question=question, jurisdictions=(), intent=intent, answer=body, citations=citations,
                  disclaimer=disclaimer_for(catalog, []), kind="list", rows=rows, sections=(section,),
                  frame=frame)


def compare_answer(question: str, frame: Frame, catalog: Catalog, intent: str) -> Answer:
    """The side-by-side table of `kb.compare`, with its own citation numbers reused for the answer's citations."""
    from kb.compare import compare, numbering, render_markdown, yes_no

    codes = list(frame.jurisdictions)[:6]
    table = compare(catalog, codes)
    words = frame.question.casefold()
    focus = tuple(dict.fromkeys(key for pattern, keys in FOCUS_WORDS for key in keys if re.search(pattern, words)))
    focus += FOCUS.get(frame.ask, ()) + (("synthetic",) if frame.image == "fake" else ())
    if focus:  # the attribute asked about comes first (and so do its citation numbers)
        rows = sorted(table.rows, key=lambda row: (row[0] not in focus, focus.index(row[0]) if row[0] in focus
                                                   else 0))
        table = table.model_copy(update={"rows": tuple(rows)})
    numbers = numbering(table)
    citations = tuple(cite(n, catalog.law(law_id), None, "high") for law_id, n in
                      sorted(numbers.items(), key=lambda kv: kv[1]) if catalog.law(law_id))
    body = render_markdown(table)
    short = yes_no(catalog, table, frame.question or question)  # "is it a crime in both?": one line first
    if short:
        body = short[1] + "\n\n" + body
    rows = tuple({"jurisdiction": code, "name": name, "rule": "laws in force or enacted, from the records' fields",
                  **{key: cells[i].model_dump(mode="json") for key, _, cells in table.rows}}
                 for i, (code, name) in enumerate(zip(table.codes, table.names)))
    return Answer(question=question, jurisdictions=tuple(catalog.registry.with_parents(list(table.codes))),
                  intent=intent, answer=body,
                  citations=citations, disclaimer=disclaimer_for(catalog, codes), kind="compare", rows=rows,
                  sections=(Section(kind="compare", body=body),), frame=frame, verdict=short[0] if short else None)


def answer_across(kind: str, question: str, frame: Frame, catalog: Catalog, intent: str) -> Answer:
    if kind == "compare":
        return compare_answer(question, frame, catalog, intent)
    return list_answer(question, frame, catalog, intent)


__all__ = ["answer_across", "list_answer", "compare_answer"]
