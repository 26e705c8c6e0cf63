"""Translation backends behind one protocol, a registry of model specs, an engine
(batching, de-duplication, cache, progress) around every backend.

A backend is anything with ``name``, ``source``, ``target`` and
``translate(list[str]) -> list[str]``; see :class:`base.Backend`.
"""
