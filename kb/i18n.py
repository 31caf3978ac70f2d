"""Words shown to people, one table per language (English, Spanish, French, Portuguese).

Only the fixed parts of answers live here (headings, short answers, steps, safety banners, questions back, the
disclaimer). Law summaries stay in English, which answers in other languages say in one line. Placeholders are
`str.format` fields; `t(lang, key, **values)` falls back to English for a missing key, never to nothing.
"""

from __future__ import annotations

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

# --- the action plan (kb/plan.py): one block per language, added to the tables above --------------------------
# Names, summaries and elements of laws, platform and service records are quoted as recorded (in English); a plan
# in another language says so in "plan.notice.english".

EN.update({
    "plan.notice.split": "Criminal law differs between the parts of {place}; the offences below are labelled with "
                         "the part they belong to. Tell the plan which part you live in for one list.",
    "plan.notice.not_covered": "The corpus has no law for {place} yet; the steps below use what applies there from "
                               "its parents, if any, and the services that work everywhere.",
    "plan.notice.english": "Law names and summaries, and details quoted from the records of laws and platforms, "
                           "are in English.",
    "plan.child.title": "Because the person in the image was under 18: do not copy it, report it",
    "plan.child.why": "Copying, saving, forwarding or uploading a sexual image of a minor can itself be a crime and "
                      "spreads the harm, even when the aim is to report it.",
    "plan.child.how.no_copy": "Do not screenshot, download, forward or upload the image, not even to a friend, "
                              "school or platform.",
    "plan.child.how.note": "Write down where it is (links, usernames, dates) instead.",
    "plan.child.how.report": "Report it to the child-protection hotline below; they can act on links alone.",
    "plan.support.title": "Get support now",
    "plan.support.why": "You do not have to do this alone, and specialist helplines know the removal routes.",
    "plan.support.how.danger": "If you are in danger or thinking about harming yourself, call your local emergency "
                               "number.",
    "plan.support.how.helpline": "A specialist helpline can walk you through everything below.",
    "plan.sextortion.title": "Someone is threatening to share: do not pay, stop contact, keep evidence",
    "plan.sextortion.why": "Paying rarely ends the demands; threats to share intimate images are an offence in many "
                           "places.",
    "plan.sextortion.how.pay": "Do not pay and do not send more images.",
    "plan.sextortion.how.reply": "Stop replying, but do not delete the chat.",
    "plan.sextortion.how.save": "Save the messages, the account names and any payment details they asked for.",
    "plan.sextortion.how.report": "Report the account to the platform and to the police.",
    "plan.evidence.title": "Keep evidence safely",
    "plan.evidence.why": "Platforms, police and courts act faster with links, dates and account names.",
    "plan.evidence.how.minor": "Write down links, usernames and dates; do not copy the image itself.",
    "plan.evidence.how.links": "Save links, usernames, dates and times.",
    "plan.evidence.how.screens": "Take screenshots of the page around the image (the post, the account, the "
                                 "comments).",
    "plan.evidence.how.private": "Keep them somewhere private, for example an encrypted folder or a trusted "
                                 "person's device.",
    "plan.hash.title": "Block copies with a digital fingerprint",
    "plan.hash.why": "A hash made on your own device lets partner platforms block matching uploads; the image is "
                     "not sent.",
    "plan.hash.how.minor": "Take It Down is for images made when the person was under 18.",
    "plan.hash.how.adult": "StopNCII is for adults (18 or over when the image was made).",
    "plan.platform.title": "Report it to {name}",
    "plan.platform.form": "Use the report form and choose the option for intimate images shared without consent.",
    "plan.platform.form_fake": "Use the report form and choose the option for intimate images shared without "
                               "consent (or fake or AI-made intimate images).",
    "plan.platform.bans_ai": "{name}'s own rules ban sexual images made or altered with AI: say so in the report.",
    "plan.platform.stopncii": "{name} takes part in StopNCII: a hash you make there also helps block re-uploads "
                              "here.",
    "plan.platform.response": "Stated response time: {time}.",
    "plan.platform.laws": "Laws you can mention: {laws}.",
    "plan.platform.form_link": "{name} report form",
    "plan.platform.policy_link": "{name} policy",
    "plan.delist.title": "Ask {name} to remove it from search results",
    "plan.delist.why": "Delisting stops the image being found by searching your name.",
    "plan.delist.link": "{name} removal form",
    "plan.unknown_site.title": "For a small or unknown website: contact its host and registrar",
    "plan.unknown_site.why": "Every site has a registrar and a hosting company with an abuse contact that can "
                             "remove content.",
    "plan.unknown_site.how.lookup": "Look the domain up in a registration data (RDAP/WHOIS) service to find its "
                                    "registrar and their abuse email.",
    "plan.unknown_site.how.host": "Find the hosting company from the site's IP address and write to its abuse "
                                  "contact with the links.",
    "plan.unknown_site.how.copies": "Keep copies of every message you send.",
    "plan.take_it_down.title": "Send a TAKE IT DOWN Act removal request",
    "plan.take_it_down.why": "{law} requires covered platforms to remove the image within {hours} hours of a valid "
                             "request [{n}].",
    "plan.include": "Include: {element}",
    "plan.deadline.passed": "If {hours} hours pass: {after}",
    "plan.deadline.ftc": "Report the platform to the FTC, which enforces the removal duty, and keep every message "
                         "from the platform.",
    "plan.deadline.esafety": "Tell eSafety the image is still up; it can take enforcement action against the "
                             "platform or the poster.",
    "plan.erasure.title": "Ask for erasure under data-protection law",
    "plan.erasure.why": "{law} lets you ask an organisation to delete your personal data, which includes images of "
                        "you [{n}].",
    "plan.esafety.title": "Report to eSafety for a removal notice",
    "plan.esafety.why": "eSafety can order removal within {hours} hours under {law} [{n}].",
    "plan.esafety.how.form": "Report through eSafety's image-based abuse form.",
    "plan.dmca.title": "You took the photo: send a copyright (DMCA) takedown notice",
    "plan.dmca.why": "As the photographer you own the copyright, and {law} sets out a takedown notice hosts act on "
                     "[{n}].",
    "plan.police.title": "Report it to the police and name the offence",
    "plan.police.why": "Naming the offence helps officers who do not know these laws well.",
    "plan.police.how.bring": "Bring your evidence list; ask for a crime or incident number.",
    "plan.civil.title": "Ask a lawyer about suing or a court order",
    "plan.civil.why": "Civil claims can bring damages and court orders to remove the image, even without a "
                      "prosecution.",
    "plan.civil.limit": "{law} [{n}]: time limit {limit}",
    "plan.civil.how.paid": "Be careful with paid 'removal services': many charge for what the free routes above "
                           "do, and some ask for more personal data than they need.",
})

ES.update({
    "plan.notice.split": "La ley penal cambia según la parte del país ({place}); cada delito de abajo indica a "
                         "qué parte pertenece. Indica en qué parte vives para ver una sola lista.",
    "plan.notice.not_covered": "El corpus aún no tiene leyes de este lugar ({place}); los pasos de abajo usan lo que "
                               "se aplica allí desde un nivel superior, si lo hay, y los servicios que funcionan en "
                               "cualquier lugar.",
    "plan.notice.english": "Los nombres y resúmenes de las leyes, y los datos citados de los registros de leyes y "
                           "plataformas, están en inglés.",
    "plan.child.title": "La persona de la imagen era menor de 18 años: no la copies, denúnciala",
    "plan.child.why": "Copiar, guardar, reenviar o subir una imagen sexual de un menor puede ser un delito en sí "
                      "mismo y extiende el daño, aunque sea para denunciarla.",
    "plan.child.how.no_copy": "No hagas capturas, no la descargues, no la reenvíes ni la subas, ni siquiera a un "
                              "amigo, a la escuela o a una plataforma.",
    "plan.child.how.note": "En su lugar, anota dónde está (enlaces, nombres de usuario, fechas).",
    "plan.child.how.report": "Denúnciala a la línea de protección infantil que aparece abajo; pueden actuar solo "
                             "con los enlaces.",
    "plan.support.title": "Busca apoyo ahora",
    "plan.support.why": "No tienes que pasar por esto sin ayuda, y las líneas especializadas conocen las vías para "
                        "retirar la imagen.",
    "plan.support.how.danger": "Si estás en peligro o piensas en hacerte daño, llama al número de emergencias de "
                               "tu zona.",
    "plan.support.how.helpline": "Una línea de ayuda especializada puede acompañarte en todos los pasos de abajo.",
    "plan.sextortion.title": "Alguien amenaza con difundirla: no pagues, corta el contacto, guarda pruebas",
    "plan.sextortion.why": "Pagar casi nunca acaba con las exigencias; amenazar con difundir imágenes íntimas es "
                           "delito en muchos lugares.",
    "plan.sextortion.how.pay": "No pagues y no envíes más imágenes.",
    "plan.sextortion.how.reply": "Deja de responder, pero no borres el chat.",
    "plan.sextortion.how.save": "Guarda los mensajes, los nombres de las cuentas y cualquier dato de pago que te "
                                "hayan pedido.",
    "plan.sextortion.how.report": "Denuncia la cuenta a la plataforma y a la policía.",
    "plan.evidence.title": "Guarda pruebas de forma segura",
    "plan.evidence.why": "Las plataformas, la policía y los tribunales actúan más rápido con enlaces, fechas y "
                         "nombres de cuentas.",
    "plan.evidence.how.minor": "Anota enlaces, nombres de usuario y fechas; no copies la imagen.",
    "plan.evidence.how.links": "Guarda enlaces, nombres de usuario, fechas y horas.",
    "plan.evidence.how.screens": "Haz capturas de la página alrededor de la imagen (la publicación, la cuenta, los "
                                 "comentarios).",
    "plan.evidence.how.private": "Guárdalas en un lugar privado, por ejemplo una carpeta cifrada o el dispositivo "
                                 "de una persona de confianza.",
    "plan.hash.title": "Bloquea copias con una huella digital",
    "plan.hash.why": "Una huella (hash) creada en tu propio dispositivo permite a las plataformas asociadas "
                     "bloquear subidas iguales; la imagen no se envía.",
    "plan.hash.how.minor": "Take It Down es para imágenes hechas cuando la persona tenía menos de 18 años.",
    "plan.hash.how.adult": "StopNCII es para personas adultas (18 años o más cuando se hizo la imagen).",
    "plan.platform.title": "Denuncia la imagen en {name}",
    "plan.platform.form": "Usa el formulario de denuncia y elige la opción de imágenes íntimas compartidas sin "
                          "consentimiento.",
    "plan.platform.form_fake": "Usa el formulario de denuncia y elige la opción de imágenes íntimas compartidas "
                               "sin consentimiento (o de imágenes íntimas falsas o hechas con IA).",
    "plan.platform.bans_ai": "Las normas de {name} prohíben las imágenes sexuales creadas o alteradas con IA: "
                             "dilo en la denuncia.",
    "plan.platform.stopncii": "{name} participa en StopNCII: una huella que crees allí también ayuda a bloquear "
                              "nuevas subidas aquí.",
    "plan.platform.response": "Tiempo de respuesta indicado: {time}.",
    "plan.platform.laws": "Leyes que puedes mencionar: {laws}.",
    "plan.platform.form_link": "Formulario de denuncia de {name}",
    "plan.platform.policy_link": "Normas de {name}",
    "plan.delist.title": "Pide a {name} que la quite de los resultados de búsqueda",
    "plan.delist.why": "Así la imagen deja de aparecer cuando alguien busca tu nombre.",
    "plan.delist.link": "Formulario de retirada de {name}",
    "plan.unknown_site.title": "Si es un sitio web pequeño o desconocido: contacta con su alojamiento y su "
                               "registrador",
    "plan.unknown_site.why": "Todo sitio tiene un registrador y una empresa de alojamiento con un contacto de "
                             "abusos que puede retirar contenido.",
    "plan.unknown_site.how.lookup": "Busca el dominio en un servicio de datos de registro (RDAP/WHOIS) para saber "
                                    "cuál es su registrador y su correo de abusos.",
    "plan.unknown_site.how.host": "Averigua la empresa de alojamiento a partir de la dirección IP del sitio y "
                                  "escribe a su contacto de abusos con los enlaces.",
    "plan.unknown_site.how.copies": "Guarda una copia de cada mensaje que envíes.",
    "plan.take_it_down.title": "Envía una solicitud de retirada según la TAKE IT DOWN Act",
    "plan.take_it_down.why": "{law} obliga a las plataformas cubiertas a retirar la imagen en un plazo de {hours} "
                             "horas tras una solicitud válida [{n}].",
    "plan.include": "Incluye: {element}",
    "plan.deadline.passed": "Si pasan {hours} horas: {after}",
    "plan.deadline.ftc": "Denuncia a la plataforma ante la FTC, que hace cumplir la obligación de retirada, y "
                         "guarda todos los mensajes de la plataforma.",
    "plan.deadline.esafety": "Avisa a eSafety de que la imagen sigue publicada; puede tomar medidas contra la "
                             "plataforma o contra quien la publicó.",
    "plan.erasure.title": "Pide que borren tus datos según la ley de protección de datos",
    "plan.erasure.why": "{law} te permite pedir a una organización que borre tus datos personales, y eso incluye "
                        "imágenes tuyas [{n}].",
    "plan.esafety.title": "Denuncia ante eSafety para que ordene la retirada",
    "plan.esafety.why": "eSafety puede ordenar la retirada en un plazo de {hours} horas según {law} [{n}].",
    "plan.esafety.how.form": "Denuncia con el formulario de eSafety para abusos con imágenes (image-based abuse).",
    "plan.dmca.title": "Tú hiciste la foto: envía un aviso de retirada por derechos de autor (DMCA)",
    "plan.dmca.why": "Si hiciste la foto, los derechos de autor son tuyos, y {law} regula un aviso de retirada que "
                     "los servicios de alojamiento atienden [{n}].",
    "plan.police.title": "Denúncialo a la policía e indica el delito",
    "plan.police.why": "Nombrar el delito ayuda a los agentes que no conocen bien estas leyes.",
    "plan.police.how.bring": "Lleva tu lista de pruebas y pide un número de denuncia.",
    "plan.civil.title": "Consulta a un abogado sobre una demanda o una orden judicial",
    "plan.civil.why": "Una demanda civil puede lograr una indemnización y órdenes judiciales para retirar la "
                      "imagen, aunque no haya un proceso penal.",
    "plan.civil.limit": "{law} [{n}] (plazo: {limit})",
    "plan.civil.how.paid": "Cuidado con los «servicios de eliminación» de pago: muchos cobran por lo que las vías "
                           "gratuitas de arriba ya hacen, y algunos piden más datos personales de los necesarios.",
})

FR.update({
    "plan.notice.split": "Le droit pénal varie d'une partie à l'autre du pays ({place}) ; chaque infraction "
                         "ci-dessous indique sa partie. Précisez où vous vivez pour n'avoir qu'une liste.",
    "plan.notice.not_covered": "Le corpus n'a pas encore de loi pour ce lieu ({place}) ; les étapes ci-dessous "
                               "reprennent ce qui s'y applique à un niveau supérieur, s'il y en a, et les services "
                               "disponibles partout.",
    "plan.notice.english": "Les noms et résumés des lois, et les détails repris des fiches des lois et des "
                           "plateformes, sont en anglais.",
    "plan.child.title": "La personne sur l'image avait moins de 18 ans : ne la copiez pas, signalez-la",
    "plan.child.why": "Copier, enregistrer, transférer ou publier une image sexuelle d'un mineur peut être en soi "
                      "une infraction et aggrave le tort, même pour la signaler.",
    "plan.child.how.no_copy": "Ne faites pas de capture d'écran, ne téléchargez pas, ne transférez pas et ne "
                              "publiez pas l'image, même à un ami, à l'école ou à une plateforme.",
    "plan.child.how.note": "Notez plutôt où elle se trouve (liens, noms d'utilisateur, dates).",
    "plan.child.how.report": "Signalez-la à la ligne de protection de l'enfance ci-dessous ; elle peut agir à "
                             "partir des seuls liens.",
    "plan.support.title": "Trouvez du soutien maintenant",
    "plan.support.why": "Vous n'avez pas à traverser cela sans aide, et les lignes d'écoute spécialisées "
                        "connaissent les voies de retrait.",
    "plan.support.how.danger": "Si vous êtes en danger ou pensez à vous faire du mal, appelez le numéro d'urgence "
                               "local.",
    "plan.support.how.helpline": "Une ligne d'écoute spécialisée peut vous accompagner dans toutes les étapes "
                                 "ci-dessous.",
    "plan.sextortion.title": "Quelqu'un menace de diffuser : ne payez pas, coupez le contact, gardez les preuves",
    "plan.sextortion.why": "Payer met rarement fin aux demandes ; menacer de diffuser des images intimes est une "
                           "infraction dans de nombreux pays.",
    "plan.sextortion.how.pay": "Ne payez pas et n'envoyez pas d'autres images.",
    "plan.sextortion.how.reply": "Cessez de répondre, mais ne supprimez pas la conversation.",
    "plan.sextortion.how.save": "Gardez les messages, les noms des comptes et les coordonnées de paiement "
                                "demandées.",
    "plan.sextortion.how.report": "Signalez le compte à la plateforme et à la police.",
    "plan.evidence.title": "Gardez des preuves en lieu sûr",
    "plan.evidence.why": "Les plateformes, la police et la justice agissent plus vite avec des liens, des dates et "
                         "des noms de comptes.",
    "plan.evidence.how.minor": "Notez les liens, les noms d'utilisateur et les dates ; ne copiez pas l'image "
                               "elle-même.",
    "plan.evidence.how.links": "Enregistrez les liens, les noms d'utilisateur, les dates et les heures.",
    "plan.evidence.how.screens": "Faites des captures d'écran de la page autour de l'image (la publication, le "
                                 "compte, les commentaires).",
    "plan.evidence.how.private": "Conservez-les dans un endroit privé, par exemple un dossier chiffré ou l'appareil "
                                 "d'une personne de confiance.",
    "plan.hash.title": "Bloquez les copies grâce à une empreinte numérique",
    "plan.hash.why": "Une empreinte (hash) créée sur votre propre appareil permet aux plateformes partenaires de "
                     "bloquer les mises en ligne identiques ; l'image n'est pas envoyée.",
    "plan.hash.how.minor": "Take It Down concerne les images faites quand la personne avait moins de 18 ans.",
    "plan.hash.how.adult": "StopNCII concerne les adultes (18 ans ou plus quand l'image a été faite).",
    "plan.platform.title": "Signalez l'image à {name}",
    "plan.platform.form": "Utilisez le formulaire de signalement et choisissez l'option pour les images intimes "
                          "partagées sans consentement.",
    "plan.platform.form_fake": "Utilisez le formulaire de signalement et choisissez l'option pour les images "
                               "intimes partagées sans consentement (ou pour les images intimes fausses ou créées "
                               "par IA).",
    "plan.platform.bans_ai": "Les règles de {name} interdisent les images sexuelles créées ou modifiées par IA : "
                             "dites-le dans le signalement.",
    "plan.platform.stopncii": "{name} participe à StopNCII : une empreinte créée sur StopNCII aide aussi à bloquer "
                              "les nouvelles mises en ligne ici.",
    "plan.platform.response": "Délai de réponse annoncé : {time}.",
    "plan.platform.laws": "Lois que vous pouvez citer : {laws}.",
    "plan.platform.form_link": "Formulaire de signalement de {name}",
    "plan.platform.policy_link": "Règles de {name}",
    "plan.delist.title": "Demandez à {name} de retirer l'image des résultats de recherche",
    "plan.delist.why": "Le déréférencement empêche de trouver l'image en cherchant votre nom.",
    "plan.delist.link": "Formulaire de retrait de {name}",
    "plan.unknown_site.title": "Pour un petit site ou un site inconnu : contactez son hébergeur et son bureau "
                               "d'enregistrement",
    "plan.unknown_site.why": "Chaque site a un bureau d'enregistrement et un hébergeur, avec un contact pour les "
                             "abus qui peut retirer des contenus.",
    "plan.unknown_site.how.lookup": "Cherchez le domaine dans un service de données d'enregistrement (RDAP/WHOIS) "
                                    "pour trouver son bureau d'enregistrement et son adresse pour les abus.",
    "plan.unknown_site.how.host": "Trouvez l'hébergeur à partir de l'adresse IP du site et écrivez à son contact "
                                  "pour les abus en donnant les liens.",
    "plan.unknown_site.how.copies": "Gardez une copie de chaque message envoyé.",
    "plan.take_it_down.title": "Envoyez une demande de retrait au titre du TAKE IT DOWN Act",
    "plan.take_it_down.why": "{law} oblige les plateformes concernées à retirer l'image dans les {hours} heures "
                             "suivant une demande valable [{n}].",
    "plan.include": "À inclure : {element}",
    "plan.deadline.passed": "Si {hours} heures passent sans retrait : {after}",
    "plan.deadline.ftc": "Signalez la plateforme à la FTC, qui fait respecter l'obligation de retrait, et gardez "
                         "tous les messages de la plateforme.",
    "plan.deadline.esafety": "Dites à eSafety que l'image est toujours en ligne ; eSafety peut agir contre la "
                             "plateforme ou contre l'auteur de la publication.",
    "plan.erasure.title": "Demandez l'effacement au titre de la protection des données",
    "plan.erasure.why": "{law} vous permet de demander à un organisme d'effacer vos données personnelles, ce qui "
                        "inclut les images de vous [{n}].",
    "plan.esafety.title": "Signalez à eSafety pour obtenir un avis de retrait",
    "plan.esafety.why": "eSafety peut ordonner le retrait sous {hours} heures en vertu de {law} [{n}].",
    "plan.esafety.how.form": "Faites le signalement avec le formulaire d'eSafety pour les abus liés aux images "
                             "(image-based abuse).",
    "plan.dmca.title": "Vous avez pris la photo : envoyez une notification de retrait pour droit d'auteur (DMCA)",
    "plan.dmca.why": "Si vous avez pris la photo, le droit d'auteur vous appartient, et {law} prévoit une "
                     "notification de retrait que les hébergeurs appliquent [{n}].",
    "plan.police.title": "Portez plainte auprès de la police en nommant l'infraction",
    "plan.police.why": "Nommer l'infraction aide les agents qui connaissent mal ces lois.",
    "plan.police.how.bring": "Apportez votre liste de preuves ; demandez un récépissé ou un numéro de plainte.",
    "plan.civil.title": "Consultez un avocat pour une action en justice ou une décision de retrait",
    "plan.civil.why": "Une action civile peut obtenir des dommages-intérêts et une décision ordonnant le retrait de "
                      "l'image, même sans poursuites pénales.",
    "plan.civil.limit": "{law} [{n}] (délai pour agir : {limit})",
    "plan.civil.how.paid": "Méfiez-vous des « services de suppression » payants : beaucoup font payer ce que les "
                           "voies gratuites ci-dessus font déjà, et certains demandent plus de données personnelles "
                           "que nécessaire.",
})

PT.update({
    "plan.notice.split": "A lei penal muda de uma parte do país para outra ({place}); cada crime abaixo indica a "
                         "parte a que pertence. Diga em qual parte você mora para ver uma lista só.",
    "plan.notice.not_covered": "O corpus ainda não tem leis deste lugar ({place}); os passos abaixo usam o que se "
                               "aplica aí a partir de um nível superior, se houver, e os serviços que funcionam em "
                               "qualquer lugar.",
    "plan.notice.english": "Os nomes e resumos das leis, e os detalhes citados dos registros de leis e plataformas, "
                           "estão em inglês.",
    "plan.child.title": "A pessoa na imagem tinha menos de 18 anos: não copie, denuncie",
    "plan.child.why": "Copiar, salvar, encaminhar ou enviar uma imagem sexual de um menor pode ser crime por si só "
                      "e espalha o dano, mesmo que a intenção seja denunciar.",
    "plan.child.how.no_copy": "Não faça captura de tela, não baixe, não encaminhe nem envie a imagem, nem para um "
                              "amigo, a escola ou uma plataforma.",
    "plan.child.how.note": "Em vez disso, anote onde ela está (links, nomes de usuário, datas).",
    "plan.child.how.report": "Denuncie ao canal de proteção infantil abaixo; eles podem agir só com os links.",
    "plan.support.title": "Busque apoio agora",
    "plan.support.why": "Você não precisa passar por isso sem ajuda, e as linhas de apoio especializadas conhecem "
                        "os caminhos para remover a imagem.",
    "plan.support.how.danger": "Se você está em perigo ou pensando em se machucar, ligue para o número de "
                               "emergência local.",
    "plan.support.how.helpline": "Uma linha de apoio especializada pode orientar você em todos os passos abaixo.",
    "plan.sextortion.title": "Alguém ameaça divulgar: não pague, corte o contato, guarde provas",
    "plan.sextortion.why": "Pagar raramente acaba com as exigências; ameaçar divulgar imagens íntimas é crime em "
                           "muitos lugares.",
    "plan.sextortion.how.pay": "Não pague e não envie mais imagens.",
    "plan.sextortion.how.reply": "Pare de responder, mas não apague a conversa.",
    "plan.sextortion.how.save": "Guarde as mensagens, os nomes das contas e qualquer dado de pagamento que pediram.",
    "plan.sextortion.how.report": "Denuncie a conta à plataforma e à polícia.",
    "plan.evidence.title": "Guarde provas com segurança",
    "plan.evidence.why": "Plataformas, polícia e tribunais agem mais rápido com links, datas e nomes de contas.",
    "plan.evidence.how.minor": "Anote links, nomes de usuário e datas; não copie a imagem em si.",
    "plan.evidence.how.links": "Salve links, nomes de usuário, datas e horários.",
    "plan.evidence.how.screens": "Tire capturas de tela da página em volta da imagem (a publicação, a conta, os "
                                 "comentários).",
    "plan.evidence.how.private": "Guarde tudo em um lugar privado, por exemplo uma pasta criptografada ou o "
                                 "aparelho de uma pessoa de confiança.",
    "plan.hash.title": "Bloqueie cópias com uma impressão digital",
    "plan.hash.why": "Uma impressão digital (hash) criada no seu próprio aparelho permite que plataformas parceiras "
                     "bloqueiem envios iguais; a imagem não é enviada.",
    "plan.hash.how.minor": "O Take It Down é para imagens feitas quando a pessoa tinha menos de 18 anos.",
    "plan.hash.how.adult": "O StopNCII é para adultos (18 anos ou mais quando a imagem foi feita).",
    "plan.platform.title": "Denuncie a imagem na plataforma {name}",
    "plan.platform.form": "Use o formulário de denúncia e escolha a opção de imagens íntimas compartilhadas sem "
                          "consentimento.",
    "plan.platform.form_fake": "Use o formulário de denúncia e escolha a opção de imagens íntimas compartilhadas "
                               "sem consentimento (ou de imagens íntimas falsas ou feitas com IA).",
    "plan.platform.bans_ai": "As regras da plataforma {name} proíbem imagens sexuais feitas ou alteradas com IA: "
                             "diga isso na denúncia.",
    "plan.platform.stopncii": "A plataforma {name} participa do StopNCII: uma impressão digital criada lá também "
                              "ajuda a bloquear novos envios aqui.",
    "plan.platform.response": "Prazo de resposta informado: {time}.",
    "plan.platform.laws": "Leis que você pode citar: {laws}.",
    "plan.platform.form_link": "Formulário de denúncia ({name})",
    "plan.platform.policy_link": "Regras da plataforma ({name})",
    "plan.delist.title": "Peça que {name} tire a imagem dos resultados de busca",
    "plan.delist.why": "Assim a imagem deixa de aparecer quando alguém busca o seu nome.",
    "plan.delist.link": "Formulário de remoção ({name})",
    "plan.unknown_site.title": "Para um site pequeno ou desconhecido: contate a hospedagem e o registrador do "
                               "domínio",
    "plan.unknown_site.why": "Todo site tem um registrador e uma empresa de hospedagem com um contato para abusos "
                             "que pode remover conteúdo.",
    "plan.unknown_site.how.lookup": "Pesquise o domínio em um serviço de dados de registro (RDAP/WHOIS) para "
                                    "encontrar o registrador e o e-mail dele para abusos.",
    "plan.unknown_site.how.host": "Descubra a empresa de hospedagem pelo endereço IP do site e escreva para o "
                                  "contato de abusos com os links.",
    "plan.unknown_site.how.copies": "Guarde uma cópia de cada mensagem que você enviar.",
    "plan.take_it_down.title": "Envie um pedido de remoção com base no TAKE IT DOWN Act",
    "plan.take_it_down.why": "{law} obriga as plataformas abrangidas a remover a imagem em até {hours} horas após "
                             "um pedido válido [{n}].",
    "plan.include": "Inclua: {element}",
    "plan.deadline.passed": "Se passarem {hours} horas: {after}",
    "plan.deadline.ftc": "Denuncie a plataforma à FTC, que fiscaliza o dever de remoção, e guarde todas as "
                         "mensagens da plataforma.",
    "plan.deadline.esafety": "Avise o eSafety de que a imagem continua no ar; ele pode agir contra a plataforma ou "
                             "contra quem publicou.",
    "plan.erasure.title": "Peça a exclusão dos seus dados com base na lei de proteção de dados",
    "plan.erasure.why": "{law} permite que você peça a uma organização que apague seus dados pessoais, o que inclui "
                        "imagens suas [{n}].",
    "plan.esafety.title": "Denuncie ao eSafety para obter uma ordem de remoção",
    "plan.esafety.why": "O eSafety pode ordenar a remoção em até {hours} horas com base em {law} [{n}].",
    "plan.esafety.how.form": "Faça a denúncia pelo formulário do eSafety para abuso com imagens (image-based "
                             "abuse).",
    "plan.dmca.title": "Você tirou a foto: envie uma notificação de remoção por direitos autorais (DMCA)",
    "plan.dmca.why": "Quem tirou a foto tem os direitos autorais, e {law} prevê uma notificação de remoção que os "
                     "serviços de hospedagem atendem [{n}].",
    "plan.police.title": "Registre um boletim de ocorrência e cite o crime",
    "plan.police.why": "Citar o crime ajuda policiais que não conhecem bem essas leis.",
    "plan.police.how.bring": "Leve sua lista de provas e peça o número do boletim de ocorrência.",
    "plan.civil.title": "Pergunte a um advogado sobre um processo ou uma ordem judicial",
    "plan.civil.why": "Uma ação civil pode garantir indenização e ordens judiciais para remover a imagem, mesmo sem "
                      "processo criminal.",
    "plan.civil.limit": "{law} [{n}] (prazo: {limit})",
    "plan.civil.how.paid": "Cuidado com “serviços de remoção” pagos: muitos cobram pelo que os caminhos gratuitos "
                           "acima já fazem, e alguns pedem mais dados pessoais do que precisam.",
})


TABLES = {"en": EN, "es": ES, "fr": FR, "pt": PT}


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
