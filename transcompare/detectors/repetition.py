"""Repetition loops typical of neural MT: a word or phrase three or more times in a row.

People repeat words on purpose too: "No, no, no, no", "Jobs, jobs, jobs", "Tap, tap, tap",
"very, very", "and lie and lie and lie". Those are written with commas between the repeats,
are interjections or intensifiers, or chain clauses with "and"; a decoder loop glues the
same words together ("will will will", "of the of the of the") or runs on far longer.
"""

from __future__ import annotations

import re

from ..model import Severity, Span
from . import AuditContext, Hit, detector

# Matched on the lower-cased text (a backreference under re.IGNORECASE is much slower).
_PATTERN = r"\b(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)(?P<rest>(?:(?P<sep>\s*,\s*|\s+)(?P=unit)\b){2,})"
_REPEAT = re.compile(_PATTERN)
_REPEAT_ANY_CASE = re.compile(_PATTERN, re.IGNORECASE)  # for the rare text whose lower case changes length
# A loop this long is never deliberate.
LONG_LOOP = 6
# Words people repeat on purpose: interjections, sounds, intensifiers, chants (en, es).
DELIBERATE_WORDS = frozenset(
    """no yes yeah yep nope oh ah ha haha he hi ho hey bye go come out up down more very so really
    much many long far again over please wait stop help blah bla la na da tick tock knock tap bang
    boom bam beep buzz click clap chop ding dong drip tick boo hip hooray cha yay wow woo whoa
    sí si ya ay ja je jo vamos venga fuera basta muy mucho mucha muchos muchas más otra vez olé ole""".split()
)
_CONJUNCTIONS = frozenset("and or but y o e ni pero".split())


def _deliberate(unit: str, separator: str, count: int) -> bool:
    if count >= LONG_LOOP:
        return False
    words = unit.split()
    return "," in separator or (len(words) == 1 and words[0] in DELIBERATE_WORDS) or words[0] in _CONJUNCTIONS


@detector("mt.repetition", "accuracy/addition", Severity.MAJOR,
          "A word or phrase repeated three or more times in a row (a decoder loop); deliberate repeats "
          "(“No, no, no”, “very, very”, “and lie and lie and lie”) are left alone.")
def repetition(ctx: AuditContext):
    text, folded = ctx.text, ctx.folded_text
    pattern = _REPEAT if folded is not text or text == text.lower() else _REPEAT_ANY_CASE
    for match in pattern.finditer(folded, ctx.document.body.start, ctx.document.body.end):
        unit = match["unit"].lower()
        count = 1 + len(re.findall(rf"\b{re.escape(unit)}\b", match["rest"].lower()))
        if _deliberate(unit, match["sep"], count):
            continue
        span = Span(match.start(), match.end())
        written = text[match.start() : match.end("unit")]
        yield Hit(span, f"“{written}” repeated {count} times in a row", f"keep one “{written}”")
