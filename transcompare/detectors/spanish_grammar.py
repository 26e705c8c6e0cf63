"""Spanish grammar showing through English: patterns of syntax, not phrases.

- the definite article before an abstract noun used in general (“the fight against the poverty”:
  Spanish “la pobreza”, English “poverty”);
- “of” after a superlative where English says “in” (“the largest city of the region”: “de la región”);
- “the same” standing for a noun already named (“the members of the same”: “de los mismos”);
- a bare verb after “to” where English needs -ing (“contribute to strengthen”: “contribuir a fortalecer”);
- two negatives in one clause (“did not say nothing”: “no dijo nada”).

Each of them is ordinary-looking English now and then, so all wait for signs that the text comes from
Spanish (--source-lang es, or strong signals in auto mode: see evidence.py).
"""

from __future__ import annotations

import re

from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector
from .evidence import origin_evident

# Abstract nouns Spanish uses with the article in general statements; English uses none.
_ABSTRACT = {
    "poverty": "la pobreza", "inequality": "la desigualdad", "corruption": "la corrupción", "impunity": "la impunidad",
    "democracy": "la democracia", "violence": "la violencia", "criminality": "la criminalidad",
    "delinquency": "la delincuencia", "insecurity": "la inseguridad", "unemployment": "el desempleo",
    "hunger": "el hambre", "racism": "el racismo", "xenophobia": "la xenofobia", "discrimination": "la discriminación",
    "machismo": "el machismo", "sexism": "el sexismo", "misogyny": "la misoginia", "homophobia": "la homofobia",
    "terrorism": "el terrorismo", "drug trafficking": "el narcotráfico", "narcotrafficking": "el narcotráfico",
    "capitalism": "el capitalismo", "socialism": "el socialismo", "communism": "el comunismo",
    "imperialism": "el imperialismo", "colonialism": "el colonialismo", "neoliberalism": "el neoliberalismo",
    "fascism": "el fascismo", "humanity": "la humanidad", "mankind": "la humanidad", "solidarity": "la solidaridad",
    "climate change": "el cambio climático", "global warming": "el calentamiento global",
    "malnutrition": "la desnutrición", "illiteracy": "el analfabetismo", "obesity": "la obesidad",
    "deforestation": "la deforestación", "desertification": "la desertificación", "femicide": "el feminicidio",
    "feminicide": "el feminicidio", "extortion": "la extorsión", "organized crime": "el crimen organizado",
    "organised crime": "el crimen organizado", "multilateralism": "el multilateralismo",
    "protectionism": "el proteccionismo", "populism": "el populismo", "authoritarianism": "el autoritarismo",
    "interventionism": "el intervencionismo", "extremism": "el extremismo", "hate speech": "el discurso de odio",
    "gender violence": "la violencia de género", "social exclusion": "la exclusión social",
    "marginalization": "la marginación", "marginalisation": "la marginación", "migration": "la migración",
}
_ABSTRACT_WORDS = "|".join(sorted((re.escape(n) for n in _ABSTRACT), key=len, reverse=True))
# The noun must end its phrase: followed by punctuation, a conjunction or a verb, never by “of”, a
# relative clause or another noun (“the corruption case”, “the poverty that …”, “the violence of 2019”).
_GENERIC_ARTICLE = re.compile(
    rf"(?P<phrase>the\s+(?P<noun>{_ABSTRACT_WORDS}))"
    rf"(?=\s*[,;:.)]|\s+(?:and|or|is|are|was|has|have|remains|continues|affects|affect|persists|grows|grew|"
    rf"increased|must|will|cannot|can|should|would|could|kills|generates|constitutes|represents|threatens|"
    rf"threaten|threatened|destroys|harms|hurts|undermines)\b)")
# Words before “the” that make the reference specific or English (“all the violence”, “of all the corruption”).
_SPECIFIC_BEFORE = re.compile(r"\b(?:all|of|about|by|such|this|that|what|much|how|witnessed|saw|see|seen|"
                              r"exposed|expose|end|stop|stopped|describes?|described)\s*$", re.IGNORECASE)

_SUPERLATIVES = ("best|worst|largest|biggest|highest|lowest|greatest|richest|poorest|oldest|youngest|longest|"
                 "smallest|strongest|weakest|deepest|fastest|busiest|safest|deadliest|most [a-z]+|least [a-z]+")
_PLACES = ("world|planet|country|region|continent|hemisphere|island|nation|city|province|state|Americas|"
           "Caribbean|Latin America|Europe|Africa|Asia|history|century|decade|area|territory|capital|"
           "Central America|South America|Andean region|subcontinent")
_SUPERLATIVE_OF = re.compile(
    rf"(?P<phrase>the\s+(?P<sup>{_SUPERLATIVES})(?:\s+(?!of\b)[a-z-]+){{0,2}}\s+(?P<of>of)\s+(?P<place>(?:the\s+)?"
    rf"(?i:{_PLACES})))\b(?![’']s|\s+(?:of|who|that|which)\b)")

_PREPOSITIONS = "of|in|to|for|by|with|from|on|into|within|through|against|among|under|about|between"
_SAME_AS_PRONOUN = re.compile(r" (?P<same>the same)(?=\s*[,.;:)])")
_PREPOSITION_BEFORE = re.compile(rf"\b(?P<prep>{_PREPOSITIONS})$")
# “more of the same”, “one and the same”, “much the same”: English.
_SAME_IDIOM = re.compile(r"\b(?:more|much|all|one and|same|little|lot|plenty)\s*$", re.IGNORECASE)

# Words after which “to” is a preposition taking -ing (“committed to strengthening”), where Spanish has
# “a” + infinitive (“comprometido a fortalecer”); the verb after them is checked to be one.
_TO_VERB = re.compile(r" to (?P<verb>[a-z]+)\b")
_TO_PREPOSITION = re.compile(
    r"\b(?P<lead>contribute|contributes|contributed|contributing|contribution|contributions|committed|commitment|"
    r"commitments|dedicated|devoted|oriented|geared|aimed at|aiming at|aimed|with a view|look forward|"
    r"looking forward|looks forward|opposed|key|approach|resistance|objection)$")
# Verbs that are not also common nouns (“committed to peace”, “a key to success” are English).
_BARE_VERBS = frozenset("""strengthen improve promote achieve develop consolidate reduce eliminate eradicate create
    build defend protect preserve maintain ensure boost foster overcome combat confront solve resolve mitigate
    prevent avoid expand deepen raise lower make bring give take find keep accelerate facilitate encourage
    stimulate enhance reinforce establish recover restore rebuild transform modernize modernise diversify generate
    attract halt curb tackle satisfy fulfil fulfill implement continue attain secure contain save feed provide
    offer allow enable guarantee increase advance support help eradicate alleviate minimize minimise maximize
    maximise optimize optimise revitalize revitalise boost strengthen defeat dismantle destabilize destabilise
    undermine weaken face fight end stop seek pursue reach obtain get meet address""".split())
# With these leads the noun reading is ordinary English (“a key to end”? no; “support”, “end”, “help” are nouns).
_NOUN_TOO = frozenset("increase advance support help end fight guarantee face address boost".split())

_NEGATIVE_WORD = re.compile(r"no(?:thing|body| one|where|ne)\b")
_DOUBLE_NEGATIVE = re.compile(
    r"(?P<phrase>(?P<neg>\bnot|\bnever|(?<=\w)n['’]t)\s+(?:(?!(?:that|who|which|he|she|they|we|i|you|it|if|because|but|and|or|"
    r"when|so)\b)[a-z]+\s+){0,3}?(?P<other>nothing|nobody|no one|nowhere|none))$", re.IGNORECASE)
_DOUBLE_NEGATIVE_IDIOM = re.compile(r"not\s+for\s+nothing|not\s+(?:\w+\s+)?(?:nothing|"
                                    r"none)\s+(?:but|other|less|more|short)\b", re.IGNORECASE)
_SPANISH_NEGATIVE = {"nothing": "nada", "nobody": "nadie", "no one": "nadie", "nowhere": "en ninguna parte",
                     "none": "ninguno"}


def _body_matches(ctx: AuditContext, pattern: re.Pattern):
    """Matches in the lower-cased article body, quotations included (they are translated too). The patterns
    start with a literal, which lets the scan skip ahead; one starting with a letter must start a word."""
    body, folded = ctx.document.body, ctx.folded_text
    for match in pattern.finditer(folded, body.start, body.end):
        at = match.start()
        if not folded[at].isalnum() or at == 0 or not folded[at - 1].isalnum():
            yield match


@detector("grammar.generic-article", "style/calque", Severity.MINOR,
          "The definite article before an abstract noun used in general (“the fight against the poverty”), as in Spanish.",
          languages=("en",))
def generic_article(ctx: AuditContext):
    if not origin_evident(ctx, "es"):
        return
    text = ctx.text
    for match in _body_matches(ctx, _GENERIC_ARTICLE):
        if _SPECIFIC_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        noun, phrase = text[match.start("noun") : match.end("noun")], text[match.start() : match.end()]
        spanish = _ABSTRACT[match["noun"]]
        yield Hit(Span(match.start(), match.end()),
                  f"“{phrase}”: Spanish puts the article before an abstract noun used in general (“{spanish}”); "
                  f"English does not", f"“{noun}”", likely_source=spanish)


@detector("grammar.superlative-of", "style/calque", Severity.MINOR,
          "“of” after a superlative where English says “in” (“the largest city of the region”), as Spanish “de”.",
          languages=("en",))
def superlative_of(ctx: AuditContext):
    if not origin_evident(ctx, "es"):
        return
    text = ctx.text
    for match in _body_matches(ctx, _SUPERLATIVE_OF):
        phrase, place = text[match.start() : match.end()], text[match.start("place") : match.end("place")]
        of = "del" if match["place"].startswith("the ") else "de"
        yield Hit(Span(match.start(), match.end()),
                  f"“{phrase}”: a superlative followed by “of {place}” follows Spanish “… {of} …”",
                  f"“{text[match.start() : match.start('of')]}in {place}”",
                  likely_source=f"el/la más … {of} {place.removeprefix('the ')}")


@detector("grammar.same-as-pronoun", "style/calque", Severity.MINOR,
          "“the same” standing for a noun named before (“the members of the same”), Spanish “el mismo”.",
          languages=("en",))
def same_as_pronoun(ctx: AuditContext):
    if not origin_evident(ctx, "es"):
        return
    folded = ctx.folded_text
    for match in _body_matches(ctx, _SAME_AS_PRONOUN):
        before = _PREPOSITION_BEFORE.search(folded, max(0, match.start() - 10), match.start())
        if not before or _SAME_IDIOM.search(folded, max(0, before.start() - 12), before.start()):
            continue
        prep = before["prep"]
        yield Hit(Span(match.start("same"), match.end("same")),
                  f"“{prep} the same” standing for a noun named before reads as Spanish “{prep} el mismo / los mismos”",
                  "“it”, “them”, “its” or “their”, or repeat the noun",
                  likely_source=f"{'del' if prep == 'of' else prep} mismo/a/os/as")


@detector("grammar.to-infinitive", "style/calque", Severity.MINOR,
          "A bare verb after “to” that is a preposition (“contribute to strengthen”), Spanish “a” + infinitive.",
          languages=("en",))
def to_infinitive(ctx: AuditContext):
    if not origin_evident(ctx, "es"):
        return
    folded, text = ctx.folded_text, ctx.text
    for match in _body_matches(ctx, _TO_VERB):
        verb = match["verb"]
        if verb not in _BARE_VERBS or verb in _NOUN_TOO:
            continue
        lead = _TO_PREPOSITION.search(folded, max(0, match.start() - 22), match.start())
        if not lead or lead["lead"] == "aimed":  # “aimed to strengthen” is English; “aimed at strengthen” is not
            continue
        words = text[lead.start() : match.end()]
        yield Hit(Span(lead.start(), match.end()),
                  f"“{words}”: after “{lead['lead']} to” English uses -ing; Spanish has “a” + infinitive",
                  f"“{text[lead.start() : lead.end()]} to {_gerund(verb)}”", likely_source=f"… a {verb} (infinitivo)")


@detector("grammar.double-negative", "fluency/grammar", Severity.MINOR,
          "Two negatives in one clause (“did not say nothing”), Spanish “no … nada”.", languages=("en",))
def double_negative(ctx: AuditContext):
    if not origin_evident(ctx, "es"):
        return
    folded, text = ctx.folded_text, ctx.text
    for word in _body_matches(ctx, _NEGATIVE_WORD):
        match = _DOUBLE_NEGATIVE.search(folded, max(0, word.start() - 45), word.end())
        if not match or _DOUBLE_NEGATIVE_IDIOM.match(folded, match.start()) or re.search(r"[,;:.]", match["phrase"]):
            continue
        other, phrase = match["other"], text[match.start("phrase") : match.end("phrase")]
        yield Hit(Span(match.start("phrase"), match.end("phrase")),
                  f"“{phrase}”: two negatives in one clause, as Spanish “no … {_SPANISH_NEGATIVE[other]}”",
                  f"“{text[match.start('neg') : match.end('neg')]} … {_POSITIVE[other]}” or “… {other}” alone",
                  likely_source=f"no … {_SPANISH_NEGATIVE[other]}")


_POSITIVE = {"nothing": "anything", "nobody": "anybody", "no one": "anyone", "nowhere": "anywhere", "none": "any"}


def _gerund(verb: str) -> str:
    from .. import inflect

    return inflect.forms(verb)["ing"]
