"""transcompare: audit translated news, compare MT versions, score quote fidelity.

Python API (the CLI calls the same functions)::

    from transcompare import audit
    report = audit("article.en.txt", source_language="es")
"""

__version__ = "0.1.0"

__all__ = ["__version__", "audit", "load_document", "build_document"]


def __getattr__(name: str):
    # Lazy, so `import transcompare` stays cheap and never pulls in torch.
    if name == "audit":
        from .audit import audit

        return audit
    if name in ("load_document", "build_document"):
        from . import document

        return getattr(document, name)
    raise AttributeError(name)
