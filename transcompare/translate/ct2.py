"""CTranslate2: the fastest engine for Marian/OPUS-MT, NLLB, M2M100 (and mBART, T5) on a CPU.

``ct2:PATH`` is a folder made by `transcompare models convert SPEC --to ct2` (CTranslate2's
own converter; the transformers tokenizer is kept in PATH/tokenizer, so inputs and outputs
are tokenized exactly as the transformers backend does). Converted without ``-o``, the
copy goes to the cache folder and an ``hf:`` spec runs on it automatically on a CPU.
Needs the ``ct2`` extra: ``pip install 'transcompare[ct2]'``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from ..errors import InputError, ModelError
from .base import BackendBase, GenerationSettings, Located
from .families import LongInputSplitter, load_tokenizer, max_input_tokens, pair_setup, strip_language_token
from .registry import ModelSpec

INSTALL = "pip install 'transcompare[ct2]'"
QUANTIZATIONS = ("int8", "int8_float16", "float16", "float32")
CPU_PREFERENCE = ("int8", "float32", "int8_float16", "float16")  # fastest first on a CPU
MANIFEST = "transcompare.json"
TOKENIZER_FOLDER = "tokenizer"
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".h5", ".msgpack", ".ot", ".onnx")
CONVERTIBLE = {"marian", "m2m_100", "mbart", "t5", "mt5"}


def _import():
    try:
        import ctranslate2
    except ImportError:
        raise ModelError(f"the CTranslate2 backend needs ctranslate2: {INSTALL}") from None
    return ctranslate2


def converted_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "transcompare" / "ct2"


def _copy_folder(fingerprint: str) -> Path:
    """Where the converted copies of the weights behind ``fingerprint`` live (one folder per quantization)."""
    return converted_root() / hashlib.sha256(fingerprint.encode()).hexdigest()[:20]


def _digest(folder: Path) -> str:
    model = folder / "model.bin"
    size = model.stat().st_size
    digest = hashlib.sha256(f"{size}".encode())
    with model.open("rb") as handle:
        digest.update(handle.read(1 << 20))
        handle.seek(max(0, size - (1 << 20)))
        digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]


def _manifest(folder: Path) -> dict:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def locate_folder(folder: Path, label: str) -> Located:
    if not (folder / "model.bin").is_file():
        raise ModelError(f"{label}: {folder} is not a CTranslate2 model (no model.bin); make one with "
                         "`transcompare models convert SPEC --to ct2 -o FOLDER`")
    if not (folder / TOKENIZER_FOLDER).is_dir():
        raise ModelError(f"{label}: {folder} has no tokenizer/ folder; convert it with `transcompare models convert`")
    manifest = _manifest(folder)
    return Located(f"ct2:{_digest(folder)}", folder, manifest.get("revision"),
                   {"quantization": manifest.get("quantization", "float32"), "converted_from": manifest.get("source")})


def converted_copies() -> list[tuple[dict, Path]]:
    """(manifest, folder) of every copy `models convert` made without -o."""
    root = converted_root()
    if not root.is_dir():
        return []
    return [(_manifest(folder), folder) for folder in sorted(root.glob("*/*")) if (folder / "model.bin").is_file()]


def converted_copy(source: Located, settings: GenerationSettings) -> Located | None:
    """The copy of these weights made by `models convert` (without -o) that fits the settings."""
    wanted = CPU_PREFERENCE if settings.dtype == "auto" else (settings.dtype,) if settings.dtype == "float32" else ()
    folder = _copy_folder(source.fingerprint)
    for quantization in wanted:
        candidate = folder / quantization
        if (candidate / "model.bin").is_file() and _manifest(candidate).get("source") == source.fingerprint:
            located = locate_folder(candidate, source.fingerprint)
            return Located(located.fingerprint, candidate, source.revision, located.details)
    return None


class CT2Backend(BackendBase):
    kind = "ct2"

    @staticmethod
    def default_pairs(target: str) -> tuple[str, ...]:
        return ("*",)

    @classmethod
    def locate(cls, spec: ModelSpec, settings: GenerationSettings) -> Located:
        folder = Path(spec.target).expanduser()
        if not folder.is_dir():
            raise ModelError(f"{spec.label}: model folder {folder} does not exist")
        return locate_folder(folder, spec.label)

    @classmethod
    def load(cls, spec, source, target, settings, located) -> CT2Backend:
        return cls(spec, source, target, settings, located)

    @classmethod
    def is_available(cls, spec: ModelSpec) -> bool:
        return (Path(spec.target).expanduser() / "model.bin").is_file()

    @classmethod
    def disk_usage(cls, spec: ModelSpec) -> int | None:
        from .hub import size_on_disk

        return size_on_disk(Path(spec.target).expanduser()) if cls.is_available(spec) else None

    def __init__(self, spec: ModelSpec, source: str, target: str, settings: GenerationSettings | None = None,
                 located: Located | None = None):
        ctranslate2 = _import()
        self.spec, self.name, self.source, self.target = spec, spec.label, source, target
        self.settings = settings or GenerationSettings()
        located = located or self.locate(spec, self.settings)
        self.fingerprint, self.revision, folder = located.fingerprint, located.revision, located.folder
        self.quantization = located.details.get("quantization", "float32")
        config, self.tokenizer = load_tokenizer(folder / TOKENIZER_FOLDER, spec.label)
        self.setup = pair_setup(config.model_type, self.tokenizer, source, target, spec.label, spec.pairs)
        self.family = self.setup.family
        self.device = self._device(ctranslate2)
        threads = int(os.environ.get("OMP_NUM_THREADS", "0") or 0)
        try:
            self.model = ctranslate2.Translator(str(folder), device=self.device.split(":")[0],
                                                device_index=int(self.device.partition(":")[2] or 0),
                                                compute_type="default", intra_threads=threads)
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"{self.name}: CTranslate2 cannot load {folder}: {exc}") from None
        limit = max_input_tokens(config, self.tokenizer)
        self.splitter = LongInputSplitter(self.tokenizer, self.setup.prefix, limit)
        self.max_new_tokens = min(self.settings.max_new_tokens, limit - 2)
        self.preferred_batch_size = 64 if self.device.startswith("cuda") else 32
        self.dtype = self.quantization

    def _device(self, ctranslate2) -> str:
        requested = self.settings.device
        has_cuda = ctranslate2.get_cuda_device_count() > 0
        if requested == "auto":
            return "cuda" if has_cuda else "cpu"
        if requested.startswith("cuda") and not has_cuda:
            raise ModelError("--device cuda: no CUDA device is available to CTranslate2")
        if requested not in ("cpu",) and not requested.startswith("cuda"):
            raise ModelError(f"--device {requested}: CTranslate2 runs on cpu or cuda")
        return requested

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self.splitter.token_counts(texts)

    def translate(self, segments: list[str]) -> list[str]:
        pieces, owners = self.splitter.pieces(segments)
        return self.splitter.join(len(segments), owners, self._generate(pieces))

    def _generate(self, texts: list[str]) -> list[str]:
        if not texts:
            return []
        tokenizer = self.tokenizer
        encoded = tokenizer([self.setup.prefix + t for t in texts])["input_ids"]
        sources = [tokenizer.convert_ids_to_tokens(ids) for ids in encoded]
        prefix = [[self.setup.target_token]] * len(texts) if self.setup.target_token else None
        # transformers counts the forced language token among the new tokens and forces the end
        # token into the last place; CTranslate2 counts neither.
        extra = 1 if prefix else 0
        results = self.model.translate_batch(
            sources, target_prefix=prefix, beam_size=self.settings.beams, max_batch_size=0,
            max_decoding_length=self.max_new_tokens - 1 + extra,
            min_decoding_length=min(self.settings.min_new_tokens, self.max_new_tokens) - 1 + extra
            if self.settings.min_new_tokens else 0,
        )
        outputs = []
        for result in results:
            ids = tokenizer.convert_tokens_to_ids(result.hypotheses[0])
            outputs.append(strip_language_token(tokenizer.decode(ids, skip_special_tokens=True)))
        return outputs


def convert(spec: ModelSpec, settings: GenerationSettings, output: Path | None = None,
            quantization: str | None = None) -> Path:
    """Convert an hf: model with CTranslate2's converter; returns the folder written (atomically)."""
    from .hf import HFBackend

    if spec.backend_class is not HFBackend:
        raise InputError(f"{spec.label}: only hf: models can be converted (this is {spec.backend}:)")
    quantization = quantization or "float32"
    if quantization not in QUANTIZATIONS:
        raise InputError(f"--quantization {quantization!r}: choose {', '.join(QUANTIZATIONS)}")
    from dataclasses import replace

    source = HFBackend.locate(spec, replace(settings, use_converted=False))
    model_type = json.loads((source.folder / "config.json").read_text(encoding="utf-8")).get("model_type")
    if model_type not in CONVERTIBLE:
        raise ModelError(f"{spec.label}: CTranslate2 converts Marian, NLLB/M2M100, mBART and T5 models, "
                         f"not {model_type!r}")
    ctranslate2 = _import()
    target = output or _copy_folder(source.fingerprint) / quantization
    if target.exists() and not (target / "model.bin").is_file():
        raise InputError(f"{target}: exists and is not a CTranslate2 model; choose another -o")
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        from .families import quiet_transformers

        quiet_transformers()
        converter = ctranslate2.converters.TransformersConverter(str(source.folder), trust_remote_code=False)
        try:
            converter.convert(str(work / "model"), quantization=None if quantization == "float32" else quantization,
                              force=True)
        except Exception as exc:
            raise ModelError(f"{spec.label}: CTranslate2 cannot convert this model: {exc}") from None
        tokenizer = work / "model" / TOKENIZER_FOLDER
        tokenizer.mkdir()
        for file in source.folder.iterdir():
            if file.is_file() and not file.name.endswith(WEIGHT_SUFFIXES):
                shutil.copyfile(file, tokenizer / file.name)
        manifest = {"source": source.fingerprint, "spec": spec.text, "revision": source.revision,
                    "quantization": quantization, "ctranslate2": ctranslate2.__version__}
        (work / "model" / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        if target.exists():
            old = work / "old"
            target.replace(old)
        (work / "model").replace(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target
