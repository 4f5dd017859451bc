# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""Eligibility resources (``eligibilities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.eligibilities import Eligibility

_TYPES = Models(__package__, ".types.eligibilities")
_MODEL = _TYPES("Eligibility")
_LIST_PATH = "/v1/HostedNumber/Eligibility"
_CREATE: Operation[Eligibility] = Operation(
    "eligibilities.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("body", "body", JSON, "object"))


class EligibilityCreateArgs(Args):
    body: Any | NotGiven = NOT_GIVEN


class EligibilityList(ListResource):
    """Eligibility collection: ``/v1/HostedNumber/Eligibility``."""

    __slots__ = ()
    create = _CREATE.call_method(
        EligibilityCreateArgs,
        """Create a Eligibility: ``POST /v1/HostedNumber/Eligibility``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Eligibility

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a Eligibility: ``POST /v1/HostedNumber/Eligibility``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Eligibility

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
