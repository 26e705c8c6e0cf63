"""What the sentences of an article are about, for the pronoun checks (detectors/pronouns.py).

Each sentence's main subject (after a dateline and an opening phrase: "Havana, May 1 (Prensa Latina)
In a message, the minister …") and what kind of thing it is (a person and the gender the text shows,
people, an institution, a thing); the people named or described in a stretch of text; the genders
first names, titles and surnames traced back to full names show; subject pronouns at a clause start.
Everything is computed once per audit, on demand, and kept in the AuditContext's cache.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import entities
from ..alternation import trie_regex
from ..cues import SPEECH_VERBS
from ..datamodel import Span
from ..quotation_marks import NAME, NAME_GAP
from . import AuditContext

PERSON, PEOPLE, INSTITUTION, THING = "person", "people", "institution", "thing"


@dataclass(frozen=True)
class Referent:
    """What a clause is about: its words, where they start, what kind of thing it is and, for a person, the gender."""

    text: str
    start: int
    kind: str  # PERSON, PEOPLE, INSTITUTION or THING
    gender: str | None = None


# ---------------------------------------------------------------- where a clause's subject starts

# "Havana, May 1 (Prensa Latina)", "HAVANA, Cuba.-", "LIMA (EFE) —": a dateline before the first subject.
_DATELINE = re.compile(
    r"(?:[A-ZÁÉÍÓÚÑ][^\n(),.;]{1,30},[^\n();]{1,40}?\([A-Z][^()\n]{1,30}\)"
    r"|[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .]{2,30}(?:,\s*[A-Z][\w ]{1,20})?(?:\s*\([A-Z][^()\n]{1,30}\))?(?=\s*\.?\s?[-–—:]))"
    r"\s*\.?\s?[-–—:]*\s*")
# Words that open a phrase before the subject ("In a message on Twitter, the minister …").
_LEAD_WORDS = frozenset("""in on at during after before for with without according referring regarding concerning
    following despite since as when while upon through by from among amid amidst under over within against unlike
    like although though because until once if whereas given faced asked speaking addressing questioned interviewed
    quoted referring commenting responding talking writing answering reacting considering noting recalling
    explaining stressing highlighting emphasizing emphasising pointing adding citing describing insisting
    having being based meanwhile also likewise moreover furthermore however similarly additionally besides finally later then
    earlier previously yesterday today recently subsequently nevertheless nonetheless still thus therefore hence
    indeed instead otherwise accordingly consequently afterwards now so yet""".split())
# Single adverbs that may stand before the subject without a comma ("Later he said …").
_CONNECTIVES = frozenset("""also likewise moreover furthermore however similarly additionally besides finally later then
    earlier previously yesterday today recently subsequently nevertheless nonetheless still thus therefore meanwhile
    afterwards now""".split())
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday week weekend month year morning afternoon
    evening night time times january february march april may june july august september october november december
    decade century summer winter spring autumn fall""".split())
_TIMED = frozenset("this last next several every each early late".split())
_NOT_OPENING = frozenset("family italy july kelly ally".split())
_STOPS = re.compile(r"[.;:!?“”\"]")
_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñü]+")
_SPACES = re.compile(r",?\s+")


def prose_start(ctx: AuditContext, index: int) -> int:
    """Where sentence ``index`` starts, after a dateline ("Havana, May 1 (Prensa Latina)") if it opens with one."""
    text, sentence = ctx.text, ctx.document.sentences[index]
    if sentence.start == ctx.document.paragraphs[ctx.document.paragraph_of(sentence.start)].start:
        dateline = _DATELINE.match(text, sentence.start, min(sentence.end, sentence.start + 100))
        if dateline and dateline.end() < sentence.end:
            return dateline.end()
    return sentence.start


def clause_start(ctx: AuditContext, index: int) -> int | None:
    """Where the subject of sentence ``index`` starts, after a dateline and an opening phrase; None when
    an opening phrase has no comma to end it (no subject can be told)."""
    cache = ctx.cache.setdefault("pronouns.clause-start", {})
    if index not in cache:
        cache[index] = _clause_start(ctx, index)
    return cache[index]


def _clause_start(ctx: AuditContext, index: int) -> int | None:
    text, end = ctx.text, ctx.document.sentences[index].end
    at = prose_start(ctx, index)
    for _ in range(2):  # "Also, in a message, he …"
        first = _WORD.match(text, at, end)
        if not first:
            return at
        word = first.group(0).lower()
        gap = _SPACES.match(text, first.end(), end)
        following = _WORD.match(text, gap.end(), end) if gap else None
        timed = word in _TIMED and following is not None and following.group(0).lower() in _TIME_WORDS
        # An adverb in -ly opens a phrase when a comma follows it ("Unfortunately, …"; not "Italy").
        opening = word in _LEAD_WORDS or timed or (
            word.endswith("ly") and text.startswith(",", first.end()) and word not in _NOT_OPENING)
        if not opening:
            return at
        comma = text.find(",", at, min(end, at + 160))
        if comma < 0 or _STOPS.search(text, at, comma):
            if word in _CONNECTIVES and gap:  # "Later he said"
                at = gap.end()
                continue
            return None
        at = comma + 1
        while at < end and text[at].isspace():
            at += 1
    return at


# ---------------------------------------------------------------- what a subject is

_DETERMINERS = frozenset("the a an this that these those its his her their our both all some several many most each "
                         "every another".split())
_STOP = frozenset("""of for in from at on with to who which that whose whom and or but , ( ) ; : — – - said says
    has have had is are was were will would can could may might must should also then already today yesterday""".split())
_INSTITUTION_NOUNS = frozenset((entities.ORGANISATIONS - {"white", "house", "downing", "street", "who"}) | frozenset(
    """government executive ministry regime country nation state republic assembly council parliament congress senate
    presidency chancellery office embassy consulate administration authority agency institute organization
    organisation body bureau court tribunal commission committee board party coalition alliance union federation
    confederation company firm corporation bank fund network newspaper daily outlet station channel broadcaster
    website site portal agency island city town province region municipality county department directorate
    secretariat cabinet army navy military police ministry kremlin pentagon""".split()))
_PERSON_COLLECTIVE = frozenset("""opposition delegation team leadership family crowd right left youth people public
    community majority minority""".split())
_PLURAL_PEOPLE = frozenset("people men women police staff children".split())
_TOKEN = re.compile(r"[\w’'.-]+|[,()]")
_POSSESSIVE = ("’s", "'s")
_QUOTE_MARKS = frozenset("\"“”«»‘'„")
_COORDINATED = re.compile(r",?\s+(?:and|&)\s+(?:[A-ZÁÉÍÓÚÑ]|the\b|his\b|her\b|other\b)")


def main_subject(ctx: AuditContext, index: int) -> Referent | None:
    """The subject of sentence ``index``'s main clause (cached); None when it cannot be told."""
    cache = ctx.cache.setdefault("pronouns.subject", {})
    if index not in cache:
        start = clause_start(ctx, index)
        cache[index] = None if start is None else _subject_at(ctx, start, ctx.document.sentences[index].end)
    return cache[index]


def _subject_at(ctx: AuditContext, at: int, end: int) -> Referent | None:
    text = ctx.text
    if at >= end or text[at] in _QUOTE_MARKS:
        return None  # a quotation opens the sentence: its speaker comes later, if at all
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(text, at, min(end, at + 200))][:14]
    if not tokens:
        return None
    word, start = tokens[0]
    lower = word.lower()
    if lower in ("he", "she"):
        return Referent(word, start, PERSON, "m" if lower == "he" else "f")
    if lower == "it":
        return Referent(word, start, THING)
    if lower in ("they", "we", "i", "you"):
        return Referent(word, start, PEOPLE)
    i = 0
    while i < len(tokens) and tokens[i][0].lower() in _DETERMINERS:
        i += 1
    if i == len(tokens):
        return None
    subject = (_capitalised_subject if tokens[i][0][:1].isupper() else _common_noun_subject)(ctx, tokens, i, end)
    if subject is not None and subject.kind == PERSON and _COORDINATED.match(text, subject.start + len(subject.text)):
        return Referent(subject.text, subject.start, PEOPLE)  # "Obama and Hollande": two people, no gender
    return subject


def _capitalised_subject(ctx: AuditContext, tokens: list[tuple[str, int]], i: int, end: int) -> Referent | None:
    """A name or a capitalised description: "Cuban Foreign Minister Bruno Rodríguez", "The Ministry of Health"."""
    text = ctx.text
    words = []
    j = i
    while j < len(tokens):
        word = tokens[j][0]
        if word[:1].isupper() or word in ("of", "de", "del", "la", "for") and j + 1 < len(tokens) and tokens[j + 1][0][:1].isupper():
            words.append(word)
        else:
            break
        j += 1
    start = tokens[i][1]
    owner = max((k for k, w in enumerate(words) if w.endswith(_POSSESSIVE)), default=-1)
    if owner >= 0 and owner + 1 < len(words) and words[-1] in _OFFICE_WORDS:  # "the Prosecutor's Office"
        return Referent(text[start : tokens[j - 1][1] + len(tokens[j - 1][0])], start, INSTITUTION)
    if owner >= 0:  # "Marrero's administration", "Cuba's Foreign Ministry": whose, then what
        if name_kind(ctx, words[: owner + 1], start, i == 0)[0] != INSTITUTION:
            return Referent(text[start : tokens[j - 1][1] + len(tokens[j - 1][0])], start, THING)  # someone's
        words = words[owner + 1 :]
        if not words:
            rest = _common_noun_subject(ctx, tokens, j, end)
            return rest and Referent(text[start : rest.start + len(rest.text)], start, rest.kind, rest.gender)
    # Common nouns right after ("the US government", "Cuban government spokesman") are the head.
    head = _head_noun(tokens, j)
    if head is not None:
        k, (kind, gender) = head
        return _person(ctx, tokens, start, k + 1, kind, gender)
    named = words[: words.index("of")] if "of" in words else words
    kind, gender = name_kind(ctx, named, start, i == 0)
    return _person(ctx, tokens, start, j, kind, gender)


_OFFICE_WORDS = frozenset(("Office", "Department", "Bureau", "Service"))


def _head_noun(tokens: list[tuple[str, int]], j: int) -> tuple[int, tuple[str, str | None]] | None:
    """The last of the nouns that tell a kind from token j on ("government spokesman" → spokesman)."""
    found = None
    while j < len(tokens):
        noun = noun_kind(tokens[j][0])
        if noun is None:
            break
        found = (j, noun)
        j += 1
    return found


def _common_noun_subject(ctx: AuditContext, tokens: list[tuple[str, int]], i: int, end: int) -> Referent | None:
    """'the Cuban government', 'the minister of the sector', 'the deputies': the head noun, after its modifiers."""
    for j in range(i, min(len(tokens), i + 5)):
        word = tokens[j][0]
        if word.lower() in _STOP:
            break
        if word.endswith(_POSSESSIVE):
            owner = noun_kind(word[:-2])
            if owner and owner[0] != INSTITUTION:
                break  # "the president's office": a person is in play
            continue
        head = _head_noun(tokens, j)
        if head is not None:
            k, (kind, gender) = head
            return _person(ctx, tokens, tokens[i][1], k + 1, kind, gender)
    return Referent(tokens[i][0], tokens[i][1], THING)


@lru_cache(maxsize=4096)
def noun_kind(word: str) -> tuple[str, str | None] | None:
    """(kind, gender) of a common noun that tells what a subject is, else None. A plural institution
    ("the parties") is a THING here: never what he, she or it means."""
    from ..names import GENDERED_WORDS

    lower = word.lower().strip(".,")
    if lower in _PERSON_COLLECTIVE:
        return PEOPLE, None
    if lower in _PLURAL_PEOPLE:
        return PEOPLE, None
    if lower in _INSTITUTION_NOUNS:
        return INSTITUTION, None
    if lower in _PERSON_NOUN_SET or lower in GENDERED_WORDS or lower in entities.ROLE_NOUNS and not lower.endswith("s"):
        return PERSON, GENDERED_WORDS.get(lower)
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else ""
    if singular in _INSTITUTION_NOUNS:
        return THING, None
    if singular in _PERSON_NOUN_SET or singular in entities.ROLE_NOUNS or lower in entities.ROLE_NOUNS:
        return PEOPLE, None
    return None


def name_kind(ctx: AuditContext, words: list[str], start: int, opens: bool) -> tuple[str, str | None]:
    """Whether a capitalised phrase names a person (and the gender it shows), an institution or something
    else. ``opens``: the phrase opens the clause, so its first capital may be the sentence's."""
    from ..names import GENDERED_WORDS, gender_of, is_first_name

    clean = [w.strip(".,;:").removesuffix("’s").removesuffix("'s") for w in words]
    clean = [w for w in clean if w]
    if not clean:
        return THING, None
    lowered = [w.lower() for w in clean]
    last = lowered[-1]
    first_names = [w for w in clean[:-1] if is_first_name(w)]
    gender: str | None = next((GENDERED_WORDS[w] for w in lowered if w in GENDERED_WORDS), None)
    if not gender:
        gender = next((g for g in map(gender_of, first_names) if g), None)
    if len(clean) == 1 and opens and (kind := noun_kind(clean[0])):  # "Authorities said", "Police arrested"
        return kind
    if last in _PERSON_NOUN_SET or last in GENDERED_WORDS or last in entities.ROLE_NOUNS and not last.endswith("s"):
        return PERSON, gender
    if last in _INSTITUTION_NOUNS:
        return INSTITUTION, None
    if first_names or any(w in entities.NAME_TITLES or w in GENDERED_WORDS or w in _PERSON_NOUN_SET for w in lowered):
        if not gender and not first_names:  # "Minister Rodríguez": the full name given before may tell
            gender = surname_gender(ctx, clean[-1], start)
        return PERSON, gender
    if len(clean) == 1:
        if entities.is_institution(clean[0]) or (clean[0].isupper() and len(clean[0]) >= 2):
            return INSTITUTION, None  # a country, a city, an acronym (UN, PSUV)
        gender = surname_gender(ctx, clean[0], start)
        return (PERSON, gender) if gender else (THING, None)
    if entities.is_institution(" ".join(clean)) or any(w in _NOT_PERSON_WORDS for w in lowered):
        return INSTITUTION, None
    return THING, None


def _appositive(ctx: AuditContext, tokens: list[tuple[str, int]], j: int) -> tuple[str | None, int]:
    """'The Minister of Foreign Affairs, Bruno Rodríguez, said': the gender the name after the description
    shows, and where that name ends (or None and where the description ends)."""
    from ..names import gender_of

    end = tokens[j - 1][1] + len(tokens[j - 1][0])
    if j < len(tokens) and tokens[j][0] in ("of", "for"):  # "of the senate", "of Foreign Affairs"
        k = j + 1
        while k < min(len(tokens), j + 6) and tokens[k][0] != ",":
            k += 1
        j = k
    if j + 2 < len(tokens) and tokens[j][0] == "," and gender_of(tokens[j + 1][0]):
        k = j + 2
        while k < len(tokens) and tokens[k][0][:1].isupper():
            k += 1
        return gender_of(tokens[j + 1][0]), tokens[k - 1][1] + len(tokens[k - 1][0])
    return None, end


def _person(ctx: AuditContext, tokens: list[tuple[str, int]], start: int, j: int, kind: str, gender: str | None) -> Referent:
    """The referent for the words from ``start`` to token ``j`` (excluded), with an appositive name's gender."""
    end = tokens[j - 1][1] + len(tokens[j - 1][0])
    if kind == PERSON and not gender:
        gender, end = _appositive(ctx, tokens, j)
    return Referent(ctx.text[start:end], start, kind, gender)


# ---------------------------------------------------------------- genders the text shows

@lru_cache(maxsize=1)
def _first_name_regex() -> re.Pattern:
    """Known first names of one gender, as written (with and without accents), followed by a surname."""
    from importlib import resources

    from ..names import fold, gender_of

    text = resources.files("transcompare.data").joinpath("first_names.txt").read_text("utf-8")
    names = set()
    for word in text.split():
        if word[:1].isupper() and word.isalpha() and gender_of(word):
            names.update({word, fold(word).capitalize()})
    # No \b before: a pattern opening with a set of capitals is scanned fast; the word boundary is checked in code.
    return re.compile(rf"(?P<first>{trie_regex(names)})"
                      rf"(?P<rest>(?:{NAME_GAP}(?:(?:de|del|la|los){NAME_GAP})?[A-ZÁÉÍÓÚÑ][\w’'-]+){{1,3}})")


_WORD_BEFORE = re.compile(r"(\S+)[^\S\r\n]+\Z")


def gendered_names(ctx: AuditContext) -> tuple[list[int], list[tuple[int, str, str]]]:
    """(positions, [(position, gender, full name)]) of every full name with a first name of known gender."""
    def compute(ctx: AuditContext):
        found = []
        text, body = ctx.text, ctx.document.body
        pattern, at = _first_name_regex(), body.start
        while match := pattern.search(text, at, body.end):
            at = match.end()
            if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "’'-"):
                continue
            word_before = _WORD_BEFORE.search(text, max(body.start, match.start() - 12), match.start())
            if entities.in_place_name(word_before[1] if word_before else "", match["rest"].split()[0]):
                at = match.start("rest")  # West Virginia, Virginia Beach: a place; a name may follow
                continue
            gender = _first_name_gender(match["first"])
            if gender:
                found.append((match.start(), gender, match.group(0)))
        return [f[0] for f in found], found

    return ctx.memo("pronouns.gendered-names", compute)


def surname_gender(ctx: AuditContext, surname: str, before: int) -> str | None:
    """The gender of the person last named in full with this surname before ``before`` ("Ana Pastor" … "Pastor");
    None when nobody was, or people of both genders were (Bill and Hillary Clinton)."""
    entry = ctx.memo("pronouns.surnames", _surname_index).get(surname)
    if entry is None:
        return None
    positions, genders = entry
    i = bisect.bisect_left(positions, before)
    return genders[i - 1] if i else None


def _surname_index(ctx: AuditContext) -> dict[str, tuple[list[int], list[str | None]]]:
    """surname -> (positions of its full names, the gender told by all full names up to each: None once both)."""
    seen: dict[str, tuple[list[int], list[str | None]]] = {}
    for at, gender, name in gendered_names(ctx)[1]:
        for word in name.split()[1:]:
            word = word.removesuffix("’s").removesuffix("'s")
            if word[:1].isupper():
                positions, genders = seen.setdefault(word, ([], []))
                positions.append(at)
                genders.append(gender if not genders or genders[-1] == gender else None)
    return seen


@lru_cache(maxsize=8192)
def _first_name_gender(word: str) -> str | None:
    from ..names import gender_of

    return gender_of(word)


# ---------------------------------------------------------------- people in sight

_PERSON_NOUNS = ("president|minister|chancellor|secretary|senator|governor|mayor|spokesman|spokeswoman|"
                 "spokesperson|leader|ambassador|deputy|official|director|head|chief|judge|prosecutor|"
                 "candidate|lawmaker|legislator|congressman|congresswoman|vice-president|vice president|"
                 "commander|general|representative|man|woman|activist|lawyer|journalist|doctor|expert|"
                 "dignitary|president-elect|vice-chancellor|foreign minister|diplomat|envoy|coordinator")
_PERSON_NOUN_SET = frozenset(_PERSON_NOUNS.split("|"))
_NAME_MENTION = re.compile(NAME)
_SENTENCE_BREAK = re.compile(r"(?<=[a-zá-ú]{2})\.\s(?=[A-ZÁÉÍÓÚÑ])")
# A person noun used as an adjective ("a general strike", "a minor injury") names nobody.
_NOUN_AS_ADJECTIVE = (r"(?!\s+(?:strike|strikes|election|elections|assembly|assemblies|budget|public|population|interest|"
                      r"council|meeting|agreement|fund|injury|injuries|offence|offense|offences|offenses|role|issue|"
                      r"issues|change|changes|party|parties|league|leagues)\b)")
_NOUN_MENTION = re.compile(rf"(?:[Tt]he|[Aa]n?){NAME_GAP}(?:[\w-]+{NAME_GAP}){{0,2}}?(?P<noun>{_PERSON_NOUNS})\b"
                           rf"{_NOUN_AS_ADJECTIVE}")
# The word boundary before is a lookbehind after the first letter, so the search skips to h and s in C.
SINGULAR_PRONOUN = re.compile(
    r"(?P<word>[HhSs](?<!\w.)(?:(?<=[Hh])(?:e(?:r(?:self)?)?|i(?:s|m(?:self)?))|(?<=[Ss])he))\b(?!['’]\w)")
PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
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
                   "lady mrs ms mr presidenta ministra").split()
# Case-sensitive, in both cases, so the regex starts with its letters (fast) rather than re.I.
GENDERED_NOUN = re.compile(rf"\b(?:{trie_regex({*_GENDERED_NOUNS, *(w.capitalize() for w in _GENDERED_NOUNS)})})(?![\w’'-])")


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
    names = []
    for match in _NAME_MENTION.finditer(text, start, end):
        at = match.start()
        for piece in _SENTENCE_BREAK.split(match.group(0)):  # "Beijing. During": two sentences' words
            names.append((piece, at))
            at += len(piece) + 2
    for name, at in names:
        described = describe_name(name)
        if described is None:
            continue
        gender, person = described
        if gender is None:  # a title just before may tell: "Mrs. Reyes", "spokeswoman Ana"
            before = text[max(0, at - 25) : at].split()
            word = before[-1].lower() if before else ""
            if word.rstrip(".") in entities.TITLES or word in GENDERED_WORDS or word.rstrip(".") in _PERSON_NOUN_SET:
                gender, person = GENDERED_WORDS.get(word), True
        found.append(Mention(name, at, gender, person))
    for match in GENDERED_NOUN.finditer(text, start, end):
        found.append(Mention(match.group(0), match.start(), GENDERED_WORDS.get(match.group(0).lower()), True))
    return sorted(found, key=lambda m: m.start)


@lru_cache(maxsize=4096)
def describe_name(name: str) -> tuple[str | None, bool] | None:
    """(gender, surely a person) for a capitalised name; None when it is not a person."""
    from ..names import GENDERED_WORDS, gender_of, is_first_name

    words = [w.strip(".,;:’'") for w in name.split()]
    words = [w.removesuffix("’s").removesuffix("'s") for w in words if w]
    while words and words[0].lower() in _NOT_A_PERSON:  # "When Prime Minister …": the sentence's first word
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    title_words = [w for w in words if w.lower().rstrip(".") in entities.TITLES or w.lower() in GENDERED_WORDS]
    if entities.is_institution(name) and not title_words:
        return None
    # A first name in a place name (West Virginia, San Antonio, Virginia Beach) is no person's: the words of the
    # place go, and a name that is only a place is none.
    place = set()
    for k, word in enumerate(words):
        before, after = words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""
        if is_first_name(word) and entities.in_place_name(before, after):
            place.update({k, k - 1} if before.lower().rstrip(".") in entities.PLACE_NAME_BEFORE else {k, k + 1})
    if place:
        words = [w for k, w in enumerate(words) if k not in place]
        if not words:
            return None
    first_name = len(words) >= 2 and is_first_name(words[0])
    # A title tells the gender only when it is a gendered word (Mrs., spokeswoman); a first name, by itself.
    gender = next((GENDERED_WORDS[w.lower()] for w in title_words if w.lower() in GENDERED_WORDS), None)
    if not gender and first_name:
        gender = gender_of(words[0])
    if not gender:  # "Foreign Minister Bruno Rodríguez": the first name after the title
        gender = next((g for g in (gender_of(w) for w in words[1:-1] if is_first_name(w)) if g), None)
        first_name = first_name or gender is not None
    return gender, first_name or bool(title_words)


def with_known_gender(ctx: AuditContext, mention: Mention) -> Mention:
    """A lone surname takes the gender of the full name it was introduced with."""
    name = mention.text.removesuffix("’s").removesuffix("'s")
    if mention.gender or " " in name:
        return mention
    gender = surname_gender(ctx, name, mention.start)
    return Mention(mention.text, mention.start, gender, True) if gender else mention


# Words that make a capitalised phrase an institution or an office, not a person.
_NOT_PERSON_WORDS = frozenset("""group party congress presidency bureau council assembly court ministry regulations
    constitution house senate union front movement agency office department commission committee government state
    republic nation national popular socialist democratic republican first vice prime general federal central
    supreme constitutional electoral international european american bank fund forces army police university
    institute foundation association federation organization organisation network company corporation table
    summit conference forum day week law act plan program programme project campaign coalition alliance
    platform board chamber parliament cabinet secretariat embassy consulate tribunal prosecutor's""".split())


def _nationality_words() -> frozenset[str]:
    from .capitalisation import NATIONALITIES

    return frozenset(NATIONALITIES) | frozenset(w + "s" for w in NATIONALITIES)


_NATIONALITY_WORDS = _nationality_words()


_AFTER_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|near|across|towards?)\s+$")


def may_be_person(text: str, mention: Mention) -> bool:
    """Whether a name whose gender is unknown may be a person, and so may be who a pronoun means.

    One word alone ("Vox", "Sanders") counts only after a title: a person's surname has
    usually come with a first name earlier, and then it has a gender (see with_known_gender)."""
    words = mention.text.split()
    while words and words[0].lower() in _NOT_A_PERSON:
        words = words[1:]
    if not words or mention.text.isupper() or any(_bare(w) in _NOT_PERSON_WORDS for w in words):
        return False
    if len(words) == 1 and _bare(words[0]) in _NATIONALITY_WORDS:
        return False
    if _AFTER_PLACE_PREPOSITION.search(text, max(0, mention.start - 8), mention.start):
        return False  # in Buenos Aires, to San José: a place
    if len(words) > 1:
        return True
    before = text[max(0, mention.start - 25) : mention.start].split()
    return bool(before) and (before[-1].lower().rstrip(".") in entities.TITLES or before[-1].lower() in ("mr.", "mrs.", "ms.", "dr."))


def window_start(ctx: AuditContext, index: int, back: int = 1) -> int:
    return ctx.document.sentences[max(0, index - back)].start


def has_quotation(ctx: AuditContext, span: Span) -> bool:
    """Whether a quotation of three words or more overlaps ``span`` (its speaker, not the sentence's subject,
    is then in play; a quoted word or two is a term, not speech)."""
    starts, inner = ctx._top_level_quotes
    index = bisect.bisect_left(starts, span.end) - 1
    while index >= 0 and inner[index].end > span.start:
        if len(inner[index].of(ctx.text).split()) >= 3:
            return True
        index -= 1
    return False


# ---------------------------------------------------------------- subject pronouns at a clause start

# Capitalised (a sentence start) or after a comma (an opening phrase's): a literal start keeps the scan fast.
# "…, he said, …" after a comma is a parenthetical attribution, not the clause's subject.
_ATTRIBUTION_TAIL = re.compile(rf"\s+(?:(?:also|then|later|further|again)\s+)?(?:{SPEECH_VERBS}),")
_CANDIDATE = re.compile(r"(?:He|She|His|Her|, he|, she)\b(?!['’])")


@dataclass(frozen=True)
class SubjectPronoun:
    word: str
    span: Span
    index: int  # its sentence


def subject_pronouns(ctx: AuditContext) -> list[SubjectPronoun]:
    """He/She (or His/Her opening the subject) at the start of a sentence's main clause, outside quotations."""
    def compute(ctx: AuditContext) -> list[SubjectPronoun]:
        doc, text, found = ctx.document, ctx.text, []
        starts = doc._sentence_starts
        for match in _CANDIDATE.finditer(text, doc.body.start, doc.body.end):
            word = match.group(0).removeprefix(", ")
            at = match.end() - len(word)
            if at and text[at - 1].isalnum():
                continue
            index = doc.sentence_of(at)
            # At the sentence start, or after an opening phrase and its comma ("In a statement, he …").
            if starts[index] != at and (word[0].isupper() or clause_start(ctx, index) != at):
                continue
            if word.lower() in ("he", "she") and _ATTRIBUTION_TAIL.match(text, match.end()):
                continue  # "…, he said, …": a parenthetical attribution
            span = Span(at, match.end())
            if not ctx.inside_quote(span):
                found.append(SubjectPronoun(word, span, index))
        return found

    return ctx.memo("pronouns.subject-pronouns", compute)


def previous_sentence(ctx: AuditContext, index: int) -> int | None:
    """The sentence before, when it is prose (it ends with a stop) in the same or the previous paragraph."""
    doc = ctx.document
    if index == 0:
        return None
    previous = doc.sentences[index - 1]
    if not doc.body.contains(previous) or doc.paragraph_of(previous.start) < doc.paragraph_of(doc.sentences[index].start) - 1:
        return None
    words = previous.of(ctx.text).split()
    if len(words) < 3 or not words[-1].endswith((".", "!", "?")):
        return None  # a headline, a caption, a label ("ABSTRACT.")
    return index - 1


def people_in(ctx: AuditContext, start: int, end: int, subject: Referent | None = None) -> list[Mention]:
    """Who may be a person between start and end, the subject aside: a name or a description of a person,
    and a capitalised word inside a sentence that no gazetteer knows (a surname, for all we can tell)."""
    found = []
    text = ctx.text
    for mention in mentions(text, start, end):
        if subject is not None and mention.start < subject.start + len(subject.text) \
                and subject.start < mention.start + len(mention.text):
            continue
        if subject is not None and mention.gender is None and mention.start == subject.start + len(subject.text) + 2 \
                and text.startswith(", ", subject.start + len(subject.text)) and mention.text[:4].lower() == "the ":
            continue  # “Ana Soto, the new minister,”: the subject again, in apposition
        mention = with_known_gender(ctx, mention)
        if mention.person or mention.gender or may_be_person(text, mention) or _unknown_name(text, mention):
            found.append(mention)
    return found


def _bare(word: str) -> str:
    return word.lower().strip(".,;:").removesuffix("’s").removesuffix("'s")


def _unknown_name(text: str, mention: Mention) -> bool:
    word = mention.text.removesuffix("’s").removesuffix("'s")
    if " " in word or word.isupper() or entities.is_institution(word) or word.lower() in _NOT_A_PERSON:
        return False
    if _bare(word) in _NATIONALITY_WORDS:
        return False
    before = text[max(0, mention.start - 5) : mention.start]
    if before.lower().endswith("the "):
        return False  # the West, the Kremlin: a surname takes no article
    before = before.rstrip(" \t\"“‘'(")
    return bool(before) and before[-1] not in ".!?:\n"  # a capital inside a sentence


def genders_in(ctx: AuditContext, start: int, end: int, subject: Referent | None = None) -> set[str | None]:
    """Genders of the people named or referred to between start and end, the subject aside (None: someone
    whose gender is unknown)."""
    genders = {m.gender for m in people_in(ctx, start, end, subject)}
    genders.update(PRONOUN_GENDER[w.lower()] for w in SINGULAR_PRONOUN.findall(ctx.text, start, end))
    return genders
