"""Hugging Face hub models: found in the standard hub cache, downloaded on first use.

Looking a model up reads the cache's own layout (``models--ORG--NAME/refs``,
``snapshots/COMMIT``) without importing anything, so a refusal or a cached rerun costs
nothing. A download goes through huggingface_hub (its progress bars on stderr, its
resume of interrupted files), safetensors only unless pickle is allowed, and pins the
commit: the snapshot folder is named after it, it goes into the cache key, and later
runs use it until `transcompare models pull` fetches a newer one.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError

DEFAULT_ENDPOINT = "https://huggingface.co"
COMMIT = re.compile(r"[0-9a-f]{40}")
SAFE_WEIGHTS = ("*.safetensors",)
PICKLE_WEIGHTS = ("pytorch_model*.bin", "*.pt", "*.pth", "*.ckpt")
# What a translation model needs besides its weights: configs, tokenizers, vocabularies.
SUPPORT_FILES = ("*.json", "*.model", "*.spm", "*.txt", "*.vocab", "*.tiktoken")
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "vocab.json", "*.spm", "*.model", "spiece.model")
_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Snapshot:
    repo_id: str
    commit: str
    path: Path


def cache_dir() -> Path:
    """The hub cache huggingface_hub uses (HF_HUB_CACHE, HF_HOME/hub, ~/.cache/huggingface/hub)."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]).expanduser() / "hub"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "huggingface" / "hub"


def endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", DEFAULT_ENDPOINT).rstrip("/")


def offline(requested: bool = False) -> bool:
    """--offline, or HF_HUB_OFFLINE=1: the network is never touched."""
    return requested or os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in _TRUE


def split_revision(target: str) -> tuple[str, str | None]:
    """'org/name@rev' → ('org/name', 'rev')."""
    repo_id, sep, revision = target.partition("@")
    return repo_id, (revision or None) if sep else None


def looks_like_repo_id(target: str) -> bool:
    return re.fullmatch(r"[\w.-]+(/[\w.-]+)?(@[\w./-]+)?", target) is not None and not target.startswith(".")


def _repo_folder(repo_id: str) -> Path:
    return cache_dir() / f"models--{repo_id.replace('/', '--')}"


def weight_files(folder: Path, allow_pickle: bool) -> list[Path]:
    safe = sorted(f for p in SAFE_WEIGHTS for f in folder.glob(p))
    if safe or not allow_pickle:
        return safe
    return sorted(f for p in PICKLE_WEIGHTS for f in folder.glob(p))


def _complete(folder: Path) -> bool:
    """A snapshot that can be loaded: config, a tokenizer and weights (a download stopped half-way is not)."""
    return ((folder / "config.json").is_file() and any(any(folder.glob(p)) for p in TOKENIZER_FILES)
            and any(any(folder.glob(p)) for p in SAFE_WEIGHTS + PICKLE_WEIGHTS))


def local_snapshot(repo_id: str, revision: str | None = None) -> Snapshot | None:
    """The complete snapshot of ``repo_id`` at ``revision`` (default: the branch main) in the hub cache."""
    repo = _repo_folder(repo_id)
    revision = revision or "main"
    if COMMIT.fullmatch(revision):
        commit = revision
    else:
        ref = repo / "refs" / revision
        if not ref.is_file():
            return None
        commit = ref.read_text(encoding="utf-8").strip()
    folder = repo / "snapshots" / commit
    return Snapshot(repo_id, commit, folder) if folder.is_dir() and _complete(folder) else None


def pull_hint(label: str) -> str:
    return f"`transcompare models pull {label}`"


def require(repo_id: str, revision: str | None, label: str, allow_pickle: bool, offline_requested: bool) -> Snapshot:
    """The model on disk, downloaded first when it is not there and the network is allowed."""
    found = local_snapshot(repo_id, revision)
    if found is not None:
        return found
    if offline(offline_requested):
        raise ModelError(f"{label}: {repo_id} is not on this disk and the hub is off limits (--offline or "
                         f"HF_HUB_OFFLINE=1). Run {pull_hint(label)} where there is network, or give hf:PATH to a folder.")
    return download(repo_id, revision, label, allow_pickle)


def download(repo_id: str, revision: str | None, label: str, allow_pickle: bool) -> Snapshot:
    """Fetch the files a translation model needs (safetensors weights) into the hub cache."""
    from huggingface_hub import HfApi, snapshot_download
    from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError, RevisionNotFoundError

    where = endpoint()
    try:
        info = HfApi(endpoint=where).model_info(repo_id, revision=revision)
        patterns = _patterns([s.rfilename for s in info.siblings or []], repo_id, label, allow_pickle)
        path = snapshot_download(repo_id, revision=revision or "main", allow_patterns=patterns,
                                 cache_dir=cache_dir(), endpoint=where)
    except RepositoryNotFoundError:
        raise ModelError(f"{label}: no model {repo_id!r} on {where} (or it is private: set HF_TOKEN)") from None
    except RevisionNotFoundError:
        raise ModelError(f"{label}: {repo_id} has no revision {revision!r}") from None
    except GatedRepoError:
        raise ModelError(f"{label}: {repo_id} is gated: accept its licence on the hub and set HF_TOKEN") from None
    except ModelError:
        raise
    except (HfHubHTTPError, OSError, Exception) as exc:
        raise ModelError(f"{label}: cannot download {repo_id} from {where} ({type(exc).__name__}: {_short(exc)}). "
                         f"Run {pull_hint(label)} again to resume, or where there is network.") from None
    folder = Path(path)
    return Snapshot(repo_id, folder.name, folder)


def _patterns(files: list[str], repo_id: str, label: str, allow_pickle: bool) -> list[str]:
    from fnmatch import fnmatch

    def any_match(patterns: tuple[str, ...]) -> bool:
        return any(fnmatch(Path(f).name, p) for f in files for p in patterns)

    if any_match(SAFE_WEIGHTS):
        return [*SUPPORT_FILES, *SAFE_WEIGHTS]
    if not any_match(PICKLE_WEIGHTS):
        raise ModelError(f"{label}: {repo_id} has no PyTorch weights (safetensors or .bin) to download")
    if not allow_pickle:
        raise ModelError(f"{label}: {repo_id} has only pickle weights (pytorch_model.bin), which can run code when "
                         "loaded; pass --allow-pickle if you trust its source")
    return [*SUPPORT_FILES, *PICKLE_WEIGHTS]


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200] + ("…" if len(text) > 200 else "")


def size_on_disk(folder: Path) -> int:
    """Bytes of the files a snapshot links to (blobs are counted once)."""
    seen, total = set(), 0
    for file in folder.rglob("*"):
        if file.is_file():
            real = file.resolve()
            if real not in seen:
                seen.add(real)
                total += real.stat().st_size
    return total


def cached_repos() -> list[tuple[str, Path]]:
    """(repo id, repo folder) of every model in the hub cache."""
    root = cache_dir()
    if not root.is_dir():
        return []
    return sorted((p.name[len("models--"):].replace("--", "/"), p) for p in root.glob("models--*") if p.is_dir())
