"""Words that frame reported speech in news: speech verbs, pronouns, function words.

Closed lists, hand-written for English and Spanish (with a few French, German and
Portuguese verbs). ``attribution`` reads them token by token; ``SPEECH_VERBS`` is the
same verbs as a regular-expression alternation for the detectors that scan text.
"""

from __future__ import annotations

from .alternation import trie_regex


def _english(*verbs: str) -> set[str]:
    """All forms of regular English verbs given as 'base' or 'base/past/participle-ing/3sg'."""
    forms: set[str] = set()
    for verb in verbs:
        if "/" in verb:
            forms.update(verb.split("/"))
            continue
        stem = verb[:-1] if verb.endswith("e") else verb
        third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
        if verb.endswith("y") and verb[-2] not in "aeiou":
            forms.update({verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"})
            continue
        forms.update({verb, third, stem + "ed", stem + "ing"})
    return forms


# Spanish reporting verbs as translators carry them over (destacó, subrayó, expresó, garantizó, ratificó,
# precisó, denunció, apostilló): in English translated from Spanish they introduce speech.
CALQUED_SAY = ("highlight", "underline", "underscore", "express", "guarantee", "ratify/ratified/ratifying/ratifies",
               "specify/specified/specifying/specifies", "denounce", "apostille")
# Verbs that introduce what someone said or wrote (the quotation is their words).
SAY_EN = _english(
    "say/said/saying/says", "tell/told/telling/tells", "write/wrote/writing/writes/written", "add", "declare",
    "ask", "explain", "insist", "warn", "note", "argue", "assure", "maintain", "continue", "reply", "tweet",
    "stress", "emphasize", "emphasise", "acknowledge", "admit/admitted/admitting/admits", "announce", "recall",
    "conclude", "urge", "comment", "remark", "suggest", "affirm", "indicate", "assert", "reiterate", "observe",
    "concede", "respond", "answer", "exclaim", "joke", "quip/quipped/quipping/quips", "predict", "vow", "promise",
    "boast", "complain", "caution", "counter", "contend", "mention", "muse", "protest", "repeat", "retort",
    "shout", "snap/snapped/snapping/snaps", "testify", "wonder", "yell", "claim", "confirm", "disclose", "echo/echoed/echoing/echoes",
    "reveal", "scoff", "sigh", "speculate", "text/texted/texting/texts", "post", "recount", "plead/pleaded/pleading/pleads",
    "lament", "proclaim", "reason", "cry/cried/crying/cries", "whisper", "thunder", "chime", "interject", "concur/concurred/concurring/concurs",
    "tout", "gush", "mock", "chide", "demand", "insist", "state/stated/stating/states", "report/reported/reporting/reports",
    "point out/pointed out/pointing out/points out", "go on/went on/going on/goes on",
    "shoot back/shot back/shooting back/shoots back", "fire back/fired back/firing back/fires back",
    "hit back/hitting back/hits back",
    "write/wrote", "blog/blogged/blogging/blogs", "email/emailed/emailing/emails", "bark", "growl", "mutter",
    "murmur", "scream", "roar", "rant", "chant", "sing/sang/sung/singing/sings", "holler",
    "read/reading/reads", "quote/quoted/quoting/quotes", "add/added/adding/adds",
    "fume", "grumble", "gripe", "marvel", "grouse", "interrupt", "inquire", "query/queried/querying/queries",
    "confide", "implore", "retaliate", "pressed/pressed",  # not "press" or "pressing": "press secretary", "a pressing issue"
    "opine", "posit", "surmise", "mumble", "groan", "laugh", "tease", "taunt", "jeer", "heckle", "blare",
    *CALQUED_SAY,
)
# The calques native English also uses of things ("the result underscores a need"): speech only with
# someone as their subject.
SAY_OF_PEOPLE = frozenset(_english(*CALQUED_SAY))
# Verbs whose noun phrase after them is whom they address, never an inverted subject ("…, told reporters.").
TAKES_OBJECT = frozenset(_english("tell/told/telling/tells", "ask", "answer", "urge", "thank", "remind"))
# Calques that open an English sentence with no subject, as Spanish does ("Recuerda que …" ->
# "Remember that …", "Asegura que …" -> "Ensures that …"): the last speaker goes on.
SUBJECTLESS_CALQUES = frozenset("remember remembers ensure ensures question questions".split())
# Verbs whose object or complement is often a fragment of the subject's words:
# "called the plan “reckless”", "described it as “a disaster”".
NAMING_EN = _english(
    "call", "describe", "dub/dubbed/dubbing/dubs", "label/labeled/labelled/labeling/labelling/labels",
    "brand", "term", "deem", "characterize", "characterise", "decry/decried/decrying/decries", "blast",
    "slam/slammed/slamming/slams", "hail", "praise", "criticize", "criticise", "denounce", "deride", "dismiss",
    "refer/referred/referring/refers", "coin", "accuse", "defend", "condemn", "attack", "mock", "ridicule", "pledge", "vow", "welcome", "insist",
    "recommend", "propose", "deny/denied/denying/denies", "reject", "agree", "disagree", "question", "believe",
    "think/thought/thinking/thinks", "feel/felt/feeling/feels", "want", "hope", "fear/feared/fearing/fears",
    "worry/worried/worrying/worries", "thank", "chant", "hint", "blame", "lambaste", "liken", "compare",
    "portray", "cite", "invoke", "applaud", "tout", "champion", "support", "oppose", "favor", "favour", "endorse",
    "rail", "warn", "predict", "suggest", "dismiss", "ridicule", "scold", "rebuke", "lament", "celebrate",
    "anticipate", "knock", "challenge", "fault", "tout", "contest", "reproach", "attribute",
    "rate",  # a verdict in its own words: "the fact-checkers rated the claim “mostly false”"
)
def _spanish(*verbs: str) -> set[str]:
    """Third-person forms (preterite, present, imperfect, participle, gerund) of regular Spanish verbs."""
    forms: set[str] = set()
    for verb in verbs:
        if "/" in verb:
            forms.update(verb.split("/"))
            continue
        stem, ending = verb[:-2], verb[-2:]
        forms.add(verb)  # the infinitive: "No deja de repetir …", "quiso aclarar que …"
        if ending == "ar":
            forms.update(stem + e for e in ("ó", "a", "aron", "an", "aba", "aban", "ado", "ando", "ará"))
        else:
            forms.update(stem + e for e in ("ió", "e", "ieron", "en", "ía", "ían", "ido", "iendo", "erá", "irá"))
    return forms


SAY_ES = _spanish(
    "afirmar", "asegurar", "señalar", "indicar", "agregar", "añadir", "declarar", "explicar", "manifestar",
    "expresar", "subrayar", "destacar", "apuntar", "insistir", "recordar", "comentar", "preguntar", "reiterar",
    "precisar", "puntualizar", "enfatizar", "remarcar", "detallar", "aclarar", "admitir", "denunciar", "criticar",
    "lamentar", "responder", "replicar", "contestar", "anunciar", "informar", "tuitear", "publicar", "exclamar",
    "sentenciar", "prometer", "agradecer", "exigir", "opinar", "relatar", "narrar", "argumentar", "alegar",
    "acusar", "advertir/advirtió/advierte/advirtieron/advertía/advertido/advirtiendo", "sostener/sostuvo/sostiene/"
    "sostuvieron/sostenía/sostenido/sosteniendo", "decir/dijo/dice/dicen/dijeron/decía/decían/dicho/diciendo",
    "concluir/concluyó/concluye/concluyeron/concluía", "reconocer/reconoció/reconoce/reconocía/reconocido",
    "confesar/confesó/confiesa", "escribir/escribió/escribe/escribía/escrito", "pedir/pidió/pide/pedía",
    "contar/contó/cuenta/contaba", "continuar/continuó/continúa/prosiguió/prosigue", "reiterar", "recalcar",
    "valorar", "celebrar", "insistir", "preocupar", "matizar", "zanjar", "avisar", "revelar", "confirmar", "negar/negó/niega",
    "asumir", "considerar", "estimar", "calificar", "lamentar", "mencionar", "plantear", "proclamar", "sugerir/"
    "sugirió/sugiere/sugería", "mantener/mantuvo/mantiene/mantenía", "agregar", "citar", "apostillar", "garantizar",
    "ratificar", "resaltar", "enfatizar", "repetir/repitió/repite/repetía/repetido/repitiendo", "gritar", "susurrar",
    "bromear", "remachar", "corear", "cantar", "contraatacar",
)
# Verbs that are speech only with a clause after them ("aseguró que …", not "aseguraron un puesto").
SPEECH_WITH_CLAUSE = frozenset(_spanish(
    "asegurar", "mantener/mantuvo/mantiene/mantenía", "considerar", "estimar", "valorar", "celebrar",
    "contar/contó/cuenta/contaba", "pedir/pidió/pide/pedía", "continuar/continuó/continúa", "citar", "asumir",
    "plantear", "publicar", "recordar", "revelar", "preocupar", "confirmar", "avisar", "agradecer", "prometer", "exigir",
    "reconocer/reconoció/reconoce/reconocía/reconocido", "negar/negó/niega",
    "concluir/concluyó/concluye/concluyeron/concluía",
) | {"continued", "maintained", "posted", "read", "quoted", "reported", "went on", "pointed out", "concluded",
     "concludes"})
NAMING_ES = _spanish("calificar", "tildar", "llamar", "describir", "definir", "denominar", "bautizar", "tachar",
                     "catalogar", "cuestionar", "reprochar", "atribuir/atribuyó/atribuye/atribuyeron/atribuía")
SAY_OTHER = set(
    """déclaré dit affirmé ajouté souligné expliqué assuré indiqué déclare affirme ajoute explique souligne
    sagte sagt erklärte erklärt betonte betont fügte disse diz afirmou declarou explicou acrescentou""".split()
)

# Forms that are far more often nouns than verbs in news ("Trump's comments", "22 emails").
NOUN_LIKE = frozenset("comment comments remark remarks email emails text texts post posts".split())
# Base forms that are also nouns inside a name or description ("secretary of state", "the report").
NOUN_HOMOGRAPHS = frozenset(
    """state report post note call answer text email tweet comment claim remark question demand promise plea
    quote reply echo counter protest warning statement blast attack fear hope praise welcome defense vow
    pledge read joke boast sigh cry shout whisper thunder chime mention""".split()
)
# Nouns for what someone said: "Ana Ruiz's “…” remark", "Baker's pledge to be “…”" quote the possessor.
SPEECH_NOUNS = frozenset(
    """comment comments remark remarks call calls claim claims pledge pledges promise promises vow vows warning
    warnings slogan slogans phrase phrases words rejection mangling mispronunciation mispronunciations statement
    statements assertion assertions description descriptions characterization quip quips boast boasts line lines
    refrain mantra motto catchphrase plea pleas demand demands accusation accusations charge charges criticism
    denunciation jab jabs insult insults retort reply declaration declarations cry battle-cry insistence
    complaint complaints dismissal praise denial denials admission answer answers response responses argument
    arguments explanation""".split()
)
SAY = frozenset(SAY_EN | SAY_ES | SAY_OTHER) - NOUN_LIKE
NAMING = frozenset(NAMING_EN | NAMING_ES) - SAY - NOUN_LIKE
# Past or present forms that only a speech verb has: a clause "X said" after a
# quotation attributes it; "said" alone ends a Spanish dropped-subject attribution.
CUES = SAY | NAMING

# Past tense and present of the commonest speech verbs, as the detectors' regular expression: a trie
# (longer words first, as an alternation sorted by length would try them), a tenth of the time to match.
SPEECH_VERBS = trie_regex({v for v in SAY if " " not in v and not v.endswith("ing")}) + \
    "|pointed out|went on|a déclaré|a dit|a affirmé|a ajouté|a souligné|a expliqué|a assuré|a indiqué"

PRONOUNS = {
    # word: (gender or None, plural)
    "he": ("m", False), "she": ("f", False), "they": (None, True), "it": (None, False),
    "él": ("m", False), "ella": ("f", False), "ellos": ("m", True), "ellas": ("f", True),
    "il": ("m", False), "elle": ("f", False), "ils": (None, True), "elles": ("f", True),
    "er": ("m", False), "sie": (None, False), "ele": ("m", False), "ela": ("f", False),
    "i": (None, False), "we": (None, True), "yo": (None, False), "nosotros": (None, True),
}
DETERMINERS = frozenset(
    """the a an this that these those his her their its our my your another one two three several many some
    el la los las un una unos unas este esta estos estas ese esa su sus otro otra le les une des ce cette
    der die das ein eine""".split()
)
# Words that may stand capitalised at the start of a sentence but never in a name.
FUNCTION_WORDS = frozenset(
    """the a an and or but nor so yet for of in on at by to from with without into onto about above after
    against among around as before behind below between beyond during except inside near off out outside over
    past since through throughout till toward towards under until up upon via within while when whenever where
    whereas wherever whether which who whom whose why how what that this these those there here then than
    though although because if unless once also even just only still however meanwhile moreover furthermore
    instead indeed perhaps maybe now today yesterday tomorrow tonight later earlier again already always never
    not no yes all both each every either neither some any many much more most few several such
    it its he she they we i you his her their our my your him them us me
    is are was were be been being has have had do does did will would shall should can could may might must
    said says told asked added
    like unlike despite amid amidst per alongside
    soon later earlier thus hence finally eventually recently initially ultimately afterwards besides
    otherwise nevertheless nonetheless overall apparently clearly obviously certainly surely
    el la los las lo un una unos unas y e o u ni pero sino mas aunque porque pues si como cuando donde mientras
    que quien quienes cual cuales cuyo de del al a a/ ante bajo con contra desde durante en entre hacia hasta
    mediante para por según sin sobre tras también además luego después antes ya aún todavía hoy ayer mañana
    este esta estos estas ese esa esos esas aquel aquella su sus mi mis tu tus nuestro nuestra él ella ellos
    ellas usted ustedes se le les no sí así tampoco incluso tal asimismo finalmente aunque
    le les des du au aux et ou mais donc car dans sur sous avec sans pour par chez il elle ils elles""".split()
)
# Words of a time expression that may open a sentence capitalised: "Last week, …"
TIME_WORDS = frozenset(
    """last next this earlier later early late week weekend month year night morning afternoon evening day days
    weeks months years decade time hour hours minute minutes moment moments pasado próximo semana mes año noche
    mañana tarde horas minutos""".split()
)
DAYS_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
    septiembre setiembre octubre noviembre diciembre""".split()
)
# Between a subject and its speech verb: "Trump also said", "Clinton has repeatedly argued".
ADVERBS = frozenset(
    """also later then has had have will would could should may might must did does do not never once again
    previously recently repeatedly reportedly further simply flatly quickly finally already often frequently
    publicly privately separately subsequently earlier initially first last yesterday today now still even
    just only there herself himself themselves itself ha han había habían habría habrá ya también luego después
    además hoy ayer entonces incluso""".split()
)
# A noun phrase right after one of these is its object, not a speaker: "in a low voice said".
PREPOSITIONS = frozenset(
    """in on at by with from into onto about above against among around behind below beneath beside besides
    between beyond during except inside near off outside over past since through throughout toward towards
    under underneath until upon via within without of for to
    en con por para sin sobre tras ante bajo contra desde entre hacia hasta mediante durante de del al
    a/""".split()  # a/ is how attribution writes the Spanish "a", told apart from the English article
)
# Spanish and English particles inside a name: "Luis de Guindos", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("de del la las los y van von der den da das do dos di du le bin ibn al el ben abu st st.".split())
# Abbreviations that keep their period inside a token.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm rev hon prof pres supt insp sr sra srta dña
    jr st mt ft no vs dept corp inc ltd co gral lic ing ee uu
    sens reps govs gens drs messrs mmes profs""".split()  # "Sens. Ted Cruz and Marco Rubio"
)
