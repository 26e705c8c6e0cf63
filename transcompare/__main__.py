"""`python -m transcompare` and the `transcompare` script.

The CLI's imports take a noticeable moment; Ctrl-C during them ends with the same one
line as Ctrl-C during a run, not a traceback from the import machinery.
"""

import sys

INTERRUPTED = 130  # errors.EXIT_INTERRUPTED, not imported: the interrupt may land while importing it


def main() -> int:
    try:
        from .cli import main as run_cli
    except KeyboardInterrupt:
        sys.stderr.write("transcompare: error: interrupted\n")
        return INTERRUPTED
    return run_cli()


if __name__ == "__main__":
    sys.exit(main())
