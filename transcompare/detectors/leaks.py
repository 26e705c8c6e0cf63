"""Text that is not article body: photo captions, credits, agency credit lines."""

from __future__ import annotations

import re

from ..datamodel import Severity
from . import AuditContext, Hit, detector

AGENCIES = r"(?:AP|AFP|EFE|Efe|Reuters|DPA|dpa|ANSA|Europa Press|Xinhua|TASS|Tass|Bloomberg|Sputnik|Notimex|UPI|PA|Anadolu)"
# "Ã©" is é decoded wrongly (mojibake), not a copyright sign; "Reuters/Ipsos poll" names a poll,
# while a credit ("AFP/Getty Images") ends its sentence or parenthesis.
_CREDIT = re.compile(
    r"(?<!Ã)©|\(c\)\s+[A-Z]|\b(?:AP|AFP|EFE|Reuters)\s+Photo\b|\bPhoto(?:graph)?\s*(?::|by\b)|\bFoto\s*:"
    r"|\bImage (?:copyright|caption)\b|\bGetty Images\b|\b" + AGENCIES + r"\s*/\s*[A-Z][a-z]+(?=\s*(?:[.),;]|$))"
)
# Every credit contains one of these: a fast look (str.find) before the regex reads the paragraph.
_CREDIT_LITERALS = ("©", "(c)", "Photo", "Foto", "Image ", "Getty", "/")
_CREDIT_LINE_OPENERS = ("With", "Con", "Avec", "Mit", "Com")  # how every _CREDIT_LINE starts
_CREDIT_LINE = re.compile(
    rf"^(?:With|Con|Avec|Mit|Com)\s+(?:information\s+from\s+|información\s+de\s+|informações\s+da\s+|agencies\b|agencias\b)?"
    rf"\s*(?:{AGENCIES}(?:\s*(?:,|and|y|et|und|e)\s*{AGENCIES})*)?\.?$"
)


@detector("structure.leak", "structure/leak", Severity.MAJOR,
          "Photo captions, photo credits and agency credit lines left inside the article body.")
def leaked_text(ctx: AuditContext):
    text = ctx.text
    with_literal = _paragraphs_with_literal(ctx)
    for index, paragraph in enumerate(ctx.document.paragraphs):
        if text.startswith(_CREDIT_LINE_OPENERS, paragraph.start):
            body = paragraph.of(text)
            if _CREDIT_LINE.match(body) and len(body.split()) <= 12:
                yield Hit(paragraph, "agency credit line, not article text",
                          "move it to the byline or remove it", severity=Severity.MINOR)
                continue
        if index not in with_literal:
            continue
        body = paragraph.of(text)
        credit = _CREDIT.search(body)
        if not credit:
            continue
        if len(body.split()) <= 60:
            yield Hit(paragraph, f"photo caption or credit (“{credit.group(0).strip()}”) inside the article body",
                      "remove the caption from the body text")
        else:
            sentence = ctx.document.sentences[ctx.document.sentence_of(paragraph.start + credit.start())]
            yield Hit(sentence, f"photo credit (“{credit.group(0).strip()}”) inside the article body",
                      "remove the credit from the body text")


def _paragraphs_with_literal(ctx: AuditContext) -> set[int]:
    """The paragraphs (and maybe one beside) holding one of _CREDIT_LITERALS: each found once in the whole
    body by str.find, not looked for again in every paragraph."""
    text, doc = ctx.text, ctx.document
    found = set()
    for literal in _CREDIT_LITERALS:
        at = text.find(literal, doc.body.start, doc.body.end)
        while at >= 0:
            found.add(doc.paragraph_of(at))
            at = text.find(literal, at + 1, doc.body.end)
    return found
