"""Noun phrases around a verb: the phrase starting at a token, the subject before a verb, an inverted subject
after it, and the subject of a sentence after its opening adverbials."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import entities, names
from ..cues import (
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
    SUBJECTLESS_CALQUES,
    TIME_WORDS,
)
from .lexicon import (
    _APPROXIMATORS,
    _BE,
    _COMPLEMENT,
    _NAMEABLE,
    _ORGANISATION_WORDS,
    _PREMODIFIERS,
    _QUANTIFIERS,
    _SPEECH_PUNCT,
)
from .mentions import _Mention, _mention, _people
from .tokens import _CONTRACTIONS, _POSSESSIVE, _adverb, _contracted_pronoun, _possessive, _Tok

_CLITICS = frozenset("lo la le les los las se me nos te".split())


def _approximate(toks: list[_Tok], i: int, hi: int) -> bool:
    """A number with an approximation before it: "about 50", "nearly 200", "more than 30", "más de 200"."""
    if toks[i].low in _APPROXIMATORS:
        n = i + 1
    elif toks[i].low in ("more", "más") and i + 1 < hi and toks[i + 1].low in ("than", "de"):
        n = i + 2
    else:
        return False
    return n < hi and toks[n].text[:1].isdigit()


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
    if first.low in PRONOUNS or _contracted_pronoun(first.low):
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
                                                           and toks[j - 1].low not in PREPOSITIONS) and not (
                j == i and tok.cap and tok.low in _NAMEABLE and j + 1 < hi and toks[j + 1].low in SAY):
            break  # a date ends the phrase; "May said", "Jun wrote" are people
        low = tok.low
        if tok.cap and (low not in FUNCTION_WORDS or low in _NAMEABLE and (j > i and toks[j - 1].cap or j == i and (
                j + 1 < hi and (toks[j + 1].low in SAY or _surname(toks[j + 1]))))) \
                and low not in PREPOSITIONS:  # "May said"; "Will Smith said": a first name, not the auxiliary
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
                low.endswith("ly") and len(low) > 4) or low in _CONTRACTIONS:  # "doesn’t": a verb, the phrase ended
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


def _surname(tok: _Tok) -> bool:
    """A capitalised word that can be a family name after a first name ("Will Smith")."""
    return tok.word and tok.cap and tok.low not in FUNCTION_WORDS and tok.low not in DAYS_MONTHS


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
    while j >= lo and toks[j].word and not (toks[j].cap and toks[j].low in _NAMEABLE) and (
            toks[j].low in ADVERBS or toks[j].low in _CLITICS or (
            toks[j].low.endswith("ly") and not toks[j].cap and len(toks[j].low) > 4) or (
            toks[j].low in DAYS_MONTHS and j - 1 >= lo and (toks[j - 1].low in _BEFORE_DAY or toks[j - 1].low in
                                                            ADVERBS)) or (
            toks[j].low in _BEFORE_DAY and not toks[j].cap and toks[j + 1].low in DAYS_MONTHS)):
        j -= 1  # "Trump also said", "Gowdy earlier Thursday said", "Ruiz on Monday said"
    if j - 2 >= lo and toks[j].low in DAYS_MONTHS and toks[j - 1].low in ("a", "the") and \
            toks[j - 2].low in ("during", "on", "at"):
        j -= 3  # "Sanders during a Sunday thanked"
    j = _skip_brackets(toks, j, lo)
    if j >= lo and toks[j].text in ("—", "–", "-"):  # "Gingrich — mentioned by Newsmax as … — told"
        m = next((m for m in range(j - 1, max(lo - 1, j - 30), -1) if toks[m].text in ("—", "–", "-")
                  or toks[m].quote >= 0), None)
        if m is None or toks[m].quote >= 0:
            return None
        dashed = (m + 1, j)  # "A former candidate — Tom Baker, who lost — said": a name between dashes
        j = m - 1
    else:
        dashed = None
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
            free = i - 1 < lo or not toks[i - 1].word or toks[i - 1].low not in PREPOSITIONS | DETERMINERS
            if (low in FUNCTION_WORDS or low in PREPOSITIONS or low in DAYS_MONTHS) and not (
                    low in _NAMEABLE and free and (i == j and i - 1 >= lo or i < j and _surname(toks[i + 1]))):
                # "Ruiz in May said" holds a date; "Ai Jun wrote", "“…,” May said", "la ministra May acusa",
                # "“…,” Will Smith said" a name
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
    name_from = j + 1
    while name_from - 1 >= lo and toks[name_from - 1].cap:
        name_from -= 1
    if apposition and not antecedent and any(
            n >= lo and toks[n].word and not toks[n].cap and (toks[n].low.endswith("ing") or toks[n].low in PREPOSITIONS)
            for n in {start - 1, name_from - 1} if n <= j):
        # "One pastor backing Mr. Lee, Pedro Gil of the First Church, said", "One of the firm's executives, Ana
        # Ruiz, said": the words before the comma end on an object inside a longer subject; the person named in
        # apposition is the one that subject describes
        named = _np_right(toks, apposition[0], apposition[1], text, appositive=False)
        if named is not None and named.kind == "name" and named.name and (
                len(named.name.split()) > 1 or names.is_first_name(named.name) or named.roles & entities.NAME_TITLES):
            return named
    gerund = toks[k].low.endswith(("ing", "ando", "iendo")) and start - 1 >= lo and \
        toks[start - 1].low in ("of", "with", "con")  # "with Ana Ruiz saying", "con Ana Ruiz diciendo"
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
    elif mention and dashed and mention.kind == "description":
        other = _np_right(toks, dashed[0], dashed[1], text)
        if other and other.kind == "name":
            mention.apposition = replace(other, apposition=None)
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


_BEFORE_DAY = frozenset("on this last next el este".split())
_AUXILIARIES = _BE | frozenset("will would has have had can could should must did does do ha han había habían".split())
_AGE = re.compile(r"\d+-year-old$")


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
        if comma is None or toks[comma].quote >= 0 and toks[comma].text.rstrip("”\"’'»")[-1:] != ",":
            return None  # a quotation that ends in a comma closes the opening phrase: "As for his “Hamas,” Levine …"
        i = comma + 1
        place = toks[comma - 1].cap and toks[comma].quote < 0  # "in Salem," may go on with its state, "Oregon,"
        for _ in range(3):  # "At a fair in Salem, Oregon, on Friday, Mrs. Lopez …"
            nxt = next((n for n in range(i, min(k, i + 4)) if toks[n].text == ","), None)
            if nxt is None:
                break
            if toks[i].cap and place:
                place = False  # one state or country, not the name that follows it ("…, Va., Lazar, in a suit, said")
            elif toks[i].low in PREPOSITIONS or toks[i].text.isdigit():
                place = toks[nxt - 1].cap
            else:
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
