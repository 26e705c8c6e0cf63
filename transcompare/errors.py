"""Error types the CLI turns into one line on stderr and an exit code.

Exit codes: 0 fine, 1 findings at or above --fail-on, 2 bad input or usage,
3 model or backend error, 70 an internal error (a bug), 130 interrupted (Ctrl-C).
"""

EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_MODEL = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


class TranscompareError(Exception):
    exit_code = EXIT_INPUT


class InputError(TranscompareError):
    """The user gave a file, option or text we cannot use."""

    exit_code = EXIT_INPUT


class ModelError(TranscompareError):
    """A model or translation backend cannot be found, loaded or run."""

    exit_code = EXIT_MODEL


# The optional dependency each extra brings: a missing one is a model/backend error naming the pip command.
EXTRAS = {
    "torch": "hf", "transformers": "hf", "sentencepiece": "hf", "safetensors": "hf", "sacremoses": "hf",
    "google": "hf", "ctranslate2": "ct2", "httpx": "llm", "comet": "comet",
}


def missing_extra_message(module: str) -> str | None:
    """"pip install 'transcompare[hf]'" advice for a module an extra provides, else None."""
    extra = EXTRAS.get(module.split(".")[0])
    if extra is None:
        return None
    return f"this needs the Python package {module.split('.')[0]!r}: pip install 'transcompare[{extra}]'"
