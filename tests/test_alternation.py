import re

from transcompare.alternation import trie_regex
from transcompare.cues import SAY, SPEECH_VERBS


def _sorted_alternation(words):
    return "|".join(sorted(words, key=len, reverse=True))


def test_a_trie_matches_what_the_alternation_sorted_longest_first_matches():
    words = {"said", "sa", "says", "said that", "told", "to", "tol", "a", "añadió", "añade"}
    texts = ["she said that it rained", "says who", "told you", "to be", "a b", "añadió", "añade él", "saw it", "tolerate"]
    for follow in ("", r"\b", r"\s+\w+"):
        trie, plain = re.compile(f"(?:{trie_regex(words)}){follow}"), re.compile(f"(?:{_sorted_alternation(words)}){follow}")
        for text in texts:
            for at in range(len(text)):
                a, b = trie.match(text, at), plain.match(text, at)
                assert (a and a.group()) == (b and b.group()), (follow, text, at)


def test_speech_verbs_match_as_the_length_sorted_alternation_did():
    verbs = {v for v in SAY if " " not in v and not v.endswith("ing")}
    before = _sorted_alternation(verbs) + "|pointed out|went on|a déclaré|a dit"
    text = ("Ana said, then added that he went on and pointed out what she told them; he declared it, "
            "a déclaré le maire, a dit-il, and they have stated, explained, claimed and insisted.")
    for pattern in (r"\b(?:{})\b", r"(?:{}),", r"\s+(?:{})\s+\w+"):
        assert [m.span() for m in re.finditer(pattern.format(SPEECH_VERBS), text)] == \
               [m.span() for m in re.finditer(pattern.format(before), text)]
    assert re.fullmatch(SPEECH_VERBS, "said") and not re.fullmatch(SPEECH_VERBS, "sai")
