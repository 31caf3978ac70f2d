"""The action plan's fixed sentences (kb/plan.py), one table per language; kb.i18n merges them into its tables,
so they are read with `t(lang, "plan....")` like every other key.

Names, summaries and elements of laws, and what platform and service records say, are quoted as recorded (in
English); a plan in another language says so in "plan.notice.english". Keep the placeholders of a key the same in
every language (tests/test_plan_i18n.py checks it).
"""

from __future__ import annotations

EN = {
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
}

ES = {
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
}

FR = {
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
}

PT = {
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
}

PLAN_WORDS = {"en": EN, "es": ES, "fr": FR, "pt": PT}
__all__ = ["PLAN_WORDS"]
