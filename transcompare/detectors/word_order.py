"""Spanish word order kept in English: the subject after its speech verb when no quotation
precedes (“…, criticized the secretary general of the party.”), and a time adverb between the
verb and its object (“denounced today the tightening”)."""

from __future__ import annotations

import re

from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector

# English inverts "said", "added", "noted" after a long paraphrase too; these verbs it does not.
_VERBS = ("stressed|emphasi[sz]ed|explained|indicated|affirmed|assured|declared|warned|insisted|recalled|reiterated|"
          "denounced|criticized|criticised|highlighted|underlined|maintained|specified|pointed out|commented|"
          "remarked|considered|concluded|expressed|acknowledged|recognized|recognised|stated")
_TITLES = ("president|minister|secretary|general secretary|secretary general|secretary-general|leader|head|chief|"
           "governor|mayor|spokesman|spokeswoman|spokesperson|deputy|senator|chancellor|ambassador|director|"
           "commander|vice-president|vice president|prosecutor|attorney general|official|representative|"
           "coordinator|candidate|president-elect|first vice-president|first vice president")
# Verbs whose object is never a person's name: “…, stressed Díaz-Canel.” is the speaker after them.
_NAME_VERBS = ("stressed|emphasi[sz]ed|explained|insisted|underlined|specified|pointed out|commented|remarked|concluded|"
               "affirmed")
# “…, criticized the secretary general of …” closing a sentence of reported speech.
_INVERSION = re.compile(rf",\s+(?P<inversion>(?P<verb>{_VERBS})\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{_TITLES})\b"
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
                      f"“{subject} {verb}”", likely_source="…, criticó el secretario general")
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
