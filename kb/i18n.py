"""Words shown to people, one table per language (English, Spanish, French, Portuguese).

Only the fixed parts of answers live here (headings, short answers, steps, safety banners, questions back, the
disclaimer). Law summaries stay in English, which answers in other languages say in one line. Placeholders are
`str.format` fields; `t(lang, key, **values)` falls back to English for a missing key, never to nothing.
"""

from __future__ import annotations

from kb.plan_words import PLAN_WORDS

EN = {
    "where": "**Where:** {places}.",
    "heading.short": "Short answer",
    "heading.steps": "What you can do now",
    "heading.laws": "Laws that apply",
    "heading.laws_bills": "Laws and bills",
    "heading.penalties": "Penalties",
    "heading.safety": "Your safety first",
    "act.made": "making such an image",
    "act.shared": "sharing such an image",
    "act.threatened": "threatening to share such an image",
    "act.kept": "keeping such an image",
    "image.fake": "AI-made or altered",
    "image.real": "real",
    "short.crime": "**Short answer:** {word} In {place}, {act} is a crime under {laws}.",
    "short.crime_minor": "**Short answer:** {word} In {place}, {act} of someone under 18 is a crime under {laws}.",
    "short.info": "**In short:** in {place}, {act} is a crime under {laws}.",
    "short.info_minor": "**In short:** in {place}, {act} of someone under 18 is a crime under {laws}.",
    "short.late": "**Short answer:** {word} {laws} came into force after the date you gave, so it may not reach "
                  "what happened then; sharing the image again now can still fall under it.",
    "short.late_no": "**Short answer:** {word} {laws} began after the date you gave, and a criminal law does not "
                     "reach conduct from before it began; if it happens again now (a new post, share or threat), it "
                     "can.",
    "short.future": "**Short answer:** {word} Not yet: {laws} would make this a crime, but it is not in force "
                    "(status: {status}).",
    "short.unclear": "**Short answer:** {word} {laws} is the closest law in {place}, but the corpus does not show "
                     "that it reaches {act} of {image} images; check its official text or ask a lawyer.",
    "short.other_act": "**Short answer:** {word} No law in the corpus for {place} makes {act} itself a crime; "
                       "{laws} deals with related conduct, so read its elements below.",
    "short.none": "**Short answer:** {word} The corpus has no criminal law for {place} that covers this.",
    "short.not_this_act": "**Short answer:** {word} None of the offences recorded for {place} makes {act} by "
                          "itself a crime; sharing it is a crime under {laws}, and other laws (civil claims, "
                          "harassment) may still apply, so read the laws below.",
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

ES = {
    "where": "**Dónde:** {places}.",
    "heading.short": "Respuesta corta",
    "heading.steps": "Qué puedes hacer ahora",
    "heading.laws": "Leyes que se aplican",
    "heading.laws_bills": "Leyes y proyectos de ley",
    "heading.penalties": "Penas",
    "heading.safety": "Primero, tu seguridad",
    "act.made": "crear una imagen así",
    "act.shared": "difundir una imagen así",
    "act.threatened": "amenazar con difundir una imagen así",
    "act.kept": "guardar una imagen así",
    "image.fake": "hechas o alteradas con IA",
    "image.real": "reales",
    "short.crime": "**Respuesta corta:** {word} En {place}, {act} es delito según {laws}.",
    "short.crime_minor": "**Respuesta corta:** {word} En {place}, {act} de una persona menor de 18 años es delito "
                         "según {laws}.",
    "short.info": "**En resumen:** en {place}, {act} es delito según {laws}.",
    "short.info_minor": "**En resumen:** en {place}, {act} de una persona menor de 18 años es delito según {laws}.",
    "short.late": "**Respuesta corta:** {word} {laws} entró en vigor después de la fecha que indicas, así que "
                  "puede no alcanzar lo que pasó entonces; volver a difundir la imagen ahora sí puede estar "
                  "cubierto.",
    "short.late_no": "**Respuesta corta:** {word} {laws} empezó a aplicarse después de la fecha que indicas, y una "
                     "ley penal no alcanza hechos anteriores; si vuelve a pasar ahora (una nueva publicación, envío o "
                     "amenaza), sí puede.",
    "short.future": "**Respuesta corta:** {word} Todavía no: {laws} lo convertiría en delito, pero no está en "
                    "vigor (estado: {status}).",
    "short.unclear": "**Respuesta corta:** {word} {laws} es la ley más cercana en {place}, pero el corpus no "
                     "muestra que cubra {act} con imágenes {image}; revisa el texto oficial o consulta a un "
                     "abogado.",
    "short.other_act": "**Respuesta corta:** {word} Ninguna ley del corpus para {place} castiga {act} en sí; "
                       "{laws} trata conductas relacionadas.",
    "short.none": "**Respuesta corta:** {word} El corpus no tiene una ley penal de {place} que cubra esto.",
    "short.consent": "**Respuesta corta:** {word} Las leyes sobre imágenes íntimas como {laws} dependen de la falta "
                     "de consentimiento de la persona que aparece; con el consentimiento real de un adulto, en "
                     "general no se infringen. El consentimiento se puede retirar.",
    "short.sue": "**Respuesta corta:** {word} En {place} puedes presentar una demanda civil según {laws}.",
    "short.sue_unclear": "**Respuesta corta:** {word} {laws} permite una demanda civil en {place}, pero el corpus "
                         "no muestra que cubra imágenes {image}.",
    "short.sue_future": "**Respuesta corta:** {word} Todavía no: {laws} permitiría demandar, pero no está en vigor.",
    "short.sue_none": "**Respuesta corta:** {word} El corpus no registra una demanda civil para esto en {place}; "
                      "un abogado puede decir si encajan otras vías (privacidad, acoso, difamación).",
    "word.yes": "Sí.",
    "word.no": "No.",
    "word.unclear": "No está claro.",
    "cue.sextortion": "**Si alguien te amenaza o te pide dinero:** no pagues, no envíes más, deja de responder y "
                      "guarda los mensajes y los nombres de las cuentas.",
    "cue.scam": "**Parece una estafa masiva conocida:** los correos que dicen haber hackeado tu cámara y piden "
                "bitcoin se envían a millones de personas, casi siempre sin imágenes. No pagues ni respondas.",
    "cue.dv": "**Si tienes miedo de tu pareja o expareja:** tu seguridad es lo primero. Un servicio de violencia "
              "doméstica puede ayudarte a planificar{links}; en peligro, llama al número de emergencias.",
    "cue.self_harm": "**Si estás pensando en hacerte daño:** contacta ahora una línea de crisis{links} o el número "
                     "de emergencias. Lo que pasó no es culpa tuya.",
    "minor.block": "**Si la persona de la imagen es menor de 18 años:** no copies, captures, reenvíes, guardes ni "
                   "subas la imagen, ni siquiera para denunciarla. Anota dónde está (enlaces, usuarios, fechas) y "
                   "denúnciala a la vía de protección infantil{links}.",
    "step.evidence": "**Guarda pruebas:** enlaces, nombres de cuentas, fechas y capturas de la página alrededor de "
                     "la imagen; guárdalas en un lugar privado.",
    "step.evidence_minor": "**Anota sin copiar la imagen:** enlaces, nombres de cuentas y fechas.",
    "step.hash": "**Bloquea nuevas subidas:** {service} crea una huella digital en tu propio dispositivo para que "
                 "las plataformas asociadas bloqueen copias; la imagen no se sube.",
    "step.report_platform": "**Denúncialo en {name}:** [formulario]({url}).",
    "step.report_any": "**Denúncialo en cada sitio donde aparezca**, con el formulario del propio sitio.",
    "step.takedown": "**Usa la vía legal de retirada:** {laws} obliga a las plataformas a retirarla tras aviso.",
    "step.police": "**Denúncialo a la policía** e indica el delito: {laws}.",
    "step.civil": "**Consulta a un abogado sobre una demanda:** {laws}.",
    "step.talk": "**Habla con alguien:** {services}.",
    "step.plan": "Abre *Make a plan* para el plan completo y ordenado, con solicitudes de retirada redactadas.",
    "clarify.where": "¿Dónde vives? Dime el país, y el estado si estás en EE. UU., para darte las leyes que se "
                     "aplican.",
    "clarify.which_place": "¿A qué lugar te refieres?",
    "clarify.which_state": "¿En qué estado de EE. UU. vives? La mayoría de estas leyes son estatales.",
    "clarify.which_uk_part": "¿En qué parte del Reino Unido? Inglaterra y Gales, Escocia e Irlanda del Norte "
                             "tienen leyes penales distintas.",
    "clarify.what": "Puedo ayudarte con imágenes íntimas, falsas o reales, difundidas, creadas o usadas como "
                    "amenaza sin consentimiento. ¿Qué pasó y dónde vives?",
    "clarify.where_safe": "Estoy aquí para ayudarte. ¿Dónde estás, para indicarte ayuda cerca de ti?",
    "clarify.meanwhile": "Mientras tanto, estos pasos sirven en cualquier lugar:",
    "notice.not_covered": "El corpus de Recourse aún no tiene leyes de {place}.",
    "notice.eu_member": "En {place} se aplica el derecho de la UE; su ley nacional aún no está en el corpus.",
    "notice.summaries_english": "Los resúmenes de las leyes están en inglés.",
    "disclaimer": "Información general de un corpus fechado y revisado, no asesoramiento legal. Las leyes cambian: "
                  "abre el texto oficial enlazado y, para tu caso, habla con un abogado o un servicio de apoyo a "
                  "víctimas.",
    "human_help": "Ayuda humana: {services}.",
    "none_place": "no se indicó lugar",
}

FR = {
    "where": "**Où :** {places}.",
    "heading.short": "Réponse courte",
    "heading.steps": "Ce que vous pouvez faire maintenant",
    "heading.laws": "Lois applicables",
    "heading.laws_bills": "Lois et projets de loi",
    "heading.safety": "Votre sécurité d'abord",
    "act.made": "créer une telle image",
    "act.shared": "diffuser une telle image",
    "act.threatened": "menacer de diffuser une telle image",
    "act.kept": "conserver une telle image",
    "image.fake": "créées ou modifiées par IA",
    "image.real": "réelles",
    "short.crime": "**Réponse courte :** {word} Pour {place}, {act} est une infraction selon {laws}.",
    "short.info": "**En bref :** pour {place}, {act} est une infraction selon {laws}.",
    "short.unclear": "**Réponse courte :** {word} {laws} est la loi la plus proche pour {place}, mais le corpus ne "
                     "montre pas qu'elle couvre {act} avec des images {image} ; consultez le texte officiel ou un "
                     "avocat.",
    "short.none": "**Réponse courte :** {word} Le corpus n'a pas de loi pénale pour {place} qui couvre cela.",
    "short.sue": "**Réponse courte :** {word} Pour {place}, vous pouvez agir au civil selon {laws}.",
    "short.sue_none": "**Réponse courte :** {word} Le corpus n'enregistre pas d'action civile pour cela pour "
                      "{place} ; un avocat peut dire si d'autres fondements s'appliquent.",
    "word.yes": "Oui.",
    "word.no": "Non.",
    "word.unclear": "Pas clairement.",
    "cue.sextortion": "**Si quelqu'un vous menace ou demande de l'argent :** ne payez pas, n'envoyez rien de plus, "
                      "cessez de répondre et gardez les messages et les noms de comptes.",
    "cue.scam": "**Cela ressemble à une arnaque de masse connue :** ces courriels qui prétendent avoir piraté votre "
                "webcam et exigent des bitcoins sont envoyés à des millions de personnes. Ne payez pas.",
    "cue.dv": "**Si vous avez peur d'un partenaire ou d'un ex :** votre sécurité passe d'abord. Un service d'aide "
              "aux victimes de violences conjugales peut vous aider{links} ; en danger, appelez les urgences.",
    "cue.self_harm": "**Si vous pensez à vous faire du mal :** contactez maintenant une ligne de crise{links} ou "
                     "les urgences. Ce qui est arrivé n'est pas de votre faute.",
    "step.evidence": "**Gardez des preuves :** liens, noms de comptes, dates et captures de la page autour de "
                     "l'image ; conservez-les en lieu sûr.",
    "step.evidence_minor": "**Notez sans copier l'image :** liens, noms de comptes et dates.",
    "step.hash": "**Bloquez les republications :** {service} crée une empreinte numérique sur votre appareil pour "
                 "que les plateformes partenaires bloquent les copies ; l'image n'est pas envoyée.",
    "step.report_platform": "**Signalez-la sur {name} :** [formulaire]({url}).",
    "step.report_any": "**Signalez-la sur chaque site où elle apparaît**, avec le formulaire du site.",
    "step.police": "**Portez plainte** en nommant l'infraction : {laws}.",
    "step.civil": "**Demandez à un avocat une action civile :** {laws}.",
    "step.talk": "**Parlez à quelqu'un :** {services}.",
    "clarify.where": "Où vivez-vous ? Indiquez le pays (et l'État si vous êtes aux États-Unis) pour que je donne "
                     "les lois applicables.",
    "clarify.which_place": "De quel endroit parlez-vous ?",
    "clarify.which_uk_part": "Quelle partie du Royaume-Uni ? L'Angleterre et le pays de Galles, l'Écosse et "
                             "l'Irlande du Nord ont des lois pénales différentes.",
    "clarify.what": "Je peux aider pour des images intimes, fausses ou réelles, diffusées, créées ou utilisées "
                    "pour menacer sans consentement. Que s'est-il passé, et où vivez-vous ?",
    "clarify.meanwhile": "En attendant, ces étapes fonctionnent partout :",
    "notice.not_covered": "Le corpus de Recourse n'a pas encore de loi pour {place}.",
    "notice.eu_member": "Le droit de l'UE s'applique pour {place} ; sa loi nationale n'est pas encore dans le "
                        "corpus.",
    "notice.summaries_english": "Les résumés des lois sont en anglais.",
    "disclaimer": "Informations générales issues d'un corpus daté et vérifié, pas un conseil juridique. Les lois "
                  "changent : ouvrez le texte officiel lié et, pour votre situation, parlez à un avocat ou à un "
                  "service d'aide aux victimes.",
    "human_help": "Aide humaine : {services}.",
}

PT = {
    "where": "**Onde:** {places}.",
    "heading.short": "Resposta curta",
    "heading.steps": "O que você pode fazer agora",
    "heading.laws": "Leis aplicáveis",
    "heading.laws_bills": "Leis e projetos de lei",
    "heading.safety": "Sua segurança primeiro",
    "act.made": "criar uma imagem assim",
    "act.shared": "divulgar uma imagem assim",
    "act.threatened": "ameaçar divulgar uma imagem assim",
    "act.kept": "guardar uma imagem assim",
    "image.fake": "feitas ou alteradas com IA",
    "image.real": "reais",
    "short.crime": "**Resposta curta:** {word} Em {place}, {act} é crime segundo {laws}.",
    "short.info": "**Em resumo:** em {place}, {act} é crime segundo {laws}.",
    "short.unclear": "**Resposta curta:** {word} {laws} é a lei mais próxima em {place}, mas o corpus não mostra "
                     "que ela cubra {act} com imagens {image}; confira o texto oficial ou fale com um advogado.",
    "short.none": "**Resposta curta:** {word} O corpus não tem lei penal de {place} que cubra isso.",
    "short.sue": "**Resposta curta:** {word} Em {place} você pode entrar com uma ação civil segundo {laws}.",
    "short.sue_none": "**Resposta curta:** {word} O corpus não registra ação civil para isso em {place}; um "
                      "advogado pode dizer se outras vias se aplicam.",
    "word.yes": "Sim.",
    "word.no": "Não.",
    "word.unclear": "Não está claro.",
    "cue.sextortion": "**Se alguém está te ameaçando ou pedindo dinheiro:** não pague, não envie mais nada, pare de "
                      "responder e guarde as mensagens e os nomes das contas.",
    "cue.scam": "**Isto parece um golpe em massa conhecido:** e-mails que dizem ter invadido sua câmera e pedem "
                "bitcoin são enviados a milhões de pessoas. Não pague nem responda.",
    "cue.dv": "**Se você tem medo do parceiro ou ex:** sua segurança vem primeiro. Um serviço de violência "
              "doméstica pode ajudar{links}; em perigo, ligue para o número de emergência.",
    "cue.self_harm": "**Se você está pensando em se machucar:** procure agora uma linha de apoio{links} ou o número "
                     "de emergência. O que aconteceu não é culpa sua.",
    "step.evidence": "**Guarde provas:** links, nomes das contas, datas e capturas da página em volta da imagem; "
                     "guarde-as em local privado.",
    "step.evidence_minor": "**Anote sem copiar a imagem:** links, nomes das contas e datas.",
    "step.hash": "**Bloqueie novos envios:** {service} cria uma impressão digital no seu próprio aparelho para que "
                 "plataformas parceiras bloqueiem cópias; a imagem não é enviada.",
    "step.report_platform": "**Denuncie no {name}:** [formulário]({url}).",
    "step.report_any": "**Denuncie em cada site onde aparecer**, pelo formulário do próprio site.",
    "step.police": "**Registre ocorrência na polícia** e cite o crime: {laws}.",
    "step.civil": "**Pergunte a um advogado sobre uma ação:** {laws}.",
    "step.talk": "**Fale com alguém:** {services}.",
    "clarify.where": "Onde você mora? Diga o país (e o estado, se estiver nos EUA) para eu mostrar as leis que se "
                     "aplicam.",
    "clarify.which_place": "Qual lugar você quer dizer?",
    "clarify.what": "Posso ajudar com imagens íntimas, falsas ou reais, divulgadas, criadas ou usadas como ameaça "
                    "sem consentimento. O que aconteceu e onde você mora?",
    "clarify.meanwhile": "Enquanto isso, estes passos funcionam em qualquer lugar:",
    "notice.not_covered": "O corpus do Recourse ainda não tem leis de {place}.",
    "notice.eu_member": "O direito da UE se aplica em {place}; a lei nacional ainda não está no corpus.",
    "notice.summaries_english": "Os resumos das leis estão em inglês.",
    "disclaimer": "Informação geral de um corpus datado e revisado, não é aconselhamento jurídico. As leis mudam: "
                  "abra o texto oficial e, para o seu caso, fale com um advogado ou um serviço de apoio a vítimas.",
    "human_help": "Ajuda humana: {services}.",
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
