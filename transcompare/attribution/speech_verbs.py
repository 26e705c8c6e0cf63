"""Speech verbs ("said", "according to", "dijo") and their speakers: which tokens are cues, whose verb each is, and
the attribution right after a quotation."""

from __future__ import annotations

import itertools
from dataclasses import replace

from .. import entities
from ..cues import (
    ADVERBS,
    CUES,
    DAYS_MONTHS,
    DETERMINERS,
    FUNCTION_WORDS,
    NOUN_HOMOGRAPHS,
    PRONOUNS,
    SAY,
    SAY_OF_PEOPLE,
    SPEECH_WITH_CLAUSE,
    SUBJECTLESS_CALQUES,
    TAKES_OBJECT,
    TIME_WORDS,
)
from ..datamodel import Span
from .lexicon import _AS_PUT, _BE, _DOCUMENTS, _FIRST_PERSON, _READ_BY, _SOURCE_CUES, _SPEECH_PUNCT
from .mentions import _Mention, _people
from .phrases import (
    _AUXILIARIES,
    _OPENER_REACH,
    _abbreviation_stop,
    _inverted_subject,
    _np_left,
    _np_right,
    _sentence_subject,
)
from .resolution import _dropped_subject, _Speaker, _speaker, _State
from .tokens import _possessive, _Tok

_STRAY_MARKS = frozenset("'’\"”")
_ING_CUES = frozenset(c for c in CUES if c.endswith(("ing", "ando", "iendo")))  # participles: "calling", "diciendo"

# The only words _is_cue or "according to" can accept: a cheap first test for every token.
_CUE_CANDIDATES = CUES | SUBJECTLESS_CALQUES | {cue.split(" ", 1)[0] for cue in CUES} | _SOURCE_CUES | \
    {"put", "puts"}

_AS_PUT_REACH = 14  # tokens between "as" and "put it": the subject and its apposition


def _is_cue(toks: list[_Tok], k: int, lo: int) -> bool:
    """A speech verb, not a noun of the same form after a determiner or possessive ("his answer")."""
    tok = toks[k]
    if tok.low in _AS_PUT:
        return _as_put_it(toks, k, lo)
    if tok.low in ("words", "palabras"):
        return _in_the_words_of(toks, k, lo)
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
            and toks[k + 1].text in ".,:") and not (
            before.low == "to" and b == k - 1 and tok.low in SAY and k + 2 < len(toks) and toks[k + 1].text in ",:"
            and toks[k + 2].quote >= 0):
        # "NATO should not admit new members": no speech act; "“…,” he will say." is one, and so is an infinitive
        # that opens a quotation ("was prompted to say, “…”", "went on to add: “…”")
        return False
    if before is not None and before.low in _BE and tok.low.endswith(("ed", "ado", "ido", "ada", "ida", "told")):
        return False  # "James was asked", "fue preguntado": the subject is the one addressed
    if before is not None and before.word and (before.low in DETERMINERS or _possessive(before)) and \
            not _clitic_before_verb(toks, b, len(toks)):  # "le dijo": the pronoun, not the French article
        return False
    if tok.low == "read" and k - 1 >= lo and toks[k - 1].low in _READ_BY:
        return True  # "the email read", "a sign read": not "a quick read"
    plural = tok.low[-1:] == "s" and tok.low[:-1] in NOUN_HOMOGRAPHS  # "calls": "150 phone calls", "Baker calls"
    if tok.low in NOUN_HOMOGRAPHS or plural:  # "a fundraising call", "his latest tweet": a noun after its modifiers
        for j in range(k - 1, max(lo, k - 4) - 1, -1):
            if toks[j].text[:1].isdigit() or not plural and (toks[j].low in DETERMINERS or _possessive(toks[j])):
                return False  # "his latest tweet", "150 phone calls"; not "the suit claims"
            if not toks[j].word or toks[j].cap or toks[j].low in FUNCTION_WORDS or toks[j].low in ADVERBS:
                break
    return True


def _in_the_words_of(toks: list[_Tok], k: int, lo: int) -> bool:
    """ "in the words of X", "en palabras de X": X is the source of the quotation, as with "according to"."""
    if not (k + 1 < len(toks) and toks[k + 1].low in ("of", "de", "del")):
        return False
    if toks[k].low == "words":
        return k - 2 >= lo and toks[k - 2].low == "in" and toks[k - 1].low == "the"
    return k - 1 >= lo and toks[k - 1].low == "en"


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


_MODALS = frozenset("to should would could can must might may shall will".split())


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
    if cue.low in ("according", "words", "palabras") and k + 2 <= hi:  # "according to X", "in the words of X"
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
        ahead = k - 2 if k - 2 >= lo and _clitic_before_verb(toks, k - 1, hi) else k - 1  # "…», le dijo X"
        after_quote = ahead >= lo and (toks[ahead].quote >= 0 or toks[ahead].low in ("como", "as", "según") or (
            toks[ahead].text in _SPEECH_PUNCT and ahead - 1 >= lo and toks[ahead - 1].quote >= 0))  # "…”, said X"
        if state.language != "en" and _parenthetical(toks, k, lo, hi):
            cache[k] = _dropped_subject(state, cue, sentence)  # "Los demócratas, afirmó, están…": not named here
            return cache[k]
        if cue.low in _ING_CUES and not after_quote and k - 1 >= lo and toks[k - 1].low in ("and", "y"):
            # "Trump tweeting that … and asking, “…”": participles joined by "and" share their subject
            joined = next((found for j, found in itertools.islice(reversed(cache.items()), _REPORTED_REACH)
                           if j < k and found and toks[j].low in _ING_CUES), None)
            if joined is not None:
                cache[k] = replace(joined, cue=cue.text, cue_span=Span(cue.start, cue.end))
                return cache[k]
        if cue.low in _ING_CUES and not after_quote and k - 1 >= lo and toks[k - 1].text == ",":
            # "Trump went after Bush, calling him “…”", "X said, adding that …": the main clause's subject
            earlier = next((found for j, found in itertools.islice(reversed(cache.items()), _REPORTED_REACH)
                            if j < k and found and found.adjacent and toks[j].low in SAY), None)
            if earlier is not None:
                cache[k] = replace(earlier, cue=cue.text, cue_span=Span(cue.start, cue.end), adjacent=False)
                return cache[k]
            main = _clause_subject(toks, lo, k - 1, state.text) or _sentence_subject(toks, lo, k, state.text)
            if main is None and k - 2 >= lo and toks[k - 2].cap:
                # "Mr. Lee, citing “…,” said": a participle between commas right after the subject opening the
                # sentence (not after an object: "…, X endorsed Clinton, saying")
                main = _np_left(toks, k - 1, lo, state.text)
                main = main if main is not None and main.lo == lo else None
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
        if mention is None and k - 1 > lo and toks[k - 1].low == "to":
            mention = _infinitive_subject(toks, k - 1, lo, state.text)  # "Lee was prompted to say, “…”"
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
            found = _speaker(state, mention, sentence, cue, phrase,
                             reported=_reported(toks, k, cache) or _circumstance(toks, mention, lo, k, cache))
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


def _infinitive_subject(toks: list[_Tok], to: int, lo: int, text: str) -> _Mention | None:
    """The subject of the verbs before an infinitive of speech: "Mr. Lee was prompted to say", "Ruiz went on to
    add"; the nearest noun phrase before them, not the sentence's first one."""
    m = to - 1
    while m > lo and to - m <= 4 and toks[m].word and not toks[m].cap and (
            toks[m].low in _AUXILIARIES or toks[m].low in ADVERBS or toks[m].low.endswith(("ed", "ing"))
            or toks[m].low in _GOING_ON):
        m -= 1
    return _np_left(toks, m + 1, lo, text) if m + 1 < to else None


# Verbs that carry an infinitive of speech on from its subject: "went on to say", "goes on to add", "rose to say".
_GOING_ON = frozenset("go goes went going continue continues continued proceed proceeds proceeded on up rose stood "
                      "got paused".split())


def _may_speak(toks: list[_Tok], main: _Mention) -> bool:
    """A subject that can be the doer of a speech verb: a person, a pronoun (not "I" or "we": the writer, whom
    no quotation of the article quotes), an institution, a role."""
    if main.head in _FIRST_PERSON:
        return False
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


def _circumstance(toks: list[_Tok], mention: _Mention, lo: int, k: int, cache: dict[int, _Speaker | None]) -> bool:
    """ "Rubio said, as the crowd roared": a clause of "as" / "while" / "when" after someone's attribution in the
    same sentence tells what went on around it; its subject does not take the speaker's place."""
    return mention.lo - 1 >= lo and toks[mention.lo - 1].low in ("as", "while", "when") and any(
        j < mention.lo - 1 and found is not None and found.adjacent and toks[j].low in SAY
        for j, found in itertools.islice(reversed(cache.items()), _REPORTED_REACH))


def _parenthetical(toks: list[_Tok], k: int, lo: int, hi: int) -> bool:
    """ ", has apostilled," / ", afirmó,": a speech verb alone between commas."""
    before = k - 1 if k - 1 >= lo and toks[k - 1].low not in ("has", "have", "had", "ha", "han") else k - 2
    return before >= lo and toks[before].text == "," and k + 1 < hi and toks[k + 1].text == ","


def _opens_subjectless(toks: list[_Tok], lo: int, cache: dict[int, _Speaker | None]) -> bool:
    """Whether the sentence opens with a speech verb whose subject was dropped ("Questions that …")."""
    first = cache.get(lo)
    return first is not None and first.how == "dropped subject" and toks[lo].cap


def _attribution_after(toks: list[_Tok], qi: int, hi: int, text: str, last: str) -> int | None:
    """Rule 1: the speech verb of "…,” said X" / "…,” X said" / "…,” according to X" / "…», añadió".

    ``last`` is the last character inside the quotation's marks."""
    ends_sentence = last in ".…"
    j = qi + 1
    while j < hi and j <= qi + 2 and toks[j].text in _SPEECH_PUNCT | _STRAY_MARKS:
        j += 1
    if j >= hi or not toks[j].word:
        return None
    if _clitic_before_verb(toks, j, hi):
        j += 1  # "«…», le dijo la ministra a EFE", "—¿Y ahora? —le preguntó Juan"
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


def _clitic_before_verb(toks: list[_Tok], j: int, hi: int) -> bool:
    """A Spanish pronoun of the one addressed right before a speech verb: "le dijo", "nos explicó", "se preguntó"."""
    return toks[j].spanish and toks[j].low in _ADDRESSED and j + 1 < hi and toks[j + 1].low in SAY and \
        not toks[j + 1].cap


_ADDRESSED = frozenset("le les me nos te se".split())


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
