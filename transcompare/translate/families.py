"""What each sequence-to-sequence family needs to translate one language pair: its
tokenizer, a text prefix and a forced first target token. Shared by the transformers
and CTranslate2 backends, so both tokenize and decode the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError
from . import languages

FAMILIES = ("marian", "m2m_100", "nllb", "mbart", "t5")
LANGUAGE_TOKEN = re.compile(r"^(?:__[a-z]{2,3}__|[a-z]{3}_[A-Z][a-z]{3}|[a-z]{2}_[A-Z]{2}|>>[a-z_]{2,8}<<)\s*")
_CLAUSE_BREAK = re.compile(r"(?<=[,;:])\s+|\s+(?=[—–(])")


@dataclass
class PairSetup:
    family: str
    prefix: str  # prepended to every input (T5 task prefix, Marian >>xx<< token)
    target_token: str | None  # the first token the decoder must write (M2M100, NLLB, mBART-50)
    target_token_id: int | None


def quiet_transformers() -> None:
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


def load_tokenizer(folder: Path, label: str):
    """(config, tokenizer) through transformers' own loaders; model code never runs."""
    from transformers import AutoConfig, AutoTokenizer

    quiet_transformers()
    try:
        config = AutoConfig.from_pretrained(folder, trust_remote_code=False)
        tokenizer = AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
    except Exception as exc:
        raise ModelError(f"{label}: cannot load the tokenizer or config from {folder}: {exc}") from None
    return config, tokenizer


def family_of(model_type: str, tokenizer, label: str) -> str:
    if model_type == "m2m_100" and "nllb" in type(tokenizer).__name__.lower():
        return "nllb"
    family = {"mt5": "t5"}.get(model_type, model_type)
    if family not in FAMILIES:
        raise ModelError(f"{label}: model type {model_type!r} is not a supported translation model "
                         "(Marian, M2M100, NLLB, mBART-50, T5)")
    return family


def _token_id(tokenizer, token: str) -> int | None:
    """The id of a special token, or None when the tokenizer does not know it."""
    token_id = tokenizer.convert_tokens_to_ids(token)
    return None if token_id is None or token_id == tokenizer.unk_token_id else token_id


def pair_setup(model_type: str, tokenizer, source: str, target: str, label: str, spec_pairs: tuple[str, ...]) -> PairSetup:
    """Configure ``tokenizer`` for source→target; ModelError when the model lacks either language."""
    family = family_of(model_type, tokenizer, label)

    def unsupported(code: str) -> ModelError:
        return ModelError(f"{label}: language pair {source}-{target} is not supported by this {family} model "
                          f"(no code for {code!r})")

    if family == "m2m_100":
        for code in (source, target):
            if _token_id(tokenizer, languages.m2m100(code)) is None:
                raise unsupported(code)
        tokenizer.src_lang = source
        token = languages.m2m100(target)
        return PairSetup(family, "", token, _token_id(tokenizer, token))
    if family in ("nllb", "mbart"):
        table = languages.NLLB if family == "nllb" else languages.MBART50
        codes: list[str] = []
        for iso in (source, target):
            found = table.get(iso)
            if found is None or _token_id(tokenizer, found) is None:
                raise unsupported(iso)
            codes.append(found)
        tokenizer.src_lang = codes[0]
        if hasattr(tokenizer, "tgt_lang"):
            tokenizer.tgt_lang = codes[1]
        return PairSetup(family, "", codes[1], _token_id(tokenizer, codes[1]))
    if family == "t5":
        if source not in languages.NAMES or target not in languages.NAMES:
            raise unsupported(source if source not in languages.NAMES else target)
        return PairSetup(family, f"translate {languages.NAMES[source]} to {languages.NAMES[target]}: ", None, None)
    # Marian: one pair per model, or a multi-target model with >>xx<< tokens.
    if spec_pairs != ("*",) and not any(p == f"{source}-{target}" for p in spec_pairs):
        raise unsupported(f"{source}-{target}")
    for token in (f">>{target}<<", f">>{languages.ISO1_TO_ISO3.get(target, target)}<<"):
        if _token_id(tokenizer, token) is not None:
            return PairSetup(family, f"{token} ", None, None)
    return PairSetup(family, "", None, None)


def max_input_tokens(config, tokenizer) -> int:
    limits = [getattr(config, "max_position_embeddings", None), getattr(tokenizer, "model_max_length", None)]
    usable = [int(x) for x in limits if isinstance(x, int) and 0 < x < 100_000]
    return min(usable) if usable else 512


def strip_language_token(text: str) -> str:
    return LANGUAGE_TOKEN.sub("", text).strip()


class LongInputSplitter:
    """Cuts inputs longer than the model accepts at clause breaks (never truncates), and joins the outputs."""

    def __init__(self, tokenizer, prefix: str, limit: int):
        self.tokenizer, self.prefix, self.limit = tokenizer, prefix, limit - 4

    def token_counts(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer([self.prefix + t for t in texts])["input_ids"]]

    def split(self, text: str) -> list[str]:
        def count(piece: str) -> int:
            return self.token_counts([piece])[0]

        pieces, current = [], ""
        for unit in _CLAUSE_BREAK.split(text):
            candidate = f"{current} {unit}".strip()
            if current and count(candidate) > self.limit:
                pieces.append(current)
                current = unit
            else:
                current = candidate
        if current:
            pieces.append(current)
        out = []  # a clause still too long is cut between words
        for piece in pieces:
            words = piece.split()
            while len(words) > 1 and count(" ".join(words)) > self.limit:
                half = len(words) // 2
                out.append(" ".join(words[:half]))
                words = words[half:]
            out.append(" ".join(words))
        return out

    def pieces(self, segments: list[str]) -> tuple[list[str], list[int]]:
        """The pieces to translate and, for each, the index of the segment it came from."""
        pieces, owners = [], []
        for index, (segment, length) in enumerate(zip(segments, self.token_counts(segments))):
            for piece in self.split(segment) if length > self.limit else [segment]:
                pieces.append(piece)
                owners.append(index)
        return pieces, owners

    @staticmethod
    def join(count: int, owners: list[int], outputs: list[str]) -> list[str]:
        joined: list[list[str]] = [[] for _ in range(count)]
        for owner, output in zip(owners, outputs):
            joined[owner].append(output)
        return [" ".join(parts) for parts in joined]
