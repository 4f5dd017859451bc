# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsSession resources (``insights_session``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    HEADER,
    Args,
    InstanceContext,
    Models,
    Operation,
    P,
    SingletonList,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.insights_session import InsightsSession

_TYPES = Models(__package__, ".types.insights_session")
_MODEL = _TYPES("InsightsSession")
_INSTANCE_PATH = "/v1/Insights/Session"
_CREATE: Operation[InsightsSession] = Operation(
    "insights_session.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("authorization", "Authorization", HEADER, "string"))


class InsightsSessionCreateArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN


class InsightsSessionContext(InstanceContext):
    """One InsightsSession: ``/v1/Insights/Session``."""

    __slots__ = ()
    create = _CREATE.call_method(
        InsightsSessionCreateArgs,
        """Create a InsightsSession: ``POST /v1/Insights/Session``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsSession

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a InsightsSession: ``POST /v1/Insights/Session``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsSession

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class InsightsSessionList(SingletonList[InsightsSessionContext]):
    """InsightsSession collection."""

    __slots__ = ()
