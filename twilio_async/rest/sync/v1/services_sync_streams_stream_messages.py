# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""StreamMessage resources (``services.sync_streams.stream_messages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P

if TYPE_CHECKING:
    from .types.services_sync_streams_stream_messages import StreamMessage

_TYPES = Models(__package__, ".types.services_sync_streams_stream_messages")
_MODEL = _TYPES("StreamMessage")
_LIST_PATH = "/v1/Services/{0}/Streams/{1}/Messages"
_CREATE: Operation[StreamMessage] = Operation(
    "stream_messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("data", "Data", FORM, "object", required=True))


class StreamMessageCreateArgs(Args):
    data: Any


class StreamMessageList(ListResource):
    """StreamMessage collection: ``/v1/Services/{ServiceSid}/Streams/{StreamSid}/Messages``."""

    __slots__ = ()
    create = _CREATE.call_method(
        StreamMessageCreateArgs,
        """Create a StreamMessage: ``POST /v1/Services/{ServiceSid}/Streams/{StreamSid}/Messages``.

    Parameters are sent in the form body unless noted.

    Args:
        data (Any): ``Data``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        StreamMessage

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Create a StreamMessage: ``POST /v1/Services/{ServiceSid}/Streams/{StreamSid}/Messages``.

    Parameters are sent in the form body unless noted.

    Args:
        data (Any): ``Data``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        StreamMessage

    Twilio docs: https://www.twilio.com/docs/sync
    """
