# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Member models (``accounts.queues.members``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_queues_members import MemberContext


class Member(InstanceModel["MemberContext"]):
    """A Member as returned by the API."""

    call_sid: str
    date_enqueued: Rfc2822DateTime | None = None
    position: WireInt | None = None
    uri: str | None = None
    wait_time: WireInt | None = None
    queue_sid: str | None = None

    _key_field = "call_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = MemberContext.fetch
        update: ClassVar = MemberContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_queues_members import MemberContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
