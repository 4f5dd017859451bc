# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""PhoneNumber resources (``services.phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.services_phone_numbers import PhoneNumber

_TYPES = Models(__package__, ".types.services_phone_numbers")
_MODEL = _TYPES("PhoneNumber")
_LIST_PATH = "/v1/Services/{0}/PhoneNumbers"
_INSTANCE_PATH = "/v1/Services/{0}/PhoneNumbers/{1}"
_CREATE: Operation[PhoneNumber] = Operation(
    "phone_numbers.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("phone_number_sid", "PhoneNumberSid", FORM, "string", required=True))
_LIST: Operation[PhoneNumber] = Operation(
    "phone_numbers.list", "GET", _LIST_PATH, body="none", list_key="phone_numbers", model=_MODEL
)
_FETCH: Operation[PhoneNumber] = Operation(
    "phone_numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("phone_numbers.delete", "DELETE", _INSTANCE_PATH, body="none")


class PhoneNumberCreateArgs(Args):
    phone_number_sid: str


class PhoneNumberContext(InstanceContext):
    """One PhoneNumber: ``/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this PhoneNumber: ``GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Fetch this PhoneNumber: ``GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this PhoneNumber: ``DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Delete this PhoneNumber: ``DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """


class PhoneNumberList(KeyedList[PhoneNumberContext]):
    """PhoneNumber collection: ``/v1/Services/{ServiceSid}/PhoneNumbers``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        PhoneNumberCreateArgs,
        """Create a PhoneNumber: ``POST /v1/Services/{ServiceSid}/PhoneNumbers``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number_sid (str): ``PhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Create a PhoneNumber: ``POST /v1/Services/{ServiceSid}/PhoneNumbers``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number_sid (str): ``PhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    list = _LIST.list_method(
        ListArgs,
        """List PhoneNumber resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PhoneNumber]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """List PhoneNumber resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PhoneNumber]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream PhoneNumber resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PhoneNumber.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Stream PhoneNumber resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PhoneNumber.

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of PhoneNumber resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PhoneNumber]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """One page of PhoneNumber resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PhoneNumber]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
