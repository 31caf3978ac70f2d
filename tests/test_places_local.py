"""Places written the way locals write them (probe 3b/3c): short forms and nicknames, "I'm from <country>" in
Spanish, Portuguese and French, a city shared by two countries, a bare city as a clause of its own, and old names of
other cities that must not make a place ambiguous. Rules in kb/places.py's docstring and kb/place_forms.py."""

import pytest

from tests.test_places import REGISTRY


def _codes(text, lang=None):
    return [(h.code, h.alternatives) for h in REGISTRY.find(text, lang=lang)]


# Rule: a short form from geonames' alternate names ("BCN", "BH", "ATL", "Rio"), Brazil's state codes ("SP", "RJ")
# or the short nickname table ("Mtl") is read after a place word, in a language the place's country speaks.
@pytest.mark.parametrize("text,lang,code", [
    ("mi ex le paso a sus colegas unas fotos mias, vivo en Bcn. eso es delito??", "es", "ES"),
    ("estoy en BCN y mi ex publicó mis fotos", "es", "ES"),
    ("i live in atl and my ex posted my nudes", "en", "US-GA"),
    ("j'habite à Mtl. est-ce qu'il peut être accusé au criminel?", "fr", "CA-QC"),
    ("meu ex ameaçou postar meus nudes, moro no rio. ele pode ser preso?", "pt", "BR"),
    ("eu moro em bh e meu ex vazou meus nudes no twitter, é crime?", "pt", "BR"),
    ("moro em SP e meu ex postou meus nudes", "pt", "BR"),
    ("sou do RJ e meu ex postou meus nudes", "pt", "BR"),
    ("moro em sampa e meu ex postou", "pt", "BR"),
    ("I'm in ATL and my ex posted my nudes", "en", "US-GA"),
    ("I'm in SF and my ex posted my nudes", "en", "US-CA"),
    ("i live in nola and my ex posted my nudes", "en", "US-LA"),  # not Nola, a town in Italy
    ("i'm from philly", "en", "US-PA"),
])
def test_local_short_forms_and_nicknames(text, lang, code):
    for hint in (lang, None):  # with the frame's language, and guessed from the text
        hits = REGISTRY.find(text, lang=hint)
        assert hits and hits[0].code == code and hits[0].alternatives == (), (text, hint, hits)


@pytest.mark.parametrize("text,lang", [
    ("I'm in BH now", "en"),  # a Brazilian short form, in English: not read
    ("je vis à BCN", "fr"),  # a Spanish one, in French
    ("tirei uma foto em cor e ele postou", "pt"),  # "cor" (colour) is also Córdoba's airport code
    ("I live in a van and my ex posted pics", "en"),
    ("soy de los que no denuncian", "es"),  # "LOS" is Lagos' code
    ("I'm in AUS", "en"),  # Australia's ISO code, never Austin's airport
    ("bcn", None),  # a short form needs a place word
    ("SP", "pt"),
    ("o rio transbordou e levou as fotos", "pt"),  # a river, with no one living in it
    ("I'm in SEA now", "en"),  # a very common word, even in capitals
    ("estoy en bcn", "es"),  # lower case after a bare place word: only after where the person lives
    ("I'm in MBA school and he posted it", "en"),  # Mombasa's code, a place the corpus lacks, and a thing
    ("I'm in DSA now", "en"),  # Doncaster Sheffield's code: not a big city's
    ("he is in GOP leadership", "en"),
    ("I live in sin with him and he posted my pics", "en"),  # Singapore's code, and a word
    ("vivo en mad", "es"),
])
def test_short_forms_need_their_language_a_place_word_and_an_odd_spelling(text, lang):
    assert REGISTRY.find(text, lang=lang) == [], REGISTRY.find(text, lang=lang)


def test_a_state_code_after_a_city_of_its_country():
    assert [h.code for h in REGISTRY.find("moro em Campinas, SP", lang="pt")] == ["BR", "BR"]


# Rule: "I'm from <country>" in Spanish, Portuguese and French, in lower case too, is read; it is where the person
# lives unless another place is named as their home ("soy de Argentina pero vivo en Madrid": a mention).
@pytest.mark.parametrize("text,lang,code", [
    ("soy de argentina, alguien hizo fotos mías desnuda con IA y las está vendiendo. es delito acá?", "es", "AR"),
    ("somos de chile y mi ex subió fotos", "es", "CL"),
    ("sou do brasil e meu ex postou", "pt", "BR"),
    ("je viens du canada et mon ex a publié mes photos", "fr", "CA"),
    ("je suis de belgique, il a publié mes photos", "fr", "BE"),
])
def test_from_a_country_in_other_languages(text, lang, code):
    hit = REGISTRY.find(text, lang=lang)[0]
    assert hit.code == code and hit.role in ("lives", "mention"), hit


# Rule: when the largest city of a name is outside the corpus, a well-known namesake the corpus covers is offered
# too (at least half as many alternate names in geonames, 100,000 people): the chat asks back.
def test_cordoba_is_argentina_or_spain():
    hit = REGISTRY.find("vivo en córdoba, alguien subió fotos mías desnuda a twitter, es delito?", lang="es")[0]
    assert {hit.code, *hit.alternatives} == {"AR", "ES"}
    assert REGISTRY.find("vivo en Córdoba, España", lang="es")[0].alternatives == ()  # the country settles it


@pytest.mark.parametrize("text,code", [("Manchester", "GB-EAW"), ("Barcelona", "ES"), ("vivo en Barcelona", "ES")])
def test_famous_namesakes_elsewhere_still_do_not_make_a_covered_city_ambiguous(text, code):
    hit = REGISTRY.find(text)[0]
    assert hit.code == code and hit.alternatives == ()


# Rule: a city's name standing as a clause of its own inside a message, after a clause of three words or more.
@pytest.mark.parametrize("text", [
    "my ex says he will post the pics if i dont pay him. austin. is that illegal",
    "ex threatens AI porn to my job unless I pay, austin, illegal?",
    "showed a friend's ex's nude to people. austin. did I do something illegal?",
])
def test_a_bare_city_between_clauses(text):
    assert [h.code for h in REGISTRY.find(text)] == ["US-TX"]


@pytest.mark.parametrize("text", [
    "ok, austin, listen to me",  # a clause of one word before: a name being addressed
    "my friend Austin. he posted it",
])
def test_a_name_between_clauses_is_not_always_a_place(text):
    assert REGISTRY.find(text) == []


# Rule: another city's old or foreign name never makes a place ambiguous ("Philadelphia" was a name of Amman).
@pytest.mark.parametrize("text", ["actually I moved, I'm in Philadelphia", "Philadelphia, that's where it happened"])
def test_old_names_of_other_cities_are_no_rivals(text):
    hit = REGISTRY.find(text)[0]
    assert hit.code == "US-PA" and hit.alternatives == ()


# ...but another spelling or the short form of a city's own name is its own name ("Odessa" for Odesa, "León" for
# León de los Aldama, "St. Petersburg" for Saint Petersburg): it ranks as such and stays a rival.
@pytest.mark.parametrize("text,code,alts", [
    ("I live in Odessa", "UA", ()), ("I live in León", "MX", ()), ("I live in St. Petersburg", "US-FL", ("RU",)),
    ("I live in Santa Cruz", "BO", ()),
    ("Frankfurt", "DE", ()),
])
def test_spellings_and_short_forms_of_a_citys_own_name(text, code, alts):
    hit = REGISTRY.find(text)[0]
    assert hit.code == code and hit.alternatives == alts, hit


# Rule: in Portuguese, a US state code that is also a Brazilian one is either ("moro em MA": Massachusetts, where
# many Brazilians live, or Maranhão); another place settles it.
def test_a_code_shared_by_a_us_state_and_a_brazilian_one_is_asked_about():
    hit = REGISTRY.find("moro em MA e meu ex postou meus nudes", lang="pt")[0]
    assert hit.code == "US-MA" and hit.alternatives == ("BR",)
    assert REGISTRY.find("moro em MA, perto de Boston", lang="pt")[0].alternatives == ()
    assert REGISTRY.find("I live in MA and my ex posted my nudes", lang="en")[0].alternatives == ()
