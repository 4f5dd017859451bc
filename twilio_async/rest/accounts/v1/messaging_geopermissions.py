# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""MessagingGeopermissions resources (``messaging_geopermissions``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, QUERY, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.messaging_geopermissions import MessagingGeopermissions

_TYPES = Models(__package__, ".types.messaging_geopermissions")
_MODEL = _TYPES("MessagingGeopermissions")
_LIST_PATH = "/v1/Messaging/GeoPermissions"
_FETCH: Operation[MessagingGeopermissions] = Operation(
    "messaging_geopermissions.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
).with_params(P("country_code", "CountryCode", QUERY, "string"))
_UPDATE: Operation[MessagingGeopermissions] = Operation(
    "messaging_geopermissions.update", "PATCH", _LIST_PATH, body="form", model=_MODEL
).with_params(P("permissions", "Permissions", FORM, "object", many=True, required=True))


class MessagingGeopermissionsFetchArgs(Args):
    country_code: str | NotGiven = NOT_GIVEN


class MessagingGeopermissionsUpdateArgs(Args):
    permissions: Sequence[Any]


class MessagingGeopermissionsList(ListResource):
    """MessagingGeopermissions collection: ``/v1/Messaging/GeoPermissions``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        MessagingGeopermissionsFetchArgs,
        """Fetch the MessagingGeopermissions: ``GET /v1/Messaging/GeoPermissions``.

    Parameters are sent in the query string unless noted.

    Args:
        country_code (str): ``CountryCode``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingGeopermissions

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Fetch the MessagingGeopermissions: ``GET /v1/Messaging/GeoPermissions``.

    Parameters are sent in the query string unless noted.

    Args:
        country_code (str): ``CountryCode``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingGeopermissions

    Twilio docs: https://www.twilio.com/docs/iam
    """
    update = _UPDATE.call_method(
        MessagingGeopermissionsUpdateArgs,
        """Update the MessagingGeopermissions: ``PATCH /v1/Messaging/GeoPermissions``.

    Parameters are sent in the form body unless noted.

    Args:
        permissions (Sequence[Any]): ``Permissions``; list<object>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingGeopermissions

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Update the MessagingGeopermissions: ``PATCH /v1/Messaging/GeoPermissions``.

    Parameters are sent in the form body unless noted.

    Args:
        permissions (Sequence[Any]): ``Permissions``; list<object>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingGeopermissions

    Twilio docs: https://www.twilio.com/docs/iam
    """
