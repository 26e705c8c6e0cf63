"""Error types the CLI turns into one line on stderr and an exit code.

Exit codes: 0 fine, 1 findings at or above --fail-on, 2 bad input or usage,
3 model or backend error, 70 an internal error (a bug).
"""

EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_MODEL = 3
EXIT_INTERNAL = 70


class TranscompareError(Exception):
    exit_code = EXIT_INPUT


class InputError(TranscompareError):
    """The user gave a file, option or text we cannot use."""

    exit_code = EXIT_INPUT


class ModelError(TranscompareError):
    """A model or translation backend cannot be found, loaded or run."""

    exit_code = EXIT_MODEL
