# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Queue models (``accounts.queues``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_queues import QueueContext


class Queue(InstanceModel["QueueContext"]):
    """A Queue as returned by the API."""

    date_updated: Rfc2822DateTime | None = None
    current_size: WireInt | None = None
    friendly_name: str | None = None
    uri: str | None = None
    account_sid: str | None = None
    average_wait_time: WireInt | None = None
    sid: str
    date_created: Rfc2822DateTime | None = None
    max_size: WireInt | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = QueueContext.fetch
        update: ClassVar = QueueContext.update
        delete: ClassVar = QueueContext.delete
        members: ClassVar = QueueContext.members

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_queues import QueueContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        members = FromContext()
