# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""Safelist resources (``safelist``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, QUERY, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.safelist import Safelist

_TYPES = Models(__package__, ".types.safelist")
_MODEL = _TYPES("Safelist")
_LIST_PATH = "/v1/SafeList/Numbers"
_CREATE: Operation[Safelist] = Operation(
    "safelist.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("phone_number", "PhoneNumber", FORM, "string", required=True))
_FETCH: Operation[Safelist] = Operation(
    "safelist.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
).with_params(P("phone_number", "PhoneNumber", QUERY, "string"))
_DELETE: Operation[None] = Operation(
    "safelist.delete", "DELETE", _LIST_PATH, body="none"
).with_params(P("phone_number", "PhoneNumber", QUERY, "string"))


class SafelistCreateArgs(Args):
    phone_number: str


class SafelistFetchArgs(Args):
    phone_number: str | NotGiven = NOT_GIVEN


class SafelistDeleteArgs(Args):
    phone_number: str | NotGiven = NOT_GIVEN


class SafelistList(ListResource):
    """Safelist collection: ``/v1/SafeList/Numbers``."""

    __slots__ = ()
    create = _CREATE.call_method(
        SafelistCreateArgs,
        """Create a Safelist: ``POST /v1/SafeList/Numbers``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Safelist

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Create a Safelist: ``POST /v1/SafeList/Numbers``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Safelist

    Twilio docs: https://www.twilio.com/docs/iam
    """
    fetch = _FETCH.call_method(
        SafelistFetchArgs,
        """Fetch the Safelist: ``GET /v1/SafeList/Numbers``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Safelist

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Fetch the Safelist: ``GET /v1/SafeList/Numbers``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Safelist

    Twilio docs: https://www.twilio.com/docs/iam
    """
    delete = _DELETE.delete_method(
        SafelistDeleteArgs,
        """Delete the Safelist: ``DELETE /v1/SafeList/Numbers``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Delete the Safelist: ``DELETE /v1/SafeList/Numbers``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iam
    """
