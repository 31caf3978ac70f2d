"""Spanish words shown to people: every key of kb.i18n's English table, same {placeholders} (tú; "En {place}")."""

from __future__ import annotations

ES = {
    "where": "**Dónde:** {places}.",
    "heading.short": "Respuesta corta",
    "heading.steps": "Qué puedes hacer ahora",
    "heading.steps_if": "Si te pasó a ti",
    "heading.laws": "Leyes que se aplican",
    "heading.laws_bills": "Leyes y proyectos de ley",
    "heading.penalties": "Penas",
    "heading.safety": "Primero, tu seguridad",
    "act.made": "crear una imagen así",
    "act.shared": "difundir una imagen así",
    "act.threatened": "amenazar con difundir una imagen así",
    "act.kept": "guardar una imagen así",
    "act.watched": "ver una imagen así",
    "act.tool": "crear u ofrecer una herramienta que genera imágenes así",
    "image.fake": "hechas o alteradas con IA",
    "image.real": "reales",
    "image.unknown": "de este tipo",
    "via": ", con {laws}",
    "short.crime": "**Respuesta corta:** {word} En {place}, {act} es delito según {laws}.",
    "short.crime_minor": "**Respuesta corta:** {word} En {place}, {act} de una persona menor de 18 años es delito "
                         "según {laws}.",
    "short.info": "**En resumen:** en {place}, {act} es delito según {laws}.",
    "short.info_minor": "**En resumen:** en {place}, {act} de una persona menor de 18 años es delito según {laws}.",
    "short.late": "**Respuesta corta:** {word} {laws} entró en vigor después de la fecha que indicas, así que "
                  "puede no alcanzar lo que pasó entonces; volver a difundir la imagen ahora sí puede estar "
                  "cubierto.",
    "short.late_ai": "**Respuesta corta:** {word} {laws} alcanza las imágenes hechas o alteradas con IA solo desde "
                    "{detail}, después de la fecha que diste, y una ley penal no alcanza hechos anteriores; una "
                    "nueva publicación, difusión o amenaza ahora sí puede entrar.",
    "short.late_no": "**Respuesta corta:** {word} {laws} empezó a aplicarse después de la fecha que indicas, y una "
                     "ley penal no alcanza hechos anteriores; si vuelve a pasar ahora (una nueva publicación, envío o "
                     "amenaza), sí puede.",
    "short.future": "**Respuesta corta:** {word} Todavía no: {laws} lo convertiría en delito, pero no está en "
                    "vigor (estado: {status}).",
    "short.school": "**Respuesta corta:** {word} Recourse recoge el derecho penal y civil, no las normas escolares: "
                    "lo que un centro puede o debe hacer (sanciones, denuncias) lo fijan sus propias normas y la "
                    "legislación educativa de {place}, que este corpus no cubre.",
    "short.school_law": "Lo que dice la ley sobre la conducta en sí: en {place}, {act} es delito según {laws}.",
    "short.school_law_minor": "Lo que dice la ley sobre la conducta en sí: en {place}, {act} de una persona menor de "
                              "18 años es delito según {laws}.",
    "step.school_support": "**Apoya al alumno o alumna de la imagen:** dile que no es su culpa, avisa a su familia y "
                           "ayúdale a bloquear copias con {service}.",
    "step.school_report": "**Denuncia la conducta:** la policía puede actuar según {laws}; si el personal está obligado "
                          "a denunciarlo lo fijan las normas del lugar, así que consúltalo con la asesoría jurídica del "
                          "centro.",
    "step.school_rules": "**Sigue vuestras normas:** el reglamento del centro y su protocolo de protección deciden "
                         "cualquier sanción; anota lo ocurrido y quién vio la imagen, sin guardar ninguna copia.",
    "short.not_image": "**Respuesta corta:** {word} El delito registrado para {place}, {laws}, no cubre imágenes "
                       "{image}, así que no convierte esto en delito allí; otras leyes (demandas civiles, acoso) pueden "
                       "aplicarse, así que lee las leyes de abajo.",
    "short.tool": "**Respuesta corta:** {word} En {place}, {act} está prohibido según {laws}.",
    "short.status": "**Respuesta corta:** {word} {laws}: {status}.",
    "short.third_party": "**Respuesta corta:** {word} Las demandas recogidas aquí son contra quien hizo o difundió la "
                         "imagen; si un empleador, un centro educativo u otra empresa también puede ser responsable no "
                         "está en el corpus, así que consulta a un abogado. Las leyes de abajo muestran lo que la víctima "
                         "puede hacer contra esa persona.",
    "short.paid_content": "**Respuesta corta:** {word} Las leyes contra la difusión de imágenes íntimas suelen exigir "
                          "que la imagen fuera privada; para contenido que vendiste o publicaste tú, la vía más rápida "
                          "es un aviso de retirada por derechos de autor (DMCA) según {laws}.",
    "short.minor_self": "**Respuesta corta:** {word} Las imágenes sexuales de cualquier menor de 18 años pueden "
                        "entrar en las leyes sobre material de abuso infantil aunque las haya hecho el propio "
                        "adolescente, pero muchos lugares tratan de otra forma a quien envía su propia foto; quien la "
                        "reenvió es a quien se refieren las leyes de abajo.",
    "short.unclear_act": "**Respuesta corta:** {word} {laws} es la ley más cercana en {place}, pero el corpus no "
                         "muestra que cubra el hecho de {act}; revisa el texto oficial o consulta a un abogado.",
    "short.unclear": "**Respuesta corta:** {word} {laws} es la ley más cercana en {place}, pero el corpus no "
                     "muestra que cubra el hecho de {act} cuando las imágenes son {image}; revisa el texto oficial o "
                     "consulta a un abogado.",
    "short.other_act": "**Respuesta corta:** {word} Ninguna ley del corpus para {place} castiga por sí solo el "
                       "hecho de {act}; {laws} trata conductas relacionadas, así que lee sus elementos más abajo.",
    "short.none": "**Respuesta corta:** {word} El corpus no tiene una ley penal de {place} que cubra esto.",
    "short.not_this_act": "**Respuesta corta:** {word} Ninguno de los delitos registrados para {place} castiga "
                          "por sí solo el hecho de {act}; difundirla es delito según {laws}, y otras leyes "
                          "(demandas civiles, acoso) pueden aplicarse igualmente, así que lee las leyes de abajo.",
    "short.kind_civil": "**Respuesta corta:** {laws} es una norma civil: la persona que aparece puede demandar con ella; no es un delito.",
    "short.kind_criminal": "**Respuesta corta:** {laws} es un delito; no da por sí mismo a la persona que aparece una acción para demandar.",
    "short.kind_both": "**Respuesta corta:** {laws} es ambas cosas: un delito y una acción que la persona que aparece puede ejercer.",
    "short.ages_adults": "**Respuesta corta:** {word} {laws} protege a los adultos además de a los menores.",
    "short.ages_minors": "**Respuesta corta:** {word} {laws} protege solo a menores de 18 años; a los adultos los "
                         "protegen, si acaso, las otras leyes de abajo.",
    "short.ages_unknown": "**Respuesta corta:** {word} El registro de {laws} no dice si protege a los adultos.",
    "short.element_yes": "**Respuesta corta:** {word} Uno de los elementos registrados de {laws} es este: {detail}.",
    "short.element_unknown": "**Respuesta corta:** {word} Los elementos registrados de {laws} no mencionan "
                             "{detail}; decide el texto oficial.",
    "short.elements": "**Respuesta corta:** Los elementos registrados de {laws}: {detail}",
    "short.reach_making": "**Respuesta corta:** {laws} alcanza el hecho de crear la imagen, no solo el de difundirla.",
    "short.reach_sharing": "**Respuesta corta:** {laws} castiga difundir la imagen; crearla no es en sí un delito según esa norma.",
    "short.reach_unknown": "**Respuesta corta:** el registro de {laws} no dice si crear la imagen, sin difundirla, está cubierto.",
    "short.felony": "**Respuesta corta:** {word} En {place}, {act} es un delito grave (felony) según {laws}.",
    "short.misdemeanor": "**Respuesta corta:** {word} En {place}, {act} es delito según {laws}, clasificado como "
                         "delito menor (misdemeanor); mira la pena más abajo.",
    "short.grade_unknown": "**Respuesta corta:** {word} En {place}, {act} es delito según {laws}; el corpus no "
                           "registra si está clasificado como delito grave (felony).",
    "short.grade_changed": "**Respuesta corta:** {word} Hoy, en {place}, {act} es un delito grave (felony) según "
                           "{laws}, pero su clasificación cambió después de la fecha que indicas; los hechos "
                           "anteriores al cambio se juzgan con la clasificación anterior, que el corpus no registra.",
    "short.remedy": "**Respuesta corta:** {word} Puedes hacerlo por tu cuenta, sin abogado{via}.",
    "short.platform_duty": "**Respuesta corta:** {word} Según {laws}, una plataforma obligada por esa ley debe "
                           "retirar la imagen tras una solicitud válida; si no lo hace, los pasos de abajo indican "
                           "a quién acudir.",
    "short.platform_none": "**Respuesta corta:** {word} El corpus no registra ninguna obligación de retirada para "
                           "las plataformas en {place}; las normas de la propia plataforma y los pasos de abajo "
                           "siguen sirviendo.",
    "short.named_not_law": "**Respuesta corta:** {word} {laws} no es ley ({status}), así que todavía no se puede "
                           "usar.",
    "short.meanwhile": "Mientras tanto, según la ley en vigor:",
    "short.consent": "**Respuesta corta:** {word} Las leyes sobre imágenes íntimas como {laws} dependen de la falta "
                     "de consentimiento de la persona que aparece; con el consentimiento real de un adulto, en "
                     "general no se infringen. El consentimiento se puede retirar, y difundir la imagen más allá de "
                     "lo acordado puede ser delito.",
    "short.sue": "**Respuesta corta:** {word} En {place} puedes presentar una demanda civil según {laws}.",
    "short.limit": "Plazo según {law}: {limit}.",
    "short.limit_unknown": "El corpus no registra cuánto tiempo tienes para demandar según {law}; los plazos "
                           "pueden ser cortos, así que consulta pronto a un abogado o a asistencia jurídica.",
    "short.sued": "**Respuesta corta:** {word} En {place} la persona que aparece puede demandar a quien hizo o "
                  "difundió la imagen, según {laws}.",
    "short.sue_unclear": "**Respuesta corta:** {word} {laws} permite una demanda civil en {place}, pero el corpus "
                         "no muestra que cubra imágenes {image}.",
    "short.sue_future": "**Respuesta corta:** {word} Todavía no: {laws} permitiría demandar, pero no está en vigor.",
    "short.sue_none": "**Respuesta corta:** {word} El corpus no registra una demanda civil para esto en {place}; "
                      "un abogado puede decir si encajan otras vías (privacidad, acoso, difamación).",
    "word.yes": "Sí.",
    "word.no": "No.",
    "word.unclear": "No está claro.",
    "maker.consequences": "**Si creaste o difundiste una imagen así:** para, borra todas las copias que controlas y "
                          "no la reenvíes. Recourse no ayuda a crear imágenes. Habla con un abogado penalista "
                          "(de defensa) antes de hablar de esto con nadie.",
    "maker.penalty": "Posibles consecuencias: {laws}.",
    "minor_self.did": "**Preguntar no te mete en ningún problema.** Si hiciste o reenviaste una foto de otra "
                      "persona: para, borra todas las copias que tengas, no la sigas enviando y cuéntaselo hoy a un "
                      "adulto de confianza. Las imágenes de menores de 18 años se pueden retirar con {take_it_down}, "
                      "sin que nadie las vea.",
    "minor_self": "**Preguntar no te mete en ningún problema.** Si alguien te presiona para que envíes fotos o "
                  "amenaza con difundirlas, deja de responder, no envíes más y cuéntaselo a un adulto de confianza. "
                  "Las imágenes de cualquier persona menor de 18 años se pueden eliminar con {take_it_down}, sin "
                  "que nadie las vea.",
    "minor_self.law": "Las imágenes sexuales de cualquier persona menor de 18 años pueden entrar en las leyes sobre "
                      "imágenes de abuso infantil incluso cuando un adolescente se las hizo a sí mismo; muchos "
                      "lugares tratan a los adolescentes de forma distinta que a los adultos, así que antes de nada "
                      "habla con un orientador de tu escuela o una línea de ayuda.",
    "minor.block": "**Si la persona de la imagen es menor de 18 años:** no copies, captures, reenvíes, guardes ni "
                   "subas la imagen, ni siquiera para denunciarla; eso puede ser delito en sí mismo. Anota dónde "
                   "está (enlaces, usuarios, fechas) y denúnciala a la vía de protección infantil{links}. Nadie de "
                   "Recourse te pedirá nunca la imagen.",
    "cue.sextortion": "**Si alguien te amenaza o te pide dinero:** no pagues, no envíes más, deja de responder y "
                      "guarda los mensajes y los nombres de las cuentas. Pagar casi nunca lo detiene.",
    "cue.scam": "**Parece una estafa masiva conocida:** los correos que dicen haber hackeado tu cámara y piden "
                "bitcoin se envían a millones de personas, casi siempre sin imágenes. No pagues ni respondas; "
                "cambia la contraseña que mencionan y denuncia el correo como phishing.",
    "cue.dv": "**Si tienes miedo de tu pareja o expareja:** tu seguridad es lo primero. Un servicio de violencia "
              "doméstica puede ayudarte a planificar{links}; en peligro, llama al número de emergencias.",
    "cue.self_harm": "**Si estás pensando en hacerte daño:** contacta ahora una línea de crisis{links} o el número "
                     "de emergencias. Lo que pasó no es culpa tuya.",
    "step.keep_not_send": "**No la reenvíes ni se la muestres a nadie:** pasarla puede ser delito aunque "
                          "guardarla no lo sea.",
    "step.keep_delete": "**Borra las copias que tengas,** salvo que la persona que aparece te pida guardarlas "
                        "como prueba; si puede ser menor de 18 años, bórrala e informa dónde la viste a {service}.",
    "step.keep_report": "**Denúnciala en el sitio o la app donde la viste** y, si conoces a la persona que "
                        "aparece, díselo en privado para que pueda actuar.",
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
    "step.delist": "**Pide al buscador que la quite de los resultados:** el derecho de supresión según {laws} cubre "
                   "los resultados que salen con tu nombre; usa el formulario de retirada del buscador.",
    "step.dmca": "**Tú hiciste la foto:** un aviso de retirada por derechos de autor (DMCA) también sirve: {laws}.",
    "step.talk": "**Habla con alguien:** {services}.",
    "step.plan": "Abre *Make a plan* para el plan completo y ordenado, con solicitudes de retirada redactadas.",
    "clarify.where": "¿Dónde vives? Dime el país, y el estado si estás en EE. UU., para darte las leyes que se "
                     "aplican.",
    "clarify.which_place": "¿A qué lugar te refieres?",
    "clarify.which_province": "¿En qué provincia o territorio de Canadá vives? El derecho a demandar por imágenes íntimas depende de la ley provincial.",
    "clarify.which_state": "¿En qué estado de EE. UU. vives? La mayoría de estas leyes son estatales.",
    "clarify.which_uk_part": "¿En qué parte del Reino Unido? Inglaterra y Gales, Escocia e Irlanda del Norte "
                             "tienen leyes penales distintas.",
    "clarify.what": "Puedo ayudarte con imágenes íntimas, falsas o reales, difundidas, creadas o usadas como "
                    "amenaza sin consentimiento. ¿Qué pasó y dónde vives?",
    "clarify.where_safe": "Estoy aquí para ayudarte. ¿Dónde estás, para indicarte ayuda cerca de ti?",
    "clarify.meanwhile": "Mientras tanto, estos pasos sirven en cualquier lugar:",
    "notice.not_covered": "El corpus de Recourse aún no tiene leyes de {place}, así que no puede decir qué dice la "
                          "ley de {place}.",
    "notice.eu_member": "En {place} se aplica el derecho de la UE; su ley nacional aún no está en el corpus.",
    "notice.parents_only": "Solo puede mostrar las leyes de {parents} que también se aplican allí.",
    "notice.summaries_english": "Los resúmenes de las leyes están en inglés.",
    "notice.list_rule": "Regla usada: {rule}.",
    "no_law": "Ninguna ley del corpus corresponde a este lugar. El corpus cubre todos los estados de EE. UU. y DC, "
              "la ley federal de EE. UU. y {countries}.",
    "disclaimer": "Información general de un corpus fechado y revisado, no asesoramiento legal. Las leyes cambian: "
                  "abre el texto oficial enlazado y, para tu caso, habla con un abogado o un servicio de apoyo a "
                  "víctimas.",
    "human_help": "Ayuda humana: {services}.",
    "status_first": "**Estado:** {status}.",
    "none_place": "no se indicó lugar",
}

__all__ = ["ES"]
