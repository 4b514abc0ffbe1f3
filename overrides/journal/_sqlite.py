"""The campaign journal in one SQLite file (standard library ``sqlite3``), for one process at a time.

WAL mode. A batch is written ahead of its request with ``synchronous=FULL``: the commit is on disk (WAL
fsynced) before the request goes out, so neither a killed process nor a power cut can lose it. Outcomes are
committed with ``synchronous=NORMAL``: a killed process never loses them; a power cut may lose the last few
(those batches then read as in flight and are reconciled), and the next FULL commit makes them durable too.
Every call runs in a worker thread (``anyio.to_thread``), one at a time, never on the event loop.
The process that opens a journal to send holds an exclusive lock on it (``flock``) until it closes it; a
second process is refused. Readers (``campaign status``) need no lock.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread

from ._rows import COLUMNS, FIELDS, outcome_row, record_from_row, state_from_row, stored_body
from ._store import BatchRecord, BatchState, JournalError, JournalMismatchError, JournalStore

try:
    import fcntl
except ImportError:  # pragma: no cover  (Windows: SQLite's exclusive locking mode is the claim instead)
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    batch INTEGER PRIMARY KEY,
    state TEXT NOT NULL,
    sent_at REAL,
    answered_at REAL,
    statuses BLOB NOT NULL,
    message_ids TEXT NOT NULL,
    prices TEXT NOT NULL,
    details TEXT NOT NULL,
    invalid TEXT NOT NULL
);
-- what a batch sent, apart from its outcomes (which are rewritten when its answer is read)
CREATE TABLE IF NOT EXISTS bodies (batch INTEGER PRIMARY KEY, indices BLOB NOT NULL, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS customs (custom_string TEXT PRIMARY KEY, idx INTEGER NOT NULL);
"""
_CHUNK = 200  # batch states read per query


class SQLiteStore(JournalStore):
    """A journal file. ``SQLiteStore.open(path)`` to send (exclusive), ``readonly=True`` to look."""

    def __init__(self, path: Path, connection: sqlite3.Connection, lock_fd: int | None) -> None:
        self.path = path
        self.location = str(path)
        self._db = connection
        self._lock_fd = lock_fd
        self._limiter = anyio.CapacityLimiter(1)
        self._mutex = threading.Lock()

    @classmethod
    async def open(
        cls, path: str | os.PathLike[str], *, readonly: bool = False, busy_timeout: float = 5.0
    ) -> SQLiteStore:
        where = Path(path)
        return await anyio.to_thread.run_sync(cls._open_sync, where, readonly, busy_timeout)

    @classmethod
    def _open_sync(cls, path: Path, readonly: bool, busy_timeout: float) -> SQLiteStore:
        if readonly and not path.is_file():
            raise JournalError(f"no campaign journal at {path}")
        if path.is_dir():
            raise JournalError(f"cannot use {path} as a campaign journal: it is a directory")
        lock_fd = None if readonly else _claim(path)
        try:
            uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
            db = sqlite3.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False, timeout=busy_timeout
            )
        except sqlite3.Error as exc:
            _release(lock_fd)
            raise JournalError(f"cannot open the campaign journal {path}: {exc}") from None
        try:
            _check_sqlite_file(db, path)
            if not readonly:
                if fcntl is None:  # pragma: no cover
                    db.execute("PRAGMA locking_mode=EXCLUSIVE")
                mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise JournalError(f"the campaign journal {path} cannot use WAL mode (got {mode!r})")
                db.execute("PRAGMA synchronous=FULL")
                db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            db.close()
            _release(lock_fd)
            raise JournalError(f"cannot use {path} as a campaign journal: {_reason(exc)}") from None
        except BaseException:
            db.close()
            _release(lock_fd)
            raise
        return cls(path, db, lock_fd)

    def __repr__(self) -> str:
        return f"SQLiteStore({self.location!r})"

    # ------------------------------------------------------------------ running off the event loop

    async def _run(self, work: Callable[[sqlite3.Connection], T], doing: str) -> T:
        def guarded() -> T:
            with self._mutex:
                try:
                    return work(self._db)
                except sqlite3.Error as exc:
                    if self._db.in_transaction:
                        self._db.rollback()
                    raise JournalError(
                        f"the campaign journal {self.location} cannot {doing}: {_reason(exc)}"
                    ) from None

        return await anyio.to_thread.run_sync(guarded, limiter=self._limiter)

    # ------------------------------------------------------------------ the interface

    async def read_meta(self) -> dict[str, str] | None:
        def read(db: sqlite3.Connection) -> dict[str, str] | None:
            rows = db.execute("SELECT key, value FROM meta").fetchall()
            return dict(rows) if rows else None

        return await self._run(read, "be read")

    async def write_meta(self, meta: dict[str, str]) -> None:
        def write(db: sqlite3.Connection) -> None:
            db.execute("BEGIN IMMEDIATE")
            db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
            db.execute("COMMIT")

        await self._run(write, "be written")

    async def batch_numbers(self) -> list[int]:
        return await self._run(
            lambda db: [n for (n,) in db.execute("SELECT batch FROM batches ORDER BY batch")], "be read"
        )

    async def read_batch(self, batch: int) -> BatchRecord | None:
        def read(db: sqlite3.Connection) -> BatchRecord | None:
            row = db.execute(
                f"SELECT {COLUMNS}, indices, body FROM batches JOIN bodies USING (batch) WHERE batch = ?",
                (batch,),
            ).fetchone()
            return None if row is None else record_from_row(row)

        return await self._run(read, "be read")

    async def write_batch(self, record: BatchRecord, customs: list[tuple[str, int]]) -> None:
        def write(db: sqlite3.Connection) -> None:
            db.execute("PRAGMA synchronous=FULL")
            db.execute("BEGIN IMMEDIATE")
            try:
                if customs:
                    db.execute("DELETE FROM customs WHERE idx >= ? AND idx < ?", _span(record))
                    db.executemany("INSERT INTO customs (custom_string, idx) VALUES (?, ?)", customs)
                db.execute(
                    f"INSERT OR REPLACE INTO batches ({COLUMNS}) VALUES ({_MARKS})", outcome_row(record)
                )
                db.execute(
                    "INSERT OR REPLACE INTO bodies (batch, indices, body) VALUES (?, ?, ?)",
                    (record.batch, record.indices.tobytes(), stored_body(record.body)),
                )
                db.execute("COMMIT")
            except sqlite3.IntegrityError:
                db.rollback()
                raise _duplicate_custom(db, customs) from None

        await self._run(write, "be written")

    async def write_outcomes(self, record: BatchRecord, *, durable: bool) -> None:
        def write(db: sqlite3.Connection) -> None:
            db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            # one statement: its own transaction (outside BEGIN ... COMMIT SQLite commits each statement)
            db.execute(f"INSERT OR REPLACE INTO batches ({COLUMNS}) VALUES ({_MARKS})", outcome_row(record))

        await self._run(write, "be written")

    async def find_customs(self, customs: list[str]) -> dict[str, int]:
        def find(db: sqlite3.Connection) -> dict[str, int]:
            found: dict[str, int] = {}
            for start in range(0, len(customs), 500):
                part = customs[start : start + 500]
                marks = ",".join("?" * len(part))
                found.update(
                    db.execute(
                        f"SELECT custom_string, idx FROM customs WHERE custom_string IN ({marks})", part
                    )
                )
            return found

        return await self._run(find, "be read")

    async def states(self) -> AsyncIterator[BatchState]:
        after = -1
        while True:

            def read(db: sqlite3.Connection, after: int = after) -> list[Any]:
                return db.execute(
                    "SELECT batch, state, sent_at, answered_at, statuses, invalid, prices FROM batches"
                    " WHERE batch > ? ORDER BY batch LIMIT ?",
                    (after, _CHUNK),
                ).fetchall()

            rows = await self._run(read, "be read")
            for row in rows:
                yield state_from_row(row)
            if len(rows) < _CHUNK:
                return
            after = rows[-1][0]

    async def records(self) -> AsyncIterator[BatchRecord]:
        for batch in await self.batch_numbers():
            record = await self.read_batch(batch)
            if record is not None:
                yield record

    async def close(self) -> None:
        def close() -> None:
            with self._mutex:
                try:
                    self._db.close()
                finally:
                    _release(self._lock_fd)
                    self._lock_fd = None

        await anyio.to_thread.run_sync(close, limiter=self._limiter)


_MARKS = ", ".join("?" * len(FIELDS))


def _span(record: BatchRecord) -> tuple[int, int]:
    every = [*record.indices, *record.invalid]
    return (min(every), max(every) + 1) if every else (0, 0)


def _duplicate_custom(db: sqlite3.Connection, customs: list[tuple[str, int]]) -> JournalMismatchError:
    seen: dict[str, int] = {}
    for custom, index in customs:
        if custom in seen:
            return JournalMismatchError(
                f"custom_string={custom!r} of message {index} is also that of message {seen[custom]}: "
                "a journaled campaign needs unique custom strings (reconciliation matches them)",
                index,
            )
        seen[custom] = index
    for custom, index in customs:
        row = db.execute("SELECT idx FROM customs WHERE custom_string = ?", (custom,)).fetchone()
        if row is not None and row[0] != index:
            return JournalMismatchError(
                f"custom_string={custom!r} of message {index} is also that of message {row[0]}: "
                "a journaled campaign needs unique custom strings (reconciliation matches them)",
                index,
            )
    return JournalMismatchError("the batch repeats a custom_string the campaign already holds")


def _claim(path: Path) -> int | None:
    """An exclusive lock on the journal file for this process, or ``JournalError`` if another holds it."""
    if fcntl is None:  # pragma: no cover
        return None
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise JournalError(f"cannot open the campaign journal {path}: {exc.strerror or exc}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise JournalError(
            f"the campaign journal {path} is in use by another process: one process at a time sends a "
            "campaign from a SQLite journal (for several workers use a PostgreSQL journal)"
        ) from None
    return fd


def _release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # closing the descriptor releases the flock


def _check_sqlite_file(db: sqlite3.Connection, path: Path) -> None:
    """Refuse a file that is not SQLite, or an SQLite database of something else (nothing is written)."""
    try:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        raise JournalError(f"{path} is not a campaign journal (not an SQLite database)") from None
    if tables and "meta" not in tables:
        raise JournalError(f"{path} is not a campaign journal (an SQLite database of something else)")


def _reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "disk is full" in text or "database or disk is full" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text:
        return "it is read-only"
    if "locked" in text or "busy" in text:
        return "it is locked by another program"
    return text
