"""Pronouns that Spanish left for the translator to guess.

Spanish drops subjects ("Washington ... Además, sostuvo que ...") and its "su" is his, her,
its or their alike, so translations from it restore the wrong pronoun: "he" for a government,
"it" or "its" for a minister, "he" for a woman just named, "its" for a people, or no subject at
all ("Also said that ..."). The checks read what each sentence is about (its main subject, after
any dateline or opening phrase: see :func:`main_subject`) and flag a pronoun that cannot mean it,
staying silent when someone else is in sight.
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


def _prose_start(ctx: AuditContext, index: int) -> int:
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
    at = _prose_start(ctx, index)
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
    presidency chancellery foreign office embassy consulate administration authority agency institute organization
    organisation body bureau court tribunal commission committee board party coalition alliance union federation
    confederation company firm corporation bank fund network newspaper daily outlet station channel broadcaster
    website site portal agency island city town province region municipality county department directorate
    secretariat cabinet army navy military police ministry kremlin pentagon""".split()))
_PERSON_COLLECTIVE = frozenset("""opposition delegation team leadership family crowd right left youth people public
    community majority minority""".split())
_SINGULAR_EXCEPTIONS = frozenset("boss business analysis".split())
_PLURAL_PEOPLE = frozenset("people men women police staff children".split())
_TOKEN = re.compile(r"[\w’'.-]+|[,()]")
_POSSESSIVE = ("’s", "'s")
_QUOTE_MARKS = frozenset("\"“”«»‘'„")


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
    if tokens[i][0][:1].isupper():
        return _capitalised_subject(ctx, tokens, i, end)
    return _common_noun_subject(ctx, tokens, i, end)


def _capitalised_subject(ctx: AuditContext, tokens: list[tuple[str, int]], i: int, end: int) -> Referent | None:
    """A name or a capitalised description: "Cuban Foreign Minister Bruno Rodríguez", "The Ministry of Health"."""
    text = ctx.text
    words = []
    j = i
    while j < len(tokens):
        word = tokens[j][0]
        if word[:1].isupper():
            words.append(word)
        elif word in ("of", "de", "del", "la", "for") and j + 1 < len(tokens) and tokens[j + 1][0][:1].isupper():
            words.append(word)
        else:
            break
        j += 1
    start = tokens[i][1]
    owner = max((k for k, w in enumerate(words) if w.endswith(_POSSESSIVE)), default=-1)
    if owner >= 0:  # "Marrero's administration", "Cuba's Foreign Ministry": whose, then what
        if _name_kind(ctx, words[: owner + 1], start, i == 0)[0] != INSTITUTION:
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
    kind, gender = _name_kind(ctx, named, start, i == 0)
    return _person(ctx, tokens, start, j, kind, gender)


def _head_noun(tokens: list[tuple[str, int]], j: int) -> tuple[int, tuple[str, str | None]] | None:
    """The last of the nouns that tell a kind from token j on ("government spokesman" → spokesman)."""
    found = None
    while j < len(tokens):
        noun = _noun_kind(tokens[j][0])
        if noun is None:
            break
        found = (j, noun)
        j += 1
    return found


def _common_noun_subject(ctx: AuditContext, tokens: list[tuple[str, int]], i: int, end: int) -> Referent | None:
    """'the Cuban government', 'the minister of the sector', 'the deputies': the head noun, after its modifiers."""
    text = ctx.text
    for j in range(i, min(len(tokens), i + 5)):
        word = tokens[j][0]
        if word.lower() in _STOP:
            break
        if word.endswith(_POSSESSIVE):
            owner = _noun_kind(word[:-2])
            if owner and owner[0] != INSTITUTION:
                break  # "the president's office": a person is in play
            continue
        head = _head_noun(tokens, j)
        if head is not None:
            k, (kind, gender) = head
            return _person(ctx, tokens, tokens[i][1], k + 1, kind, gender)
    return Referent(tokens[i][0], tokens[i][1], THING)


@lru_cache(maxsize=4096)
def _noun_kind(word: str) -> tuple[str, str | None] | None:
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


def _name_kind(ctx: AuditContext, words: list[str], start: int, opens: bool) -> tuple[str, str | None]:
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
    gender = next((GENDERED_WORDS[w] for w in lowered if w in GENDERED_WORDS), None)
    if not gender:
        gender = next((g for g in map(gender_of, first_names) if g), None)
    if len(clean) == 1 and opens and _noun_kind(clean[0]):  # "Authorities said", "Police arrested"
        return _noun_kind(clean[0])
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
    return re.compile(rf"(?P<first>{trie_regex(names)})(?P<rest>(?:\s+(?:(?:de|del|la|los)\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]+){{1,3}})")


def gendered_names(ctx: AuditContext) -> tuple[list[int], list[tuple[int, str, str]]]:
    """(positions, [(position, gender, full name)]) of every full name with a first name of known gender."""
    def compute(ctx: AuditContext):
        found = []
        text, body = ctx.text, ctx.document.body
        for match in _first_name_regex().finditer(text, body.start, body.end):
            if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "’'-"):
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
_NOUN_MENTION = re.compile(rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_PERSON_NOUNS})\b")
_SINGULAR_PRONOUN = re.compile(r"\b(?P<word>[Hh](?:e(?:r(?:self)?)?|i(?:s|m(?:self)?))|[Ss]he)\b(?!['’]\w)")
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
                   "lady mrs ms mr presidenta ministra").split()
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
    names = []
    for match in _NAME_MENTION.finditer(text, start, end):
        at = match.start()
        for piece in _SENTENCE_BREAK.split(match.group(0)):  # "Beijing. During": two sentences' words
            names.append((piece, at))
            at += len(piece) + 2
    for name, at in names:
        described = _describe(name)
        if described is None:
            continue
        gender, person = described
        if gender is None:  # a title just before may tell: "Mrs. Reyes", "spokeswoman Ana"
            before = text[max(0, at - 25) : at].split()
            word = before[-1].lower() if before else ""
            if word.rstrip(".") in entities.TITLES or word in GENDERED_WORDS or word.rstrip(".") in _PERSON_NOUN_SET:
                gender, person = GENDERED_WORDS.get(word), True
        found.append(Mention(name, at, gender, person))
    for match in _GENDERED_NOUN.finditer(text, start, end):
        found.append(Mention(match.group(0), match.start(), GENDERED_WORDS.get(match.group(0).lower()), True))
    return sorted(found, key=lambda m: m.start)


@lru_cache(maxsize=4096)
def _describe(name: str) -> tuple[str | None, bool] | None:
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
    first_name = len(words) >= 2 and is_first_name(words[0])
    # A title tells the gender only when it is a gendered word (Mrs., spokeswoman); a first name, by itself.
    gender = next((GENDERED_WORDS[w.lower()] for w in title_words if w.lower() in GENDERED_WORDS), None)
    if not gender and first_name:
        gender = gender_of(words[0])
    if not gender:  # "Foreign Minister Bruno Rodríguez": the first name after the title
        gender = next((g for g in (gender_of(w) for w in words[1:-1] if is_first_name(w)) if g), None)
        first_name = first_name or gender is not None
    return gender, first_name or bool(title_words)


def _with_known_gender(ctx: AuditContext, mention: Mention) -> Mention:
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


def _may_be_person(text: str, mention: Mention) -> bool:
    """Whether a name whose gender is unknown may be a person, and so may be who a pronoun means.

    One word alone ("Vox", "Sanders") counts only after a title: a person's surname has
    usually come with a first name earlier, and then it has a gender (see _with_known_gender)."""
    words = mention.text.split()
    while words and words[0].lower() in _NOT_A_PERSON:
        words = words[1:]
    if not words or mention.text.isupper() or any(_bare(w) in _NOT_PERSON_WORDS for w in words):
        return False
    if len(words) == 1 and _bare(words[0]) in _NATIONALITY_WORDS:
        return False
    if len(words) > 1:
        return True
    before = text[max(0, mention.start - 25) : mention.start].split()
    return bool(before) and (before[-1].lower().rstrip(".") in entities.TITLES or before[-1].lower() in ("mr.", "mrs.", "ms.", "dr."))


def _window_start(ctx: AuditContext, index: int, back: int = 1) -> int:
    return ctx.document.sentences[max(0, index - back)].start


def _has_quotation(ctx: AuditContext, span: Span) -> bool:
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


def _previous_sentence(ctx: AuditContext, index: int) -> int | None:
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


def _people_in(ctx: AuditContext, start: int, end: int, subject: Referent | None = None) -> list[Mention]:
    """Who may be a person between start and end, the subject aside: a name or a description of a person,
    and a capitalised word inside a sentence that no gazetteer knows (a surname, for all we can tell)."""
    found = []
    text = ctx.text
    for mention in mentions(text, start, end):
        if subject is not None and mention.start < subject.start + len(subject.text) \
                and subject.start < mention.start + len(mention.text):
            continue
        mention = _with_known_gender(ctx, mention)
        if mention.person or mention.gender or _may_be_person(text, mention) or _unknown_name(text, mention):
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


# ---------------------------------------------------------------- detectors

@detector("pronoun.dropped-subject", "accuracy/mistranslation", Severity.MAJOR,
          "he/she opening a sentence right after one about an institution or a place, with no person in sight "
          "(a subject Spanish left implicit), or “Cuba reiterated his support” (Spanish “su”).", languages=("en",))
def dropped_subject(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    text = ctx.text
    for pronoun in subject_pronouns(ctx):
        previous = _previous_sentence(ctx, pronoun.index)
        if previous is None:
            continue
        subject = main_subject(ctx, previous)
        # After “In addition,” the one who goes on is the last clause's subject: people it acted on do not count.
        people_until = pronoun.span.start
        if subject is None or subject.kind != INSTITUTION:
            subject = _continued_subject(ctx, pronoun, previous, subject)
            if subject is None:
                continue
            people_until = subject.start
        before = ctx.document.sentences[previous]
        # Anyone in the two sentences before (a speaker, someone named, a he or she) may be who is meant.
        window = _prose_start(ctx, max(0, pronoun.index - 2))
        if _has_quotation(ctx, before) or _SINGULAR_PRONOUN.search(text, window, pronoun.span.start):
            continue
        if _people_in(ctx, window, people_until):
            continue
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
        if _people_in(ctx, _prose_start(ctx, index), owned.span.start, subject) or any(
                _people_in(ctx, between.start, between.end, subject) for between in owned.between):
            continue
        yield Hit(owned.span, f"“{word}” for “{subject.text}”, not a person: Spanish “su” does not show who owns it",
                  "“its” (or “their”)", evidence=f"subject: {subject.text}", likely_source="su")


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
    kind = _noun_kind(words[-1])
    if (kind and kind[0] == INSTITUTION) or (not kind and _name_kind(ctx, words, last.start(), False)[0] == INSTITUTION):
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
_POSSESSIVE_PRONOUN = re.compile(r"(?:h(?:is|er)|its)\b")  # the word start is checked in code (a faster scan)
_STANCE_AFTER = re.compile(rf"\s+(?:[\w-]+\s+(?:and\s+)?){{0,3}}?(?:{_STANCE_NOUNS})\b")
_VENUE_AFTER = {p: re.compile(rf"\s+(?:[\w-]+\s+)?(?:{v})\b") for p, v in _VENUES.items()}
_OWN_STANCE_SET = frozenset(_OWN_STANCE.split("|"))


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
        for match in _POSSESSIVE_PRONOUN.finditer(text, doc.body.start, doc.body.end):
            at = match.start()
            if text[at - 1] != " ":
                continue
            word = text[text.rfind(" ", max(0, at - 16), at - 1) + 1 : at - 1].lower()
            if word in _OWN_STANCE_SET:
                after = _STANCE_AFTER
            elif word in _VENUE_AFTER:
                after = _VENUE_AFTER[word]
            else:
                continue
            if not after.match(text, match.end()):
                continue
            span = Span(match.start(), match.end())
            index = doc.sentence_of(span.start)
            subject = main_subject(ctx, index)
            if subject is None or ctx.inside_quote(span):
                continue
            if subject.start < span.start:
                between = (Span(subject.start + len(subject.text), span.start),)
            elif word == "for":  # "For his part, X": the part is X's, whoever came before
                between = (Span(span.end, subject.start),)
            else:  # "During his visit, X": someone in the sentence before may be the visitor
                between = (Span(_prose_start(ctx, max(0, index - 1)), span.start), Span(span.end, subject.start))
            found.append(Owned(match.group(0), span, subject, between))
        return found

    return ctx.memo("pronouns.own-possessives", compute)


def _genders_in(ctx: AuditContext, start: int, end: int, subject: Referent | None = None) -> set[str | None]:
    """Genders of the people named or referred to between start and end, the subject aside (None: someone
    whose gender is unknown)."""
    genders = {m.gender for m in _people_in(ctx, start, end, subject)}
    genders.update(_PRONOUN_GENDER[w.lower()] for w in _SINGULAR_PRONOUN.findall(ctx.text, start, end))
    return genders


@detector("pronoun.gender", "accuracy/mistranslation", Severity.MAJOR,
          "he/his for a woman just named, or she/her for a man: Spanish “su” and dropped subjects do not show gender.",
          languages=("en",))
def gender_agreement(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    text = ctx.text
    reported: set[Span] = set()
    # A clause opening with he/she right after a sentence about a person of the other gender, nobody else in sight.
    for pronoun in subject_pronouns(ctx):
        gender = _PRONOUN_GENDER.get(pronoun.word.lower())
        previous = _previous_sentence(ctx, pronoun.index)
        if gender is None or previous is None:
            continue
        subject = main_subject(ctx, previous)
        if subject is None or subject.kind != PERSON or subject.gender in (None, gender):
            continue
        before = ctx.document.sentences[previous]
        if _has_quotation(ctx, before):
            continue
        others = _genders_in(ctx, _prose_start(ctx, previous), pronoun.span.start, subject) - {subject.gender}
        if others or gender in _genders_in(ctx, _window_start(ctx, pronoun.index, back=5), pronoun.span.start):
            continue
        reported.add(pronoun.span)
        yield _gender_hit(pronoun.word, pronoun.span, subject.text, gender)
    # A possessive only the subject can own: “Delcy Rodríguez reiterated his commitment”, “she said in his speech”.
    for owned in _own_possessives(ctx):
        gender = _PRONOUN_GENDER.get(owned.word.lower())
        subject = owned.subject
        if gender is None or subject.kind != PERSON or subject.gender in (None, gender):
            continue
        if any(_genders_in(ctx, between.start, between.end, subject) - {subject.gender} for between in owned.between):
            continue
        reported.add(owned.span)
        yield _gender_hit(owned.word, owned.span, subject.text, gender)
    # Further back and anywhere in a clause: only with other signs of a translation from Spanish, since
    # native writers slip on gender too and a referent may sit further back than we look.
    if origin_evident(ctx, "es"):
        for hit in _gender_anywhere(ctx):
            if hit.span not in reported:
                yield hit


def _gender_hit(word: str, span: Span, referent: str, gender: str) -> Hit:
    return Hit(span, f"“{word}” for “{referent}”, who is {'a woman' if gender == 'm' else 'a man'}: "
                     "Spanish did not show the gender",
               f"“{_WRONG_GENDER[word.lower()]}” (or the name)", evidence=f"referent: {referent}",
               likely_source="su / (sujeto omitido)")


def _gender_sources(ctx: AuditContext) -> dict[str, list[int]]:
    """Positions, by gender, of every mention that shows one: a full name with a known first name, a
    gendered title or noun. One pass each."""
    from ..names import GENDERED_WORDS

    text, body = ctx.text, ctx.document.body
    found: dict[str, list[int]] = {"f": [], "m": []}
    for at, gender, _ in gendered_names(ctx)[1]:
        found[gender].append(at)
    for match in _GENDERED_NOUN.finditer(text, body.start, body.end):
        gender = GENDERED_WORDS.get(match.group(0).lower())
        if gender:
            found[gender].append(match.start())
    return {gender: sorted(positions) for gender, positions in found.items()}


def _any_between(positions: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _gender_anywhere(ctx: AuditContext):
    doc, text = ctx.document, ctx.text
    sources = _gender_sources(ctx)
    pronouns = [(m.start(), m.end(), m["word"]) for m in _SINGULAR_PRONOUN.finditer(text, doc.body.start, doc.body.end)]
    pronoun_at = {g: [s for s, _, w in pronouns if _PRONOUN_GENDER[w.lower()] == g] for g in ("f", "m")}
    for start, end, word in pronouns:
        gender = _PRONOUN_GENDER[word.lower()]
        other = "f" if gender == "m" else "m"
        index = doc.sentence_of(start)
        window = _window_start(ctx, index, back=3)
        wider = _window_start(ctx, index, back=5)
        # Cheap looks first: someone of the other gender in the window, nobody of this one further back.
        if not _any_between(sources[other], window, start) or _any_between(sources[gender], wider, start) \
                or _any_between(pronoun_at[gender], wider, start):
            continue
        span = Span(start, end)
        if ctx.inside_quote(span):
            continue
        candidates = [_with_known_gender(ctx, m) for m in mentions(text, window, start)]
        people = [m for m in candidates if m.person or m.gender]
        others = [m for m in candidates if not (m.person or m.gender) and _may_be_person(text, m)]
        if not people or others:
            continue  # nobody named, or someone whose gender cannot be told
        genders = {m.gender for m in people}
        if None in genders or gender in genders:
            continue
        if any(_with_known_gender(ctx, m).gender == gender for m in mentions(text, wider, start)):
            continue
        yield _gender_hit(word, span, people[-1].text, gender)


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
_SPEAKER = re.compile(rf"(?P<who>\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b|{NAME}|\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)"
                      rf"\s+(?:(?:also|then|later|further|again|has|had|will)\s+)?(?:{_SPEECH})\b")
_PERSON_PRONOUNS = frozenset(("he", "she"))
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


_COLLECTIVES = frozenset("""right left opposition coalition movement bloc sector sectors regime ministry government
    executive party parties company firm agency office newspaper network country nation state city report study""".split())


def _is_collective(words: str) -> bool:
    return words.lower().split()[-1] in _COLLECTIVES


@detector("pronoun.it-for-person", "accuracy/mistranslation", Severity.MAJOR,
          "“It said …” or “in its speech” about a person: the subject or the “su” Spanish left came back as “it”.",
          languages=("en",))
def it_for_person(ctx: AuditContext):
    if not ctx.source_may_be("es", "pt", "it"):
        return
    doc, text = ctx.document, ctx.text
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
        speaker = _last_speaker(ctx, _window_start(ctx, index, back=3), span.start)
        if not speaker or not speaker[1]:
            continue
        # An institution named since that speaker may be what “it” means.
        if any(entities.is_institution(m.group(0)) or _is_collective(m.group(0))
               for m in _SUBJECT.finditer(text, text.find(speaker[0], _window_start(ctx, index, back=3)), span.start)):
            continue
        yield Hit(span, f"“It” stands for “{speaker[0]}”, a person: the Spanish subject was dropped",
                  "“he”, “she” or the name", evidence=f"last speaker: {speaker[0]}", likely_source="(sujeto omitido) + verbo")
    # “Its” where only the person who is the subject can be the owner: “the minister said in its speech”.
    for owned in _own_possessives(ctx):
        subject = owned.subject
        if owned.word != "its" or subject.kind != PERSON:
            continue
        if any(_institution_between(ctx, between.start, between.end) for between in owned.between):
            continue
        yield Hit(owned.span, f"“its” for “{subject.text}”, a person: Spanish “su” does not show who owns it",
                  "“his”, “her” or “their”", evidence=f"subject: {subject.text}", likely_source="su")


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
    rf"|Will\s+(?!you\b|he\b|she\b|it\b|they\b|we\b|i\b|the\b|there\b|this\b|that\b)[a-z]+\b)")
_IMPERATIVE_FIRST = re.compile(
    r"^(?P<verb>(?:Recall|Remember|Stress|Add|Highlight|Point out|Indicate|Assure|Ensure|Affirm|Denounce|Reiterate|"
    r"Underline|Emphasi[sz]e|Specify|Clarify|Ratify|Question|Criticize|Criticise|Warn|Regret|Lament|Reproach)\s+that)\b")
# Present forms that are plural nouns too ("Remarks that her husband …", "Questions that remain …"): weak alone.
_NOUN_TOO = frozenset("""remarks comments questions claims demands details values notes states thanks regrets calls
    concludes proposes reproaches contrasts praises rejects""".split())


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
        first = _WORD.match(text, sentence.start, sentence.end)
        if not first or first.group(0).lower() not in _VERB_FIRST_WORDS:
            continue
        body = sentence.of(text)
        if body.rstrip().endswith("?"):
            continue
        match = _VERB_FIRST.match(body)
        weak = bool(match) and match["verb"].split()[0].lower() in _NOUN_TOO
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
_PLURAL = {"its": "their", "has": "have", "is": "are", "was": "were", "itself": "themselves", "does": "do",
           "remains": "remain", "deserves": "deserve", "knows": "know", "wants": "want", "demands": "demand"}
# “the police has”: Spanish “la policía” is singular, English “police” plural.
_POLICE = re.compile(r"police\s+(?:(?:also|then|later|already|still|never)\s+)?(?P<word>has|is|was|does|its|itself)\b")
_THE_POLICE = re.compile(r"\b[Tt]he\s+(?:(?:[A-Z][\w-]*|national|local|federal|state|military|riot|municipal)\s+){0,2}$")


@detector("pronoun.number", "accuracy/mistranslation", Severity.MINOR,
          "“the people … its/has”, “the police has”: Spanish “el pueblo”, “la policía” are singular, English plural.",
          languages=("en",))
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
        yield Hit(Span(match.start("word"), match.end("word")),
                  f"“{word}” treats “people” as singular, as Spanish “el pueblo”", f"“{_PLURAL[word]}”",
                  likely_source="el pueblo … su / ha")
    for match in _POLICE.finditer(text, body.start, body.end):
        if not _THE_POLICE.search(text, max(0, match.start() - 40), match.start()):
            continue
        word = match["word"]
        yield Hit(Span(match.start("word"), match.end("word")),
                  f"“{word}” treats “police” as singular, as Spanish “la policía”", f"“{_PLURAL[word]}”",
                  likely_source="la policía … su / ha")
