"""Safety cues read by `kb.frame`: each one adds a block before anything else in the answer (a crisis line, domestic
abuse help, sextortion advice, the mass webcam scam). Kept apart from the other phrase tables because a missed cue
is the costliest miss, so these patterns are reviewed on their own."""

from __future__ import annotations

# Safety cues: each adds a block to the answer before anything else.
CUES = [
    ("self_harm", r"\b(kill(ing)? (myself|me)|killin myself|kms|suicid\w*|(want|wanna|going|gonna) (to )?die|wish i (was|were) "
                  r"dead|better off dead|end (it all|my life|it)\b(?! with (him|her))|ending (it|my life)|don'?t want to (live|"
                  r"be alive|be here)|no reason to live|can'?t (go on|live like this|do this anymore)|hurt(ing)? myself|"
                  r"cut(ting)? myself|self[- ]harm\w*|take my (own )?life|no quiero vivir|quiero morir(me)?|matarme|"
                  r"quitarme la vida|quero morrer|me matar|tirar minha vida|me suicider|envie de mourir|en finir|"
                  r"me tuer)\b"),
    ("scam", r"\b(hacked (your|my) (webcam|camera|device|computer|phone)|recorded you (while|watching)|"
             r"(pay|send) (in |me )?(bitcoin|btc|crypto)|bitcoin (wallet|address)|your password is|"
             r"i have access to your (device|computer|camera)|\d+(\.\d+)? ?(btc|bitcoin)|"
             r"(videos?|recordings?|footage) of you (watching|while watching|masturbat\w*|pleasuring)|"
             r"recorded (me|you) (through|with|on|via|using) (my|your|the) (webcam|camera|cam)|"
             r"\$?[\d.,]+ (in|of) (bitcoin|btc|crypto))\b"),
    ("sextortion", r"\b(sextort\w*|blackmail\w*|extort\w*|pay (me|us) or|chantage\w*|"
                   r"demand\w* (money|more|payment|nudes|gift cards?)|"
                   r"unless i (pay|send)|"
                   r"if i don'?t (pay|send)|wants? (money|bitcoin|gift cards?|more (pics|nudes|photos))|"
                   r"wants? \$? ?\d+|or (he|she|they)('ll| will) (send|post|share|leak)|"
                   r"pay (him|her|them)|chantaj\w*|extors\w*|chantage|demande d'?argent|(exige|veut|demande) (de )?"
                   r"l'?argent|pide dinero|quiere dinero|me pide (dinero|plata)|pede dinheiro|quer dinheiro|"
                   r"pediu dinheiro)\b"),
    ("dv", r"\b(afraid of (him|her|my (ex|partner|husband|wife|boyfriend|girlfriend))|scared of (him|her|my)|"
           r"(he|she) (hits|beats|hurt|hurts|choked|strangled|threatened to kill)|abus(ive|er|es me)|"
           r"(he|she|they)('s| has| have)? (hit|beaten|hurt|choked|strangled|slapped|punched) me|"
           r"(boyfriend|girlfriend|husband|wife|partner|ex) (hits|beats|hurts|hit|beat|chokes|choked) me|"
           r"if i (leave|leave him|leave her|break up|go to the police)|si (lo|la|le) dejo|se eu (o |a )?deixar|"
           r"se eu terminar|si termino con|si je (le|la) quitte|si je romps|"
           r"tengo miedo|j'?ai peur|tenho medo|violences conjugales|pour violences|maarta|marta hai|peet|"
           r"domestic (violence|abuse)|controlling|stalk\w*|follows? me (home|everywhere|around|to work)|"
           r"(keeps?|is|has been) following me|shows? up at my (house|home|door|work|job|school)|"
           r"waits? outside my|knows where i live|(parked|waiting|standing|sitting) outside my|"
           r"(scared|afraid|terrified) (that )?(he|she|they)('s|s| is| are|'re)? (going to|gonna|will|might|'ll) "
           r"(hurt|kill|hit|attack|beat) me|me ha pegado|me pego|me golpe\w*|me ha golpeado|me bateu|me agrediu|"
           r"m'a frappee?|me frappe|not safe at home|he'?ll hurt me|violencia domestica|"
           r"violencia de genero|violence conjugale|me pega|me bate)\b"),
]
