"""High-concurrency batch sending with a durable journal.

::

    async with client.batch(concurrency="auto", journal="run.db") as batch:
        async for result in batch.send(items):  # mappings of create() parameters
            print(result.index, result.status, result.sid or result.error)
    # or: summary = await client.batch(journal="run.db").send(items)

See the README, "Batch sending", and ``twilio-async send-batch --help``.
"""

from __future__ import annotations

from ._csv import BadRow, BadRowError, CsvError, CsvMessages
from ._journal import JournalError, JournalMismatchError
from ._limiter import AIMD, Limiter, TokenBucket
from ._reconcile import MessageReconciler, Reconciler
from ._sender import BatchRun, BatchSender
from ._types import (
    BatchItem,
    BatchOptions,
    BatchResource,
    BatchSummary,
    ItemError,
    ItemResult,
    Status,
)

__all__ = [
    "AIMD",
    "BadRow",
    "BadRowError",
    "BatchItem",
    "BatchOptions",
    "BatchResource",
    "BatchRun",
    "BatchSender",
    "BatchSummary",
    "CsvError",
    "CsvMessages",
    "ItemError",
    "ItemResult",
    "JournalError",
    "JournalMismatchError",
    "Limiter",
    "MessageReconciler",
    "Reconciler",
    "Status",
    "TokenBucket",
]
