"""Words shown to people, one table per language (English, Spanish, French, Portuguese).

English is here; Spanish, French and Portuguese are in kb/i18n_es.py, kb/i18n_fr.py and kb/i18n_pt.py, each with
every English key and the same placeholders (tests/test_plan_i18n.py checks both). Only the fixed parts of answers
live here (headings, short answers, steps, safety banners, questions back, the disclaimer). Law summaries stay in
English, which answers in other languages say in one line. Placeholders are `str.format` fields;
`t(lang, key, **values)` falls back to English for a missing key, never to nothing.
"""

from __future__ import annotations

from kb.i18n_es import ES
from kb.i18n_fr import FR
from kb.i18n_pt import PT
from kb.plan_words import PLAN_WORDS

EN = {
    "where": "**Where:** {places}.",
    "heading.short": "Short answer",
    "heading.steps": "What you can do now",
    "heading.steps_if": "If this happened to you",
    "heading.laws": "Laws that apply",
    "heading.laws_bills": "Laws and bills",
    "heading.penalties": "Penalties",
    "heading.safety": "Your safety first",
    "act.made": "making such an image",
    "act.shared": "sharing such an image",
    "act.threatened": "threatening to share such an image",
    "act.kept": "keeping such an image",
    "act.watched": "viewing such an image",
    "act.tool": "making or offering a tool that creates such images",
    "image.fake": "AI-made or altered",
    "image.real": "real",
    "image.unknown": "such",
    "via": ", using {laws}",
    "short.crime": "**Short answer:** {word} In {place}, {act} is a crime under {laws}.",
    "short.crime_minor": "**Short answer:** {word} In {place}, {act} of someone under 18 is a crime under {laws}.",
    "short.info": "**In short:** in {place}, {act} is a crime under {laws}.",
    "short.info_minor": "**In short:** in {place}, {act} of someone under 18 is a crime under {laws}.",
    "short.late": "**Short answer:** {word} {laws} came into force after the date you gave, so it may not reach "
                  "what happened then; sharing the image again now can still fall under it.",
    "short.late_ai": "**Short answer:** {word} {laws} has reached AI-made or altered images only since {detail}, "
                    "after the date you gave, and a criminal law does not reach conduct from before that; a new "
                    "post, share or threat now can fall under it.",
    "short.late_no": "**Short answer:** {word} {laws} began after the date you gave, and a criminal law does not "
                     "reach conduct from before it began; if it happens again now (a new post, share or threat), it "
                     "can.",
    "short.future": "**Short answer:** {word} Not yet: {laws} would make this a crime, but it is not in force "
                    "(status: {status}).",
    "short.school": "**Short answer:** {word} Recourse records criminal and civil law, not school rules: what a "
                    "school may or must do (discipline, reporting) is set by its own policies and by {place}'s "
                    "education law, which this corpus does not cover.",
    "short.school_law": "What the law says about the conduct itself: in {place}, {act} is a crime under {laws}.",
    "short.school_law_minor": "What the law says about the conduct itself: in {place}, {act} of someone under 18 is a "
                              "crime under {laws}.",
    "step.school_support": "**Support the student shown:** tell them it is not their fault, involve their parents or "
                           "carers, and help them block copies with {service}.",
    "step.school_report": "**Report the conduct:** the police can act under {laws}; whether staff must report it is "
                          "set by the place's own rules, so check with your school's legal adviser.",
    "step.school_rules": "**Follow your own rules:** the school's code of conduct and safeguarding policy decide "
                         "any discipline; write down what happened and who saw the image, without keeping a copy.",
    "short.not_image": "**Short answer:** {word} The offence recorded for {place}, {laws}, does not cover {image} "
                       "images, so it does not make this a crime there; other laws (civil claims, harassment) may "
                       "still apply, so read the laws below.",
    "short.tool": "**Short answer:** {word} In {place}, {act} is prohibited under {laws}.",
    "short.status": "**Short answer:** {word} {laws}: {status}.",
    "short.third_party": "**Short answer:** {word} The claims recorded here are against the person who made or shared "
                         "the image; whether an employer, school or other company can also be held liable is not in "
                         "the corpus, so ask a lawyer. The laws below show what the victim can do against that person.",
    "short.paid_content": "**Short answer:** {word} Laws against sharing intimate images usually require that the image "
                          "was private; for content you sold or published yourself, the fastest route is a copyright "
                          "(DMCA) takedown notice under {laws}.",
    "short.minor_self": "**Short answer:** {word} Sexual images of anyone under 18 can fall under child-abuse-image "
                        "laws even when a teenager took them, but many places treat teenagers who send their own "
                        "picture differently from adults; the person who passed it on is the one the laws below are "
                        "about.",
    "short.unclear_act": "**Short answer:** {word} {laws} is the closest law in {place}, but the corpus does not "
                         "show that it reaches {act}; check its official text or ask a lawyer.",
    "short.unclear": "**Short answer:** {word} {laws} is the closest law in {place}, but the corpus does not show "
                     "that it reaches {act} of {image} images; check its official text or ask a lawyer.",
    "short.other_act": "**Short answer:** {word} No law in the corpus for {place} makes {act} itself a crime; "
                       "{laws} deals with related conduct, so read its elements below.",
    "short.none": "**Short answer:** {word} The corpus has no criminal law for {place} that covers this.",
    "short.not_this_act": "**Short answer:** {word} None of the offences recorded for {place} makes {act} by "
                          "itself a crime; sharing it is a crime under {laws}, and other laws (civil claims, "
                          "harassment) may still apply, so read the laws below.",
    "short.kind_civil": "**Short answer:** {laws} is a civil provision: the person shown can sue under it; it is "
                        "not a criminal offence.",
    "short.kind_criminal": "**Short answer:** {laws} is a criminal offence; it does not itself give the person shown "
                           "a claim to sue.",
    "short.kind_both": "**Short answer:** {laws} is both: a criminal offence, and a claim the person shown can bring.",
    "short.ages_adults": "**Short answer:** {word} {laws} protects adults as well as children.",
    "short.ages_minors": "**Short answer:** {word} {laws} protects only people under 18; adults are protected, if at "
                         "all, by the other laws below.",
    "short.ages_unknown": "**Short answer:** {word} The record of {laws} does not say whether it protects adults.",
    "short.element_yes": "**Short answer:** {word} One of the elements recorded for {laws} is that {detail}.",
    "short.element_unknown": "**Short answer:** {word} The elements recorded for {laws} do not mention {detail}; "
                             "the official text decides.",
    "short.elements": "**Short answer:** The elements recorded for {laws}: {detail}",
    "short.reach_making": "**Short answer:** {laws} reaches making the image itself, not only sharing it.",
    "short.reach_sharing": "**Short answer:** {laws} reaches sharing the image; making it is not itself an offence "
                           "under it.",
    "short.reach_unknown": "**Short answer:** the record of {laws} does not say whether making the image, without "
                           "sharing it, is covered.",
    "short.felony": "**Short answer:** {word} In {place}, {act} is a felony under {laws}.",
    "short.misdemeanor": "**Short answer:** {word} In {place}, {act} is a crime under {laws}, graded as a "
                         "misdemeanor (see the penalty below).",
    "short.grade_unknown": "**Short answer:** {word} In {place}, {act} is a crime under {laws}; the corpus does "
                           "not record whether it is graded as a felony.",
    "short.grade_changed": "**Short answer:** {word} Today {act} is a felony in {place} under {laws}, but its grade "
                           "changed after the date you gave; conduct from before the change is judged under the "
                           "earlier grade, which the corpus does not record.",
    "short.remedy": "**Short answer:** {word} You can do this yourself, without a lawyer{via}.",
    "short.platform_duty": "**Short answer:** {word} Under {laws}, a covered platform must take the image down after "
                           "a valid request; if it does not, the steps below say where to escalate.",
    "short.platform_none": "**Short answer:** {word} The corpus records no takedown duty for platforms in {place}; "
                           "the platform's own rules and the steps below still apply.",
    "short.named_not_law": "**Short answer:** {word} {laws} is not law ({status}), so it cannot be used yet.",
    "short.meanwhile": "Meanwhile, under the law in force:",
    "short.consent": "**Short answer:** {word} Intimate-image laws such as {laws} turn on the lack of consent of "
                     "the person shown; with the adult's real consent they are generally not broken. Consent can "
                     "be withdrawn, and sharing beyond what was agreed can be a crime.",
    "short.sue": "**Short answer:** {word} In {place} you can bring a civil claim under {laws}.",
    "short.limit": "Time limit under {law}: {limit}.",
    "short.limit_unknown": "The corpus does not record how long you have to sue under {law}; time limits can be "
                           "short, so ask a lawyer or legal aid soon.",
    "short.sued": "**Short answer:** {word} In {place} the person shown can sue whoever made or shared the image, "
                  "under {laws}.",
    "short.sue_unclear": "**Short answer:** {word} {laws} gives a civil claim in {place}, but the corpus does not "
                         "show that it reaches {image} images.",
    "short.sue_future": "**Short answer:** {word} Not yet: {laws} would give a civil claim but is not in force.",
    "short.sue_none": "**Short answer:** {word} The corpus records no civil claim for this in {place}; a lawyer "
                      "can say whether general claims (privacy, harassment, defamation) fit.",
    "word.yes": "Yes.",
    "word.no": "No.",
    "word.unclear": "Not clearly.",
    "maker.consequences": "**If you made or shared such an image:** stop, delete every copy you control and do not "
                          "send it on. Recourse does not help with making images. Talk to a criminal defence "
                          "lawyer before you speak to anyone about it.",
    "maker.penalty": "Possible consequences: {laws}.",
    "minor_self.did": "**You are not in trouble for asking.** If you made or passed on a picture of someone else: "
                      "stop, delete every copy you have, do not send it on, and tell an adult you trust today. "
                      "Images of anyone under 18 can be removed with {take_it_down}, without anyone seeing them.",
    "minor_self": "**You are not in trouble for asking.** If someone is pressuring you for pictures or threatening "
                  "to share them, stop replying, do not send more and tell an adult you trust. Images of anyone "
                  "under 18 can be removed with {take_it_down}, without anyone seeing them.",
    "minor_self.law": "Sexual images of anyone under 18 can fall under child-abuse-image laws even when a teenager "
                      "took them of themselves; many places treat teenagers differently from adults, so talk to a "
                      "school counsellor or a helpline before anything else.",
    "minor.block": "**If the person in the image is under 18:** do not copy, screenshot, forward, save or upload "
                   "the image, not even to report it; that can itself be a crime. Write down where it is (links, "
                   "usernames, dates) and report it to the child-protection route{links}. Nobody at Recourse will "
                   "ever ask you for the image.",
    "cue.sextortion": "**If someone is threatening you or asking for money:** do not pay, do not send more, stop "
                      "replying, and keep the messages and account names. Paying rarely ends it.",
    "cue.scam": "**This looks like a known mass scam:** emails claiming to have hacked your webcam and demanding "
                "bitcoin are sent to millions of people, usually with no images at all. Do not pay or reply; "
                "change the password they quote and report the email as phishing.",
    "cue.dv": "**If you are afraid of a partner or ex:** your safety comes first. A domestic-violence service can "
              "plan with you{links}; in danger, call your local emergency number.",
    "cue.self_harm": "**If you are thinking about harming yourself:** please contact a crisis line now{links}, or "
                     "your local emergency number. What happened is not your fault.",
    "step.keep_not_send": "**Do not send it on or show it to anyone:** passing it on can be a crime even where "
                          "keeping it is not.",
    "step.keep_delete": "**Delete the copies you have,** unless the person shown asks you to keep them as "
                        "evidence; if they may be under 18, delete it and report where you saw it to {service}.",
    "step.keep_report": "**Report it to the site or app where you saw it,** and, if you know the person shown, "
                        "tell them privately so they can act.",
    "step.evidence": "**Save evidence:** links, account names, dates and screenshots of the page around the image; "
                     "keep them somewhere private.",
    "step.evidence_minor": "**Keep a record without copying the image:** note the links, account names and dates.",
    "step.hash": "**Block re-uploads:** {service} makes a digital fingerprint on your own device so partner "
                 "platforms can block matches; the image itself is not uploaded.",
    "step.report_platform": "**Report it on {name}:** [report page]({url}).",
    "step.report_any": "**Report it on every site where it appears**, with the site's own report form.",
    "step.takedown": "**Use the legal removal route:** {laws} gives platforms a duty to remove on notice.",
    "step.police": "**Report to the police** and name the offence: {laws}.",
    "step.civil": "**Ask a lawyer about suing:** {laws}.",
    "step.delist": "**Ask the search engine to delist it:** the right to erasure under {laws} covers results for "
                   "your name; use the search engine's removal form.",
    "step.dmca": "**You took the photo:** a copyright (DMCA) takedown notice also works: {laws}.",
    "step.talk": "**Talk to someone:** {services}.",
    "step.plan": "Open *Make a plan* for the full, ordered plan with drafted removal requests.",
    "clarify.where": "Where do you live? Tell me the country, and the state if you are in the US, so I can give "
                     "you the laws that apply.",
    "clarify.which_place": "Which place do you mean?",
    "clarify.which_province": "Which province or territory of Canada do you live in? The right to sue over intimate images comes from provincial law.",
    "clarify.which_state": "Which US state do you live in? Most of these laws are state laws.",
    "clarify.which_uk_part": "Which part of the UK? England and Wales, Scotland and Northern Ireland have "
                             "different criminal laws.",
    "clarify.what": "I can help with fake or real intimate images shared, made or threatened without consent. "
                    "What happened, and where do you live?",
    "clarify.where_safe": "I'm here to help. Where are you, so I can point you to help near you?",
    "clarify.meanwhile": "Meanwhile, these steps work anywhere:",
    "notice.not_covered": "Recourse's corpus has no law for {place} yet, so it cannot say what {place} law says.",
    "notice.eu_member": "EU law applies in {place}; its national law is not in the corpus yet.",
    "notice.parents_only": "It can only show the laws of {parents} that also apply there.",
    "notice.summaries_english": "Law summaries are in English.",
    "notice.list_rule": "Rule used: {rule}.",
    "no_law": "No law in the corpus matches this place. The corpus covers every US state and DC, US federal law, "
              "and {countries}.",
    "disclaimer": "General information from a curated, dated corpus, not legal advice. Laws change: open the "
                  "linked official text, and for advice on your situation talk to a lawyer or a victim-support "
                  "service.",
    "human_help": "Human help: {services}.",
    "status_first": "**Status:** {status}.",
    "none_place": "no place named",
}

TABLES = {"en": EN, "es": ES, "fr": FR, "pt": PT}
for _lang, _words in PLAN_WORDS.items():  # the action plan's sentences (kb/plan_words.py)
    TABLES[_lang].update(_words)


def place_name(code: str, english: str, lang: str) -> str:
    """A country's name in the answer's language (pycountry ships the ISO 3166 translations); subdivisions and
    anything not found keep their English name."""
    if lang == "en" or "-" in code or len(code) != 2:
        return english
    try:
        import gettext

        import pycountry

        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            return english
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        return tr.gettext(country.name) or english
    except (ImportError, OSError):  # no translations shipped: English is still right
        return english


def t(lang: str, key: str, **values) -> str:
    """The text for `key` in `lang` (English when that language lacks it), filled with `values`."""
    text = TABLES.get(lang, EN).get(key) or EN[key]
    return text.format(**values) if values else text


__all__ = ["t", "place_name", "TABLES"]
