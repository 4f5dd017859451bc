# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Stream models (``accounts.calls.streams``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import StreamStatus

if TYPE_CHECKING:
    from ..accounts_calls_streams import StreamContext


class Stream(InstanceModel["StreamContext"]):
    """A Stream as returned by the API."""

    sid: str
    account_sid: str | None = None
    call_sid: str | None = None
    name: str | None = None
    status: StreamStatus | None = None
    date_updated: Rfc2822DateTime | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = StreamContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_calls_streams import StreamContext  # noqa: F401
    else:
        update = FromContext()
