"""Batch evaluation of translation systems on a test set.

Systems are models (translated through the engine and its cache, see systems.py) or
existing output files. Scoring reads the test set in chunks (scoring.py): each
metric (metrics/, one class per metric) turns a chunk's references into statistics
once and every system's outputs into per-segment sufficient statistics, identical to
sacrebleu's; the analyses (analyses/) tally what explains the scores. Scores,
sacrebleu's paired bootstrap and approximate randomization (significance.py,
scores.py), and the results (results.py, dataclasses with ``to_json()``) follow from
those statistics; render/ writes them for the terminal, Markdown and HTML. api.py has
the library calls: ``evaluate``, ``merge`` (shards) and ``compare_runs``.
"""
