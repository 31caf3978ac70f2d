"""Single patterns for the facts of a situation, read by `kb.frame`: ages and minority, who did what (a parent's
child, someone else's picture, one's own), threats and dates, legal questions about one's own remedy or a platform's
duty, named laws and scope, partners, strong signs of a fake, time limits and elections. The tables of kinds (image,
act, role, question, polarity, cues) are in `kb.phrases`."""

from __future__ import annotations

# Age and minority. An explicit age decides; otherwise school years and child words.
AGE = r"^\s*(\d{1,2})\s*[,.;:]\s|\b(?:i'?m|i am|im|she'?s|he'?s|she is|he is|they'?re|they are|she was|he was|they were|" \
      r"(?:person|one|girl|boy|kid|victim|child|student)(?: (?:in|on) (?:it|them|the \w+))? (?:is|was)|was|turned|aged?|tengo|tenho|j'?ai|(?:son|daughter|" \
      r"kid|child|girl|boy|brother|sister) is|are both|both|(?:they'?re |they are |are |were )?all)\s*(\d{1,2})\b" \
      r"(?!\s*(?:%|percent|dollars|\$|k\b|pm|am|min|minutes|hours|days|weeks|months|times|states))|" \
      r"\b(\d{1,2})\s*-?\s*(?:yo|y/o|yrs?|years?[- ]old|year-old|anos|años|ans)\b|" \
      r"\b(?:hij[ao]|sobrin[ao]|niet[ao]|prim[ao]|herman[ao]|filh[ao]|fille|fils|niece|neveu)\s+(?:de|a|tem|tiene)\s+" \
      r"(\d{1,2})\b(?!\s*(?:%|dollars|\$|k\b|pm|am|min|minutes|heures|horas|dias|jours))|" \
      r"(?<=[a-z] )\((\d{1,2})\s*(?:yo|y/o|[fm])?\)"
MINOR_WORDS = r"\b(under ?18|under ?age|underage|minors?|child(ren)?|kids?|teen(ager)?s?|high ?school(er)?|" \
              r"(in |at )?(year|yr) ([7-9]|1[0-2])\b|sixth form|gcses?|secondary school|" \
              r"(at|in|my|our|from) school\b|everyone at school|" \
              r"middle ?school|junior high|grade \d+|\d+(th|rd|nd|st) grade|freshman in high school|" \
              r"years? old (girl|boy)|csam|child (sexual )?abuse material|classmates? in (high|middle) school|" \
              r"menor( de edad)?|adolescente|colegio|escola|lycee|college \(fr\)|(an? |the )?s[1-5] (girls?|boys?|" \
              r"pupils?|students?|lass|lad)|in s[1-5])\b"
ADULT_WORDS = r"\b(adult|grown|college|university|uni|grad student|coworker|colleague|my wife|my husband|" \
              r"over 18|18\+|celebrit(y|ies)|actress(es)?|actors?|streamers?|influencers?|pornstars?|porn stars?|" \
              r"models?|my (boss|landlord|manager|employee|professor))\b"
# The asker is the minor (not only the person shown): "i'm 15", "a girl in my class", "(16)" after the asker.
SELF_MINOR = r"\b(i'?m|i am|im|tengo|tenho|j'?ai)\s*(1[0-7]|[5-9])\b(?!\s*(%|percent|dollars|\$|k\b|pm|am|min|minutes|" \
             r"hours|days|weeks|months|times))|\b(i'?m|i am|im) (a |an |only |just )?(minor|teen(ager)?|kid|freshman|" \
             r"sophomore|junior in high school|high ?schooler|in (high|middle|junior high) school|in (\d{1,2})(th|rd|nd|st) " \
             r"grade|in (year|grade) \d{1,2}|under ?18|underage)\b|\b(my|our) (classmates?|class|grade|school|teachers?|" \
             r"homeroom|principal|year group)\b|^\W*(1[0-7])\s*[,.;:]\s|\b(i|me)\s*\((1[0-7])\s*[fm]?\)|" \
             r"\b(mi|mis|minha|meu|ma|mon) (colegio|escuela|clase|companer[oa]s?|escola|turma|colega|classe|lycee|college)\b"
# The person shown is an adult whatever else says "school": "a student made nudes of a teacher".
ADULT_SUBJECT = r"\bof (a|an|the|my|our|his|her|their|one of (our|the|my)) (\w+ )?(teachers?|coach|principal|co-?workers?|" \
                r"colleagues?|boss|manager|professors?|wife|husband|mom|mum|mother|dad|father|neighbou?rs?|landlord|" \
                r"women|woman|adults?|staff member|nurse|tutor)\b"
# Consensual material the asker shared in ("the videos we made together"): not the asker making an image.
MADE_TOGETHER = r"\b(videos?|pics?|photos?|pictures?|tapes?|clips?|content|ones|images?|nudes)( that| which)? (we|i) " \
                r"(made|took|filmed|recorded|shot)( together| of (us|ourselves)| with (him|her|my \w+))?"
# Relative dates: "last month", "again yesterday" (resolved against today's date).
WHEN_RELATIVE = r"\b(last (month|week)|this (month|week|year)|last year|yesterday|today|tonight|recently|(a few|two|three|" \
                r"\d{1,2}) (days?|weeks?) ago|(a|one|two|three|\d{1,2}) (months?|years?) ago)\b"
OWN_CONTENT = r"\b(i took|took (them|it|the (photo|picture|video)) myself|selfies?|my own (photos?|pics?|videos?|" \
              r"content)|i (own|made) (the|these|those) (photos?|videos?)|copyright|onlyfans content|my content|" \
              r"my (onlyfans|fansly|patreon|manyvids|of) (videos?|pics?|photos?|content|page|posts?)|my paid content)\b"
# A parent whose child did it ("my 14 year old son used an app to make fake nudes of girls"), not one whose child it
# was done to ("someone made nudes of my son").
CHILD_DID = r"\b(my|our) (son|daughter|kid|child|teen|boy|girl) (is|was) the one (who|that) (passed|shared|posted|made|" \
            r"sent|forwarded|created|leaked|spread)|\b(my|our) (son|daughter|kid|child|teen)( \(?\d{1,2}\)?)? (got|was|has been) " \
            r"(caught|suspended|expelled|arrested|charged|accused|questioned)\b[^.?!]{0,20}\b((for |with )?(making|sharing|" \
            r"posting|sending|forwarding|creating|having|spreading)|(with|w/?) (a |an |some )?(nudes?|pics?|photos?|" \
            r"images?|videos?))|" \
            r"\b(my|our) (\d{1,2}[- ]?(yrs?|years?|yo)[- ]?(old )?)?(teenage |teen )?(son|boy)\b[^.?!]{0,70}\b(and|then|so) he " \
            r"(forwarded|shared|sent (it|them) (to|around)|posted|showed|passed|airdropped|spread|leaked)\b" \
            r"(?! (his|my) (own )?(nudes?|pics?|photos?))|" \
            r"\b(my|our) (\d{1,2}[- ]?(yrs?|years?|yo)[- ]?(old )?)?(teenage |teen )?(daughter|girl)\b[^.?!]{0,70}\b(and|then|so) " \
            r"she (forwarded|shared|sent (it|them) (to|around)|posted|showed|passed|airdropped|spread|leaked)\b" \
            r"(?! (her|my) (own )?(nudes?|pics?|photos?))|" \
            r"\b(my|our) (\d{1,2}[- ]?(year[- ]old|yo|y/o) )?(teenage |teen )?(son|daughter|kid|child|teen|boy|girl)\b" \
            r"(?! was| is| got)[^.?!]{0,25}\b(made|make|used|created|generated|shared|posted|sent|forwarded|" \
            r"air ?dropped|is making|has been making|is sharing)\b[^.?!]{0,40}\b(of (a |an |some |his |her |the )?" \
            r"(\w+ )?(girls?|boys?|classmates?|students?|kids|teachers?|people|someone|friends?|another|women)\b|" \
            r"(a|another|his|her) (girl|boy|classmate|student|friend)'?s|someone'?s)|" \
            r"\b(mon fils|ma fille|mi hij[oa]|meu filho|minha filha)\b[^.?!]{0,30}\b(a (partage|publie|envoye|cree|fait)|" \
            r"(compartio|publico|envio|hizo|creo|difundio)|(compartilhou|postou|enviou|fez|criou|espalhou))\b|" \
            r"\b(my|our|mi|mon|meu) (son|daughter|kid|child|teen|boy|girl|hij[oa]|fils|fille|filh[oa])\b[^.?!]{0,40}\b(for|por|" \
            r"pour|por ter) (making|creating|generating|sharing|posting|sending|forwarding|hacer|haber hecho|crear|compartir|" \
            r"difundir|avoir (fait|partage|cree|diffuse)|fazer|criar|compartilhar|divulgar)\b"
# Someone else's image passed on by the asker ("I sent a nude that a girl sent me to a group chat").
PASSED_ON = r"\bi (sent|shared|posted|forwarded|showed|leaked|air ?dropped|send|share|post|forward|show|leak)\b[^.?!]{0,40}\b((a|the) (nude|pic|photo|" \
            r"video|picture)s? (that|which) (a|this|my|some) (girl|boy|guy|classmate|friend|ex|person)|(her|his) (nudes?|" \
            r"pics?|photos?|videos?)|someone(\s?else)?'?s (nudes?|pics?|photos?)|(a|the) (nude|pic|photo|video)s? " \
            r"(that )?(someone|somebody|a (girl|guy|boy|friend|classmate)|my ex|he|she) sent me|(a|the) (nude|pic|photo|" \
            r"video|picture)s? of (?!(myself|me)\b)(my |his |her |a |the )?[^.?!]{0,20}(friend|ex|classmate|sister|girlfriend|gf|crush|" \
            r"coworker|girl|guy|boy))"
SELF_SENT = r"\b(wants?|asked|asking|keeps asking|pressur\w*|begging) me to send (him |her |them )?(pics|nudes|photos|" \
            r"a (pic|nude|photo)|one)\b|\bi sent (him |her |them |my (bf|gf|boyfriend|girlfriend|ex|crush) )?(a|my|some) (nude|naked pic|pic|" \
            r"photo|selfie)s?\b|(^|[,.;]\s*)(i )?sent (him|her|them|my (bf|gf|boyfriend|girlfriend|ex|crush) )?(a|my|some) (nude|naked pic|" \
            r"pic|photo|selfie)s?\b|\b(i sent (them|it|those|these) to|(for me to|should i|can i) send (them|nudes|pics|him|her)|" \
            r"(mande|mandei|envie|enviei) (fotos|nudes|una foto|uma foto)|" \
            r"i sent|i shared|i posted) (my|a|some|an?)? ?(own )?(intimate |naked |nude )?(nudes?|pics?|photos?|" \
            r"videos?|selfies?)\b|\bsend (each other|him|her) (pics|nudes|photos)\b|j'?ai envoye|le mande|" \
            r"les mande|le envie|mandei|enviei|" \
            r"\bsext(ing|ed)\b|\bsent (him|her|my (bf|gf|boyfriend|girlfriend)) (nudes?|pics?)\b"
# Pictures the person sent earlier, said in passing ("the ones i already sent him"): their own sexting only when they
# also ask whether they are in trouble (a teenager being threatened may simply be asking for help)
SENT_EARLIER = r"\bwants? (more|new|real|other) (pics|nudes|photos|pictures)\b|" \
               r"\b(the )?(ones|pics|nudes|photos|pictures|selfies) i (already |had |once )?sent\b"
# A threat to post is not a post: these spans are removed before looking for "shared".
NOT_SHARED = r"\b(never|not|don'?t|doesn'?t|didn'?t|won'?t|haven'?t|hasn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|without|no one|" \
             r"nobody) (\w+ ){0,3}(send|sent|shar(e|ed|es|ing)|post|" \
             r"posted|show|showed)\w*( (it|them))?( to (anyone|anybody|no one))?|" \
             r"\b(ne )?(le |la |les )(montre|partage|envoie|diffuse|publie)\w* (a |à )?personne|" \
             r"\bsans (le |la |les )?(partager|montrer|diffuser|publier|envoyer)|" \
             r"\bsin (compartir|mostrar|publicar|enviar|difundir)\w*|\bsem (compartilhar|mostrar|publicar|enviar)\w*|" \
             r"\bno (lo |la |los |las )?(comparto|compart\w+|muestro|mostr\w+|publi\w+|envi\w+|mand\w+)( (a )?nadie)?|" \
             r"\bnao (mostr|compartilh|public|envi)\w* (pra |para )?ninguem|\bnao (postou|compartilhou|mandou|enviou|" \
             r"publicou|divulgou|espalhou|partilhou)|\bno (lo |la |los |las )?(publico|compartio|subio|mando|envio|" \
             r"difundio|paso)\b|\b(il |elle )?(ne |n')(l'|les )?a pas (partage|publie|envoye|diffuse|poste)\w*|" \
             r"\b(absent|without) (any )?(dissemination|distribution|sharing|publication|posting)|\bnever (distributed|" \
             r"disseminated|published|circulated)|\bsans (aucune )?(diffusion|partage|publication|envoi)|\bsin (ninguna )?" \
             r"(difusion|publicacion)|\bsem (divulgacao|compartilhamento|publicacao)"
THREAT_SPANS = r"\b(threat\w* to|will|gonna|going to|wants to|or (else )?(i|i'?ll|he'?ll|she'?ll|they'?ll|we'?ll|he|she|they)|says (he|she|they)('?ll| will)|unless i pay (him|her|" \
               r"them)? ?(or )?(he|she|they)('?ll| will)|if i don'?t .{0,20}(he|she|they)('?ll| will)|threatens? to|" \
               r"amenaz\w* con|ameac\w*( de)?|menace de|a menace de|va a|van a|vai|vao|va|vont|hell|shell|theyll) (\w+ )?" \
               r"(post|share|leak|send|release|expose|make|create|generate|publicar|postar|publier|difundir|compartir|" \
               r"divulgar|espalhar|partager|diffuser|envoyer|subir|hacer|crear|fazer|criar)\w*" \
               r"([^.?!,]{0,40}? and (post|share|send|leak|spread)\w*)?"
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WHEN = r"\b(?:in|back in|during|since|from|en|em|on|a|ad|nel|im|seit|depuis|desde|de)\s+(?:(?:early|late|mid)[- ])?" \
       r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|fev|mai|out|dez|janv|fevr|avr|juin|juil|aout|" \
       r"sept|gen|mag|giu|lug|set|ott|okt|marz)[a-z]*\.?\s+(?:de |del )?(?:19|20)\d\d)\b|" \
       r"\b(?:in|back in|during|since|from|en|em)\s+(?:el |the |o |l'an |le )?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\b(?=.{0,20}" \
       r"\b(when|that'?s when|it happened|he posted|she posted|was posted))"
# Legal questions about the person's own remedy ("is it legal for me to send a removal request / report it /
# screenshot it as evidence"): allowed, and the law that gives the route is cited.
REMEDY_ACTION = r"\b((is it (legal|ok|okay|allowed)|am i allowed|do i have the right)( for me)? to|can i( legally)?) " \
                r"((send|file|make|submit|write|request|ask( for)?)\b.{0,40}\b(request|notice|report|complaint|claim|" \
                r"lawsuit|removal|takedown)|(report|screenshot)\b|(save|keep)\b.{0,20}\b(evidence|screenshots?|" \
                r"a copy|copies|the (messages?|threats?|texts?|chats?|emails?)))\b|" \
                r"\b(is it (legal|ok|okay|allowed)|am i allowed|do i have the right)( for me)? to sue\b"
# Legal questions about a platform's duty ("is it legal for a website to keep my nudes up after a request").
PLATFORM_DUTY = r"\b(do|must) (i|we) (legally )?(have to|need to|got to) (take|remove|delete|pull|block)|" \
                r"\b(am i|are we|is (my|our) (site|forum|platform|app|company|service|host)) (legally )?(required|obliged|" \
                r"obligated|bound|liable|responsible)\b|\b(what are|what'?s) (our|my|the site'?s|the platform'?s) (legal )?" \
                r"(duties|duty|obligations?|responsibilit\w+)|\b(our|my) (legal )?(duties|obligations)\b|" \
                r"(^|[.?!,:;-]\s*)(does|do|will|would|did|is|are|must|can)\b[^.?!]{0,60}\b((make|makes|require|requires|" \
                r"force|forces|oblige|obliges|compel|compels) (the )?(platforms?|sites?|websites?|companies|services?|" \
                r"apps?|hosts?|social media)\b.{0,20}\b(take|remove|delete|pull|block)|(platforms?|sites?|websites?|" \
                r"companies) (have to|are required to|need to|are obliged to|required to) (remove|take|delete|pull|block))|" \
                r"\b(website|site|platform|app|host|google|reddit|twitter|x|facebook|instagram|tiktok|snapchat|" \
                r"telegram|discord|pornhub|onlyfans|company)s?\b.{0,60}\b(keeps?( it| them| the \w+| my \w+)? (up|online|" \
                r"posted|there|hosting)|keeps? hosting|leaves?|left (it|them) up|refuse|ignore|not (remove|" \
                r"take)|won'?t (remove|take)|still up|keeps? (it|them) up)"
# Ways people name a law that its title does not contain (the catalog finds titles, citations and bill numbers).
LAW_ALIASES = [
    (r"\btake it down (act|request|notice|law|removal)", "us-usc-47-223a"),
    (r"\bcoco'?s law\b", "ie-hhcroa-2020-2"),  # the popular name of the Irish 2020 Act, ss. 2 and 3
    (r"\bcoco'?s law\b", "ie-hhcroa-2020-3"),
]
FEDERAL_SCOPE = r"\b(federal(ly)?|congress|u\.?s\.? law|national law|nationwide|across the (us|country))\b"


# A partner or ex behind a threat to share: the sextortion is also domestic abuse.
PARTNER = (r"\b(my|mi|meu|mon) (bf|gf|boyfriend|girlfriend|husband|wife|partner|ex|ex-?(boyfriend|girlfriend|"
           r"husband|wife|partner)|fiance|fiancee|novio|novia|esposo|esposa|pareja|expareja|exnovio|namorado|"
           r"namorada|marido|mulher|conjoint|copain|copine|mari)\b|\b(si no vuelvo|if i don'?t (come|get) back|"
           r"unless i (come|get) back|se eu nao voltar|si je ne reviens pas)")

# Signs that an image is a fake strong enough to outweigh a contrasting "or only real photos?", unless "not a fake".
STRONG_FAKE = (r"\b(deep ?fakes?|deepfak\w*|ai[- ](made|generated)|nudif\w*|undress\w* app|face ?swap\w*|"
               r"fake (nudes?|pics?|photos?|images?|videos?|porn)|synthetic|fabricated|computer[- ]generated)\b")
NOT_FAKE = r"\bnot (a |an )?(fake|deep ?fake)"

# "Can I still sue?": the answer says how long the claim lasts.
LIMIT_ASKED = (r"\b(still|too late|time limit|deadline|how long (do|does|have)|statute of limitations|"
               r"todav[ií]a|a[uú]n|ainda|encore|d[ée]lai|prazo|plazo)\b")

# An election-deepfake law answers only a question about elections or candidates.
ELECTION = (r"\b(election|elections|electoral|candidate|candidates|campaign|political|politician|vote|"
            r"voters?|ballot|elecci[oó]n|candidat[oa]|[ée]lection|campanha|elei[cç][aã]o)")
# Someone writing about the subject, not living it: the law, no plan.
WRITER = r"\b(journalist|reporter|researcher|i'?m (writing|researching|working on) (a|an|my) (article|story|report|paper|" \
         r"piece|thesis|dissertation)|for (a|an|my) (article|story|paper|thesis|newsletter|podcast))\b"
# Someone else shared or threatened the asker's picture (a teenager's own sexting is not that).
OTHER_SHARED = r"\b(he|she|they|someone|somebody|my (ex|bf|gf|boyfriend|girlfriend)|the (guy|boy|girl))\b[^.?!]{0,30}\b(" \
               r"(shar|post|leak|forward|show|spread|screenshot|upload|circulat)\w*|put (it|them) (up|online)|sen(t|ds?|ding) (it|them|" \
               r"my))"
# The asker is the adult shown ("a student posted a deepfake of me - I'm a teacher").
ADULT_SELF = r"\b(i'?m|i am|im|as) (a |an )?(teacher|professor|coach|principal|nurse|adult|grown woman|grown man|mom|mum|" \
             r"dad|mother|father|parent|employee|manager|lawyer|doctor)\b"

# "Am I in trouble?" from a teenager whose own picture was passed on, or "will SHE get in trouble too?" from the parent
# of a child who sent her own picture: about the one who sent it, not the one who passed it on.
OWN_TROUBLE = r"\b(am i|will i|could i|can i|would i|do i)\b.{0,20}\b(trouble|arrested|charged|jail|prison|done for|nicked)|" \
              r"\b(vou|posso|vai) (ser )?(pres[ao]|processad[ao])|me van a (arrestar|detener|denunciar)|" \
              r"\b(je|j') (risque|vais (etre|avoir))|\best-ce que je (vais|peux)|" \
              r"\b(will|could|can|would|is) (she|he|my (daughter|son|kid|child)) (also |too |even )?(get|be|go)\b.{0,15}" \
              r"\b(trouble|charged|arrested|jail|prosecuted)|\b(she|he) (will |could |might )?(get|be) in trouble too\b"
CHILD_SENT_OWN = r"\bof (him|her|my (daughter|son|kid|child))\b|" \
                 r"\b(she|he|my (daughter|son|kid|child)) ([\w,]+ ){0,3}(sent|shared|took|texted) (a |her |his |some |their )?" \
                 r"(own )?(nudes?|naked (pic|photo|picture)s?|pics?|photos?|pictures?|selfies?)\b(?! of (someone|a|another|" \
                 r"her friend|his friend|a classmate|a girl|a boy))"

# The asker received, kept or watched an image someone else made ("i just kept it on my phone", "just watching",
# "if i save it"): their own conduct is asked about, so no victim plan; advice for someone holding an image instead.
OWN_KEEP = r"\b((i|we) (just |only |still )?(kept|keep|saved|save|downloaded|download|have|watch|watched|view|viewed|" \
           r"look at|looked at|stream|streamed)|(i'?m|im|i am) (just |only )?(watching|viewing|looking at|keeping)|" \
           r"(just|only) (watch|watching|viewing|looking at|keeping|having|saving)|if i (keep|save|watch|view|download)|" \
           r"(someone|somebody|a (friend|guy|girl)|he|she|they) sent (me|it to me))\b"

# The asker runs the site, app or service the question is about ("I run a small forum", "we operate a UK-based image
# host", "our platform"): a duty question from the operator, not a victim's request
OPERATOR = r"\b(i|we) (run|own|operate|host|manage|moderate|admin)\b|\b(my|our) ([\w-]+ ){0,2}(site|website|platform|app|" \
           r"company|service|forum|server|community|host|hosting site)\b"

# Sent privately (a text, an email, AirDrop, shown on a phone), and elements that require an online platform: such a
# law does not clearly reach a private message. Viewing named in a record's text: watching can be that offence.
PRIVATE_CHANNEL = r"\b(group ?texts?|text(ed)? (it|them|to)|texted|text messages?|sms|imessage|mms|e-?mail(ed)?|" \
                  r"air ?drop\w*|in person|on (his|her|their) phone)\b"
ONLINE_ONLY = r"\b(online platform|website|social media|social networking|interactive computer service)\b"
VIEWING = r"\b(view\w*|watch\w*|access\w* (it |them |such material )?with intent to view|accesses)\b"

# The person shown consented to sharing (a consensual exchange), unless only to something else ("she consented to
# the photo but not to me posting it")
CONSENT_LIMITED = (r"\b(but )?not (to )?(me |him |her |them )?(post|shar|send|upload|spread|forward|publish)\w*|"
                         r"did(n'?t| not) (consent|agree) to (the |me |him |her )?(post|shar|send|upload|spread)\w*|"
                         r"without (her|his|their|my) (consent|permission|knowledge)|never (consented|agreed) to|"
                         r"pero no (a |para )?(publicar|compartir|difundir)|mas nao (para )?(postar|compartilhar|divulgar)|"
                         r"mais pas (pour )?(la |les )?(publier|partager|diffuser)")

CONSENT_GIVEN = (r"\b(with (her|his|their|my) (full )?(consent|permission)|(she|he|they) (agreed|consented|"
                      r"said (it'?s|it was) ok)|(she|he|they|my (girlfriend|boyfriend|partner|wife|husband|gf|bf|fiance|fiancee))( \(\d+\))? "
                      r"(asked|wants?|wanted|told) me to (upload|post|share|send)|"
                      r"at (her|his|their) (request|direction)|i consented|consented to|"
                      r"con (su|mi) (consentimiento|permiso)|com (o )?(seu|meu) consentimento|com (a )?(sua|minha) "
                      r"permissao|avec (son|mon) (consentement|accord)|(ella|el) (acepto|estuvo de acuerdo)|"
                      r"(ela|ele) concordou|(elle|il) (a accepte|etait d'accord)|(share|send|post|sharing|sending|posting|exchange|exchanging) "
                      r"(my own|pictures of myself|photos of myself|nudes of myself)|(make|create|generate|making|"
                      r"creating|generating)\b.{0,40}\bof myself\b|consensual(ly)? "
                      r"(share|send|exchange|sexting))\b")

# The person's own paid content (a creator's subscribers): never private, so a copyright notice is the route
PAID_CONTENT = r"\b(onlyfans|fansly|patreon|manyvids|paid content|subscribers?|my content|content creator|creator here)\b"

# The question is about the asker's own keeping of a picture someone sent them ("am i in trouble just for having it on
# my phone"): the act asked about is keeping, whatever the sender did
KEEP_ASKED = r"\b(just |only |simply )?for (having|keeping|saving|owning|possessing|storing) (it|them|this|that|the (pic|photo|" \
             r"image|video|nude)s?)\b"

