"""Places from maintained gazetteers: what people write -> which jurisdiction, how sure, and in what role.

Each row is a phrasing a person could send. `code` is the primary code found (None: no place at all); `alts`,
when given, must be among the alternatives reported (and () means none at all)."""

import pytest
from hypothesis import given, settings, strategies as st

from kb.corpus import load
from kb.jurisdictions import Registry
from kb.places import PlaceHit, eu_member, parent_of
from tests.conftest import REAL_CORPUS

_CORPUS = load(REAL_CORPUS)[0]
REGISTRY = Registry(_CORPUS.jurisdictions, covered={law.jurisdiction for law in _CORPUS.laws})

# (text, first code found or None, kind of that hit or None, alternatives that must be reported or None)
CASES = [
    # US ZIP codes -> state
    ("I'm in 77002", "US-TX", "zip", ()),
    ("zip 10001", "US-NY", "zip", ()),
    ("my zip code is 60614 and nobody will help", "US-IL", "zip", ()),
    ("Houston, TX 77002", "US-TX", "city", None),
    ("90210", "US-CA", "zip", ()),
    # US counties -> state, same-named counties reported
    ("I live in Harris County", "US-TX", "county", ()),  # Harris County, GA is tiny beside it
    ("Cook county sheriff didn't care", "US-IL", "county", ()),  # Cook County, MN is tiny beside it
    ("we're in Orange County, Florida", "US-FL", "county", ()),
    ("Miami-Dade County police", "US-FL", "county", ()),
    # US cities from the gazetteer, with or without "in"
    ("houston police won't help", "US-TX", "city", ()),
    ("living in boise", "US-ID", "city", ()),
    ("boise cops said there is nothing they can do", "US-ID", "city", ()),
    ("I'm a student in Ann Arbor", "US-MI", "city", None),
    ("Something happened at my school in Tulsa", "US-OK", "city", None),
    ("we live in Paris, Texas", "US-TX", "city", ()),
    ("Springfield, IL", "US-IL", "city", ()),
    ("springfield illinois", "US-IL", "city", ()),
    ("portland maine", "US-ME", "city", ()),
    # states, names and codes as before
    ("Is it a crime in Virginia?", "US-VA", "state", ()),
    ("what about West Virginia", "US-WV", "state", ()),
    ("i live in tx and my ex posted pics", "US-TX", "code", ()),
    ("US-TX", "US-TX", "code", ()),
    ("is GB-SCT different", "GB-SCT", "code", ()),
    ("under Va. Code Ann. § 18.2-386.2", "US-VA", "code", ()),
    ("I'm Canadian", "CA", "alias", ()),
    ("I'm from New Mexico", "US-NM", "state", ()),
    ("Kansas City police", "US-MO", "city", None),
    # world cities
    ("Manchester", "GB-EAW", "city", ()),  # Manchester, NH is under 30% of its size
    ("I live in Manchester, NH", "US-NH", "city", ()),
    ("London", "GB-EAW", "city", None),
    ("someone in Glasgow shared it", "GB-SCT", "city", None),
    ("Belfast", "GB-NIR", "city", None),
    ("I'm in Cardiff", "GB-EAW", "city", None),
    ("London, Ontario", "CA-ON", "city", ()),
    ("vivo en Buenos Aires", "AR", "city", None),
    ("moro em São Paulo", "BR", "city", None),
    ("Sao Paulo", "BR", "city", None),
    ("j'habite à Montréal", "CA-QC", "city", None),
    ("I live in Hobart", "AU-TAS", "city", None),
    ("Winnipeg", "CA-MB", "city", None),
    ("Lagos", "NG", "city", None),
    ("I'm in Kraków", "PL", "city", None),
    ("Tbilisi, Georgia", "GE", "city", ()),
    ("i live in Genève", "CH", "city", None),  # a mid-sized city in its own language: Switzerland, not covered
    ("abito a Firenze", "IT", "city", None),  # Italian and German residence words
    ("ich wohne in Köln", "DE", "city", None),
    ("i live in va beach", "US-VA", "city", None),  # a city named for its state, with the state's postal code
    # countries in several languages, accents folded
    ("Estados Unidos", "US", "country", ()),
    ("México", "MX", None, ()),
    ("Royaume-Uni", "GB", "country", ()),
    ("Alemanha", "DE", "country", ()),
    ("moro na Inglaterra", "GB-EAW", "state", ()),
    ("Corea del Sur", "KR", "country", ()),
    ("vivo en España", "ES", None, ()),
    ("Québec", "CA-QC", None, ()),
    ("je suis en Écosse", "GB-SCT", "state", ()),
    ("Vereinigte Staaten", "US", "country", ()),
    ("Países Bajos", "NL", "country", ()),
    ("I live in Argentina", "AR", "country", ()),
    ("Poland", "PL", "country", ()),
    ("Nigeria", "NG", None, ()),
    # sub-national codes the registry has, or not
    ("New South Wales", "AU-NSW", "state", ()),
    ("I live in Tasmania", "AU-TAS", "state", ()),
    ("Yukon", "CA-YT", "state", ()),
    ("Nova Scotia", "CA-NS", "state", ()),
    ("Scotland", "GB-SCT", None, ()),
    ("Wales", "GB-EAW", None, ()),
    ("I live in Puerto Rico", "US-PR", "state", ()),  # a US territory: federal law applies
    ("LA", "US-CA", "city", ("US-LA",)),  # Los Angeles, or Louisiana's postal code: asked (probe 4a)
    ("LA County", "US-CA", "city", ()),
    ("I live in LA, California", "US-CA", "city", ()),
    ("a Texas university expelled him", "US-TX", "state", ()),
    # misspellings by edit distance
    ("texsa", "US-TX", None, ()),
    ("I moved to califronia", "US-CA", None, ()),
    ("pensilvania", "US-PA", None, ()),
    ("what are the laws in missisipi", "US-MS", "fuzzy", ()),
    ("new jersy", "US-NJ", "fuzzy", ()),
    ("i'm in Pensylvania", "US-PA", None, ()),
    ("live in conneticutt", "US-CT", "fuzzy", ()),
    ("Argentinia", "AR", "fuzzy", ()),
    # ambiguity is reported
    ("Georgia", "US-GA", "state", ("GE",)),
    ("Atlanta, Georgia", "US-GA", "city", ()),
    ("I live in Georgia (the country)", "GE", "country", ()),
    ("Georgia the state", "US-GA", "state", ()),
    ("dover de", "US-DE", "city", ()),
    ("eugene or, can i sue", "US-OR", "city", ()),
    ("Springfield", "US-MA", "city", ("US-MO", "US-IL")),
    ("Columbia", "US-SC", "city", ("US-MO", "US-DC", "CO")),
    ("Washington", "US-WA", "state", ("US-DC",)),
    ("Washington state", "US-WA", "alias", ()),
    ("Washington DC", "US-DC", None, ()),
    ("Seattle, Washington", "US-WA", "city", ()),
    # context makes a word a place
    ("in Austin", "US-TX", "city", ()),
    ("it happened in Reading", "GB-EAW", "city", None),
    ("I live in Nice", "FR", "city", None),
    ("we moved to Florence last year", "IT", "city", None),
    ("Orange, CA", "US-CA", "city", ()),
    ("Mobile, Alabama", "US-AL", "city", ()),
    ("I live in jordan", "JO", "country", ()),
    ("moro em Londres", "GB-EAW", "city", None),
    ("ele mora em Lisboa", "PT", "city", ()),  # "mora" is a verb here, not an alternate name of an Indian city
    ("vivo en EEUU", "US", "alias", ()),
    ("Turkey", "TR", "country", ()),
    ("vivo en Gana", "GH", "country", ()),
    ("quiero justicia en Francia", "FR", None, ()),
    ("vivo en la Florida", "US-FL", "state", ()),
    ("moro em Salvador", "BR", "city", ("SV",)),  # "Salvador" is also French for El Salvador
    ("Hicimos fotos falsas con IA. Vivimos en Miami.", "US-FL", "city", ()),  # "IA" is AI, not Iowa
    ("How does New York's law differ from New Jersey's?", "US-NY", "state", ()),
    ("the EU rules", "EU", None, ()),
    ("is there an eu law on this", "EU", None, ()),
]

NOT_PLACES = [
    "my friend Austin posted it",
    "my boyfriend Austin shared pics",
    "Florence said she would post them",
    "hey Jackson stop",
    "Victoria told everyone at school",
    "Phoenix sent me the link",
    "can you answer in English or in Spanish",
    "eu fui vítima de deepfake",  # Portuguese "I"
    "EU NÃO SEI O QUE FAZER",
    "es un delito?",
    "en mi escuela",
    "me ayudas por favor",
    "la foto es falsa",
    "ma photo a été publiée",
    "oh no",
    "ok hi",
    "HE SAID HE WOULD POST IT OR ELSE",
    "he took photos of me in the bath",
    "reading the law is hard",
    "that is not nice",
    "my mobile phone was hacked",
    "orange juice",
    "I have 10000 followers",
    "it got 25000 views",
    "I paid $50000",
    "in March he posted it",
    "🇺🇸🇬🇧🇩🇪",  # flags are not read as places (see the hostile battery)
    "the police said no",
    "it was posted on a website",
    "",
    "   ",
    "what can I do",
    "is it legal to make deepfakes",
    "I am so scared",
    "my ex said he would send them to my mom",
    "texts from him",
    "child",
    "como puedo denunciar",
    "sale of images",
    "Long Island",
    "New England",  # six US states, not England
    "mi ex gana dinero con mis fotos",  # "gana" is a verb here, not Ghana
    "we had turkey for dinner and he posted it",
    "victoria para las víctimas",  # a Spanish word here
    "hay una nevada fuerte y mi ex publicó fotos",  # a snowfall
    "Charles Darwin",  # a first name before it makes it a person
    "I got into Columbia University",  # in New York, not Columbia
    "he lives on Pennsylvania Avenue",  # a street  # "Island" is Iceland in German, not here
    "Londres",  # alternate names of cities need a place word
    "Jordan sent me a threat",
    "Paris said she would leak it",
]


def _first(text: str) -> PlaceHit | None:
    hits = REGISTRY.find(text)
    return hits[0] if hits else None


@pytest.mark.parametrize("text,code,kind,alts", CASES)
def test_place_table(text, code, kind, alts):
    hit = _first(text)
    assert hit is not None, text
    assert hit.code == code, (text, hit)
    if kind is not None:
        assert hit.kind == kind, (text, hit)
    if alts == ():
        assert hit.alternatives == (), (text, hit)
    elif alts:
        assert set(alts) <= set(hit.alternatives), (text, hit)
    assert text[hit.start:hit.end] == hit.text


@pytest.mark.parametrize("text", NOT_PLACES)
def test_no_place_is_invented(text):
    assert REGISTRY.find(text) == [], REGISTRY.find(text)


@pytest.mark.parametrize("text,code", [
    ("Chile", "CL"), ("Argentina", "AR"), ("Nigeria", "NG"), ("Poland", "PL"), ("Yukon", "CA-YT"),
    ("I live in Ontario", "CA-ON"), ("Hobart", "AU-TAS"),
])
def test_places_without_law_in_the_corpus_are_named_but_not_covered(text, code):
    hit = _first(text)
    assert hit and hit.code == code and hit.in_corpus is False


@pytest.mark.parametrize("text,code", [
    ("Texas", "US-TX"), ("Vancouver", "CA-BC"), ("Glasgow", "GB-SCT"), ("Germany", "DE"), ("Calgary", "CA-AB"),
])
def test_places_with_law_are_covered(text, code):
    hit = _first(text)
    assert hit and hit.code == code and hit.in_corpus is True


def test_most_specific_wins_and_spans_never_overlap():
    text = "I moved from West Virginia to New Mexico, then New South Wales, now Kansas City"
    hits = REGISTRY.find(text)
    assert [h.code for h in hits] == ["US-WV", "US-NM", "AU-NSW", "US-MO"]
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))


@pytest.mark.parametrize("text,roles", [
    ("I live in Ohio and he lives in Florida", {"US-OH": "lives", "US-FL": "other"}),
    ("I'm in Texas but the pics were posted in Ohio", {"US-TX": "lives", "US-OH": "happened"}),
    ("my ex is in California", {"US-CA": "other"}),
    ("we live in Toronto", {"CA-ON": "lives"}),
    ("Texas", {"US-TX": None}),
    ("my ex moved to Ohio", {"US-OH": "other"}),
    ("the guy who did it lives in Nevada", {"US-NV": "other"}),
    ("they posted it in a group in Toronto", {"CA-ON": "happened"}),
    ("my daughter lives in Ohio", {"US-OH": "lives"}),
    ("I moved to Texas", {"US-TX": "lives"}),
    ("vivo en Madrid y él vive en Texas", {"ES": "lives", "US-TX": "other"}),
    ("moro em Lisboa", {"PT": "lives"}),
])
def test_role_comes_from_nearby_words(text, roles):
    assert {h.code: h.role for h in REGISTRY.find(text)} == roles


@pytest.mark.parametrize("text,lang,codes", [
    ("Mesa", None, ["US-AZ"]), ("Mesa", "es", []), ("vivo en Mesa", "es", ["US-AZ"]),  # "mesa" is a table
    ("Como", None, []), ("Je suis à Nice", "fr", ["FR"]), ("Estoy en Texas", "es", ["US-TX"]),
    ("fotos en TX", "es", ["US-TX"]), ("con IA", "es", []), ("I live in Seoul", "ko", ["KR"]),
    ("저는 서울에 살아요", "ko", []), ("sou de Portugal", "pt", ["PT"]),
])
def test_language_hint(text, lang, codes):
    assert [h.code for h in REGISTRY.find(text, lang=lang)] == codes


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, "en", "es", "pt", "fr", "ko", "hi", "xx"]))
def test_find_never_raises_and_spans_are_sound(text, lang):
    hits = REGISTRY.find(text, lang=lang)
    assert all(0 <= h.start < h.end and h.code and h.kind for h in hits)
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))
    assert REGISTRY.find(text, lang=lang) == hits


def test_language_hint_makes_stop_words_stricter():
    assert REGISTRY.find("EU moro em Lisboa", lang="pt")[0].code == "PT"
    assert [h.code for h in REGISTRY.find("EU moro em Lisboa", lang="pt")] == ["PT"]
    assert [h.code for h in REGISTRY.find("the EU rules")] == ["EU"]


@pytest.mark.parametrize("text,code,written", [
    ("ＴＥＸＡＳ full-width letters", "US-TX", "ＴＥＸＡＳ"), ("Te\u0301xas with a combining accent", "US-TX", "Te\u0301xas"),
    ("I  live\t\tin   Ohio", "US-OH", "Ohio"), ("ﬁne, I'm in Québec", "CA-QC", "Québec"),
])
def test_spans_point_into_the_text_as_written(text, code, written):
    hit = REGISTRY.find(text)[0]
    assert hit.code == code and text[hit.start:hit.end] == hit.text == written


def test_resolve_keeps_registry_codes_only():
    assert REGISTRY.resolve("I live in Hobart") == ["AU"]  # Tasmania is not in the registry; Australia is
    assert REGISTRY.resolve("I live in Poland") == []  # the caller says "not covered" (and adds EU law)
    assert REGISTRY.with_parents(REGISTRY.resolve("I'm in 77002")) == ["US-TX", "US"]


def test_parents_of_codes_outside_the_registry():
    assert REGISTRY.parents("CA-YT") == ["CA"]
    assert REGISTRY.parents("PL") == ["EU"]
    assert parent_of("AU-TAS") == "AU" and parent_of("MX") is None


@pytest.mark.parametrize("code,member", [("DE", True), ("PL", True), ("FR", True), ("IE", True), ("ES-CT", True),
                                         ("GB", False), ("NO", False), ("CH", False), ("US-TX", False)])
def test_eu_member(code, member):
    assert eu_member(code) is member


def test_display_names():
    assert _first("Mexico").name == "Mexico"
    assert _first("I'm in 77002").name == "Texas"
    assert _first("Kraków").name == "Poland"
