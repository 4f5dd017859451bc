# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""SinkValidate resources (``sinks.sink_validate``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P

if TYPE_CHECKING:
    from .types.sinks_sink_validate import SinkValidate

_TYPES = Models(__package__, ".types.sinks_sink_validate")
_MODEL = _TYPES("SinkValidate")
_LIST_PATH = "/v1/Sinks/{0}/Validate"
_CREATE: Operation[SinkValidate] = Operation(
    "sink_validate.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("test_id", "TestId", FORM, "string", required=True))


class SinkValidateCreateArgs(Args):
    test_id: str


class SinkValidateList(ListResource):
    """SinkValidate collection: ``/v1/Sinks/{Sid}/Validate``."""

    __slots__ = ()
    create = _CREATE.call_method(
        SinkValidateCreateArgs,
        """Create a SinkValidate: ``POST /v1/Sinks/{Sid}/Validate``.

    Parameters are sent in the form body unless noted.

    Args:
        test_id (str): ``TestId``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SinkValidate

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Create a SinkValidate: ``POST /v1/Sinks/{Sid}/Validate``.

    Parameters are sent in the form body unless noted.

    Args:
        test_id (str): ``TestId``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SinkValidate

    Twilio docs: https://www.twilio.com/docs/events
    """
