"""Spanish questions and exclamations without their opening ¿ or ¡ (an English habit, or a model's).

The opening mark goes where the question starts, which may be inside the sentence ("Si no
viene, ¿qué hacemos?"), so the check looks back from each ? or ! to the previous sentence
mark for its ¿ or ¡. Not checked: "(?)" and "(!)" (doubt, surprise), addresses, and quoted
words in another language ("What's Going On?").
"""

from __future__ import annotations

import re

from .. import language_id
from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector

_CLOSING = re.compile(r"[?!]+")
_OPENING_FOR = {"?": "¿", "!": "¡"}
_LEAD = " \t\"“”«»'‘’—–-("


def _english(segment: str) -> bool:
    language, confidence = language_id.detect(segment.strip(_LEAD), ("en", "es"))
    return language == "en" and confidence >= 0.8


# Where a question or exclamation starts: after the previous stop.
_STOPS = ".?!;:\n"
_TRACKED_MARKS = "¿¡" + _STOPS
_TRACKED = re.compile(f"[{re.escape(_TRACKED_MARKS)}]")


@detector("punct.inverted-marks", "fluency/punctuation", Severity.MINOR,
          "A Spanish question or exclamation without its opening ¿ or ¡.", languages=("es",))
def missing_opening_marks(ctx: AuditContext):
    doc, text = ctx.document, ctx.text
    if "?" not in text and "!" not in text:
        return
    for sentence in doc.sentences:
        chunk = sentence.of(text)
        if "?" not in chunk and "!" not in chunk:
            continue
        last = dict.fromkeys(_TRACKED_MARKS, -1)  # where each mark was last seen in the sentence before ``at``
        seen_until = sentence.start  # read once, mark after mark: a long sentence is not re-read from its start
        for match in _CLOSING.finditer(text, sentence.start, sentence.end):
            mark = match.group(0)[0]
            at = match.start()
            if text[at - 1 : at] == "(" or ctx.inside_markup(Span(at, at + 1)):
                continue
            for seen in _TRACKED.finditer(text, seen_until, at):
                last[seen.group()] = seen.start()
            seen_until = at
            # Opened since the last question or exclamation closed (¿…! and ¡…? are both Spanish).
            if max(last["¿"], last["¡"]) > max(last["?"], last["!"]):
                continue
            stop = max(last[ch] for ch in _STOPS)  # after the previous stop
            start = sentence.start if stop < 0 else stop + 1
            quote = ctx.enclosing_quote(Span(at, at + 1))
            if quote is not None:
                start = max(start, quote.start)  # a question inside a quotation starts inside it
            segment = text[start:at]
            if not segment.strip(_LEAD):
                continue
            words = language_id.words(segment)
            profile = language_id.stopword_profile(words)
            if profile.get("en", 0) > profile.get("es", 0):
                continue  # quoted English ("What's Going On?")
            if quote is not None and len(words) <= 4 and not profile.get("es") and _english(segment):
                continue  # a short English slogan ("Think!") has no function words to tell
            lead = len(segment) - len(segment.lstrip(_LEAD))
            span = Span(start + lead, match.end())
            opening = _OPENING_FOR[mark]
            kind = "question" if mark == "?" else "exclamation"
            yield Hit(span, f"{kind} without its opening {opening}: Spanish opens it where it starts",
                      f"write {opening}{span.of(text)}")
