"""Portuguese (Brazilian) words shown to people: every key of kb.i18n's English table, same {placeholders} (você).

{place} is a bare name ("Brasil", "Texas", "Portugal") and Portuguese needs no/na/em before it, so a sentence names
the place as a label ("Brasil: ...") or in brackets ("(Texas)"), never as "em {place}".
"""

from __future__ import annotations

PT = {
    "where": "**Onde:** {places}.",
    "heading.short": "Resposta curta",
    "heading.steps": "O que você pode fazer agora",
    "heading.steps_if": "Se isso aconteceu com você",
    "heading.laws": "Leis aplicáveis",
    "heading.laws_bills": "Leis e projetos de lei",
    "heading.penalties": "Penas",
    "heading.safety": "Sua segurança primeiro",
    "act.made": "criar uma imagem assim",
    "act.shared": "divulgar uma imagem assim",
    "act.threatened": "ameaçar divulgar uma imagem assim",
    "act.kept": "guardar uma imagem assim",
    "act.watched": "ver uma imagem assim",
    "act.tool": "criar ou oferecer uma ferramenta que gera imagens assim",
    "image.fake": "feitas ou alteradas com IA",
    "image.real": "reais",
    "image.unknown": "desse tipo",
    "via": ", com {laws}",
    "short.crime": "**Resposta curta:** {word} {place}: {act} é crime segundo {laws}.",
    "short.crime_minor": "**Resposta curta:** {word} {place}: {act} de uma pessoa com menos de 18 anos é crime "
                         "segundo {laws}.",
    "short.info": "**Em resumo ({place}):** {act} é crime segundo {laws}.",
    "short.info_minor": "**Em resumo ({place}):** {act} de uma pessoa com menos de 18 anos é crime segundo {laws}.",
    "short.late": "**Resposta curta:** {word} {laws} entrou em vigor depois da data que você informou, então pode "
                  "não alcançar o que aconteceu naquela época; divulgar a imagem de novo agora ainda pode se "
                  "enquadrar nessa lei.",
    "short.late_ai": "**Resposta curta:** {word} {laws} alcança imagens feitas ou alteradas com IA só desde "
                    "{detail}, depois da data que você deu, e uma lei penal não alcança fatos anteriores; uma nova "
                    "publicação, divulgação ou ameaça agora pode se enquadrar.",
    "short.late_no": "**Resposta curta:** {word} {laws} passou a valer depois da data que você informou, e uma lei "
                     "penal não alcança fatos anteriores ao início da sua vigência; se acontecer de novo agora (uma "
                     "nova publicação, um novo compartilhamento ou uma nova ameaça), essa lei pode alcançar o novo "
                     "fato.",
    "short.future": "**Resposta curta:** {word} Ainda não: {laws} tornaria isso crime, mas não está em vigor "
                    "(situação: {status}).",
    "short.school": "**Resposta curta:** {word} O Recourse registra o direito penal e civil, não as regras "
                    "escolares: o que uma escola pode ou deve fazer (punições, comunicação às autoridades) depende das "
                    "suas próprias normas e da legislação educacional de {place}, que este corpus não cobre.",
    "short.school_law": "O que a lei diz sobre a conduta em si: em {place}, {act} é crime segundo {laws}.",
    "short.school_law_minor": "O que a lei diz sobre a conduta em si: em {place}, {act} de uma pessoa com menos de 18 "
                              "anos é crime segundo {laws}.",
    "step.school_support": "**Apoie o aluno ou aluna da imagem:** diga que não é culpa dele ou dela, avise a família e "
                           "ajude a bloquear cópias com {service}.",
    "step.school_report": "**Comunique a conduta:** a polícia pode agir segundo {laws}; se a equipe é obrigada a "
                          "comunicar o caso depende das regras do lugar, então confirme com a assessoria jurídica da "
                          "escola.",
    "step.school_rules": "**Siga as suas próprias regras:** o regimento da escola e a sua política de proteção decidem "
                         "qualquer punição; anote o que aconteceu e quem viu a imagem, sem guardar cópia.",
    "short.not_image": "**Resposta curta:** {word} O crime registrado ({place}), {laws}, não cobre imagens "
                       "{image}, então não torna isso crime ali; outras leis (ações civis, assédio) ainda podem se "
                       "aplicar, veja as leis abaixo.",
    "short.tool": "**Resposta curta:** {word} Em {place}, {act} é proibido segundo {laws}.",
    "short.status": "**Resposta curta:** {word} {laws}: {status}.",
    "short.third_party": "**Resposta curta:** {word} As ações registradas aqui são contra quem fez ou divulgou a "
                         "imagem; se um empregador, uma escola ou outra empresa também pode ser responsabilizado não está "
                         "no corpus, então fale com um advogado. As leis abaixo mostram o que a vítima pode fazer contra "
                         "essa pessoa.",
    "short.paid_content": "**Resposta curta:** {word} As leis contra a divulgação de imagens íntimas costumam exigir que "
                          "a imagem fosse privada; para conteúdo que você vendeu ou publicou, o caminho mais rápido é um "
                          "aviso de remoção por direitos autorais (DMCA) segundo {laws}.",
    "short.minor_self": "**Resposta curta:** {word} Imagens sexuais de qualquer pessoa com menos de 18 anos podem se "
                        "enquadrar nas leis sobre material de abuso infantil mesmo quando o próprio adolescente as fez, "
                        "mas muitos lugares tratam de outra forma quem envia a própria foto; quem a repassou é a pessoa "
                        "de quem tratam as leis abaixo.",
    "short.unclear_act": "**Resposta curta:** {word} {laws} é a lei mais próxima ({place}), mas o corpus não "
                         "mostra que ela cubra o ato de {act}; confira o texto oficial ou fale com um advogado.",
    "short.unclear": "**Resposta curta:** {word} {laws} é a lei mais próxima ({place}), mas o corpus não mostra "
                     "que ela cubra o ato de {act} quando as imagens são {image}; confira o texto oficial ou fale "
                     "com um advogado.",
    "short.other_act": "**Resposta curta:** {word} Nenhuma lei do corpus ({place}) torna crime, por si só, o ato "
                       "de {act}; {laws} trata de condutas relacionadas, então leia os elementos dela abaixo.",
    "short.none": "**Resposta curta:** {word} O corpus não tem lei penal deste lugar ({place}) que cubra isso.",
    "short.not_this_act": "**Resposta curta:** {word} Nenhum dos crimes registrados ({place}) pune, por si só, o "
                          "ato de {act}; divulgá-la é crime segundo {laws}, e outras leis (ações civis, assédio) "
                          "ainda podem se aplicar, então leia as leis abaixo.",
    "short.kind_civil": "**Resposta curta:** {laws} é uma norma civil: a pessoa retratada pode processar com base nela; não é crime.",
    "short.kind_criminal": "**Resposta curta:** {laws} é um crime; não dá por si só à pessoa retratada uma ação para processar.",
    "short.kind_both": "**Resposta curta:** {laws} é as duas coisas: um crime e uma ação que a pessoa retratada pode propor.",
    "short.ages_adults": "**Resposta curta:** {word} {laws} protege adultos além de menores.",
    "short.ages_minors": "**Resposta curta:** {word} {laws} protege só menores de 18 anos; os adultos são "
                         "protegidos, se for o caso, pelas outras leis abaixo.",
    "short.ages_unknown": "**Resposta curta:** {word} O registro de {laws} não diz se protege adultos.",
    "short.element_yes": "**Resposta curta:** {word} Um dos elementos registrados de {laws} é este: {detail}.",
    "short.element_unknown": "**Resposta curta:** {word} Os elementos registrados de {laws} não mencionam "
                             "{detail}; o texto oficial decide.",
    "short.elements": "**Resposta curta:** Os elementos registrados de {laws}: {detail}",
    "short.reach_making": "**Resposta curta:** {laws} alcança o ato de criar a imagem, não só o de divulgá-la.",
    "short.reach_sharing": "**Resposta curta:** {laws} pune divulgar a imagem; criá-la não é por si só crime segundo essa norma.",
    "short.reach_unknown": "**Resposta curta:** o registro de {laws} não diz se criar a imagem, sem divulgá-la, está coberto.",
    "short.felony": "**Resposta curta:** {word} {place}: {act} é um crime grave (felony) segundo {laws}.",
    "short.misdemeanor": "**Resposta curta:** {word} {place}: {act} é crime segundo {laws}, classificado como "
                         "infração menor (misdemeanor); veja a pena abaixo.",
    "short.grade_unknown": "**Resposta curta:** {word} {place}: {act} é crime segundo {laws}; o corpus não "
                           "registra se é classificado como crime grave (felony).",
    "short.grade_changed": "**Resposta curta:** {word} {place}: hoje, {act} é um crime grave (felony) segundo "
                           "{laws}, mas a classificação mudou depois da data que você informou; fatos anteriores à "
                           "mudança são julgados pela classificação anterior, que o corpus não registra.",
    "short.remedy": "**Resposta curta:** {word} Você pode fazer isso por conta própria, sem advogado{via}.",
    "short.platform_duty": "**Resposta curta:** {word} Segundo {laws}, uma plataforma sujeita a essa lei deve "
                           "remover a imagem depois de um pedido válido; se ela não remover, os passos abaixo dizem "
                           "a quem recorrer.",
    "short.platform_none": "**Resposta curta:** {word} O corpus não registra nenhum dever de remoção para "
                           "plataformas ({place}); as regras da própria plataforma e os passos abaixo continuam "
                           "valendo.",
    "short.named_not_law": "**Resposta curta:** {word} {laws} não é lei ({status}), então ainda não é possível "
                           "recorrer a esse texto.",
    "short.meanwhile": "Enquanto isso, veja o que diz a lei em vigor.",
    "short.consent": "**Resposta curta:** {word} Leis sobre imagens íntimas como {laws} dependem da falta de "
                     "consentimento da pessoa mostrada; com o consentimento real de um adulto, em geral elas não "
                     "são violadas. O consentimento pode ser retirado, e divulgar a imagem além do que foi "
                     "combinado pode ser crime.",
    "short.sue": "**Resposta curta:** {word} {place}: você pode entrar com uma ação civil segundo {laws}.",
    "short.limit": "Prazo segundo {law}: {limit}.",
    "short.limit_unknown": "O corpus não registra quanto tempo você tem para processar segundo {law}; os prazos "
                           "podem ser curtos, então procure logo um advogado ou a defensoria.",
    "short.sued": "**Resposta curta:** {word} {place}: a pessoa retratada pode processar quem fez ou divulgou a "
                  "imagem, segundo {laws}.",
    "short.sue_unclear": "**Resposta curta:** {word} {laws} prevê uma ação civil ({place}), mas o corpus não "
                         "mostra que essa lei alcance imagens {image}.",
    "short.sue_future": "**Resposta curta:** {word} Ainda não: {laws} daria direito a uma ação civil, mas não está "
                        "em vigor.",
    "short.sue_none": "**Resposta curta:** {word} O corpus não registra ação civil para isso ({place}); um advogado "
                      "pode dizer se ações gerais (privacidade, assédio, difamação) se aplicam.",
    "word.yes": "Sim.",
    "word.no": "Não.",
    "word.unclear": "Não está claro.",
    "maker.consequences": "**Se você criou ou divulgou uma imagem assim:** pare, apague todas as cópias que estão "
                          "sob seu controle e não a repasse. O Recourse não ajuda a criar imagens. Fale com um "
                          "advogado criminalista (de defesa) antes de falar sobre isso com qualquer pessoa.",
    "maker.penalty": "Consequências possíveis: {laws}.",
    "minor_self.did": "**Perguntar não vai te causar problemas.** Se você fez ou repassou uma foto de outra "
                      "pessoa: pare, apague todas as cópias que tiver, não envie adiante e conte hoje para um adulto "
                      "de confiança. Imagens de menores de 18 anos podem ser removidas com {take_it_down}, sem que "
                      "ninguém as veja.",
    "minor_self": "**Perguntar não vai te causar problemas.** Se alguém está te pressionando para mandar fotos ou "
                  "ameaçando divulgá-las, pare de responder, não mande mais nada e conte para um adulto de "
                  "confiança. Imagens de qualquer pessoa com menos de 18 anos podem ser removidas com "
                  "{take_it_down}, sem que ninguém as veja.",
    "minor_self.law": "Imagens sexuais de qualquer pessoa com menos de 18 anos podem se enquadrar nas leis sobre "
                      "imagens de abuso sexual infantil mesmo quando foi o próprio adolescente que as fez; muitos "
                      "lugares tratam adolescentes de forma diferente dos adultos, então, antes de qualquer coisa, "
                      "fale com um orientador da escola ou uma linha de apoio.",
    "minor.block": "**Se a pessoa na imagem tem menos de 18 anos:** não copie, não faça captura de tela, não "
                   "encaminhe, não salve nem envie a imagem, nem mesmo para denunciar; isso pode ser crime por si "
                   "só. Anote onde ela está (links, nomes de usuário, datas) e denuncie ao canal de proteção "
                   "infantil{links}. Ninguém do Recourse jamais vai pedir a imagem a você.",
    "cue.sextortion": "**Se alguém está te ameaçando ou pedindo dinheiro:** não pague, não envie mais nada, pare de "
                      "responder e guarde as mensagens e os nomes das contas. Pagar raramente faz isso parar.",
    "cue.scam": "**Isto parece um golpe em massa conhecido:** e-mails que dizem ter invadido sua câmera e pedem "
                "bitcoin são enviados a milhões de pessoas, quase sempre sem imagem nenhuma. Não pague nem "
                "responda; troque a senha que eles citam e denuncie o e-mail como phishing.",
    "cue.dv": "**Se você tem medo do parceiro ou ex:** sua segurança vem primeiro. Um serviço de violência "
              "doméstica pode ajudar{links}; em perigo, ligue para o número de emergência.",
    "cue.self_harm": "**Se você está pensando em se machucar:** procure agora uma linha de apoio{links} ou o número "
                     "de emergência. O que aconteceu não é culpa sua.",
    "step.keep_not_send": "**Não repasse nem mostre a ninguém:** repassar pode ser crime mesmo quando "
                          "guardar não é.",
    "step.keep_delete": "**Apague as cópias que você tem,** a menos que a pessoa mostrada peça para guardá-las "
                        "como prova; se ela puder ter menos de 18 anos, apague e informe onde a viu a {service}.",
    "step.keep_report": "**Denuncie no site ou app onde você viu** e, se conhece a pessoa mostrada, avise-a "
                        "em particular para que ela possa agir.",
    "step.evidence": "**Guarde provas:** links, nomes das contas, datas e capturas da página em volta da imagem; "
                     "guarde-as em local privado.",
    "step.evidence_minor": "**Anote sem copiar a imagem:** links, nomes das contas e datas.",
    "step.hash": "**Bloqueie novos envios:** {service} cria uma impressão digital no seu próprio aparelho para que "
                 "plataformas parceiras bloqueiem cópias; a imagem não é enviada.",
    "step.report_platform": "**Denuncie no {name}:** [formulário]({url}).",
    "step.report_any": "**Denuncie em cada site onde aparecer**, pelo formulário do próprio site.",
    "step.takedown": "**Use a via legal de remoção:** {laws} obriga as plataformas a remover a imagem depois de "
                     "notificadas.",
    "step.police": "**Registre ocorrência na polícia** e cite o crime: {laws}.",
    "step.civil": "**Pergunte a um advogado sobre uma ação:** {laws}.",
    "step.delist": "**Peça ao buscador que tire a imagem dos resultados:** o direito ao apagamento de dados previsto "
                   "em {laws} cobre os resultados para o seu nome; use o formulário de remoção do buscador.",
    "step.dmca": "**Você tirou a foto:** uma notificação de remoção por direitos autorais (DMCA) também funciona: "
                 "{laws}.",
    "step.talk": "**Fale com alguém:** {services}.",
    "step.plan": "Abra *Make a plan* para ver o plano completo, em ordem, com pedidos de remoção já redigidos.",
    "clarify.where": "Onde você mora? Diga o país (e o estado, se estiver nos EUA) para eu mostrar as leis que se "
                     "aplicam.",
    "clarify.which_place": "Qual lugar você quer dizer?",
    "clarify.which_province": "Em qual província ou território do Canadá você mora? O direito de processar por imagens íntimas vem da lei provincial.",
    "clarify.which_state": "Em qual estado dos EUA você mora? A maioria dessas leis é estadual.",
    "clarify.which_uk_part": "Qual parte do Reino Unido? Inglaterra e País de Gales, Escócia e Irlanda do Norte têm "
                             "leis penais diferentes.",
    "clarify.what": "Posso ajudar com imagens íntimas, falsas ou reais, divulgadas, criadas ou usadas como ameaça "
                    "sem consentimento. O que aconteceu e onde você mora?",
    "clarify.where_safe": "Estou aqui para ajudar. Onde você está, para eu indicar ajuda perto de você?",
    "clarify.meanwhile": "Enquanto isso, estes passos funcionam em qualquer lugar:",
    "notice.not_covered": "O corpus do Recourse ainda não tem leis deste lugar ({place}), então não pode dizer o que "
                          "a lei de lá diz.",
    "notice.eu_member": "O direito da UE se aplica neste lugar ({place}); a lei nacional ainda não está no corpus.",
    "notice.parents_only": "Ele só pode mostrar as leis que também se aplicam lá ({parents}).",
    "notice.summaries_english": "Os resumos das leis estão em inglês.",
    "notice.list_rule": "Regra usada: {rule}.",
    "no_law": "Nenhuma lei do corpus corresponde a este lugar. O corpus cobre todos os estados dos EUA e DC, a lei "
              "federal dos EUA e também: {countries}.",
    "disclaimer": "Informação geral de um corpus datado e revisado, não é aconselhamento jurídico. As leis mudam: "
                  "abra o texto oficial e, para o seu caso, fale com um advogado ou um serviço de apoio a vítimas.",
    "human_help": "Ajuda humana: {services}.",
    "status_first": "**Situação:** {status}.",
    "none_place": "nenhum lugar indicado",
}

__all__ = ["PT"]
