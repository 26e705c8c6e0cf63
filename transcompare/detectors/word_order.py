"""Spanish word order kept in English: the subject after its speech verb when no quotation
precedes (“…, criticized the secretary general of the party.”), a time adverb between the
verb and its object (“denounced today the tightening”), and the subject after an intransitive
or passive verb (“participated the ministers”, “were approved the measures”: Spanish puts the
subject of “participar” and of “se aprobaron” after the verb)."""

from __future__ import annotations

import re

from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector
from .capitalisation import WEEKDAYS
from .evidence import origin_evident

# English inverts "said", "added", "noted" after a long paraphrase too; these verbs it does not.
_VERBS = ("stressed|emphasi[sz]ed|explained|indicated|affirmed|assured|declared|warned|insisted|recalled|reiterated|"
          "denounced|criticized|criticised|highlighted|underlined|maintained|specified|pointed out|commented|"
          "remarked|considered|concluded|expressed|acknowledged|recognized|recognised|stated|lamented|revealed|clarified|"
          "detailed|asserted|argued|valued|sustained|manifested|ratified|regretted")
_TITLES = ("president|minister|secretary|general secretary|secretary general|secretary-general|leader|head|chief|"
           "governor|mayor|spokesman|spokeswoman|spokesperson|deputy|senator|chancellor|ambassador|director|"
           "commander|vice-president|vice president|prosecutor|attorney general|official|representative|"
           "coordinator|candidate|president-elect|first vice-president|first vice president|expert|specialist|analyst|"
           "economist|researcher|scientist|lawyer|professor|academic|doctor|activist|journalist|diplomat|legislator|"
           "lawmaker|congressman|congresswoman|councillor|councilor|manager|executive|founder|rector|dean|chairman|"
           "chairwoman|vice-minister|deputy minister|undersecretary|magistrate|judge|attorney|commissioner|"
           "superintendent|delegate|militant|foreign minister")
# The Spanish verb behind each (its preterite), for the message.
_SPANISH_SPEECH = {
    "stressed": "subrayó", "emphasised": "enfatizó", "emphasized": "enfatizó", "explained": "explicó",
    "indicated": "indicó", "affirmed": "afirmó", "assured": "aseguró", "declared": "declaró", "warned": "advirtió",
    "insisted": "insistió", "recalled": "recordó", "reiterated": "reiteró", "denounced": "denunció",
    "criticized": "criticó", "criticised": "criticó", "highlighted": "destacó", "underlined": "subrayó",
    "maintained": "sostuvo", "specified": "precisó", "pointed out": "señaló", "commented": "comentó",
    "remarked": "señaló", "considered": "consideró", "concluded": "concluyó", "expressed": "expresó",
    "acknowledged": "reconoció", "recognized": "reconoció", "recognised": "reconoció", "stated": "manifestó",
    "lamented": "lamentó", "revealed": "reveló", "clarified": "aclaró", "detailed": "detalló", "asserted": "aseveró",
    "argued": "argumentó", "valued": "valoró", "sustained": "sostuvo", "manifested": "manifestó",
    "ratified": "ratificó", "regretted": "lamentó", "rejected": "rechazó", "condemned": "condenó",
    "repudiated": "repudió", "reaffirmed": "reafirmó", "thanked": "agradeció", "praised": "elogió",
    "demanded": "exigió", "celebrated": "celebró", "urged": "instó", "questioned": "cuestionó", "defended": "defendió",
}
# Verbs whose object is never a person's name: “…, stressed Díaz-Canel.” is the speaker after them.
_NAME_VERBS = ("stressed|emphasi[sz]ed|explained|insisted|underlined|specified|pointed out|commented|remarked|concluded|"
               "affirmed|indicated|stated|reiterated|asserted|expressed|highlighted|clarified|detailed|lamented")
# “…, criticized the secretary general of …” closing a sentence of reported speech.
_INVERSION = re.compile(rf",\s+(?P<inversion>(?P<verb>{_VERBS})\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{_TITLES})\b(?![’']s)"
                        rf"|(?P<verb_>{_NAME_VERBS})\s+(?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]+"
                        rf"(?=\s*[.;]|\s+(?:on|in|at|during|after|before)\b))")
# “…, reports the newspaper.” / “…, publishes Prensa Latina.”: a source named after its verb at the end of a
# sentence (Spanish “…, informa el diario”, “según publica …”); English names it first (“the newspaper reported”).
_SOURCE_VERBS = ("reports|reported|publishes|published|informs|informed|indicates|indicated|details|detailed|specifies|"
                 "specified|highlights|highlighted|points out|pointed out|explains|explained|adds|underlines|underlined")
_SOURCES = ("agency|newspaper|daily|portal|website|outlet|channel|network|broadcaster|station|ministry|statement|"
            "communiqué|communique|note|text|document|report|source|sources|bulletin|release|journal|magazine|radio|"
            "television|TV|office|press office|secretariat|institute|entity|organism|body|council|court|tribunal")
_MEDIA = ("EFE|Efe|Prensa Latina|Telesur|teleSUR|TeleSUR|Granma|Xinhua|Sputnik|ACN|AVN|VTV|Cubadebate|Notimex|Télam|"
          "Telam|Andina|ABI|Europa Press|Infobae|Clarín|El País|El Universal|La Jornada|Juventud Rebelde|Cubaminrex|"
          "Radio Rebelde|Radio Habana Cuba|PL|RT")
_SOURCE_AFTER_VERB = re.compile(
    rf",\s+(?P<inversion>(?P<verb>{_SOURCE_VERBS})\s+(?P<subject>(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?i:{_SOURCES})"
    rf"(?:\s+(?:(?:of|de)\s+(?:the\s+)?)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?|(?:the\s+)?(?:agency\s+|newspaper\s+|daily\s+)?(?:{_MEDIA})))"
    rf"(?=\s*[.;])")
_QUOTE_MARKS = re.compile(r"[“”\"«»]")
_VERBS_BEFORE_ADVERB = frozenset("""denounced rejected condemned affirmed assured ratified reiterated highlighted expressed
    criticized criticised inaugurated approved delivered received repudiated demanded celebrated reaffirmed stressed
    emphasized emphasised underlined described questioned presented launched signed announced visited met held
    urged thanked praised warned recalled noted explained indicated confirmed proposed supported backed defended
    accused opened attended requested called""".split())
# The adverb and the object's determiner first (a literal start: a fast scan); the verb before is checked in code.
_ADVERB_BEFORE_OBJECT = re.compile(r" (?P<adverb>today|yesterday|also|again|already|finally|recently|energetically|"
                                   r"vehemently|firmly|categorically)\s+(?P<det>the|a|an|his|her|its|their)\b")
_SPANISH_ADVERB = {"today": "hoy", "yesterday": "ayer", "also": "también", "again": "nuevamente", "already": "ya",
                   "finally": "finalmente", "recently": "recientemente", "energetically": "enérgicamente",
                   "vehemently": "con vehemencia", "firmly": "firmemente", "categorically": "categóricamente"}
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s*$")
# The same with a day or a time of day (“denounced this Monday the”, “signed on Friday an agreement”): English
# news puts these before the verb or after the object, but so rarely between them that they wait for signs
# of Spanish.
_WHEN_BEFORE_OBJECT = re.compile(
    r" (?P<adverb>(?:(?:on|this|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week)|once\s+again|publicly|strongly)"
    r"\s+(?P<det>the|a|an|his|her|its|their)\b")
# Only the stance verbs: “announced on Tuesday a plan”, “signed Friday a decree” pass in English news.
_VERBS_BEFORE_WHEN = _VERBS_BEFORE_ADVERB - frozenset("""announced presented launched signed met held visited proposed
    supported backed opened attended called requested noted explained indicated confirmed warned recalled accused
    received delivered approved described inaugurated""".split())
_SPANISH_WHEN = {"on": "el", "this": "este", "last": "el pasado", "morning": "esta mañana", "afternoon": "esta tarde",
                 "evening": "esta noche", "week": "esta semana", "night": "anoche", "once again": "una vez más",
                 "publicly": "públicamente", "strongly": "enérgicamente"}


@detector("word-order.inversion", "fluency/grammar", Severity.MINOR,
          "Spanish word order: the subject after its speech verb without a quotation, or a time adverb "
          "between the verb and its object.", languages=("en",))
def inversion(ctx: AuditContext):
    if not ctx.source_may_be("es"):
        return
    text, doc = ctx.text, ctx.document
    for match in _INVERSION.finditer(text, doc.body.start, doc.body.end):
        sentence = doc.sentences[doc.sentence_of(match.start())]
        # After a quotation the inversion is ordinary English (“…,” said the minister).
        if not _QUOTE_MARKS.search(text, sentence.start, match.start()):
            words = match["inversion"]
            at = match.start("inversion")
            verb = match["verb"] or match["verb_"]
            subject = words[len(verb) + 1 :]
            yield Hit(Span(at, at + len(words)), f"“{words}”: the subject follows its verb, as in Spanish reported speech",
                      f"“{subject} {verb}”", likely_source=f"…, {_SPANISH_SPEECH.get(verb, verb)} el/la …")
    for match in _SOURCE_AFTER_VERB.finditer(text, doc.body.start, doc.body.end):
        sentence = doc.sentences[doc.sentence_of(match.start())]
        if _QUOTE_MARKS.search(text, sentence.start, match.start()):
            continue
        words, verb, subject = match["inversion"], match["verb"], match["subject"]
        yield Hit(Span(match.start("inversion"), match.end("inversion")),
                  f"“{words}”: the source follows its verb, as in Spanish (“…, informa el diario”)",
                  f"“{subject[0].upper() + subject[1:]} {verb} that …” or “…, {subject} {verb}.”",
                  likely_source="…, informa/publica el diario")
    for match in _ADVERB_BEFORE_OBJECT.finditer(text, doc.body.start, doc.body.end):
        before = _VERB_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if not before or before.group(1) not in _VERBS_BEFORE_ADVERB:
            continue
        verb, adverb = before.group(1), match["adverb"]
        words = text[before.start(1) : match.end()]
        yield Hit(Span(before.start(1), match.end()),
                  f"“{words}”: “{adverb}” between the verb and its object, as in Spanish",
                  f"“{adverb.capitalize()}, … {verb} {words.split()[-1]} …” or “{verb} … {adverb}”"
                  if adverb in ("today", "yesterday") else f"“{adverb} {verb} {words.split()[-1]} …”",
                  likely_source=f"… {_SPANISH_ADVERB[adverb]} el")
    if not origin_evident(ctx, "es"):
        return
    for match in _WHEN_BEFORE_OBJECT.finditer(text, doc.body.start, doc.body.end):
        before = _VERB_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if not before or before.group(1) not in _VERBS_BEFORE_WHEN:
            continue
        verb, when = before.group(1), " ".join(match["adverb"].split())
        words = text[before.start(1) : match.end()]
        spanish = _spanish_when(when)
        yield Hit(Span(before.start(1), match.end()),
                  f"“{words}”: “{when}” between the verb and its object, as in Spanish “{spanish}”",
                  f"“{when[0].upper() + when[1:]}, … {verb} {match['det']} …” or “{verb} {match['det']} … {when}”",
                  likely_source=f"{_SPANISH_SPEECH.get(verb, '…')} {spanish} …")


def _spanish_when(when: str) -> str:
    """“this Monday” → “este lunes”, “on Friday” → “el viernes”, “this morning” → “esta mañana”."""
    words = when.lower().split()
    if words[-1] in WEEKDAYS:
        lead = _SPANISH_WHEN.get(words[0], "el") if len(words) > 1 else "el"
        return f"{lead} {WEEKDAYS[words[-1]]}"
    return _SPANISH_WHEN.get(when.lower(), _SPANISH_WHEN.get(words[-1], when))


# Intransitive verbs Spanish puts before their subject (“participaron los ministros”): English never
# follows them with a noun phrase. (Spanish preterite singular, plural) for the message.
_INTRANSITIVE = {
    "participated": ("participó", "participaron"), "took part": ("participó", "participaron"),
    "intervened": ("intervino", "intervinieron"), "stood out": ("destacó", "destacaron"),
    "emerged": ("surgió", "surgieron"), "died": ("murió", "murieron"), "arrived": ("llegó", "llegaron"),
    "will participate": ("participará", "participarán"), "will take part": ("participará", "participarán"),
    "participate": ("participa", "participan"), "participates": ("participa", "participan"),
    "stand out": ("destaca", "destacan"), "stands out": ("destaca", "destacan"),
}
# Passives of “se + verb” (“se aprobaron las medidas”, “se registraron 12 casos”) kept in Spanish order.
# Only verbs that take no second object in English (“was given the prize”, “was presented a plaque” are
# English) and that do not name (“was elected the first …”).
_PASSIVE = {
    "approved": "aprobó", "held": "celebró", "inaugurated": "inauguró", "signed": "firmó", "celebrated": "celebró",
    "published": "publicó", "registered": "registró", "recorded": "registró", "reported": "reportó",
    "detected": "detectó", "confirmed": "confirmó", "carried out": "realizó", "realized": "realizó",
    "realised": "realizó", "launched": "lanzó", "discussed": "discutió", "analyzed": "analizó",
    "analysed": "analizó", "debated": "debatió", "adopted": "adoptó", "created": "creó", "established": "estableció",
    "founded": "fundó", "installed": "instaló", "constituted": "constituyó", "detained": "detuvo",
    "arrested": "detuvo", "killed": "mató", "injured": "hirió", "wounded": "hirió", "evacuated": "evacuó",
    "rescued": "rescató", "seized": "incautó", "confiscated": "decomisó", "distributed": "distribuyó",
    "donated": "donó", "implemented": "implementó", "applied": "aplicó", "diagnosed": "diagnosticó",
    "hospitalized": "hospitalizó", "hospitalised": "hospitalizó", "identified": "identificó",
    "located": "localizó", "destroyed": "destruyó", "damaged": "dañó", "affected": "afectó", "built": "construyó",
    "repaired": "reparó", "restored": "restableció", "allocated": "asignó", "invested": "invirtió",
    "exported": "exportó", "produced": "produjo", "collected": "recogió", "harvested": "cosechó",
    "vaccinated": "vacunó", "opened": "abrió", "reopened": "reabrió", "highlighted": "destacó",
    "presented": "presentó",
}
_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions"
_QUANTITY = r"(?:more than|over|nearly|almost|about|around|at least|a total of|some)\s+(?:\d[\d,.]*|" + _NUMBER_WORDS + ")"
_SUBJECT = (rf"(?P<subject>(?:the|a|an|several|representatives|members|delegates|{_QUANTITY}|{_NUMBER_WORDS}|\d[\d,.]*)"
            rf"\b(?:\s+[\w’'-]+){{1,2}})(?!\s+(?:ago|later|earlier)\b)")
# A space first: a literal start lets the scan skip ahead (a leading \\b would try the alternation everywhere).
_VERB_SUBJECT = re.compile(
    rf" (?P<verb>(?P<intransitive>{'|'.join(sorted(_INTRANSITIVE, key=len, reverse=True))})"
    rf"|(?P<aux>was|were|is|are|has been|have been|had been|will be)\s+(?:also\s+)?"
    rf"(?P<participle>{'|'.join(sorted(_PASSIVE, key=len, reverse=True))}))"
    rf"(?:\s+also)?\s+{_SUBJECT}")
# What may follow such a verb in English: a time (“arrived the next day”, “died a year later”), a
# measure (“was approved 52 to 48”, “was arrested three times”), a predicate (“died a hero”).
_NOT_A_SUBJECT = re.compile(
    r"(?:the|a|an|some|several|about|around|over|nearly|almost|more than|at least|[\w,.]+)\s+"
    r"(?:[\w’'-]+\s+)?(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|nights|"
    r"weekend|hour|hours|minute|minutes|second|seconds|time|times|moment|date|decade|decades|century|"
    r"percent|per|%|points?|votes?|miles?|kilometers?|kilometres?|km|feet|foot|meters?|metres?|yards?|degrees?|"
    r"to|-|hero|martyr|prisoner|hostage|captive|winner|man|woman|millionaire|few|bit|lot|little|while|way|"
    r"same|next|following|previous|last|first|most|best|least|ago|later|earlier|before|after|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|p\.m|a\.m)\b", re.IGNORECASE)
_TALLY = re.compile(r"\d+\s*(?:-|–|to)\s*\d")


@detector("word-order.verb-subject", "fluency/grammar", Severity.MINOR,
          "Spanish word order: the subject after an intransitive or passive verb (“participated the ministers”, "
          "“were approved the measures”).", languages=("en",))
def verb_subject(ctx: AuditContext):
    if not origin_evident(ctx, "es"):
        return
    text, doc = ctx.text, ctx.document
    for match in _VERB_SUBJECT.finditer(text, doc.body.start, doc.body.end):
        subject = match["subject"]
        if _NOT_A_SUBJECT.match(subject) or _TALLY.match(subject):
            continue
        if ctx.inside_quote(Span(match.start(), match.end())):
            continue
        verb, shown = match["verb"], _head_words(subject)
        plural = shown.split()[-1].lower().endswith("s") or subject.split()[0].lower() not in ("the", "a", "an")
        article = {"the": "los/las" if plural else "el/la", "a": "un/una", "an": "un/una"}.get(subject.split()[0].lower())
        if match["intransitive"]:
            spanish = _INTRANSITIVE[verb][plural]
        else:
            spanish = "se " + (_plural_preterite(_PASSIVE[match["participle"]]) if plural else _PASSIVE[match["participle"]])
        origin = f"{spanish} {article} …" if article else f"{spanish} …"
        head_end = match.start("subject") + [w.end() for w in re.finditer(r"\S+", subject)][len(shown.split()) - 1]
        yield Hit(Span(match.start("verb"), head_end),
                  f"“{verb} {shown}”: the subject after its verb, as in Spanish “{origin}”",
                  f"“{shown} … {verb}”", likely_source=origin)


def _head_words(subject: str) -> str:
    """The subject's first words, without a preposition or article left hanging at the end."""
    words = subject.split()[:3]
    while len(words) > 1 and words[-1].lower() in ("of", "the", "in", "from", "and", "a", "an", "for", "to", "at"):
        words.pop()
    return " ".join(words)


def _plural_preterite(singular: str) -> str:
    """aprobó → aprobaron, abrió → abrieron, construyó → construyeron, produjo → produjeron, detuvo → detuvieron."""
    for ending, plural in (("jo", "jeron"), ("uvo", "uvieron"), ("ió", "ieron"), ("yó", "yeron"), ("ó", "aron")):
        if singular.endswith(ending):
            return singular[: -len(ending)] + plural
    return singular
