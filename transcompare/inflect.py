"""English verb inflection, enough to match a lexicon entry in any tense."""

from __future__ import annotations

_IRREGULAR = {
    "be": ("be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re"),
    "have": ("have", "has", "had", "having"),
    "do": ("do", "does", "did", "done", "doing"),
    "give": ("give", "gives", "gave", "given", "giving"),
    "make": ("make", "makes", "made", "making"),
    "take": ("take", "takes", "took", "taken", "taking"),
    "put": ("put", "puts", "putting"),
    "lose": ("lose", "loses", "lost", "losing"),
    "find": ("find", "finds", "found", "finding"),
    "go": ("go", "goes", "went", "gone", "going"),
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
}
_VOWELS = set("aeiou")


def inflections(verb: str, language: str = "en") -> tuple[str, ...]:
    """Base, third person, past, participle and -ing forms of ``verb``; Spanish ("es") from inflect_es."""
    if language == "es":
        from .inflect_es import inflections as spanish

        return spanish(verb)
    if language != "en":
        raise ValueError(f"no inflector for language {language!r}")
    verb = verb.lower()
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    forms = {verb}
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(verb + "es")
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb.endswith("e"):
        forms.update({verb + "d", verb[:-1] + "ing"})
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        forms.update({verb[:-1] + "ied", verb + "ing"})
    else:
        forms.update({verb + "ed", verb + "ing"})
        # stop → stopped: a short final consonant-vowel-consonant doubles (both spellings kept)
        if len(verb) >= 3 and verb[-1] not in _VOWELS | {"w", "x", "y"} and verb[-2] in _VOWELS and verb[-3] not in _VOWELS:
            forms.update({verb + verb[-1] + "ed", verb + verb[-1] + "ing"})
    return tuple(sorted(forms))

