"""Language codes as each multilingual model family spells them."""

from __future__ import annotations

NLLB = {"en": "eng_Latn", "es": "spa_Latn", "fr": "fra_Latn", "de": "deu_Latn", "pt": "por_Latn", "it": "ita_Latn",
        "ca": "cat_Latn", "ru": "rus_Cyrl", "uk": "ukr_Cyrl", "zh": "zho_Hans", "ar": "arb_Arab", "ja": "jpn_Jpan"}
MBART50 = {"en": "en_XX", "es": "es_XX", "fr": "fr_XX", "de": "de_DE", "pt": "pt_XX", "it": "it_IT", "ru": "ru_RU",
           "uk": "uk_UA", "zh": "zh_CN", "ar": "ar_AR", "ja": "ja_XX"}
NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian",
         "ro": "Romanian", "ru": "Russian"}


def m2m100(code: str) -> str:
    return f"__{code}__"

# ISO 639-2/3 codes (Apertium modes, Marian >>xxx<< tokens) and their ISO 639-1 forms.
ISO3 = {"eng": "en", "spa": "es", "fra": "fr", "deu": "de", "por": "pt", "cat": "ca", "ita": "it", "glg": "gl"}
ISO1_TO_ISO3 = {two: three for three, two in ISO3.items()}


def iso1(code: str) -> str:
    return ISO3.get(code, code)
