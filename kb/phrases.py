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
- Polarity is read from the question's own words: "is it legal / allowed / ok / can I" asks whether something is
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
    ("fake", r"\b(deep ?fakes?|deepfak\w*|nudif\w*|undress(ing)? app|face ?swap\w*|ai[- ](generated|made)|"
             r"(made|created|generated|edited|altered|photoshopped)\b.{0,25}\b(with|using|by) (an? )?(ai|app|"
             r"photoshop)|synthetic|not (really )?me\b|isn'?t (really )?me\b|not my body|"
             r"intelig[eê]ncia artificial|inteligencia artificial|montage|trucad\w*|truqu\w*|faux nus?|"
             r"fabricated|forged|counterfeit|digitally (altered|created|manipulated|fabricated)|"
             r"ki[- ](generiert\w*|erstellt\w*|gemacht\w*|bild\w*|nacktbild\w*|fake\w*|foto\w*|video\w*)|"
             r"kunstliche(r|n)? intelligenz|gefalscht\w*|fotomontaggi\w*|montaggi\w*|falsificat\w*|"
             r"intelligenza artificiale|deep ?nudes?|montajes?|montagens?|fotos? alterad[ao]s?|imagen(es)? alterad[ao]s?|"
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
             r"nudes? falsos?|fotos? falsas?|(put|pasted|photoshopped|edited|stuck) (my|her|his|their|our) (face|head) "
             r"(on|onto|into))\b"),
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
    ("tool", r"\b(build|built|building|run|running|runs|operate|operating|host|hosting|sell|selling|sold|offer\w*|"
             r"develop\w*|cod(e|ed|ing)|make|making|made|create|creating|created|launch\w*|advertis\w*|promot\w*|"
             r"distribut\w*|market\w*)\b (an?|the|my|our|this|that|such)? ?(ai |free |paid )?" + _TOOL + r"\b|"
             r"\b(i|we) (run|built|made|operate|host|sell|own|coded|developed) (an?|the|my|our)? ?([\w-]+ ){0,2}(discord |telegram |"
             r"ai )?(apps?|bots?|tools?|sites?|websites?|services?|servers?)\b[^.?!]{0,40}\b(nudif\w*|undress\w*|"
             r"deep ?fakes?|nudes?|porn)"),
    ("threatened", r"\b((until|by|before) (\d{1,2}(:\d\d)? ?(am|pm)?|tonight|tomorrow|midnight|noon|friday|monday)\b"
                   r"[^.?!]{0,40}\b(to send|to pay|or (he|she|they|it))|\$\s?\d+[^.?!]{0,30}\bor (he|she|they)\b|"
                   r"\bor (else )?(he|she|they) (sends?|posts?|shares?|leaks?|releases?|exposes?)\b)|"
                   r"\b(threat\w*|sextort\w*|blackmail\w*|extort\w*|dhamki|chantage\w*|menace\w*|"
                   r"(he|she|they)'?ll (post|share|leak|send|upload|release|expose|publish)|pay (me|us) or|"
                   r"or (your|the|my) (nudes?|pics?|photos?|videos?) (go|get|will)|"
                   r"demand\w* (money|more|payment|nudes|gift cards?|"
                   r"bitcoin|crypto|\$)|or (he|she|they)('ll| will) (send|post|share|leak)|"
                   r"unless i (pay|send)|if i don'?t (pay|send)|(will|gonna|going to|says he'?ll|says she'?ll|"
                   r"threatens? to) (post|share|leak|send|release|expose)|wants? (money|bitcoin|gift cards?)|"
                   r"pay (him|her|them|bitcoin)|amenaz\w*|chantaj\w*|extors\w*|ameac\w*|menace\w*|chantage|droht\w*|"
                   r"erpress\w*|minacci\w*|ricatt\w*)\b"),
    ("made", r"(?<!ai-)(?<!ai )(?<!computer-)(?<!machine-)(?<!app-)\b(gemacht|erstellt|generiert|fatto|fatta|creat[oa]|"
             r"fais|faisons|hago|hacemos|faco|fazemos|made|make|making|create[ds]?|creating|generat(e|ed|ing)|produc(e|ed|ing)|nudif\w*|undress\w*|"
             r"face ?swap\w*|photoshop(ped)?|edit(ed|ing)?|hic(e|ieron|o)|hizo|crea(r|ron|do)|cri(ar|ou|aram)|"
             r"fez|fizeram|fabriqu\w*|cree|fait|creer|creee?s?|generer|genere|generar|genera(ron|do|da)|gerar|gerou|"
             r"geraram|crear|crea(da|das|dos)|fabricar|fabricou|fabrico)\b"),
    ("shared", r"\b(post(ed|ing|s)?|shar(e|ed|es|ing)|sen(t|d|ding) (it |them |those |these )?(around|to|out)|sen(t|d|ding)\b[^.?!]{0,40}\b(around|out to|to (everyone|all|"
               r"(our|his|her|my|their) (friends|family|class|school|coworkers|contacts)|friends|people|a group))|"
               r"e-?mailed|texted|dm'?ed|pass(ed|ing)? (it |them )?around|pasamos|las pasamos|los pasamos|"
               r"send(ing)? (it |them )?round|sent (my|her|his|their|the|our) (\w+ )?(nudes?|pics?|photos?|videos?) to|"
               r"put (my|her|his|their|our|the) [\w ]{0,20}(nudes?|pics?|photos?|videos?) (up |online|on)|air ?drop(ped|ping|s)?|show(ed|ing|s)? (it |them )?(to )?(everyone|people|others|around|(my|his|her|their|two|some|a few|\w+) (friends|class|"
               r"family|coworkers|people))|show(ed|ing|s)? (it|them)\b|sell(ing|s)?|sold|spread(ing)?|"
               r"pasamos|mandamos|compartimos|passei|passamos|daal di|daal diya|bhej\w*|"
               r"leak(ed|ing|s)?|upload(ed|ing|s)?|distribut\w*|circulat\w*|forward(ed|ing)?|went viral|viral|"
               r"publish\w*|put (it |them )?(up |online|on)|all over|everyone (has|saw|has seen)|"
               r"publica\w*|public\w*|compart\w*|difund\w*|subi(o|eron|u|ram)|vaz\w*|postou|postaram|"
               r"divulg\w*|partag\w*|diffus\w*|mis en ligne|postee?s?|geteilt|verbreitet|gepostet|veroffentlicht|"
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
_MAY_I_PASS_ON = r"(can|may|could|should) i (legally |just )?(forward|share|post|send|repost|upload|show|airdrop) (it|this|" \
                 r"that|them|the (pic|photo|nude|video|image)s?)\b(?! (with|to) (the )?(police|cops|a lawyer|my lawyer|" \
                 r"school|my (mom|mum|dad|parents?)|a teacher|counsel\w*|ncmec|the site|the platform))"
# (role, pattern): the first match wins; order matters (a parent who mentions "my daughter made" is a parent).
ROLES = [
    ("policymaker", r"\b(legislat\w*|lawmakers?|staffer|senator|representative|assembly ?member|council ?member|"
                    r"policy ?makers?|draft(ing)? (a |the )?(bill|law|legislation)|our (bill|committee)|"
                    r"policy (brief|memo|analysis)|model (law|statute))\b"),
    ("advocate", r"\b(i represent|representing (a|my) client|(a|my|our) clients?'?s?\b|clients? (in|whose|who|of mine)|"
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
    ("maker", r"\b" + _MAY_I_PASS_ON),
    ("maker", r"\bi'?m the one (who|that) (posted|shared|made|sent|leaked|forwarded|created|spread|passed|uploaded)|"
              r"\bi (have|got|kept|saved|still have|downloaded) (a |the )?(nudes?|pics?|photos?|videos?) of (my )?(\w+ )?"
              r"(girlfriend|boyfriend|gf|bf|ex|friend|classmate|crush)\b|\bi (have|got|kept|saved|still have) (my )?"
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
              r"used an? (ai|app|bot|nudify)|nudified|face ?swapped|posted (a |an )?(deep ?fake|fake|ai)|sell|sold|"
              r"asked (someone|somebody|a guy|a friend|an app|.{0,25}) to (make|create|generate))\b"),
    ("maker", r"\b(legal|illegal|ilegal|interdit|permis|autorise|permitido|un delit|un crime|delito|crime|puni)\b[^.?!]{0,30}"
              r"\b(de |d'|a )?(juste |seulement |solo |so )?(generer|creer|faire|fabriquer|partager|publier|diffuser|envoyer|"
              r"montrer|hacer|crear|generar|compartir|publicar|difundir|mandar|fazer|criar|gerar|compartilhar|postar|"
              r"divulgar)\b[^.?!]{0,60}\b(d'une|d'un|de une|de un|de una|de alguien|de quelqu'un|de alguem|de uma|de um|"
              r"d'?une? (fille|femme|collegue|camarade)|de (mi|mon|ma|minha|meu) (ex|compa\w*|coleg\w*|amig\w*))|"
              r"\bsi (je|yo) (les |la |le |lo |las |los )?(genere|cree|fais|hago|creo|genero|comparto|publico|mando)\b|"
              r"\bse eu (fizer|criar|gerar|compartilhar|postar|mandar)\b"),
    ("maker", r"\b(yo )?(hice|hicimos|crie|criei|criamos|fiz|fizemos|j'?ai fait|nous avons fait|on a fait|"
              r"j'?ai cree|je l'?ai (envoyee?|partagee?|publiee?|diffusee?)|lo comparti|la comparti|los comparti|"
              r"eu (compartilhei|postei|espalhei|enviei) (as |os |a |o )?(fotos?|nudes?|videos?|imagens?) d[aeo])\b"),
    ("maker", r"\b(can|could|will|would) i (get|be|go) (arrested|charged|in trouble|sued|prosecuted|jailed|to jail|"
              r"to prison)\b.{0,30}\b(for|if i) ((just|only|simply|merely) )?(using|making|posting|sharing|sending|"
              r"creating|generating|selling|leaking|screenshotting|showing|forwarding|saving|keeping)"),
    ("maker", r"^\W*(used|made|created|generated|photoshopped|nudified|edited) (an?|the|some|this|that|my)\b|"
              r"(^|[,.;]\s*)(and |then )?(made|created|generated|photoshopped|edited|nudified) (an?|the|some|this|that) "
              r"(fake|deep ?fake|ai|nude|naked|pic|photo|image|video|edit)"),
    ("maker", r"\bi (sell|make|create|generate|produce|post)\b.{0,20}\b(custom |realistic )?(deep ?fakes?|fake|ai|"
              r"nudes?|porn)"),
    ("maker", r"\b(is it|would it be) (legal|illegal|ok|okay|allowed|a crime)(?! for (him|her|them|someone|anyone|"
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
             r"canadian |australian |uk |british |american |latin american )?(states?|countries|jurisdictions|places|"
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
               r"applies|begin)|still pending|was .{0,40}\b(vetoed|signed)|(ya )?se aprobo|fue aprobad[ao]|"
               r"(esta|entro|entra) en vigor|(ja )?foi aprovad[ao]|(esta|entrou|entra) em vigor|a ete adopte|"
               r"(est|est-elle|est-il|entre) en vigueur|estado del proyecto|situacao do projeto)\b"),
    ("penalty", r"\b((the )?most (he|she|they|someone) (could|would|will|can) get|what (could|would|will|can) (he|she|they) "
                r"get|max(imum)? (sentence|penalty|punishment)|felony or (a )?misdemeanou?r|misdemeanou?r or (a )?felony|"
                r"penalt(y|ies)|how (long|much time)(?! do i have)|jail|prison|sentence[ds]?|fines?|"
                r"punish(?!able)\w*|(?<!is it )(?<!is that )(?<!is this )(?<!it be )punishable|"
                r"felony|misdemeanou?r|carcel|cadeia|prisao|prison)\b"),
    ("legal", r"\b((est-ce (que |qu'?)?)?(c'?est|ce serait|ce soit) (puni|punie|punissable|un delit|un crime|illegal|interdit|"
              r"penal\w*)|est-ce (que |qu'?)?(\w+ ){0,8}(est )?(un delit|un crime|illegal|puni|punissable)|(il|elle|ils|elles|on) "
              r"(peut|peuvent|pourrait|pourraient) (\w+ )?(etre )?(accuse|poursuivi|condamne|arrete|inculpe|puni)\w*|"
              r"(es|seria|esta|sera) (un )?(delito|ilegal|castigad[oa]|penad[oa]|punible)|(lo|la|le) (pueden|puede|podrian|"
              r"podria) (denunciar|acusar|detener|condenar|arrestar|procesar)|(e|seria|sera) (um )?(crime|ilegal|punid[oa])|"
              r"(posso|puedo|peux-je|je peux) (o |lo |la |le )?(denunci|porter plainte|process)\w*|"
              r"\be reato\b|\breato\b|\be illegale\b|ist (das|es) (strafbar|verboten|illegal|legal|erlaubt)|strafbar|"
              r"(can|could|will|would) (the )?(police|psni|cops|prosecutors?|cps|da|gardai|crown|state|authorities) (\w+ ){0,2}"
              r"(charge|arrest|prosecute|do anything to|go after) (him|her|them|the (guy|person|boy|girl|man|woman))|"
              r"is (this|that|it) (a )?criminal (offen[cs]e|matter|act)|" + _MAY_I_PASS_ON + r"|"
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
              r"crime|statute|section|rule)s? (apply|cover|reach)|(is|was) (that|this|it) covered by|"
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
              r"illegal)|est-ce (puni|punissable)|es punible|e punivel|é punível)"),
    ("sue", r"\b(sue|suing|lawsuit|civil (action|claim|case|suit|remedy)|damages|compensat(e|ion)|get money|"
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
    ("prohibited", r"\b(illegal|a crime|criminal|against the law|unlawful|get in trouble|be (arrested|charged|"
                   r"prosecuted|jailed|convicted)|get (arrested|charged|caught|prosecuted)|go to jail|in trouble|"
                   r"breaking the law|law against|ilegal|delito|delit|crime|felony|misdemeanou?r|legal risk|"
                   r"apply|applies|cover|covers|covered|reach|se aplica|punishable|offen[cs]e|prosecutable|"
                   r"puni|punissable|punible|punivel|punível|jail|prison|arrestar|detener|preso|presa|processad[oa]|"
                   r"risque|reato|illegale|illecito|strafbar|verboten|infraction|castigad[oa]|castigo)\b"),
    ("permitted", r"\b(legal|legale|lecito|erlaubt|allowed|ok|okay|lawful|permitted|can (i|he|she|they|someone|people|"
                  r"you))\b"),
]
CIVIL_QUESTION = r"\b(aller devant (le |un )?(juge|tribunal)|poursuivre en justice|demander des dommages|" \
                 r"(puedo|podemos|puede) (demandar\w*|ponerle una demanda|poner una demanda|presentar una demanda)|" \
                 r"(posso|podemos|pode) processar\w*|(je|on|elle|il) (peux|peut) (le |la |les )?poursuivre|" \
                 r"demander au juge|(avoir|obtenir) une ordonnance|ordonnance (du|d'un) juge|" \
                 r"can (i|we|they|she|he|victims?|my (daughter|son|client)) (sue|file a (lawsuit|claim)|" \
                 r"get (damages|money|compensation))|is (there|it possible to) .{0,20}(sue|lawsuit)|" \
                 r"puedo demandar|posso processar)\b"



def compile_table(rows: list[tuple[str, str]]) -> list[tuple[str, re.Pattern]]:
    return [(label, re.compile(pattern, re.I)) for label, pattern in rows]
