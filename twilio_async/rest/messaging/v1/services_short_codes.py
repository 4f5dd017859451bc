# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""ShortCode resources (``services.short_codes``)."""

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
    from .types.services_short_codes import ShortCode

_TYPES = Models(__package__, ".types.services_short_codes")
_MODEL = _TYPES("ShortCode")
_LIST_PATH = "/v1/Services/{0}/ShortCodes"
_INSTANCE_PATH = "/v1/Services/{0}/ShortCodes/{1}"
_CREATE: Operation[ShortCode] = Operation(
    "short_codes.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("short_code_sid", "ShortCodeSid", FORM, "string", required=True))
_LIST: Operation[ShortCode] = Operation(
    "short_codes.list", "GET", _LIST_PATH, body="none", list_key="short_codes", model=_MODEL
)
_FETCH: Operation[ShortCode] = Operation(
    "short_codes.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("short_codes.delete", "DELETE", _INSTANCE_PATH, body="none")


class ShortCodeCreateArgs(Args):
    short_code_sid: str


class ShortCodeContext(InstanceContext):
    """One ShortCode: ``/v1/Services/{ServiceSid}/ShortCodes/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ShortCode: ``GET /v1/Services/{ServiceSid}/ShortCodes/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ShortCode

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Fetch this ShortCode: ``GET /v1/Services/{ServiceSid}/ShortCodes/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ShortCode

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ShortCode: ``DELETE /v1/Services/{ServiceSid}/ShortCodes/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Delete this ShortCode: ``DELETE /v1/Services/{ServiceSid}/ShortCodes/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """


class ShortCodeList(KeyedList[ShortCodeContext]):
    """ShortCode collection: ``/v1/Services/{ServiceSid}/ShortCodes``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ShortCodeCreateArgs,
        """Create a ShortCode: ``POST /v1/Services/{ServiceSid}/ShortCodes``.

    Parameters are sent in the form body unless noted.

    Args:
        short_code_sid (str): ``ShortCodeSid``; string; matching ``^SC[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ShortCode

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Create a ShortCode: ``POST /v1/Services/{ServiceSid}/ShortCodes``.

    Parameters are sent in the form body unless noted.

    Args:
        short_code_sid (str): ``ShortCodeSid``; string; matching ``^SC[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ShortCode

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    list = _LIST.list_method(
        ListArgs,
        """List ShortCode resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/ShortCodes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ShortCode]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """List ShortCode resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/ShortCodes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ShortCode]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ShortCode resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/ShortCodes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ShortCode.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Stream ShortCode resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/ShortCodes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ShortCode.

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ShortCode resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/ShortCodes``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ShortCode]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """One page of ShortCode resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/ShortCodes``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ShortCode]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
