"""Rules that name the speaker of a quotation with no speech verb right beside it: the verb that governs it, a
postposed ", Smith said.", a passive agent, a possessor of a noun of speech, the subject of its sentence."""

from __future__ import annotations

from collections.abc import Sequence

from .. import entities
from ..cues import ADVERBS, CUES, DETERMINERS, SAY, SPEECH_NOUNS
from .lexicon import _BE, _DOCUMENTS, _FIRST_PERSON, _READ_BY
from .mentions import _Mention, _mention
from .phrases import _np_right, _sentence_subject
from .resolution import _Speaker, _speaker, _State, _surely_person
from .tokens import _possessive, _Tok

# Passive participles of verbs that name or describe: "was labeled a “…” by Democrats", "dismissed as “…” by X".
_PASSIVE_NAMING = frozenset(c for c in CUES if c.endswith("ed") or c in ("called", "described", "dubbed", "termed"))


def _passive_agent(toks: list[_Tok], qi: int, lo: int, hi: int, text: str) -> tuple[_Mention, int] | None:
    """The agent (and the participle's position) of a passive verb of naming or saying around a quotation: "The plan was labeled a “…” by
    Democrats", "was called “…” by the mayor": a person, a group of people or an institution after "by"."""
    participle = next((m for m in range(qi - 1, max(lo, qi - 5) - 1, -1) if toks[m].low in _PASSIVE_NAMING
                       and not toks[m].cap), None)
    if participle is not None and not any(toks[m].low in _BE for m in range(max(lo, participle - 3), participle)) \
            and not (_reduced_relative(toks, participle, lo) and qi + 1 < hi and toks[qi + 1].low == "by"):
        return None  # "— labeled a “…” by X —": without "was", the agent right after the words it gives
    if participle is None:  # "The phrase “tax reform” was uttered once, by Mr. Cruz."
        participle = next((m for m in range(qi + 2, min(hi, qi + 5)) if toks[m].low in _PASSIVE_NAMING | _PASSIVE_SAID
                           and toks[m - 1].low in _BE), None)
        if participle is None:
            return None
        qi = participle
    elif any(not toks[m].word for m in range(participle + 1, qi)):
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


# Participles of saying that a quotation may be the subject of: "“…” was uttered / written / shouted by X".
_PASSIVE_SAID = frozenset("said uttered written spoken shouted chanted tweeted posted coined voiced".split())


def _reduced_relative(toks: list[_Tok], participle: int, lo: int) -> bool:
    """A participle opening a relative clause without its "which was": "— often labeled a “…” by X —", ", dubbed
    “…” by the press,"."""
    m = participle - 1
    while m >= lo and toks[m].word and toks[m].low in ADVERBS | _FREQUENCY:
        m -= 1
    return m >= lo and toks[m].text in ",—–("


_FREQUENCY = frozenset("often widely sometimes frequently commonly derisively later once".split())


_AFTER_SPEECH_NOUN = frozenset("of for to about against with a an the be was is that".split())


def _possessor(state: _State, toks: list[_Tok], qi: int, lo: int, hi: int) -> _Mention | None:
    """The person whose words a noun of speech quotes: "Ana Ruiz's “…” remark", "Baker's pledge to be “…”",
    "Mr. Soto's angry rejection of “…”"; a possessive name of someone surely a person, not "ABC's “…”"."""
    m = next((m for m in range(qi - 1, max(lo - 1, qi - 7), -1) if not toks[m].word or toks[m].quote >= 0
              or _possessive(toks[m])), None)
    if m is None or not _possessive(toks[m]) or not (toks[m].cap or _role_possessive(toks, m, lo)):
        return None
    if m == qi - 1:
        if not (qi + 1 < hi and toks[qi + 1].low in SPEECH_NOUNS):
            return None
    else:
        noun = next((n for n in range(m + 1, qi) if toks[n].low in SPEECH_NOUNS), None)
        if noun is None or any(toks[n].cap for n in range(m + 1, noun)) or \
                any(toks[n].low not in _AFTER_SPEECH_NOUN for n in range(noun + 1, qi)):
            return None
    if not toks[m].cap:  # "The Ohio senator's answer was that “…”": the senator the description means
        start = next(n for n in range(m - 1, lo - 1, -1) if toks[n].low in DETERMINERS)
        owner = _mention(toks, start, m + 1, state.text)
        return owner if owner is not None and owner.kind == "description" else None
    start = m
    while start > lo and toks[start - 1].cap and toks[start - 1].word and toks[start - 1].quote < 0:
        start -= 1
    owner = _mention(toks, start, m + 1, state.text)
    return owner if owner is not None and _surely_person(state, owner) else None


def _role_possessive(toks: list[_Tok], m: int, lo: int) -> bool:
    """ "the senator's", "the Ohio governor's": a role noun in the possessive, after its determiner."""
    role = toks[m].low.removesuffix("'s")
    return role in entities.ROLE_NOUNS and any(toks[n].low in DETERMINERS for n in range(max(lo, m - 3), m)) and \
        all(toks[n].word for n in range(max(lo, m - 3), m))


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


def _signature(toks: list[_Tok], text: str) -> _Mention | None:
    """A paragraph that is only a dash and a person ("— Ana Ruiz.", "- Sen. Tom Baker, D-Ohio"): the signature
    a fact-check or a list of quotations puts under the quotation it attributes."""
    if len(toks) < 2 or toks[0].text not in _DASHES:
        return None
    signer = _np_right(toks, 1, len(toks), text)
    if signer is None or signer.kind not in ("name", "description") or (signer.kind == "description" and
                                                                         signer.head not in entities.ROLE_NOUNS):
        return None
    end = signer.apposition.hi if signer.apposition else signer.hi
    return signer if all(not t.word or t.cap for t in toks[end:]) and not any(t.quote >= 0 for t in toks) else None


_DASHES = frozenset("—–-")


def _named_before_colon(toks: list[_Tok], lo: int, qi: int, text: str) -> _Mention | None:
    """Who a colon before the quotation at ``qi`` introduces: a sentence that is only a name ("Evans: “…”"), a name
    presented by "Here's" whatever circumstance follows ("Here's Issa in 1992: “…”"), or a name or institution
    after a dash that ends a heading ("VOTERS WANT CHANGE - Pew Research: “…”")."""
    if qi - 2 < lo or toks[qi - 1].text != ":":
        return None
    presented = lo + (toks[lo].low == "here's") + 2 * (toks[lo].low == "here" and lo + 1 < qi and
                                                        toks[lo + 1].low == "is")
    dash = next((m for m in range(qi - 2, lo, -1) if toks[m].text in _DASHES), None) if presented == lo else None
    start = presented if dash is None else dash + 1
    if not (toks[qi - 2].cap or presented > lo):
        return None
    named = _np_right(toks, start, qi - 1, text)
    kinds = ("name", "description", "organisation") if dash is not None else ("name", "description")
    if named is None or named.kind not in kinds or not (named.hi == qi - 1 or presented > lo):
        return None
    return named
