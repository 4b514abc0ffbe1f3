"""The campaign journal on PostgreSQL, shared by any number of workers (``pip install clicksend-async[postgres]``).

Driver: psycopg 3, its blocking API run in anyio worker threads (one connection per worker, one call at a
time), exactly as the SQLite store runs: so a PostgreSQL journal works under asyncio and trio alike
(psycopg's and asyncpg's async APIs are asyncio-only). Commits are durable as PostgreSQL makes them
(``synchronous_commit=on``, ``fsync=on``: the defaults); isolation is READ COMMITTED with row locks.

Claims: a batch is claimed by the INSERT that writes it ahead (``ON CONFLICT DO NOTHING``: one worker wins)
or, for a batch already journaled that needs work, by ``SELECT ... FOR UPDATE SKIP LOCKED`` on a row whose
lease (kept in the database's clock) has expired or that no live worker holds. Each claim carries a lease
its worker renews; every write of a batch's outcomes is conditional on still holding its claim, so a
worker whose lease was taken over cannot overwrite the new holder. DSN passwords never appear in reprs,
logs or errors: ``location`` is the DSN without them.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread

from ._rows import COLUMNS, outcome_row, record_from_row, state_from_row, stored_body
from ._store import SCHEMA_VERSION, BatchRecord, BatchState, JournalError, JournalMismatchError, JournalStore

T = TypeVar("T")
DEFAULT_LEASE = 30.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS csa_journal_schema (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS csa_journal_meta (
    campaign TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (campaign, key)
);
CREATE TABLE IF NOT EXISTS csa_journal_batches (
    campaign TEXT NOT NULL,
    batch INTEGER NOT NULL,
    state TEXT NOT NULL,
    sent_at DOUBLE PRECISION,
    answered_at DOUBLE PRECISION,
    statuses BYTEA NOT NULL,
    message_ids TEXT NOT NULL,
    prices TEXT NOT NULL,
    details TEXT NOT NULL,
    invalid TEXT NOT NULL,
    owner TEXT,
    lease_until TIMESTAMPTZ,
    PRIMARY KEY (campaign, batch)
);
CREATE TABLE IF NOT EXISTS csa_journal_bodies (
    campaign TEXT NOT NULL, batch INTEGER NOT NULL, indices BYTEA NOT NULL, body BYTEA NOT NULL,
    PRIMARY KEY (campaign, batch)
);
CREATE TABLE IF NOT EXISTS csa_journal_customs (
    campaign TEXT NOT NULL, custom_string TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (campaign, custom_string)
);
"""
_SCHEMA_LOCK = 0x63_73_61_6A  # pg_advisory_xact_lock key: one worker creates or migrates the schema at a time


def safe_location(dsn: str) -> str:
    """``dsn`` without its password (URL or key=value form), for messages."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(dsn)
    except Exception:
        return "postgresql://(unparsable DSN)"
    parts.pop("password", None)
    host = str(parts.get("host", ""))
    user = str(parts.get("user", ""))
    where = f"{user + '@' if user else ''}{host or 'localhost'}"
    if parts.get("port"):
        where += f":{parts['port']}"
    return f"postgresql://{where}/{parts.get('dbname', '')}"


class PostgresStore(JournalStore):
    """One campaign (``campaign`` names it) in a PostgreSQL database, shared by workers."""

    shared = True

    def __init__(self, connection: Any, campaign: str, location: str, lease: float) -> None:
        self._db = connection
        self.campaign = campaign
        self.location = f"{location} campaign {campaign!r}"
        self.lease = lease
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._limiter = anyio.CapacityLimiter(1)
        self._mutex = threading.Lock()
        self._secret = ""

    def __repr__(self) -> str:
        return f"PostgresStore({self.location!r})"

    @classmethod
    async def open(cls, dsn: str, campaign: str, *, lease: float = DEFAULT_LEASE) -> PostgresStore:
        if not campaign:
            raise JournalError("a PostgreSQL journal needs a campaign name (campaign=..., --campaign)")
        try:
            import psycopg
        except ImportError:
            raise JournalError(
                "a PostgreSQL journal needs psycopg: pip install 'clicksend-async[postgres]'"
            ) from None
        location = safe_location(dsn)

        def connect() -> Any:
            try:
                connection = psycopg.connect(dsn, autocommit=True, connect_timeout=10)
            except psycopg.Error as exc:
                raise JournalError(
                    f"cannot connect to the campaign journal {location}: {_reason(exc, _password(dsn))}"
                ) from None
            try:
                with connection.transaction():
                    connection.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                    connection.execute(_SCHEMA)
                    row = connection.execute("SELECT version FROM csa_journal_schema").fetchone()
                    if row is None:
                        connection.execute(
                            "INSERT INTO csa_journal_schema (version) VALUES (%s)", (SCHEMA_VERSION,)
                        )
                    elif row[0] != SCHEMA_VERSION:
                        raise JournalError(
                            f"the campaign journal {location} has schema version {row[0]}; this SDK reads "
                            f"version {SCHEMA_VERSION} (use the SDK version that wrote it)"
                        )
            except psycopg.Error as exc:
                connection.close()
                raise JournalError(
                    f"cannot use the campaign journal {location}: {_reason(exc, _password(dsn))}"
                ) from None
            except BaseException:
                connection.close()
                raise
            return connection

        store = cls(await anyio.to_thread.run_sync(connect), campaign, location, lease)
        store._secret = _password(dsn)
        return store

    async def _run(self, work: Callable[[Any], T], doing: str) -> T:
        import psycopg

        def guarded() -> T:
            with self._mutex:
                try:
                    return work(self._db)
                except psycopg.Error as exc:
                    raise JournalError(
                        f"the campaign journal {self.location} cannot {doing}: {_reason(exc, self._secret)}"
                    ) from None

        return await anyio.to_thread.run_sync(guarded, limiter=self._limiter)

    # ------------------------------------------------------------------ the interface

    async def read_meta(self) -> dict[str, str] | None:
        def read(db: Any) -> dict[str, str] | None:
            rows = db.execute("SELECT key, value FROM csa_journal_meta WHERE campaign = %s", (self.campaign,))
            found = dict(rows.fetchall())
            return found or None

        return await self._run(read, "be read")

    async def write_meta(self, meta: dict[str, str]) -> None:
        def write(db: Any) -> None:
            with db.transaction():
                for key, value in meta.items():
                    db.execute(
                        "INSERT INTO csa_journal_meta (campaign, key, value) VALUES (%s, %s, %s) "
                        "ON CONFLICT (campaign, key) DO NOTHING",
                        (self.campaign, key, value),
                    )

        await self._run(write, "be written")

    async def batch_numbers(self) -> list[int]:
        def read(db: Any) -> list[int]:
            rows = db.execute(
                "SELECT batch FROM csa_journal_batches WHERE campaign = %s ORDER BY batch", (self.campaign,)
            )
            return [n for (n,) in rows]

        return await self._run(read, "be read")

    async def read_batch(self, batch: int) -> BatchRecord | None:
        def read(db: Any) -> BatchRecord | None:
            row = db.execute(
                f"SELECT {COLUMNS}, indices, body FROM csa_journal_batches JOIN csa_journal_bodies "
                "USING (campaign, batch) WHERE campaign = %s AND batch = %s",
                (self.campaign, batch),
            ).fetchone()
            return None if row is None else record_from_row(row)

        return await self._run(read, "be read")

    async def holder(self, batch: int) -> str | None:
        """Who holds a live claim on ``batch`` (None: nobody, or its lease expired)."""

        def read(db: Any) -> str | None:
            row = db.execute(
                "SELECT owner FROM csa_journal_batches WHERE campaign = %s AND batch = %s AND lease_until > now()",
                (self.campaign, batch),
            ).fetchone()
            return None if row is None else row[0]

        return await self._run(read, "be read")

    async def write_batch(self, record: BatchRecord, customs: list[tuple[str, int]]) -> None:
        if not await self.claim_new(record, customs):
            raise JournalError(f"batch {record.batch} of {self.location} is already journaled")

    async def claim_new(self, record: BatchRecord, customs: list[tuple[str, int]]) -> bool:
        import psycopg

        def write(db: Any) -> bool:
            try:
                with db.transaction():
                    row = db.execute(
                        f"INSERT INTO csa_journal_batches (campaign, {COLUMNS}, owner, lease_until) "
                        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, now() + %s * interval '1 second') "
                        "ON CONFLICT (campaign, batch) DO NOTHING RETURNING batch",
                        (self.campaign, *outcome_row(record), self._claim_owner(record), self.lease),
                    ).fetchone()
                    if row is None:
                        return False
                    db.execute(
                        "INSERT INTO csa_journal_bodies (campaign, batch, indices, body) VALUES (%s, %s, %s, %s)",
                        (self.campaign, record.batch, record.indices.tobytes(), stored_body(record.body)),
                    )
                    if customs:
                        with db.cursor() as cursor:
                            cursor.executemany(
                                "INSERT INTO csa_journal_customs (campaign, custom_string, idx) VALUES (%s, %s, %s)",
                                [(self.campaign, c, i) for c, i in customs],
                            )
                    return True
            except psycopg.errors.UniqueViolation:
                raise JournalMismatchError(
                    "a custom_string of this batch is already that of another message of the campaign: a "
                    "journaled campaign needs unique custom strings (reconciliation matches them)"
                ) from None

        return await self._run(write, "be written")

    def _claim_owner(self, record: BatchRecord) -> str | None:
        return self.owner if record.state == "sending" else None

    async def claim(self, batch: int) -> BatchRecord | None:
        """Take ``batch`` (journaled, needing work) unless a live worker holds it; None if one does."""

        def take(db: Any) -> bool:
            with db.transaction():
                row = db.execute(
                    "SELECT batch FROM csa_journal_batches WHERE campaign = %s AND batch = %s AND "
                    "(owner IS NULL OR owner = %s OR lease_until < now()) FOR UPDATE SKIP LOCKED",
                    (self.campaign, batch, self.owner),
                ).fetchone()
                if row is None:
                    return False
                db.execute(
                    "UPDATE csa_journal_batches SET owner = %s, lease_until = now() + %s * interval '1 second' "
                    "WHERE campaign = %s AND batch = %s",
                    (self.owner, self.lease, self.campaign, batch),
                )
                return True

        if not await self._run(take, "be written"):
            return None
        return await self.read_batch(batch)

    async def renew(self) -> None:
        def renew(db: Any) -> None:
            db.execute(
                "UPDATE csa_journal_batches SET lease_until = now() + %s * interval '1 second' "
                "WHERE campaign = %s AND owner = %s",
                (self.lease, self.campaign, self.owner),
            )

        await self._run(renew, "be written (renewing this worker's claims)")

    async def write_outcomes(self, record: BatchRecord, *, durable: bool) -> None:
        del durable  # every PostgreSQL commit is durable (synchronous_commit=on)

        def write(db: Any) -> None:
            row = outcome_row(record)
            done = record.state == "done"
            updated = db.execute(
                "UPDATE csa_journal_batches SET state = %s, sent_at = %s, answered_at = %s, statuses = %s, "
                "message_ids = %s, prices = %s, details = %s, invalid = %s, "
                "owner = CASE WHEN %s THEN NULL ELSE owner END, "
                "lease_until = CASE WHEN %s THEN NULL ELSE lease_until END "
                "WHERE campaign = %s AND batch = %s AND owner = %s",
                (*row[1:], done, done, self.campaign, record.batch, self.owner),
            ).rowcount
            if updated != 1:
                raise JournalError(
                    f"this worker lost its claim on batch {record.batch} of {self.location} (its lease expired "
                    "and another worker took it over): stopping"
                )

        await self._run(write, "be written")

    async def find_customs(self, customs: list[str]) -> dict[str, int]:
        def find(db: Any) -> dict[str, int]:
            rows = db.execute(
                "SELECT custom_string, idx FROM csa_journal_customs WHERE campaign = %s AND custom_string = ANY(%s)",
                (self.campaign, customs),
            )
            return dict(rows.fetchall())

        return await self._run(find, "be read")

    async def states(self) -> AsyncIterator[BatchState]:
        after = -1
        while True:

            def read(db: Any, after: int = after) -> list[Any]:
                return list(
                    db.execute(
                        "SELECT batch, state, sent_at, answered_at, statuses, invalid, prices FROM "
                        "csa_journal_batches WHERE campaign = %s AND batch > %s ORDER BY batch LIMIT 200",
                        (self.campaign, after),
                    ).fetchall()
                )

            rows = await self._run(read, "be read")
            for row in rows:
                yield state_from_row(row)
            if len(rows) < 200:
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
                with contextlib.suppress(Exception):  # a lost connection: the leases expire by themselves
                    self._db.execute(
                        "UPDATE csa_journal_batches SET lease_until = now() WHERE campaign = %s AND owner = %s",
                        (self.campaign, self.owner),
                    )
                self._db.close()

        await anyio.to_thread.run_sync(close, limiter=self._limiter)


def _password(dsn: str) -> str:
    from psycopg.conninfo import conninfo_to_dict

    try:
        return str(conninfo_to_dict(dsn).get("password") or "")
    except Exception:
        return ""


def _reason(exc: Exception, secret: str) -> str:
    """The first line of a driver error, with the password (if it is there at all) blanked."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text.replace(secret, "***") if secret else text
