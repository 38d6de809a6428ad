"""Group commit for `POST /v1/articles`: concurrent posts in one process share one write transaction.

Why: a one-article write costs ~12 statements and, on SQLite, the database's single write lock.
Under concurrent posts every request queued on that lock (SQLite's busy handler sleeps in growing
steps up to 100 ms: p99 1.4-2.1 s at 8 connections) and paid every statement's round trip alone.
Here the posts that arrive while a transaction is being written wait for it to finish, then the
first of them (the leader) writes all of them in the next transaction with `store_each`: one
multi-row statement per table for the group, so per-article statements fall with the group size,
and one writer per process at a time. No timer: a post that finds nothing in flight is written at
once, so a lone request waits for no one.

What each post is guaranteed (the same as writing it alone):

* its answer is read from what was committed: the transaction that wrote it has committed before
  its future is resolved; on any error nothing of the group was stored (one transaction);
* its own error: a group of one passes the error on; when a group of several fails, each of its
  posts is written again alone (its own transaction), so one bad article or a deadlock with
  another process cannot fail its neighbours, and every post gets the outcome it would get alone;
* a post whose client goes away does not cancel the write of the others (the write runs in its own
  task, which the waiting requests shield).

SQLite, several worker processes: the group writers of all processes on one database file also
take an exclusive `flock` on `<database>-writelock` (a file beside the database, like `-wal`)
before `BEGIN IMMEDIATE`, in a thread. A blocked `flock` wakes as soon as the lock is released,
where SQLite's busy handler polls with sleeps of up to 100 ms; the busy timeout stays as the
fallback for every other writer (CLI ingest, deletes, merges), which does not take the file lock.
The OS drops the lock with the process, so a crashed worker cannot leave it held.
"""

from __future__ import annotations

import asyncio
import os
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncEngine

from service.ingest import batch_store
from service.ingest.batch_store import Prepared, StoredArticle

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Linux/macOS: SQLite's busy handler alone
    fcntl = None  # type: ignore[assignment]

MAX_GROUP = 64
"""Posts written in one transaction at most; the rest wait for the next one."""


@dataclass(slots=True, eq=False)  # identity: two posts of one article are still two posts
class _Post:
    item: Prepared
    done: asyncio.Future[StoredArticle | None]


class GroupWriter:
    """One per engine and event loop (see `writer_for`)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = weakref.ref(engine)  # the registry is keyed on the engine: no cycle back
        self._queue: list[_Post] = []
        self._turn = asyncio.Lock()
        self._writing: asyncio.Future[None] | None = None
        self._lock_path = _sqlite_lock_path(engine)
        self._lock_fd: int | None = None
        self.groups = 0
        """Transactions written (tests read it to see posts grouped)."""

    async def store(self, item: Prepared) -> StoredArticle | None:
        """What `batch_store.store_one` returns for `item`, committed."""
        post = _Post(item, asyncio.get_running_loop().create_future())
        self._queue.append(post)
        while post in self._queue:  # not yet taken into a group: lead the next one
            async with self._turn:
                if self._writing is not None:  # a leader that was cancelled left its group writing
                    await asyncio.wait({self._writing})
                    self._writing = None
                if post in self._queue:
                    group, self._queue = self._queue[:MAX_GROUP], self._queue[MAX_GROUP:]
                    self._writing = asyncio.ensure_future(self._write(group))
                    await asyncio.shield(self._writing)  # a cancelled request leaves the write going
                    self._writing = None
        return await post.done

    async def _write(self, group: list[_Post]) -> None:
        try:
            results = await self._transaction([p.item for p in group])
        except Exception as error:  # handed to the posts, never swallowed
            if len(group) == 1:
                _settle(group[0], error=error)
                return
            for post in group:  # each alone: its own outcome, as if it had been posted alone
                try:
                    _settle(post, result=(await self._transaction([post.item]))[0])
                except Exception as alone:
                    _settle(post, error=alone)
            return
        except BaseException as error:  # cancelled: the posts must not wait forever
            for post in group:
                _settle(post, error=error)
            raise
        for post, result in zip(group, results, strict=True):
            _settle(post, result=result)

    async def _transaction(self, items: Sequence[Prepared]) -> list[StoredArticle | None]:
        await self._file_lock()
        try:
            engine = self._engine()
            if engine is None:  # pragma: no cover - the app disposed of its engine mid-request
                raise RuntimeError("the database engine is gone")
            async with engine.begin() as conn:  # Core statements only: no ORM session to pay for
                results = await batch_store.store_each(conn, items)
            self.groups += 1
            return results
        finally:
            self._file_unlock()

    async def _file_lock(self) -> None:
        if self._lock_path is None or fcntl is None:
            return
        if self._lock_fd is None:
            self._lock_fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            weakref.finalize(self, os.close, self._lock_fd)
        await anyio.to_thread.run_sync(fcntl.flock, self._lock_fd, fcntl.LOCK_EX)

    def _file_unlock(self) -> None:
        if self._lock_fd is not None and fcntl is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)


def _settle(post: _Post, result: StoredArticle | None = None, error: BaseException | None = None) -> None:
    if post.done.done():
        return
    if error is not None:
        post.done.set_exception(error)
    else:
        post.done.set_result(result)


def _sqlite_lock_path(engine: AsyncEngine) -> str | None:
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return os.path.abspath(database) + "-writelock"


_PerLoop = weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, GroupWriter]
_WRITERS: weakref.WeakKeyDictionary[AsyncEngine, _PerLoop] = weakref.WeakKeyDictionary()


def writer_for(engine: AsyncEngine) -> GroupWriter:
    """The engine's group writer on the running event loop (an asyncio lock belongs to one loop)."""
    loop = asyncio.get_running_loop()
    per_loop = _WRITERS.get(engine)
    if per_loop is None:
        per_loop = _WRITERS[engine] = weakref.WeakKeyDictionary()
    writer = per_loop.get(loop)
    if writer is None:
        writer = per_loop[loop] = GroupWriter(engine)
    return writer
