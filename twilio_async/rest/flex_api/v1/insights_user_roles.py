# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsUserRoles resources (``insights_user_roles``)."""

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
    from .types.insights_user_roles import InsightsUserRoles

_TYPES = Models(__package__, ".types.insights_user_roles")
_MODEL = _TYPES("InsightsUserRoles")
_INSTANCE_PATH = "/v1/Insights/UserRoles"
_FETCH: Operation[InsightsUserRoles] = Operation(
    "insights_user_roles.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("authorization", "Authorization", HEADER, "string"))


class InsightsUserRolesFetchArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN


class InsightsUserRolesContext(InstanceContext):
    """One InsightsUserRoles: ``/v1/Insights/UserRoles``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        InsightsUserRolesFetchArgs,
        """Fetch this InsightsUserRoles: ``GET /v1/Insights/UserRoles``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsUserRoles

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this InsightsUserRoles: ``GET /v1/Insights/UserRoles``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsUserRoles

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class InsightsUserRolesList(SingletonList[InsightsUserRolesContext]):
    """InsightsUserRoles collection."""

    __slots__ = ()
