# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
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
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_phone_numbers import PhoneNumber

_TYPES = Models(__package__, ".types.services_phone_numbers")
_MODEL = _TYPES("PhoneNumber")
_LIST_PATH = "/v1/Services/{0}/PhoneNumbers"
_INSTANCE_PATH = "/v1/Services/{0}/PhoneNumbers/{1}"
_CREATE: Operation[PhoneNumber] = Operation(
    "phone_numbers.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("sid", "Sid", FORM, "string"),
    P("phone_number", "PhoneNumber", FORM, "string"),
    P("is_reserved", "IsReserved", FORM, "boolean"),
)
_LIST: Operation[PhoneNumber] = Operation(
    "phone_numbers.list", "GET", _LIST_PATH, body="none", list_key="phone_numbers", model=_MODEL
)
_FETCH: Operation[PhoneNumber] = Operation(
    "phone_numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[PhoneNumber] = Operation(
    "phone_numbers.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("is_reserved", "IsReserved", FORM, "boolean"))
_DELETE: Operation[None] = Operation("phone_numbers.delete", "DELETE", _INSTANCE_PATH, body="none")


class PhoneNumberCreateArgs(Args):
    sid: str | NotGiven = NOT_GIVEN
    phone_number: str | NotGiven = NOT_GIVEN
    is_reserved: bool | NotGiven = NOT_GIVEN


class PhoneNumberUpdateArgs(Args):
    is_reserved: bool | NotGiven = NOT_GIVEN


class PhoneNumberContext(InstanceContext):
    """One PhoneNumber: ``/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this PhoneNumber: ``GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Fetch this PhoneNumber: ``GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    update = _UPDATE.call_method(
        PhoneNumberUpdateArgs,
        """Update this PhoneNumber: ``POST /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        is_reserved (bool): ``IsReserved``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Update this PhoneNumber: ``POST /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        is_reserved (bool): ``IsReserved``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this PhoneNumber: ``DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Delete this PhoneNumber: ``DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/proxy
    """


class PhoneNumberList(KeyedList[PhoneNumberContext]):
    """PhoneNumber collection: ``/v1/Services/{ServiceSid}/PhoneNumbers``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^PN[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        PhoneNumberCreateArgs,
        """Create a PhoneNumber: ``POST /v1/Services/{ServiceSid}/PhoneNumbers``.

    Parameters are sent in the form body unless noted.

    Args:
        sid (str): ``Sid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        is_reserved (bool): ``IsReserved``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Create a PhoneNumber: ``POST /v1/Services/{ServiceSid}/PhoneNumbers``.

    Parameters are sent in the form body unless noted.

    Args:
        sid (str): ``Sid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        is_reserved (bool): ``IsReserved``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/proxy
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

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """List PhoneNumber resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PhoneNumber]

    Twilio docs: https://www.twilio.com/docs/proxy
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

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Stream PhoneNumber resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PhoneNumber.

    Twilio docs: https://www.twilio.com/docs/proxy
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

    Twilio docs: https://www.twilio.com/docs/proxy
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

    Twilio docs: https://www.twilio.com/docs/proxy
    """
