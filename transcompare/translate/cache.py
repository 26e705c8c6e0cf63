"""SQLite translation cache: a rerun translates nothing.

Keyed on the backend's fingerprint (spec plus weights digest, hub revision or version),
the direction, the generation settings and the exact text. WAL mode and a busy timeout
let several processes write at once.

The cache never harms what it did not make: a path that is a folder, or a file that is
neither an SQLite database nor ours, stops the run (exit 2) naming it. A database of
ours (or any SQLite file) that is corrupt is moved aside with its -wal/-shm files and
rebuilt. A cache that cannot be written (read-only, no space) is used read-only or not
at all, with a warning: translating still works.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError

log = logging.getLogger("transcompare.translate")

SCHEMA = "CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, output TEXT NOT NULL, created REAL NOT NULL)"
SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x54434D50  # "TCMP", in the SQLite header at byte 68: marks a file transcompare created
SIDE_FILES = ("-wal", "-shm")


def default_path() -> Path:
    if os.environ.get("TRANSCOMPARE_CACHE"):
        return Path(os.environ["TRANSCOMPARE_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "transcompare" / "translations.sqlite"


def make_key(fingerprint: str, source: str, target: str, settings: dict, text: str) -> str:
    payload = json.dumps([fingerprint, source, target, settings, text], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError:
        return b""


def _warn(message: str) -> None:
    log.warning("%s", message)


class TranslationCache:
    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path else default_path()
        self.writable = True
        self._db: sqlite3.Connection | None = self._open()

    # ------------------------------------------------------------------ opening
    def _check_path(self) -> None:
        """Refuse paths that hold someone else's data, before SQLite touches them."""
        from_env = os.environ.get("TRANSCOMPARE_CACHE") and Path(os.environ["TRANSCOMPARE_CACHE"]) == self.path
        where = f"translation cache {self.path}" + (" (TRANSCOMPARE_CACHE)" if from_env else "")
        if self.path.is_dir():
            raise InputError(f"{where} is a folder; give a file name, e.g. {self.path / 'translations.sqlite'}")
        if self.path.is_file() and self.path.stat().st_size > 0 and not _header(self.path).startswith(SQLITE_MAGIC):
            raise InputError(f"{where} is not a translation cache (not an SQLite database); "
                             "move it or point TRANSCOMPARE_CACHE at another file")

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 30000")
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            ours = db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            if tables and "translations" not in tables and not ours:
                raise InputError(f"translation cache {self.path} is another program's SQLite database "
                                 f"(tables: {', '.join(sorted(tables)[:5])}); point TRANSCOMPARE_CACHE at another file")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            try:
                db.execute("PRAGMA journal_mode = WAL")
                db.execute(SCHEMA)
                if not ours:
                    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            except sqlite3.OperationalError as exc:
                if "readonly" not in str(exc) and "read-only" not in str(exc):
                    raise
                self._read_only(exc)
        except BaseException:
            db.close()
            raise
        return db

    def _open(self) -> sqlite3.Connection | None:
        self._check_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _warn(f"cannot create the translation cache {self.path} ({exc.strerror or exc}); translating without it")
            return None
        try:
            return self._connect()
        except InputError:
            raise
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and _cannot_open(exc):
                _warn(f"cannot open the translation cache {self.path} ({exc}); translating without it")
                return None
            return self._move_aside_and_reopen(exc)

    def _move_aside_and_reopen(self, reason: Exception) -> sqlite3.Connection | None:
        # Only SQLite files reach this point (see _check_path): a damaged cache, never a user's document.
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        try:
            self.path.replace(aside)
            for suffix in SIDE_FILES:  # stale journals would be replayed into the new database
                part = Path(f"{self.path}{suffix}")
                if part.exists():
                    part.replace(Path(f"{aside}{suffix}"))
        except OSError as exc:
            _warn(f"translation cache {self.path} is unreadable ({reason}) and cannot be moved aside "
                  f"({exc.strerror or exc}); translating without it")
            return None
        _warn(f"translation cache {self.path} was unreadable ({reason}); moved it to {aside} and started a new one")
        try:
            return self._connect()
        except sqlite3.Error as exc:
            _warn(f"cannot create the translation cache {self.path} ({exc}); translating without it")
            return None

    def _read_only(self, exc: Exception) -> None:
        if self.writable:
            _warn(f"translation cache {self.path} cannot be written ({exc}); using what it has, storing nothing new")
        self.writable = False

    # ------------------------------------------------------------------ use
    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        if self._db is None:
            return {}
        keys = list(keys)
        found: dict[str, str] = {}
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                rows = self._db.execute(
                    f"SELECT key, output FROM translations WHERE key IN ({','.join('?' * len(chunk))})", chunk
                )
                found.update(rows.fetchall())
        except sqlite3.Error as exc:
            _warn(f"cannot read the translation cache {self.path} ({exc}); translating without it")
            self._db = None
            return {}
        return found

    def put_many(self, items: dict[str, str]) -> None:
        if not items or self._db is None or not self.writable:
            return
        now = time.time()
        try:
            with self._db:  # one transaction
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?)",
                                     [(k, v, now) for k, v in items.items()])
        except sqlite3.Error as exc:  # read-only file, full disk: keep translating, stop storing
            self._read_only(exc)

    def __len__(self) -> int:
        return 0 if self._db is None else self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def _cannot_open(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "unable to open" in text or "readonly" in text or "read-only" in text or "disk i/o" in text
