"""Batch evaluation of translation systems on a test set.

Systems are models (translated through the engine and its cache) or existing
hypothesis files. Scores come from sacrebleu's own statistics, kept per segment in
compact arrays so corpus scores, confidence intervals, significance tests and
shard merging all work from the same numbers, and a run can resume.
"""
