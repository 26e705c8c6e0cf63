"""A subject Spanish dropped, rendered as a wrong personal pronoun.

Spanish omits subjects ("Washington ... Además, sostuvo que ..."); MT then picks
"he". We flag he/she (and sentence-initial His/Her) whose nearest preceding
*subject* is an institution, country or city, with no person as subject in between.
"""

from __future__ import annotations

import re

from .. import entities
from ..model import Severity, Span
from ..quotes import NAME
from . import AuditContext, Hit, detector

_PRONOUN = re.compile(r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bthen\s))(?P<p>[Hh]e|[Ss]he)\b(?!['’])|^(?P<poss>His|Her)\b")
_FINITE = r"(?:(?:has|had|have|will|would|is|was|also|then|again|later)\s+)?(?:\w+ed|said|says|made|makes|is|was|has|had|will|told|took|gave|warned|insists|wants|sees|says|denies|accuses|provides|maintains|claims|demands|rejects|agreed)\b"
_SUBJECT = re.compile(
    rf"(?P<subject>(?:\b[Tt]he\s+)?{NAME}|\b[Tt]he\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(entities.ORGANISATIONS))})"
    rf"|\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(entities.TITLES))}|official|man|woman)"
    rf"|\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e))\s+{_FINITE}"
)
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:of|to|by|from|with|against|for|on|in|at|accused|urged|warned|told|asked)\s+$")


def _subjects(text: str, start: int, end: int):
    """(name, start) of every clause subject between start and end."""
    for match in _SUBJECT.finditer(text, start, end):
        lead = text[max(0, match.start() - 20) : match.start()]
        if _NOT_SUBJECT_BEFORE.search(lead):
            continue
        yield match["subject"], match.start("subject")


@detector("pronoun.dropped-subject", "accuracy/mistranslation", Severity.MAJOR,
          "he/she referring back to an institution or place: a subject Spanish left implicit.", languages=("en",))
def dropped_subject(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    doc, text = ctx.document, ctx.text
    for index, sentence in enumerate(doc.sentences):
        body = sentence.of(text)
        for match in _PRONOUN.finditer(body):
            pronoun = match["p"] or match["poss"]
            at = sentence.start + match.start()
            if ctx.inside_quote(Span(at, at + len(pronoun))):
                continue
            window_start = doc.sentences[max(0, index - 1)].start
            found = list(_subjects(text, window_start, at))
            if not found:
                continue
            subject, _ = found[-1]
            if not entities.is_institution(subject):
                continue
            yield Hit(Span(at, at + len(pronoun)),
                      f"“{pronoun}” refers back to “{subject}”, not a person: the Spanish subject was dropped",
                      f"name the subject: “{subject.removeprefix('the ').removeprefix('The ')}” or “it”",
                      evidence=f"nearest subject: {subject}")
