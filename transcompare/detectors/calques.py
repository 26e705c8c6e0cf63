"""Calques, false friends and stock phrases, from lexicons in transcompare/data/calques/<src>-<tgt>.tsv.

The file format is documented in the header of es-en.tsv. Matching is one pass over the
lower-cased text: its words, split once, are looked up in sets of the words entries start with
(and of the pairs of words, where an entry's second token is a fixed set of words) to find the
candidates, and only the entries starting with that word (and, where an entry's second and third
tokens are fixed sets of words, with the words that follow it there) are tried there (anchored);
an entry's own regex is compiled the first time it is tried. Where two entries match the same
words, the earlier line of the lexicon wins. Messages and fixes are filled from the words matched
(the weekday, the tense of the verb).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from itertools import compress

from .. import inflect
from ..alternation import trie_regex
from ..datamodel import Severity, Span
from . import WORD, AuditContext, Hit, Words, detector
from .evidence import origin_evident, signal

LANGUAGE_NAMES = {"es": "Spanish", "en": "English", "fr": "French", "pt": "Portuguese", "it": "Italian", "de": "German"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
# How a placeholder in a pattern is written in the other language, by language.
_WEEKDAY_NAMES = {"es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")}
_MONTH_NAMES = {"es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                       "octubre", "noviembre", "diciembre")}
NUMBER = "<num>"  # in an entry's following words: any number
_CLAUSE_OPENER = ("the|a|an|he|she|it|they|we|i|you|there|this|these|those|his|her|its|their|our|my|your|"
                  "some|many|most|all|no|not|any|each|both|if|in|on|at|for|with|despite|after|before|one|two")
_UPPER = "A-ZÁÉÍÓÚÑÜ"
# Placeholders: (regex on lower-cased text, regex on the original text).
PLACEHOLDERS = {
    "weekday": ("|".join(WEEKDAYS), None),
    "month": ("|".join(MONTHS), None),
    "day": (r"(?:[12]?\d|3[01])(?![\d:]|[,.]\d)", None),  # not 1,000, 1.5 or 1:30; “April 18, 2023” is a day
    "num": (r"\d[\d,.]*", None),
    "year": (r"(?:19|20)\d\d", None),
    "ing": (r"[a-z]+ing", None),
    "word": (r"[^\W\d_][\w’'-]*", None),
    "det": (r"the|a|an|his|her|its|their|our|my|your|this|that|these|those", None),
    "poss": (r"his|her|its|their|our|my|your", None),
    "that": (r"that(?=\s+[“\"‘'«]?[^\W\d_])", None),  # the word after is checked by _opens_clause
    "first": (r"[^\W\d_][\w’'-]*", None),  # a first name: checked by _is_first_name
    "when": (r"(?:on\s+|this\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)", None),
    "cap": (r"[^\W\d_][\w’'.-]*", rf"[{_UPPER}][\w’'.-]*"),
}
# The words a placeholder's match can start with, where a fixed set (for the indexes, which find an
# entry by its first words): a match of <when> starts with on/this/last or the day, and <that> is "that".
_PLACEHOLDER_WORDS = {"weekday": frozenset(WEEKDAYS), "month": frozenset(MONTHS), "day": frozenset(str(d) for d in range(1, 32)),
                      "when": frozenset(("on", "this", "last", *WEEKDAYS, "today", "yesterday")), "that": frozenset({"that"})}
_ORIGIN_SLOT = {"base": 0, "third": 0, "past": 1, "participle": 1, "ing": 2}
_PUNCTUATION = re.compile(r"^[^\w<{\[]+$")
_BRACED = re.compile(r"\{([^{}]+)\}")
_ANGLED = re.compile(r"<(\w+)>")


@cache
def _compiled(source: str) -> re.Pattern:
    return re.compile(source)


@dataclass(frozen=True)
class Entry:
    pattern: str
    origin: str  # the likely wording in the source language
    fix: str
    reason: str
    strong: bool  # high confidence: fires on its own
    not_after: frozenset[str]  # words that, right before the match, make it ordinary English
    first_words: frozenset[str]
    checks: tuple[str, ...] = ()  # named context checks (CHECKS) the sentence must pass
    multiword_first: bool = False  # its first token has a several-word option (Army_Corps)
    second_words: frozenset[str] | None = None  # what can follow its first word, when a fixed set
    language: str = "en"  # the language of the text it reads (its {verb}s and its fix)
    cased: bool = False  # capitals in the pattern must match too
    # Every match holds one word of each group: looked for near a candidate before the regex is tried.
    anchors: tuple[tuple[str, ...], ...] = ()

    # Built when first needed: loading reads only what the index needs, and a text meets few
    # entries (compiling all of them would cost a single-article audit more than matching does).
    @cached_property
    def _parts(self) -> tuple:
        return _compile(self.pattern, exact=False, language=self.language)

    @cached_property
    def source(self) -> str:
        """Its regex, anchored at a candidate, on lower-cased text."""
        return self._parts[0]

    @cached_property
    def slots(self) -> tuple[tuple[str, str, str], ...]:
        """(group, kind, argument) of each variable token."""
        return tuple(self._parts[1])

    @cached_property
    def exact_source(self) -> str | None:
        """Its regex on the original text, for entries that care about capitals."""
        return _compile(self.pattern, exact=True, language=self.language)[0] if self.cased else None

    @cached_property  # kept on the entry: matching asks for it at every candidate
    def regex(self) -> re.Pattern:
        return _compiled(self.source)

    @cached_property
    def exact(self) -> re.Pattern | None:
        return _compiled(self.exact_source) if self.exact_source else None

    @cached_property
    def third_words(self) -> frozenset[str] | None:
        """The words its third token can start with, where a fixed set (see _third_words)."""
        return _third_words(self)


@dataclass(frozen=True)
class FirstWords:
    alone: frozenset[str]  # words with entries that start there whatever follows
    pairs: frozenset[tuple[str, str]]  # (first word, second word) with entries
    before_number: frozenset[str]  # first words with entries when a number follows


@dataclass(frozen=True)
class Lexicon:
    pair: str
    entries: tuple[Entry, ...]
    # The first words that are not one word of the text (u.s.), as one alternation; the others are
    # found by looking the text's words up (see first_words). None when there are none.
    scanner: re.Pattern | None
    # The entries by the words a match starts with, walked one look-up a word: first word ->
    # [entries, {second word -> [entries, {third word -> entries} or None, entries to index so]} or None].
    # An entry sits at its first word when what follows it is not a fixed set of words, else at its
    # first two words, or its first three where its third token is a fixed set too: those wait in the
    # last list until a text reaches their first two words (_index_by_third). NUMBER keys stand for
    # any number. (Matching concatenates the lists, never extends them.)
    words: dict[str, list]

    @cached_property
    def rank(self) -> dict[int, int]:
        """Each entry's place in the lexicon, by id: where two entries match the same words, the
        earlier line wins, however the indexes found them."""
        return {id(entry): place for place, entry in enumerate(self.entries)}

    @cached_property
    def first_words(self) -> FirstWords:
        """The sets the text's words are looked up in, built the first time a text is matched."""
        alone = frozenset(first for first, (entries, _) in self.words.items() if entries)
        pairs = frozenset((first, second) for first, (_, seconds) in self.words.items() if seconds
                          for second in seconds if second != NUMBER)
        before_number = frozenset(first for first, (_, seconds) in self.words.items() if seconds and NUMBER in seconds)
        return FirstWords(alone, pairs, before_number)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)


# ---------------------------------------------------------------- context checks

_IRREGULAR_PAST = ("said|told|met|held|took|made|gave|went|came|was|were|had|spoke|wrote|won|lost|left|began|"
                   "brought|sent|saw|found|thought|kept|stood|ran|fell|rose|led|sought|fought|knew|became|"
                   "chose|drew|broke|struck|threw|paid|laid|meant|heard|felt")
_NOT_PAST = "united|limited|hundred|armed|so-called|alleged|interested|concerned|related|based|red|bed|need"
_TENSE = re.compile(rf"\b(?:(?P<future>will|won't|shall|going to|would|is to|are to|(?:scheduled|expected|slated|set|poised|planning|hoping|intending|aiming|hopes|plans|intends|aims|hope|plan|intend|about) to)|(?P<past>(?!(?:{_NOT_PAST})\b)"
                    rf"[a-z]{{2,}}(?<!e)ed|{_IRREGULAR_PAST}))\b|(?P<contracted>'ll)\b")


def _tense_near(folded: str, span: Span) -> str | None:
    """"past" or "future": the tense marker nearest before ``span`` in its sentence, else the first
    after it; None when the sentence has neither (a present tense, a headline)."""
    low = max(folded.rfind(". ", max(0, span.start - 100), span.start), folded.rfind("\n", max(0, span.start - 100), span.start))
    before = list(_TENSE.finditer(folded, max(low, span.start - 100, 0), span.start))
    if not before:
        stop = [i for i in (folded.find(". ", span.end, span.end + 250), folded.find("\n", span.end, span.end + 250)) if i >= 0]
        after = _TENSE.search(folded, span.end, min(stop) if stop else span.end + 250)
        before = [after] if after else []
    return ("past" if before[-1].group("past") else "future") if before else None


def _told_in_past(folded: str, span: Span) -> bool:
    """The verb nearest before (else the first after, in the sentence) is in the past tense."""
    return _tense_near(folded, span) == "past"


def _not_told_in_future(folded: str, span: Span) -> bool:
    """No future marker is the nearest tense marker: a past event, or a present tense in the
    Spanish manner (headline present, "arrives this Monday" for today)."""
    return _tense_near(folded, span) != "future"


CHECKS = {"past": _told_in_past, "notfuture": _not_told_in_future}

_LINE_WORDS = re.compile(r"[^\W\d_][\w’'-]*")


def _in_title_case(text: str, at: int) -> bool:
    """A headline in title case: capitals there say nothing about names."""
    start = max(text.rfind("\n", max(0, at - 300), at) + 1, at - 300)  # a line longer than that: its last 300 characters
    stop = text.find("\n", at, at + 300)
    words = _LINE_WORDS.findall(text, start, stop if stop >= 0 else at + 300)
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)

_NEXT_WORD = re.compile(r"\s+[“\"‘'«]?([^\W\d_][\w’'-]*)")
_OPENERS = frozenset(_CLAUSE_OPENER.split("|"))


def _opens_clause(text: str, end: int) -> bool:
    """"that" followed by a clause ("that Cuba is", "that “the law…"), not a noun ("that decision")."""
    next_word = _NEXT_WORD.match(text, end)
    if not next_word:
        return False
    word = next_word.group(1)
    return word.lower() in _OPENERS or word[0].isupper() or word.lower().endswith(("s", "ed"))


def _is_first_name(text: str, start: int, end: int) -> bool:
    from ..names import is_first_name

    return text[start].isupper() and is_first_name(text[start:end])


def _slots_hold(entry: Entry, text: str, hit: re.Match) -> bool:
    for group, kind, _ in entry.slots:
        if hit.start(group) < 0:
            continue
        if kind == "that" and not _opens_clause(text, hit.end(group)):
            return False
        if kind == "first" and not _is_first_name(text, hit.start(group), hit.end(group)):
            return False
    return True


# ---------------------------------------------------------------- compiling the lexicon

@cache  # tokens recur across entries ("the", "[his|her|their]")
def _token_regex(token: str, index: int, exact: bool, language: str = "en") -> tuple[str, tuple | None, frozenset[str] | None]:
    """(regex, slot, first-word forms) for one pattern token; slot is None for fixed words."""
    group = f"t{index}"
    if token.startswith("{") and token.endswith("}"):
        lemmas = token[1:-1].split("|")
        forms = sorted({f for lemma in lemmas for f in inflect.inflections(lemma, language)}, key=len, reverse=True)
        regex = trie_regex(set(forms))  # the same matches as the forms longest first, compiled twice as fast
        return f"(?P<{group}>{'(?i:' + regex + ')' if exact else regex})", (group, "verb", "|".join(lemmas)), frozenset(forms)
    if token.startswith("<") and token.endswith(">"):
        name = token[1:-1].lower()
        if name not in PLACEHOLDERS:
            raise ValueError(f"unknown placeholder {token}")
        lower, original = PLACEHOLDERS[name]
        regex = original if exact and original else (f"(?i:{lower})" if exact else lower)
        words = _PLACEHOLDER_WORDS.get(name)
        return f"(?P<{group}>{regex})", (group, name, ""), words
    if token.startswith("[") and token.endswith("]"):
        options = token[1:-1].split("|")
    else:
        options = [token]
    parts = []
    for option in options:
        plural = option.endswith("(s)")  # word(s): the word or its plural
        stem = option[:-3] if plural else option
        literal = re.escape(stem).replace("_", r"\s+") + ("s?" if plural else "")
        parts.append(literal if exact and stem != stem.lower() else (f"(?i:{literal})" if exact else literal.lower()))
    firsts = {o.split("_")[0].lower() for o in options}
    words = frozenset(w[:-3] if w.endswith("(s)") else w for w in firsts) | {w[:-3] + "s" for w in firsts if w.endswith("(s)")}
    slot = (group, "choice", "") if len(options) > 1 else None
    return f"(?P<{group}>{'|'.join(parts)})" if slot else f"(?:{'|'.join(parts)})", slot, words


def _is_punctuation(token: str) -> bool:
    return bool(_PUNCTUATION.match(token.strip("[]").replace("|", "")))


def _compile(pattern: str, exact: bool, language: str = "en",
             index_only: bool = False) -> tuple[str, list, frozenset[str], frozenset[str], set[str] | None]:
    """The regex of a pattern, its variable slots, its first words, the words barred before it, and
    the words that can follow its first word (None: not a fixed set; NUMBER stands for any number).
    With ``index_only``, it stops once the last two are known (the regex and slots are then partial)."""
    tokens = pattern.split()
    not_after: frozenset[str] = frozenset()
    if tokens and tokens[0].startswith("!"):
        not_after = frozenset(tokens.pop(0)[1:].lower().split("|"))
    regex, slots, index = "", [], 0
    first: frozenset[str] = frozenset()
    following: set[str] | None = set()
    settled = False
    for token in tokens:
        if index_only and index > 0 and (settled or following is None):
            break
        if token.startswith("!"):  # the next word must not be one of these
            barred = "|".join(re.escape(w).replace("_", r"\s+") for w in token[1:].split("|"))
            regex += rf"(?![\s,]+(?i:{barred})(?![\w’'-]))"
            continue
        optional = token.endswith("?") and len(token) > 1
        token = token.removesuffix("?") if optional else token
        if index == 0 and optional:
            raise ValueError(f"{pattern!r}: the first token cannot be optional")
        punct = _is_punctuation(token)
        if punct and not token.startswith("["):
            part, slot, words = re.escape(token), None, None
        else:
            part, slot, words = _token_regex(token, index, exact, language)
        if index == 0:
            if words is None or punct:
                raise ValueError(f"{pattern!r}: the first token must be words, a {{verb}} or <weekday>/<month>/<day>")
            first = words
        elif following is not None and not settled:
            # What can come right after the first word: optional tokens' words and the next fixed token's.
            numeric = token.lower() in ("<num>", "<year>", "<day>")
            if punct or (words is None and not numeric):
                following = None
            else:
                following |= {NUMBER} if numeric or words is None else words
                settled = not optional
        if slot:
            slots.append(slot)
        glue = "" if index == 0 else (r"\s*" if punct else r"\s+")
        regex += f"(?:{glue}{part})?" if optional else f"{glue}{part}"
        index += 1
        last_is_word = not punct
    regex += r"(?![\w’'-])" if last_is_word and not index_only else ""
    return regex, slots, first, not_after, following if following and settled else None


def parse_entry(line: str, language: str = "en") -> Entry:
    """One lexicon line: pattern, origin, fix, reason, confidence [checks] (tab-separated); {verb}s are
    inflected in ``language``, the language of the text the lexicon reads."""
    columns = [c.strip() for c in line.split("\t")]
    confidence, *checks = columns[-1].split() if len(columns) == 5 else ("",)
    if len(columns) != 5 or confidence not in ("high", "low") or not set(checks) <= set(CHECKS):
        raise ValueError(f"lexicon line needs 5 tab-separated columns, the last high|low and "
                         f"optional checks ({', '.join(CHECKS)}): {line!r}")
    pattern, origin, fix, reason, _ = columns
    _, _, first, not_after, second = _compile(pattern, exact=False, language=language, index_only=True)
    plain = _ANGLED.sub("", _BRACED.sub("", pattern.lstrip("!")))
    cased = plain != plain.lower() or "<Cap>" in pattern
    return Entry(pattern, origin, fix, reason, confidence == "high", not_after, frozenset(first), tuple(checks),
                 "_" in pattern.split()[0 if not pattern.startswith("!") else 1],
                 frozenset(second) if second else None, language, cased, _anchors(pattern))


_PLAIN_WORD = re.compile(r"[^\W\d_][\w’'-]*(?:\(s\))?")


def _anchors(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Groups of words of which every match contains one each, after its first token (up to three
    groups of few, long words): a cheap test that spares compiling and trying the entry where the
    text cannot match it. Empty when no token after the first is a fixed word or a short choice."""
    tokens = pattern.split()[1 if pattern.startswith("!") else 0:][1:]
    groups: list[tuple[int, tuple[str, ...]]] = []
    for token in tokens:
        if token.startswith("!") or (token.endswith("?") and len(token) > 1) or _is_punctuation(token):
            continue
        if token == "<that>":
            token = "that"
        options = token[1:-1].split("|") if token.startswith("[") and token.endswith("]") else [token]
        if not all(_PLAIN_WORD.fullmatch(o.split("_")[0]) for o in options) or len(options) > 4:
            continue
        words = tuple(sorted({o.split("_")[0].removesuffix("(s)").lower() for o in options}))
        groups.append((2 * len(words) - min(map(len, words)), words))
    return tuple(words for _, words in sorted(groups)[:3])


def _anchored(folded: str, start: int, groups: tuple[tuple[str, ...], ...]) -> bool:
    stop = start + _ANCHOR_REACH
    for group in groups:
        for word in group:
            if folded.find(word, start, stop) >= 0:
                break
        else:
            return False
    return True


_ANCHOR_REACH = 200  # characters from a candidate within which an entry's anchor must appear (matches are shorter)


@cache
def load_lexicon(pair: str) -> Lexicon:
    text = resources.files("transcompare.data.calques").joinpath(f"{pair}.tsv").read_text("utf-8")
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            try:
                entries.append(parse_entry(line, pair.split("-")[1]))
            except ValueError as error:
                raise ValueError(f"{pair}.tsv line {number}: {error}") from None
    return build_lexicon(pair, entries)


def build_lexicon(pair: str, entries: list[Entry]) -> Lexicon:
    """The entries with their index (Lexicon.words). Wherever an entry's third token is a fixed set
    of words, its first three words find it: an entry that cannot match there is then neither tried
    nor compiled (compiling costs a one-article audit the most)."""
    words: dict[str, list] = {}
    for entry in entries:
        slot = 0 if entry.third_words is None else 2
        for first in entry.first_words:
            node = words.setdefault(first, [[], None])
            following = _following(entry, first)
            if following is None:
                node[0].append(entry)
                continue
            if node[1] is None:
                node[1] = {}
            for second in following:
                node[1].setdefault(second, [[], None, []])[slot].append(entry)
    # Words are looked up in sets and dictionaries; only first words that are not one word of the
    # text (u.s.) make a regex: a big one costs a one-article audit more than matching does.
    return Lexicon(pair, tuple(entries), build_scanner({w for w in words if not WORD.fullmatch(w)}), words)


def build_scanner(first_words: set[str]) -> re.Pattern | None:
    """A trie of ``first_words`` where a word of the text starts. A lookahead captures the next
    word (group 1, as _FOLLOWING_WORD reads it) without consuming it, for the indexes. What comes
    before is checked after the first character, so the search skips in C to where one is."""
    if not first_words:
        return None
    by_first: dict[str, set[str]] = {}
    for word in first_words:
        by_first.setdefault(word[0], set()).add(word[1:])
    trie = "|".join(rf"{re.escape(first)}(?<![\w’'-].){trie_regex(rests)}" for first, rests in sorted(by_first.items()))
    return re.compile(rf"(?:{trie})(?![\w’'-])(?={_FOLLOWING_WORD.pattern}|)")


def _third_words(entry: Entry) -> frozenset[str] | None:
    """The words the third token of ``entry`` can start with, when its first three tokens are plain
    (no optional token, placeholder or punctuation before, no several-word option in the second);
    NUMBER stands for any number. None otherwise."""
    if entry.multiword_first:
        return None
    tokens = [t for t in entry.pattern.split()[1 if entry.pattern.startswith("!") else 0:] if not t.startswith("!")]
    if len(tokens) < 3 or any(t.endswith("?") and len(t) > 1 for t in tokens[:3]) or "_" in tokens[1]:
        return None
    if any(_is_punctuation(t) for t in tokens[1:3]):
        return None
    if tokens[2].lower() in ("<num>", "<year>"):
        return frozenset({NUMBER})
    words = _token_regex(tokens[2], 2, False, entry.language)[2]
    if words is None or _token_regex(tokens[1], 1, False, entry.language)[2] is None:
        return None
    return frozenset(words)


def _following(entry: Entry, first: str) -> frozenset[str] | None:
    """The words that can follow ``first`` in ``entry`` (None: not a fixed set). A several-word
    option of the first token (army_corps) is followed by its own next word; where ``first`` is
    also an option on its own (police, police_force), what follows the whole token can follow it too."""
    if entry.multiword_first:
        token = entry.pattern.split()[1 if entry.pattern.startswith("!") else 0]
        options = [re.sub(r"\(s\)$", "", o.lower()) for o in token.strip("[]").split("|")]
        nexts = {o.split("_")[1] for o in options if "_" in o and o.split("_")[0] == first}
        alone = any(o == first or o + "s" == first for o in options)
        if nexts and not alone:
            return frozenset(nexts)
        if nexts:
            return None if entry.second_words is None else frozenset(nexts | entry.second_words)
    return entry.second_words


@cache  # the package's files do not change while it runs; asked once per audited segment in evaluate
def available_lexicons() -> list[str]:
    folder = resources.files("transcompare.data.calques")
    return sorted(p.name.removesuffix(".tsv") for p in folder.iterdir() if p.name.endswith(".tsv"))


# ---------------------------------------------------------------- matching

@dataclass(frozen=True)
class Match:
    entry: Entry
    span: Span
    groups: dict[str, str]


_FOLLOWING_WORD = re.compile(r"\s+([\w’'-]+)")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")  # a match never runs from one paragraph (or headline) into the next
_WORD_BEFORE = re.compile(r"([\w’'-]+)[^\w.!?;:]*$")


def _word_before(folded: str, start: int) -> str:
    found = _WORD_BEFORE.search(folded, max(0, start - 40), start)
    return found.group(1) if found else ""


_NO_NODE: list = [[], None]


def _index_by_third(node: list) -> None:
    """The entries waiting at a pair of words, indexed by their third word: done the first time a text
    reaches the pair (indexing every pair's at loading would cost a one-article audit 0.04 s CPU)."""
    thirds: dict[str, list[Entry]] = {}
    for entry in node[2]:
        for third in entry.third_words:
            thirds.setdefault(third, []).append(entry)
    node[1], node[2] = thirds, []


def _candidates(lexicon: Lexicon, folded: str, span: Span, split: Words | None):
    """(start, first word, second word, third word) at each word of ``span`` an entry may start with, the
    second and third None unless only space comes before them: the words split once (``split``, when
    given, holds them) and looked up in sets, in C (a regex of every first word, one match object a
    word, took longer)."""
    index = lexicon.first_words
    split = split or Words(folded, span)
    pieces, words = split.pieces, split.words
    count = len(words)
    chosen = set(compress(range(count), map(index.alone.__contains__, words)))
    chosen.update(compress(range(count - 1), map(index.pairs.__contains__, zip(words, words[1:]))))
    if index.before_number:
        chosen.update(i for i in compress(range(count - 1), map(index.before_number.__contains__, words))
                      if words[i + 1][0].isdigit())
    if 0 in chosen and not pieces[0] and span.start and WORD.match(folded, span.start - 1):
        chosen.discard(0)  # the span starts inside a word
    taken: list[tuple[int, int]] = []  # what the regex of several-word first words matched
    if lexicon.scanner is not None:
        for candidate in lexicon.scanner.finditer(folded, span.start, span.end):
            taken.append((candidate.start(), candidate.end()))
            after = _FOLLOWING_WORD.match(folded, candidate.end(1), span.end) if candidate.group(1) else None
            yield candidate.start(), candidate.group(), candidate.group(1), after and after.group(1)
    position, summed, k = span.start, 0, 0
    for i in sorted(chosen):
        position += sum(map(len, pieces[summed : 2 * i + 1]))
        summed = 2 * i + 1
        while k < len(taken) and taken[k][1] <= position:
            k += 1
        if k < len(taken) and taken[k][0] <= position:
            continue  # inside a first word of several (u.s.), which the regex took
        if i + 1 == count or not pieces[2 * i + 2].isspace():
            yield position, words[i], None, None
        elif i + 2 == count or not pieces[2 * i + 4].isspace():
            yield position, words[i], words[i + 1], None
        else:
            yield position, words[i], words[i + 1], words[i + 2]


def find_matches(lexicon: Lexicon, text: str, folded: str, span: Span, words: Words | None = None) -> list[Match]:
    """Every entry match in ``span``, longest first where two start together, none overlapping.
    ``words``: the words of ``folded[span]``, when already split."""
    found: list[Match] = []
    for start, first, second, third in _candidates(lexicon, folded, span, words):
        entries, seconds = lexicon.words.get(first, _NO_NODE)
        if seconds is not None and second is not None:
            for key in (second, NUMBER) if second[0].isdigit() else (second,):
                node = seconds.get(key)
                if node is None:
                    continue
                entries = entries + node[0]
                if node[2]:
                    _index_by_third(node)
                if node[1] is not None and third is not None:
                    entries = entries + node[1].get(third, [])
                    if third[0].isdigit():
                        entries = entries + node[1].get(NUMBER, [])
        if not entries:
            continue
        before = None
        for entry in entries:
            if entry.anchors and "regex" not in entry.__dict__ and not _anchored(folded, start, entry.anchors):
                continue  # not compiled yet, and cannot match here: leave it so
            hit = entry.regex.match(folded, start, span.end)
            if not hit:
                continue
            if entry.exact is not None:
                hit = entry.exact.match(text, start, span.end)
                if not hit or _in_title_case(text, start):
                    continue
            if "\n" in folded[start:hit.end()] and _PARAGRAPH_BREAK.search(folded, start, hit.end()):
                continue
            if entry.not_after:
                before = _word_before(folded, start) if before is None else before
                if before in entry.not_after:
                    continue
            if any(not CHECKS[name](folded, Span(start, hit.end())) for name in entry.checks):
                continue
            if entry.slots and not _slots_hold(entry, text, hit):
                continue
            found.append(Match(entry, Span(start, hit.end()), {k: v for k, v in hit.groupdict().items() if v}))
    rank = lexicon.rank
    found.sort(key=lambda m: (m.span.start, -len(m.span), rank[id(m.entry)]))
    kept: list[Match] = []
    for match in found:
        if not kept or match.span.start >= kept[-1].span.end:
            kept.append(match)
    return kept


def lexicon_matches(ctx: AuditContext, pair: str) -> tuple[Match, ...]:
    """The matches of lexicon ``pair`` in the document body (computed once per document)."""
    key = ("lexicon", pair)
    if key not in ctx.cache:
        ctx.cache[key] = tuple(find_matches(load_lexicon(pair), ctx.text, ctx.folded_text, ctx.document.body, ctx.words))
    return ctx.cache[key]


# ---------------------------------------------------------------- messages

_AUXILIARY_SLOT = {"does": "third", "do": "base", "doesn't": "third", "don't": "base", "is": "third", "are": "base",
                   "did": "past", "didn't": "past", "was": "past", "were": "past", "has": "third", "had": "past"}


def _slot_of_any(word: str, lemmas: list[str], language: str) -> str | None:
    """The slot ``word`` fills in whichever of the verbs of a {a|b} token it inflects."""
    return next((slot for lemma in lemmas if (slot := inflect.slot_of(word, lemma, language))), None)


def fill(template: str, match: Match, language: str, target: bool) -> str:
    """A template (origin or fix) with the matched words put in: weekday, month, numbers, the verb's tense."""
    values = {kind: match.groups.get(group, "") for group, kind, _ in match.entry.slots}
    verb = next(((match.groups.get(g, ""), arg) for g, kind, arg in match.entry.slots if kind == "verb"), None)
    slot = _slot_of_any(verb[0], verb[1].split("|"), match.entry.language) if verb and verb[0] else None
    if slot is None:  # an auxiliary chosen among alternatives tells the tense: does/did not stop
        slot = next((_AUXILIARY_SLOT[v.lower()] for g, kind, _ in match.entry.slots if kind == "choice"
                     for v in [match.groups.get(g, "")] if v.lower() in _AUXILIARY_SLOT), None)

    def placeholder(found: re.Match) -> str:
        name = found.group(1).lower()
        value = values.get(name, "")
        if not value:
            return found.group(0) if name not in ("weekday", "month") else "…"
        if name in ("weekday", "month"):
            names = WEEKDAYS if name == "weekday" else MONTHS
            index = names.index(value.lower())
            if target:
                return value.capitalize()
            foreign = (_WEEKDAY_NAMES if name == "weekday" else _MONTH_NAMES).get(language)
            return foreign[index] if foreign else value
        return value

    def braces(found: re.Match) -> str:
        options = found.group(1).split("|")
        if target:  # an English verb to put in the matched tense
            return inflect.inflect_like(options[0], slot, match.entry.language) if options[0].isalpha() else options[0]
        return options[min(_ORIGIN_SLOT.get(slot or "past", 1), len(options) - 1)]

    return _BRACED.sub(braces, _ANGLED.sub(placeholder, template))


def hit_for(match: Match, text: str, source: str) -> Hit:
    entry, words = match.entry, match.span.of(text)
    origin = fill(entry.origin, match, source, target=False)
    fix = fill(entry.fix, match, source, target=True)
    language = LANGUAGE_NAMES.get(source, source)
    message = f"“{words}” reads as {language} “{origin}”: {entry.reason}" if origin else f"“{words}”: {entry.reason}"
    return Hit(match.span, message, fix, evidence=f"{words} ← {source}: {entry.pattern}", likely_source=origin)


def _pairs_for(ctx: AuditContext):
    for pair in available_lexicons():
        source, target = pair.split("-")
        if target == ctx.document.language and ctx.source_may_be(source):
            yield pair, source


@signal
def strong_calques(ctx: AuditContext, source: str) -> int:
    """Distinct high-confidence matches: evidence that the text was translated from ``source``."""
    pair = f"{source}-{ctx.document.language}"
    if pair not in available_lexicons():
        return 0
    return len({m.span.of(ctx.folded_text) for m in lexicon_matches(ctx, pair) if m.entry.strong})


@detector("calque.lexicon", "style/calque", Severity.MINOR,
          "Calques, false friends and stock phrases of the source language (a lexicon per language pair).")
def calques(ctx: AuditContext):
    for pair, source in _pairs_for(ctx):
        matches = lexicon_matches(ctx, pair)
        trust_weak = origin_evident(ctx, source)
        for match in matches:
            if match.entry.strong or trust_weak:
                yield hit_for(match, ctx.text, source)
