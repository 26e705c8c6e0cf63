"""What explains the scores: each analysis is a module with an accumulator that takes
one chunk of the test set at a time (so memory stays bounded and chunks can be scored
in parallel), merges with another, and finishes into plain dataclasses that go into
results.json and the reports.

- buckets: scores by source-sentence length, word F-measure by reference-word frequency
- ngram_differences: n-grams a system matches in the reference significantly more often than the baseline
- differing_segments: where a system differs most from the baseline by sentence chrF, with word diffs
- quotations: each reference quotation found again, or why it was lost
- artifacts: the audit's findings in each system's output, by detector, with the worst examples
"""
