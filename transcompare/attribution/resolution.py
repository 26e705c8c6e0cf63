"""People named so far, and the speaker each subject resolves to: a surname to the full name, a description to
the person holding that role, a pronoun to the agreeing subject of the last attribution or the latest person
mentioned, a dropped subject to the last speaker."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .. import entities, names
from ..cues import CUES, FUNCTION_WORDS, NAME_PARTICLES, SAY
from ..datamodel import Span
from .lexicon import _AS_PUT, _FIRST_PERSON, _PLURAL_ROLES, _SOURCE_CUES
from .mentions import _fold, _Mention, _mention
from .phrases import _sentence_subject, _verb_like
from .tokens import _possessive, _Tok

RECENT = 4  # sentences a pronoun may reach back without a new mention


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
    first_pos: int = -1  # where it was first mentioned: a pronoun after that may mean it

    def __post_init__(self) -> None:
        if self.first_pos < 0:
            self.first_pos = self.last_pos


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
        if person.first_pos <= mention.start:
            agreeing = _agreeing(state, person, mention)
            if agreeing:
                return agreeing
    for person in reversed(state.persons):
        if sentence - person.last_sentence > RECENT:
            break
        if person.first_pos < mention.start and _agrees(person, mention.gender, mention.plural, mention.head):
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
        if person.first_pos <= mention.start and person.named and not person.plural and not person.organisation:
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
        if cue is None or cue.low in SAY or cue.low in _SOURCE_CUES or cue.low in _AS_PUT or \
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


_PERSONAL = frozenset("he she él ella".split())


def _topic(state: _State, toks: list[_Tok], lo: int, hi: int, sentence: int) -> _Person | None:
    """A person named as the subject of a sentence becomes what a later "he" or "she" may refer to; so does
    the owner in a subject like "Trump's outlook" or "la perspectiva de Trump"."""
    mention = _sentence_subject(toks, lo, hi, state.text)
    if mention is None:
        return None
    if mention.kind == "pronoun" and mention.head in _PERSONAL:
        # "He now works in Seoul.": the latest topic, when a subject "he" means that person, stays the topic, as a
        # chain of "he"s keeps one person in view across sentences that quote nobody
        person = _resolve_pronoun(state, mention, sentence)
        if person is None or not state.topics or state.topics[-1][1] is not person:
            return None
        person.last_sentence = sentence  # not its position: a "he" earlier in the sentence may still mean it
        state.topics.append((sentence, person))
        return person
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


def _surely_person(state: _State, mention: _Mention) -> bool:
    """A name with a known first name, a title, or the surname of someone already named."""
    if mention.kind != "name" or not mention.name:
        return False
    return names.is_first_name(mention.name.split()[0]) or mention.head in state.by_key \
        or bool(mention.roles & entities.NAME_TITLES)
