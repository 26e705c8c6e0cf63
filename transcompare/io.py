"""Writing outputs safely.

A regular file (or a symlink to one) is replaced atomically: a reader never sees a
half-written file, and a symlink keeps pointing where it did while its target is
rewritten. Streams (``-`` for stdout, character devices such as /dev/stdout, FIFOs,
process substitutions) are written through, since replacing them would destroy what
the user pointed at. Anything else is refused with one line before any work is done.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import InputError

STDOUT = "-"


def _is_stream(mode: int) -> bool:
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def resolve_output(path: str | os.PathLike) -> tuple[Path | None, bool]:
    """Where writing ``path`` goes, and whether it is a stream written through: (None, True) for
    stdout, (the symlink-resolved file, False) for a file replaced atomically.

    Raises InputError (one line) when the path cannot take an output, so commands can
    check their outputs before doing any work."""
    if str(path) == STDOUT:
        return None, True
    given = Path(path)
    try:
        mode = given.stat().st_mode  # follows symlinks
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        raise InputError(f"{given}: a parent of this path is a file, not a folder") from None
    except OSError as exc:
        raise InputError(f"{given}: cannot write here ({exc.strerror or exc})") from None
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise InputError(f"{given}: is a directory, expected an output file name")
        if _is_stream(mode):
            return given, True
        if not stat.S_ISREG(mode):
            raise InputError(f"{given}: not a regular file, a device or a pipe; cannot write a report there")
        target = given.resolve()
    else:
        if given.is_symlink():  # a dangling link: write where it points
            target = given.resolve()
        else:
            target = given
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.exists():
        raise InputError(f"{folder}: output folder does not exist")
    if not folder.is_dir():
        raise InputError(f"{folder}: a parent of this path is a file, not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{folder}: output folder is not writable")
    return target, False


def safe_filename(name: str) -> str:
    """A name usable as a file name anywhere: letters, digits, -, _ and . kept, the rest _."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def check_outputs(outputs: Iterable[str | os.PathLike | None], inputs: Iterable[str | os.PathLike | None] = ()) -> None:
    """Refuse, before any work, an output that cannot be written, that names a folder, that is
    one of the command's inputs (input files are never modified), or that is given twice."""
    input_files = {}
    for given in inputs:
        if given is not None and str(given) != STDOUT and Path(given).is_file():
            input_files[Path(given).resolve()] = str(given)
    seen: dict[Path, str] = {}
    for output in outputs:
        if output is None:
            continue
        text = str(output)
        if text.endswith(("/", os.sep)):  # Path() would drop the slash and write a file of that name
            raise InputError(f"{text}: is a folder name, expected an output file name, e.g. {Path(text) / 'out.txt'}")
        written, stream = resolve_output(text)
        if written is None or stream:
            continue  # stdout, a terminal, a pipe: written through, never replaced
        target = written.resolve()  # one file however it is spelled (r.json, ./r.json, $PWD/r.json)
        if target in input_files:
            raise InputError(f"{text}: is an input of this command ({input_files[target]}); write the output elsewhere")
        if target in seen:
            raise InputError(f"{text}: given twice as an output (also as {seen[target]})")
        seen[target] = text


def check_output_folder(path: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> Path:
    """A folder a command will write its files into, checked before any work (made later, by the
    work itself, so a run refused for another reason leaves nothing behind): not a file, not one
    of the command's input folders, and in a place that can be written."""
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: exists and is not a folder; give a folder for the results")
    if any(Path(given).resolve() == folder.resolve() for given in inputs):
        raise InputError(f"{folder}: is an input of this command; write the results elsewhere")
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise InputError(f"{folder}: cannot make or write this folder ({existing} is not a writable folder)")
    return folder


@contextmanager
def _stream_writer(target: Path | None) -> Iterator[IO[bytes]]:
    if target is None:
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with open(target, "wb") as handle:
        yield handle


@contextmanager
def atomic_writer(path: str | os.PathLike) -> Iterator[IO[bytes]]:
    """A binary file that appears at ``path`` only once it is complete (written through for streams)."""
    target, stream = resolve_output(path)
    try:
        if stream:
            with _stream_writer(target) as handle:
                yield handle
            return
        assert target is not None
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, _mode_for(target))  # mkstemp makes 0600; give the mode a plain write would
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _mode_for(target: Path) -> int:
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: str | os.PathLike, data: str | bytes) -> None:
    with atomic_writer(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
