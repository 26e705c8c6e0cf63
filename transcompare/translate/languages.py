"""Language codes as each multilingual model family spells them (views of transcompare.languages)."""

from __future__ import annotations

from .. import languages

NLLB = {lang.code: lang.nllb for lang in languages.TABLE if lang.nllb}
MBART50 = {lang.code: lang.mbart for lang in languages.TABLE if lang.mbart}
NAMES = {lang.code: lang.name for lang in languages.TABLE}
ISO1_TO_ISO3 = {lang.code: lang.iso3 for lang in languages.TABLE}
iso1 = languages.iso1


def m2m100(code: str) -> str:
    return f"__{code}__"
