"""French words shown to people: every key of kb.i18n's English table, same {placeholders} (vous).

{place} is a bare name ("France", "Texas", "États-Unis") and French needs en/au/aux before it, so a sentence names
the place as a label ("France : ...") or in brackets ("(Texas)"), never as "en {place}".
"""

from __future__ import annotations

FR = {
    "where": "**Où :** {places}.",
    "heading.short": "Réponse courte",
    "heading.steps": "Ce que vous pouvez faire maintenant",
    "heading.steps_if": "Si cela vous est arrivé",
    "heading.laws": "Lois applicables",
    "heading.laws_bills": "Lois et projets de loi",
    "heading.penalties": "Peines",
    "heading.safety": "Votre sécurité d'abord",
    "act.made": "créer une telle image",
    "act.shared": "diffuser une telle image",
    "act.threatened": "menacer de diffuser une telle image",
    "act.kept": "conserver une telle image",
    "act.watched": "regarder une telle image",
    "act.tool": "créer ou proposer un outil qui produit de telles images",
    "image.fake": "créées ou modifiées par IA",
    "image.real": "réelles",
    "image.unknown": "de ce type",
    "via": ", avec {laws}",
    "short.crime": "**Réponse courte :** {word} {place} : {act} est une infraction selon {laws}.",
    "short.crime_minor": "**Réponse courte :** {word} {place} : {act} d'une personne de moins de 18 ans est une "
                         "infraction selon {laws}.",
    "short.info": "**En bref ({place}) :** {act} est une infraction selon {laws}.",
    "short.info_minor": "**En bref ({place}) :** {act} d'une personne de moins de 18 ans est une infraction selon "
                        "{laws}.",
    "short.late": "**Réponse courte :** {word} {laws} est en vigueur depuis une date postérieure à celle que vous "
                  "indiquez, donc ce texte peut ne pas couvrir ce qui s'est passé alors ; diffuser à nouveau "
                  "l'image maintenant peut quand même en relever.",
    "short.late_ai": "**Réponse courte :** {word} {laws} ne vise les images créées ou modifiées par IA que depuis "
                    "le {detail}, après la date indiquée, et une loi pénale ne s'applique pas aux faits antérieurs ; "
                    "une nouvelle diffusion ou menace aujourd'hui peut en relever.",
    "short.late_no": "**Réponse courte :** {word} {laws} est en vigueur depuis une date postérieure à celle que "
                     "vous indiquez, et une loi pénale ne s'applique pas aux faits antérieurs à son entrée en "
                     "vigueur ; si cela se reproduit maintenant (nouvelle publication, nouveau partage ou nouvelle "
                     "menace), elle peut s'appliquer.",
    "short.future": "**Réponse courte :** {word} Pas encore : {laws} en ferait une infraction, mais ce texte n'est "
                    "pas en vigueur (statut : {status}).",
    "short.school": "**Réponse courte :** {word} Recourse recense le droit pénal et civil, pas les règles "
                    "scolaires : ce qu'un établissement peut ou doit faire (sanctions, signalement) dépend de son "
                    "propre règlement et du droit de l'éducation ({place}), que ce corpus ne couvre pas.",
    "short.school_law": "Ce que dit la loi sur les faits eux-mêmes ({place}) : {act} est une infraction selon {laws}.",
    "short.school_law_minor": "Ce que dit la loi sur les faits eux-mêmes ({place}) : {act} d'une personne de moins de "
                              "18 ans est une infraction selon {laws}.",
    "step.school_support": "**Soutenez l'élève visé :** dites-lui que ce n'est pas sa faute, prévenez sa famille et "
                           "aidez-le à bloquer les copies avec {service}.",
    "step.school_report": "**Signalez les faits :** la police peut agir selon {laws} ; l'obligation de signalement du "
                          "personnel dépend des règles locales : vérifiez-la avec le conseiller juridique de "
                          "l'établissement.",
    "step.school_rules": "**Suivez vos propres règles :** le règlement intérieur et la politique de protection de "
                         "l'établissement décident des sanctions ; notez ce qui s'est passé et qui a vu l'image, sans en "
                         "garder de copie.",
    "short.not_image": "**Réponse courte :** {word} L'infraction enregistrée ({place}), {laws}, ne couvre pas les "
                       "images {image} : elle ne rend donc pas ces faits punissables ; d'autres lois (action civile, "
                       "harcèlement) peuvent s'appliquer, voyez les lois ci-dessous.",
    "short.tool": "**Réponse courte :** {word} {place} : {act} est interdit selon {laws}.",
    "short.status": "**Réponse courte :** {word} {laws} : {status}.",
    "short.third_party": "**Réponse courte :** {word} Les recours enregistrés ici visent la personne qui a créé ou "
                         "diffusé l'image ; la responsabilité d'un employeur, d'une école ou d'une autre entreprise n'est "
                         "pas dans le corpus : consultez un avocat. Les lois ci-dessous montrent ce que la victime peut "
                         "faire contre cette personne.",
    "short.paid_content": "**Réponse courte :** {word} Les lois contre la diffusion d'images intimes exigent en général "
                          "que l'image ait été privée ; pour un contenu que vous avez vendu ou publié vous-même, le plus "
                          "rapide est une notification de retrait pour droit d'auteur (DMCA) selon {laws}.",
    "short.minor_self": "**Réponse courte :** {word} Les images sexuelles d'une personne de moins de 18 ans peuvent "
                        "relever des lois sur les images d'abus d'enfants même si l'adolescent les a prises lui-même, "
                        "mais beaucoup d'endroits traitent autrement celui qui envoie sa propre photo ; c'est la "
                        "personne qui l'a fait circuler que visent les lois ci-dessous.",
    "short.unclear_act": "**Réponse courte :** {word} {laws} est la loi la plus proche ({place}), mais le corpus "
                         "ne montre pas qu'elle couvre le fait de {act} ; consultez le texte officiel ou un avocat.",
    "short.unclear": "**Réponse courte :** {word} {laws} est la loi la plus proche ({place}), mais le corpus ne "
                     "montre pas qu'elle couvre le fait de {act} lorsque les images sont {image} ; consultez le "
                     "texte officiel ou un avocat.",
    "short.other_act": "**Réponse courte :** {word} Aucune loi du corpus ({place}) ne punit en soi le fait de "
                       "{act} ; {laws} vise des comportements voisins, lisez donc ses éléments ci-dessous.",
    "short.none": "**Réponse courte :** {word} Le corpus n'a aucune loi pénale qui couvre cela ({place}).",
    "short.not_this_act": "**Réponse courte :** {word} Aucune des infractions enregistrées ({place}) ne punit en "
                          "soi le fait de {act} ; la diffuser est une infraction selon {laws}, et d'autres lois "
                          "(actions civiles, harcèlement) peuvent quand même s'appliquer, lisez donc les lois "
                          "ci-dessous.",
    "short.kind_civil": "**Réponse courte :** {laws} est une disposition civile : la personne représentée peut agir en justice sur ce fondement ; ce n'est pas une infraction pénale.",
    "short.kind_criminal": "**Réponse courte :** {laws} est une infraction pénale ; elle ne donne pas à elle seule à la personne représentée une action en justice.",
    "short.kind_both": "**Réponse courte :** {laws} est les deux : une infraction pénale et une action que la personne représentée peut exercer.",
    "short.ages_adults": "**Réponse courte :** {word} {laws} protège les adultes comme les mineurs.",
    "short.ages_minors": "**Réponse courte :** {word} {laws} ne protège que les moins de 18 ans ; les adultes "
                         "relèvent, le cas échéant, des autres lois ci-dessous.",
    "short.ages_unknown": "**Réponse courte :** {word} La fiche de {laws} ne dit pas si elle protège les adultes.",
    "short.element_yes": "**Réponse courte :** {word} L'un des éléments enregistrés pour {laws} est le suivant : "
                         "{detail}.",
    "short.element_unknown": "**Réponse courte :** {word} Les éléments enregistrés pour {laws} ne mentionnent pas "
                             "{detail} ; le texte officiel tranche.",
    "short.elements": "**Réponse courte :** Les éléments enregistrés pour {laws} : {detail}",
    "short.reach_making": "**Réponse courte :** {laws} vise le fait de fabriquer l'image elle-même, pas seulement de la diffuser.",
    "short.reach_sharing": "**Réponse courte :** {laws} vise la diffusion de l'image ; la fabriquer n'est pas en soi une infraction selon ce texte.",
    "short.reach_unknown": "**Réponse courte :** la fiche de {laws} ne dit pas si fabriquer l'image, sans la diffuser, est visé.",
    "short.felony": "**Réponse courte :** {word} {place} : {act} est une infraction grave (felony) selon {laws}.",
    "short.misdemeanor": "**Réponse courte :** {word} {place} : {act} est une infraction selon {laws}, classée "
                         "comme infraction mineure (misdemeanor) ; voyez la peine ci-dessous.",
    "short.grade_unknown": "**Réponse courte :** {word} {place} : {act} est une infraction selon {laws} ; le corpus "
                           "n'indique pas si elle est classée comme infraction grave (felony).",
    "short.grade_changed": "**Réponse courte :** {word} {place} : aujourd'hui, {act} est une infraction grave "
                           "(felony) selon {laws}, mais sa classification a changé après la date que vous indiquez ; "
                           "les faits antérieurs à ce changement sont jugés selon l'ancienne classification, que le "
                           "corpus n'enregistre pas.",
    "short.remedy": "**Réponse courte :** {word} Vous pouvez le faire vous-même, sans avocat{via}.",
    "short.platform_duty": "**Réponse courte :** {word} Selon {laws}, une plateforme soumise à ce texte doit retirer "
                           "l'image après une demande valable ; si elle ne le fait pas, les étapes ci-dessous "
                           "indiquent à qui vous adresser.",
    "short.platform_none": "**Réponse courte :** {word} Le corpus n'enregistre aucune obligation de retrait pour "
                           "les plateformes ({place}) ; les règles propres à la plateforme et les étapes ci-dessous "
                           "s'appliquent quand même.",
    "short.named_not_law": "**Réponse courte :** {word} {laws} n'a pas force de loi ({status}), donc on ne peut pas "
                           "encore l'invoquer.",
    "short.meanwhile": "En attendant, voici ce que dit la loi en vigueur.",
    "short.consent": "**Réponse courte :** {word} Les lois sur les images intimes comme {laws} reposent sur "
                     "l'absence de consentement de la personne représentée ; avec le consentement réel de cet "
                     "adulte, elles ne sont en général pas enfreintes. Le consentement peut être retiré, et diffuser "
                     "l'image au-delà de ce qui avait été convenu peut être une infraction.",
    "short.sue": "**Réponse courte :** {word} {place} : vous pouvez engager une action civile selon {laws}.",
    "short.limit": "Délai selon {law} : {limit}.",
    "short.limit_unknown": "Le corpus n'indique pas le délai pour agir selon {law} ; les délais peuvent être "
                           "courts, consultez vite un avocat ou l'aide juridique.",
    "short.sued": "**Réponse courte :** {word} {place} : la personne représentée peut poursuivre en justice "
                  "celui qui a créé ou diffusé l'image, selon {laws}.",
    "short.sue_unclear": "**Réponse courte :** {word} {laws} ouvre une action civile ({place}), mais le corpus ne "
                         "montre pas que ce texte couvre les images {image}.",
    "short.sue_future": "**Réponse courte :** {word} Pas encore : {laws} ouvrirait une action civile, mais ce texte "
                        "n'est pas en vigueur.",
    "short.sue_none": "**Réponse courte :** {word} Le corpus n'enregistre aucune action civile pour cela ({place}) ; "
                      "un avocat peut dire si des actions générales (vie privée, harcèlement, diffamation) "
                      "conviennent.",
    "word.yes": "Oui.",
    "word.no": "Non.",
    "word.unclear": "Pas clairement.",
    "maker.consequences": "**Si vous avez créé ou diffusé une telle image :** arrêtez, supprimez toutes les copies "
                          "que vous contrôlez et ne la transmettez pas. Recourse n'aide pas à créer des images. "
                          "Parlez à un avocat pénaliste (de la défense) avant d'en parler à qui que ce soit.",
    "maker.penalty": "Conséquences possibles : {laws}.",
    "minor_self.did": "**Poser la question ne vous attire aucun ennui.** Si vous avez fait ou transféré une photo "
                      "de quelqu'un d'autre : arrêtez, supprimez toutes vos copies, ne la renvoyez pas et parlez-en "
                      "aujourd'hui à un adulte de confiance. Les images de moins de 18 ans peuvent être retirées avec "
                      "{take_it_down}, sans que personne ne les voie.",
    "minor_self": "**Poser la question ne vous attire aucun ennui.** Si quelqu'un vous pousse à envoyer des photos "
                  "ou menace de les diffuser, arrêtez de répondre, n'en envoyez plus et parlez-en à un adulte de "
                  "confiance. Les images de toute personne de moins de 18 ans peuvent être retirées avec "
                  "{take_it_down}, sans que personne ne les voie.",
    "minor_self.law": "Les images sexuelles de toute personne de moins de 18 ans peuvent relever des lois sur les "
                      "images d'abus sexuels sur mineurs, même quand un adolescent les a prises de lui-même ; de "
                      "nombreux endroits traitent les adolescents différemment des adultes, alors parlez d'abord à "
                      "un conseiller de votre école ou à une ligne d'écoute.",
    "minor.block": "**Si la personne sur l'image a moins de 18 ans :** ne copiez pas l'image, n'en faites pas de "
                   "capture d'écran, ne la transférez pas, ne l'enregistrez pas et ne la publiez pas, même pas pour "
                   "la signaler ; cela peut en soi être une infraction. Notez où elle se trouve (liens, noms "
                   "d'utilisateur, dates) et signalez-la au service de protection de l'enfance{links}. Personne chez "
                   "Recourse ne vous demandera jamais l'image.",
    "cue.sextortion": "**Si quelqu'un vous menace ou demande de l'argent :** ne payez pas, n'envoyez rien de plus, "
                      "cessez de répondre et gardez les messages et les noms de comptes. Payer y met rarement fin.",
    "cue.scam": "**Cela ressemble à une arnaque de masse connue :** ces courriels qui prétendent avoir piraté votre "
                "webcam et exigent des bitcoins sont envoyés à des millions de personnes, le plus souvent sans "
                "aucune image. Ne payez pas et ne répondez pas ; changez le mot de passe qu'ils citent et signalez "
                "le courriel comme hameçonnage.",
    "cue.dv": "**Si vous avez peur d'un partenaire ou d'un ex :** votre sécurité passe d'abord. Un service d'aide "
              "aux victimes de violences conjugales peut vous aider{links} ; en danger, appelez les urgences.",
    "cue.self_harm": "**Si vous pensez à vous faire du mal :** contactez maintenant une ligne de crise{links} ou "
                     "les urgences. Ce qui est arrivé n'est pas de votre faute.",
    "step.keep_not_send": "**Ne la transférez pas et ne la montrez à personne :** la faire circuler peut être "
                          "une infraction même si la garder ne l'est pas.",
    "step.keep_delete": "**Supprimez les copies que vous avez,** sauf si la personne montrée vous demande de "
                        "les garder comme preuve ; si elle peut avoir moins de 18 ans, supprimez-la et signalez "
                        "où vous l'avez vue à {service}.",
    "step.keep_report": "**Signalez-la au site ou à l'appli où vous l'avez vue** et, si vous connaissez la "
                        "personne montrée, prévenez-la en privé pour qu'elle puisse agir.",
    "step.evidence": "**Gardez des preuves :** liens, noms de comptes, dates et captures de la page autour de "
                     "l'image ; conservez-les en lieu sûr.",
    "step.evidence_minor": "**Notez sans copier l'image :** liens, noms de comptes et dates.",
    "step.hash": "**Bloquez les republications :** {service} crée une empreinte numérique sur votre appareil pour "
                 "que les plateformes partenaires bloquent les copies ; l'image n'est pas envoyée.",
    "step.report_platform": "**Signalez-la sur {name} :** [formulaire]({url}).",
    "step.report_any": "**Signalez-la sur chaque site où elle apparaît**, avec le formulaire du site.",
    "step.takedown": "**Utilisez la voie légale de retrait :** {laws} oblige les plateformes à retirer l'image "
                     "après notification.",
    "step.police": "**Portez plainte** en nommant l'infraction : {laws}.",
    "step.civil": "**Interrogez un avocat sur une action civile :** {laws}.",
    "step.delist": "**Demandez au moteur de recherche de déréférencer l'image :** le droit à l'effacement prévu par "
                   "{laws} couvre les résultats pour votre nom ; utilisez le formulaire de retrait du moteur de "
                   "recherche.",
    "step.dmca": "**Vous avez pris la photo :** une notification de retrait pour droit d'auteur (DMCA) fonctionne "
                 "aussi : {laws}.",
    "step.talk": "**Parlez à quelqu'un :** {services}.",
    "step.plan": "Ouvrez *Make a plan* pour le plan complet, étape par étape, avec des demandes de retrait déjà "
                 "rédigées.",
    "clarify.where": "Où vivez-vous ? Indiquez le pays (et l'État si vous êtes aux États-Unis) pour que je donne "
                     "les lois applicables.",
    "clarify.which_place": "De quel endroit parlez-vous ?",
    "clarify.which_province": "Dans quelle province ou quel territoire du Canada vivez-vous ? Le droit de poursuivre pour des images intimes relève de la loi provinciale.",
    "clarify.which_state": "Dans quel État des États-Unis vivez-vous ? La plupart de ces lois sont des lois d'État.",
    "clarify.which_uk_part": "Quelle partie du Royaume-Uni ? L'Angleterre et le pays de Galles, l'Écosse et "
                             "l'Irlande du Nord ont des lois pénales différentes.",
    "clarify.what": "Je peux aider pour des images intimes, fausses ou réelles, diffusées, créées ou utilisées "
                    "pour menacer sans consentement. Que s'est-il passé, et où vivez-vous ?",
    "clarify.where_safe": "Je suis là pour vous aider. Où êtes-vous, pour que je vous indique de l'aide près de "
                          "chez vous ?",
    "clarify.meanwhile": "En attendant, ces étapes fonctionnent partout :",
    "notice.not_covered": "Le corpus de Recourse n'a pas encore de loi pour ce lieu ({place}), il ne peut donc pas "
                          "dire ce que prévoit son droit.",
    "notice.eu_member": "Le droit de l'UE s'applique ici ({place}) ; le droit national n'est pas encore dans le "
                        "corpus.",
    "notice.parents_only": "Il peut seulement montrer les lois qui s'y appliquent aussi ({parents}).",
    "notice.summaries_english": "Les résumés des lois sont en anglais.",
    "notice.list_rule": "Règle appliquée : {rule}.",
    "no_law": "Aucune loi du corpus ne correspond à ce lieu. Le corpus couvre tous les États des États-Unis et DC, "
              "le droit fédéral américain, ainsi que : {countries}.",
    "disclaimer": "Informations générales issues d'un corpus daté et vérifié, pas un conseil juridique. Les lois "
                  "changent : ouvrez le texte officiel lié et, pour votre situation, parlez à un avocat ou à un "
                  "service d'aide aux victimes.",
    "human_help": "Aide humaine : {services}.",
    "status_first": "**Statut :** {status}.",
    "none_place": "aucun lieu indiqué",
}

__all__ = ["FR"]
