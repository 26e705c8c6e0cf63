"""Transformers sequence-to-sequence backends: Marian/OPUS-MT, M2M100, NLLB-200, mBART-50, T5.

The same loading code serves a hub id (from the local hub cache: no network at run
time) and a local folder. Model code is never loaded from the model
(``trust_remote_code`` stays off) and pickle weights are refused unless allowed.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import ModelError
from . import languages
from .base import GenerationSettings
from .registry import ModelSpec

_LANG_TOKEN = re.compile(r"^(?:__[a-z]{2,3}__|[a-z]{3}_[A-Z][a-z]{3}|[a-z]{2}_[A-Z]{2}|>>[a-z_]{2,8}<<)\s*")
_CLAUSE_BREAK = re.compile(r"(?<=[,;:])\s+|\s+(?=[—–(])")
SAFE_WEIGHTS = ("*.safetensors",)
PICKLE_WEIGHTS = ("pytorch_model*.bin", "*.pt", "*.pth", "*.ckpt")


def local_folder(spec: ModelSpec) -> Path:
    """The folder holding the model: a local path, or the hub cache's snapshot (offline)."""
    candidate = Path(spec.target).expanduser()
    if candidate.exists() or spec.target.startswith((".", "/", "~")):
        if not candidate.is_dir():
            raise ModelError(f"{spec.label}: model folder {candidate} does not exist")
        return candidate
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(spec.target, local_files_only=True))
    except Exception:  # noqa: BLE001 - any failure means "not on this disk"
        raise ModelError(
            f"{spec.label}: {spec.target} is not on this disk. Download it where there is network "
            f"(`hf download {spec.target}`) and copy the hub cache here, or pass hf:PATH to a local folder."
        ) from None


def is_available_offline(spec: ModelSpec) -> bool:
    try:
        folder = local_folder(spec)
    except ModelError:
        return False
    return any(folder.glob(p) for p in SAFE_WEIGHTS + PICKLE_WEIGHTS)


def weights_digest(folder: Path, allow_pickle: bool) -> str:
    """Identify the weights (for the cache) without reading gigabytes: names, sizes, head and tail."""
    safe = sorted(f for p in SAFE_WEIGHTS for f in folder.glob(p))
    pickled = sorted(f for p in PICKLE_WEIGHTS for f in folder.glob(p))
    if not safe and not pickled:
        raise ModelError(f"{folder}: no model weights (*.safetensors) in this folder")
    if not safe and not allow_pickle:
        raise ModelError(f"{folder}: only pickle weights ({pickled[0].name}), which can run code when loaded; "
                         "convert them to safetensors or pass --allow-pickle if you trust the source")
    digest = hashlib.sha256()
    for file in safe or pickled:
        size = file.stat().st_size
        digest.update(f"{file.name}:{size}".encode())
        with file.open("rb") as handle:
            digest.update(handle.read(1 << 20))
            handle.seek(max(0, size - (1 << 20)))
            digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]


def pick_device(requested: str) -> str:
    import torch

    if requested != "auto":
        if requested.startswith("cuda") and not torch.cuda.is_available():
            raise ModelError("--device cuda: no CUDA device is available")
        return requested
    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def pick_dtype(requested: str, device: str):
    import torch

    if requested == "auto":
        if device.startswith("cuda"):
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float32
    try:
        return {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}[requested]
    except KeyError:
        raise ModelError(f"--dtype {requested}: choose auto, float32, bfloat16 or float16") from None


class HFBackend:
    def __init__(self, spec: ModelSpec, source: str, target: str, settings: GenerationSettings | None = None):
        from transformers import AutoConfig, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        self.spec, self.name, self.source, self.target = spec, spec.label, source, target
        self.settings = settings or GenerationSettings()
        folder = local_folder(spec)
        digest = weights_digest(folder, self.settings.allow_pickle)
        self.fingerprint = f"hf:{spec.target}@{digest}"
        try:
            config = AutoConfig.from_pretrained(folder, trust_remote_code=False)
            self.tokenizer = AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
        except Exception as exc:  # noqa: BLE001 - report any loader failure as a model error
            raise ModelError(f"{spec.label}: cannot load the tokenizer or config from {folder}: {exc}") from None
        self.family = self._family(config)
        self._prefix, self._generate_extra = self._language_setup(config)  # fails before weights load
        self._load_model(folder)

    # ------------------------------------------------------------------ set-up
    def _family(self, config) -> str:
        kind = config.model_type
        if kind == "m2m_100" and "nllb" in type(self.tokenizer).__name__.lower():
            return "nllb"
        if kind in ("marian", "m2m_100", "mbart", "t5", "mt5"):
            return {"mt5": "t5"}.get(kind, kind)
        raise ModelError(f"{self.name}: model type {kind!r} is not a supported translation model "
                         "(Marian, M2M100, NLLB, mBART-50, T5)")

    def _unsupported(self, code: str) -> ModelError:
        return ModelError(f"{self.name}: language pair {self.source}-{self.target} is not supported "
                          f"by this {self.family} model (no code for {code!r})")

    def _token_id(self, token: str) -> int | None:
        """The id of a special token, or None when the tokenizer does not know it."""
        token_id = self.tokenizer.convert_tokens_to_ids(token)
        return None if token_id is None or token_id == self.tokenizer.unk_token_id else token_id

    def _language_setup(self, config) -> tuple[str, dict]:
        tok, src, tgt = self.tokenizer, self.source, self.target
        if self.family == "m2m_100":
            for code in (src, tgt):
                if self._token_id(languages.m2m100(code)) is None:
                    raise self._unsupported(code)
            tok.src_lang = src
            return "", {"forced_bos_token_id": self._token_id(languages.m2m100(tgt))}
        if self.family in ("nllb", "mbart"):
            table = languages.NLLB if self.family == "nllb" else languages.MBART50
            codes = [table.get(src), table.get(tgt)]
            for code, iso in zip(codes, (src, tgt)):
                if code is None or self._token_id(code) is None:
                    raise self._unsupported(iso)
            tok.src_lang = codes[0]
            if hasattr(tok, "tgt_lang"):
                tok.tgt_lang = codes[1]
            return "", {"forced_bos_token_id": self._token_id(codes[1])}
        if self.family == "t5":
            if src not in languages.NAMES or tgt not in languages.NAMES:
                raise self._unsupported(src if src not in languages.NAMES else tgt)
            return f"translate {languages.NAMES[src]} to {languages.NAMES[tgt]}: ", {}
        # Marian: one pair per model, or a multi-target model with >>xx<< tokens.
        if self.spec.pairs != ("*",) and not self.spec.supports(src, tgt):
            raise self._unsupported(f"{src}-{tgt}")
        for token in (f">>{tgt}<<", f">>{languages.ISO1_TO_ISO3.get(tgt, tgt)}<<"):
            if self._token_id(token) is not None:
                return f"{token} ", {}
        return "", {}

    def _load_model(self, folder: Path) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM

        self.device = pick_device(self.settings.device)
        dtype = pick_dtype(self.settings.dtype, self.device)
        try:
            model = AutoModelForSeq2SeqLM.from_pretrained(
                folder, trust_remote_code=False, use_safetensors=None if self.settings.allow_pickle else True, dtype=dtype
            )
        except Exception as exc:  # noqa: BLE001
            raise ModelError(f"{self.name}: cannot load weights from {folder}: {exc}") from None
        self.model = model.to(self.device).eval()
        self.model.generation_config.max_length = None  # we pass max_new_tokens; avoids a warning per call
        self.max_input_tokens = self._max_input_tokens(model.config)
        # The decoder cannot go past its position table either.
        self.max_new_tokens = min(self.settings.max_new_tokens, self.max_input_tokens - 2)
        if self.settings.min_new_tokens:
            self._generate_extra["min_new_tokens"] = min(self.settings.min_new_tokens, self.max_new_tokens)
        self.preferred_batch_size = 64 if self.device.startswith("cuda") else 16
        torch.set_grad_enabled(False)

    def _max_input_tokens(self, config) -> int:
        limits = [getattr(config, "max_position_embeddings", None), getattr(self.tokenizer, "model_max_length", None)]
        usable = [int(x) for x in limits if isinstance(x, int) and 0 < x < 100_000]
        return min(usable) if usable else 512

    # ------------------------------------------------------------------ translation
    def _token_count(self, text: str) -> int:
        return len(self.tokenizer(self._prefix + text)["input_ids"])

    def _split_long(self, text: str) -> list[str]:
        """Pieces of ``text`` short enough for the model, cut at clause breaks (never truncated)."""
        limit = self.max_input_tokens - 4
        pieces, current = [], ""
        for unit in _CLAUSE_BREAK.split(text):
            candidate = f"{current} {unit}".strip()
            if current and self._token_count(candidate) > limit:
                pieces.append(current)
                current = unit
            else:
                current = candidate
        if current:
            pieces.append(current)
        out = []  # a clause still too long is cut between words
        for piece in pieces:
            words = piece.split()
            while len(words) > 1 and self._token_count(" ".join(words)) > limit:
                half = len(words) // 2
                out.append(" ".join(words[:half]))
                words = words[half:]
            out.append(" ".join(words))
        return out

    def translate(self, segments: list[str]) -> list[str]:
        lengths = [len(ids) for ids in self.tokenizer([self._prefix + s for s in segments])["input_ids"]]
        pieces, owners = [], []
        for index, (segment, length) in enumerate(zip(segments, lengths)):
            for piece in self._split_long(segment) if length > self.max_input_tokens - 4 else [segment]:
                pieces.append(piece)
                owners.append(index)
        outputs = self._generate(pieces)
        joined: list[list[str]] = [[] for _ in segments]
        for owner, output in zip(owners, outputs):
            joined[owner].append(output)
        return [" ".join(parts) for parts in joined]

    def _generate(self, texts: list[str]) -> list[str]:
        import torch

        batch = self.tokenizer([self._prefix + t for t in texts], return_tensors="pt", padding=True,
                               truncation=False).to(self.device)
        with torch.inference_mode():
            generated = self.model.generate(**batch, num_beams=self.settings.beams,
                                            max_new_tokens=self.max_new_tokens, **self._generate_extra)
        decoded = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
        return [_LANG_TOKEN.sub("", d).strip() for d in decoded]
