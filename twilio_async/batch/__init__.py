"""High-concurrency batch sending with a durable journal.

For example:

    async with client.batch(concurrency="auto", journal="run.db") as batch:
        async for result in batch.send(items):  # mappings of create() parameters
            print(result.index, result.status, result.sid or result.error)
    # or: summary = await client.batch(journal="run.db").send(items)

See the README, "Batch sending", and ``twilio-async send-batch --help``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._budget import Budget, LocalBudget
from ._budget_url import budget_from_url
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

if TYPE_CHECKING:
    from ._redis_budget import BudgetUnavailableError, RedisBudget


def __getattr__(name: str) -> Any:
    # The shared Redis budget loads on first use (``import twilio_async.batch`` stays cheap).
    if name in ("RedisBudget", "BudgetUnavailableError"):
        from . import _redis_budget

        return getattr(_redis_budget, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "Budget",
    "BudgetUnavailableError",
    "CsvError",
    "CsvMessages",
    "ItemError",
    "ItemResult",
    "JournalError",
    "JournalMismatchError",
    "Limiter",
    "LocalBudget",
    "MessageReconciler",
    "Reconciler",
    "RedisBudget",
    "Status",
    "TokenBucket",
    "budget_from_url",
]
