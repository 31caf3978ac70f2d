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
    # lower case after any place word, when the form is not much used as a word (round 9: people on phones)
    ("estoy en bcn y mi ex publicó mis fotos", "es", "ES"),
    ("im in atl and my ex posted my nudes", "en", "US-GA"),
    ("fiz uma montagem com ia e mandei no grupo, to em bh, posso ser preso?", "pt", "BR"),
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


# Round 9 (probes 9a-9d): places as people write them, each a general rule.
# Rule: a US form with the state's code inside (a big city's initials + the code, "htx", "atx"; a direction + the
# code or the registry's abbreviation, "socal", "norcal", "nepa") or a big city written by its consonants ("mpls")
# counts after a place word, before "here" or as a heading, in English or Spanish, when it is not a word.
@pytest.mark.parametrize("text,code", [
    ("some guy from my gym made AI nudes of me, im in htx. is that even illegal??", "US-TX"),
    ("i live in atx and my ex posted my pics", "US-TX"),
    ("my daughter is 14 and boys made fakes of her. we're here in socal. can they get charged", "US-CA"),
    ("norcal here, my ex shared my pics", "US-CA"),
    ("here in mpls is sharing a sexual deepfake a crime", "US-MN"),
    ("we moved to nepa last year and he posted it", "US-PA"),
    ("we live in the bay area and my ex posted my pics", "US-CA"),  # the nickname table: all of it in California
])
def test_us_forms_with_the_state_inside_and_consonant_forms(text, code):
    hits = REGISTRY.find(text, lang="en")
    assert [(h.code, h.alternatives) for h in hits] == [(code, ())], hits


@pytest.mark.parametrize("text", [
    "he posted it in none of the groups",  # "none": no+NE, a word
    "socal is a word I made up",  # no place word
    "please in pls help me",  # a consonant form that is a word
    "i'm in nova and he posted",  # "nova" is a word in English and Portuguese
])
def test_us_forms_need_a_place_word_and_an_unused_spelling(text):
    assert REGISTRY.find(text, lang="en") == []


# Rule: a state's nickname beats a foreign city of the same name, except in that city's language; lower-case state
# codes count in a list of places ("vs", "and", "or", "/", commas).
def test_cali_is_california_in_english_and_ambiguous_in_spanish():
    assert _codes("is that a crime in cali", "en") == [("US-CA", ())]
    (code, alts), = _codes("vivo en cali y mi ex publicó mis fotos", "es")
    assert "CO" in (code, *alts)


@pytest.mark.parametrize("text,codes", [
    ("tx vs cali vs ny - how do they each deal w deepfake nudes", ["US-TX", "US-CA", "US-NY"]),
    ("texas, ny and fl: which ones make it a crime", ["US-TX", "US-NY", "US-FL"]),
])
def test_lower_case_state_codes_in_a_list(text, codes):
    assert [h.code for h in REGISTRY.find(text, lang="en")] == codes


# Rule: "US" in capitals with a place word, "the", "based" or a law word; "the us" and "us-based" in lower case.
@pytest.mark.parametrize("text", ["I run a small hobby forum, US based, about 3k users", "we are a US-based app",
                                  "our company is based in the US", "is it illegal in the us?", "what does US law say"])
def test_us_is_the_united_states_in_context(text):
    assert [h.code for h in REGISTRY.find(text, lang="en")] == ["US"]


@pytest.mark.parametrize("text", ["he sent us the pics", "let us know", "HELP US PLEASE", "please HELP US now",
                                  "can you tell us what to do"])
def test_us_the_pronoun_is_no_place(text):
    assert REGISTRY.find(text, lang="en") == []


# Rule: a state written after a city settles it (pycountry's first-level divisions); a bare lower-case city of a
# country that does not speak the text's language is no place when it is a word of that language; "da" after a
# name is "of the" outside English; French "a" stands for "à".
@pytest.mark.parametrize("text,lang,code", [
    ("meu ex postou meus nudes num grupo, moro em salvador bahia, ele pode ser preso?", "pt", "BR"),
    ("trabalho numa ong em recife, a lei brasileira pune quem so faz montagem com ia?", "pt", "BR"),
    ("un collegue de mon taf a lyon a fait tourner un montage ia", "fr", "FR"),
])
def test_portuguese_and_french_as_written(text, lang, code):
    for hint in (lang, None):
        assert _codes(text, hint) == [(code, ())], (text, hint)


def test_a_portuguese_word_is_no_foreign_city():
    assert REGISTRY.find("fiz uma montagem de uma mina da facul pelada com ia", lang="pt") == []


# Rule: a place named as a point of comparison ("like it is in", "as in", "unlike", "compared to") is a mention,
# unless the question asks to compare; the other party's place has role "other".
@pytest.mark.parametrize("text,roles", [
    ("is that a crime in scotland like it is in england now?", [None, "mention"]),
    ("is it illegal in Ohio, as in Texas?", [None, "mention"]),
    ("can I sue in Ontario compared to Quebec", [None, "mention"]),
    ("compare scotland and england on deepfakes", [None, None]),
    ("texas vs california: is it a crime in texas like in california", [None, None, None, None]),
    ("stranger in Nigeria demands money, I'm in Brisbane", ["other", "lives"]),
    ("some guy on insta (i think hes overseas, nigeria maybe) has my nudes. im 19, in brisbane", ["other", None]),
])
def test_roles_of_compared_and_other_places(text, roles):
    assert [h.role for h in REGISTRY.find(text, lang="en")] == roles


def test_the_frame_leads_with_the_persons_place():
    from kb.catalog import Catalog
    from kb.frame import parse
    from tests.test_places import _CORPUS

    catalog = Catalog(_CORPUS)
    assert parse("stranger in Nigeria demands money, I'm in Brisbane", catalog, "en").jurisdictions[0] == "AU-QLD"
    assert parse("is that a crime in scotland like it is in england now?", catalog, "en").jurisdictions == ("GB-SCT",)


# Rule: a place a list question leaves out is not read; living just outside a city is still that place.
@pytest.mark.parametrize("text,codes", [
    ("Which places outside the US make platforms remove intimate images within a deadline?", []),
    ("which countries other than France have a deepfake law", []),
    ("I live just outside Boston and my ex posted my pics", ["US-MA"]),
])
def test_places_left_out_of_a_list(text, codes):
    assert [h.code for h in REGISTRY.find(text, lang="en")] == codes
