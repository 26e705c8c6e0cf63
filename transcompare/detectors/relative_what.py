"""“…, what caused protests”: Spanish “lo que” after a clause, rendered as “what” instead of “which”.

Spanish refers back to a whole clause with “lo que” (“subieron los precios, lo que provocó protestas”);
translators and machine translation write “what”, where English needs “which”. A question (“the
question is, what has changed?”) is English and is left alone.
"""

from __future__ import annotations

import re

from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector

# Verbs that follow “lo que” when it sums up the clause before: caused, led to, means, has …
_VERBS = ("has|have|had|caused|causes|generated|generates|provoked|provokes|led|leads|implies|implied|supposes|"
          "supposed|represents|represented|motivated|motivates|forced|forces|allowed|allows|prompted|triggered|"
          "sparked|unleashed|translates|translated|shows|showed|demonstrates|demonstrated|reflects|reflected|means|"
          "meant|would|will|could|makes|made|puts|put|leaves|left|places|placed|gives|gave|contributed|contributes|"
          "resulted|results|increases|increased|reduces|reduced|raises|raised|affects|affected|hinders|hindered|"
          "prevents|prevented|worsens|worsened|aggravates|aggravated|obliges|obliged|confirms|confirmed")
_WHAT = re.compile(rf",\s+(?P<what>what)\s+(?:{_VERBS})\b")
# “While not all of it was released, what has been made public suggests …”: a subordinate clause first,
# then a free relative opening the main clause (English).
_SUBORDINATE_FIRST = re.compile(r"(?:While|Although|Though|If|When|As|Since|Because|Whether|Even if|Unless|Once|"
                                r"After|Before|Whatever|However)\b[^,]*$")


@detector("grammar.lo-que", "fluency/grammar", Severity.MINOR,
          "“…, what caused protests”: Spanish “lo que” summing up a clause, where English writes “which”.",
          languages=("en",))
def clause_what(ctx: AuditContext):
    if not ctx.source_may_be("es"):
        return
    text, doc = ctx.text, ctx.document
    for match in _WHAT.finditer(text, doc.body.start, doc.body.end):
        sentence = doc.sentences[doc.sentence_of(match.start())]
        if sentence.of(text).rstrip().rstrip("”\"’')").endswith("?"):
            continue
        if _SUBORDINATE_FIRST.match(text, sentence.start, match.start()):
            continue
        span = Span(match.start("what"), match.end("what"))
        yield Hit(span, "“, what …” after a clause reads as Spanish “, lo que …”", "“, which …”",
                  likely_source=", lo que")
