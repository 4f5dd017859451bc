"""Reconciliation: was an item whose answer was lost created after all?

A create whose answer never came (connection dropped after sending, read timeout,
5xx, process killed) *may* have taken effect. Sending it again could send a
customer the same message twice, so the sender asks Twilio instead: a
``Reconciler`` lists what exists and returns the SIDs that could be the item.
The sender then drops SIDs the journal already gives to other items (identical
items sent in the same run), takes one of the rest, or, when none is left,
knows the item was not created and sends it.

``MessageReconciler`` does this for Messages: it lists messages to the item's
``To`` (and ``From`` when given), newest first, and keeps those created since the
item's first attempt (less ``clock_skew``) with the same sender, messaging service
and body. ``DateSent`` is not used as a filter: a message that is still queued has
no ``date_sent`` yet and would be missed.

Limits, stated plainly:

- Two identical items (same To, From and Body) are told apart by counting: each
  matching message is given to one item, oldest first, and only items left
  without one are sent again. A message with the same To/From/Body sent *outside*
  this batch in the same window (another process, a person) is counted as one of
  ours: the item is then reported sent rather than sent twice.
- When Twilio rewrites the body (``smart_encoded``, ``shorten_urls``) or renders it
  (``content_sid``), the body is not compared; To/From/service and time still are.
- If more than ``scan_limit`` messages to that number are newer than the window,
  nothing is proved and the item stays ``uncertain``.
- Use E.164 numbers in items: the list filter compares ``To``/``From`` as Twilio
  stored them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from .._options import RequestOptions

#: Retries for the (idempotent) list requests reconciliation makes; 429s included.
LIST_OPTIONS = RequestOptions(max_retries=5)


class Reconciler(Protocol):
    """Finds the instances a create may have made (implement it for other resources)."""

    def fingerprint(self, params: Mapping[str, Any]) -> dict[str, Any] | None:
        """What identifies the item's instance, as JSON-able values (stored in the journal).

        None when the item cannot be reconciled (it then stays uncertain).
        """
        ...

    async def candidates(
        self, resource: Any, fingerprint: Mapping[str, Any], since: datetime
    ) -> list[str] | None:
        """SIDs of instances created at or after ``since`` that match, oldest first.

        An empty list proves no such instance exists; None means it cannot be told.
        """
        ...


class MessageReconciler:
    """Reconciles Messages by To, From / messaging service, body and creation time.

    ``clock_skew`` widens the window before the first attempt (client and Twilio
    clocks differ; ``date_created`` has one-second resolution). ``ordering_slack``
    is how far past the window listing continues before stopping, in case Twilio's
    newest-first order is not strictly by creation time.
    """

    def __init__(
        self,
        *,
        clock_skew: float = 120.0,
        ordering_slack: float = 3600.0,
        scan_limit: int = 2000,
        page_size: int = 200,
    ):
        self.clock_skew = clock_skew
        self.ordering_slack = ordering_slack
        self.scan_limit = scan_limit
        self.page_size = page_size

    def fingerprint(self, params: Mapping[str, Any]) -> dict[str, Any] | None:
        to = params.get("to")
        if not isinstance(to, str) or not to:
            return None
        body = params.get("body")
        rewritten = bool(
            params.get("smart_encoded") or params.get("shorten_urls") or params.get("content_sid")
        )
        sender = params.get("from_")
        service = params.get("messaging_service_sid")
        return {
            "to": to,
            "from": str(sender) if sender else None,
            "service": str(service) if service else None,
            "body": body if isinstance(body, str) and not rewritten else None,
        }

    async def candidates(
        self, resource: Any, fingerprint: Mapping[str, Any], since: datetime
    ) -> list[str] | None:
        since = since - timedelta(seconds=self.clock_skew)
        stop_before = since - timedelta(seconds=self.ordering_slack)
        query: dict[str, Any] = {"to": fingerprint["to"], "page_size": self.page_size}
        if fingerprint.get("from"):
            query["from_"] = fingerprint["from"]
        found: list[str] = []
        scanned = 0
        async for message in resource.stream(**query, options=LIST_OPTIONS):
            scanned += 1
            if scanned > self.scan_limit:
                return None
            created = message.date_created
            if created is None:
                continue
            if created < stop_before:
                break
            if created < since or message.sid is None:
                continue
            direction = str(message.direction or "outbound")
            if not direction.startswith("outbound"):
                continue
            service = fingerprint.get("service")
            if service and message.messaging_service_sid != service:
                continue
            body = fingerprint.get("body")
            if body is not None and message.body != body:
                continue
            found.append(message.sid)
        found.reverse()  # listed newest first; hand out the oldest first
        return found


def default_reconciler(resource: Any) -> Reconciler | None:
    """``MessageReconciler`` for a Messages resource, None for anything else."""
    from ..rest.api.v2010.accounts_messages import MessageList

    return MessageReconciler() if isinstance(resource, MessageList) else None


def epoch_to_datetime(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=timezone.utc)
