"""Whom a gold pronoun source of PolNeAR means: the rule bench_attribution.py scores against.

PolNeAR marks a pronoun source ("he said") without saying whom it refers to. This module
resolves it the way a careful annotator would, with rules of its own (it shares no rule with
transcompare's attribution, only the gazetteers of first names and of places):

- Candidates, none inside quotation marks: the attribution sources (not relative pronouns:
  who, which, that), the subject that opens each sentence (after an optional "But"/"And" and an
  opening phrase ending with a comma: "Kasich took …", "In Ohio, Sen. Rob Portman said …",
  "He rails …", "The Florida senator said …", "Mr. Rubio and Mr. Cruz had …"; the possessor in
  "Sanders' apology overshadowed …"; a one-word name only when the article uses it as a surname,
  so "International pressure helped" gives none), and the speaker named right after a quotation
  before a speech verb ("“…,” the two-term president will say", "“…,” said Ana Ruiz").
- Agreement, read on the candidate's head phrase (cut at the first comma, bracket, relative
  pronoun or complement, "an analysis by X" is an analysis; a possessor "Sanders's campaign
  manager" cut off): gender from a gendered word (Mrs., spokeswoman, wife, actress…), else a
  listed first name followed by another capitalised word ("Hillary Clinton", never "Clinton"
  alone), in the head or in an apposition that is a name, else what the article shows for that
  surname anywhere ("Mrs. Clinton", "Bernie Sanders"; a conflict gives none, and none agrees
  with both); plural when "and" joins a capitalised word to what follows ("Sanders and Clinton",
  not "front-runner and former secretary … Clinton") or the head is a plural noun; organisation
  when the head is an organisation or document word (campaign, Times, letter…), an acronym or a
  place ("Belgium").
  he/him: a singular person not female; she/her: not male; they/them: plural or organisation;
  it: a singular organisation or thing; I/me/we/us: the writer, whom the text does not name:
  no referent.
- Order: sentence by sentence backwards from the pronoun, the sentence's subject before its
  other candidates, nearest first; a pronoun candidate of the same kind passes on its own
  referent ("Clinton said … she said … she added").
- Recency: only the pronoun's paragraph and the one before it (a line is a paragraph; a
  paragraph that is only a quotation continues the one before); nothing there: no referent,
  and no system can be right on that quotation.
- A definite description found ("the businessman", "The Ohio governor") is given with the named
  person of compatible gender nearest before it in the same window, as "the businessman,
  Donald Trump": a prediction naming either is right.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

_TOKEN = re.compile(r"[\w’'.-]+|[^\w\s]")
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"”’']*[ \t]+)(?=(?:[\"“‘`]|'')?[A-Z])")
_FIRST_PERSON = frozenset("i me we us my our".split())
_RELATIVE = frozenset("who whom whose which that".split())
_AUXILIARIES = frozenset("is was are were be been has have had will would can could should must do does did".split())
_ANTECEDENT_STOP = frozenset("""said says told added asked wrote on in at to by for from with and or but than as
    between among about against after before during into over under via per""".split())
_GENDERED = {
    **dict.fromkeys("mrs mrs. ms ms. miss madam spokeswoman congresswoman chairwoman businesswoman "
                    "councilwoman assemblywoman woman girl wife mother daughter sister grandmother aunt niece "
                    "widow actress queen princess duchess lady first-lady".split(), "f"),
    **dict.fromkeys("mr mr. sir spokesman congressman chairman businessman councilman assemblyman "
                    "man boy husband father son brother grandfather uncle nephew widower actor king prince "
                    "duke lord".split(), "m"),
}
_TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. prof prof. "
                    "rev rev. sgt sgt. capt capt. president senator governor secretary speaker judge justice "
                    "mayor chairman chairwoman director professor minister chancellor".split())
_PREMODIFIERS = frozenset(
    """former presidential candidate candidates front-runner frontrunner nominee vice secretary of state senator
    governor campaign manager chairman chairwoman spokesman spokeswoman spokesperson press republican democratic
    rival fellow top senior adviser advisor aide strategist executive director chief founder president house
    senate majority minority leader whip attorney general representative congressman congresswoman mogul
    billionaire businessman real estate then-candidate gop democrat independent host anchor commentator
    columnist analyst pollster economist professor author editor reporter correspondent""".split()
)
_ORG_WORDS = frozenset(
    """campaign committee party administration government department agency company group court council office
    board association union network newspaper paper times post news journal magazine tribune herald press
    poll survey report study statement memo letter release ad ads website site account page station channel
    show program programme foundation institute university college school center centre commission bureau
    service team staff organization organisation coalition alliance caucus corporation firm bank fund pac
    super-pac club society panel"""
    .split()
)
_PERSON_NOUNS = frozenset(
    """spokesperson official aide adviser advisor strategist senator governor mayor president secretary candidate
    nominee leader chairman chairwoman manager director lawyer attorney judge justice prosecutor officer
    representative lawmaker legislator politician activist executive founder economist analyst expert professor
    researcher scientist doctor teacher student voter resident witness member friend neighbor neighbour
    front-runner frontrunner host anchor reporter journalist editor columnist author writer commentator
    historian speaker whip owner partner colleague source insider democrat republican supporter critic
    delegate chief head pollster consultant operative diplomat ambassador envoy general commander soldier
    veteran organizer person""".split()
)
_PLURAL_NOUNS = frozenset("people police staff crowd audience democrats republicans americans voters".split())
_GROUPS = frozenset("democrats republicans americans conservatives liberals progressives evangelicals democrats "
                    "latinos hispanics europeans russians chinese".split())
_NOT_SUBJECTS = frozenset(
    """the a an this that these those there here it its if when while as what why how who where which after
    before during since in on at for from with without by to of about over under into through but and or so yet
    still instead meanwhile then now later earlier also though although because despite unlike like once until
    asked speaking according i we you my our your their his her some many most all both each every no one
    another other others such more last next none nobody everyone someone anyone everybody somebody soon finally first second today yesterday tonight again ultimately
    along beyond amid among against across around toward towards within just should could would might
    overall nonetheless regardless fortunately unfortunately sadly clearly certainly obviously perhaps maybe yes
    well oh please thanks together monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december""".split()
)
_OPENERS = re.compile(
    r"(?:(?:But|And|Yet|So|Still|Instead|Meanwhile|Then|Now|Later|Earlier|Also|Indeed|However)\b,?\s+)?"
    r"(?i:(?:In|On|At|After|Before|During|Since|While|When|As|Though|Although|Despite|Asked|Speaking|Earlier|"
    r"Later|Last|This|Over|Unlike|Like|For|With|Without|Under|Following|Responding|Referring|Addressing|"
    r"Earlier|Back|Once|Even|If|Until|Throughout|Moments|Minutes|Hours|Days|[A-Z][a-z]+(?:ing|ed))\b"
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Gen|Jr|[A-Z])\.|[^,.;:!?\n]){0,200},\s+)?"
)


def fold(word: str) -> str:
    word = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in word if not unicodedata.combining(ch)).replace("’", "'")


def _ends_sentence(word: str) -> bool:
    """ "Washington." ends a sentence; "Mr.", "Sen." and an initial do not."""
    return word.endswith(".") and len(word) > 2 and fold(word).rstrip(".") not in _ABBREVIATIONS | _TITLES \
        and "." not in word[:-1]


def _words(phrase: str) -> list[str]:
    return re.findall(r"[\w’'.-]+", phrase)


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _possessive(word: str) -> bool:
    return fold(word).endswith(("'s", "s'")) and len(word) > 2


class Candidate:
    __slots__ = (
        "gender",
        "kind",
        "paragraph",
        "phrase",
        "plural",
        "position",
        "pronoun",
        "sentence",
        "subject",
        "surname",
        "titled",
    )

    def __init__(self, position: int, phrase: str, paragraph: int, sentence: int, subject: bool):
        self.position, self.phrase, self.paragraph, self.sentence, self.subject = \
            position, phrase, paragraph, sentence, subject
        words = [w for w in _words(phrase) if fold(w) not in _REFLEXIVES]
        first = fold(words[0]) if words else ""
        if len(words) == 1 and first.endswith(("'s", "'d", "'ll")) and first.split("'")[0] in _PRONOUN_CLASS:
            first = first.split("'")[0]  # "He's", "She'll": the pronoun
        self.pronoun = first if len(words) == 1 and first in _PRONOUN_CLASS else None
        self.gender, self.plural, self.kind, self.surname, self.titled = None, False, "thing", None, False
        if self.pronoun or not words:
            return
        head_phrase = re.split(r"[,;(—–]|\b(?:who|whom|whose|which|that)\b", phrase)[0]
        head_words = _head([w for w in _words(head_phrase) if fold(w) not in _REFLEXIVES]) or words[:1]
        # "Sanders and Clinton" is two people; "front-runner and former secretary … Clinton" one
        joined = [n for n, w in enumerate(head_words) if w.lower() == "and" and n and n + 1 < len(head_words)]
        self.plural = any(_cap(head_words[n - 1]) or head_words[n - 1].lower().endswith("s") for n in joined)
        last = head_words[-1]
        head = fold(last).removesuffix("'s").removesuffix("'")
        parts = set(head.split("-"))
        if not _cap(last):
            self.plural = self.plural or head in _PLURAL_NOUNS or (
                head.endswith("s") and not head.endswith(("ss", "us", "is")) and len(head) > 3)
        if parts & _ORG_WORDS or (last.isupper() and len(last) > 1 and head not in _TIME_ZONES) or _place(head_words):
            self.kind = "organisation"
        elif _cap(last) and head in _GROUPS:
            self.plural = True
            self.kind = "person"
        elif _cap(last):
            self.kind = "name"
            self.surname = head
            self.titled = any(fold(w) in _TITLES for w in head_words[:-1])
        elif head in _PERSON_NOUNS or head.rstrip("s") in _PERSON_NOUNS or head in _GENDERED or \
                re.match(r",\s*(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z]", phrase[len(head_phrase):]):
            self.kind = "person"  # a role noun, or a description a name follows: "Another superdelegate, Ana Ruiz"
        if self.kind in ("name", "person") and not self.plural:
            apposition = re.split(r"[,;(—–]", phrase[len(head_phrase):].lstrip(",;(—– "))[0]
            self.gender = _gender(head_words, _words(apposition))

    @property
    def person(self) -> bool:
        return self.kind in ("name", "person") and not self.plural


def _place(words: list[str]) -> bool:
    """A country, city, state or institution ("Belgium", "South Carolina", "Wall Street"): no person."""
    from transcompare.entities import is_institution

    phrase = " ".join(words)
    return is_institution(phrase) or fold(words[-1]) in _PLACE_WORDS or any(
        fold(phrase).endswith(state) for state in _US_STATES)


_PLACE_WORDS = frozenset("street avenue county city island islands river valley hill capitol square park beach "
                         "airport station hall tower building center centre".split())
_US_STATES = tuple(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia
    wisconsin wyoming""".split()) + (
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island",
    "south carolina", "south dakota", "west virginia", "wall street")


def _head(words: list[str]) -> list[str]:
    """The words of a head phrase: past a possessor ("Sanders's campaign manager"), before a complement
    ("an analysis by X", "the mayor of Madrid"), but "secretary of state John Kerry" whole."""
    from transcompare.names import is_first_name

    cut = max((n + 1 for n, w in enumerate(words) if _possessive(w) and n + 1 < len(words)), default=0)
    words = words[cut:]
    for n, w in enumerate(words):
        if n and fold(w) in _COMPLEMENTS:
            after = words[n + 1:]
            caps = [x for x in after if _cap(x)]
            if fold(w) == "of" and caps and (is_first_name(caps[0]) or fold(caps[0]) in _TITLES) and _cap(after[-1]):
                return words
            return words[:n]
    return words


def _gender(head_words: list[str], apposition: list[str]) -> str | None:
    """A gendered word, else a first name followed by a capitalised word."""
    from transcompare.names import gender_of, is_first_name

    for words in (head_words, apposition):
        for word in words:
            if fold(word) in _GENDERED:
                return _GENDERED[fold(word)]
    named_apposition = apposition if apposition and all(_cap(w) for w in apposition) else []
    for words in (head_words, named_apposition):  # "Lesley Deutch, a vice president of John Burns …": not John
        for n, word in enumerate(words[:-1]):
            if _cap(word) and _cap(words[n + 1]) and is_first_name(word):
                return gender_of(word)
    return None


_REFLEXIVES = frozenset("himself herself themselves itself".split())
_COMPLEMENTS = frozenset("of by from at for with in on against about".split())
_TIME_ZONES = frozenset("est edt pst pdt cst cdt mst mdt gmt utc et pt".split())


_PRONOUN_CLASS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "pl", "them": "pl", "it": "it",
                  "i": "1", "me": "1", "we": "1", "us": "1"}


_ABBREVIATIONS = frozenset("mr mrs ms dr sen rep gov gen lt col sgt capt prof rev st jr sr no vs u.s inc corp co "
                           "jan feb aug sept oct nov dec".split())
_NUMBERS = frozenset("one two three four five six seven eight nine ten dozens hundreds thousands millions".split())


def sentence_starts(text: str, inside) -> list[int]:
    """Where the sentences outside quotation marks start (not after "Mr." or an initial)."""
    out = []
    for m in _SENTENCE_START.finditer(text):
        start = m.end()
        before = text[max(0, m.start() - 12):m.start() + 1].split()
        if not (inside(start) or before and (fold(before[-1]).rstrip(".") in _ABBREVIATIONS or
                                             len(before[-1].rstrip(".")) == 1)):
            out.append(start)
    return out


def sentence_subjects(text: str, inside) -> list[tuple[int, str]]:
    """(position, phrase) of the name or pronoun that opens each sentence outside quotation marks, and of the
    possessor of an opening phrase ("Sanders' apology overshadowed …")."""
    out = []
    for start in sentence_starts(text, inside):
        opener = _OPENERS.match(text, start)
        at = opener.end() if opener else start
        tokens = _tokens(text, at)
        found = _subject(tokens)
        if found is not None:
            lo, hi = found
            out.append((tokens[lo][0], text[tokens[lo][0]:tokens[hi - 1][0] + len(tokens[hi - 1][1])]))
    for m in _AFTER_QUOTE.finditer(text):  # "“…,” the two-term president will say", "“…,” said Ana Ruiz"
        if inside(m.end()) or not inside(m.start() - 1):
            continue
        tokens = _tokens(text, m.end())
        if tokens and fold(tokens[0][1]) in _SAID:  # "said master of ceremonies Ana Ruiz, a …"
            tokens = tokens[1:]
            end = next((n for n, (_, w) in enumerate(tokens) if not w[:1].isalnum() or n >= 10), len(tokens))
            found = (0, end) if end and (_cap(tokens[end - 1][1]) or fold(tokens[end - 1][1]) in _PERSON_NOUNS) \
                and fold(tokens[0][1]) not in _NOT_SUBJECTS - {"the", "a", "an"} else None
        else:
            found = _subject(tokens)
            after = fold(tokens[found[1]][1]) if found and found[1] < len(tokens) else ""
            if found and after not in _SAID and after not in ("will", "would", "has", "had", "also"):
                found = None  # '"We are Orlando" T-shirts marched': no speaker after the quotation
        if found is not None:
            lo, hi = found
            out.append((tokens[lo][0], text[tokens[lo][0]:tokens[hi - 1][0] + len(tokens[hi - 1][1])]))
    return sorted(set(out))


_AFTER_QUOTE = re.compile(r"[”\"'],?[ \t]+(?=[A-Za-z])")
_SAID = frozenset("said says told added asked wrote continued explained noted replied".split())


def _first_name(word: str) -> bool:
    from transcompare.names import is_first_name

    return is_first_name(word)


def _tokens(text: str, at: int) -> list[tuple[int, str]]:
    """Up to 15 tokens from ``at`` to the end of the line; a word ending a sentence ("TEXT.") ends them."""
    end = text.find("\n", at)
    out = []
    for t in _TOKEN.finditer(text, at, min(len(text) if end < 0 else end, at + 200)):
        word = t.group()
        if len(word) > 2 and word.endswith(".") and fold(word[:-1]) not in _ABBREVIATIONS and "." not in word[:-1]:
            out.append((t.start(), word[:-1]))
            break
        out.append((t.start(), word))
        if len(out) >= 15:
            break
    return out


def _subject(tokens: list[tuple[int, str]]) -> tuple[int, int] | None:
    if len(tokens) < 2:
        return None
    first = tokens[0][1]
    if fold(first) in ("he", "she", "they") and tokens[1][1][:1].islower():
        return 0, 1
    if fold(first) in ("the", "a", "an", "one"):  # "The Florida senator said", "One local woman, Ana Ruiz, …"
        for n, (_, word) in enumerate(tokens[1:6], 1):
            low = fold(word)
            if low in _PERSON_NOUNS or low in _GENDERED:
                nxt = tokens[n + 1][1] if n + 1 < len(tokens) else ""
                if nxt == ",":  # an apposition naming the person
                    close = next((m for m in range(n + 2, len(tokens)) if tokens[m][1] == ","), None)
                    if close is not None and all(_cap(w) for _, w in tokens[n + 2:close]) and close > n + 2:
                        return 0, close
                return (0, n + 1) if nxt[:1].islower() and fold(nxt) not in _PERSON_NOUNS | _ORG_WORDS else None
            if not word[:1].isalpha():
                return None
        return None
    if not _cap(first) or fold(first) in _NOT_SUBJECTS or fold(first) in _NUMBERS or (
            fold(first).endswith("ly") and len(first) > 4 and not (len(tokens) > 1 and _cap(tokens[1][1]))):
        return None  # "Typically, …", "Recently he …": an adverb, not a name
    end = None
    for n, (_, word) in enumerate(tokens):
        low = fold(word)
        if _cap(word) and low not in _NOT_SUBJECTS | {"and"} or low in ("de", "van", "von", "del", "la") and n:
            end = n + 1
            if _possessive(word):  # "Sanders' apology overshadowed …": the possessor is talked about
                return (0, end) if n + 1 < len(tokens) and tokens[n + 1][1][:1].islower() else None
        elif low in _PREMODIFIERS or low == "of" and end is not None:
            continue
        elif low == "and" and end is not None and n + 1 < len(tokens) and _cap(tokens[n + 1][1]):
            continue  # "Mr. Rubio and Mr. Cruz": two people
        else:
            break
    if end is None:
        return None
    words = [w for _, w in tokens[:end]]
    if len(words) == 1 and fold(words[0]).endswith(("ed", "ing")) and end < len(tokens) and tokens[end][1] == ",":
        return None  # "Contacted, she said …": a participle, not a name
    if len(words) > 2 and fold(words[1]) == "of" and fold(words[0]) not in _TITLES and not _first_name(words[0]):
        return None  # "Footage of Al-Awlaki appears", "Members of Congress say": no one named first
    nxt = tokens[end][1] if end < len(tokens) else ""
    if not (nxt in (",", "(") or nxt[:1].islower() and fold(nxt) not in _ORG_WORDS | _PERSON_NOUNS | _PLURAL_NOUNS
            and not fold(nxt).endswith("ers")):
        return None  # "Sanders supporters", "Trump Tower": the name modifies what follows
    return 0, end


class Coreference:
    """Resolves the pronoun sources of one article (see the module docstring)."""

    def __init__(self, text: str, sources: list[tuple[int, str]], inside):
        self.text = text
        self.lines, self.numbers = [], []
        for m in re.finditer(r"(?:^|\n)\s*\S", text):
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            narrative = sum(ch.isalpha() for n, ch in enumerate(text[m.end() - 1:end], m.end() - 1) if not inside(n))
            self.lines.append(m.start())
            self.numbers.append((self.numbers[-1] if self.numbers else -1) + (narrative > 3 or not self.numbers))
        sources = [(p, s) for p, s in sources if fold(s.strip()) not in _RELATIVE]
        surnames = self._surnames(sources)
        subjects = [(p, s) for p, s in sentence_subjects(text, inside)
                    if len(_words(s)) > 1 or fold(s) in _PRONOUN_CLASS or fold(s).removesuffix("'s").rstrip("'")
                    in surnames]  # "International pressure helped", "Just ask him": no name
        by_position: dict[int, str] = {}
        for position, phrase in sorted(set(sources) | set(subjects)):
            if position not in by_position or len(phrase) > len(by_position[position]):
                by_position[position] = phrase  # a source and a subject at one place: the fuller phrase
        starts = sentence_starts(text, inside)
        subject_at = {p for p, _ in subjects}
        self.candidates = [Candidate(p, s, self._paragraph(p), bisect.bisect_right(starts, p), p in subject_at)
                           for p, s in sorted(by_position.items())]
        self.positions = [c.position for c in self.candidates]
        genders = self._surname_genders()
        for c in self.candidates:
            if c.gender is None and c.kind == "name" and not c.plural:
                c.gender = genders.get(c.surname)
        self._memo: dict[int, Candidate | None] = {}

    def _surnames(self, sources: list[tuple[int, str]]) -> set[str]:
        """Words the article uses as surnames: the last of two or more capitalised words, one after a title,
        or a one-word source."""
        found = {fold(m.group(2)) for m in re.finditer(r"([A-Z][\w’'.-]+)[ \t]+(?:[A-Z]\.[ \t]+)?([A-Z][\w’'-]+)", self.text)
                 if not _ends_sentence(m.group(1))}  # "… in Washington. Candidates who …" is no name
        found |= {fold(s.strip()) for _, s in sources if len(_words(s)) == 1}
        return found

    def _paragraph(self, position: int) -> int:
        """The paragraph number of ``position``; a paragraph that is only a quotation continues the one before."""
        return self.numbers[max(0, bisect.bisect_right(self.lines, position) - 1)]

    def _surname_genders(self) -> dict[str, str]:
        known: dict[str, str | None] = {}
        for c in self.candidates:
            if c.kind == "name" and c.gender and not c.plural and c.surname:
                known[c.surname] = c.gender if known.get(c.surname, c.gender) == c.gender else None
        from transcompare.names import gender_of

        for m in re.finditer(r"\b([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?([A-Z][\w’'-]+)", self.text):  # "Bernie Sanders"
            gender = gender_of(m.group(1))
            surname = fold(m.group(2)).removesuffix("'s")
            if gender:
                known[surname] = gender if known.get(surname, gender) == gender else None
        for m in re.finditer(r"\b(Mr|Mrs|Ms)\.?\s+([A-Z][\w’'-]+)", self.text):  # "Mrs. Clinton" anywhere
            gender = "m" if m.group(1) == "Mr" else "f"
            surname = fold(m.group(2)).removesuffix("'s")
            known[surname] = gender if known.get(surname, gender) == gender else None
        return {k: v for k, v in known.items() if v}

    def resolve(self, pronoun: str, position: int) -> str | None:
        """The phrase the pronoun refers to; for a description, "the businessman, Donald Trump" (both heads)."""
        found = self._resolve(fold(pronoun.strip()), position)
        if found is None:
            return None
        if found.kind == "person" and fold(found.phrase).startswith("the "):
            named = self._named_before(found)
            if named is not None:
                return f"{found.phrase}, {named.phrase}"
        return found.phrase

    def _resolve(self, pronoun: str, position: int) -> Candidate | None:
        wanted = _PRONOUN_CLASS.get(pronoun)
        if wanted is None or wanted == "1":
            return None
        paragraph = self._paragraph(position)
        k = bisect.bisect_left(self.positions, position) - 1
        while k >= 0 and self.candidates[k].paragraph >= paragraph - 1:
            sentence = self.candidates[k].sentence
            group = []
            while k >= 0 and self.candidates[k].sentence == sentence:
                group.append(self.candidates[k])
                k -= 1
            group.sort(key=lambda c: not c.subject)  # the sentence's subject first, then the nearest
            for c in group:
                if c.paragraph < paragraph - 1:
                    continue
                if c.pronoun:
                    referent = self._memo_resolve(c) if _PRONOUN_CLASS[c.pronoun] == wanted else None
                    if referent is not None:
                        return referent
                elif wanted == "pl" and (c.plural or c.kind == "organisation") or wanted == "it" and not c.plural and c.kind in ("organisation", "thing") or wanted in ("m", "f") and c.person and c.gender in (wanted, None):
                    return c
        return None

    def _named_before(self, description: Candidate) -> Candidate | None:
        """The person a definite description ("the businessman") stands for: sentence by sentence backwards, the
        subject first, the nearest name (or description with a name in apposition, "Clinton's husband, Bill")
        of a compatible gender in its paragraph or the one before."""
        k = bisect.bisect_left(self.positions, description.position) - 1
        while k >= 0 and self.candidates[k].paragraph >= description.paragraph - 1:
            sentence = self.candidates[k].sentence
            group = []
            while k >= 0 and self.candidates[k].sentence == sentence:
                group.append(self.candidates[k])
                k -= 1
            group.sort(key=lambda c: not c.subject)
            for c in group:
                named = c.kind == "name" or c.kind == "person" and re.search(r",\s*[A-Z]", c.phrase)
                if named and c.person and c.paragraph >= description.paragraph - 1 and \
                        (description.gender is None or c.gender in (None, description.gender)):
                    return c
        return None

    def _memo_resolve(self, c: Candidate) -> Candidate | None:
        if c.position not in self._memo:
            self._memo[c.position] = None  # no cycles
            self._memo[c.position] = self._resolve(c.pronoun, c.position)
        return self._memo[c.position]


def antecedent(text: str, position: int) -> str | None:
    """The noun phrase a relative pronoun source refers to: "said Mr. Ekovich, who noted …" -> "Mr. Ekovich";
    "the Associated Press report, which notes …" -> "the Associated Press report"."""
    before = text[max(0, position - 200):position].rstrip()
    if before.endswith((",", "—", "–")):
        before = before[:-1]
    words = re.findall(r"[\w’'.-]+|[^\w\s]", before)
    taken: list[str] = []
    for word in reversed(words):
        low = fold(word)
        ends_sentence = word.endswith(".") and low.rstrip(".") not in _ABBREVIATIONS and len(word) > 2 \
            and "." not in word[:-1]
        if not word[:1].isalnum() or low in _ANTECEDENT_STOP or len(taken) >= 8 or (taken and ends_sentence) or (
                word[:1].islower() and (low.endswith("ed") or low in _AUXILIARIES)):
            break
        taken.append(word)
    phrase = " ".join(reversed(taken))
    return phrase or None
