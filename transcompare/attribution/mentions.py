"""What a noun phrase names: a person by name, a description ("the mayor of Madrid"), an organisation, a
pronoun or a thing that never speaks; each distinct phrase read once."""

from __future__ import annotations

from dataclasses import dataclass

from .. import entities, names
from ..cues import DAYS_MONTHS, DETERMINERS, FUNCTION_WORDS, NAME_PARTICLES, PRONOUNS
from .lexicon import (
    _APPROXIMATORS,
    _COMPLEMENT,
    _NAMEABLE,
    _ORGANISATION_WORDS,
    _PLURAL_ROLES,
    _PREMODIFIERS,
    _QUANTIFIERS,
)
from .tokens import _READINGS_BOUND, _contracted_pronoun, _possessive, _Tok


@dataclass
class _Mention:
    lo: int  # token range
    hi: int
    start: int  # character span
    end: int
    text: str
    kind: str  # pronoun, name, description, organisation
    name: str | None = None  # the person's name without titles
    head: str = ""
    gender: str | None = None
    plural: bool = False
    roles: frozenset[str] = frozenset()
    apposition: _Mention | None = None


def _people(tok: _Tok) -> bool:
    """A noun for people, or a group of them: "spokeswoman", "marchers", "vecinos"."""
    return tok.low in entities.ROLE_NOUNS or tok.low in _CROWDS


_CROWDS = frozenset(
    """crowd crowds marchers spectators onlookers attendees participants mourners audience audiences fans
    supporters protesters demonstrators activists students children parents residents villagers citizens
    multitud manifestantes asistentes vecinos aficionados seguidores estudiantes trabajadores""".split())


def _mention(toks: list[_Tok], lo: int, hi: int, text: str) -> _Mention | None:
    """The mention toks[lo:hi] make, without trailing punctuation; the same words read alike wherever they
    stand, so each distinct phrase is read once (by _read_mention) and its reading reused."""
    while hi > lo and not toks[hi - 1].word:
        hi -= 1
    if hi <= lo:
        return None
    words = toks[lo:hi]
    base = words[0].start
    span_text = text[base:words[-1].end]
    key = (span_text, tuple([(t.start - base, t.end - base, t.quote < 0, t.spanish) for t in words]))
    try:
        reading = _MENTIONS[key]
    except KeyError:
        if len(_MENTIONS) >= _READINGS_BOUND:
            _MENTIONS.clear()  # memory stays bounded on any input
        found = _read_mention(words, lo, hi, text)
        reading = _MENTIONS[key] = None if found is None else (
            found.kind, found.name, found.head, found.gender, found.plural, found.roles)
    if reading is None:
        return None
    kind, name, head, gender, plural, roles = reading
    end = words[-1].end
    if kind == "pronoun" and len(head) < len(span_text):  # "He’s": the pronoun without its contracted verb
        end = base + len(head)
        span_text = span_text[:len(head)]
    return _Mention(lo, hi, base, end, span_text, kind, name=name, head=head, gender=gender, plural=plural,
                    roles=roles)


# kind, name, head, gender, plural, roles of a phrase
_MENTIONS: dict[tuple, tuple[str, str | None, str, str | None, bool, frozenset[str]] | None] = {}


def _read_mention(words: list[_Tok], lo: int, hi: int, text: str) -> _Mention | None:
    span_text = text[words[0].start:words[-1].end]
    first = words[0]
    if len(words) == 1 and (first.low in _QUANTIFIERS or first.cap and first.low in _PLURAL_ROLES):
        # "Several said", "Others added", "Officials said"
        return _Mention(lo, hi, first.start, first.end, span_text, "description", head=first.low, plural=True,
                        roles=frozenset({first.low}))
    if len(words) == 1 and first.low in PRONOUNS:
        gender, plural = PRONOUNS[first.low]
        return _Mention(lo, hi, first.start, first.end, span_text, "pronoun", head=first.low, gender=gender, plural=plural)
    if len(words) == 1 and (pronoun := _contracted_pronoun(first.low)):  # "He’s predicting": the "He"
        gender, plural = PRONOUNS[pronoun]
        return _Mention(lo, hi, first.start, first.end, span_text, "pronoun", head=pronoun, gender=gender,
                        plural=plural)
    # "the mayor of Madrid", "la ministra de Hacienda", "a spokesman for Hillary Clinton": the
    # capitalised words after the complement are not the speaker; "Secretary of State John Kerry" are.
    complement = next((n for n, w in enumerate(words) if n and (
        w.low in _COMPLEMENT or w.low == "to" and words[n - 1].low in entities.ROLE_NOUNS) and not (
        w.low in NAME_PARTICLES and words[n - 1].cap and n + 1 < len(words) and words[n + 1].cap
        and names.is_first_name(words[n - 1].text))), None)  # "Bill de Blasio" is one name
    words_for_name = words
    if complement is not None:
        before = words[:complement]
        named_before = any(w.cap and w.low.rstrip(".") not in entities.NAME_TITLES and w.low not in _PREMODIFIERS
                           for w in before)  # "Tom Carper of Delaware", not "Secretary of State John Kerry"
        after = words[complement + 1:]
        titled_name = words[complement].low != "to" and len(after) >= 2 and (not after[0].cap and after[0].low not in DETERMINERS or any(
            names.is_first_name(w.text) for w in after) and not any(names.is_first_name(w.text) for w in before)
        ) and after[-1].cap  # "secretary of state Hillary Clinton", "Secretary of State Mike Pompeo"
        if (first.low in DETERMINERS or _possessive(first) or not before[-1].cap or named_before) and not titled_name:
            words_for_name = before
    # The name is the last run of capitalised words, without the titles before it.
    run_end = len(words_for_name)
    while run_end and not words_for_name[run_end - 1].cap:
        run_end -= 1
    run_start = run_end
    while run_start and (words_for_name[run_start - 1].cap or (
            words_for_name[run_start - 1].low in NAME_PARTICLES and run_start - 1 > 0
            and words_for_name[run_start - 2].cap)):
        run_start -= 1
    run = [w for w in words_for_name[run_start:run_end]]
    owned = next((n for n in range(len(run) - 2, -1, -1) if _possessive(run[n])), None)
    if owned is not None and len(run) - owned > 2 and run[owned + 1].cap:
        run = run[owned + 1:]  # "Fox News’ Bret Baier", "CNN's Jake Tapper": the person after the owner
    while run and (run[0].low in DETERMINERS or run[0].low in FUNCTION_WORDS or run[0].low in _APPROXIMATORS
                   or run[0].low in ("more", "más")) and not (run[0].low in _NAMEABLE and (len(run) == 1 or run[1].cap)):
        run = run[1:]  # "The Minister" opening a sentence: the article is no part of a name; "Will Smith" keeps his
    roles = {_TITLE_WORDS.get(w.low.rstrip("."), w.low.rstrip(".")) for w in words
             if w.low.rstrip(".") in entities.NAME_TITLES or w.low in entities.ROLE_NOUNS}
    first_names = [n for n, w in enumerate(run) if names.is_first_name(w.text)
                   and w.low.rstrip(".") not in entities.NAME_TITLES]
    if first_names:
        run = run[first_names[0]:]
    else:
        while run and (run[0].low.rstrip(".") in entities.NAME_TITLES or run[0].low in _PREMODIFIERS
                                or run[0].low in entities.ORGANISATIONS or run[0].low in entities.ROLE_NOUNS):
            run = run[1:]
        # A first name the list does not know ("North Korean Foreign Minister Pak Sung Il"): the name is what
        # follows the last title, however the words before the title read
        titles = [n for n, w in enumerate(run[:-1]) if w.low.rstrip(".") in entities.NAME_TITLES
                  or w.low in entities.ROLE_NOUNS]
        if titles:
            run = run[titles[-1] + 1:]
    gender = word_gender = names.gender_of_words([w.text for w in words])
    if gender is None and first.low in ("la", "las", "una", "unas", "esta"):
        gender = "f"
    elif gender is None and first.low in ("el", "los", "un", "unos", "este"):
        gender = "m"
    possessive_owner = run and _possessive(run[-1]) and run_end < len(words_for_name)
    lc_tail = run_end < len(words_for_name)
    if run and not possessive_owner and not lc_tail:
        name = text[run[0].start:run[-1].end].removesuffix("’s").removesuffix("'s")
        acronym = len(run) == 1 and len(name) > 1 and name.rstrip("s").isupper()  # "ISIL", "NATO", "PACs"
        definite = first.low in ("the", "el", "la", "los", "las") and not first_names and not roles \
            and word_gender is None  # "the Red Cross", not "el señor Gendon"
        institution = acronym or definite or _is_institution(name) or not first_names and (
            run[-1].low in entities.ORGANISATIONS or run[-1].low in _ORGANISATION_WORDS or  # "Tulum Airport"
            len(run) == len(words) and any(w.low in entities.ORGANISATIONS or w.low in _ORGANISATION_WORDS
                                           for w in run))
        kind = "organisation" if institution else "name"
        # "los Juegos Asiáticos", "the Rockies": a plural name
        plural = not first_names and (first.low in ("los", "las", "unos", "unas") or first.low == "the" and
                                      run[-1].low.endswith("s") and not run[-1].low.endswith("ss"))
        return _Mention(lo, hi, words[0].start, words[-1].end, span_text, kind, name=name, head=_fold(run[-1].text),
                        gender=gender, plural=plural, roles=frozenset(roles))
    # A description: its head is the last word before a complement ("the mayor of Madrid").
    head_words = words
    for n, w in enumerate(words):
        if n and (w.low in _COMPLEMENT or w.low == "to" and words[n - 1].low in entities.ROLE_NOUNS):
            head_words = words[:n]
            break
    head = head_words[-1].low.removesuffix("'s")  # "the senator's": the senator
    if head in FUNCTION_WORDS or head in DAYS_MONTHS:
        return None
    plural = head.endswith("s") and not head.endswith("ss") and head not in entities.ROLE_NOUNS - _PLURAL_ROLES
    organisation = head in entities.ORGANISATIONS or head in _ORGANISATION_WORDS
    person_like = head in entities.ROLE_NOUNS or head.rstrip("s") in entities.ROLE_NOUNS
    kind = "organisation" if organisation else "thing" if head in _NOT_SPEAKERS and not person_like else "description"
    return _Mention(lo, hi, words[0].start, words[-1].end, span_text, kind, head=head, gender=gender,
                    plural=plural or head in _PLURAL_ROLES, roles=frozenset(roles | {head}))


# Abbreviated titles as the nouns a later description uses: "Gov. John Kasich" is "the Ohio governor".
_TITLE_WORDS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "pres": "president",
                "prof": "professor", "gral": "general"}

# Heads of noun phrases that never speak: "in a low voice", "the timeline".
_NOT_SPEAKERS = frozenset(
    """voice voices time times way ways day days week weeks year years month months moment point points fact facts
    idea ideas issue issues question questions problem problems struggle fight battle race timeline history story
    stories thing things lot number numbers part end start beginning situation case matter sense word words tone
    number plan plans policy policies law laws rule rules system deal deals money room stage night morning
    evening afternoon event events speech speeches interview interviews debate debates remarks comments comment
    minute minutes hour hours percent vez voz tiempo día semana año momento forma manera caso tema cosa""".split()
)


def _fold(word: str) -> str:
    folded = _FOLDED.get(word)
    if folded is None:
        if len(_FOLDED) >= _READINGS_BOUND:
            _FOLDED.clear()
        folded = _FOLDED[word] = names.fold(word.removesuffix("’s").removesuffix("'s").rstrip("."))
    return folded


_FOLDED: dict[str, str] = {}


def _is_institution(name: str) -> bool:
    """entities.is_institution, remembered per name: names recur."""
    found = _INSTITUTIONS.get(name)
    if found is None:
        if len(_INSTITUTIONS) >= _READINGS_BOUND:
            _INSTITUTIONS.clear()
        found = _INSTITUTIONS[name] = entities.is_institution(name)
    return found


_INSTITUTIONS: dict[str, bool] = {}
