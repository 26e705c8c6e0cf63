"""Source sentences and clauses with no counterpart in the translation."""

from __future__ import annotations

import re

from .. import languages
from ..align import Bead, anchors, dice
from ..datamodel import Severity, Span
from ..names import is_first_name
from . import PairHit, check
from .lexicon import zipf
from .pair import Pair
from .through_model import piece_words, translate_pieces

MIN_WORDS = 3  # a shorter source sentence ("Photo.", "-- 30 --") is not worth a finding
MIN_MISSING = 35  # source characters: less than a clause is lost to rewording ("was reviewed by" → one verb)
OMISSION_Z = 3.2  # this many deviations short, with a clause the translation lacks more than the rest: it is gone
UNEXPLAINED_Z = 3.5  # this short with no clause to blame: part of it is missing all the same
SHORT_Z = 2.5  # this short, a clause whose clues are nearly all missing from the translation was lost
NAMES_Z = 1.0  # this short, a clause whose names and numbers are all missing from the translation was lost
CLUE_MISSING = 0.85  # share of a clause's clues (numbers, names, cognates, dictionary words) the translation lacks
CLUE_KEPT = 0.5  # ...while it has at least this share of the rest of the sentence's clues
MIN_CLUES = 4
MIN_HARD_CLUES = 2  # names and numbers: a translation writes them whatever its wording
HARD_KEPT = 0.5  # share of the rest of the sentence's names and numbers the translation must have
HARD_REST_CLUES_KEPT = 0.4  # ...and of its other clues
NAME_WORD = 4.5  # wordfreq Zipf: a capitalised word rarer than this, not first in its sentence, is a name
MERGED_Z = 1.5  # a bead of several source sentences this short has lost one of them, if one explains it
KEPT_FIT_Z = 2.0  # how well the translation must fit the source without the lost sentence
CLAUSE_FIT = (0.5, 2.2)  # a clause explains the shortfall when its length is within these factors of it
MAX_PIECES = 4  # a missing clause spans at most this many pieces
# A clause that ends the sentence, where the translation ends with the words before it (_stops_before). Set on
# both halves of ntrex-dev (bench_injected.py): no untouched bead meets them.
TAIL_MIN_CLUES = 2
TAIL_LOST = 0.8  # share of the clause's clues the translation lacks
ENDING_WORDS = 2  # the translation's last words with clues, compared with the piece before the clause
TAIL_Z, TAIL_KEPT = 1.5, 0.5  # this short, the translation having this share of the rest's clues...
TAIL_SHORT_Z, TAIL_SHORT_KEPT = 2.0, 0.3  # ...or shorter, with less of them (a freer translation)
# Through the model (--model): a clause whose model words (its pieces translated on their own) the translation lacks,
# in a bead NAMES_Z short or more, the clause fitting its shortfall. Were the clause there, the translation would have
# each of its model words about as often as it has the rest of the bead's (the share kept): the chance it has none
# of them is (1 - kept) ** words. Set on half A of ntrex-dev with Apertium (bench_injected.py --model apertium);
# half B checks them.
MODEL_MIN_WORDS = 3  # content words of the clause in the model's translation
MODEL_MIN_REST = 4  # ...and of the rest of the bead, to know how closely the translation follows the model
MODEL_CHANCE = 0.01  # the chance the translation lacks them all by its own wording, at most
MODEL_CHANCE_SHORT, MODEL_SHORT_Z = 0.07, 2.0  # ...or this much in a bead this short (the length says part is gone)
MODEL_SHARED_FROM = 6  # a clause of this many model words may share one with the translation by chance
MODEL_SPARE = 1  # the translation's words no model word accounts for, beyond the rest's it lacks: room for the clause
# Where a clause may start without a comma: relative pronouns and conjunctions (linguistic knowledge, not data).
CLAUSE_OPENERS = {
    "en": frozenset("""which who whose whom where when while whereas although though because since unless until but
        and or yet including according after before despite during""".split()),
    "es": frozenset("""que quien quienes cuyo cuya cuyos cuyas donde cuando mientras aunque porque pero sino y e o u
        incluido incluida incluidos incluidas según tras después antes pese durante""".split()),
}
_BOUNDARY = re.compile(r"[,;:](?=\s|$)|[()\[\]—–]")  # not the comma of 1,000 or the colon of 4:40
_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d+(?:[.,:’']\d+)*")
_NAME = re.compile(r"(?<![\w.])[A-ZÁÉÍÓÚÑ][\w'’-]{3,}")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
# A run of capitalised words, the small words of a name between them: "Miembro del Parlamento", "Bank of England".
_NAME_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|de la|of|the|for|and|y)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*)+")
# A clause that another depends on: cut before it, the clause before it is the one it completes.
DEPENDENT_OPENERS = frozenset("que that which who whom quien quienes".split())


def shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@check("omission", "accuracy/omission", Severity.MAJOR,
       "A source sentence or clause with no counterpart, or a translation far shorter than its source.")
def omission(pair: Pair):
    end = pair.truncation_bead_index()
    if pair.translate_clauses is not None:
        translate_pieces(pair, (p for bead in _worth_a_look(pair, end) for i in bead.source
                                for p in _pieces(pair.source.text, pair.source.sentences[i], pair.source.language)))
    for index, bead in enumerate(pair.alignment.beads):
        if end is not None and index >= end:
            return  # the truncation check reports what follows
        if bead.source and not bead.target:
            span = pair.source_span(bead)
            if len(span.of(pair.source.text).split()) >= MIN_WORDS:
                yield PairHit(pair.insertion_point(bead), span,
                              f"source sentence with no translation: “{shorten(span.of(pair.source.text))}”",
                              "translate the missing sentence", severity=Severity.CRITICAL)
        elif bead.source and bead.target:
            hit = _shortfall(pair, bead)
            if hit is not None:
                yield hit


def _worth_a_look(pair: Pair, end: int | None) -> list[Bead]:
    """The matched beads whose clauses _missing_clause may weigh: short enough, or of several sentences (a bead
    _shortfall splits into pairs)."""
    beads = pair.alignment.beads[:end]
    return [b for b in beads if b.source and b.target and (len(b.source) > 1 or pair.length_z(
        pair.source_length(b), pair.target_length(b)) <= -NAMES_Z)]


def _shortfall(pair: Pair, bead: Bead) -> PairHit | None:
    source_length, target_length = pair.source_length(bead), pair.target_length(bead)
    z = pair.length_z(source_length, target_length)
    if pair.is_headline(bead) or not any(ch.isalpha() for j in bead.target for ch in pair.target_sentences[j]):
        return None  # headlines are adapted freely; a stray fragment ("," or a number) is a segmentation slip
    target_span = pair.target_span(bead)
    if len(bead.source) > 1 and z < -MERGED_Z:
        # Several source sentences for what one translation covers: the one whose absence makes the lengths
        # fit is missing (a translator who joins two sentences keeps both lengths).
        # The sentence sharing fewest clues (numbers, names, cognates) with the translation goes first.
        clues = anchors(" ".join(pair.target_sentences[j] for j in bead.target))
        for lost in sorted(bead.source, key=lambda i: dice(anchors(pair.source_sentences[i]), clues)):
            kept = sum(len(pair.source_sentences[i]) + 1 for i in bead.source if i != lost) - 1
            span = pair.source.sentences[lost]
            if abs(pair.length_z(kept, target_length)) < KEPT_FIT_Z and len(span.of(pair.source.text).split()) >= MIN_WORDS:
                if pair.belongs_next_door(bead, lost, in_source=True):
                    return None
                return PairHit(target_span, span,
                               f"source sentence with no translation: “{shorten(span.of(pair.source.text))}”",
                               "translate the missing sentence", severity=Severity.CRITICAL)
    if len(bead.source) == len(bead.target) > 1:
        for part in _diagonal(pair, bead):
            hit = _shortfall(pair, part)
            if hit is not None:
                return hit
    if z > -NAMES_Z:
        return None
    # How much source text the translation lacks, in source characters.
    missing = source_length - target_length * pair.source_per_target
    found = _missing_clause(pair, bead, missing, z)
    if found is not None:
        clause, why = found
        return PairHit(target_span, clause,
                       f"source clause missing from the translation: “{shorten(clause.of(pair.source.text))}”{why}",
                       "translate the missing clause")
    # Names the translation writes as initials ("Consejo Ejecutivo" → "EC"), or as the one word its language has
    # for the institution ("Public Prosecution Service" → "Fiscalía"), shorten it without anything missing.
    said = pair.source_span(bead).of(pair.source.text)
    saved = abbreviated(said, acronyms(pair.target_sentences, bead.target)) + institutions(said)
    if saved:
        z, missing = pair.length_z(source_length - saved, target_length), missing - saved
    if z > -UNEXPLAINED_Z or missing < MIN_MISSING:
        return None
    share = 1 - target_length * pair.source_per_target / source_length
    return PairHit(target_span, pair.source_span(bead),
                   f"the translation is about {share:.0%} shorter than its source usually makes it: part of it is missing",
                   "compare with the source and translate what is missing")


def _diagonal(pair: Pair, bead: Bead) -> list[Bead]:
    """A bead of as many translated sentences as source sentences, as one-to-one pairs in order, when each pair
    shares more clues than either sentence shares with the other's partner (the aligner grouped two pairs, as it
    does when one of them is short: a clause missing from one hides in the other's slack); else none."""
    sources = [anchors(pair.source_sentences[i]) for i in bead.source]
    targets = [anchors(pair.target_sentences[j]) for j in bead.target]
    for k, (source, target) in enumerate(zip(sources, targets)):
        own = dice(source, target)
        if any(dice(source, other) >= own or dice(sources[m], target) >= own
               for m, other in enumerate(targets) if m != k):
            return []
    return [Bead((i,), (j,), bead.score) for i, j in zip(bead.source, bead.target)]


def _missing_clause(pair: Pair, bead: Bead, missing: float, z: float) -> tuple[Span, str] | None:
    """The source clause (a run of pieces between punctuation or clause openers) whose length fits the shortfall and
    whose clues the translation lacks, and what proves it when the length alone does not (" (…)", else ""). How
    strong the clue evidence must be depends on how short the translation is:

    - z < -OMISSION_Z, a clause's worth missing: its clues missing more than the rest of the sentence's;
    - z < -SHORT_Z: MIN_CLUES clues, nearly all missing, the rest of the sentence's mostly there;
    - z < -TAIL_Z, a clause that ends the bead: its clues (TAIL_MIN_CLUES or more) missing, and the translation
      ending with the clues of the words before it (it stops where the clause starts);
    - z < -NAMES_Z: its names and numbers (MIN_HARD_CLUES or more) all missing, the rest's mostly there;
      or, given the model, its MODEL_MIN_WORDS or more model words all missing where the translation follows the
      model closely enough elsewhere that this is unlikely by chance (_model_proves, through_model.py).
    """
    text, language = pair.source.text, pair.source.language
    pieces = [p for i in bead.source for p in _pieces(text, pair.source.sentences[i], language)]
    if len(pieces) < 2:
        return None
    clues = anchors(" ".join(pair.target_sentences[j] for j in bead.target))
    initials = acronyms(pair.target_sentences, bead.target)
    ending = _ending(pair.target_sentences[bead.target[-1]])
    low, high = CLAUSE_FIT
    fitting = []
    for first in range(len(pieces)):
        for last in range(first, min(len(pieces), first + MAX_PIECES)):
            if first == 0 and last == len(pieces) - 1:
                continue  # the whole sentence: not a clause of it
            candidate = Span(pieces[first].start, pieces[last].end)
            chunk = candidate.of(text)
            if not low * missing <= len(chunk.strip()) <= high * missing:
                continue
            rest = " ".join(p.of(text) for p in pieces[:first] + pieces[last + 1 :])
            own, rest_clues = anchors(chunk), anchors(rest)
            lost = len(own - clues) / len(own) if own else 0.0
            kept = len(rest_clues & clues) / len(rest_clues) if rest_clues else 1.0
            if lost <= 1 - kept:
                continue  # the translation lacks the rest of the sentence as much: no clue which part is gone
            if abbreviated(chunk, initials):
                continue  # "Miembro del Parlamento" written "MP"
            model = piece_words(pair, pieces, first, last, bead.target)
            # "Karen Hunter, presentadora de un programa, tuiteó": English writes such an apposition before the name
            # as a title in its own words ("talk show host Karen Hunter"); the model's words are no proof it is gone.
            retitled = first == 1 and z > -SHORT_Z and _NAME_RUN.fullmatch(pieces[0].of(text).strip(" ,;:"))
            if model is not None and not retitled and _model_proves(model, z):
                words = ", ".join(model.missing)
                has = "none" if len(model.missing) == model.own else f"{model.own - len(model.missing)} of {model.own}"
                # Its model words lost: the rest's share kept ranks the clauses, as lost - (1 - kept) does below.
                fitting.append((candidate, model.kept, f" (the translation has {has} of its words as the model "
                                                       f"translates them; it lacks {words})"))
                continue
            if first > 0 and last == len(pieces) - 1 and _stops_before(z, own, lost, kept, ending,
                                                                     anchors(pieces[first - 1].of(text))):
                fitting.append((candidate, lost - (1 - kept), " (the translation ends with the words before it)"))
                continue
            governs = first == 0 and last + 1 < len(pieces) and _first_word(pieces[last + 1].of(text)) in DEPENDENT_OPENERS
            names = _evidence(z, missing, own, lost, kept, chunk, rest, clues, language, governs)
            if names is None:
                continue
            why = f" (the translation has none of its names and numbers: {', '.join(names)})" if names else ""
            fitting.append((candidate, lost - (1 - kept), why))
    if not fitting:
        return None
    best, _, why = max(fitting, key=lambda c: (c[1], -abs(len(c[0]) - missing)))
    chunk = best.of(text)
    left = len(chunk) - len(chunk.lstrip(" ,;:"))
    return Span(best.start + left, best.start + len(chunk.rstrip(" ,;:"))), why


def _ending(sentence: str) -> frozenset[str]:
    """The clues of the last ENDING_WORDS words of a sentence that have any."""
    found: list[frozenset[str]] = []
    for word in reversed(sentence.split()):
        keys = frozenset(k for k in anchors(word) if k[0] in "#=~")
        if keys:
            found.append(keys)
            if len(found) == ENDING_WORDS:
                break
    return frozenset().union(*found)


def _stops_before(z: float, own: frozenset, lost: float, kept: float, ending: frozenset, before: frozenset) -> bool:
    """Whether a clause that ends the sentence is missing from a translation that ends with the clues of the piece
    before it and with none of the clause's: the translation stops where the clause starts."""
    if len(own) < TAIL_MIN_CLUES or lost < TAIL_LOST or not ending & before or ending & own:
        return False
    return (z < -TAIL_Z and kept >= TAIL_KEPT) or (z < -TAIL_SHORT_Z and kept >= TAIL_SHORT_KEPT)


def _model_proves(model, z: float) -> bool:
    """Whether the model's words for a clause prove it missing from a bead this short (z): the translation lacks
    them all (one may be there by chance in a long clause), follows the model elsewhere closely enough that this is
    unlikely by its own wording, and has no words of its own left over that could say the clause differently."""
    shared = model.own - len(model.missing)
    shared_by_chance = 1 if model.own >= MODEL_SHARED_FROM else 0
    if model.own < MODEL_MIN_WORDS or model.rest < MODEL_MIN_REST or shared > shared_by_chance:
        return False
    if model.spare > MODEL_SPARE:
        return False
    chance = (1 - model.kept) ** len(model.missing) * (model.own if shared else 1)
    return chance <= MODEL_CHANCE or (z < -MODEL_SHORT_Z and chance <= MODEL_CHANCE_SHORT)


def _evidence(z: float, missing: float, own: frozenset, lost: float, kept: float, chunk: str, rest: str,
              clues: frozenset, language: str, governs: bool = False) -> list[str] | None:
    """None when the clause's clues do not prove it missing at this shortfall; else the names and numbers it
    lacks when they are the proof (an empty list when the length or the other clues are).

    ``governs``: the clause opens its sentence and the next one depends on it ("Se ruega a todo vecino /
    que haya visto algo…"): left out, it would leave that one hanging, so a translation short of it more
    likely says it in fewer words; the length and dictionary clues do not prove it gone, names and numbers do."""
    if not governs and z < -OMISSION_Z and missing >= MIN_MISSING:
        return []
    if not governs and z < -SHORT_Z and len(own) >= MIN_CLUES and lost >= CLUE_MISSING and kept >= CLUE_KEPT:
        return []
    hard, rest_hard = _hard_clues(chunk, language), _hard_clues(rest, language)
    hard_kept = sum(bool(keys & clues) for keys in rest_hard.values()) / len(rest_hard) if rest_hard else 1.0
    if len(hard) < MIN_HARD_CLUES or any(keys & clues for keys in hard.values()) or hard_kept < HARD_KEPT \
            or kept < HARD_REST_CLUES_KEPT:
        return None
    return list(hard)


def acronyms(sentences: list[str], ids: tuple[int, ...]) -> set[str]:
    """The acronyms written in these sentences ("MP", "GC")."""
    return {m.group(0) for i in ids for m in _ACRONYM.finditer(sentences[i])}


def _first_word(text: str) -> str:
    match = _WORD.search(text)
    return match.group(0).lower() if match else ""


def abbreviated(chunk: str, written: set[str]) -> int:
    """How many characters of ``chunk`` the other version writes as initials (``written``) ("Miembro del Parlamento
    por el distrito" → "district MP": "Miembro del Parlamento", less two): its words are there, shortened. The initials
    may run in either order (Spanish puts the adjective after the noun)."""
    saved = 0
    for run in _NAME_RUN.finditer(chunk) if written else ():
        words = list(re.finditer(r"[A-ZÁÉÍÓÚÑ][\w'’-]*", run.group(0)))
        initials = "".join(word.group(0)[0] for word in words)
        for acronym in written:
            # "Consejo Ejecutivo" is the "EC" of "Executive Council".
            at = max(initials.find(acronym), initials.find(acronym[::-1]))
            if at >= 0:
                saved += words[at + len(acronym) - 1].end() - words[at].start() - len(acronym)
    return saved


def institutions(chunk: str) -> int:
    """How many characters of ``chunk`` its multi-word names could lose in a language that names the same
    institution in one word: each run of three capitalised words, or two joined by "of"/"de", but its longest
    word. A person's name (a first name first) keeps its length."""
    saved = 0
    for run in _NAME_RUN.finditer(chunk):
        words = run.group(0).split()
        capitalised = [w for w in words if w[:1].isupper()]
        if is_first_name(capitalised[0]) or not (len(capitalised) >= 3 or len(words) > len(capitalised)):
            continue
        saved += len(run.group(0)) - max(map(len, capitalised))
    return saved


def _pieces(text: str, sentence: Span, language: str) -> list[Span]:
    """A sentence cut at punctuation and before the words that open a clause."""
    cuts = {sentence.start, sentence.end}
    for m in _BOUNDARY.finditer(text, sentence.start, sentence.end):
        cuts.update((m.start(), m.end()))
    openers = CLAUSE_OPENERS.get(language, frozenset())
    for m in _WORD.finditer(text, sentence.start, sentence.end):
        if m.start() > sentence.start and m.group(0).lower() in openers:
            cuts.add(m.start())
    ordered = sorted(cuts)
    return [Span(a, b) for a, b in zip(ordered, ordered[1:]) if text[a:b].strip(" ,;:()[]—–")]


def _ends_with_title(text: str, language: str) -> bool:
    """``text`` ends with a title's abbreviation ("Sen.", "Sra."), whose full stop ends no sentence (the language
    table's titles, as the sentence splitter reads them): the capitalised word after it is a name."""
    if not text.endswith("."):
        return False
    word = text[:-1].rsplit(None, 1)[-1].lstrip("([“\"'«") if text[:-1].strip() else ""
    rules = languages.abbreviation_rules(language)
    return word.lower() in rules.titles or (word.lower() in rules.foreign_titles and word[:1].isupper())


def _hard_clues(chunk: str, language: str) -> dict[str, frozenset[str]]:
    """Numbers and names of a passage (as written → their alignment keys): a translation keeps them whatever its
    wording. A name is a capitalised word of four letters or more, not after a sentence end (a title's "Sen." is
    none), rare as a word or a first name ("Chris")."""
    found = {m.group(0): anchors(m.group(0)) for m in _NUMBER.finditer(chunk)}
    for m in _NAME.finditer(chunk):
        before = chunk[: m.start()].rstrip()
        if before and (before[-1] not in ".!?“\"«¿¡" or _ends_with_title(before, language)) \
                and (zipf(m.group(0).lower(), language) < NAME_WORD or is_first_name(m.group(0))):
            keys = anchors(m.group(0))
            if keys and not any(k.startswith("=") for k in keys):  # a dictionary word, not a name
                found[m.group(0)] = keys
    return {written: keys for written, keys in found.items() if keys}
