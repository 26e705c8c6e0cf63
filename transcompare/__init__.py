"""transcompare: audit translated news, compare MT versions, score quote fidelity.

Python API (the CLI calls the same functions)::

    from transcompare import audit, compare, evaluate
    report = audit("article.en.txt", source_language="es")
    comparison = compare("article.en.txt", versions=["original=article.es.txt"], models=["apertium-es-en"], source="es")
    results = evaluate("test.tsv", models=["opus-mt-es-en"], hypotheses=[("other", "other.en.txt")])
"""

__version__ = "0.1.0"

__all__ = ["__version__", "audit", "build_document", "compare", "evaluate", "load_document"]

_API = {
    "audit": ("auditing", "audit"),
    "compare": ("comparison", "compare"),
    "evaluate": ("evaluation.api", "evaluate"),
    "load_document": ("document", "load_document"),
    "build_document": ("document", "build_document"),
}


def __getattr__(name: str):
    # Lazy, so `import transcompare` stays cheap and never pulls in torch.
    if name not in _API:
        raise AttributeError(name)
    import importlib

    module, attribute = _API[name]
    return getattr(importlib.import_module(f".{module}", __name__), attribute)
