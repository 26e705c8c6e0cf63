"""Who said each quotation: rules and gazetteers over tokens, no parser.

One pass over the text. Each paragraph (paragraphs joined by a quotation that runs on
are one block) is tokenised once, every top-level quotation standing as one token, and
cut into sentences. For each quotation, the first of these that applies names its speaker:

1. an attribution right after it: "…,” said Ana Ruiz", "…,” the mayor of Madrid said",
   "…,” Ana Ruiz, the party's spokeswoman, said", "…», dijo la ministra", "…”
   according to X", or a bare verb with the subject dropped ("…», añadió.");
2. the nearest speech verb before it in its sentence, with its subject: "X said: “…”",
   "X said the senator favours a “strongman approach”" (a partial quotation),
   "Según X, «…»", "X called the plan “reckless”";
3. an attribution later in its sentence, after a comma: "The “reset” failed, Smith said.",
   "…, according to Reuters.";
4. a colon: after a name ("Evans: “…”"), after the sentence's subject ("Milei returns
   satisfied: ‘…’"), or a lead-in "X responded:" in the sentence before;
5. the news convention: a quotation that opens a sentence holding no speech verb continues
   the last speaker of its paragraph, or of the previous paragraph when it opens its own
   (marked ``inherited``), paragraph after paragraph;
6. reported speech going on: a quotation in a sentence with no verb of its own, right after
   a sentence of that paragraph that reported someone ("X said that A. In addition, “B” …");
7. words of two or more quoted in a sentence whose subject is surely a person are that
   person's ("Sanders thanked its members “for their support”"), and so are they for a
   "he"/"she", an institution, or a text that speaks ("The complaint alleged that “…”");
8. a long quotation standing alone as a sentence, with no speech verb, right after a sentence
   whose subject is a named person, is that person's (resolution "topic").
A quotation none of these name is a title or term when it is short, woven into its sentence,
or in title case.

A subject is read leftwards from its verb (over adverbs, a day, an apposition between commas,
a bracketed party), or rightwards after an inverted verb ("…, confirmed President X.",
"declared today the president-elect, X"); a participle after a comma takes the main
clause's subject ("Trump went after Bush, calling him “…”"); a noun phrase right after a
preposition ("in a low voice said") is never a subject, nor is a thing for a stance verb.
English translated from Spanish drops subjects as Spanish does ("Stresses that “…”", ", has
apostilled,"): such a verb continues the last speaker, unless a person was talked of since.
Speakers are resolved against the people named so far: a surname to the full name, a
description to the person holding that role (a leader's description, "the head of state",
to whoever holds a leader's title; a bare one found once keeps that role), a pronoun to the
subject of the last attribution when it agrees in gender and number and is at most RECENT
sentences back, else to the most recent agreeing person mentioned, else (translation restores
dropped subjects with the wrong gender) to the one person in reach, marked "pronoun, gender
differs". Someone named inside what another is reported saying ("Questions that Minister X
said …") is never taken for the last speaker.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from . import entities, names
from .cues import (
    ABBREVIATIONS,
    ADVERBS,
    CUES,
    DAYS_MONTHS,
    DETERMINERS,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NOUN_HOMOGRAPHS,
    PREPOSITIONS,
    PRONOUNS,
    SAY,
    SAY_OF_PEOPLE,
    SPEECH_NOUNS,
    SPEECH_WITH_CLAUSE,
    SUBJECTLESS_CALQUES,
    TAKES_OBJECT,
    TIME_WORDS,
)
from .datamodel import Quote, Span
from .inflect import inflections

RECENT = 4  # sentences a pronoun may reach back without a new mention
_POSTPOSED_REACH = 60  # tokens after a quotation where ", Smith said." may still close its sentence
_WORD = re.compile(r"\w+(?:[’'\-.&]\w+)*(?:(?<=s)[’'](?!\w))?\.?|[^\w\s]")
_COMPLEMENT = frozenset("of for de del at".split())
_CLITICS = frozenset("lo la le les los las se me nos te".split())
_SPEECH_PUNCT = frozenset(",—–-")
_DOMAIN = re.compile(r"[a-z0-9-]+\.(?:com|org|net|gov|edu|es|mx|ar|co|uk)$")  # "weather.com" reported
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][a-z]*\.$")  # "Kevin McCarthy, R-Calif., said": no full stop
_STRAY_MARKS = frozenset("'’\"”")
_TERMINAL = ".!?…"
_POSSESSIVE = ("'s", "s'")
# Contractions that start with a capital but are no name: "I'm", "It's".
_CONTRACTIONS = frozenset(
    """i'm i've i'd i'll it's he's she's that's there's here's let's we're they're what's who's you're we've
    they've we'll they'll we'd they'd you'll you've don't doesn't didn't isn't wasn't aren't weren't can't
    won't wouldn't couldn't shouldn't hasn't haven't hadn't""".split()
)
_FIRST_PERSON = frozenset("i we yo nosotros".split())
_ING_CUES = frozenset(c for c in CUES if c.endswith(("ing", "ando", "iendo")))  # participles: "calling", "diciendo"
_ENCLITICS = ("lo", "la", "los", "las", "le", "les", "se", "me", "nos")
_ENCLITIC_GERUND = re.compile(r"^(\w+)([áé])ndo(?:lo|la|los|las|le|les|se|me|nos)+$")
_UNACCENTED = {"á": "a", "é": "e"}
# Lower-case words that stand before a name as part of a description: "Republican presidential
# candidate Donald Trump", "White House press secretary Josh Earnest".
_PREMODIFIERS = frozenset(
    """former presidential vice deputy acting senior junior chief top fellow longtime then late current outgoing
    incoming press campaign state federal local national democratic republican conservative liberal prominent
    leading veteran retired famed famous independent executive general assistant associate principal interim
    embattled billionaire real estate communications foreign defense defence finance health interior house
    senate party gop majority minority whip presumptive likely rival exiled ousted jailed opposition""".split()
)


class _Tok:
    __slots__ = ("cap", "end", "low", "quote", "spanish", "start", "text", "word")

    def __init__(self, text: str, start: int, quote: int = -1, spanish: bool = False):
        self.text, self.start, self.end, self.quote, self.spanish = text, start, start + len(text), quote, spanish
        self.low, self.word, self.cap = _reading(text, quote, spanish)


def _reading(text: str, quote: int, spanish: bool) -> tuple[str, bool, bool]:
    """A token's lower-case form, whether it is a word (not punctuation or a quotation), and whether capitalised."""
    low = text.lower().replace("’", "'")
    if text == "US":
        low = "u.s."  # the country, never the pronoun: "US Senator Ana Ruiz said"
    elif spanish and low == "a":
        low = "a/"  # the Spanish preposition, never the English article
    elif spanish and low.endswith(_ENCLITICS):
        # "calificándolo" reads as "calificando"
        low = _ENCLITIC_GERUND.sub(lambda m: m[1] + _UNACCENTED[m[2]] + "ndo", low)
    word = quote < 0 and text[0].isalnum()
    cap = word and (text[0].isupper() and low not in _CONTRACTIONS or bool(_DOMAIN.match(low)))
    return low, word, cap


_READINGS_BOUND = 1 << 16


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


@dataclass
class _Person:
    name: str
    key: str  # folded surname (or the description's head for a group or organisation)
    gender: str | None
    roles: set[str]
    last_pos: int
    last_sentence: int
    organisation: bool = False
    plural: bool = False
    named: bool = True  # a name, not a description ("the actor")
    stated_gender: str | None = None  # the gender its latest mention showed ("Mrs. Clinton"), None when it showed none


@dataclass
class _Speaker:
    """What a quotation gets: the speaker as written, who that is, and how we know."""

    written: str | None
    span: Span | None
    resolved: str | None
    how: str | None
    cue: str | None = None
    cue_span: Span | None = None
    person: _Person | None = None
    sentence: int = 0
    block: int = 0
    adjacent: bool = True  # the subject stands next to its verb (not the sentence's subject found further away)
    speech: bool = False  # introduces what was said (a quotation, or "that …"), so a quotation after it continues it


@dataclass
class _State:
    text: str
    language: str
    persons: list[_Person] = field(default_factory=list)
    by_key: dict[str, list[_Person]] = field(default_factory=dict)
    by_first: dict[str, _Person] = field(default_factory=dict)
    last: _Speaker | None = None
    topics: list[tuple[int, _Person]] = field(default_factory=list)  # (sentence, subject), newest last
    sentence: int = 0
    block: int = 0


# ---------------------------------------------------------------- tokens


def _tokens(text: str, start: int, end: int, quotes: list[tuple[int, Quote]], language: str = "en") -> list[_Tok]:
    """Words and punctuation of text[start:end], each top-level quotation as one token."""
    spanish = language in ("es", "pt", "ca", "gl")
    out: list[_Tok] = []
    append = out.append
    pieces_of = _PIECES[spanish]
    new = object.__new__
    pos = start
    for index, quote in quotes + [(-1, None)]:
        stop = quote.span.start if quote is not None else end
        # No token spans white space, so each run of other characters is tokenised on its own, once per
        # distinct run ("said,", "Trump's"), and its pieces reused.
        for m in _RUN.finditer(text, pos, stop):
            run = m.group()
            pieces = pieces_of.get(run)
            if pieces is None:
                if len(pieces_of) >= _READINGS_BOUND:
                    pieces_of.clear()  # memory stays bounded on any input
                pieces = pieces_of[run] = _pieces(run, spanish)
            at = m.start()
            for offset, piece, length, piece_spanish, low, is_word, cap in pieces:
                tok = new(_Tok)  # as _Tok(piece, at + offset, spanish=piece_spanish), with the reading reused
                tok.text, tok.start, tok.end, tok.quote, tok.spanish = piece, at + offset, at + offset + length, -1, \
                    piece_spanish
                tok.low, tok.word, tok.cap = low, is_word, cap
                append(tok)
        if quote is not None:
            append(_Tok(quote.span.of(text), quote.span.start, index))
            pos = quote.span.end
    return out


_RUN = re.compile(r"\S+")
_GLUED = re.compile(r"([a-z]{2,})\.(?=[A-Z][a-z])")
_PIECES: tuple[dict, dict] = ({}, {})  # per distinct run, English and Spanish readings


def _pieces(run: str, spanish: bool) -> tuple[tuple[int, str, int, bool, str, bool, bool], ...]:
    """The tokens of a run of characters without white space: (offset, text, length, spanish, then its reading).
    A word whose final period is no abbreviation's is two tokens, the word and a full stop."""
    if run.isalnum():  # letters and digits only (all word characters): one token, _WORD's \w+
        return ((0, run, len(run), spanish, *_word_reading(run, spanish)),)
    out: list[tuple[int, str, int, bool, str, bool, bool]] = []
    for m in _WORD.finditer(run):
        word, at = m.group(), m.start()
        glued = _GLUED.match(word)
        if glued:  # "said.Trump": a full stop whose space was lost, not an abbreviation ("U.S.") or a domain
            cut = glued.end(1)
            out.append((at, word[:cut], cut, spanish, *_word_reading(word[:cut], spanish)))
            out.append((at + cut, ".", 1, False, *_word_reading(".", False)))
            at, word = at + cut + 1, word[cut + 1:]
        if len(word) > 1 and word[-1] == "." and not (word[:-1].lower() in ABBREVIATIONS or "." in word[:-1]
                                                      or (len(word) == 2 and word[0].isupper())
                                                      or _PARTY_STATE.match(word)):
            out.append((at, word[:-1], len(word) - 1, spanish, *_word_reading(word[:-1], spanish)))
            out.append((at + len(word) - 1, ".", 1, False, *_word_reading(".", False)))
        else:
            out.append((at, word, len(word), spanish, *_word_reading(word, spanish)))
    return tuple(out)


def _word_reading(word: str, spanish: bool) -> tuple[str, bool, bool]:
    """_reading of a word (no quotation), remembered: words recur more than runs do."""
    readings = _READINGS[spanish]
    reading = readings.get(word)
    if reading is None:
        if len(readings) >= _READINGS_BOUND:
            readings.clear()
        reading = readings[word] = _reading(word, -1, spanish)
    return reading


_READINGS: tuple[dict, dict] = ({}, {})


def _sentences(toks: list[_Tok], text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Token ranges of sentences: a boundary after . ! ? before a capital, and after a quotation
    that ends in one unless an attribution follows it ("“We won.” Ana Ruiz said.")."""
    out, lo = [], 0
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if not (nxt.cap or nxt.quote >= 0 or nxt.text in "¿¡("):
            continue
        if tok.quote >= 0:
            ending = quotes[tok.quote].inner.of(text).rstrip()[-1:]
            if ending not in _TERMINAL or (nxt.cap and _attribution_after(toks, i, len(toks), text, ending) is not None):
                continue
        elif tok.text not in _TERMINAL and not _PARTY_STATE.match(tok.text):  # "… said Ana Ruiz, D-Texas. She …"
            continue
        out.append((lo, i + 1))
        lo = i + 1
    out.append((lo, len(toks)))
    return out


def _possessive(tok: _Tok) -> bool:
    return tok.word and tok.low.endswith(_POSSESSIVE) and len(tok.text) > 2 and tok.low not in _CONTRACTIONS


# The only words _is_cue or "according to" can accept: a cheap first test for every token.
_CUE_CANDIDATES = CUES | SUBJECTLESS_CALQUES | {cue.split(" ", 1)[0] for cue in CUES} | {"according", "según", "segun"} | \
    {"put", "puts"}
_AS_PUT = frozenset({"put", "puts"})  # "As Ana Ruiz put it: “…”": speech only in that frame (_as_put_it)
_AS_PUT_REACH = 14  # tokens between "as" and "put it": the subject and its apposition


def _is_cue(toks: list[_Tok], k: int, lo: int) -> bool:
    """A speech verb, not a noun of the same form after a determiner or possessive ("his answer")."""
    tok = toks[k]
    if tok.low in _AS_PUT:
        return _as_put_it(toks, k, lo)
    if tok.cap and k == lo and (tok.low in CUES or tok.low in SUBJECTLESS_CALQUES) and (
            tok.spanish or k + 1 < len(toks) and toks[k + 1].low in ("que", ":", ",", "that")):
        return True  # "Dijo que …", "Anunció el cambio: …", and in translation "Stresses that …"
    if _opens_inverted(toks, k, lo):
        return True
    if not tok.word or tok.cap or (tok.low not in CUES and not (
            k + 1 < len(toks) and f"{tok.low} {toks[k + 1].low}" in CUES)):  # "pointed out"
        return False
    b = k - 1
    while b > lo and toks[b].word and (toks[b].low in ("not", "also", "never", "still", "often", "widely", "reportedly")):
        b -= 1  # "was also asked", "is not wanted"
    before = toks[b] if b >= lo else None
    if before is not None and before.low in _MODALS and not before.cap and not (
            before.low in ("will", "would") and tok.low in SAY and k + 1 < len(toks)
            and toks[k + 1].text in ".,:"):
        return False  # "NATO should not admit new members": no speech act; "“…,” he will say." is one
    if before is not None and before.low in _BE and tok.low.endswith(("ed", "ado", "ido", "ada", "ida", "told")):
        return False  # "James was asked", "fue preguntado": the subject is the one addressed
    if before is not None and before.word and (before.low in DETERMINERS or _possessive(before)):
        return False
    if tok.low == "read" and k - 1 >= lo and toks[k - 1].low in _READ_BY:
        return True  # "the email read", "a sign read": not "a quick read"
    if tok.low in NOUN_HOMOGRAPHS:  # "a fundraising call", "his latest tweet": a noun after its modifiers
        for j in range(k - 1, max(lo, k - 4) - 1, -1):
            if toks[j].low in DETERMINERS or _possessive(toks[j]):
                return False
            if not toks[j].word or toks[j].cap or toks[j].low in FUNCTION_WORDS or toks[j].low in ADVERBS:
                break
    return True


def _opens_inverted(toks: list[_Tok], k: int, lo: int) -> bool:
    """ "Said Ana Ruiz, who grew up here, “…”", "Added Ruiz: “…”": a past speech verb opening an English
    sentence before its subject's name."""
    tok = toks[k]
    return k == lo and tok.cap and not tok.spanish and tok.low in SAY and tok.low.endswith(("ed", "said", "wrote")) \
        and k + 1 < len(toks) and (toks[k + 1].cap and toks[k + 1].low not in FUNCTION_WORDS or toks[k + 1].low == "the")


def _as_put_it(toks: list[_Tok], k: int, lo: int) -> bool:
    """ "As Ana Ruiz, the party's treasurer, put it": "as" opening the clause, its subject, then "put it"."""
    if not (k + 1 < len(toks) and toks[k + 1].low == "it" and k - 2 >= lo):
        return False
    for j in range(k - 2, max(lo, k - _AS_PUT_REACH) - 1, -1):
        if toks[j].low == "as":
            return j == lo or toks[j - 1].text in ",;:—–" or toks[j - 1].quote >= 0
        if toks[j].quote >= 0 or toks[j].text in ".;:":
            return False
    return False


# What "read" says: "the email read: “…”", "a banner read “…”".
_READ_BY = frozenset("""statement release letter memo email emails message note tweet post sign signs banner banners
    placard placards headline caption text ad card poster posters shirt t-shirt inscription document documents
    cable report filing order notice""".split())


# ---------------------------------------------------------------- noun phrases


def _people(tok: _Tok) -> bool:
    """A noun for people, or a group of them: "spokeswoman", "marchers", "vecinos"."""
    return tok.low in entities.ROLE_NOUNS or tok.low in _CROWDS


_CROWDS = frozenset(
    """crowd crowds marchers spectators onlookers attendees participants mourners audience audiences fans
    supporters protesters demonstrators activists students children parents residents villagers citizens
    multitud manifestantes asistentes vecinos aficionados seguidores estudiantes trabajadores""".split())


def _approximate(toks: list[_Tok], i: int, hi: int) -> bool:
    """A number with an approximation before it: "about 50", "nearly 200", "more than 30", "más de 200"."""
    if toks[i].low in _APPROXIMATORS:
        n = i + 1
    elif toks[i].low in ("more", "más") and i + 1 < hi and toks[i + 1].low in ("than", "de"):
        n = i + 2
    else:
        return False
    return n < hi and toks[n].text[:1].isdigit()


_APPROXIMATORS = frozenset("about around nearly almost roughly some over unos unas cerca".split())


def _adverb(tok: _Tok) -> bool:
    """An adverb by its ending ("Domestically", "Previously", "Finalmente"), never a name such as Kelly."""
    return tok.word and len(tok.low) > 6 and tok.low.endswith(_ADVERB_ENDINGS) and not names.is_first_name(tok.text)


_ADVERB_ENDINGS = ("ally", "ously", "ively", "ently", "antly", "edly", "ately", "ily", "tly", "rly", "mente")


def _good_word(tok: _Tok, det: bool) -> bool:
    return tok.cap or tok.low in entities.ROLE_NOUNS or (det and (tok.low not in _PREMODIFIERS
                                                                  or tok.low in _ORGANISATION_WORDS))


# Words after a name's "'s" that make it "has" or "is": "Christie's been saying", "Ruiz's not running".
_AFTER_CONTRACTION = frozenset("been got gotten not never going always already still also just".split())


def _np_right(toks: list[_Tok], i: int, hi: int, text: str, appositive: bool = True) -> _Mention | None:
    """The noun phrase that starts at token ``i``: "the mayor of Madrid", "spokesman Tom Reyes", "she"."""
    if i >= hi or not toks[i].word:
        return None
    first = toks[i]
    if first.low in PRONOUNS:
        return _mention(toks, i, i + 1, text)
    if _adverb(first):
        return None  # "Domestically, …", "Finalmente, …"
    if first.spanish and first.cap and (first.low in _SPANISH_VERBS or first.low.endswith(("ó", "aron", "ieron"))):
        return None  # "Hizo una pausa …": a Spanish sentence opening with its verb
    if first.cap and (first.low in CUES or first.low in SUBJECTLESS_CALQUES) and i + 1 < hi and \
            toks[i + 1].low in ("that", "que"):
        return None  # "Question that …", "Stresses that …": a translated sentence with its subject dropped
    if _possessive(first) and first.cap and i + 1 < hi and toks[i + 1].low in _AFTER_CONTRACTION:
        return _mention(toks, i, i + 1, text)  # "Christie's been making the case": "Christie has", not an owner
    j, det = i, False
    if first.low in DETERMINERS and first.low not in ("that", "this"):
        det, j = True, i + 1
    elif _approximate(toks, i, hi):  # "About 50 protesters", "más de 200 vecinos"
        det, j = True, i + (3 if first.low in ("more", "más") else 1)
    elif _possessive(first) and first.cap:
        det, j = True, i + 1
    good, after_complement = None, False
    while j < hi and j - i < 12:
        tok = toks[j]
        if not tok.word or tok.low in DAYS_MONTHS and not (tok.cap and j > i and toks[j - 1].word
                                                           and toks[j - 1].low not in PREPOSITIONS):
            break
        low = tok.low
        if tok.cap and (low not in FUNCTION_WORDS or low in _NAMEABLE and j > i and toks[j - 1].cap) \
                and low not in PREPOSITIONS:
            good, after_complement = j + 1, False
        elif tok.cap and low in DETERMINERS and after_complement or low in NAME_PARTICLES and good and j + 1 < hi and toks[j + 1].cap and toks[j - 1].cap:
            pass
        elif (low in _COMPLEMENT or low == "to" and toks[j - 1].low in entities.ROLE_NOUNS) and good and j + 1 < hi \
                and (toks[j + 1].cap or toks[j + 1].low in DETERMINERS or (
                j + 2 < hi and toks[j + 1].word and toks[j + 2].cap)):  # "secretary of state Hillary Clinton"
            after_complement = True
        elif low in _COMPLEMENT and good and j + 1 < hi and toks[j + 1].word and toks[j + 1].low not in FUNCTION_WORDS \
                and (toks[j + 1].low not in CUES or toks[j + 1].low in NOUN_HOMOGRAPHS) and (j + 2 >= hi or toks[j + 2].low in CUES or toks[j + 2].text in ",.;"):
            good = j + 2  # "the head of state said", "the minister of health, …"
            j += 2
            continue
        elif low in DETERMINERS and after_complement:
            pass
        elif low == "of" and good is None and not det and 0 < j - i < 3 and j + 3 < hi and toks[j + 1].word \
                and not toks[j + 1].cap and toks[j + 2].cap and toks[j + 3].cap:
            pass  # a lower-case title before a name: "master of ceremonies Tom Baker"
        elif low in FUNCTION_WORDS or (low in CUES and low not in NOUN_HOMOGRAPHS) or low in ADVERBS or (
                low.endswith("ly") and len(low) > 4):
            break
        elif good and (not toks[j - 1].cap or low.endswith(("ed", "ing")) or low in _ENGLISH_VERBS
                       or tok.spanish) and _verb_like(low, tok.spanish):
            break  # "The Rove ad hits Clinton": the phrase ended before its verb
        elif _good_word(tok, det):
            good = j + 1
        elif not tok.cap and (det or good or low in _PREMODIFIERS or j - i < 3 or _AGE.match(low)):
            pass  # a modifier: kept only if a good word follows
        else:
            break
        j += 1
    if good is None:
        return None
    mention = _mention(toks, i, good, text)
    if mention is None:
        return None
    if good < hi and toks[good].text == "(":  # "the United Socialist Party (PSUV), Diosdado Cabello"
        close = next((m for m in range(good + 1, min(hi, good + 8)) if toks[m].text == ")"), None)
        if close is not None:
            good = mention.hi = close + 1
    if appositive and good + 1 < hi and toks[good].text == ",":
        other = _np_right(toks, good + 1, hi, text, appositive=False)
        if other and other.kind in ("name", "description") and not (other.hi >= hi or toks[other.hi].text in
                                                                    ",.;—–)"):
            comma = _role_apposition(toks, other, hi)
            if comma is not None:
                other.hi = comma  # the apposition runs to its comma
        if other and other.kind in ("name", "description") and (other.hi >= hi or toks[other.hi].text in ",.;—–)"):
            mention.apposition = other
    return mention


def _role_apposition(toks: list[_Tok], other: _Mention, hi: int) -> int | None:
    """Where "instructor del equipo nacional de parapente," ends: a role with its complements up to a comma,
    and no verb on the way."""
    if other.kind != "description" or other.head not in entities.ROLE_NOUNS:
        return None
    for m in range(other.hi, min(hi, other.hi + 12)):
        if toks[m].text == ",":
            return m
        if not toks[m].word or toks[m].low in CUES or toks[m].low in _AUXILIARIES:
            return None
    return None


def _verb_like(low: str, spanish: bool = False) -> bool:
    if low in entities.ROLE_NOUNS or low in _PREMODIFIERS or low in _ORGANISATION_WORDS or low.endswith(_POSSESSIVE):
        return False
    if spanish:
        return low in _SPANISH_VERBS or low.endswith(("ó", "aba", "aban", "ía", "ían", "aron", "ieron", "ando",
                                                      "iendo"))
    return low in _ENGLISH_VERBS or low.endswith(("ed", "ing")) or (
        low.endswith("s") and not low.endswith(("ss", "us", "is")))


_ENGLISH_VERBS = frozenset(
    """drew made took gave got went came saw knew thought found became left felt brought began kept held stood
    heard meant set met ran paid sat spoke led grew lost fell sent built understood broke spent cut rose drove
    bought wore chose won sold put let seemed appeared remains remained read""".split()
)
_SPANISH_VERBS = frozenset(
    "es son era eran fue fueron ha han había habían será serán está están estaba puso hizo dijo tuvo estuvo vino dio "
    "vio quiso pudo supo hay tiene tienen cree creen da hace va pide gana pierde sale llega vuelve"
    .split()
)


def _np_left(toks: list[_Tok], k: int, lo: int, text: str, antecedent: bool = False) -> _Mention | None:
    """The subject that ends just before the verb at ``k``: "Ana Ruiz, the spokeswoman, said"; with ``antecedent``,
    the noun phrase a relative pronoun at ``k`` stands for, which may follow a preposition ("from Ana Ruiz, who")."""
    j = k - 1
    while j >= lo and toks[j].word and (toks[j].low in ADVERBS or toks[j].low in _CLITICS or (
            toks[j].low.endswith("ly") and not toks[j].cap and len(toks[j].low) > 4) or (
            toks[j].low in DAYS_MONTHS and j - 1 >= lo and (toks[j - 1].low in _BEFORE_DAY or toks[j - 1].low in
                                                            ADVERBS)) or (
            toks[j].low in _BEFORE_DAY and not toks[j].cap and toks[j + 1].low in DAYS_MONTHS)):
        j -= 1  # "Trump also said", "Gowdy earlier Thursday said", "Ruiz on Monday said"
    j = _skip_brackets(toks, j, lo)
    if j >= lo and toks[j].text in ("—", "–", "-"):  # "Gingrich — mentioned by Newsmax as … — told"
        m = next((m for m in range(j - 1, max(lo - 1, j - 30), -1) if toks[m].text in ("—", "–", "-")
                  or toks[m].quote >= 0), None)
        if m is None or toks[m].quote >= 0:
            return None
        j = m - 1
    apposition: tuple[int, int] | None = None
    if j >= lo and toks[j].text == ",":
        opening = _opening_subject(toks, lo, j, text)
        if opening is not None:  # "Greg Raiff, chief executive of X, an aviation firm, said"
            return opening
        m = j - 1
        while m >= lo and j - m <= 25 and toks[m].text not in ",.;:!?" and toks[m].quote < 0 and (
                toks[m].cap or toks[m].low not in SAY or toks[m].low in NOUN_HOMOGRAPHS):
            m -= 1
        if m - 1 < lo or toks[m].text != "," or _is_clause(toks, m + 1, j):
            return None  # "…, the diplomat will be extradited, confirmed X": a clause, not an apposition
        apposition, j = (m + 1, j), _skip_brackets(toks, m - 1, lo)
        if j - 1 > lo and toks[j].text.isdigit() and toks[j - 1].text == ",":  # "Ana Ruiz, 60, a doctor, said"
            j -= 2
    if j < lo or not toks[j].word:
        return None
    if toks[j].low in PRONOUNS or toks[j].low in _QUANTIFIERS and (j == lo or not toks[j - 1].word):
        if j - 1 >= lo and toks[j - 1].low in PREPOSITIONS:
            return None
        return _mention(toks, j, j + 1, text)
    i, start, lc_run = j, None, 0
    while i >= lo and toks[i].word:
        tok = toks[i]
        low = tok.low
        if low in ("that", "this") and i < j and toks[i + 1].cap:
            break  # "assured that NATO should …"
        if low in DETERMINERS or _possessive(tok):
            if i - 2 >= lo and toks[i - 1].low in _COMPLEMENT | {"a/"} and toks[i - 2].word and i < j:
                i -= 1  # "Un portavoz de los laboristas": the determiner of a complement, keep going
                continue
            start = i
            if _possessive(tok) and i - 1 >= lo and toks[i - 1].low in DETERMINERS:
                start = i - 1
            break
        if tok.cap:
            if low in FUNCTION_WORDS or low in DAYS_MONTHS or low in PREPOSITIONS:
                break
            lc_run = 0
        elif low in NAME_PARTICLES and i < j and i - 1 >= lo and toks[i - 1].cap and toks[i + 1].cap or (low in _COMPLEMENT or low == "a/") and i < j and i - 1 >= lo and toks[i - 1].word:
            pass
        elif low in ("and", "y") and i < j and i - 1 >= lo and _people(toks[i - 1]) and _people(toks[i + 1]):
            pass  # "many marchers and spectators chanting"
        elif low in FUNCTION_WORDS or (low in CUES and low not in NOUN_HOMOGRAPHS) or low in ADVERBS or lc_run >= 4:
            break
        else:
            lc_run += 1
        i -= 1
    if start is None:
        start = i + 1
        while start <= j and not toks[start].cap and toks[start].low not in entities.ROLE_NOUNS \
                and toks[start].low not in _PREMODIFIERS and not _people(toks[start]):
            start += 1  # leading words that are not part of a title: "voters who like Trump"
    if start > j:
        return None
    gerund = toks[k].low.endswith("ing") and start - 1 >= lo and toks[start - 1].low in ("of", "with")
    as_said = toks[start - 1].low == "as" and toks[k].low in SAY if start - 1 >= lo else False
    if start - 1 >= lo and toks[start - 1].low in PREPOSITIONS and toks[start].low not in ("según",) and not gerund \
            and not antecedent and not as_said:  # "as Ana Ruiz said": a conjunction, and its subject
        # "in a low voice said": the phrase belongs to a preposition; a name after a prepositional
        # phrase ("In a statement Trump said") is still the subject.
        caps = [n for n in range(start, j + 1) if toks[n].cap]
        if not caps or caps[0] == start or not all(toks[n].cap for n in range(caps[0], j + 1)):
            return None
        start = caps[0]
    if start - 2 >= lo and toks[start - 1].word and not toks[start - 1].cap and \
            toks[start - 2].low in ("que", "who", "that", "which", "quien"):
        # "la experta que tocaba el carrillón llamó", "Ana Ruiz, who is chairman of X said": the comma closing
        # the relative clause left out
        outer = _np_left(toks, start - 3 if start - 3 >= lo and toks[start - 3].text == "," else start - 2, lo, text)
        if outer is not None and outer.kind != "thing":
            return outer
    mention = _mention(toks, start, j + 1, text)
    if mention and apposition:
        other = _np_right(toks, apposition[0], apposition[1], text, appositive=False)
        if other and other.kind in ("name", "description"):
            mention.apposition = other
    return mention


def _abbreviation_stop(toks: list[_Tok], m: int, hi: int) -> bool:
    """A full stop that ends an abbreviation inside a phrase ("Salem, Ore., said"), not a sentence."""
    return toks[m].text == "." and m + 1 < hi and toks[m + 1].text == "," and m > 0 and toks[m - 1].cap


def _is_clause(toks: list[_Tok], lo: int, hi: int) -> bool:
    """An auxiliary verb that no relative pronoun introduces: "the diplomat will be extradited" is a clause,
    "who was chief strategist" or "a doctor" an apposition."""
    for n in range(lo, hi):
        if toks[n].low in _RELATIVES:
            return False
        if toks[n].low in _AUXILIARIES:
            return True
    return False


_RELATIVES = frozenset("who whom whose which that que quien quienes cuyo cuya".split())


def _skip_brackets(toks: list[_Tok], j: int, lo: int) -> int:
    if j >= lo and toks[j].text == ")":
        for m in range(j - 1, max(lo - 1, j - 10), -1):
            if toks[m].text == "(":
                return m - 1
    return j


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
    return _Mention(lo, hi, base, words[-1].end, span_text, kind, name=name, head=head, gender=gender, plural=plural,
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
                   or run[0].low in ("more", "más")):
        run = run[1:]  # "The Minister" opening a sentence: the article is no part of a name
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
    head = head_words[-1].low
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
_BE = frozenset("was were is are be been being fue fueron es son sido era eran está están estaba".split())
_BEFORE_DAY = frozenset("on this last next el este".split())
_AUXILIARIES = _BE | frozenset("will would has have had can could should must did does do ha han había habían".split())
_MODALS = frozenset("to should would could can must might may shall will".split())
_NAMEABLE = frozenset("may will june april august grace bill mark rose hope joy".split())  # "PM May"
_QUANTIFIERS = frozenset(
    "several many some others both most few all another muchos varios algunos otros ambos otro otra".split())
_AGE = re.compile(r"\d+-year-old$")
_PLURAL_ROLES = frozenset(r for r in entities.ROLE_NOUNS if r.endswith("s") and r[:-1] in entities.ROLE_NOUNS) | {
    "people", "police", "men", "women", "spokespeople", "spokesmen", "fuentes", "portavoces"}
_ORGANISATION_WORDS = frozenset(
    """news times post journal network campaign department office agency ministry newspaper magazine paper
    outlet report study poll survey statement website group institute foundation center centre association
    coalition university school hospital firm corporation company commission service station channel
    tribune herald gazette press review daily ad ads advert letter memo email emails tweet tweets release
    editorial article video book filing complaint lawsuit document documents message note transcript
    announcement platform bill resolution order ruling decision verdict sign signs banner airport airline airlines
    palace stadium museum church summit conference festival square
    periódico diario informe comunicado estudio encuesta nota carta documento agencia ministerio gobierno""".split()
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


# ---------------------------------------------------------------- people named so far


def _register(state: _State, mention: _Mention, sentence: int) -> _Person | None:
    """The person (or group) a mention names, remembered with its position."""
    target = mention.apposition if mention.apposition and mention.kind != "name" and \
        mention.apposition.kind == "name" else mention
    roles = set(mention.roles) | (set(mention.apposition.roles) if mention.apposition else set())
    gender = target.gender or mention.gender or (mention.apposition.gender if mention.apposition else None)
    if target.kind == "name" and target.name:
        key = target.head
        person = _find(state, key, gender, target.name)
        if len(target.name.split()) == 1:
            other = state.by_first.get(_fold(target.name))  # "Kim" for Kim Jong Un, "Ri" for Ri Yong Ho
            if other is not None and (person is None or len(other.name.split()) > len(person.name.split())):
                person = other
        if person is None:
            person = _Person(target.name, key, gender, roles, target.start, sentence)
            same = state.by_key.setdefault(key, [])
            same.append(person)
            del same[:-8]  # a few people of one surname are enough; memory and time stay bounded
            words = target.name.split()
            if len(words) > 1 and words[0][:1].isupper():  # "Kit" for Kit Harington, "Ri" for Ri Yong Ho
                state.by_first.setdefault(_fold(words[0]), person)
        elif len(target.name.split()) > len(person.name.split()) and names.is_first_name(target.name.split()[0]):
            person.name = target.name
        person.gender = person.gender or gender
        person.stated_gender = gender
        person.plural = person.plural or target.plural
        person.roles |= roles
    elif target.kind in ("description", "organisation"):
        person = _Person(target.text, target.head, gender, roles, target.start, sentence,
                         organisation=target.kind == "organisation", plural=target.plural, named=False,
                         stated_gender=gender)
    else:
        return None
    person.last_pos, person.last_sentence = max(person.last_pos, target.start), sentence
    state.persons.append(person)
    if len(state.persons) > 64:
        del state.persons[:32]
    return person


def _find(state: _State, key: str, gender: str | None, name: str) -> _Person | None:
    candidates = state.by_key.get(key)
    if not candidates:
        return None
    first = name.split()[0]
    for person in reversed(candidates):
        if gender and person.gender and gender != person.gender:
            continue
        if len(name.split()) > 1 and names.is_first_name(first) and len(person.name.split()) > 1 \
                and _fold(person.name.split()[0]) != _fold(first) and names.is_first_name(person.name.split()[0]):
            continue  # Bill Clinton is not Hillary Clinton
        return person
    return None


def _agrees(person: _Person, gender: str | None, plural: bool, low: str) -> bool:
    if low == "it":  # an organisation ("the Red Cross", "NATO")
        return not person.plural and person.organisation
    if plural:
        return person.plural or person.organisation
    if person.plural or person.organisation:
        return False
    if not person.named and person.key not in entities.ROLE_NOUNS:
        return False  # "he" is not "the culture"
    return gender is None or person.gender is None or person.gender == gender


def _resolve_pronoun(state: _State, mention: _Mention, sentence: int) -> _Person | None:
    """The most recent subject (of an attribution or a sentence) that agrees, then any person named."""
    if mention.head in _FIRST_PERSON:
        return None
    for when, person in reversed(state.topics):
        if sentence - when > RECENT:
            break
        if person.last_pos <= mention.start:
            agreeing = _agreeing(state, person, mention)
            if agreeing:
                return agreeing
    for person in reversed(state.persons):
        if sentence - person.last_sentence > RECENT:
            break
        if person.last_pos < mention.start and _agrees(person, mention.gender, mention.plural, mention.head):
            return person
    return None


def _only_person(state: _State, mention: _Mention, sentence: int) -> _Person | None:
    """ "He affirms …" with only a woman named so far: translation from Spanish restores a dropped subject
    with the wrong gender, so a "he" or "she" that agrees with nobody goes to the one person in reach."""
    if mention.head not in ("he", "she", "él", "ella"):
        return None
    found: _Person | None = None
    for person in reversed(state.persons):
        if sentence - person.last_sentence > RECENT:
            break
        if person.last_pos <= mention.start and person.named and not person.plural and not person.organisation:
            if found is not None and found is not person and found.name != person.name:
                return None
            found = person
    return found


def _agreeing(state: _State, person: _Person, mention: _Mention) -> _Person | None:
    """``person``, or the other person of the same surname when only that one agrees (Bill or Hillary Clinton)."""
    if _agrees(person, mention.gender, mention.plural, mention.head):
        return person
    if person.organisation or person.plural or person.stated_gender:
        return None  # "Mrs. Clinton …, said Axelrod. “…,” he said.": she was named as a woman, so not Bill Clinton
    return next((p for p in reversed(state.by_key.get(person.key, ()))
                 if _agrees(p, mention.gender, mention.plural, mention.head)), None)


def _resolve_description(state: _State, mention: _Mention, sentence: int) -> _Person | None:
    """The person holding the role the description names, else the subject just before it ("the actor")."""
    leader = mention.head in entities.LEADER_NOUNS
    if state.topics and mention.text.lower().startswith(("the ", "el ", "la ")) and not mention.plural:
        # "John Kasich said … The Ohio governor said": a description right after a named subject is that subject,
        # unless the subject holds another title
        when, person = state.topics[-1]
        if sentence - when <= 1 and person.named and not person.organisation and not person.plural and \
                person.gender is not None and mention.gender in (None, person.gender) and \
                (mention.head in person.roles or not person.roles & (entities.NAME_TITLES | entities.ROLE_NOUNS)):
            return person
    for person in reversed(state.persons):
        if sentence - person.last_sentence > 40:
            break
        if not person.organisation and not person.plural and person.name != mention.text and \
                (mention.head in person.roles or leader and person.roles & entities.LEADER_TITLES) and \
                (mention.gender is None or person.gender in (None, mention.gender)) and person.key in state.by_key:
            return person
    if mention.plural or mention.head not in entities.ROLE_NOUNS or not mention.text.lower().startswith(
            ("the ", "el ", "la ")):
        return None
    for when, person in reversed(state.topics):  # the subject just before, unless titled otherwise
        if sentence - when > RECENT:
            break
        if person.named and not person.organisation and not person.plural and \
                (mention.gender is None or person.gender in (None, mention.gender)) and \
                not (person.roles & entities.NAME_TITLES - {mention.head} and not leader):
            return person
    return None


def _speaker(state: _State, mention: _Mention, sentence: int, cue: _Tok | None, cue_text: str | None = None,
             reported: bool = False) -> _Speaker:
    """Resolve a subject mention to a speaker, and remember it as the last attribution and a subject a pronoun
    may refer to, unless it stands inside what someone else is reported saying (``reported``)."""
    written_end = mention.apposition.end if mention.apposition and mention.kind != "name" and \
        mention.apposition.kind == "name" else mention.end
    written = state.text[mention.start:written_end]
    span = Span(mention.start, written_end)
    person, how, resolved = None, None, None
    if mention.kind == "pronoun":
        person = _resolve_pronoun(state, mention, sentence)
        how = "pronoun" if person else None
        if person is None:
            person = _only_person(state, mention, sentence)
            how = "pronoun, gender differs" if person else None
        resolved = person.name if person else None
        if person:
            person.last_pos, person.last_sentence = mention.start, sentence
            if person.gender is None and mention.gender and not person.organisation:
                person.gender = mention.gender
    else:
        described = mention.kind == "description" and not mention.apposition
        person = _resolve_description(state, mention, sentence) if described else None
        if person:
            how, resolved = "description", person.name
            person.last_pos, person.last_sentence = mention.start, sentence
            if mention.head in entities.ROLE_NOUNS and mention.hi - mention.lo == 2:
                person.roles.add(mention.head)  # "the actor" found Kit Harington: a later "the actor" is him too
        else:
            person = _register(state, mention, sentence)
            resolved = person.name if person else written
            if mention.kind == "name":
                how = "surname" if resolved != mention.name else "name"
            elif mention.apposition and mention.apposition.kind == "name":
                how = "apposition"
            else:
                how = "as written"
    cue_span = Span(cue.start, cue.start + len(cue_text) if cue_text and state.text.startswith(cue_text, cue.start)
                    else cue.end) if cue else None
    found = _Speaker(written, span, resolved, how, cue_text or (cue.text if cue else None), cue_span, person,
                     sentence, state.block)
    if resolved and not reported:
        if cue is None or cue.low in SAY or cue.low in ("according", "según", "segun") or cue.low in _AS_PUT or \
                state.last is None:
            state.last = found  # a stance verb ("X criticized the plan") does not make X the one speaking
        if person is not None:
            state.topics.append((sentence, person))
            if len(state.topics) > 64:
                del state.topics[:32]
    return found


def _dropped_subject(state: _State, cue: _Tok, sentence: int) -> _Speaker | None:
    """A speech verb with no subject ("…», añadió."): the last subject goes on talking."""
    last = state.last
    newer = next((p for when, p in reversed(state.topics) if last is not None and when > last.sentence
                  and sentence - when <= RECENT and p.named and not p.plural and not p.organisation
                  and (p.gender or p.roles)), None)  # surely a person (a gender, a role), not "Ghost Town"
    person: _Person | None
    if newer is not None:  # "«…», dijo Ana. La visión de Pedro fue otra. «…», afirmó.": Pedro, talked of since
        person = newer
    elif last is not None and last.resolved and last.speech and state.block - last.block <= 3:
        person = last.person
    else:
        stand_in = _Mention(0, 0, cue.start, cue.start, "", "pronoun", head="él/ella")
        person = _resolve_pronoun(state, stand_in, sentence)
    if person is None and (last is None or not last.resolved or state.block - last.block > 1):
        return None
    if person is not None and not (last and last.person is person):
        found = _Speaker(None, None, person.name, "dropped subject", cue.text, Span(cue.start, cue.end), person,
                         sentence, state.block)
    elif last is not None:
        found = replace(last, written=None, span=None, how="dropped subject", cue=cue.text,
                        cue_span=Span(cue.start, cue.end), sentence=sentence, block=state.block)
    else:
        return None
    state.last = found
    return found


def _mentions(state: _State, toks: list[_Tok], lo: int, hi: int, sentence: int) -> None:
    """Remember people named in running text: a known first name or a title before capitalised words."""
    i = lo
    while i < hi:
        tok = toks[i]
        if not tok.cap:
            i += 1
            continue
        j = i
        while j < hi and (toks[j].cap and not (j > i and toks[j].low in CUES) or (
                toks[j].low in NAME_PARTICLES and j + 1 < hi and toks[j + 1].cap)):
            j += 1  # a title-case headline's verb ends the name: "Clinton Says Russians Hacked DNC"
        run = [t for t in toks[i:j] if t.low not in FUNCTION_WORDS]
        titled = i > lo and (toks[i - 1].low in entities.NAME_TITLES or (
            toks[i - 1].low in entities.ROLE_NOUNS and toks[i - 1].low not in _PLURAL_ROLES))
        if run:
            known = state.by_key.get(_fold(run[-1].text))
            if titled or names.is_first_name(run[0].text) or (known and len(run) <= 2) or \
                    run[0].low.rstrip(".") in entities.NAME_TITLES:
                mention = _mention(toks, i if not titled else i - 1, j, state.text)
                if mention and mention.kind == "name" and mention.name and (
                        names.is_first_name(mention.name.split()[0]) or titled or known
                        or run[0].low.rstrip(".") in entities.NAME_TITLES):
                    _register(state, mention, sentence)
        i = max(j, i + 1)


# ---------------------------------------------------------------- quotations


def _topic(state: _State, toks: list[_Tok], lo: int, hi: int, sentence: int) -> _Person | None:
    """A person named as the subject of a sentence becomes what a later "he" or "she" may refer to; so does
    the owner in a subject like "Trump's outlook" or "la perspectiva de Trump"."""
    mention = _sentence_subject(toks, lo, hi, state.text)
    if mention is None:
        return None
    if mention.kind == "description" and not mention.apposition and mention.head not in entities.ROLE_NOUNS:
        owner = _owner(toks, mention, state.text)  # "la perspectiva de Trump", not "el ministro de Corea"
        if owner is not None and (owner.name and names.is_first_name(owner.name.split()[0]) or owner.head in state.by_key):
            mention = owner
    # "Trump da un mitin": the headline's one-word subject before its verb
    headline = state.block == 1 and sentence == 1 and mention.name is not None and len(mention.name.split()) == 1 \
        and mention.hi < hi and toks[mention.hi].word and (toks[mention.hi].low in CUES or _verb_like(
            toks[mention.hi].low, toks[mention.hi].spanish))
    if mention.kind == "name" and mention.name and (headline or
            names.is_first_name(mention.name.split()[0]) or mention.head in state.by_key
            or 2 <= len(mention.name.split()) <= 3 or (mention.roles & entities.NAME_TITLES)
            or mention.hi + 1 < hi and toks[mention.hi].text == "," and (  # "Rihanna, who …", "Haines, 44,"
                toks[mention.hi + 1].low in ("who", "whose", "a", "an", "the") or toks[mention.hi + 1].text.isdigit())) or \
            mention.kind == "description" and not mention.plural and (  # "A woman appeared …"
                mention.gender or mention.apposition and mention.apposition.kind == "name"):  # "The minister, Ana Ruiz,"
        person = None
        if mention.kind == "description" and not mention.apposition:  # "El presidente hizo …": whom it means
            person = _resolve_description(state, mention, sentence)
        if person is None:
            person = _register(state, mention, sentence)
        if person is not None:
            state.topics.append((sentence, person))
            return person
    return None


def _clause_topics(state: _State, toks: list[_Tok], lo: int, hi: int, sentence: int) -> None:
    """The subject of a main clause joined on by ", but" / ", and" / ";" is a later subject than the sentence's:
    "The moderators were ready to move on, but Lopez wasn't having it. “…,” he said." means Lopez."""
    for n in range(lo + 1, hi - 2):
        joined = toks[n].text == ";" or toks[n].text == "," and toks[n + 1].low in ("but", "and", "yet")
        if not joined:
            continue
        mention = _sentence_subject(toks, n + 1, hi, state.text)
        if mention is None or mention.kind != "name" or not mention.name or mention.plural:
            continue
        if names.is_first_name(mention.name.split()[0]) or mention.roles & entities.NAME_TITLES or \
                any(p.gender for p in state.by_key.get(mention.head, ())):  # surely a person, not "Clarkston"
            person = _register(state, mention, sentence)
            if person is not None:
                state.topics.append((sentence, person))


def _owner(toks: list[_Tok], mention: _Mention, text: str) -> _Mention | None:
    """The person a description belongs to: "Trump's outlook", "la perspectiva de Trump"."""
    words = toks[mention.lo:mention.hi]
    for n, tok in enumerate(words):
        if _possessive(tok) and tok.cap:
            start = n
            while start > 0 and words[start - 1].cap:
                start -= 1
            found = _mention(toks, mention.lo + start, mention.lo + n + 1, text)
            return found if found is not None and found.kind == "name" else None
        if tok.low in ("of", "de", "del") and n + 1 < len(words) and words[n + 1].cap:
            end = n + 1
            while end < len(words) and words[end].cap:
                end += 1
            found = _mention(toks, mention.lo + n + 1, mention.lo + end, text)
            return found if found is not None and found.kind == "name" else None
    return None


def _cue_subject(state: _State, toks: list[_Tok], k: int, lo: int, hi: int, sentence: int,
                 cache: dict[int, _Speaker | None]) -> _Speaker | None:
    """The speaker of the speech verb at ``k`` (cached: each verb is read once)."""
    if k in cache:
        return cache[k]
    cue = toks[k]
    found = None
    relative = k - 1  # "X, who has repeatedly called …": the relative pronoun before auxiliaries and adverbs
    while relative > lo and k - relative < 4 and toks[relative].low in ADVERBS and toks[relative - 1].low != ",":
        relative -= 1
    if cue.low == "according" and k + 2 <= hi:
        mention = _np_right(toks, k + 2, hi, state.text)
        if mention:
            found = _speaker(state, mention, sentence, cue, state.text[cue.start:toks[k + 1].end])
    elif cue.low in SPEECH_WITH_CLAUSE and k - 1 >= lo and toks[k - 1].low in ("who", "quien", "quienes", "que") \
            and not (k + 1 < hi and (toks[k + 1].low in ("que", "that", ":") or toks[k + 1].quote >= 0)):
        pass  # "los Juegos, que concluyeron en mayo": a verb that is speech only with what was said after it
    elif relative - 1 >= lo and toks[relative].low in ("who", "quien", "quienes", "que") and (
            toks[relative - 1].text == "," or toks[relative - 1].cap) and (
            _np_left(toks, relative - 1, lo, state.text, antecedent=True) or state.last is not None
            and state.last.sentence == sentence):
        # "Candace Turner, que tuiteó: …", "said X, who added …", "X, who has called the plan “…”", "criticism
        # from X, who called …"
        mention = _np_left(toks, relative - 1 if toks[relative - 1].text == "," else relative, lo, state.text,
                           antecedent=True)
        if mention is not None and mention.kind != "thing":
            found = _speaker(state, mention, sentence, cue)
        elif state.last is not None:
            found = replace(state.last, cue=cue.text, cue_span=Span(cue.start, cue.end))
    elif cue.low in ("según", "segun", "selon", "laut", "segundo"):
        mention = _np_right(toks, k + 1, hi, state.text)
        if mention:
            found = _speaker(state, mention, sentence, cue)
    else:
        after_quote = k - 1 >= lo and (toks[k - 1].quote >= 0 or toks[k - 1].low in ("como", "as", "según") or (
            toks[k - 1].text in _SPEECH_PUNCT and k - 2 >= lo and toks[k - 2].quote >= 0))  # "…”, said X", "as X said"
        if state.language != "en" and _parenthetical(toks, k, lo, hi):
            cache[k] = _dropped_subject(state, cue, sentence)  # "Los demócratas, afirmó, están…": not named here
            return cache[k]
        if cue.low in _ING_CUES and not after_quote and k - 1 >= lo and toks[k - 1].text == ",":
            # "Trump went after Bush, calling him “…”", "X said, adding that …": the main clause's subject
            earlier = next((found for j, found in itertools.islice(reversed(cache.items()), _REPORTED_REACH)
                            if j < k and found and found.adjacent and toks[j].low in SAY), None)
            if earlier is not None:
                cache[k] = replace(earlier, cue=cue.text, cue_span=Span(cue.start, cue.end), adjacent=False)
                return cache[k]
            main = _clause_subject(toks, lo, k - 1, state.text) or _sentence_subject(toks, lo, k, state.text)
            if main is not None and _may_speak(toks, main):
                speaker = _speaker(state, main, sentence, cue, reported=_reported(toks, k, cache))
                if speaker is not None:
                    speaker.adjacent = False
                cache[k] = speaker
                return speaker
        if cue.low in _ING_CUES and k > lo and all(t.word and t.low in _OPENING_PARTICIPLE for t in toks[lo:k]):
            # "While denouncing the “greed” of banks, she …": the opening clause's doer is the main clause's subject
            main = _after_opening_clause(toks, k, hi, state.text)
            if main is not None and _may_speak(toks, main):
                speaker = _speaker(state, main, sentence, cue)
                speaker.adjacent = False
                cache[k] = speaker
                return speaker
        mention = _inverted_subject(toks, k, hi, state.text) if after_quote and cue.low in SAY or \
            _opens_inverted(toks, k, lo) else None
        if mention is None:
            mention = _np_left(toks, k, lo, state.text)
        if mention is None and k - 1 >= lo and toks[k - 1].text == "," and cue.low not in TAKES_OBJECT:
            # "The plan failed, said Ana.", and in translation "…, criticized the party's secretary, Ana Ruiz."
            mention = _inverted_subject(toks, k, hi, state.text, strict=True)
            if mention is not None and cue.low not in SAY and not (mention.kind == "name" or (
                    mention.kind == "description" and mention.head in entities.ROLE_NOUNS)):
                mention = None  # "…, criticized the plan.": the object of a stance verb
        if mention is not None and _issued(toks, mention, lo):
            issuer = _sentence_subject(toks, lo, mention.lo, state.text)  # "X issued a statement saying “…”": X
            if issuer is not None and issuer.kind in ("name", "organisation", "pronoun") or issuer is not None and \
                    issuer.kind == "description" and issuer.head in entities.ROLE_NOUNS:
                mention = issuer
        adjacent = mention is not None
        if mention is None:  # "X paused and declared", "…, saying", "X in a low voice said"
            mention = _sentence_subject(toks, lo, k, state.text)
        if mention is not None and (mention.kind == "thing" or (cue.low in SAY_OF_PEOPLE or cue.low not in SAY) and
                                    mention.kind == "description" and mention.head not in entities.ROLE_NOUNS
                                    and mention.head.rstrip("s") not in entities.ROLE_NOUNS):
            mention = None  # "in a low voice", "the result underscores", "the humour feels": no one speaks
        if mention is not None and mention.head in _FIRST_PERSON:
            mention = None
        if mention is not None:
            phrase = state.text[cue.start:toks[k + 1].end] if k + 1 < hi and \
                f"{cue.low} {toks[k + 1].low}" in CUES else None  # "shot back", "pointed out"
            found = _speaker(state, mention, sentence, cue, phrase, reported=_reported(toks, k, cache))
            found.adjacent = adjacent
        elif _opens_subjectless(toks, lo, cache) and (opening := cache[lo]) is not None:
            # "Questions that … and warns that …": the same speaker
            found = replace(opening, cue=cue.text, cue_span=Span(cue.start, cue.end))
            state.last = found
        elif (state.language != "en" or k == lo and cue.cap or _parenthetical(toks, k, lo, hi)) and not (
                k - 1 >= lo and toks[k - 1].cap and toks[k - 1].low not in FUNCTION_WORDS):
            # "…», añadió.", and in translation "Stresses that …", "And so, has added, despite …"
            found = _dropped_subject(state, cue, sentence)
    if found is not None and (cue.low in SAY and cue.low not in SPEECH_WITH_CLAUSE or cue.low in _AS_PUT or k + 1 < hi and (
            toks[k + 1].low in ("que", "that", ":") or cue.low in SAY and (
                toks[k + 1].text == "," or toks[k + 1].quote >= 0))):
        found.speech = True  # it introduces what was said: "X said", "X criticizes that …", "X asegura que …"
    cache[k] = found
    return found


def _may_speak(toks: list[_Tok], main: _Mention) -> bool:
    """A subject that can be the doer of a speech verb: a person, a pronoun, an institution, a role."""
    return main.kind in ("name", "pronoun", "organisation") or main.kind == "description" and (
        main.head in entities.ROLE_NOUNS or bool(main.apposition) or main.plural and _people(toks[main.hi - 1]))


# Words that may open a sentence before a participle of speech: "But while calling …", "After denouncing …".
_OPENING_PARTICIPLE = frozenset("but and yet while after before when by in despite since even also though although "
                                "pero y mientras tras después al".split())


def _after_opening_clause(toks: list[_Tok], k: int, hi: int, text: str) -> _Mention | None:
    """The subject after the comma that closes an opening participial clause at ``k``, when a verb follows it
    ("While calling the plan “a joke,” Tom Baker voted for it" gives Tom Baker)."""
    end = None
    for n in range(k + 1, min(hi, k + _OPENER_REACH)):
        if toks[n].text == "," or toks[n].quote >= 0 and toks[n].text.rstrip("”\"’'»")[-1:] == ",":
            end = n
            break
        if toks[n].text in ".;:!?":
            return None
    if end is None:
        return None
    main = _np_right(toks, end + 1, hi, text)
    if main is None:
        return None
    nxt = main.apposition.hi if main.apposition else main.hi
    if nxt < hi and toks[nxt].text == ",":
        nxt += 1
    return main if nxt < hi and toks[nxt].word and not toks[nxt].cap else None


def _issued(toks: list[_Tok], mention: _Mention, lo: int) -> bool:
    """A document someone put out, right before the verb that reports it: "issued a statement saying",
    "released a new radio ad calling it", "emitió un comunicado en el que afirma"."""
    first = toks[mention.lo]
    return mention.head in _DOCUMENTS and first.low in ("a", "an", "un", "una") and mention.lo - 1 > lo and \
        (toks[mention.lo - 1].low in _ISSUING or mention.lo - 2 > lo and toks[mention.lo - 1].low == "out"
         and toks[mention.lo - 2].low in _ISSUING)


_DOCUMENTS = frozenset(
    """statement release ad ads advert advertisement video website site letter memo email tweet post message note
    article report comunicado nota carta mensaje vídeo video anuncio""".split())
_ISSUING = frozenset(
    """issued released put sent posted published emailed tweeted circulated unveiled launched aired distributed
    issues releases puts sends posts publishes emails tweets circulates unveils launches airs distributes
    emitió publicó difundió envió lanzó divulgó emite publica difunde envía lanza""".split())


def _clause_subject(toks: list[_Tok], lo: int, comma: int, text: str) -> _Mention | None:
    """The subject of a subordinate clause that ends at ``comma``, which a participle after the comma goes with:
    "Ana spoke near the plant, where about 50 workers had gathered, chanting “…”"."""
    for m in range(comma - 1, max(lo, comma - 20), -1):
        if not toks[m].word:
            return None
        if toks[m].low in ("where", "while", "as", "donde", "mientras"):
            mention = _np_right(toks, m + 1, comma, text, appositive=False)
            if mention is not None and mention.hi < comma and toks[mention.hi].word and not toks[mention.hi].cap:
                return mention
            return None
    return None


def _reported(toks: list[_Tok], k: int, cache: dict[int, _Speaker | None]) -> bool:
    """Whether the verb at ``k`` stands inside the "that …" clause of an earlier speech verb of its sentence
    ("Questions that Minister Ábalos said …")."""
    return any(j < k and found is not None and found.speech and any(
        t.low in ("that", "que") for t in toks[j + 1:min(k, j + 5)])
        for j, found in itertools.islice(reversed(cache.items()), _REPORTED_REACH))


_REPORTED_REACH = 8  # speech verbs looked back at: bounded, so a sentence of any length stays linear


def _parenthetical(toks: list[_Tok], k: int, lo: int, hi: int) -> bool:
    """ ", has apostilled," / ", afirmó,": a speech verb alone between commas."""
    before = k - 1 if k - 1 >= lo and toks[k - 1].low not in ("has", "have", "had", "ha", "han") else k - 2
    return before >= lo and toks[before].text == "," and k + 1 < hi and toks[k + 1].text == ","


def _opens_subjectless(toks: list[_Tok], lo: int, cache: dict[int, _Speaker | None]) -> bool:
    """Whether the sentence opens with a speech verb whose subject was dropped ("Questions that …")."""
    first = cache.get(lo)
    return first is not None and first.how == "dropped subject" and toks[lo].cap


def _inverted_subject(toks: list[_Tok], k: int, hi: int, text: str, strict: bool = False) -> _Mention | None:
    """ "said Ana Ruiz": the subject after its verb, which must not start a clause of its own; a time
    between them is passed over ("declared today the president-elect", a Spanish word order)."""
    while k + 2 < hi and toks[k + 1].word and (toks[k + 1].low in ("today", "yesterday", "tonight", "hoy", "ayer")
                                               or toks[k + 1].low in ("this", "last", "on") and toks[k + 2].low in
                                               DAYS_MONTHS | TIME_WORDS):
        k += 1 if toks[k + 1].low in ("today", "yesterday", "tonight", "hoy", "ayer") else 2
    if k + 2 < hi and toks[k + 1].low == "a/":  # "dijo a Reuters un portavoz …": past the indirect object
        addressee = _np_right(toks, k + 2, hi, text, appositive=False)
        if addressee is not None and addressee.hi < hi and toks[addressee.hi].word:
            k = addressee.hi - 1
    mention = _np_right(toks, k + 1, hi, text)
    if mention is None or mention.kind == "pronoun" and strict:
        return mention if mention is None or not strict else None
    end = mention.apposition.hi if mention.apposition else mention.hi
    if end == mention.hi and end + 1 < hi and toks[end].low == "and" and mention.kind == "name" and \
            mention.head in entities.NAME_TITLES:
        # "said former Ohio Gov. and party chairman Ana Ruiz": two titles of one person, then the name
        named = _np_right(toks, end + 1, hi, text)
        if named is not None and named.kind == "name" and not named.plural:
            mention = replace(named, lo=mention.lo, start=mention.start, text=text[mention.start:named.end],
                              roles=mention.roles | named.roles)
            end = mention.apposition.hi if mention.apposition else mention.hi
    if end < hi and toks[end].word and (strict or toks[end].low not in PREPOSITIONS and toks[end].low not in
                                        ("who", "que", "quien", "whose") and toks[end].low not in _SUBORDINATORS
                                        and not _rest_of_phrase(toks, end, hi)):
        return None  # "said Trump supporters were…": a clause, not an inverted subject
    if end == mention.hi and end < hi and toks[end].word and toks[end].low not in PREPOSITIONS and \
            _rest_of_phrase(toks, end, hi):
        while mention.hi < hi and toks[mention.hi].word:  # "Ana Ruiz of the Ohio delegation", written whole
            mention.hi += 1
        mention.end = toks[mention.hi - 1].end
        mention.text = text[mention.start:mention.end]
    if strict and end < hi and toks[end].text not in ".,;":
        return None
    return mention


# Words that open a clause after a complete subject: "said Ana Ruiz when asked", "said X as he left".
_SUBORDINATORS = frozenset("when as while after before because since though although if adding noting cuando mientras "
                           "después antes porque aunque".split())


def _rest_of_phrase(toks: list[_Tok], m: int, hi: int) -> bool:
    """Whether the few lower-case words from ``m`` to the sentence's end or a comma finish a noun phrase ("said
    Ana Ruiz of the Ohio delegation.") rather than a clause ("said Trump supporters were …")."""
    for n in range(m, min(hi, m + 5)):
        tok = toks[n]
        if not tok.word:
            return tok.text in ".,;"
        if tok.cap or tok.low in _AUXILIARIES or tok.low in CUES or _verb_like(tok.low, tok.spanish):
            return False
    return False


_OPENERS = frozenset(
    """after before when while as although though if because since despite unlike like once until upon
    speaking asked asking responding referring appearing addressing cuando mientras aunque si porque tras
    durante antes después luego ayer hoy además asimismo""".split()
)


_TIME_FRAME = frozenset("the a an that two three few several before ago after earlier el la un una antes después".split())
_OPENER_REACH = 40  # tokens an opening clause may run before its comma ("When a reporter asked X if …, X …")


def _subject_start(toks: list[_Tok], lo: int, k: int) -> int | None:
    """Where the subject of the sentence starts: after "But", "Meanwhile,", "In a statement," …"""
    i = lo
    while i < k and toks[i].word and (toks[i].low in ("but", "and", "yet", "so", "pero", "y", "e")
                                      or _adverb(toks[i]) or (
            toks[i].low in ADVERBS or toks[i].low in ("meanwhile", "however", "instead", "indeed", "still", "now",
                                                     "sin embargo", "mientras", "entonces"))):
        i += 1
    if i < k and toks[i].text == ",":
        i += 1
    n, timed = i, False
    while n < k and n - i < 5 and toks[n].word and (toks[n].low in TIME_WORDS or toks[n].low in DAYS_MONTHS
                                                      or toks[n].text.isdigit() or toks[n].low in _TIME_FRAME):
        timed = timed or toks[n].low in TIME_WORDS or toks[n].low in DAYS_MONTHS or toks[n].text.isdigit()
        n += 1
    if timed and n < k and toks[n].text == ",":  # "Last week, …", "The day before, …"; "On Tuesday, …" is below
        i = n + 1
    if i < k and toks[i].word and (toks[i].low in PREPOSITIONS or toks[i].low in _OPENERS
                                   or toks[i].low.endswith("ing")) and not _approximate(toks, i, k):
        comma = next((n for n in range(i, min(k, i + _OPENER_REACH)) if toks[n].text == "," or toks[n].quote >= 0
                      and toks[n].text.rstrip("”\"’'»")[-1:] in ",.!?…"), None)  # a title is passed over
        if comma is None or toks[comma].quote >= 0:
            return None
        i = comma + 1
        for _ in range(3):  # "At a fair in Salem, Oregon, on Friday, Mrs. Lopez …"
            nxt = next((n for n in range(i, min(k, i + 4)) if toks[n].text == ","), None)
            if nxt is None or not (toks[i].cap or toks[i].low in PREPOSITIONS or toks[i].text.isdigit()):
                break
            i = nxt + 1
    return i if i < k else None


def _opening_subject(toks: list[_Tok], lo: int, j: int, text: str) -> _Mention | None:
    """The sentence's opening noun phrase when only appositions separate it from the verb after ``j``."""
    after_quote = lo
    while after_quote < j and (toks[after_quote].quote >= 0 or after_quote > lo and
                               toks[after_quote].text in _SPEECH_PUNCT):
        after_quote += 1  # "“…,” Ana Ruiz, now 81 and retired in Salem, Ore., said": the subject after the quotation
    start = _subject_start(toks, lo, j) if after_quote == lo else after_quote
    if start is None:
        return None
    mention = _np_right(toks, start, j, text, appositive=False)
    if mention is None or mention.hi >= j or toks[mention.hi].text != "," or j - mention.hi > 40:
        return None
    for m in range(mention.hi, j):
        if toks[m].quote >= 0 or toks[m].text in ";:.!?" and not _abbreviation_stop(toks, m, j + 1) or (toks[m].word and not toks[m].cap and toks[m].low in SAY
                                                              and toks[m].low not in NOUN_HOMOGRAPHS):
            return None
    close = next(m for m in range(mention.hi + 1, j + 1) if toks[m].text == ",")
    other = _np_right(toks, mention.hi + 1, close, text, appositive=False)
    if other and other.kind in ("name", "description") and other.hi == close:
        mention.apposition = other
    return mention


def _sentence_subject(toks: list[_Tok], lo: int, k: int, text: str) -> _Mention | None:
    """The first noun phrase of the sentence, after an opening adverbial ("In a statement, …")."""
    i = _subject_start(toks, lo, k)
    if i is None:
        return None
    mention = _np_right(toks, i, k, text)
    if mention is None:
        return None
    nxt = mention.apposition.hi if mention.apposition else mention.hi
    if mention.apposition and nxt < k and toks[nxt].text in (",", "—", "–"):
        nxt += 1  # the comma closing "The minister, Ana Ruiz, spoke"
    elif nxt < k and toks[nxt].text == "(":  # "Sen. Bernie Sanders (I-Vt.) visited"
        nxt = next((m + 1 for m in range(nxt, min(k, nxt + 8)) if toks[m].text == ")"), nxt)
    for _ in range(3):  # the end of an apposition, ", 60,", "- who … -", ", an entrepreneur in San Jose, Calif.,"
        if not (nxt < k and toks[nxt].text in (",", "—", "–", "-")):
            break
        closer = toks[nxt].text
        m = nxt + 1
        while m < k and m - nxt <= 40 and toks[m].text not in (closer, ".", ";", ":") and toks[m].quote < 0:
            m += 1
        if not (m < k and toks[m].text == closer):
            break
        nxt = m + 1
        # "…, an entrepreneur in San Jose, Calif., gave": a state after the place, then the apposition's closer
        state = 1 if nxt + 1 < k and toks[nxt + 1].text == closer else \
            2 if nxt + 2 < k and toks[nxt + 1].text == "." and toks[nxt + 2].text == closer else 0
        if not (state and toks[nxt].cap):
            break
        nxt += state + 1
    while nxt < k and toks[nxt].word and toks[nxt].low in ADVERBS:
        nxt += 1
    return mention if nxt < k and toks[nxt].word and not toks[nxt].cap else None


def _attribution_after(toks: list[_Tok], qi: int, hi: int, text: str, last: str) -> int | None:
    """Rule 1: the speech verb of "…,” said X" / "…,” X said" / "…,” according to X" / "…», añadió".

    ``last`` is the last character inside the quotation's marks."""
    ends_sentence = last in ".…"
    j = qi + 1
    while j < hi and j <= qi + 2 and toks[j].text in _SPEECH_PUNCT | _STRAY_MARKS:
        j += 1
    if j >= hi or not toks[j].word:
        return None
    tok = toks[j]
    if (tok.low == "according" or tok.low in ("según", "segun")) and not tok.cap:
        return j
    premodifier = tok.low in NOUN_HOMOGRAPHS and j + 1 < hi and toks[j + 1].cap  # "“…,” state Sen. Ana Ruiz said"
    if tok.low in SAY and not tok.cap and not premodifier:
        return None if _reports_more(toks, j, hi) else j
    mention = _np_right(toks, j, hi, text)
    if mention is None and premodifier and tok.low in SAY:
        return None if _reports_more(toks, j, hi) else j
    if mention is None:
        return None
    k = mention.hi
    if mention.apposition:
        k = mention.apposition.hi + (1 if mention.apposition.hi < hi and toks[mention.apposition.hi].text == "," else 0)
    elif k < hi and toks[k].text == ",":  # an apposition _np_right did not take: ", who …,", ", a … of …,"
        m = k + 1  # over commas inside it too: ", now 81 and retired in Salem, Ore., said"
        while m < hi and m - k <= 30 and toks[m].quote < 0 and not (
                toks[m].word and toks[m].low in SAY and not toks[m].cap) and not (
                toks[m].text in ".;:" and not _abbreviation_stop(toks, m, hi)) and not (
                toks[m].text == "," and m + 1 < hi and toks[m + 1].word and toks[m + 1].low in SAY):
            m += 1
        if m < hi and toks[m].text == ",":
            k = m + 1
        elif m < hi and toks[m].word and toks[m].low in SAY:  # a comma missing before the verb
            k = m
    verb = k
    while k < hi and toks[k].word and toks[k].low in ADVERBS:
        k += 1
    unpunctuated = j == qi + 1 and last not in ",!?—–"
    if unpunctuated and (ends_sentence and k > verb or toks[j].cap and toks[j].low in DETERMINERS):
        return None  # "“… everything.” Trump has also announced …", "“…” The cable indicated …": a new sentence
    verbs = CUES if last == "," else SAY  # "“…,” it recommended": any verb of saying or stance
    if k + 1 < hi and f"{toks[k].low} {toks[k + 1].low}" in SAY and not toks[k].cap:
        return k  # "“…” Trump shot back.", "“…,” she went on"
    if k < hi and toks[k].word and toks[k].low in verbs and not toks[k].cap and not _reports_more(toks, k, hi) \
            and not (unpunctuated and _clause_follows(toks, k, hi)):
        return k
    return None


def _clause_follows(toks: list[_Tok], k: int, hi: int) -> bool:
    """ "X said the deal was …": the verb reports a new statement rather than closing a quotation."""
    if k + 1 >= hi or not toks[k + 1].word or toks[k].low not in ("said", "says", "dijo", "dice", "afirmó", "aseguró"):
        return False
    nxt = toks[k + 1]
    if nxt.low in TIME_WORDS or nxt.low in DAYS_MONTHS:
        return False  # "said this Thursday", "said last week"
    return nxt.low in DETERMINERS or nxt.low in PRONOUNS or (nxt.cap and nxt.low not in DAYS_MONTHS)


def _reports_more(toks: list[_Tok], k: int, hi: int) -> bool:
    """ "X insisted that …" or "X posted:" after a quotation starts a new statement rather than attributing it."""
    return k + 1 < hi and toks[k + 1].low in ("that", "que", ":")


def _named_by_speech(toks: list[_Tok], qi: int, lo: int, cues: list[int], cache: dict) -> bool:
    """A capitalised quotation that a speech verb before it governs: "Luntz said the “Remain” camp failed"."""
    if qi - 1 >= lo and (toks[qi - 1].low in PREPOSITIONS or _possessive(toks[qi - 1])):
        return False  # "on NBC's “Meet the Press”", "in “The X-Files”"
    return any(k < qi and cache.get(k) and (toks[k].low in SAY or toks[k].low in _DUBBING and cache[k].adjacent and
                                          qi - k <= 6 and all(t.word for t in toks[k + 1:qi])) for k in cues)


# Verbs that give something a name: "he called his rival “Little Tom”", "a show she calls “Real Talk”" quote the
# subject's name for it, though it is capitalised like a title.
_DUBBING = frozenset(form for verb in ("call", "dub", "nickname", "label", "brand") for form in inflections(verb)) | {
    "labelled", "labelling"}  # British spelling


def _words(inner: str, most: int) -> list[str]:
    """The first words of a quotation, at most ``most`` + 1 of them: a count past ``most`` means "more",
    read from its start only, so a quotation of any length costs the same."""
    return inner[:40 * most].split(None, most)[:most + 1]


def _is_title(inner: str) -> bool:
    """ "Meet the Press", "Gang of Eight": capitalised words, no closing punctuation but a period or comma
    that American style puts inside the marks ("on “Meet the Press.”")."""
    words = _words(inner.rstrip(" .,"), 9)
    if not words or len(words) > 8 or inner.rstrip()[-1:] in ";:!?…" or \
            inner.rstrip()[-1:] in ".," and len(words) < 2:
        return False
    significant = [w for w in words if w.lower() not in FUNCTION_WORDS or w == words[0]]
    if len(words) > 1 and len(significant) < 2:
        return False  # "They are with us.": no word but the first can show title case
    return bool(significant) and all(w[:1].isupper() or not w[:1].isalpha() for w in significant)


def _kind(toks: list[_Tok], qi: int, lo: int, hi: int, inner: str, attributed: bool, after: bool) -> str:
    starts = qi == lo or toks[qi - 1].text in (":", ",", "—", "–", ";") or toks[qi - 1].quote >= 0
    ends = after or qi + 1 >= hi or toks[qi + 1].text in ".!?;:" or toks[qi + 1].quote >= 0 or \
        (inner.rstrip()[-1:] in ",.!?" and toks[qi + 1].text in ",—–")
    if not attributed:  # short, or woven into the sentence with American punctuation: 'left the studio “furious.”'
        short = len(_words(inner, 4)) <= 4 and (inner.rstrip()[-1:] not in ".!?…" or qi > lo and toks[qi - 1].word
                                              and inner.rstrip()[-1:] in ".,")
        return "title-term" if short or _is_title(inner) else "direct"
    return "direct" if starts and ends else "partial"


def attribute(text: str, quotes: list[Quote], paragraphs: tuple[Span, ...], language: str = "en") -> list[Quote]:
    """Attach a speaker, cue and kind to each top-level quotation (see the module docstring)."""
    if not quotes:  # the mentions and topics read below serve only quotations (evaluate: most segments have none)
        return []
    state = _State(text, language)
    out = list(quotes)
    top = [(n, q) for n, q in enumerate(quotes) if q.depth == 0]
    for n, q in enumerate(quotes):
        if q.depth:
            words = q.inner.of(text)
            out[n] = replace(q, kind="title-term" if len(_words(words, 4)) <= 4 or _is_title(words) else "direct")
    previous_end, lead_in = "", None
    for block_start, block_end, members in _blocks(_lines(text, paragraphs), top):
        state.block += 1
        toks = _tokens(text, block_start, block_end, members, language)
        for lo, hi in _sentences(toks, text, quotes):
            state.sentence += 1
            sentence = state.sentence
            before = state.last
            _mentions(state, toks, lo, hi, sentence)
            previous_topic = next((p for when, p in reversed(state.topics) if when == sentence - 1 and p.named
                                   and not p.organisation and not p.plural), None) if state.topics else None
            subject = _topic(state, toks, lo, hi, sentence)
            cache: dict[int, _Speaker | None] = {}
            cue_positions = [k for k, tok in enumerate(toks[lo:hi], lo) if tok.low in _CUE_CANDIDATES and (
                _is_cue(toks, k, lo) or tok.low in ("according", "según", "segun")
                and (tok.low != "according" or (k + 1 < hi and toks[k + 1].low == "to")))]
            for k in cue_positions:  # in reading order, so that a pronoun finds the subjects before it
                _cue_subject(state, toks, k, lo, hi, sentence, cache)
            if subject is not None and state.topics[-1][1] is not subject and subject.last_sentence == sentence:
                # "When a reporter asked X …, Y interrupted.": the main clause's subject, not the opening clause's
                # speaker, is what a "he" in the next sentence means
                state.topics.append((sentence, subject))
            _clause_topics(state, toks, lo, hi, sentence)
            quote_positions = [i for i in range(lo, hi) if toks[i].quote >= 0]
            nearest_before = _nearest_cues(toks, cue_positions, quote_positions, cache)
            _before = nearest_before.__getitem__
            found: dict[int, tuple[_Speaker | None, bool, bool]] = {}
            for qi in quote_positions:
                quote = quotes[toks[qi].quote]
                inner = quote.inner.of(text)
                verb = _attribution_after(toks, qi, hi, text, inner.rstrip()[-1:])
                if verb is not None and qi > lo and inner.rstrip()[-1:] in ".…" and qi + 1 < hi and toks[qi + 1].word:
                    verb = None  # "X called it “a disgrace.” Ana Ruiz warned …": the full stop ended X's sentence
                owner = _possessor(state, toks, qi, lo, hi)
                if not inner.strip() or _is_title(inner) and owner is None and \
                        not (qi + 1 < hi and toks[qi + 1].text in ",") and \
                        not (qi == lo and qi + 1 >= hi) and not _named_by_speech(toks, qi, lo, cue_positions, cache) \
                        and not (verb is not None and inner.rstrip()[-1:] in ",!?"):  # "“In Fisher,” Dean Amar said"
                    found[qi] = (None, False, False)
                    continue
                speaker = cache.get(verb) if verb is not None else None
                if verb is not None and toks[verb].low in ("according", "según", "segun") and qi > lo:
                    # "X said the rallies aim at “…”, according to Reuters": X said it, Reuters reports it
                    speaker = next((cache[k] for k in reversed(cue_positions) if k < qi and cache[k]), speaker)
                after = speaker is not None
                inherited = False
                if speaker is None:  # rule 2: the nearest speech verb before it
                    speaker = _governing(toks, _before(qi), cache)
                if speaker is None:  # rule 3: ", Smith said." later in the sentence
                    later = cue_positions[bisect.bisect_right(cue_positions, qi):]
                    within_reach = partial(operator.ge, qi + _POSTPOSED_REACH)
                    speaker = next((s for k in itertools.takewhile(within_reach, later)
                                    if (s := cache[k]) and toks[k].low in SAY and s.adjacent
                                    and _postposed(toks, k, qi)), None)
                if speaker is None and qi - 2 >= lo and toks[qi - 1].text == ":" and toks[qi - 2].cap:
                    named = _np_right(toks, lo, qi - 1, text)  # "Evans: “…”", "Issa: “…”"
                    if named is not None and named.hi == qi - 1 and named.kind in ("name", "description"):
                        speaker = _speaker(state, named, sentence, None)
                        speaker.speech = True
                if speaker is None:  # rule 3: "The “reset” failed, according to Reuters."
                    speaker = next((cache[k] for k in cue_positions if k > qi and cache[k]
                                    and toks[k].low in ("according", "según", "segun")), None)
                if speaker is None and (passive := _passive_agent(toks, qi, lo, hi, text)) is not None:
                    speaker = _speaker(state, passive[0], sentence, toks[passive[1]])  # "labeled a “…” by Democrats"
                if speaker is None and qi - 2 >= lo and toks[qi - 1].text == ":":
                    named = _sentence_subject(toks, lo, qi - 1, text)  # "Milei returns satisfied: “…”"
                    if named is not None and _leads_in(named):  # "The board was clear in its findings: “…”", "He added a warning: “…”"
                        speaker = _speaker(state, named, sentence, None)
                        speaker.speech = True
                if speaker is None and qi == lo and previous_end == ":" and state.last and \
                        state.last.sentence == sentence - 1:
                    speaker = state.last  # rule 4: a lead-in "X responded:"
                elif speaker is None and qi == lo and previous_end == ":" and lead_in is not None:
                    speaker = _speaker(state, lead_in, sentence, None)  # "X released the following statement:"
                    speaker.speech = True
                if speaker is None and qi > lo and not cue_positions and before is not None and before.resolved \
                        and before.speech and before.block == state.block and before.sentence == sentence - 1:
                    speaker = before  # rule 6: reported speech going on: "X said that A. In addition, “B” …"
                if speaker is None and owner is not None:  # "Ana Ruiz's “…” remark": the possessor's words
                    speaker = _speaker(state, owner, sentence, None)
                if speaker is None and qi > lo and not _is_title(inner) and (
                        len(_words(inner, 1)) > 1 or not _term_position(toks, qi)):
                    speaker = _subject_term(state, toks, lo, qi, sentence)  # rule 7
                if speaker is None and qi == lo and not cue_positions and before is not None and before.resolved \
                        and before.speech:
                    opens_block = qi == 0
                    if before.block == state.block or (opens_block and before.block == state.block - 1):
                        # rule 5: the news convention; the speaker now reaches the next paragraph from here
                        speaker, inherited = replace(before, block=state.block, sentence=sentence), True
                # rule 8: a quotation standing alone after a sentence about a person is that person's ("Ana Ruiz
                # is unapologetic about her aim. “…”"), the way a writer introduces a speaker before the words
                if speaker is None and qi == lo and not cue_positions and qi + 1 >= hi and \
                        len(_words(inner, 6)) > 6 and previous_topic is not None:
                    speaker = _Speaker(None, None, previous_topic.name, "topic", person=previous_topic,
                                       sentence=sentence, block=state.block)
                found[qi] = (speaker, after, inherited)
            for qi, (speaker, after, inherited) in found.items():
                if speaker is not None:
                    speaker.speech = True
                index = toks[qi].quote
                quote = quotes[index]
                inner = quote.inner.of(text)
                kind = _kind(toks, qi, lo, hi, inner, speaker is not None, after)
                if speaker is None:
                    out[index] = replace(quote, kind=kind)
                    continue
                if inherited or speaker.resolved and (state.last is None or state.last.sentence < sentence):
                    state.last = speaker  # what a quotation-only paragraph after this one continues
                out[index] = replace(quote, speaker=speaker.written, speaker_span=speaker.span,
                                     speaker_resolved=speaker.resolved, resolution=speaker.how, cue=speaker.cue,
                                     cue_span=speaker.cue_span, kind=kind, inherited=inherited)
            previous_end = toks[hi - 1].text if hi > lo else ""
            lead_in = _sentence_subject(toks, lo, hi - 1, text) if previous_end == ":" and hi - 2 > lo else None
            lead_in = lead_in if lead_in is not None and _leads_in(lead_in) else None
    return out


# Passive participles of verbs that name or describe: "was labeled a “…” by Democrats", "dismissed as “…” by X".
_PASSIVE_NAMING = frozenset(c for c in CUES if c.endswith("ed") or c in ("called", "described", "dubbed", "termed"))


def _passive_agent(toks: list[_Tok], qi: int, lo: int, hi: int, text: str) -> tuple[_Mention, int] | None:
    """The agent (and the participle's position) of a passive verb of naming or saying around a quotation: "The plan was labeled a “…” by
    Democrats", "was called “…” by the mayor": a person, a group of people or an institution after "by"."""
    participle = next((m for m in range(qi - 1, max(lo, qi - 5) - 1, -1) if toks[m].low in _PASSIVE_NAMING
                       and not toks[m].cap), None)
    if participle is None or not any(toks[m].low in _BE for m in range(max(lo, participle - 3), participle)):
        return None
    if any(not toks[m].word for m in range(participle + 1, qi)):
        return None  # "was called off, and “…”": the quotation is not the verb's complement
    by = qi + 1
    while by < hi and by - qi <= 6 and toks[by].quote < 0 and toks[by].low != "by" and toks[by].text not in ".;:!?—":
        by += 1
    if by >= hi or toks[by].low != "by":
        return None
    agent = _np_right(toks, by + 1, hi, text)
    if agent is None or not (agent.kind in ("name", "organisation") or agent.kind == "description" and (
            agent.head in entities.ROLE_NOUNS or agent.head.rstrip("s") in entities.ROLE_NOUNS)):
        return None
    return agent, participle


_AFTER_SPEECH_NOUN = frozenset("of for to about against with a an the be".split())


def _possessor(state: _State, toks: list[_Tok], qi: int, lo: int, hi: int) -> _Mention | None:
    """The person whose words a noun of speech quotes: "Ana Ruiz's “…” remark", "Baker's pledge to be “…”",
    "Mr. Soto's angry rejection of “…”"; a possessive name of someone surely a person, not "ABC's “…”"."""
    m = next((m for m in range(qi - 1, max(lo - 1, qi - 7), -1) if not toks[m].word or toks[m].quote >= 0
              or _possessive(toks[m])), None)
    if m is None or not _possessive(toks[m]) or not toks[m].cap:
        return None
    if m == qi - 1:
        if not (qi + 1 < hi and toks[qi + 1].low in SPEECH_NOUNS):
            return None
    else:
        noun = next((n for n in range(m + 1, qi) if toks[n].low in SPEECH_NOUNS), None)
        if noun is None or any(toks[n].cap for n in range(m + 1, noun)) or \
                any(toks[n].low not in _AFTER_SPEECH_NOUN for n in range(noun + 1, qi)):
            return None
    start = m
    while start > lo and toks[start - 1].cap and toks[start - 1].word and toks[start - 1].quote < 0:
        start -= 1
    owner = _mention(toks, start, m + 1, state.text)
    return owner if owner is not None and _surely_person(state, owner) else None


def _surely_person(state: _State, mention: _Mention) -> bool:
    """A name with a known first name, a title, or the surname of someone already named."""
    if mention.kind != "name" or not mention.name:
        return False
    return names.is_first_name(mention.name.split()[0]) or mention.head in state.by_key \
        or bool(mention.roles & entities.NAME_TITLES)


def _term_position(toks: list[_Tok], qi: int) -> bool:
    """A word quoted where a noun stands, after its determiner ("Clinton's “bundlers”", "the so-called “usuals”"):
    a term, not someone's word."""
    before = toks[qi - 1]
    if before.low in DETERMINERS or _possessive(before) or before.low in ("so-called", "called"):
        return True
    # a word said of the subject ("seemed “rattled”", "left the studio “furious”"): someone's view of them
    return any(t.low in _COPULAR for t in toks[max(0, qi - 4):qi])


_COPULAR = frozenset("""seemed seems appeared appears looked looks sounded sounds became becomes remained remains
    left leaves felt feels returned returns came comes went goes arrived arrives
    está estaba están estaban estuvo parece parecía parecen quedó quedaron salió regresó volvió fue llegó
    siente sentía mostró""".split())  # a verb and a word that describes its subject: "returns “satisfied”"


def _leads_in(subject: _Mention) -> bool:
    """Whether the subject of a sentence ending in a colon speaks the quotation after it: a person, an
    institution, or a pronoun for one, not a thing ("The vote was close: “…”" quotes no vote)."""
    return not subject.plural and subject.head not in _FIRST_PERSON and (
        subject.kind in ("name", "organisation", "pronoun") or subject.kind == "description"
        and subject.head in entities.ROLE_NOUNS)


def _subject_term(state: _State, toks: list[_Tok], lo: int, qi: int, sentence: int) -> _Speaker | None:
    """Rule 7: words quoted in a sentence about a person are that person's ("Sanders thanked its members “for
    their support”", "Trump calling it a “great meeting”"), when the subject is surely a person, a "he" or "she"
    for one, an institution ("the NRA was whipping lawmakers against “…”"), or a text that speaks ("The complaint
    alleged that the party “…”", "The ad targets a “…”"); in the headline only a person already known."""
    subject = _sentence_subject(toks, lo, qi, state.text)
    if subject is None or subject.plural:
        return None
    body = state.block > 1
    if _surely_person(state, subject) or \
            subject.kind == "description" and (subject.head in entities.ROLE_NOUNS or body and (
                subject.head in _DOCUMENTS or subject.head in _READ_BY or subject.head in _VOICING)) or \
            body and subject.kind == "pronoun" and subject.head in ("he", "she", "él", "ella") or \
            body and subject.kind == "organisation":
        return _speaker(state, subject, sentence, None)
    return None


# Texts that speak for someone, beside _DOCUMENTS and _READ_BY: "The editorial calls it “…”".
_VOICING = frozenset("""editorial piece column op-ed complaint lawsuit suit petition poll survey study book resolution
    platform indictment ruling verdict transcript editorial campaign administration""".split())


def _governing(toks: list[_Tok], before: Sequence[int], cache: dict[int, _Speaker | None]) -> _Speaker | None:
    """Rule 2: the speaker of the nearest verb before the quotation; a stance verb inside what a speech verb
    reports ("She said the senator favours a “strongman approach”") leaves it to the speech verb.

    ``before`` holds the nearest verb with a speaker before the quotation, and the nearest speech verb."""
    nearest, said = before
    if nearest < 0:
        return None
    if toks[nearest].low not in SAY and said >= 0:
        return cache[said]
    return cache[nearest]


def _nearest_cues(toks: list[_Tok], cues: list[int], quotes: list[int], cache: dict) -> dict[int, tuple[int, int]]:
    """For each quotation, the nearest verb with a speaker before it and the nearest such speech verb (one pass)."""
    out, nearest, said, c = {}, -1, -1, 0
    for qi in quotes:
        while c < len(cues) and cues[c] < qi:
            if cache.get(cues[c]):
                nearest = cues[c]
                if toks[nearest].low in SAY:
                    said = nearest
            c += 1
        out[qi] = (nearest, said)
    return out


def _postposed(toks: list[_Tok], k: int, qi: int) -> bool:
    """ ", Smith said." / ", said Smith." closing the sentence that holds the quotation at ``qi``."""
    for m in range(k - 1, max(qi, k - 8), -1):
        if toks[m].text in ",—–" or toks[m].quote >= 0 and toks[m].text.rstrip("”\"’'»")[-1:] == ",":
            return True
        if toks[m].low == "as" and m - 1 >= qi and (toks[m - 1].quote >= 0 or toks[m - 1].text == ","):
            return True  # "the race “…” as Cruz said on the radio": the words are his
        if not toks[m].word:
            return False
    return False


def _lines(text: str, paragraphs: tuple[Span, ...]) -> list[Span]:
    """Paragraphs cut at single line breaks too: scraped copy often has one line per paragraph."""
    out: list[Span] = []
    for paragraph in paragraphs:
        start = paragraph.start
        while True:
            cut = text.find("\n", start, paragraph.end)
            if cut < 0:
                break
            if text[start:cut].strip():
                out.append(Span(start, cut))
            start = cut + 1
        if text[start:paragraph.end].strip():
            out.append(Span(start, paragraph.end))
    return out


def _blocks(paragraphs: list[Span], top: list[tuple[int, Quote]]):
    """(start, end, top-level quotations) of paragraphs, joined where a quotation runs on."""
    qi = 0
    n = 0
    while n < len(paragraphs):
        start, end = paragraphs[n].start, paragraphs[n].end
        members = []
        while qi < len(top) and top[qi][1].span.start < end:
            if top[qi][1].span.start >= start:
                members.append(top[qi])
                while top[qi][1].span.end > end and n + 1 < len(paragraphs):
                    n += 1
                    end = paragraphs[n].end
            qi += 1
        yield start, end, members
        n += 1
