"""SQLite translation cache: a rerun translates nothing.

Keyed on the backend's fingerprint (spec plus weights hash or version), the
direction, the generation settings and the exact text. WAL mode and a busy timeout
let several processes write at once; a corrupt file is moved aside and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterable
from pathlib import Path

SCHEMA = "CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, output TEXT NOT NULL, created REAL NOT NULL)"


def default_path() -> Path:
    if os.environ.get("TRANSCOMPARE_CACHE"):
        return Path(os.environ["TRANSCOMPARE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "transcompare" / "translations.sqlite"


def make_key(fingerprint: str, source: str, target: str, settings: dict, text: str) -> str:
    payload = json.dumps([fingerprint, source, target, settings, text], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class TranslationCache:
    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = self._open()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute(SCHEMA)
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
        return db

    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            for suffix in ("", "-wal", "-shm"):
                part = Path(str(self.path) + suffix)
                if part.exists():
                    part.replace(Path(str(aside) + suffix))
            print(f"transcompare: warning: translation cache {self.path} was unreadable ({exc}); "
                  f"moved it to {aside} and started a new one", file=sys.stderr)
            return self._connect()

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        keys = list(keys)
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            rows = self._db.execute(
                f"SELECT key, output FROM translations WHERE key IN ({','.join('?' * len(chunk))})", chunk
            )
            found.update(rows.fetchall())
        return found

    def put_many(self, items: dict[str, str]) -> None:
        if not items:
            return
        now = time.time()
        with self._db:  # one transaction
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?)",
                                 [(k, v, now) for k, v in items.items()])

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]

    def close(self) -> None:
        self._db.close()
