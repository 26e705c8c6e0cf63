"""`transcompare align`: sentence alignment of two documents.

Kept light: it imports the document loader and the aligner, nothing that reports or translates
unless --model asks for it.
"""

from __future__ import annotations

from typing import Optional

import typer

from . import app
from .audit import emit
from .options import AlignFormat, format_option


@app.command(epilog="Example: transcompare align article.en.txt article.es.txt --format json")
def align(
    first: str = typer.Argument(..., help="First document."),
    second: str = typer.Argument(..., help="Second document (same or another language)."),
    format: AlignFormat = format_option(),
    model: Optional[str] = typer.Option(None, "--model", "-m",
                                        help="Translate the first into the second's language to align better."),
    output: Optional[str] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write here (atomically)."),
) -> None:
    """Sentence alignment of two documents, as beads of sentence indices, and whether they correspond."""
    from ..align import align_sentences
    from ..document import load_document
    from ..io import check_outputs

    check_outputs([output], inputs=[first, second])
    a, b = load_document(first), load_document(second)
    same = a.language == b.language
    translated = None
    if model and not same:
        from ..translate.session import TranslationSession

        translated = list(TranslationSession().translate(a, model, b.language).segments)
    alignment = align_sentences(a.sentence_texts(), b.sentence_texts(), same, translated_source=translated,
                                languages=(a.language, b.language))
    verdict = ("they correspond" if alignment.corresponds
               else "they do not look like versions of one text")
    if format == "json":
        import json

        data = {"first": {"name": a.name, "language": a.language, "sentences": len(a.sentences)},
                "second": {"name": b.name, "language": b.language, "sentences": len(b.sentences)},
                "method": alignment.method, "confidence": alignment.confidence,
                "corresponds": alignment.corresponds, "overlap": alignment.overlap,
                "contrast": alignment.contrast, "anchored": alignment.anchored,
                "beads": [{"first": list(x.source), "second": list(x.target), "score": x.score}
                          for x in alignment.beads]}
        emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)
        return
    lines = [f"# {a.name} ({a.language}, {len(a.sentences)} sentences) ↔ {b.name} ({b.language}, {len(b.sentences)}); "
             f"{alignment.method}, confidence {alignment.confidence:.2f}, overlap {alignment.overlap:.2f}: {verdict}"]
    for bead in alignment.beads:
        left = " ".join(a.sentences[i].of(a.text) for i in bead.source) or "∅"
        right = " ".join(b.sentences[j].of(b.text) for j in bead.target) or "∅"
        indices = f"{','.join(map(str, bead.source)) or '-'}\t{','.join(map(str, bead.target)) or '-'}"
        lines.append(f"{indices}\t{bead.score:.2f}\t{left}\t{right}")
    emit("\n".join(lines) + "\n", output)
