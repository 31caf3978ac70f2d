"""The words and cues that decide whether a phrase names a place, and the small helpers on codes (EU membership,
parents, display names). The finder that applies them is kb/places.py.

Policy:
- Longest phrase wins and spans never overlap ("West Virginia" is not "Virginia", "New South Wales" not "Wales").
- Words of three letters or fewer are places only as registry codes in capitals ("TX", "UK", "EU") or after a
  place word ("in tx"), and never when they are common words in English, Spanish, Portuguese, French, German or
  Italian ("eu", "es", "en", "ma", "de", "la", "me", "oh", "in", "ok", "hi"; the list comes from wordfreq).
  "EU" counts in capitals, or in lower case only as "the eu" or "eu law": "eu" is Portuguese for "I". "US" counts
  in capitals after "the" or a place word or before "based" or a law word ("we're US based"), in lower case only as
  "the us" or "us-based"; never in capitals after a word in capitals ("PLEASE HELP US"). A lower-case state code
  counts in a list of places ("tx vs cali vs ny", "texas, ny and fl").
- A city known only from the gazetteer needs context when its name is also a common word or first name: a place
  word before it ("in Reading"), a state or country after it ("Orange, CA"), or a police word after it. "Common"
  is measured: a name is word-like when wordfreq says it is used far more than a city of its size would be
  (zipf frequency minus (log10(population) - 2) of 1.0 or more, in any of the six languages, or the hinted one),
  or when gender-guesser lists it as a frequent first name in Britain, Ireland or the USA. Without context a
  gazetteer city also needs 100,000 people in the English-speaking countries the corpus covers, 250,000
  elsewhere, a million for a name of four letters or fewer; its alternate names ("Londres") always need context.
  Right after "my friend", "named", "hey" etc., or right before "said", "sent" etc., no city is a place.
- Short forms locals write (geonames' two- and three-letter alternate names of cities of 500,000+: "BCN", "BH",
  "ATL", "Rio"; Brazil's state codes "SP", "RJ"; the few nicknames in kb/gazetteer.py's `_NICKNAMES`: "Mtl") count
  only for a place the corpus covers, in a language its country speaks as its own, after a place word: right after
  where the person lives ("vivo en Bcn", "moro no rio"), or for a big city as the data writes them or in lower case
  ("in ATL", "im in atl", "to em bh"), when not much used as a word; see kb/place_forms.py. US forms with the
  state's code inside (a big city's initials, "htx", "atx", "satx"; a direction and the state's code or
  abbreviation, "socal", "norcal", "nepa", "sofla") count after a place word, before "here" or as a heading, in
  English or Spanish, when not a word; so does a big city written by its consonants ("mpls", "pgh") when exactly one
  city of 300,000+ fits. A country's ISO alpha-3 code is never a city's ("AUS"). In Portuguese, a US postal code that is
  also a Brazilian state's ("moro em MA") is the US state with Brazil as the alternative.
- A name that is a clause of its own inside a message, after a clause of three words or more, counts like a
  heading ("... if i dont pay him. austin. is that illegal").
- After where the person is from ("soy de", "sou do", "je suis de"), a country's name counts in lower case.
- In French, "a" before a name is "à" without its accent ("un collègue de mon taf a lyon"); "da" after a name is
  a district attorney only in English (in Portuguese it is "of the": "uma mina da facul").
- In a text in another language than English, a bare lower-case city of a country that does not speak it is no
  place when its name is a word of that language ("a lei brasileira pune quem": a verb, not Pune).
- A language hint (`lang`) adds that language's short frequent words to the stop list and makes a place name
  that is a frequent word in it need context ("mesa" in Spanish); the six languages are always checked.
- Ambiguity is reported, not hidden: `alternatives` lists other codes the same words could mean (cities of a
  comparable size, same-named states and countries; when the largest is outside the corpus, a well-known namesake the
  corpus covers: "Córdoba" is Argentina or Spain; never another city's old or foreign name: "Philadelphia" was a
  name of Amman). Another place in the text settles it ("Atlanta, Georgia";
  "Springfield ... Illinois"; "Tbilisi, Georgia"), and so does a first-level division of the city's country
  written after it ("salvador bahia"). A state's nickname beats a foreign city of the same name except in that
  city's language ("cali" in English is California; in Spanish it could be Cali, Colombia).
- Roles (`PlaceHit.role`), from the words before a place in its clause: "lives", "happened", "other" (the other
  party's place: "he lives in", "stranger in Nigeria", "hes overseas, nigeria maybe") and "mention" (a birthplace
  or former home, or a point of comparison: "a crime in Scotland like it is in England", "as in", "unlike",
  "compared to"; not when the question asks to compare: "vs", "compare", "both", "difference"). The frame uses a
  mention only when no other place is named, and lists the other party's place after the person's. A place a list
  question leaves out ("which places outside the US ...", "states other than Texas") is not read.
- Misspellings: one edit (a swap counts as one) for 5-7 letters, two for 8-11, three beyond; same first letter;
  never a word that is common in the checked languages.
- A place outside the registry still gets its ISO code, with `in_corpus` False; UK nations England and Wales map
  to GB-EAW, the registry's single jurisdiction for them.

EU members (for `eu_member`): the 27 member states listed on the EU's official "EU countries" page
(european-union.europa.eu, checked 2026-12-01). No package ships membership, hence the list in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kb.gazetteer import gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from kb.jurisdictions import Registry



EU_MEMBERS = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE HU".split())

MAX_WORDS = 6

# Abbreviations people write for countries that no package ships (pycountry has ISO codes, not "EE.UU."); "US" is
# also a pronoun in capitals, so the finder reads it only in context (kb/places.py, us_ok).
_ABBREVIATIONS = {"US": "US", "EEUU": "US", "EE.UU.": "US", "EE. UU.": "US", "EUA": "US", "E.U.A.": "US", "UAE": "AE",
                  "U.A.E.": "AE", "RD Congo": "CD", "RDC": "CD", "DRC": "CD"}

# Names that contain a place but name none we can use: New England is six US states.
_NOT_A_PLACE = ("New England",)

# Same-spelled or near-spelled places that the gazetteers cannot link: "Columbia" also makes people think of the
# District of Columbia and of Colombia. Reported even bare, with these alternatives.
_CONFUSABLE = {"columbia": ("US-DC", "CO")}

_GAP_OK = re.compile(r"[ \t,.&/'\u2019-]{0,4}")

_ARTICLE = r"(?:(?:the|el|la|los|las|le|les|o|a|os|as)\s+)?"  # "in the UK", "en la Florida", "na Bahia"

_PLACE_CUE = re.compile(
    r"(?:\b(?:in|from|near|around|at|outside|live|living|lives|based|reside|resides|resident of|located|"
    r"city of|state of|province of|county of|moved to|move to|moving to|went to|go to|going to|travel(?:l?ed)? to|"
    r"trip to|visiting|visit|en|desde|em|dans|aus|nach|vivo en|vivo em|moro|moro em|moro n[oa]s?|vivo n[oa]s?|"
    r"(?:j'|on |nous |il |elle )?habit(?:e|ons|ent) (?:à|a|au|en)|(?:je |on |nous )(?:vis|vit|vivons|reste|restons|suis|sommes) "
    r"(?:à|a|au)|soy de|somos de|vengo de|sou d[eoa]s?|somos d[eoa]s?|"
    r"venho d[eoa]s?|je suis d[eu]|je viens d[eu]|je viens des|(?:abito|abitiamo|vivo|viviamo|sto|stiamo|sono) "
    r"(?:a|in)|sono di|(?:wohne|wohnen|lebe|leben) in|komme aus)"
    r"|(?:^|\s)(?:à|au|aux))\s+" + _ARTICLE + "$")

# Where the person lives or comes from, right before a name: enough for a short form that is also a word
# ("moro no rio", "sou do rio"); English "in a" is not ("I live in a van").
_RESIDENCE = re.compile(r"\b(?:live|living|lives|moro|moramos|vivo|vivimos|habite|habitons|vis|reste|restons|soy|somos|sou|suis|"
                        r"vengo|venho|viens|abito|abitiamo|viviamo|wohne|wohnen|from)\s+(?:in|en|em|no|na|à|a|au|de|do|da|del|du|des)?\s*$")

_HEADING_AFTER = re.compile(r"^[ \t]*(?::|[-\u2013\u2014]\s|\.\s|\n)")  # "Richmond: ", "Arlington - ", "jackson. "

_CUE_AFTER = re.compile(r"^[ ,]*(police|pd|mein|cops?|sheriff|county|city|area|metro|court|courts|prosecutors?|"
                        r"da\b|district attorney)\b")

_FR_A = re.compile(r"(?:^|\s)a\s+(?:la\s+)?$")  # French "à" written without its accent

_NAMEISH_BEFORE = re.compile(
    r"(?:\b(?:my|her|his|our|their|your)\s+(?:\w+\s+)?(?:friend|ex|boyfriend|girlfriend|bf|gf|partner|husband|"
    r"wife|brother|sister|son|daughter|cousin|mom|dad|classmate|coworker|colleague|boss|teacher|neighbou?r|"
    r"roommate|coach|uncle|aunt|kid|child)\s+|\b(?:named|called|dear|hey|hi|hello|mr|mrs|ms|miss|dr)\.?\s+|@)$")

_NAMEISH_AFTER = re.compile(r"^\s*(?:said|says|told|tells|sent|sends|posted|posts|shared|took|made|texted|"
                            r"messaged|threatened|is my|was my|and i|keeps|won't|wont|will not)\b")

# A name followed by one of these names a thing, not a place: a street anywhere ("Pennsylvania Avenue"), an
# institution named after a city ("Columbia University" is in New York; "University of Texas" is in Texas).
_STREET_AFTER = re.compile(r"^[ ]+(?:street|st\b|avenue|ave\b|road|rd\b|boulevard|blvd\b|drive|lane)\b")

_THING_AFTER = re.compile(r"^[ ]+(?:university|college|hospital|high school|middle school|elementary|mall|airport|"
                          r"station|pictures|records|sportswear|law school|medical center|class|classes|program|"
                          r"programme|course|prep|exam|test|degree|students?|team)\b")

_WHERE = r"(?:in|from|at|to|near|based in|living in)\s+" + _ARTICLE + "$"

# A place named as a point of comparison ("is it a crime in Scotland like it is in England?", "as in Texas",
# "unlike France", "compared to Ohio"): the question is about the other place, so it is a mention. Not when the
# question asks to compare ("Texas vs California", "compare", "both", "difference").
_COMPARED = re.compile(
    r"\b(?:(?:just |same )?(?:like|as)(?: (?:it|they|that|this|the law|the laws) (?:is|are|was|were|does|do|has|have|"
    r"did))?(?: (?:now|already|currently|there))? (?:in|at)|unlike(?: in)?|compared (?:to|with)(?: in)?|"
    r"como (?:en|em|n[oa]s?)|comme (?:en|au|aux|à|a))\s+" + _ARTICLE + "$")
_ASKS_TO_COMPARE = re.compile(r"\b(?:compare|comparing|comparison|vs\.?|versus|both|differen\w*|which (?:one|state|"
                              r"country|place|is)|compar(?:ar|er|e)|diferen\w*|différen\w*)\b")

# A place a list question leaves out ("which places outside the US...", "states other than Texas") names no place to
# answer for: the list covers the others.
_LEFT_OUT = re.compile(r"\b(?:countries|places|states|nations|jurisdictions|anywhere|everywhere|somewhere|elsewhere|"
                       r"laws?)(?: \w+)?\s+(?:outside|except|other than|besides|apart from|excluding|beyond)"
                       r"(?: of)?\s+" + _ARTICLE + "$")

_ROLE_CUES = (  # checked in this order, on the words before the place in the same clause
    # a place mentioned in passing (a birthplace, a former home, a relative's town): its law is used only when no
    # other place is named ("I'm from Brazil but live in Orlando" is Florida)
    ("mention", re.compile(
        r"\b(?:(?:born|grew up|raised|used to live|lived|family(?: is| lives)?|cousins?|aunts?|uncles?|grandparents?|"
        r"grandma|grandpa|relatives?|visiting|visited|vacation|holiday|trip|naci|nasci)(?: [\w']+){0,3}?\s+(?:in|at|to|"
        r"near|en|em)|(?:originally |moved (?:here |away |over )?|came (?:here |over )?|i'?m |im |we'?re )from|soy de|"
        r"sou d[eoa]s?|je suis d[eu]s?|vengo de|venho d[eoa]s?|je viens d[eu]s?|originaire d[eu]s?)\s+" + _ARTICLE + "$")),
    ("happened", re.compile(r"\b(?:posted|shared|uploaded|happened|took place|occurred|made|taken|filmed|"
                            r"spread|circulat\w*|school|college|university|at work|party|club|event|trip)"
                            r"(?: [\w']+){0,5} (?:in|at|near)\s+" + _ARTICLE + "$")),
    ("other", re.compile(
        r"\b(?:he|she|they|him|her|them|hes|shes|theyre|someone|somebody|ex|boyfriend|girlfriend|husband|wife|partner|"
        r"poster|perpetrator|person|guy|man|woman|abuser|offender|harasser|uploader|stalker|scammer|creep|stranger|"
        r"blackmailer|extortionist|sender)\b(?:\s+[\w']+){0,3}?\s+(?:overseas|abroad)\W+(?:(?:probably|maybe|"
        r"likely|in|from)\s+)*" + _ARTICLE + "$|"  # "(i think hes overseas, nigeria maybe)"
        r"\b(?:he|she|they|him|her|them|hes|shes|theyre|someone|somebody|ex|boyfriend|girlfriend|husband|wife|partner|"
        r"poster|perpetrator|person|guy|man|woman|abuser|offender|harasser|uploader|stalker|scammer|creep|stranger|"
        r"blackmailer|extortionist|sender)\b"
        r"(?:\s+[\w']+){0,4}?"
        r"(?:\s*'s|\s+is|\s+was|\s+are|\s+were|\s+lives?|\s+lived|\s+living|\s+moved|\s+moves|\s+went|\s+fled|"
        r"\s+relocated|\s+stays|\s+staying)?(?:\s+(?:now|currently|still|also|apparently|probably|back))?\s+"
        + _WHERE + r"|\b(?:él|ella|ele|ela|il|elle|mi ex|meu ex|minha ex|mon ex)\s+"
        r"(?:vive|mora|habite|est|está|esta|vit)\s+(?:en|em|n[oa]s?|à|a|au|aux)\s+$")),
    ("lives", re.compile(
        r"\b(?:i|we|my (?:daughter|son|child|kid|teen))(?:'m| am|'re| are| live| lives| lived| living| reside| moved|"
        r" was born| grew up)?(?: (?:now|currently|still|also|originally))?\s+" + _WHERE +
        r"|\b(?:my home|home is|live in|living in|based in|resident of|vivo en|vivo em|soy de|moro|moro em|"
        r"moro n[oa]s?|sou d[eoa]s?|somos d[eoa]s?|somos de|vengo de|venho d[eoa]s?|j'habite à|j'habite a|je vis à|"
        r"je suis de|je suis à|je viens d[eu]|abito a|abito in|abitiamo a|vivo a|vivo in|sono di|wohne in|"
        r"wohnen in|lebe in|komme aus)\s+" + _ARTICLE + "$")),
)

_EU_CONTEXT = re.compile(r"^\W*(?:law|laws|directive|regulation|rules?|member|countries|country|citizens?|level|"
                         r"wide|-wide|commission|parliament|court|dsa|gdpr|ai act)\b")

_ZIP_CUE = re.compile(r"(?:\bzip(?:\s*code)?(?:\s+is)?|\bpostal\s+code|\bpostcode|\bin|\bnear|\bfrom|\barea|\bat|"
                      r"\bcode|\bc[oó]digo postal)[\s:#-]*$")

_ZIP_NOT = re.compile(r"^\s*(?:\$|dollars?|usd|eur|euros?|people|views|followers|likes|times|miles|km|words|"
                      r"messages|photos|images|pics|pictures|videos|members|users|accounts|%)")

# The lists below keep the registry's own rules from before the gazetteers (no package ships them): English words
# that are also US postal codes; short names that count in any case; demonyms that are also language names ("in
# Spanish"); and registry cities and names that are also first names or words (they need a place word).
_CASELESS_SHORT = {"uk", "usa", "nyc", "nsw", "qld", "nz", "dc", "u k", "u s", "u s a", "d c"}

_LANGUAGE_DEMONYMS = {"english", "spanish", "french", "german", "italian", "danish", "dutch", "japanese",
                      "chinese", "korean", "welsh", "irish", "scottish", "portuguese", "brazilian", "filipino"}

_NAME_LIKE = {"austin", "madison", "charlotte", "savannah", "phoenix", "eugene", "norman", "regina", "hamilton",
              "arlington", "lafayette", "jackson", "lincoln", "tyler", "salem", "durham", "frederick",
              "augusta", "laramie", "helena", "victoria", "dover", "concord", "athens", "providence",
              "alexandria", "georgia", "virginia", "carolina", "jersey", "cambridge", "newcastle", "surrey",
              "laval", "nice", "cork", "reading", "mobile", "norfolk", "richmond", "chesapeake", "aurora",
              "hilo", "rochester", "buffalo", "albany", "newark", "greenville"}

@dataclass(frozen=True)
class PlaceHit:
    """One place named in the text; `alternatives` is non-empty when the same words could mean other places,
    so the caller can ask back instead of guessing."""

    code: str
    name: str
    text: str
    start: int
    end: int
    kind: str  # 'zip' | 'county' | 'city' | 'state' | 'country' | 'code' | 'alias' | 'fuzzy'
    in_corpus: bool
    alternatives: tuple[str, ...] = ()
    role: str | None = None  # 'lives' | 'happened' | 'other' | 'mention' (a birthplace, a point of comparison)

def _squash(s: str) -> str:
    return re.sub(r"[\s.]", "", s)

def eu_member(code: str) -> bool:
    """True for an EU member state or a part of one ("DE", "FR"); EU law then applies there."""
    return code.split("-")[0].upper() in EU_MEMBERS

def parent_of(code: str) -> str | None:
    """The country of a subdivision code ("CA-YT" -> "CA"), None for a country: works for codes outside the
    registry too."""
    return code.split("-")[0] if "-" in code else None

def _bare_floor(code: str, key: str) -> int:
    """Population a city needs to count with no place word around it: 100,000 in the English-speaking countries
    the corpus covers, 250,000 elsewhere (any word of a language we do not check may be a town somewhere: "pati",
    Hindi for husband, is a town in Indonesia), a million for names of four letters or fewer."""
    if len(key) <= 4:
        return 1_000_000
    return 100_000 if code.split("-")[0] in ("US", "GB", "CA", "AU", "IE", "NZ") else 250_000

def display_name(code: str, registry: "Registry") -> str:
    if code in registry:
        return registry.name(code)
    return gazetteer().names.get(code, code)


__all__ = ["EU_MEMBERS", "MAX_WORDS", "_ABBREVIATIONS", "_NOT_A_PLACE", "_CONFUSABLE", "_GAP_OK", "_ARTICLE", "_PLACE_CUE", "_RESIDENCE", "_CUE_AFTER", "_FR_A", "_HEADING_AFTER", "_NAMEISH_BEFORE", "_NAMEISH_AFTER", "_STREET_AFTER", "_THING_AFTER", "_WHERE", "_COMPARED", "_ASKS_TO_COMPARE", "_LEFT_OUT", "_ROLE_CUES", "_EU_CONTEXT", "_ZIP_CUE", "_ZIP_NOT", "_CASELESS_SHORT", "_LANGUAGE_DEMONYMS", "_NAME_LIKE", "PlaceHit", "_squash", "eu_member", "parent_of", "_bare_floor", "display_name"]  # the finder uses the private ones too
