"""Pronouns that Spanish left for the translator to guess.

Spanish drops subjects ("Washington ... Además, sostuvo que ...") and its "su" is his, her,
its or their alike, so translations from it restore the wrong pronoun: "he" for a government,
"it" for a minister, "he" for a woman just named, "its" for a people, or no subject at all
("Is a country that ..."). Each check looks back a sentence or two for the referent and stays
silent when another candidate is in sight.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import entities
from ..model import Severity, Span
from ..quotes import NAME
from . import AuditContext, Hit, detector
from .calques import trie_regex
from .evidence import origin_evident

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


# ---------------------------------------------------------------- people in sight

_PERSON_NOUNS = ("president|minister|chancellor|secretary|senator|governor|mayor|spokesman|spokeswoman|"
                 "spokesperson|leader|ambassador|deputy|official|director|head|chief|judge|prosecutor|"
                 "candidate|lawmaker|legislator|congressman|congresswoman|vice-president|vice president|"
                 "commander|general|representative|man|woman|activist|lawyer|journalist|doctor|expert")
_NAME_MENTION = re.compile(NAME)
_NOUN_MENTION = re.compile(rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_PERSON_NOUNS})\b")
_SINGULAR_PRONOUN = re.compile(r"\b(?P<word>[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er|[Hh]imself|[Hh]erself)\b(?!['’]\w)")
_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
_NOT_A_PERSON = frozenset("""the a an this that these those it its in on at for of and but or as if when while after before
    during since until with by from to his her their our my your we they he she i you there here also then however
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december""".split())


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    gender: str | None  # "f", "m" or None when it cannot be told
    person: bool  # a person for sure (a first name, a title, a gendered noun)


_GENDERED_NOUNS = ("wife husband mother father daughter son sister brother girlfriend boyfriend widow widower grandmother "
                   "grandfather aunt uncle niece nephew girl boy woman man spokeswoman spokesman congresswoman "
                   "congressman chairwoman chairman businesswoman businessman actress actor queen king princess prince "
                   "lady mrs ms mr").split()
# Case-sensitive, in both cases, so the regex starts with its letters (fast) rather than re.I.
_GENDERED_NOUN = re.compile(rf"\b(?:{trie_regex({*_GENDERED_NOUNS, *(w.capitalize() for w in _GENDERED_NOUNS)})})(?![\w’'-])")


def mentions(text: str, start: int, end: int) -> list[Mention]:
    """Candidate referents between start and end: names, 'the minister'-like descriptions, gendered nouns.

    A single capitalised word is taken for a surname (its gender unknown), so "Clinton" never
    counts as the first name Clinton."""
    from ..names import GENDERED_WORDS

    found = []
    for match in _NOUN_MENTION.finditer(text, start, end):
        if match.start() == 0 or not text[match.start() - 1].isalnum():
            words = match.group(0).split()
            found.append(Mention(match.group(0), match.start(), GENDERED_WORDS.get(words[-1].lower()), True))
    for match in _NAME_MENTION.finditer(text, start, end):
        described = _describe(match.group(0))
        if described is None:
            continue
        gender, person = described
        if gender is None:  # a title just before may tell: "Mrs. Reyes", "spokeswoman Ana"
            before = text[max(0, match.start() - 25) : match.start()].split()
            word = before[-1].lower() if before else ""
            if word.rstrip(".") in entities.TITLES or word in GENDERED_WORDS or word.rstrip(".") in _PERSON_NOUN_SET:
                gender, person = GENDERED_WORDS.get(word), True
        found.append(Mention(match.group(0), match.start(), gender, person))
    for match in _GENDERED_NOUN.finditer(text, start, end):
        found.append(Mention(match.group(0), match.start(), GENDERED_WORDS.get(match.group(0).lower()), True))
    return sorted(found, key=lambda m: m.start)


_PERSON_NOUN_SET = frozenset(_PERSON_NOUNS.split("|"))


@lru_cache(maxsize=4096)
def _describe(name: str) -> tuple[str | None, bool] | None:
    """(gender, surely a person) for a capitalised name; None when it is not a person."""
    from ..names import GENDERED_WORDS, gender_of, is_first_name

    words = [w.strip(".,;:’'") for w in name.split()]
    words = [w.removesuffix("’s").removesuffix("'s") for w in words if w]
    if not words or words[0].lower() in _NOT_A_PERSON or entities.is_institution(name):
        return None
    first_name = len(words) >= 2 and is_first_name(words[0])
    title_words = [w for w in words if w.lower().rstrip(".") in entities.TITLES or w.lower() in GENDERED_WORDS]
    # A title tells the gender only when it is a gendered word (Mrs., spokeswoman); a first name, by itself.
    gender = next((GENDERED_WORDS[w.lower()] for w in title_words if w.lower() in GENDERED_WORDS), None)
    if not gender and first_name:
        gender = gender_of(words[0])
    return gender, first_name or bool(title_words)


def _gender_sources(ctx: AuditContext) -> list[tuple[int, str, str]]:
    """(position, gender, words) of every mention that shows a gender: a full name with a known first
    name, a gendered title or noun. A cheap pass; the full analysis runs only where these disagree."""
    from ..names import GENDERED_WORDS

    found = []
    for match in _FULL_NAME.finditer(ctx.text, ctx.document.body.start, ctx.document.body.end):
        gender = _first_name_gender(match.group(1))
        if gender:
            found.append((match.start(), gender, match.group(0)))
    for match in _GENDERED_NOUN.finditer(ctx.text, ctx.document.body.start, ctx.document.body.end):
        gender = GENDERED_WORDS.get(match.group(0).lower())
        if gender:
            found.append((match.start(), gender, match.group(0)))
    return sorted(found)


_FULL_NAME = re.compile(r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)(?:\s+(?:(?:de|del|la)\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]+){1,3}")


@lru_cache(maxsize=4096)
def _first_name_gender(word: str) -> str | None:
    from ..names import gender_of

    return gender_of(word)


def _window_start(ctx: AuditContext, index: int, back: int = 1) -> int:
    return ctx.document.sentences[max(0, index - back)].start


# ---------------------------------------------------------------- detectors

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
            window_start = _window_start(ctx, index)
            found = list(_subjects(text, window_start, at))
            if not found:
                continue
            subject, subject_at = found[-1]
            if not entities.is_institution(subject):
                continue
            # A person named after the subject (as an object, say) may be who the pronoun means.
            if any(m.person for m in mentions(text, subject_at + len(subject), at)):
                continue
            yield Hit(Span(at, at + len(pronoun)),
                      f"“{pronoun}” refers back to “{subject}”, not a person: the Spanish subject was dropped",
                      f"name the subject: “{subject.removeprefix('the ').removeprefix('The ')}” or “it”",
                      evidence=f"nearest subject: {subject}", likely_source="(sujeto omitido) + verbo")


def _with_known_gender(mention: Mention, known: dict[str, str]) -> Mention:
    """A lone surname takes the gender of the full name it was introduced with."""
    name = mention.text.removesuffix("’s").removesuffix("'s")
    if mention.gender or " " in name or not known.get(name):
        return mention
    return Mention(mention.text, mention.start, known[name], True)


# Words that make a capitalised phrase an institution or an office, not a person.
_NOT_PERSON_WORDS = frozenset("""group party congress presidency bureau council assembly court ministry regulations
    constitution house senate union front movement agency office department commission committee government state
    republic nation national popular socialist democratic republican first vice prime general federal central
    supreme constitutional electoral international european american bank fund forces army police university
    institute foundation association federation organization organisation network company corporation table
    summit conference forum day week law act plan program programme project campaign coalition alliance
    platform board chamber parliament cabinet secretariat embassy consulate tribunal prosecutor's""".split())


def _may_be_person(text: str, mention: Mention) -> bool:
    """Whether a name whose gender is unknown may be a person, and so may be who a pronoun means.

    One word alone ("Vox", "Sanders") counts only after a title: a person's surname has
    usually come with a first name earlier, and then it has a gender (see _with_known_gender)."""
    words = mention.text.split()
    if mention.text.isupper() or any(w.lower().strip(".,’'s") in _NOT_PERSON_WORDS for w in words):
        return False
    if len(words) > 1:
        return True
    before = text[max(0, mention.start - 25) : mention.start].split()
    return bool(before) and (before[-1].lower().rstrip(".") in entities.TITLES or before[-1].lower() in ("mr.", "mrs.", "ms.", "dr."))


@detector("pronoun.gender", "accuracy/mistranslation", Severity.MAJOR,
          "he/his for a woman just named, or she/her for a man: Spanish “su” and dropped subjects do not show gender.",
          languages=("en",))
def gender_agreement(ctx: AuditContext):
    # Native writers slip on gender too, and a referent may sit further back than we look:
    # this one waits for the user's word or for other signs of a translation from Spanish.
    if not origin_evident(ctx, "es"):
        return
    doc, text = ctx.document, ctx.text
    sources = _gender_sources(ctx)
    starts = [start for start, _, _ in sources]
    known: dict[str, str] = {}  # surname -> gender, from full names seen so far ("Ana Pastor" -> Pastor: f)
    seen = 0
    for match in _SINGULAR_PRONOUN.finditer(text, doc.body.start, doc.body.end):
        index = doc.sentence_of(match.start())
        while seen < len(sources) and sources[seen][0] < match.start():
            _, gender, name = sources[seen]
            seen += 1
            words = name.split()
            if len(words) >= 2:
                surname = words[-1].removesuffix("’s").removesuffix("'s")
                # Two people of one surname (Bill and Hillary Clinton): the surname alone tells nothing.
                known[surname] = gender if known.get(surname, gender) == gender else ""
        word = match["word"]
        gender = _PRONOUN_GENDER[word.lower()]
        window = _window_start(ctx, index, back=3)
        # A cheap look first: someone of the other gender named in the window, in full or by surname.
        nearby = sources[bisect.bisect_left(starts, window) : bisect.bisect_left(starts, match.start())]
        if not any(g != gender for _, g, _ in nearby) and not any(
                g and g != gender and name in text[window : match.start()] for name, g in known.items()):
            continue
        span = Span(match.start(), match.end())
        if ctx.inside_quote(span):
            continue
        candidates = [_with_known_gender(m, known) for m in mentions(text, window, match.start())]
        people = [m for m in candidates if m.person or m.gender]
        others = [m for m in candidates if not (m.person or m.gender) and _may_be_person(text, m)]
        if not people or others:
            continue  # nobody named, or someone whose gender cannot be told
        genders = {m.gender for m in people}
        if None in genders or gender in genders:
            continue
        # Anyone of the pronoun's gender a few sentences back may be who it means.
        wider = _window_start(ctx, index, back=5)
        if any(_with_known_gender(m, known).gender == gender for m in mentions(text, wider, match.start())):
            continue
        if any(_PRONOUN_GENDER[w.lower()] == gender for w in _SINGULAR_PRONOUN.findall(text, wider, match.start())):
            continue
        referent = people[-1].text
        right = {"he": "she", "his": "her", "him": "her", "himself": "herself",
                 "she": "he", "her": "his or him", "herself": "himself"}[word.lower()]
        yield Hit(span, f"“{word}” after “{referent}”, who is {'a woman' if gender == 'm' else 'a man'}: "
                        "Spanish did not show the gender",
                  f"“{right}” (or the name)", evidence=f"referent: {referent}", likely_source="su / (sujeto omitido)")


_SPEECH = ("said|stated|added|noted|stressed|explained|indicated|assured|affirmed|pointed out|recalled|highlighted|"
           "denounced|expressed|insisted|warned|declared|considered|reiterated|emphasi[sz]ed|maintained|underlined|"
           "asserted|acknowledged|recognized|recognised|ratified|remarked|commented|argued|claimed|criticized|"
           "criticised|questioned|rejected|urged|thanked|congratulated|praised|described|specified|detailed|"
           "announced|confirmed|assessed|valued|called on|demanded|lamented|regretted|celebrated|welcomed|ensured|"
           "reproached|contrasted|defended|accused|admitted|concluded|proposed|asked|"
           "says|states|adds|notes|stresses|explains|indicates|assures|affirms|points out|recalls|highlights|"
           "denounces|expresses|insists|warns|declares|considers|reiterates|emphasi[sz]es|maintains|underlines|"
           "asserts|acknowledges|recognizes|recognises|ratifies|remarks|comments|argues|claims|criticizes|criticises|"
           "questions|rejects|urges|thanks|praises|describes|specifies|details|announces|confirms|assesses|values|"
           "calls on|demands|laments|regrets|celebrates|welcomes|ensures|reproaches|contrasts|defends|accuses|"
           "admits|concludes|proposes|asks|spoke|speaks|told|tells|wrote|writes|tweeted|tweets")
_SPEECH_PAST_ONLY = "|".join(v for v in _SPEECH.split("|") if v.endswith(("ed", "said", "told", "spoke", "wrote")))
_IT_VERB = re.compile(rf"^(?:(?:Also|Likewise|Moreover|Furthermore|In addition|Then|Later|However|Finally),?\s+)?"
                      rf"(?P<it>It)\s+(?:(?:also|then|later|further|again|moreover)\s+)?(?:{_SPEECH})\b")
_SPEAKER = re.compile(rf"(?P<who>\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b|{NAME}|\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)"
                      rf"\s+(?:(?:also|then|later|further|again|has|had|will)\s+)?(?:{_SPEECH})\b")
_PERSON_PRONOUNS = frozenset(("he", "she"))


def _last_speaker(ctx: AuditContext, start: int, end: int) -> tuple[str, bool] | None:
    """The nearest subject of a speech verb before ``end``: (words, is a person)."""
    found = None
    for match in _SPEAKER.finditer(ctx.text, start, end):
        found = match
    if not found:
        return None
    who = found["who"]
    if who.lower() in _PERSON_PRONOUNS:
        return who, True
    if who.lower() in ("it", "they") or entities.is_institution(who) or _is_collective(who):
        return who, False
    return who, any(m.person for m in mentions(ctx.text, found.start("who"), found.end("who")))


_COLLECTIVES = frozenset("""right left opposition coalition movement bloc sector sectors regime ministry government
    executive party parties company firm agency office newspaper network country nation state city report study""".split())


def _is_collective(words: str) -> bool:
    return words.lower().split()[-1] in _COLLECTIVES


@detector("pronoun.it-for-person", "accuracy/mistranslation", Severity.MAJOR,
          "“It said …” after a person: the subject Spanish dropped came back as “it”.", languages=("en",))
def it_for_person(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    doc, text = ctx.document, ctx.text
    for index, sentence in enumerate(doc.sentences):
        match = _IT_VERB.match(sentence.of(text))
        if not match:
            continue
        span = Span(sentence.start + match.start("it"), sentence.start + match.end("it"))
        if ctx.inside_quote(span):
            continue
        speaker = _last_speaker(ctx, _window_start(ctx, index, back=3), span.start)
        if not speaker or not speaker[1]:
            continue
        # An institution named since that speaker may be what “it” means.
        if any(entities.is_institution(m.group(0)) or _is_collective(m.group(0))
               for m in _SUBJECT.finditer(text, text.find(speaker[0], _window_start(ctx, index, back=3)), span.start)):
            continue
        yield Hit(span, f"“It” stands for “{speaker[0]}”, a person: the Spanish subject was dropped",
                  "“he”, “she” or the name", evidence=f"last speaker: {speaker[0]}", likely_source="(sujeto omitido) + verbo")


_VERB_FIRST = re.compile(
    rf"^(?:(?:Also|Likewise|Moreover|Furthermore|In addition|Besides|Then|Later|However|Finally|Similarly|Additionally),?\s+)?"
    rf"(?P<verb>(?i:{_SPEECH})\s+that\b|(?i:{_SPEECH_PAST_ONLY})\s+(?:the|how|his|her|its|their)\b"
    rf"|(?:Is|Was|Are|Were|Has been|Have been|Had been)\s+(?:a|an|the|not|also|very|necessary|"
    rf"important|one|part|time|possible|expected|essential|key|clear|urgent|vital|worth|about)\b"
    rf"|Will\s+(?!you\b|he\b|she\b|it\b|they\b|we\b|i\b|the\b|there\b|this\b|that\b)[a-z]+\b)")
_IMPERATIVE_FIRST = re.compile(
    r"^(?P<verb>(?:Recall|Remember|Stress|Add|Highlight|Point out|Indicate|Assure|Ensure|Affirm|Denounce|Reiterate|"
    r"Underline|Emphasi[sz]e|Specify|Clarify|Ratify|Question|Criticize|Criticise|Warn|Regret|Lament|Reproach)\s+that)\b")


# The words such a sentence can open with (a cheap look before the regexes).
_VERB_FIRST_WORDS = frozenset(
    {v.split()[0] for v in _SPEECH.replace("emphasi[sz]ed", "emphasized|emphasised").replace(
        "emphasi[sz]es", "emphasizes|emphasises").split("|")}
    | set("also likewise moreover furthermore in besides then later however finally similarly additionally is was are "
          "were has have had will recall remember stress add highlight point indicate assure ensure affirm denounce "
          "reiterate underline emphasize emphasise specify clarify ratify question criticize criticise warn regret "
          "lament reproach".split()))


@detector("pronoun.verb-first", "accuracy/mistranslation", Severity.MAJOR,
          "A sentence that opens with its verb (“Is a country that…”, “Also said that…”): Spanish dropped the subject.",
          languages=("en",))
def verb_first(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    doc, text = ctx.document, ctx.text
    weak_ok = None
    for sentence in doc.sentences:
        if not doc.body.contains(sentence):
            continue
        body = sentence.of(text)
        if body.split(None, 1)[0].rstrip(",").lower() not in _VERB_FIRST_WORDS or body.rstrip().endswith("?"):
            continue
        match = _VERB_FIRST.match(body)
        weak = False
        if not match:
            match = _IMPERATIVE_FIRST.match(body)
            weak = True
        if not match:
            continue
        if weak:
            weak_ok = origin_evident(ctx, "es") if weak_ok is None else weak_ok
            if not weak_ok:
                continue
        verb = match["verb"]
        at = sentence.start + match.start("verb")
        span = Span(at, at + len(verb.split()[0]))
        if ctx.inside_quote(span):
            continue
        yield Hit(span, f"the sentence opens with “{verb.split()[0]}” and has no subject: Spanish left it implicit",
                  "add the subject (“He said that…”, “It is a country that…”)", likely_source="(sujeto omitido)")


_NATIONALITIES = ("Cuban|Venezuelan|Mexican|Colombian|Argentine|Argentinian|Chilean|Peruvian|Bolivian|Ecuadorian|"
                  "Uruguayan|Paraguayan|Nicaraguan|Salvadoran|Guatemalan|Honduran|Panamanian|Dominican|Spanish|"
                  "Brazilian|Puerto Rican|Costa Rican|Haitian|Palestinian|American|Latin American|Caribbean|"
                  "Indigenous|indigenous|Basque|Catalan|Andean|Mapuche|Sahrawi|Saharawi|Ukrainian|Russian|Chinese")
_PEOPLE = re.compile(r"people(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:(?:and|,)\s+)?"
                     r"(?P<word>its|has|is|was|itself|does|remains|deserves|knows|wants|demands)\b")
# “the people” opening a clause: its subject, not “the impact on the people is”.
_THE_BEFORE = re.compile(rf"(?:^|[.;:,“\"(]\s*|\b(?:that|and|but|because|while|since|as|if|when|where)\s+)"
                         rf"[Tt]he\s+(?:(?:{_NATIONALITIES})\s+)?$")


@detector("pronoun.number", "accuracy/mistranslation", Severity.MINOR,
          "“the people … its/has”: Spanish “el pueblo” is singular, English “people” plural.", languages=("en",))
def number_agreement(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    text, body = ctx.text, ctx.document.body
    for match in _PEOPLE.finditer(text, body.start, body.end):
        if match.start() and text[match.start() - 1].isalnum():
            continue
        if not _THE_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue  # “a people has” is a nation, and singular
        word = match["word"]
        plural = {"its": "their", "has": "have", "is": "are", "was": "were", "itself": "themselves", "does": "do",
                  "remains": "remain", "deserves": "deserve", "knows": "know", "wants": "want", "demands": "demand"}[word]
        yield Hit(Span(match.start("word"), match.end("word")),
                  f"“{word}” treats “people” as singular, as Spanish “el pueblo”", f"“{plural}”",
                  likely_source="el pueblo … su / ha")
