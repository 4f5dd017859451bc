# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Safelist resources (``safelist``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P

if TYPE_CHECKING:
    from .types.safelist import Safelist

_TYPES = Models(__package__, ".types.safelist")
_MODEL = _TYPES("Safelist")
_LIST_PATH = "/v2/SafeList/Numbers"
_INSTANCE_PATH = "/v2/SafeList/Numbers/{0}"
_CREATE: Operation[Safelist] = Operation(
    "safelist.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("phone_number", "PhoneNumber", FORM, "string", required=True))
_FETCH: Operation[Safelist] = Operation(
    "safelist.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("safelist.delete", "DELETE", _INSTANCE_PATH, body="none")


class SafelistCreateArgs(Args):
    phone_number: str


class SafelistContext(InstanceContext):
    """One Safelist: ``/v2/SafeList/Numbers/{PhoneNumber}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Safelist: ``GET /v2/SafeList/Numbers/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Safelist

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this Safelist: ``GET /v2/SafeList/Numbers/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Safelist

    Twilio docs: https://www.twilio.com/docs/verify
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Safelist: ``DELETE /v2/SafeList/Numbers/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Delete this Safelist: ``DELETE /v2/SafeList/Numbers/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """


class SafelistList(KeyedList[SafelistContext]):
    """Safelist collection: ``/v2/SafeList/Numbers``."""

    __slots__ = ()
    _key = ("PhoneNumber", "phone_number", None)
    create = _CREATE.call_method(
        SafelistCreateArgs,
        """Create a Safelist: ``POST /v2/SafeList/Numbers``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Safelist

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Safelist: ``POST /v2/SafeList/Numbers``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Safelist

    Twilio docs: https://www.twilio.com/docs/verify
    """
