"""Transformers sequence-to-sequence backends: Marian/OPUS-MT, M2M100, NLLB-200, mBART-50, T5.

``hf:ORG/NAME[@REVISION]`` is a hub model (downloaded on first use into the hub cache,
see hub.py); ``hf:PATH`` a local folder. Model code is never loaded from the model
(``trust_remote_code`` stays off) and pickle weights are refused unless allowed. On a
CPU, a CTranslate2 copy made by `transcompare models convert` runs instead when there
is one (see ct2.py).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from ..errors import ModelError
from . import hub
from .base import BackendBase, GenerationSettings, Located
from .devices import attention_kernels, pick_device, pick_dtype
from .families import LongInputSplitter, load_tokenizer, max_input_tokens, pair_setup, strip_language_token
from .registry import ModelSpec

CPU_BATCH = 16
GPU_BATCH = 64


def is_local_path(target: str) -> bool:
    return Path(target).expanduser().exists() or target.startswith((".", "/", "~")) or not hub.looks_like_repo_id(target)


def weights_digest(folder: Path, allow_pickle: bool) -> str:
    """Identify the weights (for the cache) without reading gigabytes: names, sizes, head and tail."""
    files = check_weights(folder, allow_pickle)
    digest = hashlib.sha256()
    for file in files:
        size = file.stat().st_size
        digest.update(f"{file.name}:{size}".encode())
        with file.open("rb") as handle:
            digest.update(handle.read(1 << 20))
            handle.seek(max(0, size - (1 << 20)))
            digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]


def check_weights(folder: Path, allow_pickle: bool) -> list[Path]:
    safe = hub.weight_files(folder, allow_pickle=False)
    if safe:
        return safe
    pickled = hub.weight_files(folder, allow_pickle=True)
    if not pickled:
        raise ModelError(f"{folder}: no model weights (*.safetensors) in this folder")
    if not allow_pickle:
        raise ModelError(f"{folder}: only pickle weights ({pickled[0].name}), which can run code when loaded; "
                         "convert them to safetensors or pass --allow-pickle if you trust the source")
    return pickled


def model_folder(spec: ModelSpec, settings: GenerationSettings) -> tuple[Path, str | None]:
    """(folder, hub commit or None): a local folder, or the hub snapshot (downloaded when missing and allowed)."""
    if is_local_path(spec.target):
        folder = Path(spec.target).expanduser()
        if not folder.is_dir():
            raise ModelError(f"{spec.label}: model folder {folder} does not exist")
        return folder, None
    repo_id, revision = hub.split_revision(spec.target)
    snapshot = hub.require(repo_id, revision or spec.revision, spec.label, settings.allow_pickle, settings.offline)
    return snapshot.path, snapshot.commit


def cuda_present() -> bool:
    """Whether an NVIDIA driver is there, without importing torch."""
    return Path("/proc/driver/nvidia/version").exists() or shutil.which("nvidia-smi") is not None


def runs_on_cpu(settings: GenerationSettings) -> bool:
    return settings.device == "cpu" or (settings.device == "auto" and not cuda_present())


class HFBackend(BackendBase):
    kind = "hf"

    # ------------------------------------------------------------------ spec level (cheap)
    @staticmethod
    def default_pairs(target: str) -> tuple[str, ...]:
        return ("*",)

    @classmethod
    def locate(cls, spec: ModelSpec, settings: GenerationSettings) -> Located:
        folder, commit = model_folder(spec, settings)
        if commit is None:
            fingerprint = f"hf:{spec.target}@{weights_digest(folder, settings.allow_pickle)}"
        else:
            check_weights(folder, settings.allow_pickle)
            fingerprint = f"hf:{hub.split_revision(spec.target)[0]}@{commit}"
        located = Located(fingerprint, folder, commit)
        if settings.use_converted and runs_on_cpu(settings):
            from .ct2 import converted_copy

            copy = converted_copy(located, settings)
            if copy is not None:
                return copy
        return located

    @classmethod
    def load(cls, spec: ModelSpec, source: str, target: str, settings: GenerationSettings, located: Located):
        if located.details.get("converted_from"):
            from .ct2 import CT2Backend

            return CT2Backend(spec, source, target, settings, located)
        return cls(spec, source, target, settings, located)

    @classmethod
    def is_available(cls, spec: ModelSpec) -> bool:
        if is_local_path(spec.target):
            folder = Path(spec.target).expanduser()
            return folder.is_dir() and bool(hub.weight_files(folder, allow_pickle=True))
        repo_id, revision = hub.split_revision(spec.target)
        return hub.local_snapshot(repo_id, revision or spec.revision) is not None

    @classmethod
    def disk_usage(cls, spec: ModelSpec) -> int | None:
        if is_local_path(spec.target):
            folder = Path(spec.target).expanduser()
            return hub.size_on_disk(folder) if folder.is_dir() else None
        repo_id, revision = hub.split_revision(spec.target)
        snapshot = hub.local_snapshot(repo_id, revision or spec.revision)
        return hub.size_on_disk(snapshot.path) if snapshot else None

    @classmethod
    def pull(cls, spec: ModelSpec, allow_pickle: bool) -> str | None:
        if is_local_path(spec.target):
            return None
        repo_id, revision = hub.split_revision(spec.target)
        snapshot = hub.download(repo_id, revision or spec.revision, spec.label, allow_pickle)
        return f"{repo_id}@{snapshot.commit} in {snapshot.path}"

    # ------------------------------------------------------------------ loading
    def __init__(self, spec: ModelSpec, source: str, target: str, settings: GenerationSettings | None = None,
                 located: Located | None = None):
        self.spec, self.name, self.source, self.target = spec, spec.label, source, target
        self.settings = settings or GenerationSettings()
        located = located or self.locate(spec, self.settings)
        self.fingerprint, self.revision, folder = located.fingerprint, located.revision, located.folder
        config, self.tokenizer = load_tokenizer(folder, spec.label)
        self.setup = pair_setup(config.model_type, self.tokenizer, source, target, spec.label, spec.pairs)
        self.family = self.setup.family  # the pair is checked before the weights load
        self._load_model(folder)

    def _load_model(self, folder: Path) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM

        self.device = pick_device(self.settings.device)
        dtype = pick_dtype(self.settings.dtype, self.device)
        try:
            model = AutoModelForSeq2SeqLM.from_pretrained(
                folder, trust_remote_code=False, use_safetensors=None if self.settings.allow_pickle else True, dtype=dtype
            )
        except Exception as exc:
            raise ModelError(f"{self.name}: cannot load weights from {folder}: {exc}") from None
        self.model = model.to(self.device).eval()
        self.dtype = str(dtype).removeprefix("torch.")
        self.model.generation_config.max_length = None  # we pass max_new_tokens; avoids a warning per call
        limit = max_input_tokens(model.config, self.tokenizer)
        self.splitter = LongInputSplitter(self.tokenizer, self.setup.prefix, limit)
        # The decoder cannot go past its position table either.
        self.max_new_tokens = min(self.settings.max_new_tokens, limit - 2)
        self._generate_extra: dict = {}
        if self.setup.target_token_id is not None:
            self._generate_extra["forced_bos_token_id"] = self.setup.target_token_id
        if self.settings.min_new_tokens:
            self._generate_extra["min_new_tokens"] = min(self.settings.min_new_tokens, self.max_new_tokens)
        on_gpu = self.device.startswith("cuda")
        self.preferred_batch_size = GPU_BATCH if on_gpu else CPU_BATCH
        # On a GPU batches are sized by tokens (found once per device, see devices.py); on a CPU by sentences.
        self.sized_by_tokens = on_gpu
        torch.set_grad_enabled(False)

    # ------------------------------------------------------------------ translation
    def count_tokens(self, texts: list[str]) -> list[int]:
        return self.splitter.token_counts(texts)

    def translate(self, segments: list[str]) -> list[str]:
        pieces, owners = self.splitter.pieces(segments)
        return self.splitter.join(len(segments), owners, self._generate(pieces))

    def _generate(self, texts: list[str]) -> list[str]:
        import torch

        batch = self.tokenizer([self.setup.prefix + t for t in texts], return_tensors="pt", padding=True,
                               truncation=False).to(self.device)
        with torch.inference_mode(), attention_kernels(self.device):
            generated = self.model.generate(**batch, num_beams=self.settings.beams,
                                            max_new_tokens=self.max_new_tokens, **self._generate_extra)
        return [strip_language_token(d) for d in self.tokenizer.batch_decode(generated, skip_special_tokens=True)]
