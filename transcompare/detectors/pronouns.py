"""Pronouns that Spanish left for the translator to guess.

Spanish drops subjects ("Washington ... Además, sostuvo que ...") and its "su" is his, her,
its or their alike, so translations from it restore the wrong pronoun: "he" for a government,
"it" or "its" for a minister, "he" for a woman just named, "its" for a people, or no subject at
all ("Also said that ..."). The checks read what each sentence is about (its main subject: see
referents.py) and flag a pronoun that cannot mean it, staying silent when someone else is in sight.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .. import entities
from ..datamodel import Severity, Span
from ..names import gender_of
from ..quotation_marks import NAME
from . import AuditContext, Hit, detector
from .evidence import origin_evident
from .referents import (
    _NATIONALITY_WORDS,
    GENDERED_NOUN,
    INSTITUTION,
    PEOPLE,
    PERSON,
    PRONOUN_GENDER,
    SINGULAR_PRONOUN,
    Referent,
    SubjectPronoun,
    gendered_names,
    genders_in,
    has_quotation,
    main_subject,
    may_be_person,
    mentions,
    name_kind,
    noun_kind,
    people_in,
    previous_sentence,
    prose_start,
    subject_pronouns,
    window_start,
    with_known_gender,
)

# ---------------------------------------------------------------- detectors

@detector("pronoun.dropped-subject", "accuracy/mistranslation", Severity.MAJOR,
          "he/she opening a sentence right after one about an institution or a place, with no person in sight "
          "(a subject Spanish left implicit), or “Cuba reiterated his support” (Spanish “su”).", languages=("en",))
def dropped_subject(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    text = ctx.text
    for pronoun in [*subject_pronouns(ctx), *_according_to(ctx)]:
        previous = previous_sentence(ctx, pronoun.index)
        if previous is None:
            continue
        subject = main_subject(ctx, previous)
        # After “In addition,” the one who goes on is the last clause's subject: people it acted on do not count.
        people_until = pronoun.span.start
        if subject is None or not (subject.kind == INSTITUTION or _a_people(subject)):
            subject = _continued_subject(ctx, pronoun, previous, subject)
            if subject is None:
                continue
            people_until = subject.start
        before = ctx.document.sentences[previous]
        # Anyone in the two sentences before (a speaker, someone named, a he or she) may be who is meant.
        window = prose_start(ctx, max(0, pronoun.index - 2))
        if has_quotation(ctx, before) or SINGULAR_PRONOUN.search(text, window, pronoun.span.start):
            continue
        if people_in(ctx, window, people_until, subject):
            continue  # (the subject's own words, “Health” in “the Ministry of Health”, are nobody else)
        yield Hit(pronoun.span,
                  f"“{pronoun.word}” follows a sentence about “{subject.text}”, not a person: the Spanish subject was dropped",
                  f"name the subject: “{subject.text.removeprefix('the ').removeprefix('The ')}” or “it”",
                  evidence=f"subject of the sentence before: {subject.text}", likely_source="(sujeto omitido) + verbo")
    # “Cuba reiterated his support”: a possessive only the subject can own, for an institution.
    for owned in _own_possessives(ctx):
        word, subject = owned.word, owned.subject
        if word == "its" or subject.kind != INSTITUTION:
            continue
        index = ctx.document.sentence_of(owned.span.start)
        opening = max(prose_start(ctx, index), owned.span.start - _OWNER_REACH)
        if people_in(ctx, opening, owned.span.start, subject) or any(
                people_in(ctx, between.start, between.end, subject) for between in owned.between):
            continue
        yield Hit(owned.span, f"“{word}” for “{subject.text}”, not a person: Spanish “su” does not show who owns it",
                  "“its” (or “their”)", evidence=f"subject: {subject.text}", likely_source="su")


_ACCORDING_TO = re.compile(r"According to (?P<word>him|her)\b")


def _according_to(ctx: AuditContext) -> list[SubjectPronoun]:
    """“According to him, …” opening a sentence: Spanish “Según (el ministerio)”, the source left out."""
    doc, text, found = ctx.document, ctx.text, []
    for index, sentence in enumerate(doc.sentences):
        if text.startswith("According to h", sentence.start) and doc.body.contains(sentence):
            match = _ACCORDING_TO.match(text, sentence.start, sentence.end)
            if match:
                span = Span(match.start("word"), match.end("word"))
                if not ctx.inside_quote(span):
                    found.append(SubjectPronoun(match["word"], span, index))
    return found


_WRONG_GENDER = {"he": "she", "his": "her", "him": "her", "himself": "herself",
                 "she": "he", "her": "his or him", "herself": "himself"}
# Adverbs that carry on with the last clause's subject: “… and accused Putin of it. In addition, he said …”.
_CONTINUING = ("In addition,", "Also,", "Moreover,", "Furthermore,", "Likewise,", "Besides,", "Additionally,",
               "Besides that,", "Similarly,")
_NP_WORD = r"(?!(?:and|or|but|that|which|who|was|were|is|are|has|had|have)\b)[\w-]+"
_CLAUSE_SUBJECT = re.compile(
    rf"(?P<subject>\b[Tt]he\s+(?:{_NP_WORD}\s+){{0,2}}?{_NP_WORD}|{NAME})\s+"
    rf"(?:(?:has|had|have|will|would|also|then|again|later|already)\s+)?(?:[a-z]+ed|said|says|made|makes|took|gave)\b")
_NOT_A_SUBJECT_AFTER = re.compile(r"\b(?:of|to|by|from|with|against|for|on|in|at|over|about|into)\s+$")


def _continued_subject(ctx: AuditContext, pronoun: SubjectPronoun, previous: int, main: Referent | None) -> Referent | None:
    """After “In addition, he …”: the institution that was the last clause's subject in the sentence before,
    when that sentence was not about a person."""
    text, sentence = ctx.text, ctx.document.sentences[previous]
    if main is not None and main.kind in (PERSON, PEOPLE):
        return None
    if not text.startswith(_CONTINUING, ctx.document.sentences[pronoun.index].start):
        return None
    last = None
    for match in _CLAUSE_SUBJECT.finditer(text, sentence.start, sentence.end):
        if not _NOT_A_SUBJECT_AFTER.search(text, max(0, match.start() - 12), match.start()):
            last = match
    if last is None:
        return None
    words = last["subject"].removeprefix("the ").removeprefix("The ").split()
    kind = noun_kind(words[-1])
    if (kind and kind[0] == INSTITUTION) or (not kind and name_kind(ctx, words, last.start(), False)[0] == INSTITUTION):
        return Referent(last["subject"], last.start("subject"), INSTITUTION)
    return None


# “reiterated his commitment”, “in his speech”: what only the subject's own can be.
_OWN_STANCE = ("reiterated|reaffirmed|ratified|expressed|conveyed|renewed|voiced|manifested|showed|demonstrated|"
               "reiterates|reaffirms|ratifies|expresses|conveys|renews|voices|manifests|shows|demonstrates")
_STANCE_NOUNS = ("commitment|support|rejection|condemnation|position|willingness|solidarity|gratitude|thanks|"
                 "condolences|concern|satisfaction|opposition|intention|readiness|desire|determination|disposition|"
                 "will|disagreement|agreement|backing|appreciation|recognition|respect|admiration|sympathy|pride|"
                 "hope|confidence|trust|view|opinion|stance|resolve|wish|wishes|congratulations|conviction|"
                 "repudiation|indignation|outrage|regret|sorrow|displeasure|approval|endorsement|loyalty")
# Where someone says something: “in his speech”, “on her Twitter account”, “during his visit”.
_VENUES = {
    "in": "speech|address|remarks|words|message|statement|intervention|tweet|post|publication|column|article|letter|"
          "interview|turn|capacity|role|opinion|view|report|account|conference|press conference",
    "on": "account|Twitter account|X account|Facebook account|Instagram account|profile|social networks|"
          "social media|blog|website|page|channel|program|programme|show",
    "through": "account|Twitter account|X account|social networks|social media|spokesman|spokeswoman|spokesperson",
    "during": "speech|address|visit|tour|trip|intervention|conference|press conference|interview|stay|term|mandate",
    "for": "part",
}
# After a space (the word before is read in code): a pattern opening with one literal is scanned three times faster.
_POSSESSIVE_PRONOUN = re.compile(r" (?P<word>h(?:is|er)|its|their)\b")
_STANCE_AFTER = re.compile(rf"\s+(?:[\w-]+\s+(?:and\s+)?){{0,3}}?(?:{_STANCE_NOUNS})\b")
_VENUE_AFTER = {p: re.compile(rf"\s+(?:[\w-]+\s+)?(?:{v})\b") for p, v in _VENUES.items()}
_OWN_STANCE_SET = frozenset(_OWN_STANCE.split("|"))


_OWNER_REACH = 300  # characters between a possessive and the subject that owns it, at most


@dataclass(frozen=True)
class Owned:
    """A possessive only the clause's subject can own, the subject, and the words between them (where someone
    else named would make the possessive theirs)."""

    word: str
    span: Span
    subject: Referent
    between: tuple[Span, ...]


def _own_possessives(ctx: AuditContext) -> list[Owned]:
    """Possessives only the sentence's subject can own: after a verb of stance (“reiterated his commitment”),
    in a venue of speech (“in his speech”), or in an opening phrase about the subject (“For his part, the
    minister …”, “During his visit, she …”)."""
    def compute(ctx: AuditContext):
        doc, text, found = ctx.document, ctx.text, []
        for match in _POSSESSIVE_PRONOUN.finditer(text, max(0, doc.body.start - 1), doc.body.end):
            at = match.start("word")
            space = text.rfind(" ", max(0, at - 16), at - 1)
            if space < 0 and at > 16:
                continue  # a word of 15 letters or more (no space in reach): not one of the lists (slicing from 0 was quadratic)
            word = text[space + 1 : at - 1].lower()
            if word in _OWN_STANCE_SET:
                after = _STANCE_AFTER
            elif word in _VENUE_AFTER:
                after = _VENUE_AFTER[word]
            else:
                continue
            if not after.match(text, match.end()):
                continue
            span = Span(at, match.end())
            index = doc.sentence_of(span.start)
            subject = main_subject(ctx, index)
            if subject is None or ctx.inside_quote(span):
                continue
            if abs(span.start - subject.start) > _OWNER_REACH:
                continue  # too far apart to tell (and a bound on the work: no rescans of long sentences)
            if subject.start < span.start:
                gaps = [(subject.start + len(subject.text), span.start)]
            elif word == "for":  # "For his part, X": the part is X's, whoever came before
                gaps = [(span.end, subject.start)]
            else:  # "During his visit, X": someone in the sentence before may be the visitor
                before = max(prose_start(ctx, max(0, index - 1)), span.start - _OWNER_REACH)
                gaps = [(before, span.start), (span.end, subject.start)]
            # A gap can be empty or reversed where the subject overlaps the possessive or the prose
            # starts after it (a dateline before the first sentence): nothing lies between them then.
            between = tuple(Span(start, end) for start, end in gaps if start <= end)
            found.append(Owned(match["word"], span, subject, between))
        return found

    return ctx.memo("pronouns.own-possessives", compute)


@detector("pronoun.gender", "accuracy/mistranslation", Severity.MAJOR,
          "he/his for a woman just named, or she/her for a man: Spanish “su” and dropped subjects do not show gender.",
          languages=("en",))
def gender_agreement(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    reported: set[Span] = set()
    # A clause opening with he/she right after a sentence about a person of the other gender, nobody else in sight.
    for pronoun in subject_pronouns(ctx):
        gender = PRONOUN_GENDER.get(pronoun.word.lower())
        previous = previous_sentence(ctx, pronoun.index)
        if gender is None or previous is None:
            continue
        subject = _named_gender(ctx, main_subject(ctx, previous))
        if subject is None or subject.kind != PERSON or subject.gender in (None, gender):
            continue
        before = ctx.document.sentences[previous]
        if has_quotation(ctx, before):
            continue
        others = genders_in(ctx, prose_start(ctx, previous), pronoun.span.start, subject) - {subject.gender}
        if others or gender in genders_in(ctx, window_start(ctx, pronoun.index, back=5), pronoun.span.start):
            continue
        reported.add(pronoun.span)
        yield _gender_hit(pronoun.word, pronoun.span, subject.text, gender)
    # A possessive only the subject can own: “Delcy Rodríguez reiterated his commitment”, “she said in his speech”.
    for owned in _own_possessives(ctx):
        gender = PRONOUN_GENDER.get(owned.word.lower())
        subject = _named_gender(ctx, owned.subject)
        if gender is None or subject is None or subject.kind != PERSON or subject.gender in (None, gender):
            continue
        if any(genders_in(ctx, between.start, between.end, subject) - {subject.gender} for between in owned.between):
            continue
        reported.add(owned.span)
        yield _gender_hit(owned.word, owned.span, subject.text, gender)
    # “Ana Pastor: Vox is good for …”: the body goes on with her words; until anyone else is named, he/his is her.
    for span, word, speaker in _headline_speaker_pronouns(ctx):
        if word.lower() in PRONOUN_GENDER and span not in reported:
            reported.add(span)
            yield _gender_hit(word, span, speaker.text, PRONOUN_GENDER[word.lower()])
    # Further back and anywhere in a clause: only with other signs of a translation from Spanish, since
    # native writers slip on gender too and a referent may sit further back than we look.
    if origin_evident(ctx, "es"):
        for hit in _gender_anywhere(ctx):
            if hit.span not in reported:
                yield hit


# A headline that gives one person's words: “Ana Pastor: Vox is good for the PSOE”.
_HEADLINE_SPEAKER = re.compile(rf"(?P<name>{NAME}):\s+\S")


def _headline_speaker_pronouns(ctx: AuditContext) -> list[tuple[Span, str, Referent]]:
    """Pronouns that can only stand for the person whose words the headline gives (“Ana Pastor: …”) and that
    do not fit her: he/his/him for a woman, she/her for a man, and “it” saying something. Only up to the
    first other person named (a name, a title, a gendered noun), outside quotations, beside other signs of
    Spanish (natives write such headlines too, but restore no dropped subjects)."""
    def compute(ctx: AuditContext):
        doc, text = ctx.document, ctx.text
        if len(doc.paragraphs) < 2:
            return []
        headline = doc.paragraphs[0]
        line = headline.of(text)
        match = _HEADLINE_SPEAKER.match(text, headline.start, headline.end)
        if not match or "\n" in line.strip() or len(line.split()) > 20:
            return []
        name = match["name"]
        words = name.split()
        gender = gender_of(words[0])  # a first name opens it (title-case headlines make names of any words)
        if not 2 <= len(words) <= 4 or gender is None:
            return []
        if not origin_evident(ctx, "es"):
            return []
        start = doc.paragraphs[1].start
        stop = doc.body.end
        own = {w.lower() for w in words}
        for mention in mentions(text, match.end("name"), doc.body.end):  # the headline's own words too
            if {w.lower().removesuffix("’s").removesuffix("'s") for w in mention.text.split()} <= own:
                continue  # the speaker again (“Pastor”); “Hillary Clinton” after “Bill Clinton: …” is someone else
            mention = with_known_gender(ctx, mention)
            if mention.person or mention.gender or may_be_person(text, mention):
                stop = mention.start
                break
        speaker = Referent(name, match.start("name"), PERSON, gender)
        found = []
        for pronoun in SINGULAR_PRONOUN.finditer(text, start, stop):
            span = Span(pronoun.start(), pronoun.end())
            if PRONOUN_GENDER[pronoun["word"].lower()] != gender and not ctx.inside_quote(span):
                found.append((span, pronoun["word"], speaker))
        for it in _IT_SAYS.finditer(text, start, stop):
            span = Span(it.start("it"), it.end("it"))
            sentence = doc.sentences[doc.sentence_of(span.start)]
            opening = sentence.start == span.start
            if ctx.inside_quote(span) or not (opening or text.startswith(" that", it.end())):
                continue
            found.append((span, it["it"], speaker))
        # The body reports what the speaker says: a sentence opens with the pronoun and a verb of saying
        # (“He affirms …”). Without one the headline may be a column's byline (“Ann Coulter: …”).
        if not any(_SAYS_OPENING.match(text, doc.sentences[doc.sentence_of(span.start)].start)
                   and doc.sentences[doc.sentence_of(span.start)].start == span.start for span, _, _ in found):
            return []
        return sorted(found, key=lambda row: row[0].start)

    return ctx.memo("pronouns.headline-speaker", compute)


def _a_people(subject: Referent) -> bool:
    """“the Cuban people”: Spanish “el pueblo”, a subject it and he stand for in translations."""
    return subject.kind == PEOPLE and subject.text.lower().endswith(" people")


_NAME_AFTER_TITLE = re.compile(r",?\s")


def _named_gender(ctx: AuditContext, subject: Referent | None) -> Referent | None:
    """A title whose gender is unknown takes that of the name right after it (“the opposition deputy María
    Corina Machado”, “the minister, Ana Soto,”)."""
    if subject is None or subject.kind != PERSON or subject.gender is not None:
        return subject
    end = subject.start + len(subject.text)
    for mention in mentions(ctx.text, end, end + 60):
        if mention.start - end > 2 or not _NAME_AFTER_TITLE.fullmatch(ctx.text, end, mention.start):
            break
        gender = with_known_gender(ctx, mention).gender
        if gender:
            return Referent(ctx.text[subject.start : mention.start + len(mention.text)], subject.start, PERSON, gender)
    return subject


def _gender_hit(word: str, span: Span, referent: str, gender: str) -> Hit:
    return Hit(span, f"“{word}” for “{referent}”, who is {'a woman' if gender == 'm' else 'a man'}: "
                     "Spanish did not show the gender",
               f"“{_WRONG_GENDER[word.lower()]}” (or the name)", evidence=f"referent: {referent}",
               likely_source="su / (sujeto omitido)")


def _any_between(positions: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _gender_anywhere(ctx: AuditContext):
    from ..names import GENDERED_WORDS

    doc, text = ctx.document, ctx.text
    named: dict[str, list[int]] = {"f": [], "m": []}  # full names with a first name of known gender
    for at, gender, _ in gendered_names(ctx)[1]:
        named[gender].append(at)
    pronouns = [(m.start(), m.end(), m["word"]) for m in SINGULAR_PRONOUN.finditer(text, doc.body.start, doc.body.end)]
    pronoun_at = {g: [s for s, _, w in pronouns if PRONOUN_GENDER[w.lower()] == g] for g in ("f", "m")}
    for start, end, word in pronouns:
        gender = PRONOUN_GENDER[word.lower()]
        other = "f" if gender == "m" else "m"
        index = doc.sentence_of(start)
        window = window_start(ctx, index, back=3)
        wider = window_start(ctx, index, back=5)
        # Cheap looks first: nobody of this gender further back, someone of the other in the window (a full
        # name, else a gendered noun or title: looked for in the window only, as few pronouns get this far).
        if _any_between(named[gender], wider, start) or _any_between(pronoun_at[gender], wider, start):
            continue
        if not _any_between(named[other], window, start) and not any(
                GENDERED_WORDS.get(m.group(0).lower()) == other for m in GENDERED_NOUN.finditer(text, window, start)):
            continue
        span = Span(start, end)
        if ctx.inside_quote(span):
            continue
        candidates = _titles_named([with_known_gender(ctx, m) for m in mentions(text, window, start)], text)
        people = [m for m in candidates if m.person or m.gender]
        others = [m for m in candidates if not (m.person or m.gender) and may_be_person(text, m)]
        if not people or others:
            continue  # nobody named, or someone whose gender cannot be told
        genders = {m.gender for m in people}
        if None in genders or gender in genders:
            continue
        if any(with_known_gender(ctx, m).gender == gender for m in mentions(text, wider, start)):
            continue
        yield _gender_hit(word, span, people[-1].text, gender)


def _titles_named(candidates: list, text: str) -> list:
    """A title with no name takes the gender of the one named person it titles: “the senator” after “Senator
    Ana Pérez”, “the vice president, Delcy Rodríguez” or “the mayor of Bogotá, Claudia López” (an
    apposition), and a later title with the same head takes the gender found for the first (“the mayor”).
    Two named people who share the title leave it unknown."""
    named = [m for m in candidates if m.gender]
    by_head: dict[str, set[str]] = {}  # head noun of a title -> genders of the people it named
    resolved: list = []
    for mention in candidates:
        if mention.person and mention.gender is None and named:
            head = mention.text.split()[-1].lower()
            end = mention.start + len(mention.text)
            genders = {m.gender for m in named if head in m.text.lower().split()[:-1]
                       or (m.start > end and _APPOSITION.fullmatch(text, end, m.start))} or by_head.get(head, set())
            if not genders and _OPENS_SENTENCE.search(text, max(0, mention.start - 20), mention.start) \
                    and not _NAMES_ANOTHER.match(text, end) \
                    and not any(w.lower() in _NATIONALITY_WORDS for w in mention.text.split()):
                # “Delcy Rodríguez arrived. The vice president …”: the one person named before, nobody else.
                before = [m for m in resolved if m.person or m.gender or may_be_person(text, m)]
                if before and all(m.gender for m in before) and len({m.text.split()[-1] for m in before if m.gender}) == 1:
                    genders = {m.gender for m in before}
            if len(genders) == 1:
                mention = type(mention)(mention.text, mention.start, next(iter(genders)), True)
                by_head.setdefault(head, set()).add(mention.gender)
        resolved.append(mention)
    return resolved


# A title that opens its sentence (“The minister said”, “According to the minister,”): the one who acts.
_NAMES_ANOTHER = re.compile(r"\s+(?:of|from|for)\s+(?:the\s+)?[A-Z]")  # “the minister of Russia”: someone else
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n|[.!?]\s+(?:According to|Then|Later|Also|However|In addition),?\s+)$")


# Between a title and the name in apposition: a comma, after an “of …” complement naming a place or body.
_APPOSITION = re.compile(r"(?:\s+(?:of|for|in)\s+(?:the\s+)?[A-ZÁÉÍÓÚÑ][\w.’'-]*(?:\s+(?:(?:of|de|del|the|and)\s+)?[A-ZÁÉÍÓÚÑ][\w.’'-]*)*\s*)?,?\s*")
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
# “…, he said.” closing a sentence of reported speech.
_ATTRIBUTION_TAIL = re.compile(rf"\s+(?:(?:also|then|later|further|again)\s+)?(?:{_SPEECH}),")
_IT_VERB = re.compile(rf"(?:(?:Also|Likewise|Moreover|Furthermore|In addition|Then|Later|However|Finally),?\s+)?"
                      rf"(?P<it>It)\s+(?:(?:also|then|later|further|again|moreover)\s+)?(?:{_SPEECH})\b")
# “It highlights …”, “so it ensures that …”: “it” doing what the speaker does (mid-sentence, before “that”).
_SAYS_OPENING = re.compile(rf"(?:He|She|It)\s+(?:(?:also|then|later|further|again)\s+)?(?:{_SPEECH})\b")
_IT_SAYS = re.compile(rf"\b(?P<it>[Ii]t)\s+(?:(?:also|then|later|further|again)\s+)?(?P<verb>{_SPEECH})\b")
_SPEAKER = re.compile(rf"(?P<who>\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b|{NAME}|\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)"
                      rf"\s+(?:(?:also|then|later|further|again|has|had|will)\s+)?(?:{_SPEECH})\b")
_PERSON_PRONOUNS = frozenset(("he", "she"))
# What a person has and a plan, a law or a report has not: “its” before these is a person's “su”.
_PERSONAL_BELONGINGS = ("department|ministry|government|administration|team|party|country|office|portfolio|cabinet|"
                        "speech|words|remarks|statement|statements|opinion|view|views|position|stance|"
                        "family|wife|husband|children|son|daughter|career|term|mandate|visit|trip|tenure|predecessor|"
                        "successor|counterpart|lawyer|lawyers|defen[cs]e|supporters|followers|colleagues|administration|"
                        "intervention|message|address|account|willingness|commitment|gratitude|condolences")
_ITS_BELONGING = re.compile(rf"its\s+(?:{_PERSONAL_BELONGINGS})\b")  # the word start is checked in code
# Looked for just before such an “its” (a short window, not the whole text).
_SPEAKER_BEFORE_ITS = re.compile(rf"(?P<who>{NAME}|\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+"
                                 rf"(?:(?:also|then|later|further|again|has|had)\s+)?(?:{_SPEECH})\s+(?:that\s+)?$")
_SUBJECT = re.compile(
    rf"(?P<subject>(?:\b[Tt]he\s+)?{NAME}|\b[Tt]he\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(entities.ORGANISATIONS))}))\s+"
    rf"(?:(?:has|had|have|will|would|is|was|also|then|again|later)\s+)?(?:\w+ed|said|says|made|makes|is|was|has|had)\b")


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


_COLLECTIVES_WORDS = """right left opposition coalition movement bloc sector sectors regime ministry government
    executive party parties company firm agency office newspaper network country nation state city report study""".split()
_COLLECTIVES = frozenset(_COLLECTIVES_WORDS)
_OWNER_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(_COLLECTIVES_WORDS))}|{'|'.join(sorted(entities.ORGANISATIONS))})s?\b", re.I)


def _is_collective(words: str) -> bool:
    return words.lower().split()[-1] in _COLLECTIVES


@detector("pronoun.it-for-person", "accuracy/mistranslation", Severity.MAJOR,
          "“It said …”, “in its speech” or “the minister, which said” about a person: the subject, the “su” or the "
          "“que” Spanish left came back as a thing's.",
          languages=("en",))
def it_for_person(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    doc, text = ctx.document, ctx.text
    reported: set[Span] = set()
    for index, sentence in enumerate(doc.sentences):
        if not text.startswith(("It ", "Also", "Likewise", "Moreover", "Furthermore", "In addition", "Then", "Later",
                                "However", "Finally"), sentence.start):
            continue
        match = _IT_VERB.match(text, sentence.start, sentence.end)
        if not match:
            continue
        span = Span(match.start("it"), match.end("it"))
        if ctx.inside_quote(span):
            continue
        speaker = _last_speaker(ctx, window_start(ctx, index, back=3), span.start)
        if not speaker or not speaker[1]:
            continue
        # An institution named since that speaker may be what “it” means.
        if any(entities.is_institution(m.group(0)) or _is_collective(m.group(0))
               for m in _SUBJECT.finditer(text, text.find(speaker[0], window_start(ctx, index, back=3)), span.start)):
            continue
        reported.add(span)
        yield Hit(span, f"“It” stands for “{speaker[0]}”, a person: the Spanish subject was dropped",
                  "“he”, “she” or the name", evidence=f"last speaker: {speaker[0]}", likely_source="(sujeto omitido) + verbo")
    for span, word, named in _headline_speaker_pronouns(ctx):
        if word.lower() == "it" and span not in reported:
            yield Hit(span, f"“{word}” stands for “{named.text}”, whose words the headline gives: the Spanish subject "
                            "was dropped", "“he”, “she” or the name", evidence=f"headline speaker: {named.text}",
                      likely_source="(sujeto omitido) + verbo")
    # “Its” where only the person who is the subject can be the owner: “the minister said in its speech”.
    for owned in _own_possessives(ctx):
        subject = owned.subject
        if owned.word != "its" or subject.kind != PERSON:
            continue
        if any(_institution_between(ctx, between.start, between.end) for between in owned.between):
            continue
        yield Hit(owned.span, f"“its” for “{subject.text}”, a person: Spanish “su” does not show who owns it",
                  "“his”, “her” or “their”", evidence=f"subject: {subject.text}", likely_source="su")
    # “The minister explained that its department …”: the person just named is the only owner in sight.
    for its in _ITS_BELONGING.finditer(text, doc.body.start, doc.body.end):
        if its.start() and text[its.start() - 1].isalnum():
            continue
        match = _SPEAKER_BEFORE_ITS.search(text, max(doc.body.start, its.start() - 120), its.start())
        if not match:
            continue
        who, span = match["who"], Span(its.start(), its.start() + 3)
        if who.lower() in ("it", "they", "he", "she") or entities.is_institution(who) or _is_collective(who):
            continue
        if not any(m.person for m in mentions(text, match.start("who"), match.end("who"))) or ctx.inside_quote(span):
            continue
        window = window_start(ctx, doc.sentence_of(match.start()), back=2)
        if _OWNER_NOUN.search(text, window, match.start("who")) or any(
                entities.is_institution(m.text) or not may_be_person(text, m)
                for m in mentions(text, window, match.start("who")) if not m.person):
            continue  # a company, a country or a body that “its” may mean
        yield Hit(span, f"“its” for “{who}”, a person: Spanish “su” does not show who owns it",
                  "“his”, “her” or “their”", evidence=f"speaker: {who}", likely_source="su")
    # “the minister, which said …”: Spanish “que” is who and which alike.
    for match in _WHICH_SAID.finditer(text, doc.body.start, doc.body.end):
        person = _person_before(ctx, match.start())
        span = Span(match.start("which"), match.end("which"))
        if person and not ctx.inside_quote(span):
            yield Hit(span, f"“which” for “{person}”, a person: Spanish “que” does not tell who from which",
                      "“who”", evidence=f"antecedent: {person}", likely_source="que")


_WHICH_SAID = re.compile(rf",\s+(?P<which>which)\s+(?:(?:also|later|then)\s+)?(?:{_SPEECH_PAST_ONLY})\b")


def _person_before(ctx: AuditContext, at: int) -> str | None:
    """The person a noun phrase ending at ``at`` names ("the minister", "Foreign Minister Ana Soto"), if it does."""
    words = ctx.text[max(0, at - 80) : at].split()[-6:]
    if not words:
        return None
    noun = noun_kind(words[-1])
    if noun is not None:
        return " ".join(words[-2:]) if noun[0] == PERSON else None
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    if len(run) < 2 or name_kind(ctx, run, at - len(" ".join(run)), False)[0] != PERSON:
        return None  # a surname alone may be a firm's name
    return " ".join(run)


_SOMETHING = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts)\s+\w|\b[A-Z][\w.-]*\b")


def _institution_between(ctx: AuditContext, start: int, end: int) -> bool:
    """Whether something an “its” could mean (a noun with its article, an institution, a capitalised name)
    stands between."""
    for match in _SOMETHING.finditer(ctx.text, start, end):
        word = match.group(0)
        if not word[0].isupper() or " " in word or entities.is_institution(word) or word.isupper():
            return True
    return False


_VERB_FIRST = re.compile(
    rf"^(?:(?:Also|Likewise|Moreover|Furthermore|In addition|Besides|Then|Later|However|Finally|Similarly|Additionally),?\s+)?"
    rf"(?P<verb>(?i:{_SPEECH})\s+that\b|(?i:{_SPEECH_PAST_ONLY})\s+(?:the|how|his|her|its|their)\b"
    rf"|(?:Is|Was|Are|Were|Has been|Have been|Had been)\s+(?:a|an|the|not|also|very|necessary|"
    rf"important|one|part|time|possible|expected|essential|key|clear|urgent|vital|worth|about)\b"
    rf"|Will\s+(?!you\b|he\b|she\b|it\b|they\b|we\b|i\b|the\b|there\b|this\b|that\b)[a-z]+\b"
    # “Stressed during the meeting that the …”: the speech verb, a short phrase (no comma), then its clause.
    rf"|(?i:{_SPEECH_PAST_ONLY})\s+(?:in|on|at|during|to|before|after|from|via|through|with|this|last|yesterday|today|also)\b"
    rf"[^,.;:“\"]{{0,70}}?\s+that\s+(?:the|a|an|he|she|it|they|we|there|this|these|his|her|its|their|[A-Z]\w*)\b"
    # “In addition, participated in the forum …”: after an opening adverb, an action verb with no subject.
    rf"|(?:(?<=[Aa]lso )|(?<=, )|(?<=ly ))(?P<acted>(?!(?:{_SPEECH_PAST_ONLY})\b)(?:[a-z]{{3,}}ed|met|held|took|gave|made|signed|sent|went|came|led|spoke))"
    rf"\s+(?:in|at|with|to|the|a|an|his|her|their|its|on|that)\b)")
# An inverted passive opens like a dropped subject: “Also killed in the attack was …”.
_INVERTED_PASSIVE = re.compile(r"[^.;]{0,80}?\b(?:was|were)\b")
# A bare verb and "that" opening a sentence: Spanish "Recordó que" read as an imperative ("Recall that …").
# Native news has none outside quotations (polnear-train: one "Add that"); the commonest in English
# opinion writing wait for other signs of Spanish.
_IMPERATIVE_FIRST = re.compile(
    r"^(?P<verb>(?:Recall|Remember|Stress|Add|Highlight|Point out|Indicate|Assure|Ensure|Affirm|Reaffirm|Denounce|"
    r"Reiterate|Underline|Emphasi[sz]e|Specify|Clarify|Ratify|Question|Criticize|Criticise|Warn|Regret|Lament|Reproach|"
    r"Explain|Maintain|Insist|Acknowledge|Recogni[sz]e|Estimate|Argue|Detail|State|Declare|Assert|Comment|Announce|"
    r"Report|Mention|Express|Consider|Note)\s+that)\b")
_WEAK_IMPERATIVES = frozenset("remember add note consider".split())
# Present forms that are plural nouns too ("Remarks that her husband …", "Questions that remain …"): weak alone.
_NOUN_TOO = frozenset("""remarks comments questions claims demands details values notes states thanks regrets calls
    concludes proposes reproaches contrasts praises rejects""".split())


_FIRST_WORD = re.compile(r"[A-Za-z]+")
# The words such a sentence can open with (a cheap look before the regexes).
_VERB_FIRST_WORDS = frozenset(
    {v.split()[0] for v in _SPEECH.replace("emphasi[sz]ed", "emphasized|emphasised").replace(
        "emphasi[sz]es", "emphasizes|emphasises").split("|")}
    | set("also likewise moreover furthermore in besides then later however finally similarly additionally is was are "
          "were has have had will recall remember stress add highlight point indicate assure ensure affirm reaffirm "
          "denounce reiterate underline emphasize emphasise specify clarify ratify question criticize criticise warn "
          "regret lament reproach explain maintain insist acknowledge recognize recognise estimate argue detail state "
          "declare assert comment announce report mention express consider note".split()))


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
        first = _FIRST_WORD.match(text, sentence.start, sentence.end)
        if not first or first.group(0).lower() not in _VERB_FIRST_WORDS:
            continue
        body = sentence.of(text)
        if body.rstrip().endswith("?"):
            continue
        match = _VERB_FIRST.match(body)
        weak = match is not None and match["verb"].split()[0].lower() in _NOUN_TOO
        if not match:
            match = _IMPERATIVE_FIRST.match(body)
            weak = match is not None and match["verb"].split()[0].lower() in _WEAK_IMPERATIVES
        if not match:
            continue
        if weak:
            weak_ok = origin_evident(ctx, "es") if weak_ok is None else weak_ok
            if not weak_ok:
                continue
        verb = match["verb"]
        if match.groupdict().get("acted") and _INVERTED_PASSIVE.match(body, match.end()):
            continue
        at = sentence.start + match.start("verb")
        span = Span(at, at + len(verb.split()[0]))
        if ctx.inside_quote(span):
            continue
        yield Hit(span, f"the sentence opens with “{verb.split()[0]}” and has no subject: Spanish left it implicit",
                  "add the subject (“He said that…”, “It is a country that…”)", likely_source="(sujeto omitido)")
    yield from _date_then_act(ctx)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# “announced that the next December 1 will inaugurate the airport”: a date cannot act, so the clause after
# “that” has lost its subject (Spanish “anunció que el próximo 1 de diciembre inaugurará …”).
_DATE_THEN_ACT = re.compile(
    rf"\b(?:{_SPEECH})\s+that\s+(?P<when>(?:(?:on|in)\s+)?(?:the\s+)?(?:(?:next|coming|this|last)\s+)?"
    rf"(?:(?:{_MONTHS})\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?|{_DAYS}|tomorrow))"
    rf",?\s+(?P<verb>(?:will|would)\s+(?:also\s+)?(?:inaugurate|travel|visit|meet|sign|attend|present|announce|hold|"
    rf"participate|deliver|lead|receive|speak|address|go|return|submit|request|propose|appear|testify|join|host|"
    rf"chair|preside|tour|swear|take office|arrive|leave|depart|decree|inform)\b)")


_WORD_START = re.compile(r"\b\w")
_SPEECH_REACH = max(map(len, _SPEECH.split("|")))  # characters of the longest verb (an upper bound)


def _before_that(text: str, start: int, end: int):
    """Where _DATE_THEN_ACT can start: the words just before a whitespace run and “that”. Reading only
    those (rather than trying its long alternation of verbs at every word) gives the same matches. Yields
    where each such run starts (what \\s+(?=that\\s) finds), found with str.find: that regex is tried at
    every space of the text, many times slower."""
    at = text.find("that", start, end)
    while at >= 0:
        if at > start and text[at - 1].isspace() and at + 4 < end and text[at + 4].isspace():
            run = at - 1
            while run > start and text[run - 1].isspace():
                run -= 1
            yield run
        at = text.find("that", at + 1, end)


def _date_then_act_matches(text: str, start: int, end: int):
    """The matches of _DATE_THEN_ACT.finditer(text, start, end), found from the “that”s."""
    tried_until = reported_until = start
    for that in _before_that(text, start, end):
        for word in _WORD_START.finditer(text, max(tried_until, that - _SPEECH_REACH), that):
            tried_until = word.start() + 1
            if word.start() < reported_until:
                continue
            match = _DATE_THEN_ACT.match(text, word.start(), end)
            if match:
                reported_until = match.end()
                yield match


def _date_then_act(ctx: AuditContext):
    text, body = ctx.text, ctx.document.body
    for match in _date_then_act_matches(text, body.start, body.end):
        span = Span(match.start("verb"), match.end("verb"))
        if ctx.inside_quote(span):
            continue
        yield Hit(span, f"“{match['when']} {match['verb']}”: a date does not act; the clause after “that” lost "
                        "its subject, which Spanish left implicit",
                  f"add the subject: “… that {match['when']}, he {match['verb']} …” (or she, it, they)",
                  likely_source="(sujeto omitido) + futuro")


# “They arrest three men for …”: a headline in Spanish's impersonal plural (“Detienen a …”), nobody before it.
_THEY_HEADLINE = re.compile(r"They\s+(?!(?:are|were|have|had|will|would|can|could|may|might|must|should|do|did|said|say|"
                            r"know|knew|want|wanted|need|needed|all|both)\b)(?P<verb>[A-Za-z]+)\b")


@detector("pronoun.impersonal-they", "accuracy/mistranslation", Severity.MINOR,
          "A headline opening with “They” and a verb (“They arrest three men …”): Spanish's impersonal plural "
          "(“Detienen a …”), which English headlines put in the passive.", languages=("en",))
def impersonal_they(ctx: AuditContext):
    if not ctx.source_may_be("es"):
        return
    doc, text = ctx.document, ctx.text
    if not doc.paragraphs:
        return
    headline = doc.paragraphs[0]
    line = headline.of(text)
    if "\n" in line.strip() or line.rstrip().endswith((".", "!", "?", ":")) or len(line.split()) > 25:
        return  # not a headline: a lead paragraph, or a line that ends as a sentence does
    match = _THEY_HEADLINE.match(text, headline.start, headline.end)
    if not match:
        return
    yield Hit(Span(match.start(), match.start() + 4),
              f"“They {match['verb']}” with nobody before it: Spanish's impersonal plural in a headline",
              "the passive (“Three men arrested …”) or who acts (“Police arrest …”)",
              likely_source="(sujeto impersonal) detienen / ordenan …")


_NATIONALITIES = ("Cuban|Venezuelan|Mexican|Colombian|Argentine|Argentinian|Chilean|Peruvian|Bolivian|Ecuadorian|"
                  "Uruguayan|Paraguayan|Nicaraguan|Salvadoran|Guatemalan|Honduran|Panamanian|Dominican|Spanish|"
                  "Brazilian|Puerto Rican|Costa Rican|Haitian|Palestinian|American|Latin American|Caribbean|"
                  "Indigenous|indigenous|Basque|Catalan|Andean|Mapuche|Sahrawi|Saharawi|Ukrainian|Russian|Chinese")
_PEOPLE = re.compile(r"people(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:(?:and|,)\s+)?"
                     r"(?P<word>its|has|is|was|itself|does|remains|deserves|knows|wants|demands)\b")
# “the people” opening a clause: its subject, not “the impact on the people is”.
_THE_BEFORE = re.compile(rf"(?:^|[.;:,“\"(]\s*|\b(?:that|and|but|because|while|since|as|if|when|where)\s+)"
                         rf"[Tt]he\s+(?:(?:{_NATIONALITIES})\s+)?$")
_PLURAL = {"its": "their", "has": "have", "is": "are", "was": "were", "itself": "themselves", "does": "do",
           "remains": "remain", "deserves": "deserve", "knows": "know", "wants": "want", "demands": "demand"}
# “the Cuban people and its government”: “its” right after, whatever the clause.
_THE_PEOPLE_AND = re.compile(rf"\b[Tt]he\s+(?:(?:{_NATIONALITIES})\s+)people\s+(?:and|,)\s+its\b")
# “the police has”: Spanish “la policía” is singular, English “police” plural.
_POLICE = re.compile(r"police\s+(?:(?:also|then|later|already|still|never)\s+)?(?P<word>has|is|was|does|its|itself)\b")
# “It chose”, “It also took to the streets”, “It will vote”: it doing what only people do (not “It is clear”).
_IT_ACTS = re.compile(r"It\s+(?:(?:also|then|later|again|once again|finally)\s+)?"
                      r"(?:(?!(?:seemed|appeared|remained|needed|happened|mattered|used|added up|ended)\b)[a-z]{3,}ed"
                      r"|chose|went|took|gave|made|said|told|won|fought|rose|came|stood|will\s+(?!be\b)[a-z]+)\b")
_THE_POLICE = re.compile(r"\b[Tt]he\s+(?:(?:[A-Z][\w-]*|national|local|federal|state|military|riot|municipal)\s+){0,2}$")


@detector("pronoun.number", "accuracy/mistranslation", Severity.MINOR,
          "“the people … its/has”, “the police has”: Spanish “el pueblo”, “la policía” are singular, English plural; "
          "“their” for one person (Spanish “su”).",
          languages=("en",))
def number_agreement(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    text, body = ctx.text, ctx.document.body
    for match in _PEOPLE.finditer(text, body.start, body.end):
        if match.start() and text[match.start() - 1].isalnum():
            continue
        if not _THE_BEFORE.search(text, max(0, match.start() - 60), match.start()) and not (
                match["word"] == "its" and _THE_PEOPLE_AND.search(text, max(0, match.start() - 40), match.end())):
            continue  # “a people has” is a nation, and singular
        word = match["word"]
        yield Hit(Span(match.start("word"), match.end("word")),
                  f"“{word}” treats “people” as singular, as Spanish “el pueblo”", f"“{_PLURAL[word]}”",
                  likely_source="el pueblo … su / ha")
    # “The Venezuelan people expressed its support”: the stance “su” of a people, singular.
    for owned in _own_possessives(ctx):
        if owned.word == "its" and _a_people(owned.subject) and not owned.subject.text.lower().startswith("a "):
            yield Hit(owned.span, f"“its” for “{owned.subject.text}”: Spanish “el pueblo” is singular, English “people” plural",
                      "“their”", evidence=f"subject: {owned.subject.text}", likely_source="el pueblo … su")
    # “Minister Ana Pérez reiterated their commitment”: Spanish “su” for one person, as “their”.
    for owned in _own_possessives(ctx):
        subject = owned.subject
        if owned.word != "their" or subject.kind != PERSON or subject.text.lower() in ("he", "she"):
            continue
        if any(people_in(ctx, between.start, between.end, subject) for between in owned.between):
            continue
        yield Hit(owned.span, f"“their” for “{subject.text}”, one person: Spanish “su” does not show the number",
                  f"“{'his' if subject.gender == 'm' else 'her' if subject.gender == 'f' else 'his or her'}”",
                  evidence=f"subject: {subject.text}", likely_source="su")
    # “The Bolivian people voted on Sunday. It chose …”: the subject Spanish dropped came back singular.
    doc = ctx.document
    for index, sentence in enumerate(doc.sentences):
        if not text.startswith("It ", sentence.start) or not doc.body.contains(sentence):
            continue
        if not _IT_ACTS.match(text, sentence.start, sentence.end):
            continue
        previous = previous_sentence(ctx, index)
        if previous is None:
            continue
        people = main_subject(ctx, previous)
        if people is None or not _a_people(people) or has_quotation(ctx, doc.sentences[previous]):
            continue
        span = Span(sentence.start, sentence.start + 2)
        if ctx.inside_quote(span):
            continue
        yield Hit(span, f"“It” for “{people.text}”: Spanish “el pueblo” is singular, English “people” plural",
                  "“They”", evidence=f"subject of the sentence before: {people.text}",
                  likely_source="(sujeto omitido: el pueblo)")
    weak_ok = None
    for match in _POLICE.finditer(text, body.start, body.end):
        if not _THE_POLICE.search(text, max(0, match.start() - 40), match.start()):
            continue
        weak_ok = origin_evident(ctx, "es") if weak_ok is None else weak_ok
        if not weak_ok:
            break  # a slip natives make too: only beside other signs of Spanish
        word = match["word"]
        yield Hit(Span(match.start("word"), match.end("word")),
                  f"“{word}” treats “police” as singular, as Spanish “la policía”", f"“{_PLURAL[word]}”",
                  likely_source="la policía … su / ha")


# “You don't understand them”: Spanish impersonal “se” (“No se les entiende”) rendered as the reader's “you”.
_IMPERSONAL_YOU = re.compile(
    r"You\s+(?P<verb>(?:don['’]t|do not|can['’]t|cannot|can|could|couldn['’]t|could not|must|have to)\s+"
    r"(?:understand|see|know|hear|say|believe|imagine|explain|deny|ignore|forget|speak|talk|live|work|breathe|"
    r"trust|expect|rule out|accept|allow|tolerate|permit|deny)\b)")


@detector("pronoun.impersonal-you", "accuracy/mistranslation", Severity.MINOR,
          "A sentence of news prose opening “You cannot understand …” outside quotations: Spanish impersonal “se” "
          "(“No se entiende …”) rendered as the reader's “you”.", languages=("en",))
def impersonal_you(ctx: AuditContext):
    text, doc = ctx.text, ctx.document
    if "You " not in text or not origin_evident(ctx, "es"):
        return  # opinion writing addresses its reader: only beside other signs of Spanish
    starts = [s.start for s in doc.sentences if doc.body.contains(s)]
    if doc.paragraphs:  # a headline giving someone's point: “Minister on the strike: You cannot negotiate”
        headline = doc.paragraphs[0]
        colon = text.find(": You ", headline.start, headline.end)
        if colon >= 0 and "\n" not in headline.of(text).strip():
            starts.append(colon + 2)
    for start in starts:
        if not text.startswith("You ", start):
            continue
        match = _IMPERSONAL_YOU.match(text, start)
        if not match:
            continue
        span = Span(match.start(), match.start() + 3)
        if ctx.inside_quote(span):
            continue
        yield Hit(span, f"“You {match['verb']}” in news prose: Spanish impersonal “se” read as the reader's “you”",
                  "an impersonal English form: “It is impossible to …”, “There is no …”, or a passive",
                  likely_source="no se (les) entiende / no se puede")
