"""The values a batch run takes and gives back: options, items, per-item results, the summary."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypedDict

if TYPE_CHECKING:
    from ._budget import Budget
    from ._reconcile import Reconciler


class BatchResource(Protocol):
    """What a batch sends through: a collection with an async ``create``.

    ``client.messages`` (the default of ``client.batch()``), ``client.calls``, or any
    other list resource; items are mappings of its ``create``'s keyword arguments.
    """

    def create(self, *args: Any, **kwargs: Any) -> Awaitable[Any]: ...


class BatchOptions(TypedDict, total=False):
    """The keyword options of ``BatchSender`` (and so of ``client.batch()``).

    The same names and types as ``BatchSender.__init__``, which documents them; the
    resource and the account are given separately.
    """

    concurrency: int | Literal["auto"]
    max_concurrency: int
    rate: float | None
    burst: float | None
    journal: str | os.PathLike[str] | None
    journal_sync: str
    reconciler: Reconciler | Literal["default"] | None
    reconcile_grace: float
    reconcile_rounds: int
    retry_failed: bool
    max_rate_limit_retries: int
    max_unsent_retries: int
    result_buffer: int
    target: str | None
    campaign: str | None
    budget: Budget[Any] | str | None


#: An item's final state in a run.
#:
#: - ``sent``: created (in this run, or found by reconciliation), ``sid`` set.
#: - ``failed``: refused by Twilio or never delivered to it; ``error`` says why.
#: - ``uncertain``: the request may have been processed and reconciliation could
#:   not prove either way; the item was not sent again.
#: - ``skipped``: the journal says an earlier run already sent it (``sid`` set).
Status = Literal["sent", "failed", "uncertain", "skipped"]


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One create call: ``params`` are the create method's keyword arguments.

    ``key`` identifies the item in the journal across runs. Give one when the input
    may change between runs (rows added, removed or reordered); without it the key
    is the item's position in the input, checked against a hash of its parameters.
    """

    params: Mapping[str, Any]
    key: str | None = None


@dataclass(frozen=True, slots=True)
class ItemError:
    """Why an item failed or is uncertain.

    ``reason`` is short and stable enough to group by (``"HTTP 400 code 21211"``,
    ``"rate limited"``, ``"connection error"``); ``message`` is the detail.
    ``retryable`` is True when the request provably did not take effect, so a later
    run with the same journal sends it again.
    """

    reason: str
    message: str
    status: int | None = None
    code: int | None = None
    retryable: bool = False
    #: The exception raised in this run (None for outcomes read back from a journal).
    exception: BaseException | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "message": self.message,
            "status": self.status,
            "code": self.code,
            "retryable": self.retryable,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ItemError:
        return cls(
            reason=str(data.get("reason") or "error"),
            message=str(data.get("message") or ""),
            status=data.get("status"),
            code=data.get("code"),
            retryable=bool(data.get("retryable")),
        )


@dataclass(frozen=True, slots=True)
class ItemResult:
    """The outcome of one input item; every item yields exactly one result per run."""

    #: Position of the item in the input (0-based).
    index: int
    #: Journal key: the caller's ``BatchItem.key``, or ``"#<index>"``.
    key: str
    status: Status
    sid: str | None = None
    error: ItemError | None = None
    #: Requests made for this item in this run (429s and unsent retries included).
    attempts: int = 0
    #: True when the outcome came from reconciliation (the SID was found by listing).
    reconciled: bool = False
    #: True when the outcome was read from the journal of an earlier run (not sent again).
    resumed: bool = False
    #: The created instance (a pydantic model), for items sent by a request of this run.
    instance: Any = field(default=None, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        """Sent now or already sent before."""
        return self.status in ("sent", "skipped")


@dataclass
class BatchSummary:
    """Totals for a run (also live while it runs: ``run.summary``)."""

    total: int = 0
    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    skipped: int = 0
    #: Extra attempts: after 429s, after unsent connection errors, and after
    #: reconciliation proved an uncertain item was not created.
    retried: int = 0
    #: 429 answers received (e.g. code 20429, too many concurrent requests).
    rate_limited: int = 0
    #: Uncertain items that reconciliation found created (so they were not re-sent).
    reconciled_found: int = 0
    #: Uncertain items that reconciliation proved absent (so they were sent again).
    reconciled_absent: int = 0
    elapsed: float = 0.0
    #: Failures by ``ItemError.reason``.
    failures: dict[str, int] = field(default_factory=dict)
    #: One example message per failure reason.
    failure_examples: dict[str, str] = field(default_factory=dict)
    #: The concurrency limit at the end (what ``"auto"`` settled on).
    concurrency: int = 0
    peak_in_flight: int = 0

    @property
    def throughput(self) -> float:
        """Items sent per second of the run."""
        return self.sent / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def ok(self) -> bool:
        """Nothing failed and nothing is uncertain."""
        return self.failed == 0 and self.uncertain == 0

    def count(self, result: ItemResult) -> None:
        """Add one result to the totals."""
        self.total += 1
        if result.status == "sent":
            self.sent += 1
        elif result.status == "skipped":
            self.skipped += 1
        elif result.status == "uncertain":
            self.uncertain += 1
        else:
            self.failed += 1
            if result.error is not None:
                reason = result.error.reason
                self.failures[reason] = self.failures.get(reason, 0) + 1
                self.failure_examples.setdefault(reason, result.error.message)

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "sent": self.sent,
            "failed": self.failed,
            "uncertain": self.uncertain,
            "skipped": self.skipped,
            "retried": self.retried,
            "rate_limited": self.rate_limited,
            "reconciled_found": self.reconciled_found,
            "reconciled_absent": self.reconciled_absent,
            "elapsed": self.elapsed,
            "throughput": self.throughput,
            "failures": dict(self.failures),
            "concurrency": self.concurrency,
            "peak_in_flight": self.peak_in_flight,
        }
