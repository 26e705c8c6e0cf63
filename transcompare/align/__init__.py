"""Sentence alignment, linear in time and memory, strong without a model.

1. Features (features.py): each sentence becomes a set of keys two translations share
   (numbers, cognate and name skeletons, bilingual-lexicon concepts, punctuation; within one
   language its words; with a model, also the words of its translation), weighted by rarity.
2. Anchors (anchoring.py): pairs of sentences sharing keys found nowhere else, filtered to the
   heaviest chain monotone on both sides.
3. Search (search.py, scoring.py): a dynamic program over beads (1-1, 1-2, 2-1, 2-2, 1-3, 3-1,
   1-0, 0-1) in a corridor of fixed width around the anchors' line; a bead's cost adds its type's
   prior, a Gale–Church length term and the weighted Dice of its keys (in a merge, each sentence must
   find its own keys on the other side, counted occurrence by occurrence).
4. Correspondence (aligner.py, result.py): how much of both documents' key weight the beads match,
   against chance, says whether the two documents are versions of one text at all.
"""

from .aligner import align_sentences
from .features import anchors, dice, trigrams
from .result import WEAK_LINK, Bead, SentenceAlignment

__all__ = ["WEAK_LINK", "Bead", "SentenceAlignment", "align_sentences", "anchors", "dice", "trigrams"]
