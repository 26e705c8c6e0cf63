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
   "…, according to Reuters.", "…, in the words of X.";
4. a colon: after a name ("Evans: “…”", "Here's Issa in 1992: “…”", a heading's "… - Pew
   Research: “…”"), after the sentence's subject ("Milei returns satisfied: ‘…’"), or a
   lead-in "X responded:" in the sentence before; a passive agent ("labeled a “…” by X"), or
   the owner of a noun of speech ("Ana Ruiz's “…” remark", "the senator's answer was that “…”");
5. the news convention: a quotation that opens a sentence holding no speech verb continues
   the last speaker of its paragraph, or of the previous paragraph when it opens its own
   (marked ``inherited``), paragraph after paragraph;
6. reported speech going on: a quotation in a sentence with no verb of its own, right after
   a sentence of that paragraph that reported someone ("X said that A. In addition, “B” …");
7. words of two or more quoted in a sentence whose subject is surely a person are that
   person's ("Sanders thanked its members “for their support”"), and so are they for a
   "he"/"she", an institution, or a text that speaks ("The complaint alleged that “…”");
8. a long quotation standing alone as a sentence, with no speech verb, right after a sentence
   whose subject is a named person, is that person's (resolution "topic"); a quotation alone
   in its paragraph is signed by a next paragraph that is only a dash and a name ("— Ana Ruiz.").
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

Modules: tokens (tokens and their readings), segments (paragraph blocks, sentences), mentions (what a noun
phrase names), phrases (subjects before and after a verb), resolution (people named so far, pronouns and
descriptions), speech_verbs (cues and their speakers), speaker_rules (rules 2-8 for a quotation without a verb
beside it), kinds (direct, partial, title/term), lexicon (word lists they share).
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from ..cues import SAY
from ..datamodel import Quote, Span
from .kinds import _is_title, _kind, _named_by_speech, _term_position, _words
from .lexicon import _SOURCE_CUES
from .phrases import _sentence_subject
from .resolution import _clause_topics, _mentions, _Speaker, _speaker, _State, _topic
from .segments import _blocks, _lines, _sentences
from .speaker_rules import (
    _governing,
    _leads_in,
    _named_before_colon,
    _nearest_cues,
    _passive_agent,
    _possessor,
    _postposed,
    _signature,
    _subject_term,
)
from .speech_verbs import _CUE_CANDIDATES, _attribution_after, _cue_subject, _is_cue
from .tokens import _tokens

_POSTPOSED_REACH = 60  # tokens after a quotation where ", Smith said." may still close its sentence


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
    previous_end, lead_in, unsigned = "", None, None
    for block_start, block_end, members in _blocks(_lines(text, paragraphs), top):
        state.block += 1
        toks = _tokens(text, block_start, block_end, members, language)
        if unsigned is not None and (signer := _signature(toks, text)) is not None:
            # "“…”" then "— Ana Ruiz.": the line under a quotation that stands alone signs it
            out[unsigned] = _attributed(out[unsigned], _speaker(state, signer, state.sentence + 1, None), "direct")
        # a quotation alone in its paragraph with no speaker written (none, or a guess from the topic)
        unsigned = toks[0].quote if len(toks) == 1 and toks[0].quote >= 0 and out[toks[0].quote].speaker is None \
            else None
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
            # "according to X" / "in the words of X" with a speaker: looked up by bisection, so a sentence of
            # many quotations stays linear
            sources = [k for k in cue_positions if cache[k] and toks[k].low in _SOURCE_CUES]
            found: dict[int, tuple[_Speaker | None, bool, bool]] = {}
            topics_before = len(state.topics)
            for qi in quote_positions:
                quote = quotes[toks[qi].quote]
                inner = quote.inner.of(text)
                verb = _attribution_after(toks, qi, hi, text, inner.rstrip()[-1:])
                if verb is not None and qi > lo and inner.rstrip()[-1:] in ".…" and qi + 1 < hi and toks[qi + 1].word:
                    verb = None  # "X called it “a disgrace.” Ana Ruiz warned …": the full stop ended X's sentence
                owner = _possessor(state, toks, qi, lo, hi)
                if not inner.strip() or _is_title(inner) and owner is None and \
                        not (qi + 1 < hi and toks[qi + 1].text in ",") and \
                        not (qi == lo and qi + 1 >= hi) and \
                        not _named_by_speech(toks, qi, lo, cue_positions, cache, _before(qi)[1] >= 0) \
                        and not (verb is not None and inner.rstrip()[-1:] in ",!?"):  # "“In Fisher,” Dean Amar said"
                    found[qi] = (None, False, False)
                    continue
                speaker = cache.get(verb) if verb is not None else None
                if verb is not None and toks[verb].low in _SOURCE_CUES and qi > lo:
                    # "X said the rallies aim at “…”, according to Reuters": X said it, Reuters reports it
                    earlier = _before(qi)[0]  # the nearest verb with a speaker before the quotation
                    speaker = cache[earlier] if earlier >= 0 else speaker
                after = speaker is not None
                inherited = False
                if speaker is None:  # rule 2: the nearest speech verb before it
                    speaker = _governing(toks, _before(qi), cache)
                if speaker is None:  # rule 3: ", Smith said." later in the sentence
                    first_later = bisect.bisect_right(cue_positions, qi)
                    within_reach = bisect.bisect_right(cue_positions, qi + _POSTPOSED_REACH, first_later)
                    speaker = next((s for k in cue_positions[first_later:within_reach]
                                    if (s := cache[k]) and toks[k].low in SAY and s.adjacent
                                    and _postposed(toks, k, qi)), None)
                if speaker is None and (named := _named_before_colon(toks, lo, qi, text)) is not None:
                    speaker = _speaker(state, named, sentence, None)  # "Evans: “…”", "Here's Issa: “…”"
                    speaker.speech = True
                if speaker is None:  # rule 3: "The “reset” failed, according to Reuters."
                    later_source = bisect.bisect_right(sources, qi)
                    speaker = cache[sources[later_source]] if later_source < len(sources) else None
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
            if topics_before and len(state.topics) > topics_before and state.topics[topics_before - 1][0] == sentence:
                # "As for Baker's “Hamas,” Gil laughed.": the owner of quoted words is no subject; the sentence's
                # latest subject stays what a "he" in the next sentence means
                state.topics.append(state.topics[topics_before - 1])
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
                out[index] = _attributed(quote, speaker, kind, inherited)
            previous_end = toks[hi - 1].text if hi > lo else ""
            lead_in = _sentence_subject(toks, lo, hi - 1, text) if previous_end == ":" and hi - 2 > lo else None
            lead_in = lead_in if lead_in is not None and _leads_in(lead_in) else None
    return out


def _attributed(quote: Quote, speaker: _Speaker, kind: str, inherited: bool = False) -> Quote:
    return replace(quote, speaker=speaker.written, speaker_span=speaker.span, speaker_resolved=speaker.resolved,
                   resolution=speaker.how, cue=speaker.cue, cue_span=speaker.cue_span, kind=kind, inherited=inherited)
