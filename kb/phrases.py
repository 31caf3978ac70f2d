"""What words mean: the phrase tables the question frame is read with.

Rules, not a model, because a person in crisis must get a predictable answer and a reviewer must be able to see
why. Each table is (label, pattern) in priority order; patterns run on folded text (lower case, accents removed,
see `kb.frame.fold`), so "publicó" and "publico" match alike. English, Spanish, French and Portuguese phrasings sit
side by side; Hindi and Korean speakers writing in Latin script mostly use English words for the act ("fake photo
viral"), which the English patterns catch.

Policy choices worth knowing:
- A "fake account" or "fake profile" is not a fake image; "fake" counts only near an image word.
- "student" alone does not make someone a minor (college students are adults); a school year, an age under 18 or
  "my kid" does. "my daughter" makes the asker a parent but leaves the age unknown.
- Polarity (in `kb.phrase_asks`) is read from the question's own words: "is it legal / allowed / ok / can I" asks whether something is
  permitted; "is it illegal / a crime / can I get in trouble / will I go to jail" asks whether it is prohibited.
  Claims inside the question ("deepfakes are legal everywhere") are never read as facts.
"""

from __future__ import annotations

import re

IMAGE = r"(nudes?|naked|nsfw|explicit|intimate|sexual|sexy|porn\w*|photos?|pics?|pictures?|images?|videos?|vids?|" \
        r"clips?|selfies?|fotos?|imagens?|imagenes|imagem|video|desnud\w*|nue?s?|intimes?|intimas?|" \
        r"pelad\w*|sextape|content)"
_FAKE_WORD = r"(deep ?fakes?|deepfak\w*|ai[- ]?(generated|made|nudes?|images?|pics?|photos?|porn|videos?)?|" \
             r"a\.i\.|artificial intelligence|photoshop(ped)?|edited|altered|morph(ed)?|nudif\w*|undress\w*|" \
             r"face ?swap\w*|synthetic|generated|manipulated|doctored|not (really )?me|isn'?t (really )?me|" \
             r"not real|fake|faked|falsa?s?|falso|fausses?|faux|montage|ia|trucad\w*|manipulad\w*|editad\w*|" \
             r"generad\w*|gerad\w*|intelig[eê]ncia artificial|inteligencia artificial)"

# (image kind, pattern): the first that matches decides; "unknown" when none does.
IMAGE_KIND = [
    # a follow-up that only says what the image was: "what if it was fake?", "and if the photo is real?"
    ("fake", r"\b(it|they|this|that|the (photo|pic|picture|image|video|one|nude)s?) (was|were|is|are|had been) (a |an |"
             r"actually |really |just )?(fake|deep ?fake|ai|ai[- ](generated|made)|edited|photoshopped|morphed|doctored|"
             r"altered|generated)\b"),
    ("real", r"\b(it|they|this|that|the (photo|pic|picture|image|video|one|nude)s?) (was|were|is|are|had been) (a |an |"
             r"actually |really )?real\b"),
    ("real", r"\b(real|actual|genuine|verdader[ao]s?|reales|vraies?|reais|verdadeir[ao]s?) (nudes?|photos?|pics?|"
             r"pictures?|images?|videos?|fotos?)\b|\b(not|no|pas|nao) (a |an |un |une |um )?(fake|deep ?fake|falsa?|"
             r"faux|fausse)\b"),
    ("fake", r"\b(deep ?fakes?|deepfak\w*|nudif\w*|undress(ing)? apps?|face ?swap\w*|ai[- ](generated|made)|"
             r"(avec|con|com) (une |la |una |uma |l')?(appli |app |aplicacion |aplicativo )?(ia|i\.a\.)\b|"
             r"(made|created|generated|edited|altered|photoshopped)\b.{0,25}\b(with|using|by) (an? )?(ai|app|"
             r"photoshop)|synthetic|not (really )?me\b|isn'?t (really )?me\b|not my body|"
             r"intelig[eê]ncia artificial|inteligencia artificial|montage|trucad\w*|truqu\w*|faux nus?|"
             r"fabricated|forged|counterfeit|falsely (created|made|generated|depicted)|digitally (altered|created|manipulated|fabricated)|"
             r"ki[- ](generiert\w*|erstellt\w*|gemacht\w*|bild\w*|nacktbild\w*|fake\w*|foto\w*|video\w*)|"
             r"kunstliche(r|n)? intelligenz|gefalscht\w*|fotomontaggi\w*|montaggi\w*|falsificat\w*|"
             r"intelligenza artificiale|deep ?nudes?|montajes?|montage[mn]s?|fotos? alterad[ao]s?|imagen(es)? alterad[ao]s?|"
             r"imagens? alterad[ao]s?|photos? (truquees?|modifiees?|alterees?)|(image|images|imagen|imagenes|imagem|imagens|"
             r"foto|fotos|video|videos) (ia|ai|d'ia|de ia|con ia|com ia|par ia)|(generer|generee?s?|generar|generad[oa]s?|gerar|gerad[oa]s?|generate|generating)"
             r" (des |de |unas? |umas? |some |an? )?(images?|photos?|nudes?|fotos?|imagenes|imagens)|"
             r"(generer|generee?s?|creer|creee?s?|faite?s?|hech[oa]s?|generad[oa]s?|cread[oa]s?|feit[oa]s?|gerad[oa]s?|"
             r"criad[oa]s?)\b.{0,40}\b(avec|con|com) (une |un |una |uma |um |l'?|la )?(appli\w*|app|ia|intelligence "
             r"artificielle|aplicacion|aplicativo)\b|"
             r"computer[- ]generated|morphed|manipulated (images?|photos?|videos?)|"
             r"fausses? (photos?|images?)|generee?s? par (l'?)?ia|(face|cara|rosto|visage) (was |were |got )?"
             r"(put|pasted|placed|edited|photoshopped|swapped) (on|onto|into)|(puso|pusieron|colocaram|botaram) "
             r"(mi|meu) (cara|rosto)|dipeupeikeu|turns? (uploaded )?(photos?|pics?|pictures?) into nudes|"
             r"nudes? falsos?|fotos? falsas?|(an? |the )(ai|fake|deep ?fake|photoshopped|edited|morphed) (one|version)|"
             r"(put|puts|putting|pasted|photoshopped|edited|stuck|swapped) (my|her|his|their|our|"
             r"a|an|the|some|this|that|[\w-]+'?s) ([\w-]+'?s? ){0,2}(face|head) (on|onto|into))\b"),
    ("fake", rf"(?<!')\b(fake|faked|falsa?s?|falso|fausses?|faux|ai|a\.i\.|edited|altered|morphed|photoshopped|"
             rf"manipulated|doctored|generated|gerad[ao]s?|generad[ao]s?|editad[ao]s?)\b.{{0,30}}\b{IMAGE}\b"),
    ("fake", rf"\b{IMAGE}\b.{{0,30}}\b(fake|faked|falsa?s?|falso|fausses?|faux|made with ai|with ai|ai[- ]made|"
             rf"generated|edited|altered|photoshopped|con ia|com ia|par ia|avec l'?ia)\b"),
    ("real", r"\b(real|actual|genuine|verdadeir[ao]s?|verdader[ao]s?|vraies?)\b.{0,20}\b(nudes?|photos?|pics?|"
             r"pictures?|images?|videos?|fotos?)\b"),
    ("real", r"\b(i sent (him|her|them)|i took|i recorded|we recorded|he recorded|she recorded|he filmed|"
             r"she filmed|(my|our) (own )?(nudes?|sex ?tape|(private|intimate) (photos?|pics?|pictures?|videos?|images?))|"
             r"(photos?|pics?|pictures?|videos?|nudes?) (that |which )?i (sent|took|shared|gave)|"
             r"hidden camera|secretly (filmed|recorded)|mis fotos|mis nudes|minhas fotos|meus nudes|"
             r"mes photos|mis videos|meus videos|nudes que (le|lhe) (mande|mandei|envie|enviei))\b"),
    # nothing says fake: nudes, sex videos and intimate pictures that someone has are real ones
    ("real", r"\b(nudes?|naked (photos?|pictures?|pics?|images?|videos?)|sex ?(video|tape)s?|video of us having sex|"
             r"intimate (photos?|pictures?|pics?|images?|videos?)|private (photos?|pictures?|pics?|videos?)|"
             r"fotos? (mias|intimas|desnud\w*)|videos? intimos?|video intimo|fotos intimas|videos? intimes?|"
             r"photos? intimes?|photo intime|video intime|fotos? intimas?|videos? intimos?|desnuda|desnudo|"
             r"nacktbild\w*|nacktfoto\w*|intime (bilder|fotos|videos)|foto intim\w*|foto nud\w*|video intim\w*)\b"),
]

# (act, pattern): every act that matches is kept. "tool": building, running or selling an app or bot that makes such
# images (then "make" is about the tool, not an image).
_TOOL = r"(nudif\w*|undress\w*|deep ?fake|face ?swap|nude|porn|clothes?[- ]remov\w*) ?(apps?|bots?|tools?|sites?|websites?|" \
        r"software|services?|generators?|models?)"
ACTS = [
    ("tool", r"\b(building|built|making|developing|coding|launching|creating|ship|shipping|release|releasing|launch|build) "
             r"(an?|my|our|the) ([\w-]+ ){0,2}(app|bot|tool|site|website|service|platform|feature|product|model)\b[^.?!]{0,80}\b(nude|naked|undress\w*|porn|explicit|nudif\w*)|"
             r"\b(build|built|building|run|running|runs|operate|operating|host|hosting|sell|selling|sold|offer\w*|"
             r"develop\w*|cod(e|ed|ing)|make|making|made|create|creating|created|launch\w*|advertis\w*|promot\w*|"
             r"distribut\w*|market\w*)\b (an?|the|my|our|this|that|such)? ?(ai |free |paid )?" + _TOOL + r"\b|"
             r"(?:\b(let(s|ting)?|allow(s|ing)?|enabl\w*) (our |the )?(users|people|customers)\b[^.?!]{0,30}|"
             r"\b(users|customers) (could|can|would be able to|might) (swap|put|make|generate|create|undress)\b)"
             r"[^.?!]{0,40}\b(nude|naked|undress\w*|porn|explicit|nudif\w*)|"
             r"\b(i|we) (run|built|made|operate|host|sell|own|coded|developed) (an?|the|my|our)? ?([\w-]+ ){0,2}(discord |telegram |"
             r"ai )?(apps?|bots?|tools?|sites?|websites?|services?|servers?)\b[^.?!]{0,40}\b(nudif\w*|undress\w*|"
             r"deep ?fakes?|nudes?|porn)"),
    ("threatened", r"\b((until|by|before) (\d{1,2}(:\d\d)? ?(am|pm)?|tonight|tomorrow|midnight|noon|friday|monday)\b"
                   r"[^.?!]{0,40}\b(to send|to pay|or (he|she|they|it))|\$\s?\d+[^.?!]{0,30}\bor (he|she|they)\b|"
                   r"\bor (else )?(he|she|they) (sends?|posts?|shares?|leaks?|releases?|exposes?)\b)|"
                   r"\b(threat\w*|sextort\w*|blackmail\w*|extort\w*|dhamki|chantage\w*|menace\w*|"
                   r"(he|she|they)'?ll (post|share|leak|send|upload|release|expose|publish)|pay (me|us) or|"
                   r"\b(hell|shell|theyll) (make|post|share|leak|send|upload|release|expose|publish)\b[^.?!]{0,60}\b(if|unless) "
                   r"(i|you) (dont|don'?t|do not|won'?t|refuse)|"
                   r"or (your|the|my) (nudes?|pics?|photos?|videos?) (go|get|will)|"
                   r"demand\w* (money|more|payment|nudes|gift cards?|"
                   r"bitcoin|crypto|\$)|or (he|she|they)('ll| will) (send|post|share|leak)|"
                   r"unless i (pay|send)|if i don'?t (pay|send)|(will|gonna|going to|says he'?ll|says she'?ll|"
                   r"threatens? to) (post|share|leak|send|release|expose)|wants? (money|bitcoin|gift cards?)|"
                   r"pay (him|her|them|bitcoin)|amenaz\w*|chantaj\w*|extors\w*|ameac\w*|menace\w*|chantage|droht\w*|"
                   r"erpress\w*|minacci\w*|ricatt\w*|unless (i|you|she|he|we) (get|go|come|pay|send|sleep|meet|do|give|take)\b|si no (le |me |te |les )(manda|mando|mandas|envia|envio|envias|da|doy|das)|"
                   r"si no (le |me |te |les )?(paga|pago|pagas)|se (ela |ele |voce )nao (pagar|mandar|enviar|der)|"
                   r"se (eu )?nao (pagar|(lhe |te )(mandar|enviar|der))|si (je |tu |elle |il )?"
                   r"(ne|n') ?(paie|paye|envoie|donne)s? pas|(dice|dijo|dicen) que (va|van) a (publicar|subir|difundir|"
                   r"mandar|compartir|ensenar)|(diz|disse) que (vai|vao) (postar|divulgar|mandar|espalhar|publicar))\b"),
    ("made", r"(?<!ai-)(?<!ai )(?<!computer-)(?<!machine-)(?<!app-)\b(gemacht|erstellt|generiert|fatto|fatta|creat[oa]|"
             r"made|make|making|create[ds]?|creating|generat(e|ed|ing)|produc(e|ed|ing)|nudif\w*|undress\w*|"
             r"face ?swap\w*|photoshop(ped)?|edit(ed|ing)?|hic(e|ieron|o)|hizo|crea(r|ron|do)|cri(ar|ou|aram)|"
             r"fez|fizeram|fabriqu\w*|cree|fait|creer|creee?s?|generer|genere|generar|genera(ron|do|da)|gerar|gerou|"
             r"geraram|crear|crea(da|das|dos)|fabricar|fabricou|fabrico|creation|creacion|criacao|erstellen|generieren|"
             r"creare)\b|\b(fazer|hacer|faire|fazendo|haciendo|hago|hacemos|faco|fazemos|fais|faisons) (uma |um |una |un |une "
             r"|des |unas |umas |unos |uns )?(montage\w*|montaje\w*|deep ?fakes?|fotos?|imag\w*|videos?|nudes?|photos?)\b|\b(put|puts|putting|pasted|photoshopped|swapped|stuck) "
             r"[\w' -]{0,30}\b(face|head) (on|onto|into)\b"),
    ("shared", r"\b(post(ed|ing|s)?|shar(e|ed|es|ing)|sen(t|d|ding) (it |them |those |these )?(around|to|out)|sen(t|d|ding)\b[^.?!]{0,40}\b(around|out to|to (everyone|all|"
               r"(our|his|her|my|their) (friends|family|class|school|coworkers|contacts)|friends|people|a group))|"
               r"e-?mailed|texted|dm'?ed|pass(ed|ing)? (it |them )?around|pasamos|las pasamos|los pasamos|"
               r"send(ing)? (it |them )?round|sent (my|her|his|their|the|our) (\w+ )?(nudes?|pics?|photos?|videos?) to|"
               r"(put|puts|putting) (my|her|his|their|our|the|an?|some) [\w ]{0,20}(nudes?|pics?|photos?|videos?|sex ?tape|tape)"
               r"( of (me|her|him|them))? (up |online|on)|"
               r"(put|puts|putting) (one|it|them|some) (of (me|her|him) )?(up |online|on (a|the|his|her|their|some))|"
               r"(esta|estan|anda|andan|ande|anden) pasando|pasando(lo|la|los|las)? por|(fait|font|faire|faisait|a fait) "
               r"tourner|partilh\w*|teilen|verbreiten|schicken|geschickt|posten|hochladen|weiterleiten|diffondere|"
               r"diffus[oa]|condividere|pubblicare|inviare|mandat[oa]|air ?drop(ped|ping|s)?|show(ed|ing|s)? (it |them )?(to )?(everyone|people|others|around|(my|his|her|their|two|some|a few|\w+) (friends|class|"
               r"family|coworkers|people))|show(ed|ing|s)? (it|them)\b|sell(ing|s)?|sold|spread(ing)?|"
               r"pasamos|mandamos|compartimos|passei|passamos|(le |les )pase|pase (la|las|una|unas) (foto|fotos|nudes?|videos?|imagen\w*)|daal di|daal diya|bhej\w*|"
               r"leak(ed|ing|s)?|upload(ed|ing|s)?|distribut\w*|circulat\w*|circul(er|e|ent|ait|ando|ou|aron|o)|(a|ont|avoir) balance\w*|forward(ed|ing)?|went viral|viral|"
               r"publish\w*|put (it |them )?(up |online|on)|all over|(going|goin|gone|went|go) (a)?round|(making|doing) the rounds|everyone (has|saw|has seen)|"
               r"publica\w*|public\w*|compart\w*|difund\w*|postar|postear|subir(l[oa]s?)?|repost\w*|repartag\w*|repassar|repass\w*|subi(o|eron|u|ram)|vaz\w*|postou|postaram|"
               r"divulg\w*|partag\w*|diffus\w*|mis en ligne|(a|ont|avait) mis (une?|la|le|les|des|mes|ma|mon) [^.?!]{0,40}\bsur "
               r"(un|une|le|la|les|des|internet|son|sa|ses|snap\w*|insta\w*|facebook|tiktok|x|twitter)|postee?s?|geteilt|verbreitet|gepostet|veroffentlicht|"
               r"hochgeladen|weitergeleitet|verschickt|pubblicat\w*|condivis\w*|postat\w*|inviat\w*|publi[ée]\w*|envoy\w+|enviad[oa]s?|enviou|espalh\w+)\b"),
    ("requested", r"\b(asked me (for|to send)|asking (me )?for (nudes|pics|photos)|wants me to send|"
                  r"(asked|paid|pay|paying|hire|hired|commission\w*) (someone|somebody|some guy|a guy|a person|an? app|"
                  r"a bot|a service)\b[^.?!]{0,30}\bto (make|create|generate)|request(ing|ed)? (it|one|them|a deepfake)|"
                  r"unless i send (real|more|new)|send (me )?(more|real) (ones|pics|nudes)|"
                  r"pressur\w* me to send|me pide|me pidio|pediu|me demande)\b"),
    ("kept", r"\b((je )?(le|la|les) garde|(le|la|les) garder|los guarda|las guarda|la guarda|lo guarda|los guardo|las guardo|guardo las fotos|guarda las fotos|"
             r"conserv(a|o|e) (las|les|as) (fotos|photos)|les garde|les a gardees?|guarda (as|os) (fotos|videos))\b|"
             r"\b((still )?(has|have|got) (my|her|his|the|these|those|some) (nudes?|pics?|photos?|pictures?|videos?|"
             r"images?)|keeps?|kept|saved|possess\w*|downloaded|storing|on (his|her) (phone|computer)|"
             r"(have|having|has|got) [^.?!]{0,30}\b(nudes?|pics?|photos?|pictures?|videos?|images?|deep ?fakes?) "
             r"(of [^.?!]{0,20})?(on|in) (my|his|her|their|a) (phone|computer|laptop|drive|camera roll|gallery))\b"),
    ("watched", r"\b(watch(ed|ing)?|view(ed|ing)?|look(ed)? at|search(ed)? for)\b"),
]

# "can I forward it?": asking whether one may pass on a picture (not to the police or a lawyer) is a legal question
# from the would-be sharer
MAY_I_PASS_ON = r"(can|may|could|should) i (legally |just )?(forward|share|post|send|repost|upload|show|airdrop) (it|this|" \
                 r"that|them|the (pic|photo|nude|video|image)s?)\b(?! (with|to) (the )?(police|cops|a lawyer|my lawyer|" \
                 r"school|my (mom|mum|dad|parents?)|a teacher|counsel\w*|ncmec|the site|the platform))|" \
                 r"(^\W*|[,.;?!]\s*|\b(eu|yo|je|et|e|y) )(posso|pode|podemos|puedo|podemos|je peux|on peut|est-ce que je " \
                 r"peux|j'?ai le droit de) (legalmente |legalement )?(re)?(postar|post(e|er)|compartilhar|mandar|enviar|" \
                 r"divulgar|repassar|subir|publicar|compartir|pasar|partager|publier|envoyer|diffuser|montrer)\b"
# (role, pattern): the first match wins; order matters (a parent who mentions "my daughter made" is a parent).
ROLES = [
    ("policymaker", r"\b((drafting|writing|preparing|giving) (\w+ )?testimony|testify\w*|legislat\w*|lawmakers?|staffer|senator|representative|assembly ?member|council ?member|"
                    r"policy ?makers?|draft(ing)? (a |the )?(bill|law|legislation)|our (bill|committee)|"
                    r"policy (brief|memo|analysis)|model (law|statute))\b"),
    ("advocate", r"\b(trabajo (en|para|con) (una |un )?(ong|organizacion|asociacion|fundacion|colectiv[oa]|refugio)|"
                 r"trabalho (numa|em uma|para uma|na|numa|com uma) (ong|organizacao|associacao|fundacao|coletivo)|"
                 r"je travaille (dans|pour|avec|a) (une |un |l'?)?(association|asso|ong|organisme|refuge|collectif)|"
                 r"i (run|lead|coordinate|facilitate|volunteer (at|for|with)) (a |an |the )?([\w']+ ){0,2}(support group|"
                 r"shelter|hotline|helpline|nonprofit|ngo|charity|clinic)|i represent|representing (a|my) client|(a|my|our) clients?'?s?\b|clients? (in|whose|who|of mine)|"
                 r"for (a|my) client|advocates?|advocacy|i work (at|for|with) (a |an )?(shelter|hotline|helpline|nonprofit|ngo|"
                 r"charity|clinic|law firm|school)|my clients?|our clients|survivors we|caseworker|counsel+or|"
                 r"journalist|reporter|researcher|i'?m writing (a|an) (article|report|paper)|(i'?m|i am|as) (an? |the )?"
                 r"((high|middle|elementary|primary|secondary) school )?(teacher|principal|vice ?principal|assistant principal|school counsel+or|school administrator|dean of "
                 r"students|headteacher|head teacher|superintendent|school nurse|school social worker|coach|title ix "
                 r"coordinator)|i teach|i work (at|in|for) (a|an|the|our) (\w+ )?(school|district|academy))\b"),
    ("parent", r"\b(my|our) (\d{1,2}[- ]?(yrs?|years?)[- ]old |teenage |teen )?(daughter|son|kid|child)s?'?s? "
               r"(school|class|grade|phone|friend|teacher|coach|ex|boyfriend|girlfriend)\b|"
               r"\b(my|our) \d{1,2}[- ]?yrs?[- ]old (daughter|son|kid|child|girl|boy)\b|"
               r"\b((my|our) (teenage |teen |little |minor )?(daughter|son|kid|kids|child|children|teen|teenager|"
               r"stepdaughter|stepson|(\d{1,2}[- ]?(yo|y/o|year[- ]old)) ?(daughter|son|girl|boy)?(?! ?(bf|gf|boyfriend|"
               r"girlfriend|friend|classmate|crush|partner|ex|cousin|neighbou?r|coworker|colleague)))|"
               r"(my|our) \d{1,2}[- ]?(yo|y/o|year[- ]olds?)\b(?! ?(bf|gf|boyfriend|girlfriend|friend|classmate|crush|partner|ex|"
               r"cousin|neighbou?r|coworker|colleague))|mi hij[ao]|minha filha|meu filho|ma fille|mon fils|"
               r"i'?m (a|her|his) (parent|mom|mum|dad|father|mother)|as a parent|^parent\b|parent (in|here|of))\b"),
    ("maker", r"\b" + MAY_I_PASS_ON),
    ("maker", r"\bif i (make|made|create|generate|nudify|photoshop)\b|\bif (i|u|you) (never|dont|don'?t|do not|didn'?t|won'?t) "
              r"(send|share|post|show|forward|upload) (it|them|the (image|pic|photo|video|fake|deep ?fake|nude)s?)"
              r"( to (anyone|anybody|others|people))?\b(?! (by|before|until))|\b(even )?if i (just|only) (keep|make|create)\b|\b(i'?m|i am|we'?re|we are) (building|making|developing|"
              r"coding|launching|creating|adding|shipping) (an?|my|our) ([\w-]+ ){0,2}(app|bot|tool|site|website|service|platform|"
              r"feature|product|model|plugin|extension|filter)\b|\bif i (share|post|send|forward|upload) (it|one|an? "
              r"(fake|deep ?fake|ai|nude|pic|photo|video))\b(?! (to|with) (the )?(police|cops|a lawyer|my lawyer|school|ncmec|"
              r"my (mom|mum|dad|parents)))|\bsi (yo )?(hago|creo|genero|comparto|publico|subo) (una?|el|la|las|los|unas|unos)\b|"
              r"\bsi je (fais|cree|genere|partage|publie|envoie) (une?|des|la|le|les|ce|cette)\b"),
    ("maker", r"\bi'?m the one (who|that) (posted|shared|made|sent|leaked|forwarded|created|spread|passed|uploaded)|"
              r"\bi (have|got|kept|saved|still have|downloaded) (a |the )?(nudes?|pics?|photos?|videos?) of (my )?(\w+ )?"
              r"(girlfriend|boyfriend|gf|bf|ex|friend|classmate|crush)\b|\b(i|to|i still) (have|got|kept|keep|saved|save|still have) (my )?"
              r"(\d{1,2}[- ]?(yo|y/o|year[- ]old) )?(girlfriend|boyfriend|gf|bf|ex|friend|classmate|crush)'?s (nudes?|pics?|"
              r"photos?|videos?)|"
              r"\bi (already |just )?(made|created|generated) (one|it|them|some)\b|"
              r"\bi (forwarded|saved|kept|downloaded|screenshotted|showed) (it|them|the (pic|photo|nude|video|image)s?)\b|"
              r"\bi (shared|posted|leaked|sent|forwarded|showed) (my )?(ex|ex-?(girlfriend|boyfriend|wife|husband)|"
              r"girlfriend|boyfriend|gf|bf|partner|wife|husband|friend|classmate|coworker)'?s (nudes?|pics?|photos?|"
              r"videos?)|\b(my|our|a) (startup|company|business)\b[^.?!]{0,40}\b(app|site|website|tool|service|bot)s?\b"
              r"[^.?!]{0,40}\b(nud\w*|undress\w*|deep ?fakes?|porn|naked)"),
    ("maker", r"(\b(i|we)|^\W*|[,.;]\s*) ?(paid|hired|commissioned|asked|got|pay|paying) (someone|somebody|a guy|some guy|a person|a man|a "
              r"woman|a girl|an? (app|bot|service|website|site|artist)|a friend|my friend|\w+ on (telegram|discord|reddit|"
              r"fiverr|x|twitter))\b[^.?!]{0,30}\bto (make|create|generate|edit|photoshop|nudify|deep ?fake)|"
              r"\b(am i|are we) (gonna|going to) (get|be) (in trouble|arrested|charged|sued|prosecuted)\b[^.?!]{0,20}\b"
              r"for (making|sharing|posting|sending|forwarding|creating|showing|keeping|having)\b"),
    ("victim", r"\b(of me\b|me naked|my (own |fake |real |ai )?(nudes?|naked|(intimate|private) (pics?|photos?|pictures?|videos?|images?|parts|moments)|sex(ual)? (video|tape|pics?|photos?)|"
               r"face|body)|our (private |intimate |own )?(sex )?(video|tape|pics?|photos?)|(avec )?(ma tete|mon visage|mon corps)\b|fotos? (mias|mios)|(mis|minhas|meus|mes) (fotos|"
               r"nudes|photos|videos|desnudos)|de mi\b(?! (compa|amig|novi|ex\b|herman|hij|prim|vecin|jef|coleg|mam|pap|espos|mujer|marido|pareja|clase|escuela|trabajo))|de mim\b|de moi\b|me (estan|esta|estao|chantage\w*|"
               r"extors\w*|amenaza)|meri|mere|mera|mujhe|nae eolgul|i paid|(of us|of me) having sex|without asking me|"
               r"without my (consent|permission|knowledge)|sin mi (permiso|consentimiento)|sem (o )?meu consentimento|"
               r"sem eu deixar|(fotos|videos|imagens) (intimas )?minhas|your nudes|sans mon (accord|consentement)|"
               r"von mir|meine (fotos|bilder|nacktbilder|videos)|di me\b|la mia faccia|(le )?mie foto|(i )?miei video|"
               r"(a |the )?(nude|pic|photo|video)s? i sent (him|her|them))"),
    ("maker", r"\b(i|we|me and my friends?|my friends? and i) (made|make|created?|generated?|photoshopped|edited|"
              r"used (an?|one of (those|these|the)|some|this|that|the) ([\w-]+ )?(ai|apps?|bots?|nudif\w*|undress\w*|"
              r"face ?swap\w*|deep ?fake\w*)|nudified|face ?swapped|posted (a |an )?(deep ?fake|fake|ai)|sell|sold|"
              r"asked (someone|somebody|a guy|a friend|an app|.{0,25}) to (make|create|generate))\b"),
    ("maker", r"\b(legal|illegal|ilegal|interdit|permis|autorise|permitido|un delit|un crime|delito|crime|puni)\b[^.?!]{0,30}"
              r"\b(de |d'|a )?(juste |seulement |solo |so )?(re)?(generer|creer|faire|fabriquer|partager|publier|diffuser|envoyer|"
              r"montrer|hacer|crear|generar|compartir|publicar|difundir|mandar|fazer|criar|gerar|compartilhar|postar|"
              r"divulgar)\b[^.?!]{0,60}\b(d'une|d'un|de une|de un|de una|de alguien|de quelqu'un|de alguem|de uma|de um|"
              r"d'?une? (fille|femme|collegue|camarade)|d[aeo] (mi|mon|ma|minha|meu) (ex|compa\w*|coleg\w*|amig\w*))|"
              r"\bsi (je|yo) (les |la |le |lo |las |los )?(genere|cree|fais|hago|creo|genero|comparto|publico|mando)\b|"
              r"\bse eu (nao )?(fizer|criar|gerar|compartilhar|postar|mandar|enviar)\b"),
    ("maker", r"\b(yo )?(hice|hicimos|crie|criei|criamos|fiz|fizemos|j'?ai fait|nous avons fait|on a fait|"
              r"j'?ai cree|je l'?ai (envoyee?|partagee?|publiee?|diffusee?)|lo comparti|la comparti|los comparti|(yo )?(le|les) pase|"
              r"(comparti|publique|subi|mande|pase) (la|las|el|los|una|unas|un) (foto|fotos|video|videos|nudes?|imagen\w*)|"
              r"eu (compartilhei|postei|espalhei|enviei) (as |os |a |o )?(fotos?|nudes?|videos?|imagens?) d[aeo])\b"),
    ("maker", r"\b(can|could|will|would) i (get|be|go) (arrested|charged|in trouble|sued|prosecuted|jailed|to jail|"
              r"to prison)\b.{0,30}\b(for|if i) ((just|only|simply|merely) )?(using|making|posting|sharing|sending|"
              r"creating|generating|selling|leaking|screenshotting|showing|forwarding|saving|keeping)"),
    ("maker", r"^\W*(used|made|created|generated|photoshopped|nudified|edited|shared|posted|sent|forwarded|leaked|"
              r"airdropped) (an?|the|some|this|that|my)\b|\b(i'?m|im|i am) [^.?!]{0,30}\band (made|created|generated|"
              r"photoshopped|nudified|shared|posted|sent|forwarded|leaked|airdropped) (an?|the|some|this|that|my)\b|"
              r"(^|[,.;]\s*)(and |then )?(made|created|generated|photoshopped|edited|nudified) (an?|the|some|this|that) "
              r"(fake|deep ?fake|ai|nude|naked|pic|photo|image|video|edit)"),
    ("maker", r"\bi (sell|make|create|generate|produce|post)\b.{0,20}\b(custom |realistic )?(deep ?fakes?|fake|ai|"
              r"nudes?|porn)"),
    # "is it illegal to post fake nudes of someone?" is neutral (anyone may ask what the law forbids); asking whether
    # it is allowed, or about "my ex", is asking about one's own conduct
    ("maker", r"\b(is it|would it be) (illegal|a crime)\b.{0,30}?\bto ((just|only|simply|merely) )?(make|create|generate|"
              r"produce|nudify|edit|photoshop|post|share|send|leak|threaten|sell|distribute)\b.{0,50}\b((of|with) my\b|"
              r"(my|her|his) (ex|crush|classmate|coworker)'?s?|who (already|also) (does|did|makes|made|posts|sells|has)|"
              r"if (it'?s|its|it is) (just|only|clearly|labell?ed|marked|obviously)|as a joke|for (fun|a laugh|a joke))"),
    ("maker", r"\b(is it|would it be) (legal|ok|okay|allowed)(?! for (him|her|them|someone|anyone|"
              r"people|my|a |the |websites?|sites?|platforms?|companies))\b.{0,30}?\bto ((just|only|simply|merely) )?(make|create|generate|produce|"
              r"nudify|edit|photoshop|post|share|send|leak|threaten|sell|distribute)\b.{0,50}\b((of|with) (my|a|an|some|"
              r"her|his|this|that|someone|somebody|people|celebrit\w*|classmates?|coworkers?|women|girls|men)\b|"
              r"someone'?s|somebody'?s|(my|her|his) (ex|crush|classmate|coworker)'?s?)"),
    ("maker", r"\bit'?s (legal|ok|okay|fine|allowed) (for me )?to (post|share|send|leak|forward|sell)\b"),
    ("maker", r"\b(is it|would it be|am i allowed|can i)\b.{0,40}\b(share|post|send|forward|leak|upload)\b.{0,40}\b"
              r"(someone|somebody|a (girl|guy|boy|friend)|my ex|he|she|they) (sent|gave) (me|it to me|them to me)\b"),
    ("maker", r"\b(to me|me|i'?m|i am) (posting|sharing|sending|uploading|leaking|forwarding) (it|them|her (pics?|nudes?|"
              r"photos?|videos?))\b"),
    ("maker", r"\b(is it|would it be) (legal|illegal|ok|okay|allowed|a crime) for me to (make|create|generate|post|"
              r"share|send|leak|threaten|sell)\b"),
    ("maker", r"\b(can|could|may) i (legally )?(make|create|generate|post|share|sell|edit|use)\b.{0,40}\b"
              r"(of|with) (my|a|an|some|the|her|his|this) ?(\w+ )?(ex|crush|classmate|coworker|friend|celebrity|"
              r"girl|guy|woman|man|teacher|person|someone|actress|streamer|influencer|face|photos?)\b"),
    ("maker", r"\b(is it (legal|illegal|ok|okay|allowed|a crime)|would it be (legal|illegal)|am i allowed) "
              r"(for me )?to (make|create|generate|produce|nudify|edit|photoshop)\b"),
    ("maker", r"\b(i want to|i'?m going to|planning to|how (do|can) i|how to) (make|create|generate|nudify)\b"),
    ("maker", r"\b(i (run|built|made|operate|host|sell)|my) (an? |the )?([\w-]+ ){0,2}(discord |telegram )?(bot|app|site|website|tool|"
              r"service|server)\b.{0,60}\b(nud\w*|undress\w*|porn|explicit|naked|deep ?fakes?)"),
    ("maker", r"\b(share|sharing|post|posting|send|sending|forward)\b.{0,20}\b(nudes?|pics?|photos?|videos?) "
              r"(my|an?) (ex|ex-?(girlfriend|boyfriend)|partner|girlfriend|boyfriend)\b.{0,10}\b(sent|gave)\b"),
    ("maker", r"\b(i|we) (posted|shared|sent|leaked|forwarded)\b.{0,40}\b(of (my|her|his|a|an|this)|"
              r"(her|his) (nudes?|pics?|photos?|videos?))\b"),
    ("friend", r"\bmy (best )?(friend|sister|brother|cousin|roommate|classmate|coworker)'?s (bf|gf|boyfriend|girlfriend|ex|"
               r"husband|wife|partner|photos?|nudes?|pics?)\b"),
    ("maker", r"\b(sent|gave|showed) me (a |the |her |his |their )?(nude|pic|photo|video|image)s?\b[^.?!]{0,60}\bi (showed|"
              r"shared|sent|forwarded|posted|passed|airdropped)\b"),
    ("friend", r"\b(my (friend|best friend|bff|sister|brother|cousin|girlfriend|boyfriend|wife|husband|"
               r"partner|niece|nephew|roommate|student|coworker|colleague|classmate)|mi amig[ao]|minha amiga|"
               r"meu amigo|mon amie?|ma soeur)\b(?!'?s? (sent|shared|posted|leaked|made))"
               r"(?! (is |keeps |has been |just )?(threaten\w*|says|said|hits|hit|posted|shared|leaked|sent|made|keeps|"
               r"has|had|took|filmed|recorded|won'?t|wont|will|is going to|uploaded|put|spread|blackmail\w*))"),
    ("victim", r"\b(of me|me naked|my (nudes?|photos?|pics?|pictures?|images?|videos?|body|face)|"
               r"(posted|shared|leaked|made|sent)\b.{0,30}\bof me|i'?m being|i am being|(he|she|they|someone|"
               r"my ex)\b.{0,40}\b(me|my)\b|de mi|de mim|meu|minha|mis|de moi|mes)\b"),
]


def compile_table(rows: list[tuple[str, str]]) -> list[tuple[str, re.Pattern]]:
    return [(label, re.compile(pattern, re.I)) for label, pattern in rows]
