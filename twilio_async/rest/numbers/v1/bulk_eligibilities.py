# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""BulkEligibility resources (``bulk_eligibilities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.bulk_eligibilities import BulkEligibility

_TYPES = Models(__package__, ".types.bulk_eligibilities")
_MODEL = _TYPES("BulkEligibility")
_LIST_PATH = "/v1/HostedNumber/Eligibility/Bulk"
_INSTANCE_PATH = "/v1/HostedNumber/Eligibility/Bulk/{0}"
_CREATE: Operation[BulkEligibility] = Operation(
    "bulk_eligibilities.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("body", "body", JSON, "object"))
_FETCH: Operation[BulkEligibility] = Operation(
    "bulk_eligibilities.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class BulkEligibilityCreateArgs(Args):
    body: Any | NotGiven = NOT_GIVEN


class BulkEligibilityContext(InstanceContext):
    """One BulkEligibility: ``/v1/HostedNumber/Eligibility/Bulk/{RequestId}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this BulkEligibility: ``GET /v1/HostedNumber/Eligibility/Bulk/{RequestId}``.

    The instance is addressed by ``{RequestId}``, matching ``^EC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BulkEligibility

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this BulkEligibility: ``GET /v1/HostedNumber/Eligibility/Bulk/{RequestId}``.

    The instance is addressed by ``{RequestId}``, matching ``^EC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BulkEligibility

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class BulkEligibilityList(KeyedList[BulkEligibilityContext]):
    """BulkEligibility collection: ``/v1/HostedNumber/Eligibility/Bulk``."""

    __slots__ = ()
    _key = ("RequestId", "request_id", "^EC[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        BulkEligibilityCreateArgs,
        """Create a BulkEligibility: ``POST /v1/HostedNumber/Eligibility/Bulk``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BulkEligibility

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a BulkEligibility: ``POST /v1/HostedNumber/Eligibility/Bulk``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BulkEligibility

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
