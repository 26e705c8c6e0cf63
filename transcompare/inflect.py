"""Verb inflection, enough to match a lexicon entry in any tense and to echo that tense in a fix.

English lives here; ``inflections(verb, "es")`` hands Spanish to ``inflect_es`` (same contract).
"""

from __future__ import annotations

SLOTS = ("base", "third", "past", "participle", "ing")

_IRREGULAR = {  # base: (third person, past, participle, -ing)
    "be": ("is", "was", "been", "being"),
    "have": ("has", "had", "had", "having"),
    "do": ("does", "did", "done", "doing"),
    "give": ("gives", "gave", "given", "giving"),
    "make": ("makes", "made", "made", "making"),
    "take": ("takes", "took", "taken", "taking"),
    "put": ("puts", "put", "put", "putting"),
    "lose": ("loses", "lost", "lost", "losing"),
    "find": ("finds", "found", "found", "finding"),
    "go": ("goes", "went", "gone", "going"),
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "hold": ("holds", "held", "held", "holding"),
    "meet": ("meets", "met", "met", "meeting"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "bring": ("brings", "brought", "brought", "bringing"),
    "keep": ("keeps", "kept", "kept", "keeping"),
    "know": ("knows", "knew", "known", "knowing"),
    "see": ("sees", "saw", "seen", "seeing"),
    "come": ("comes", "came", "come", "coming"),
    "get": ("gets", "got", "gotten", "getting"),
    "set": ("sets", "set", "set", "setting"),
    "leave": ("leaves", "left", "left", "leaving"),
    "lead": ("leads", "led", "led", "leading"),
    "mean": ("means", "meant", "meant", "meaning"),
    "send": ("sends", "sent", "sent", "sending"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "fall": ("falls", "fell", "fallen", "falling"),
    "win": ("wins", "won", "won", "winning"),
    "write": ("writes", "wrote", "written", "writing"),
    "begin": ("begins", "began", "begun", "beginning"),
    "stand": ("stands", "stood", "stood", "standing"),
    "understand": ("understands", "understood", "understood", "understanding"),
    "fight": ("fights", "fought", "fought", "fighting"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "launch": ("launches", "launched", "launched", "launching"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "retake": ("retakes", "retook", "retaken", "retaking"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "draw": ("draws", "drew", "drawn", "drawing"),
    "build": ("builds", "built", "built", "building"),
    "rise": ("rises", "rose", "risen", "rising"),
    "arise": ("arises", "arose", "arisen", "arising"),
    "run": ("runs", "ran", "run", "running"),
    "deal": ("deals", "dealt", "dealt", "dealing"),
    "spend": ("spends", "spent", "spent", "spending"),
    "lend": ("lends", "lent", "lent", "lending"),
    "grow": ("grows", "grew", "grown", "growing"),
    "show": ("shows", "showed", "shown", "showing"),
    "prove": ("proves", "proved", "proven", "proving"),
    "steal": ("steals", "stole", "stolen", "stealing"),
    "forbid": ("forbids", "forbade", "forbidden", "forbidding"),
    "mistake": ("mistakes", "mistook", "mistaken", "mistaking"),
    "overtake": ("overtakes", "overtook", "overtaken", "overtaking"),
    "drive": ("drives", "drove", "driven", "driving"),
    "strike": ("strikes", "struck", "struck", "striking"),
    "shoot": ("shoots", "shot", "shot", "shooting"),
    "sell": ("sells", "sold", "sold", "selling"),
    "buy": ("buys", "bought", "bought", "buying"),
    "pay": ("pays", "paid", "paid", "paying"),
    "lay": ("lays", "laid", "laid", "laying"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "hear": ("hears", "heard", "heard", "hearing"),
    "teach": ("teaches", "taught", "taught", "teaching"),
    "catch": ("catches", "caught", "caught", "catching"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "become": ("becomes", "became", "become", "becoming"),
    "overcome": ("overcomes", "overcame", "overcome", "overcoming"),
    "undergo": ("undergoes", "underwent", "undergone", "undergoing"),
    "uphold": ("upholds", "upheld", "upheld", "upholding"),
    "withhold": ("withholds", "withheld", "withheld", "withholding"),
    "spread": ("spreads", "spread", "spread", "spreading"),
    "cut": ("cuts", "cut", "cut", "cutting"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "let": ("lets", "let", "let", "letting"),
    "read": ("reads", "read", "read", "reading"),
    "cost": ("costs", "cost", "cost", "costing"),
    "beat": ("beats", "beat", "beaten", "beating"),
    "forget": ("forgets", "forgot", "forgotten", "forgetting"),
    "shake": ("shakes", "shook", "shaken", "shaking"),
    "sit": ("sits", "sat", "sat", "sitting"),
    "flee": ("flees", "fled", "fled", "fleeing"),
    "feed": ("feeds", "fed", "fed", "feeding"),
    "wear": ("wears", "wore", "worn", "wearing"),
    "tear": ("tears", "tore", "torn", "tearing"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "hide": ("hides", "hid", "hidden", "hiding"),
    "eat": ("eats", "ate", "eaten", "eating"),
    "fly": ("flies", "flew", "flown", "flying"),
}
# Simple pasts of the irregular verbs ("rose", "fell"): a word that is one is a verb, not a noun or adjective.
IRREGULAR_PASTS = frozenset(past for _, past, _, _ in _IRREGULAR.values())
# Forms outside the five slots (matched, never produced).
_EXTRA = {"be": ("am", "are", "were", "'s", "'re"), "have": ("'ve",)}
# Verbs whose final consonant doubles (stress on the last syllable): commit → committed.
_DOUBLING = frozenset("commit admit regret refer prefer occur omit permit submit transmit emit equip control "
                      "annul incur recur concur fulfil instil distil enrol compel expel propel rebel patrol excel "
                      "deter confer defer infer transfer acquit".split())
_VOWELS = set("aeiou")


def forms(verb: str) -> dict[str, str]:
    """The five forms of an English verb by slot (base, third, past, participle, ing)."""
    verb = verb.lower()
    if verb in _IRREGULAR:
        return dict(zip(SLOTS, (verb, *_IRREGULAR[verb])))
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("ee"):
        past, ing = verb + "d", verb + "ing"
    elif verb.endswith("ie"):
        past, ing = verb + "d", verb[:-2] + "ying"
    elif verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif verb in _DOUBLING or _short_cvc(verb):
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    return {"base": verb, "third": third, "past": past, "participle": past, "ing": ing}


def _short_cvc(verb: str) -> bool:
    """stop → stopped: one syllable ending consonant-vowel-consonant."""
    vowels = sum(ch in _VOWELS for ch in verb)
    return (len(verb) >= 3 and vowels == 1 and verb[-1] not in _VOWELS | {"w", "x", "y"}
            and verb[-2] in _VOWELS and verb[-3] not in _VOWELS)


def inflections(verb: str, language: str = "en") -> tuple[str, ...]:
    """Every form of ``verb`` (base, third person, past, participle, -ing), sorted."""
    if language == "es":
        from .inflect_es import inflections as spanish_inflections

        return spanish_inflections(verb)
    if language != "en":
        raise ValueError(f"no inflector for language {language!r}")
    return tuple(sorted(set(forms(verb).values()) | set(_EXTRA.get(verb.lower(), ()))))


def slot_of(word: str, verb: str, language: str = "en") -> str | None:
    """Which slot of ``verb`` the form ``word`` fills (the past before the participle)."""
    if language == "es":
        from .inflect_es import slot_of as spanish_slot_of

        return spanish_slot_of(word, verb)
    word = word.lower()
    return next((slot for slot, form in forms(verb).items() if form == word), None)


def inflect_like(verb: str, slot: str | None, language: str = "en") -> str:
    """``verb`` in ``slot`` ("say", "past" → "said"); the base form when the slot is unknown."""
    if language == "es":
        from .inflect_es import inflect_like as spanish_inflect_like

        return spanish_inflect_like(verb, slot)
    return forms(verb)[slot] if slot in SLOTS else verb
