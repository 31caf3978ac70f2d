"""What kind of question it is: the tables that read the ask (legal, sue, remove, count, ...) and the polarity of a
yes/no question. Split from `kb.phrases` (acts, images, roles) because the two grow separately; same rules:
patterns run on folded text, the first match wins, claims inside the question are never read as facts."""

from __future__ import annotations

from kb.phrases import MAY_I_PASS_ON

# (kind of question, pattern): the first match wins.
ASKS = [
    ("compare", r"(\s(v|vs)\.?\s)|\b(compare|comparison|versus|differen(ce|ces|t) between|side by side|"
                r"how (does|do) .{2,60} differ|differ(s)? from|(stricter|tougher|harsher|weaker|more protective|"
                r"better) (than|on|for|about)?|or .{2,30} stricter|comparar|comparer|compara|compare[sz]|comparacion|comparaison|"
                r"comparacao|diferencias? entre|differences? entre|diferencas? entre)\b"),
    ("school", r"\b(can|could|should|must|may|do|does|will|would|is|are|what (can|should|must|do|does)) (a |the |our |my |"
               r"his |her |their |your |his |this )?(school|district|school district|principal|teachers?|university|"
               r"college|uni|school board|headteacher|head teacher|academy|staff)s? (\w+ ){0,2}(legally )?(allowed to |"
               r"able to |required to |have to |need to |supposed to )?(discipline|suspend|expel|punish|sanction|do|report|act|"
               r"handle|intervene|investigate|take action|respond)\b|\b(must|should|do|does|have to|has to|are|am) (we|i|"
               r"the school|schools|teachers?|staff)( legally)?( required| obligated| obliged| supposed| have| need)?( to)? (report|"
               r"tell|notify|call) (it |this |them )?(to )?(the )?(police|authorities|cps|child protective|parents)|"
               r"\btitle ix\b|\b(school|district)('?s)? (policy|code of conduct|discipline|response|obligations?|duty)\b|"
               r"\b(suspend|expel)\w* (him|her|them|the (student|boy|girl|kid)s?|a (student|boy|girl|kid)|students|"
               r"my (son|daughter|kid|child))\b|\b(suspension|expulsion)\b|\b(la escuela|el colegio|a escola|l'?ecole|"
               r"le lycee|le college) (puede|pode|peut) (sancionar|expulsar|suspender|punir|sanctionner|exclure)"),
    ("count", r"\b(how many\b.{0,40}\b(states|countries|jurisdictions|places|provinces|bills|laws)|count (the )?"
              r"(states|countries)|number of (us )?(states|countries|provinces|bills)|cuantos (estados|paises)|"
              r"quantos (estados|paises)|combien (d'?etats|de pays))\b"),
    ("list", r"\b((which|what|list( of)?( the)?( every| all)?|name( the)?|show( me)?( all)?( the)?) (us |eu |european |"
             r"canadian |australian |uk |british |american |latin american )?(member )?(states?|countries|jurisdictions|places|"
             r"provinces|territories|nations)|quell?e?s? (provinces|pays|etats|juridictions)|states (that|which|with|without|where)|"
             r"countries (that|which|with|without|where)|what did (state )?(legislatures|states) (pass|enact)|"
             r"all (the )?states|(liste|lista) (des|de|dos|das) (pays|estados|paises|etats)|which places|"
             r"(que|cuales|quais|quels|quelles) (estados|paises|pays|etats|provincias|provinces))\b"),
    ("status", r"\b(pending|proposed (laws?|bills?|legislation)|what would .{0,80}\b(add|change|do|give|mean|"
               r"require)|any (new )?bills?|(?<!a )(?<!the )bills? (on|about|for|that)|"
               r"in the works|being considered|legislature (is )?considering|"
               r"has (congress|the senate|the house|the legislature|parliament|it) (passed|voted|approved)|"
               r"(did|has) (the )?.{0,80}\b(pass(ed)?|become law|been signed|signed into law)\b|status of|"
               r"is (the )?.{0,40}\b(law|in force|in effect) (yet|now)|is (the |it |that |this )?.{0,60}\b(in force|in effect|"
               r"law yet|still a bill)\b|when (does|will|did) .{0,80}\b(take effect|come into force|start|apply|"
               r"applies|begin)|(what|which) year (did|does|was|were|will|is|has)|still pending|was .{0,40}\b(vetoed|signed)|(ya )?se aprobo|fue aprobad[ao]|"
               r"(esta|entro|entra) en vigor|(ja )?foi aprovad[ao]|(esta|entrou|entra) em vigor|a ete adopte|"
               r"(est|est-elle|est-il|entre) en vigueur|estado del proyecto|situacao do projeto)\b"),
    ("penalty", r"\b(how (much|big|bad|serious)( of)?( a)? trouble|what (kind of )?trouble (could|would|will|can|am|is)|"
                r"what (could|would|will|can) happen to (me|him|her|them|my (son|daughter|kid|child))|"
                r"(the )?most (he|she|they|someone) (could|would|will|can) get|what (could|would|will|can) (he|she|they) "
                r"get|max(imum)? (sentence|penalty|punishment)|felony or (a )?misdemeanou?r|misdemeanou?r or (a )?felony|"
                r"penalt(y|ies)|how (long|much time)(?! do i have)|jail|prison|sentence[ds]?|fines?|"
                r"punish(?!able)\w*|(?<!is it )(?<!is that )(?<!is this )(?<!it be )punishable|"
                r"felony|misdemeanou?r|carcel|cadeia|prisao|prison)\b"),
    ("legal", r"\b((est-ce (que |qu'?)?)?(c ?'?est|ce serait|ce soit) (puni|punie|punissable|un delit|un crime|illegal|interdit|"
              r"penal\w*)|est-ce (que |qu'?)?(\w+ ){0,8}(est )?(un delit|un crime|illegal|puni|punissable)|(il|elle|ils|elles|on) "
              r"(peut|peuvent|pourrait|pourraient) (\w+ )?(etre )?(accuse|poursuivi|condamne|arrete|inculpe|puni)\w*|"
              r"(es|seria|esta|sera) (un )?(delito|ilegal|castigad[oa]|penad[oa]|punible)|(lo|la|le|me|te|nos) (pueden|puede|podrian|"
              r"podria) (denunciar|acusar|detener|condenar|arrestar|procesar)|(e|seria|sera) (um )?(crime|ilegal|punid[oa])|"
              r"(posso|puedo|peux-je|je peux) (o |lo |la |le )?(denunci|porter plainte)\w*|"
              r"(la policia|la police|les flics|a policia|os policiais) (puede|pueden|podria|peut|peuvent|pourrait|pode|podem|"
              r"consegue) (hacer|faire|fazer) (algo|quelque chose|alguma coisa|qqch|qqc)|"
              r"\b(is|was|would) (that|it|this) (against|illegal under|a crime under|an offen[cs]e under) ([\w.'-]+ ){0,3}"
              r"(law|laws|statute|code)\b|"
              r"(la police|les policiers|les flics|le procureur|la justice|la policia|el ministerio publico|a policia) "
              r"(peut|peuvent|pourrait|pourraient|va|vont|puede|pueden|podria|pode|podem|vai) (l'|le |la |les |lo |los |o |a )?"
              r"(accuser|arreter|inculper|poursuivre|mettre en prison|arrestar\w*|detener\w*|acusar\w*|prender|indiciar)|"
              r"(lo|la|los|las|me|te) (pueden|puede|podrian|podria|van a|va a) (meter|mandar|llevar|refundir) (a la|al|en la|a) "
              r"(carcel|bote|prision|tambo|cana)|"
              r"\b(can|could|will|would|might) (i|he|she|they|we|you) (actually |really |still )?(get|be|go) (done|nicked|"
              r"locked up|sent down|down) for\b|\be reato\b|\breato\b|\be illegale\b|ist (das|es) (strafbar|verboten|illegal|legal|erlaubt)|strafbar|"
              r"(can|could|will|would) (the )?(police|psni|cops|prosecutors?|cps|da|gardai|crown|state|authorities) (\w+ ){0,2}"
              r"(charge|arrest|prosecute|do anything to|go after) (him|her|them|the (guy|person|boy|girl|man|woman))|"
              r"is (this|that|it) (a )?criminal (offen[cs]e|matter|act)|" + MAY_I_PASS_ON + r"|"
              r"\bis (a|an|the|my|her|his) [\w' ]{1,30} covered by|"
              r"(can|will|could|would) (the )?(cops|police|authorities|gardai|psni) (actually |even |really |still )?do "
              r"(anything|something)|(can|could|will|would) (i|he|she|they|someone) (still |even |actually |really )?"
              r"(get|be) (charged|arrested|prosecuted|in trouble|convicted|sued)|(is|am|are) (he|she|i|they|we) (looking "
              r"at|facing) (criminal )?(charges|jail|prison|time)|is (that|this|it) (still |even |actually )?(allowed|legal|"
              r"ok|okay|lawful)|a criminal offen[cs]e|has ([\w.-]+ ){1,3}made it (a crime|illegal|an offen[cs]e)|"
              r"est-ce (que c'?est )?une infraction|c'?est criminel|(era|fue|seria) (un )?delito|s'?applique|"
              r"(avoir|aurai|aura) un casier|"
              r"(puede|pueden|podria) ser (castigad[oa]|condenad[oa]|denunciad[oa]|"
              r"detenid[oa]|procesad[oa])|(can|could) (he|she|they) be done (for|under)|"
              r"\bis (making|sharing|posting|creating|taking|having|keeping|sending|threatening)\b.{0,80}\b(an offen[cs]e|a crime|"
              r"illegal|legal|against the law|allowed)\b)|"
              r"\b(is there (a|an|any) ([\w.-]+ ){0,3}laws? (against|on|about|that|for|covering|banning|to protect)|"
              r"does ([\w.-]+ ){1,3}have (a|an|any) ([\w-]+ ){0,3}laws? (against|on|about|for|that|covering|banning)|"
              r"does ([\w.-]+ ){1,3}have (a|an|any|its own) ([\w-]+ ){0,3}(deep ?fake|ai|synthetic)[\w-]* ([\w-]+ ){0,2}"
              r"(laws?|statutes?|offen[cs]es?|crimes?)\b|"
              r"(been|was|were|got|get) (updated|amended|changed|expanded|extended|broadened) to (cover|include|reach)|"
              r"(was|is) (that|this|it|what (he|she|they) did) (even )?(against the law|illegal|a crime|criminal|legal|"
              r"allowed|lawful)|(is|am|are) (he|she|they|i|we|my (son|daughter|kid|child|boy|girl)) (\w+ ){0,2}(in|gonna "
              r"be in|going to be in|gonna get in|going to get in) (\w+ )?trouble|(am i|are we|is (he|she)|are they) (gonna|going "
              r"to) (get|be) (in trouble|arrested|charged|sued|prosecuted|locked up)|(can|could|will|would) (he|she|they|"
              r"someone|anyone|him|her|the (guy|person|boy|girl|man|woman)) ((at least|still|even|actually|also|really) )?"
              r"be (prosecuted|charged|convicted|arrested|jailed|punished)|(does|do|would|will) (the )?([\w.'-]+ ){0,6}"
              r"(act|law|statute|bill|section|code)s? (make|makes|criminali[sz]e|ban|outlaw|prohibit)\b)|"
              r"\b(is (it|this|that|making|sharing|posting|creating) (even )?(legal|illegal|a crime|criminal|"
              r"against the law|allowed|ok|okay|lawful|unlawful)|(legal|illegal|a crime|against the law) to|"
              r"can (i|he|she|they|someone|people|you) (get (in trouble|arrested|charged|caught|prosecuted|sued)|"
              r"be (arrested|charged|prosecuted|jailed|sued)|go to jail)|(am i|are we|is (he|she|someone)) allowed|"
              r"(what'?s|what is) my (legal )?risk|legal risk|(is|was) (that|this|it) (a )?(felony|misdemeanou?r)|"
              r"(does|do|would|will) (the|this|that|it|these|their|our|my state'?s)? ?.{0,50}\b(law|act|offen[cs]e|"
              r"crime|statute|section|rule)s? ((here|there|now|currently|still|also|actually|even|really|already) )?(apply|cover|reach)|"
              r"(can|could|should|will) (i|she|he|they|we|my \w+) (press|file|bring) (criminal )?charges|makulong|ikulong|"
              r"(will|would|could|can) (the )?(guards|gardai|garda|police|cops) (do|charge|arrest|get|lift) (me|him|her|them|us)\b|"
              r"c'?etait (deja |vraiment |aussi )?(un delit|un crime|illegal|interdit|puni\w*|criminel|penal)|etait-ce (deja )?(un delit|un crime|"
              r"illegal|criminel|puni\w*)|(da|dá|pega|daria) (cadeia|prisao)|(il|elle|ils|elles|on) (a|ont|avait|avaient) "
              r"le droit|est-(il|elle|ce) (vraiment )?(sanctionn|puni|interdit|illegal|penal)\w*|"
              r"(e|é|esta|seria|es|est-ce|c'?est) (permitid[oa]|permis)\b|"
              r"(can|could|will|would) (he|she|they|someone|anyone|him|her|(the|my|a|this|that|his|her) ([\w-]+ ){1,3})"
              r"((at least|still|even|actually|also|really|currently|now|legally) )?be (prosecuted|charged|convicted|arrested|"
              r"jailed|punished)|(can|could) (he|she|they|someone|anyone|people) (currently|still|now|actually|legally|really) be (prosecuted|"
              r"charged|convicted|arrested)|is there (a|an|any) (specific |dedicated |separate |standalone )?(criminal )?"
              r"(offen[cs]e|crime)\b|(does|do|would|will) [\w.'§ -]{1,80}\b(apply|applies|cover|covers|reach)\b|"
              r"am i (actually |really |even |technically |legally )?(in trouble|breaking the law)|"
              r"\bis (spreading|distributing|publishing|uploading|leaking|forwarding|generating|producing)\b.{0,80}\b(an "
              r"offen[cs]e|a crime|illegal|legal|against the law|allowed)\b|(is|was) (that|this|it) covered by|"
              r"(can|could) (he|she|they|someone) be (prosecuted|charged|convicted)|"
              r"est-ce (un )?(delit|crime|illegal)|c'?est (un )?(delit|crime)|se aplica|es delito|e crime|"
              r"is (this|that|it) (even )?(legal|illegal|a crime) (here|there|in)|could (i|he|she|they) (get in trouble|be arrested|be charged|go to jail)|"
              r"will (i|he|she|they) (get in trouble|go to jail|be arrested)|am i (in trouble|breaking the law)|"
              r"(would|will|could) (i|we|he|she|they) be breaking the law|"
              r"(am i|is (he|she)|are (we|they)) going to (jail|prison|get arrested|be arrested|be charged)|"
              r"me van a (arrestar|detener|denunciar|meter preso)|(puedo|podria) ir (a la carcel|preso)|"
              r"(posso|pode|vou) (ser )?(preso|presa|processad[oa])|(ele|ela) pode ser (preso|presa|processad[oa])|"
              r"qu'?est-ce que (je|il|elle) risque|(je|il|elle) risque (quoi|la prison)|que risque-t-(il|elle)|"
              r"que (je )?risque|que le (puede|pueden) pasar|que (le|lhe) pode acontecer|"
              r"can (he|she|they|someone|people) (legally )?(do|post|share|make) (that|this|it)|"
              r"is (there|it) (a )?law against|es (legal|ilegal|delito)|e (legal|ilegal|crime)|"
              r"c'?est (legal|illegal)|est-ce (legal|illegal)|is it (legal|illegal)|is that (legal|illegal)|"
              r"crime\?|is (it|that|this) (even )?(punishable|an offen[cs]e|prosecutable)|"
              r"(is|are) (the )?(threats?|threatening)( (on its own|alone|itself|by itself))? (an offen[cs]e|a crime|"
              r"illegal)|est-ce (puni|punissable)|es punible|e punivel|é punível|"
              r"(does|do) ([\w.'-]+ ){1,6}((currently|now|still|already|actually|also|even|really) )?(criminali[sz]e|ban|"
              r"outlaw|prohibit|penali[sz]e|punish)\w*\b|"
              r"\best-ce (que |qu'?)?[^?]{0,140}\b(est|serait|sont|seraient|constitue|constituerait) (deja |aussi |"
              r"vraiment )?(une infraction|un delit|un crime|illegal\w*|interdit\w*|puni\w*|penalement \w+)|"
              r"\bconstitue(-t-il|-t-elle|rait)? (une infraction|un delit|un crime)|"
              r"\b(ley|codigo|articulo|lei|loi|code|article|art)\b[^?.]{0,60}\b(sanciona|castiga|penaliza|cubre|abarca|"
              r"incluye|pune|cobre|abrange|inclui|sanctionne|punit|couvre|inclut|vise|s'?applique)\b)"),
    ("sue", r"\b(cause of action|right of action|take (him|her|them|my ex|the \w+|\w+) to court|aller (en |devant la |a la )?cour\b|sue|suing|lawsuit|civil (action|claim|case|suit|remedy)|damages|compensat(e|ion)|get money|"
            r"demandar|processar|poursuivre)\b"),
    ("remove", r"\b((get|take|have)\b.{0,40}\b(off|down from|removed from|deleted from)\b|remove[ds]?|removal|"
               r"how (do i|to|can i|should i) (report|flag)|report (it|this|them)? ?(on|to) (the )?(site|app|platform|"
               r"website|snap\w*|tiktok|insta\w*|facebook|reddit|x|twitter|telegram|discord|youtube|google|onlyfans|"
               r"pornhub)|"
               r"take (it|them|this|that|these)? ?down|takedown|taken down|get (it|them|"
               r"this|that) (off|removed|deleted|down)|delete[ds]?|de-?index|delist|stop (it )?spreading|"
               r"eliminar|borrar|quitar|remover|apagar|tirar|supprimer|retirer|borre[ns]?|quite[ns]?|retire[nm]?|"
               r"elimine[ns]?|apague[m]?|remova[m]?|supprime[nt]?|retire[nz]?|bajen|baje)\b"),
    ("police", r"\b(police|cops?|report (it |him |her |them )?to (the )?(police|cops)|press charges|"
               r"file (a )?(police )?report|policia|denunci\w*|plainte|gendarmerie)\b"),
    ("definition", r"\b(what (counts|is|are) (as )?(a )?(deep ?fakes?|synthetic|digital forger(y|ies)|intimate "
                   r"images?)|defin(e|ition)|does .{0,30} count)\b"),
    ("help", r"\b(what (can|should|do) i do|what now|what do i do|help( me)?|what are my options|que (puedo|"
             r"hago|fazer|faço|faco)|o que (eu )?(posso|faco|faço)|que faire|aide|ayuda|ajuda)\b"),
]

GREETING = r"^\s*(hi+|hello+|hey+|hola|ola|olá|bonjour|salut|yo|sup|good (morning|evening|afternoon)|" \
           r"help|test|\?+|ok|okay|thanks?|thank you)\s*[.!?]*\s*$"

# Polarity of a yes/no legal question. "permitted": yes means it is allowed. "prohibited": yes means a crime.
POLARITY = [
    ("prohibited", r"\b((get|be|go) (done|nicked|locked up|sent down) for|go down for|illegal|a crime|criminal|against the law|unlawful|(in|into) (legal |serious |big |any )?trouble|get in trouble|be (arrested|charged|"
                   r"prosecuted|jailed|convicted)|get (arrested|charged|caught|prosecuted)|go to jail|in trouble|"
                   r"breaking the law|law against|ilegal|delito|delit|crime|felony|misdemeanou?r|legal risk|"
                   r"apply|applies|cover|covers|covered|reach|se aplica|punishable|offen[cs]e|prosecutable|"
                   r"puni|punissable|punible|punivel|punível|jail|prison|arrestar|detener|preso|presa|processad[oa]|"
                   r"risque|reato|illegale|illecito|strafbar|verboten|infraction|castigad[oa]|castigo|criminali[sz]\w*|ban|bans|"
                   r"charges|makulong|ikulong|sanctionn\w*|cadeia|acusar|acusad[oa]|"
                   r"carcel|prision|bote|accuser|inculper|outlaw\w*|prohibit\w*|penali[sz]\w*|punish\w*|sanciona|castiga|penaliza|cubre|abarca|incluye|pune|"
                   r"cobre|abrange|inclui|sanctionne|punit|couvre|inclut|vise|interdit\w*)\b"),
    ("permitted", r"\b(legal|legale|lecito|erlaubt|allowed|ok|okay|lawful|permitted|permitid[oa]|permis|droit|derecho|direito|can (i|he|she|they|someone|people|"
                  r"you))\b|(^\W*|[,.;?!]\s*|\b(eu|yo|je|et|e|y) )(posso|pode|podemos|puedo|je peux|on peut|est-ce que je "
                  r"peux) (re)?(postar|poster|compartilhar|mandar|enviar|divulgar|repassar|subir|publicar|compartir|pasar|"
                  r"partager|publier|envoyer|diffuser|montrer)\b"),
]
CIVIL_QUESTION = r"\b(aller devant (le |un )?(juge|tribunal)|poursuivre en justice|demander des dommages|" \
                 r"(puedo|podemos|puede) (demandar\w*|ponerle una demanda|poner una demanda|presentar una demanda)|" \
                 r"(posso|podemos|pode) processar\w*|(je|on|elle|il) (peux|peut) (le |la |les )?poursuivre|" \
                 r"demander (au|a un|a le|à un) juge|(avoir|obtenir) une ordonnance|ordonnance (du|d'un) juge|(get|obtain|apply for|seek|ask for|" \
                 r"request|file for) (a |an )?(protection|protective|restraining|court|non-?publication|takedown|" \
                 r"removal) orders?|take (him|her|them|my ex|the \w+|\w+) to court|aller (en |devant la |a la )?cour\b|" \
                 r"llevar(lo|la|los)? a (juicio|la corte|los tribunales)|levar (ele|ela|o cara )?(a|ao) (justica|tribunal)|" \
                 r"can (i|we|they|she|he|victims?|my (daughter|son|client)) (sue|file a (lawsuit|claim)|" \
                 r"get (damages|money|compensation))|is (there|it possible to) .{0,20}(sue|lawsuit)|" \
                 r"puedo demandar|posso processar)\b"

# A question about what a law itself reaches ("does wisconsin's AI child porn law protect adults too?", "has canada's
# criminal code been updated to cover deepfakes?"): about the law, not about a situation
LAW_SCOPE = r"\b(law|laws|act|statute|section|code|bill|s\.|§)\b.{0,50}\b(protect|cover|apply|appl(y|ies) to|reach|include|" \
            r"updated|amended|extend)\w*\b|\b(does|do|did|has|have|is) \w+('?s)? (law|laws|statute|code|criminal code|" \
            r"legislation)\b|\b(prosecution|prosecutors?|the state|an element|elements?) (have|has|must|need|needs|of)\b|\bdoes ([\w.-]+ ){1,3}have (a|an|any|its own) ([\w-]+ ){0,3}(laws?|statutes?|offen[cs]es?)\b"

