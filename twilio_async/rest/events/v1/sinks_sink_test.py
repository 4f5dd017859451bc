# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""SinkTest resources (``sinks.sink_test``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, ListResource, Models, Operation

if TYPE_CHECKING:
    from .types.sinks_sink_test import SinkTest

_TYPES = Models(__package__, ".types.sinks_sink_test")
_MODEL = _TYPES("SinkTest")
_LIST_PATH = "/v1/Sinks/{0}/Test"
_CREATE: Operation[SinkTest] = Operation(
    "sink_test.create", "POST", _LIST_PATH, body="form", model=_MODEL
)


class SinkTestList(ListResource):
    """SinkTest collection: ``/v1/Sinks/{Sid}/Test``."""

    __slots__ = ()
    create = _CREATE.call_method(
        Args,
        """Create a SinkTest: ``POST /v1/Sinks/{Sid}/Test``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SinkTest

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Create a SinkTest: ``POST /v1/Sinks/{Sid}/Test``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SinkTest

    Twilio docs: https://www.twilio.com/docs/events
    """
