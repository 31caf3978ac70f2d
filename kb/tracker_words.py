"""The text side of the tracker: a question across places -> a `Query` (`parse`), a `TrackerResult` -> markdown
(`render_markdown`), and the README's headline figures. Rules are tables of phrases; the engine is kb/tracker.py.

Parsing policy: a question is "across places" only when it names a plural scope ("which states", "how many
countries", "legislatures"), asks about bills in general, or asks "since when" about a named place; a question about
one person's situation returns None, so the chat answers it as usual. Negation ("no way to sue", "without",
"lack") asks for the places that do not meet the rule.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from kb.catalog import Catalog
from kb.jurisdictions import Registry
from kb.models import Level, Status
from kb.tracker import SCOPES, STATUS_GROUPS, LawRow, PlaceRow, Query, TrackerResult, _about_synthetic, run

# Plain words for each condition (true, false).
WORDS = {
    "authentic": ("covers real images", "does not cover real images"),
    "synthetic": ("covers AI-made or altered images", "does not cover AI-made or altered images"),
    "adults": ("protects adults", "does not protect adults (minors only)"),
    "minors": ("has provisions for minors", "has no provisions specific to minors"),
    "threats": ("covers threats to share", "does not cover threats to share"),
    "creation": ("makes creating the image an offence", "does not make creating the image an offence"),
    "possession": ("makes possessing the image an offence", "does not make possessing the image an offence"),
    "criminal": ("criminal", "not criminal"),
    "civil": ("the victim can sue", "no right to sue"),
    "injunction": ("a court can order removal", "no court-ordered removal"),
    "takedown": ("platforms must take it down on notice", "no platform takedown duty"),
}


# --- the rule in words ----------------------------------------------------------------------------------------

def describe(q: Query, registry: Optional[Registry] = None) -> str:
    """The rule in plain words: "US states; in force; criminal; covers AI-made or altered images; protects adults"."""
    parts: list[str] = []
    if q.codes:
        parts.append(", ".join(registry.name(c) if registry else c for c in q.codes))
    else:
        scope = SCOPES[q.scope]
        if q.within and registry:
            scope += f" of {registry.name(q.within)}"
        if q.scope == "states" and q.within in (None, "US"):
            scope += " (DC and territories listed separately)"
        if q.scope == "countries" and q.by == "place":
            scope += " (national law or the law of any part of the country)"
        parts.append(scope)
    statuses = set(q.status)
    named = next((k for k, v in STATUS_GROUPS.items() if set(v) == statuses), None)
    parts.append({"in_force": "in force", "law": "in force or enacted", "bill": "bills still alive (pending or "
                  "carried over)", "dead": "bills that failed or were vetoed", "any": "any status"}.get(
        named or "", " or ".join(s.label for s in q.status)))
    if q.topics:
        parts.append("topic " + " or ".join(t.value for t in q.topics))
    for name, wanted in q.remedies + q.covers:
        parts.append(WORDS[name][0 if wanted else 1])
    if q.date_from or q.date_to:
        label = {"enacted": "enacted", "effective": "in force", "synthetic_since": "AI coverage began"}[q.date_field]
        if q.date_from and q.date_to and q.date_from[:4] == q.date_to[:4] and len(q.date_from) == 4:
            parts.append(f"{label} in {q.date_from}")
        else:
            parts.append(f"{label} " + " ".join(x for x in (q.date_from and f"from {q.date_from}",
                                                             q.date_to and f"to {q.date_to}") if x))
    if q.since:
        parts.append("since: when AI coverage began, or the date the law took effect marked as an estimate where "
                     "that is not recorded" if _about_synthetic(q) else "since: the date the law took effect")
    return "; ".join(parts)


# --- questions -> queries -------------------------------------------------------------------------------------

_SCOPE_WORDS = [
    (r"\b(countries|nations|country)\b", "countries"),
    (r"\b(provinces|territories|subdivisions)\b", "subdivisions"),
    (r"\bstate legislatures\b", "states"),
    (r"\bstates?\b", "states"),
    (r"\b(jurisdictions|places)\b", "all"),
]
_CROSS = re.compile(
    r"\b(which|what|how many|count|number of|list|name|all|every|any|other)\b[^?.!]{0,40}?"
    r"\b(states|countries|nations|jurisdictions|places|provinces|legislatures)\b"
    r"|\b(states|countries|nations|jurisdictions|legislatures)\s+(that|where|with|without|which|have|has|still|"
    r"passed|criminali[sz]e)\b"
    r"|\b(any|every|each|no)\s+(us\s+|u\.s\.\s+)?(state|country|jurisdiction)\b"
    r"|\bsince when\b|\b(pending|proposed)\s+(deepfake\s+)?(bills|legislation)\b", re.I)
# A negation that scopes over the act, not the rule: "creating one, even if it's never shared" still asks for the
# places where creating is a crime.
_ACT_NEGATION = re.compile(
    r"\b(?:even\s+)?(?:if|when|though|where)\s+(?:it'?s|it is|it was|they'?re|they are|the image is|the images are)?"
    r"\s*(?:never|not)\s+(?:been\s+|being\s+)?(?:shared|posted|distributed|sent|published|spread)\b"
    r"|\b(?:even\s+)?without\s+(?:ever\s+)?(?:sharing|posting|distributing|sending|publishing|spreading)"
    r"(?:\s+(?:it|them|the image|the images))?\b"
    r"|\bwhether\s+or\s+not\s+(?:it'?s\s+|it is\s+)?(?:shared|posted|distributed)\b"
    r"|\b(?:never|not)\s+(?:being\s+)?(?:shared|posted|distributed)\b"
    r"|\bnot\s+(?:just|only|merely|simply)\s+(?:for\s+)?(?:shar\w*|post\w*|distribut\w*|send\w*|publish\w*|spread\w*)"
    r"(?:\s+(?:it|them|the image|the images))?\b"
    r"|\(?\b(?:creation|making|producing|creating)\s+(?:itself|alone|on its own)\s*,?\s+not\s+(?:the\s+)?"
    r"(?:distribution|sharing|posting|dissemination)\)?"
    r"|\bwithout\s+(?:(?:their|her|his|the\s+(?:victim|person|subject)'?s?|the|any|prior)\s+)?(?:consent|permission|"
    r"agreement|knowledge)\b", re.I)

_NEGATION = re.compile(r"\b(no way to|no law|no right|not|don'?t|doesn'?t|do not|does not|without|lack|lacks|"
                       r"never|fail to|no)\b", re.I)

# (pattern, group, field): what a phrase asks of a law. Order does not matter; all that match apply.
_CONDITIONS = [
    (r"\b(crime|criminal|criminali[sz]e[sd]?|offen[cs]es?|illegal|jail|prison|prosecut\w*)\b", "remedies",
     "criminal"),
    (r"\b(sue|suing|lawsuits?|civil|damages|private right|cause of action|legal action)\b", "remedies", "civil"),
    (r"\b(take ?downs?|removal duty|remove it|platforms? must)\b", "remedies", "takedown"),
    (r"\b(deep ?fakes?|ai|a\.i\.|synthetic|fake|faked|altered|morphed|generated|digitally|nudif\w*|"
     r"undress\w*|artificial)\b", "covers", "synthetic"),
    (r"\b(adults?|grown-?ups?|over 18)\b", "covers", "adults"),
    (r"\b(minors?|child|children|kids?|teens?|teenagers?|under 18|csam|students?)\b", "covers", "minors"),
    (r"\b(threats?|threaten\w*|sextortion|extort\w*)\b", "covers", "threats"),
    (r"\b(creat\w+|make|makes|making|produc\w+)\b", "covers", "creation"),
    (r"\b(possess\w*)\b", "covers", "possession"),
]
_WHO = re.compile(r"\b(victims?|people|someone|persons?)\b", re.I)


def _year_in(text: str, today: dt.date) -> Optional[str]:
    if re.search(r"\bthis year\b", text, re.I):
        return str(today.year)
    if re.search(r"\blast year\b", text, re.I):
        return str(today.year - 1)
    m = re.search(r"\b(?:in|during|of)\s+((?:19|20)\d\d)\b", text)
    return m.group(1) if m else None


# The rule's key words in Spanish, Portuguese and French (accents folded), read as their English equivalents so the
# same filters answer "¿qué estados obligan a las plataformas a retirar deepfakes sexuales?".
_FOREIGN = [(re.compile(p, re.I), en) for p, en in (
    (r"\b(que|cuales|quais|quels|quelles)\b", "which"), (r"\b(cuantos|quantos|combien d'?)\b", "how many "),
    (r"\b(estados|etats)\b", "states"), (r"\b(paises|pays)\b", "countries"),
    (r"\b(provincias|provinces|provincias)\b", "provinces"),
    (r"\b(canadiennes?|canadiens?|canadienses|canadenses)\b", "of Canada"),
    (r"\b(australiennes?|australiens?|australianos|australianas)\b", "of Australia"),
    (r"\b(europeennes?|europeens?|europeos|europeas|europeus|europeias)\b", "of the EU"),
    (r"\b(ee\.? ?uu\.?|eua|usa)\b", "US"), (r"\b(criminaliz\w+|penaliz\w+|castig\w+|punissent|sancion\w+)\b",
                                           "criminalize"),
    (r"\b(delito|crimen|delit)\b", "crime"), (r"\b(demandar|processar|poursuivre)\b", "sue"),
    (r"\b(retirar|eliminar|borrar|remover|supprimer|retirer)\b", "take down"),
    (r"\b(plataformas|plateformes)\b", "platforms"), (r"\b(menores|mineurs)\b", "minors"),
    (r"\b(adultos|adultes)\b", "adults"),
    (r"\b(deepfakes? (sexuales|sexuais|sexuels))\b", "sexual deepfakes"),
    (r"\b(inteligencia artificial|intelligence artificielle)\b", "AI"))]


def _in_english(text: str) -> str:
    from kb.frame import fold

    out = fold(text)
    for rx, en in _FOREIGN:
        out = rx.sub(en, out)
    return out


def parse(question: str, registry: Registry, today: Optional[dt.date] = None, lang: str = "en") -> Optional[Query]:
    """A cross-place question as a Query, or None when the question is about one person's situation."""
    today = today or dt.date.today()
    text = question.strip() if lang == "en" else _in_english(question.strip())
    low = re.sub(r"[*_`]+", "", text.casefold())  # "*creating*": emphasis is not a word boundary
    since = bool(re.search(r"\bsince when\b|\bwhen did\b|\bsince what year\b|\bhow long\b", low))
    bills = bool(re.search(r"\b(bills?|pending|proposed|proposals?|considering|introduced)\b", low))
    asks = bool(re.search(r"\b(which|what|list|any|how many)\b", low))
    dated_laws = bool(_year_in(text, today)) and bool(re.search(r"\blaws\b", low))  # "which laws took effect in 2025"
    cross = bool(_CROSS.search(text)) or (asks and (bills or dated_laws))
    places = registry.resolve(text)
    if not cross and not (since and places):
        return None
    scope = "all"
    for pattern, name in _SCOPE_WORDS:
        if re.search(pattern, low):
            scope = name
            break
    within = None
    codes: tuple[str, ...] = ()
    if places:
        parents = [c for c in places if registry.get(c).level in (Level.country, Level.federal)] or [
            registry.get(c).parent for c in places if registry.get(c).parent and scope == "subdivisions"
            and registry.get(registry.get(c).parent).level is Level.country]  # "which provinces? I work in Quebec"
        if scope in ("states", "subdivisions") and parents:
            within = parents[0]
            if within != "US":
                scope = "subdivisions"
        elif scope == "all" or not cross:
            codes = tuple(places)
        elif scope == "countries" and registry.get(places[0]).level is Level.supranational:
            within = places[0]
    covers: dict[str, bool] = {}
    remedies: dict[str, bool] = {}
    for pattern, group, field in _CONDITIONS:
        if re.search(pattern, low):
            (covers if group == "covers" else remedies)[field] = True
    if re.search(r"\b(real|authentic|actual)\s+(photos?|images?|pictures?|videos?)\b", low):
        covers["authentic"] = True
        covers.pop("synthetic", None)
    elif re.search(r"\b(deep ?fake|ai|synthetic)[- ]specific\b|\bspecific(ally)? (to |for |on |about |targeting )?"
                   r"(deep ?fakes?|ai|synthetic)|\b(deep ?fake|synthetic)[- ]only\b", low):
        covers["synthetic"], covers["authentic"] = True, False  # a law written for fakes, not a general one
    idiom = re.search(r"\bmak(e|es|ing)\b[^?.]{0,40}\b(a crime|illegal|an offen[cs]e|criminal)\b", low)
    objects = r"\s+(a |an |the |them|it|deep|sexual|fake|nude|image|explicit)"
    if "creation" in covers and not (re.search(r"\b(creat\w+|produc\w+)" + objects, low) or
                                     (not idiom and re.search(r"\bmak(e|es|ing)" + objects, low))):
        covers.pop("creation")
    if "minors" in covers and "adults" in covers:
        covers.pop("minors")  # "adults and minors": both are asked; adults is the narrower question
    negated = bool(_NEGATION.search(_ACT_NEGATION.sub("", re.sub(r"\bnot (yet|only)\b", "", low))))
    legal = re.search(r"\b(?<!il)legal\b(?!\s+(action|route|aid|advice|help|steps?|options?|rights?))", low)
    if legal and not negated:  # "where is making a deepfake legal?": the places where it is not a crime
        remedies["criminal"], negated = True, True
    want = "no" if negated and (covers or remedies) else "yes"
    status: tuple[Status, ...] = STATUS_GROUPS["in_force"]
    by = "place"
    date_from = date_to = None
    date_field = "enacted"
    year = _year_in(text, today)
    if re.search(r"\b(failed|died|vetoed|rejected)\b", low):
        status, by = STATUS_GROUPS["dead"], "law"
    elif bills and not re.search(r"\b(passed|enacted|signed)\b", low):
        status = STATUS_GROUPS["bill"]
    elif re.search(r"\b(took|take|takes|taking) effect\b|\bcame into force\b|\bin force (in|since|from)\b|"
                   r"\bwent into effect\b", low) and year:
        status, by, date_field = STATUS_GROUPS["law"], "law", "effective"
        date_from = date_to = year
    elif re.search(r"\b(pass(ed)?|enact(ed)?|adopt(ed)?|sign(ed)?|new laws?)\b", low) and year:
        status, by = STATUS_GROUPS["law"], "law"
        date_from = date_to = year
    elif re.search(r"\b(upcoming|not yet in force|coming into force|will take effect|scheduled)\b", low):
        status = STATUS_GROUPS["enacted"]
    if re.search(r"\b(list|name)\b[^?]{0,20}\blaws?\b|\bwhich laws?\b|\bwhat laws?\b", low):
        by = "law"
    return Query(scope=scope, within=within, codes=codes, status=status,
                 covers=tuple(sorted(covers.items())), remedies=tuple(sorted(remedies.items())),
                 date_field=date_field, date_from=date_from, date_to=date_to, want=want, by=by,
                 since=since)


# --- rendering ------------------------------------------------------------------------------------------------

def _date_words(date: Optional[str], scheduled: bool) -> str:
    if not date:
        return "date not recorded"
    return f"scheduled for {date}" if scheduled else f"since {date}"


def _place_line(p: PlaceRow, laws: dict[str, LawRow], with_since: bool) -> str:
    cites = [laws[i] for i in p.law_ids if i in laws]
    link = "; ".join(f"[{r.citation}]({r.url})" for r in cites[:3]) or ""
    where = f" (in {', '.join(p.where)})" if p.where and p.where != (p.code,) else ""
    when = ""
    if with_since and p.value == "yes":
        when = f": {_date_words(p.since, p.scheduled)}" + (f" ({p.since_note})" if p.since_note else "")
    only = " *(only for images of minors)*" if p.value == "yes" and cites and all(r.minors_only for r in cites) else ""
    if p.value == "yes":
        return f"- **{p.name}**{where}{when}{only}: {link}" if link else f"- **{p.name}**{where}{when}{only}"
    return f"- **{p.name}**: {p.basis}"


def render_markdown(result: TrackerResult) -> str:
    """The count first, then the list (each item linked to its citation), the rule and the corpus date."""
    q = result.query
    lines: list[str] = []
    laws = {r.law_id: r for r in result.laws}
    c = result.counts
    total = len(result.places)
    if q.by == "law":
        yes = [r for r in result.laws if r.value == "yes"]
        lines.append(f"**{len(yes)} law(s)** in the corpus meet the rule.")
        for r in yes:
            when = f"; {_date_words(r.since, r.scheduled)}" if r.since else ""
            lines.append(f"- [{r.citation}]({r.url}) ({r.name}, {r.status_label}{when}; verified {r.verified})")
        open_ = [r for r in result.laws if r.value == "not recorded"]
        if open_:
            lines.append(f"\nNot recorded ({len(open_)}): the corpus has these laws but not every fact the rule "
                         "needs: " + "; ".join(f"{r.citation} ({', '.join(r.missing)})" for r in open_[:15])
                         + (" ..." if len(open_) > 15 else ""))
    else:
        noun = result.scope
        if q.codes and total == 1:  # one named place ("since when has Texas..."): its answer, then its laws
            p = result.places[0]
            when = f", {_date_words(p.since, p.scheduled)}" if p.value == "yes" and q.since else ""
            note = f" ({p.since_note})" if when and p.since_note else ""
            lines.append(f"**{p.name}: {p.value}{when}**{note}." + ("" if p.value == "yes" else f" {p.basis}"))
        elif q.want == "no":
            lines.append(f"**{c['no']} of {total} {noun}** have no law in the corpus that meets the rule; "
                         f"{c['yes']} do; {c['not recorded']} not recorded; {c['not in corpus']} not in the corpus.")
        else:
            minors = [p for p in result.listed if p.value == "yes" and p.law_ids and all(
                laws[i].minors_only for i in p.law_ids if i in laws)]
            only = (f" ({len(minors)} of them only through laws for images of minors)"
                    if minors and not any(k == "adults" for k, _ in q.covers) else "")
            lines.append(f"**{c['yes']} of {total} {noun}** meet the rule{only}; {c['no']} do not; "
                         f"{c['not recorded']} not recorded; {c['not in corpus']} not in the corpus.")
        listed = result.listed if not (q.codes and total == 1) else tuple(p for p in result.places
                                                                         if p.value == "yes")
        if listed:
            lines.append("")
            lines.extend(_place_line(p, laws, q.since) for p in listed)
        if q.want == "no":
            rest = [p for p in result.places if p.value in ("not recorded", "not in corpus")]
            if rest:
                lines.append("\nCannot tell from the corpus: " + ", ".join(f"{p.name} ({p.value})" for p in rest))
        else:
            for value in ("not recorded", "not in corpus"):
                rest = [p.name for p in result.places if p.value == value]
                if rest:
                    lines.append(f"\n{value.capitalize()} ({len(rest)}): " + ", ".join(rest))
        for p in result.also:
            lines.append(f"\n{p.name} (not counted above): {p.value}" +
                         (f", {_place_line(p, laws, q.since)[2:]}" if p.value == "yes" else f". {p.basis}"))
    lines.append(f"\n*Rule:* {result.rule}.")
    for note in result.notes:
        lines.append(f"\n{note}")
    lines.append(f"\n*Corpus as verified up to {result.corpus_date}.* Counts come from the corpus's recorded "
                 "fields, not from a search; open each linked text before relying on it.")
    return "\n".join(lines)


def headline(catalog: Catalog, today: Optional[dt.date] = None) -> list[tuple[str, TrackerResult]]:
    """The README's figures: (label, result), each computed by `run` with its rule."""
    syn = ("synthetic", True)
    queries = [
        ("US states where sharing a sexual deepfake of an adult is a crime",
         Query(scope="states", covers=(("adults", True), syn), remedies=(("criminal", True),))),
        ("US states where sexual deepfakes are a crime (any age)",
         Query(scope="states", covers=(syn,), remedies=(("criminal", True),))),
        ("US states where a deepfake victim can sue",
         Query(scope="states", covers=(syn,), remedies=(("civil", True),))),
        ("US states with a deepfake bill still alive",
         Query(scope="states", status=STATUS_GROUPS["bill"], covers=(syn,))),
        ("Countries with a deepfake-specific criminal offence in force (national law or a part of the country)",
         Query(scope="countries", covers=(syn,), remedies=(("criminal", True),))),
    ]
    return [(label, run(catalog, q, today)) for label, q in queries]


def render_headline(catalog: Catalog, today: Optional[dt.date] = None) -> str:
    """The README's "Tracker figures" block: each figure with its counts, the places apart, and its rule."""
    rows = headline(catalog, today)
    date = rows[0][1].corpus_date if rows else None
    lines = [f"Corpus as verified up to {date}; produced by `python -m kb tracker --headline`.", "",
             "| Figure | Yes | No | Not recorded | Not in corpus | Rule |", "|---|---|---|---|---|---|"]
    for label, r in rows:
        c = r.counts
        apart = "; ".join(f"{p.name}: {p.value}" for p in r.also)
        lines.append(f"| {label}{f' ({apart}, not counted)' if apart else ''} | **{c['yes']}** of "
                     f"{len(r.places)} | {c['no']} | {c['not recorded']} | {c['not in corpus']} | {r.rule} |")
    lines += ["", "'Not recorded' means the corpus holds the law but not the fact the rule needs (for example "
                  "whether it protects adults); it is never counted as yes or no."]
    return "\n".join(lines)
