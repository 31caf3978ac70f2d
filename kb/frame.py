"""The question frame: what the person said and asked, decided once per turn and merged with the conversation.

Everything after this module (the answer, the short verdict, the plan, the app) reads the frame and never parses
the text again. Parsing is a table of rules (`kb.phrases`) over folded text, plus places from maintained gazetteers
(`kb.jurisdictions.Registry.find`) and a packaged language detector. The frame is small, frozen and JSON-able, so
the app and the HTTP API can hand it back with the next turn instead of storing anything.

Decision policy (`decide`):
- a count or list across places -> "list"; two or more places compared -> "compare";
- a greeting or a bare question with nothing to go on -> "clarify" (what happened, and where?);
- a personal question with no place, an ambiguous place ("Springfield"), the US with no state, or the UK with no
  part -> "clarify" with one short question; no law is cited meanwhile, but the steps that work anywhere are given;
- a question that names a law, asks about federal law, asks a bill's status, or asks across places is answered
  without a place;
- everything else -> "answer".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal, Optional

from pydantic import Field

from kb import when as dates
from kb.models import Model
from kb.phrase_cues import CUES
from kb.phrase_facts import (ADULT_SELF, ADULT_SUBJECT, ADULT_WORDS, AGE, CHILD_DID, FEDERAL_SCOPE, KEEP_ASKED,
                             LAW_ALIASES, MADE_TOGETHER, MINOR_WORDS, NOT_FAKE, NOT_SHARED, OPERATOR, OWN_CONTENT,
                             OWN_KEEP, OWN_TROUBLE, PARTNER, PASSED_ON, PLATFORM_DUTY, REMEDY_ACTION, SELF_MINOR,
                             SELF_SENT, SENT_EARLIER, STRONG_FAKE, THREAT_SPANS)
from kb.choices import place_label, where_choices
from kb.phrase_asks import ASKS, CIVIL_QUESTION, GREETING, POLARITY
from kb.phrases import ACTS, IMAGE_KIND, ROLES, compile_table

VERSION = 1
MAX_TEXT = 2000
Role = Literal["victim", "parent", "friend", "maker", "minor_self", "advocate", "policymaker", "unknown"]
Ask = Literal["legal", "sue", "remove", "police", "status", "count", "list", "compare", "penalty", "definition",
              "help", "greeting", "school", "other"]
Kind = Literal["answer", "clarify", "list", "compare"]
LANGUAGES = ("en", "es", "fr", "pt")
CROSS_PLACE = ("count", "list")


class Places(Model):
    lives: tuple[str, ...] = ()
    happened: tuple[str, ...] = ()
    other: tuple[str, ...] = ()


class Frame(Model):
    """One turn's understanding, merged with the turns before it."""

    version: int = VERSION
    language: str = "en"
    role: Role = "unknown"
    acts: tuple[str, ...] = ()
    image: Literal["real", "fake", "unknown"] = "unknown"
    minor: Optional[bool] = None
    age: Optional[int] = None
    places: Places = Field(default_factory=Places)
    jurisdictions: tuple[str, ...] = ()  # the places the question is about, most specific first (no parents)
    unresolved_place: Optional[str] = None  # a place named that is not in the corpus (ISO code) or not understood
    ambiguous: tuple[str, ...] = ()  # alternatives when the place named could be several
    platforms: tuple[str, ...] = ()
    ask: Ask = "other"
    polarity: Optional[Literal["permitted", "prohibited"]] = None  # of a yes/no legal question
    when: Optional[str] = None
    cues: tuple[str, ...] = ()
    own_content: bool = False  # the person took the photo themselves (copyright routes)
    self_sent: bool = False  # the person sent their own image (sexting)
    asker_did: bool = False  # the asker (or their child) made or passed on someone else's image: no victim plan
    federal_scope: bool = False  # the question sets its own scope to US federal law
    subject: Optional[Literal["remedy", "platform"]] = None  # a legal question about the person's own remedy or a
    #                                                          platform's duty, not about the image
    laws: tuple[str, ...] = ()  # law ids the question names
    question: str = ""  # the question being answered (kept across a question back, in memory only)

    def to_json(self) -> dict:
        data = self.model_dump(mode="json")
        data["places"] = {k: list(v) for k, v in data["places"].items()}
        return data


def fold(text: str) -> str:
    """Lower case, accents removed, quotes straightened, spaces single: for matching only."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


_IMAGE = compile_table(IMAGE_KIND)
_ACTS = compile_table(ACTS)
_RX_MADE = dict(_ACTS)["made"]
_ROLES = compile_table(ROLES)
_ASKS = compile_table(ASKS)
_POLARITY = compile_table(POLARITY)
_CUES = compile_table(CUES)
_RX = {name: re.compile(p, re.I) for name, p in dict(
    greeting=GREETING, age=AGE, minor=MINOR_WORDS, adult=ADULT_WORDS, own=OWN_CONTENT, self_sent=SELF_SENT,
    self_minor=SELF_MINOR, child_did=CHILD_DID, passed_on=PASSED_ON, partner=PARTNER, strong_fake=STRONG_FAKE,
    not_fake=NOT_FAKE, adult_subject=ADULT_SUBJECT, adult_self=ADULT_SELF, together=MADE_TOGETHER,
    federal=FEDERAL_SCOPE, civil=CIVIL_QUESTION, remedy=REMEDY_ACTION, duty=PLATFORM_DUTY, own_keep=OWN_KEEP,
    own_trouble=OWN_TROUBLE, sent_earlier=SENT_EARLIER, operator=OPERATOR, keep_asked=KEEP_ASKED).items()}
_LAW_ALIASES = [(re.compile(p, re.I), law_id) for p, law_id in LAW_ALIASES]
_ONE_BILL = re.compile(r"^(?!.*\b(bills|laws|states|countries|any)\b).*\bthe (\w+ ){0,3}(bill|law|act)\b")
_CONTRAST = re.compile(r"\b(or (do|does|did|will|would|can) (they|it|we|you|he|she|that|this|courts?|prosecutors?) (just |"
                       r"still |only |simply )?(use|rely on|apply|go with|charge under|need|require)|or (is it |is there )?"
                       r"(only|just|still) (the|that|an?|its)\b|instead of|rather than|as opposed to)\b")
_LANG_HINTS = {
    "es": r"\b(que|mi|mis|una|foto|fotos|desnud\w*|vivo en|ayuda|puedo|hago|alguien|subio|publico|es ilegal|delito|"
          r"compartir|es un|del|los|las)\b",
    "pt": r"\b(meu|minha|minhas|eu moro|moro em|fotos|alguem|postou|vazou|posso|faco|ajuda|nao|voce|e crime|"
          r"compartilhar|isso|na|da)\b",
    "fr": r"\b(je|moi|mes|une|quelqu'?un|photo|aide|puis|habite|vis a|est-ce|c'est|porter plainte|partager|les|"
          r"est un)\b",
}


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's packaged model (no download), restricted to the languages the answers are written in, plus
    German and Italian so that those are not forced into one of ours."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES) + ["de", "it"])
    return ident


def detect_language(text: str) -> str:
    """A language Recourse writes in; English unless the detector is sure or the function words agree."""
    folded = fold(text)
    if len(folded) < 8:
        return "en"
    lang, prob = _identifier().classify(folded)
    hints = {code: len(re.findall(p, folded)) for code, p in _LANG_HINTS.items()}
    best = max(hints, key=hints.get)
    if lang in LANGUAGES and lang != "en" and (prob > 0.9 or hints.get(lang, 0) >= 2 or
                                               (prob > 0.7 and hints.get(lang, 0) >= 1)):
        return lang
    if hints[best] >= 3 and hints[best] > len(re.findall(r"\b(the|my|is|and|of|i|me|it)\b", folded)):
        return best
    return "en"


def _cues(folded: str, acts: tuple[str, ...]) -> tuple[str, ...]:
    """Safety cues; a threat to share intimate images is sextortion unless it is the known mass scam."""
    cues = [label for label, rx in _CUES if rx.search(folded)]
    if "threatened" in acts and "scam" not in cues and "sextortion" not in cues:
        cues.append("sextortion")
    if "sextortion" in cues and "dv" not in cues and _RX["partner"].search(folded):
        cues.append("dv")  # a partner or ex using intimate images to control or extort: abuse, with its own help
    return tuple(cues)



def _first(table, text: str, default: str) -> str:
    return next((label for label, rx in table if rx.search(text)), default)


def _age(text: str) -> Optional[int]:
    """The youngest age named: "a man of 30 ... my daughter, 12" is about a child."""
    ages = [int(next(g for g in m.groups() if g)) for m in _RX["age"].finditer(text)]
    ages = [a for a in ages if 5 <= a <= 99]
    return min(ages) if ages else None


def _places(text: str, registry, lang: str):
    """(hits, unresolved, ambiguous) from the gazetteer finder. A hit that could be several places is settled by
    another, unambiguous place in the same text ("Savannah ... Georgia", "Vancouver BC")."""
    hits = registry.find(text, lang=lang)
    if any(getattr(h, "role", None) != "mention" for h in hits):  # a birthplace or former home named beside the
        hits = [h for h in hits if getattr(h, "role", None) != "mention"]  # place the person is in now
    settled = {h.code for h in hits if not h.alternatives}
    settled |= {p for c in settled for p in registry.parents(c)} if settled else set()
    out, unresolved, ambiguous = [], None, ()
    for h in hits:
        code, alternatives = h.code, tuple(h.alternatives)
        options = (h.code, *h.alternatives)
        agreed = [c for c in options if c in settled or any(c in registry.parents(s) for s in settled
                                                               if s in registry)]
        if alternatives and agreed:
            code, alternatives = agreed[0], ()
        elif alternatives and len(set(options)) > 1 and not ambiguous:
            ambiguous = tuple(dict.fromkeys(options))
        in_corpus = code in registry
        if not in_corpus:
            if unresolved is None:
                unresolved = code  # named as not covered in the answer
            # a part of a country the registry lists ("Hobart" -> AU-TAS): answer from the country's law
            ancestor = next((p for p in registry.parents(code) if p in registry and p != "EU"), None)
            if ancestor:
                code, in_corpus = ancestor, True
        out.append((code, getattr(h, "role", None), in_corpus, alternatives))
    return out, unresolved, ambiguous


def parse(text: str, catalog, lang: Optional[str] = None) -> Frame:
    """Read one message on its own (no conversation yet)."""
    text = (text or "")[:MAX_TEXT]
    f = fold(text)
    lang = lang or detect_language(text)
    registry = catalog.registry
    hits, unresolved, ambiguous = _places(text, registry, lang)
    codes = [c for c, _, in_corpus, _ in sorted(hits, key=lambda h: h[1] == "other") if in_corpus]  # theirs last
    cut = _CONTRAST.search(f)  # "... or do they just use the old revenge porn statute": the law set against the
    subject = (text[:cut.start()], f[:cut.start()]) if cut else (text, f)  # one asked about is not named
    named_laws = tuple(sorted(catalog.laws_named_in(subject[0]) | {law_id for rx, law_id in _LAW_ALIASES
                                                                   if rx.search(subject[1]) and catalog.law(law_id)}))
    if not named_laws and codes:
        named_laws = catalog.laws_described(subject[1], codes)  # "the revenge-porn law there"
    if not codes and named_laws:
        codes = []  # a named law sets the scope itself (see decide)
    lives = tuple(c for c, role, ok, _ in hits if ok and role in (None, "lives", "happened"))
    other = tuple(c for c, role, ok, _ in hits if ok and role == "other")
    age = _age(f)
    minor: Optional[bool] = None
    if age is not None:
        minor = age < 18
    elif (_RX["adult_subject"].search(f) or (_RX["adult_self"].search(f) and re.search(r"\bof me\b", f))) and not \
            re.search(r"\b(i'?m|i am|im) (1[0-7]|a minor|a teen)", f):
        minor = False  # "a student made nudes of a teacher": the person shown is an adult
    elif _RX["minor"].search(f):
        minor = True
    elif _RX["adult"].search(f):
        minor = False
    unthreatened = re.sub(NOT_SHARED, " ", re.sub(THREAT_SPANS, " ", f, flags=re.I), flags=re.I)
    own = _RX["together"].sub(" our videos ", f)  # "the videos we made together" is not making an image
    acts = tuple(label for label, rx in _ACTS if rx.search(unthreatened if label == "shared" else own))
    if "threatened" in acts and "made" in acts and not _RX_MADE.search(re.sub(THREAT_SPANS, " ", own, flags=re.I)):
        acts = tuple(a for a in acts if a != "made")  # "gonna make fakes and post them unless...": only a threat
    role = _first(_ROLES, own, "unknown")
    self_sent = bool(_RX["self_sent"].search(f) or _RX["sent_earlier"].search(f) and _RX["own_trouble"].search(f)) \
        and not _RX["passed_on"].search(f)  # someone else's picture
    if minor and self_sent and role in ("victim", "unknown", "maker", "friend"):
        role = "minor_self"
    image = _first(_IMAGE, f, "unknown")
    if image == "real" and _RX["strong_fake"].search(f) and not _RX["not_fake"].search(f):
        image = "fake"  # "is an AI-made nude illegal, or does the law only cover real photos?"
    if image == "unknown" and self_sent:
        image = "real"  # their own picture
    ask = "greeting" if _RX["greeting"].match(f) else _first(_ASKS, f, "other")
    subject = "remedy" if _RX["remedy"].search(f) else ("platform" if _RX["duty"].search(f) else None)
    if subject and ask in ("other", "sue", "remove", "police", "help"):
        ask = "legal"
    someone_elses = not re.search(r"\bof me\b|\bmy (own )?(nudes?|pics?|photos?|images?|videos?)\b", f)
    if subject == "remedy" and re.search(r"\b(keep|save)\b", f) and someone_elses and (minor or re.search(
            r"\b(students?|classmates?|pupils?|child|kid|minor)\b", f)):
        subject, ask = None, "legal"  # keeping someone else's picture of a possible child is possessing it, not evidence
    if subject and role in ("maker", "unknown") and not _RX["operator"].search(f):
        role = "victim"  # asking about their own removal request, or a site keeping their image up
    asker_did = role == "maker" or bool(_RX["child_did"].search(f) and role == "parent") or bool(
        role in ("minor_self", "unknown", "victim") and _RX["passed_on"].search(f))
    acts = ("kept",) if _RX["keep_asked"].search(f) and not _RX["own"].search(f) else acts
    if acts and set(acts) <= {"kept", "watched"} and role in ("unknown", "friend", "victim") and \
            (_RX["own_keep"].search(f) or _RX["keep_asked"].search(f)) and not _RX["own"].search(f) and not re.search(
                r"\b(of (me|myself)|me (naked|changing|nude)|(filmed|recorded|photographed|took|posted|shared|made|"
                r"threaten\w*) me|my (own )?(nudes?|pics?|photos?|videos?|face|body))\b", f):
        role, asker_did = "unknown", True  # holding or viewing someone else's picture: their own conduct is asked
    if minor and role == "maker" and _RX["self_minor"].search(f):
        role = "minor_self"  # a teenager asking about their own conduct: safety first (not an adult, about a minor)
    if ask == "other" and _RX["civil"].search(f):
        ask = "sue"
    if ask == "legal" and re.match(r"^\W*(?:as an? [\w ]{0,40}?[,:]? )?(what|which|how|who|where|when|why)\b", f) and \
            not re.search(r"\b(is it|is that|is this|can i|can he|can she|am i|would i|will i|could i|does it count)\b", f):
        ask = "other"  # "what does our law cover on synthetic images?" asks what, not yes or no
    if ask == "legal" and re.search(r"\b(be|get|getting|being) sued\b", f):
        ask = "sue"  # "can I be sued for making it?": the civil claim against the asker
    polarity = None
    if ask in ("legal", "penalty") or (ask == "other" and re.search(r"\b(legal|illegal|crime)\b", f)):
        polarity = _first(_POLARITY, f, "") or None
        ask = "legal" if ask == "other" else ask
    if subject == "platform" and (polarity is None or re.search(r"\b(required|oblig\w+|bound|dut(y|ies)|must|have to|"
                                                                 r"need to|responsib\w+)\b", f)):
        polarity = "prohibited"  # "does the Act make platforms take it down?", "are we required to?": yes, a duty
    when = dates.when(f)
    platforms = tuple(p.id for p in catalog.platforms_in(text))
    return Frame(
        language=lang, role=role, acts=acts, image=image, minor=minor, age=age,
        places=Places(lives=lives, other=other), jurisdictions=tuple(dict.fromkeys(codes)),
        unresolved_place=unresolved, ambiguous=ambiguous, platforms=platforms, ask=ask, polarity=polarity,
        when=when, subject=subject,
        cues=_cues(f, acts), own_content=bool(_RX["own"].search(f)), asker_did=asker_did,
        self_sent=self_sent, federal_scope=bool(_RX["federal"].search(f)), laws=named_laws, question=text.strip())


def _is_bare(frame: Frame) -> bool:
    """Nothing to act on: no act, no image, no platform, no law, no role, no place."""
    return not (frame.acts or frame.image != "unknown" or frame.platforms or frame.laws or frame.jurisdictions
                or frame.unresolved_place or frame.ambiguous or frame.role != "unknown" or frame.cues
                or frame.ask in ("sue", "remove", "police", "status", "count", "list", "compare", "penalty",
                                 "definition"))


def merge(previous: Optional[Frame], new: Frame, text: str = "", registry=None) -> Frame:
    """The conversation so far plus this turn: facts carry over unless the person restates or corrects them.

    A reply that only answers a question back (a place, an age) keeps the earlier question being answered; a reply
    that is one of the quick-reply choices picks that place."""
    if previous is None:
        return new
    folded = fold(text)
    if previous.ambiguous and registry is not None:
        chosen = [c for c in previous.ambiguous if fold(place_label(registry, c)) == folded]
        if chosen:
            picked = (chosen[0],) if chosen[0] in registry else ()
            new = new.model_copy(update={"jurisdictions": picked, "ambiguous": (),
                                         "unresolved_place": None if picked else chosen[0],
                                         "places": Places(lives=picked)})
    restated_place = bool(new.jurisdictions or new.unresolved_place or new.ambiguous)
    reply_only = _is_bare(new.model_copy(update={"jurisdictions": (), "unresolved_place": None, "ambiguous": (),
                                                 "places": Places(), "minor": None, "age": None,
                                                 "role": "unknown"})) and new.ask in ("other", "greeting")
    # "what if it was a real photo?", "y si tengo 16?": the same question again, with one fact changed
    reply_only = reply_only or (new.ask == "other" and bool(re.match(
        r"^\W*(and |but |so |ok |okay )?(what if|what about|and if|y si|y que tal|e se|et si|et pour)\b", folded)))
    # a statement that only adds a fact ("asking because I already made one") continues the pending question
    statement = new.ask == "other" and "?" not in text and not re.match(
        r"^\W*(what|how|where|when|who|which|why|can|could|is|are|am|do|does|did|should|would|will|may)\b", folded)
    update: dict = {}
    if not restated_place:
        update.update(jurisdictions=previous.jurisdictions, places=previous.places,
                      unresolved_place=previous.unresolved_place,
                      ambiguous=previous.ambiguous if not previous.jurisdictions else ())
    if new.minor is None:
        update.update(minor=previous.minor, age=previous.age)
    if new.image == "unknown":
        update["image"] = previous.image
    if not new.platforms:
        update["platforms"] = previous.platforms
    if new.role == "unknown":
        update["role"] = previous.role
    if not new.acts:
        update["acts"] = previous.acts
    elif previous.acts and not re.search(NOT_SHARED, folded, re.I) and not re.search(
            r"\b(just|only|merely|simply|solo|seulement|apenas|nur)\b", folded):  # "it's fake, he made it with
        update["acts"] = tuple(dict.fromkeys(new.acts + previous.acts))  # ai": the posting said before still happened
    if new.when is None:
        update["when"] = previous.when
    update["cues"] = tuple(dict.fromkeys(previous.cues + new.cues))
    update["own_content"] = new.own_content or previous.own_content
    update["self_sent"] = new.self_sent or previous.self_sent
    update["asker_did"] = new.asker_did or (previous.asker_did and new.role in ("unknown", previous.role, "minor_self"))
    if statement and not reply_only and previous.ask in ("legal", "sue", "penalty"):
        update.update(ask=previous.ask, polarity=previous.polarity, subject=previous.subject)
    if reply_only:  # "Texas", "Springfield, Illinois", "I'm 15": answer the question that was pending
        update.update(ask=previous.ask, polarity=previous.polarity, question=previous.question,
                      laws=previous.laws, federal_scope=previous.federal_scope, subject=previous.subject)
    if previous.language != "en" and new.language == "en" and len(folded) < 30:
        update["language"] = previous.language  # a short reply ("Texas") keeps the conversation's language
    return new.model_copy(update=update)


def decide(frame: Frame, registry) -> tuple[Kind, Optional[str], tuple[str, ...]]:
    """(kind, question back or None, quick-reply choices). See the module docstring for the policy."""
    personal = bool(frame.jurisdictions) and (
        frame.role in ("victim", "parent", "friend", "minor_self")
        or bool(re.search(r"\bmy (fake |real |own )?(nudes?|pics?|photos?|images?|videos?)\b|\bof me\b",
                          fold(frame.question))))
    if frame.ask in CROSS_PLACE and not personal:  # "I'm in Ohio, he is in Florida: which states' law applies?"
        return "list", None, ()
    if frame.ask == "compare" and len(frame.jurisdictions) >= 2:
        return "compare", None, ()
    if "self_harm" in frame.cues and not frame.jurisdictions:
        return "clarify", "clarify.where_safe", ()
    if frame.ask == "greeting" or (_is_bare(frame) and not frame.question.strip()):
        return "clarify", "clarify.what", ()
    if "scam" in frame.cues:
        return "answer", None, ()  # the mass "webcam" email: the warning does not depend on the place
    if frame.ambiguous and len(frame.ambiguous) > 1 and not frame.laws:
        names = tuple(place_label(registry, c) for c in frame.ambiguous[:6])
        return "clarify", "clarify.which_place", names
    if frame.laws or frame.federal_scope or frame.ask == "status" and (frame.jurisdictions or frame.unresolved_place or
                                                                       not _ONE_BILL.search(fold(frame.question))):
        return "answer", None, ()  # "did the deepfake bill pass?" with no place and no bill named: ask where
    if _is_bare(frame):
        return "clarify", "clarify.what", ()
    if not frame.jurisdictions and frame.unresolved_place:
        return "answer", None, ()  # a place the corpus lacks: say so, with the steps that work anywhere
    if not frame.jurisdictions:
        return "clarify", "clarify.where", where_choices(frame.language, registry)
    if frame.subject == "platform" and frame.jurisdictions in (("US",), ("GB",)):
        return "answer", None, ()  # a site's duty to remove is national (47 U.S.C. § 223a; the Online Safety Act)
    if frame.jurisdictions == ("US",) and frame.role not in ("advocate", "policymaker"):
        return "clarify", "clarify.which_state", ()
    if frame.jurisdictions == ("CA",) and frame.ask == "sue":  # civil claims in Canada are provincial
        parts = sorted((c for c in registry.by_code if c.startswith("CA-")),
                       key=lambda c: (c not in registry.covered, c not in ("CA-ON", "CA-QC"), registry.name(c)))
        return "clarify", "clarify.which_province", tuple(registry.name(c) for c in parts[:8])
    if frame.jurisdictions == ("GB",):
        parts = tuple(c for c in ("GB-EAW", "GB-SCT", "GB-NIR") if c in registry)
        return "clarify", "clarify.which_uk_part", tuple(registry.name(c) for c in parts)
    return "answer", None, ()


__all__ = ["Frame", "Places", "parse", "merge", "decide", "fold", "detect_language", "VERSION"]
