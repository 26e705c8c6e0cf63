"""Spanish word order kept in English: the subject after its speech verb when no quotation
precedes (“…, criticized the secretary general of the party.”), and a time adverb between the
verb and its object (“denounced today the tightening”)."""

from __future__ import annotations

import re

from ..model import Severity, Span
from . import AuditContext, Hit, detector

# English inverts "said", "added", "noted" after a long paraphrase too; these verbs it does not.
_VERBS = ("stressed|emphasi[sz]ed|explained|indicated|affirmed|assured|declared|warned|insisted|recalled|reiterated|"
          "denounced|criticized|criticised|highlighted|underlined|maintained|specified|pointed out|commented|"
          "remarked|considered|concluded|expressed|acknowledged|recognized|recognised|stated")
_TITLES = ("president|minister|secretary|general secretary|secretary general|secretary-general|leader|head|chief|"
           "governor|mayor|spokesman|spokeswoman|spokesperson|deputy|senator|chancellor|ambassador|director|"
           "commander|vice-president|vice president|prosecutor|attorney general|official|representative|"
           "coordinator|candidate|president-elect|first vice-president|first vice president")
# “…, criticized the secretary general of …” closing a sentence of reported speech.
_INVERSION = re.compile(rf",\s+(?P<inversion>(?:{_VERBS})\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{_TITLES})\b)")
_QUOTE_MARKS = re.compile(r"[“”\"«»]")
_ADVERB_BEFORE_OBJECT = re.compile(
    r"\b(?P<order>(?:denounced|rejected|condemned|affirmed|assured|ratified|reiterated|highlighted|expressed|"
    r"criticized|criticised|inaugurated|approved|delivered|received|repudiated|demanded|celebrated|reaffirmed|"
    r"stressed|emphasized|emphasised|underlined|described|questioned|presented|launched)\s+"
    r"(?:today|yesterday)\s+(?:the|a|an|his|her|its|their))\b")


@detector("word-order.inversion", "fluency/grammar", Severity.MINOR,
          "Spanish word order: the subject after its speech verb without a quotation, or a time adverb "
          "between the verb and its object.", languages=("en",))
def inversion(ctx: AuditContext):
    if not ctx.source_may_be("es"):
        return
    text, doc = ctx.text, ctx.document
    for sentence in doc.sentences:
        if not doc.body.contains(sentence):
            continue
        body = sentence.of(text)
        match = _INVERSION.search(body)
        # After a quotation the inversion is ordinary English (“…,” said the minister).
        if match and not _QUOTE_MARKS.search(body, 0, match.start()):
            words = match["inversion"]
            at = sentence.start + match.start("inversion")
            verb = words.split(" the ")[0]
            subject = words[len(verb) + 1 :]
            yield Hit(Span(at, at + len(words)), f"“{words}”: the subject follows its verb, as in Spanish reported speech",
                      f"“{subject} {verb}”", likely_source="…, criticó el secretario general")
    for match in _ADVERB_BEFORE_OBJECT.finditer(text, doc.body.start, doc.body.end):
        words = match["order"]
        verb, adverb = words.split()[:2]
        yield Hit(Span(match.start("order"), match.end("order")),
                  f"“{words}”: “{adverb}” between the verb and its object, as in Spanish",
                  f"“{adverb.capitalize()}, … {verb} {words.split()[-1]} …” or “{verb} … {adverb}”",
                  likely_source=f"… {adverb == 'today' and 'hoy' or 'ayer'} el")
