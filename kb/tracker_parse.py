"""Questions across places -> a `Query` for the tracker engine (kb/tracker.py); the words of the answer are in
kb/tracker_words.py.

Parsing policy: a question is "across places" only when it names a plural scope ("which states", "how many
countries", "legislatures", "EU member states"), asks about bills in general, or asks "since when" about a named
place; a question about one person's situation returns None, so the chat answers it as usual. Negation ("no way to
sue", "without", "lack", "adults get nothing") asks for the places that do not meet the rule; "only for kids" asks for
the places whose laws protect only minors. An act named as a noun ("the creation of", "possession") filters like the
verb, and an act set aside ("as opposed to its distribution", "not just sharing", "rather than posting") is not a
filter and not a negation of the rule.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from kb.jurisdictions import Registry
from kb.models import Level, Status
from kb.tracker import STATUS_GROUPS, Query

# --- questions -> queries -------------------------------------------------------------------------------------

_SCOPE_WORDS = [
    (r"\b(countries|nations|country)\b", "countries"),
    (r"\b(provinces|territories|subdivisions)\b", "subdivisions"),
    (r"\bstate legislatures\b", "states"),
    (r"\bstates?\b", "states"),
    (r"\b(jurisdictions|places)\b", "all"),
]
# The EU's members, however named: "EU member states", "member countries", "EU states", "countries in the EU".
_EU_MEMBERS = re.compile(
    r"(?<!non-)(?<!non )\b(?:eu|e\.u\.|european union)(?:'s)?\s+(?:member\s+)?(?:states|countries|nations)\b"
    r"|\bmember\s+(?:states|countries|nations)\b|\b(?:eu|european union)\s+members\b"
    r"|\b(?:states|countries|nations)\s+(?:in|of|within|inside)\s+the\s+(?:eu|e\.u\.|european union)\b", re.I)
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

# An act set aside to contrast ("as opposed to its distribution", "not just sharing it", "rather than making one"):
# the question names it to say what it does not ask about, so it is neither a filter nor a negation of the rule.
_ACT_WORDS = (r"(?:shar\w*|post\w*|distribut\w*|disseminat\w*|publi\w*|send\w*|spread\w*|creat\w*|mak(?:e|es|ing)|"
              r"produc\w*|possess\w*|threat\w*|keep\w*|view\w*|watch\w*)")
_CONTRAST = re.compile(
    r"\b(?:as opposed to|rather than|instead of|as distinct from|not (?:just|only|merely|simply))\s+"
    r"(?:(?:its|their|the|a|an|mere|merely|just|only|simply|for|about)\s+)*" + _ACT_WORDS +
    r"(?:\s+(?:of\s+)?(?:it|them|one|the image|the images|such (?:an )?images?))?\b", re.I)
# An act named as a noun filters like its verb: "the creation of", "the mere making of", "production".
_CREATION_NOUN = re.compile(r"\b(?:creation|production)\b(?!\s+(?:tools?|apps?|software|sites?|services?))"
                            r"|\bmaking of\b|\b(?:deep ?fakes?|images?|nudes?|porn)\s+making\b", re.I)

_NEGATION = re.compile(r"\b(no way to|no law|no right|not|don'?t|doesn'?t|do not|does not|without|lack|lacks|"
                       r"never|fail to|no|nothing)\b", re.I)

# The complement of "protects adults" among places that have a law: "only for kids", "kids-only", "just minors".
_KIDS = r"(?:kids?|child(?:ren)?|minors?|under[- ]?18s?|teens?|teenagers?|young people|csam)"
_ONLY_MINORS = re.compile(
    r"\b(?:only|just|solely|exclusively)\s+(?:(?:for|covers?|protects?|about|applies to|reach(?:es)?|to protect|"
    r"covering|protecting)\s+)?(?:the\s+)?" + _KIDS + r"\b"
    r"|\b" + _KIDS + r"[- ]only\b|\bminors' images only\b", re.I)
# "adults get nothing", "nothing for adults", "no law for adults", "adults aren't protected"
_ADULTS_NOTHING = re.compile(
    r"\badults?\s+(?:get|have|got|are left with|receive)\s+(?:nothing|no (?:law|protection|remedy)\w*)\b"
    r"|\b(?:nothing|no (?:law|protection|offen[cs]e|remedy)s?)\s+(?:at all\s+)?for\s+adults?\b"
    r"|\badults?\s+(?:are not|is not|aren'?t|isn'?t)\s+(?:covered|protected|included)\b"
    r"|\b(?:not|but not|never)\s+(?:for\s+)?adults?\b|\bleaves? adults? (?:out|unprotected)\b", re.I)

# (pattern, group, field): what a phrase asks of a law. Order does not matter; all that match apply.
_CONDITIONS = [
    (r"\b(crime|criminal|criminali[sz]e[sd]?|offen[cs]es?|illegal|jail|prison|prosecut\w*|punish\w*)\b", "remedies",
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
    if _EU_MEMBERS.search(low) and "EU" in registry.by_code:  # members of the EU, not the EU's own law
        scope, within, places = "countries", "EU", []
    if places:
        parents = [c for c in places if registry.get(c).level in (Level.country, Level.federal)] or [
            registry.get(c).parent for c in places if registry.get(c).parent and scope == "subdivisions"
            and registry.get(registry.get(c).parent).level is Level.country]  # "which provinces? I work in Quebec"
        if scope in ("states", "subdivisions") and parents:
            within = parents[0] if parents[0] != "US" else None  # "US states" are the states: no parent filter
            if within:
                scope = "subdivisions"
        elif scope == "all" or not cross:
            codes = tuple(places)
        elif scope == "countries" and registry.get(places[0]).level is Level.supranational:
            within = places[0]
    covers: dict[str, bool] = {}
    remedies: dict[str, bool] = {}
    low = _CONTRAST.sub(" ", low)  # the act set aside is not asked about
    for pattern, group, field in _CONDITIONS:
        if re.search(pattern, low):
            (covers if group == "covers" else remedies)[field] = True
    if re.search(r"\b(real|authentic|actual)\s+(photos?|images?|pictures?|videos?)\b", low):
        covers["authentic"] = True
        covers.pop("synthetic", None)
    elif re.search(r"\b(deep ?fake|ai|synthetic)[- ]specific\b|\bspecific(ally)? (to |for |on |about |targeting )?"
                   r"(sexual |intimate |explicit |sexually explicit )?(deep ?fakes?|ai|synthetic)"
                   r"|\b(deep ?fake|synthetic)[- ]only\b", low):
        covers["synthetic"], covers["authentic"] = True, False  # a law written for fakes, not a general one
    idiom = re.search(r"\bmak(e|es|ing)\b[^?.]{0,40}\b(a crime|illegal|an offen[cs]e|criminal)\b", low)
    objects = r"\s+(a |an |the |them|it|deep|sexual|fake|nude|image|explicit)"
    if "creation" in covers and not (re.search(r"\b(creat\w+|produc\w+)" + objects, low) or _CREATION_NOUN.search(low)
                                     or (not idiom and re.search(r"\bmak(e|es|ing)" + objects, low))):
        covers.pop("creation")
    if "minors" in covers and "adults" in covers:
        covers.pop("minors")  # "adults and minors": both are asked; adults is the narrower question
    nothing = bool(_ADULTS_NOTHING.search(low))
    only_minors = bool(_ONLY_MINORS.search(low)) or (nothing and bool(re.search(r"\b" + _KIDS + r"\b", low)))
    if only_minors:  # the places whose laws are all for minors: the age is the answer, not a filter
        covers.pop("adults", None), covers.pop("minors", None)
    elif nothing:
        covers["adults"] = True  # "which states give adults nothing": the places with no law protecting adults
    negated = not only_minors and bool(_NEGATION.search(_ACT_NEGATION.sub("", re.sub(r"\bnot (yet|only)\b", "",
                                                                                       low))))
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
                 since=since, only_minors=only_minors)
