# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""OriginationUrl resources (``trunks.origination_urls``)."""

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
    from .types.trunks_origination_urls import OriginationUrl

_TYPES = Models(__package__, ".types.trunks_origination_urls")
_MODEL = _TYPES("OriginationUrl")
_LIST_PATH = "/v1/Trunks/{0}/OriginationUrls"
_INSTANCE_PATH = "/v1/Trunks/{0}/OriginationUrls/{1}"
_CREATE: Operation[OriginationUrl] = Operation(
    "origination_urls.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("weight", "Weight", FORM, "integer", required=True),
    P("priority", "Priority", FORM, "integer", required=True),
    P("enabled", "Enabled", FORM, "boolean", required=True),
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("sip_url", "SipUrl", FORM, "string", required=True),
)
_LIST: Operation[OriginationUrl] = Operation(
    "origination_urls.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="origination_urls",
    model=_MODEL,
)
_FETCH: Operation[OriginationUrl] = Operation(
    "origination_urls.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[OriginationUrl] = Operation(
    "origination_urls.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("weight", "Weight", FORM, "integer"),
    P("priority", "Priority", FORM, "integer"),
    P("enabled", "Enabled", FORM, "boolean"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("sip_url", "SipUrl", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "origination_urls.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class OriginationUrlCreateArgs(Args):
    weight: int
    priority: int
    enabled: bool
    friendly_name: str
    sip_url: str


class OriginationUrlUpdateArgs(Args):
    weight: int | NotGiven = NOT_GIVEN
    priority: int | NotGiven = NOT_GIVEN
    enabled: bool | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    sip_url: str | NotGiven = NOT_GIVEN


class OriginationUrlContext(InstanceContext):
    """One OriginationUrl: ``/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this OriginationUrl: ``GET /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^OU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OriginationUrl

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Fetch this OriginationUrl: ``GET /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^OU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OriginationUrl

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    update = _UPDATE.call_method(
        OriginationUrlUpdateArgs,
        """Update this OriginationUrl: ``POST /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^OU[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        weight (int): ``Weight``; integer; optional.
        priority (int): ``Priority``; integer; optional.
        enabled (bool): ``Enabled``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        sip_url (str): ``SipUrl``; uri; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OriginationUrl

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Update this OriginationUrl: ``POST /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^OU[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        weight (int): ``Weight``; integer; optional.
        priority (int): ``Priority``; integer; optional.
        enabled (bool): ``Enabled``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        sip_url (str): ``SipUrl``; uri; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OriginationUrl

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this OriginationUrl: ``DELETE /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^OU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Delete this OriginationUrl: ``DELETE /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^OU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """


class OriginationUrlList(KeyedList[OriginationUrlContext]):
    """OriginationUrl collection: ``/v1/Trunks/{TrunkSid}/OriginationUrls``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^OU[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        OriginationUrlCreateArgs,
        """Create a OriginationUrl: ``POST /v1/Trunks/{TrunkSid}/OriginationUrls``.

    Parameters are sent in the form body unless noted.

    Args:
        weight (int): ``Weight``; integer; required.
        priority (int): ``Priority``; integer; required.
        enabled (bool): ``Enabled``; boolean; required.
        friendly_name (str): ``FriendlyName``; string; required.
        sip_url (str): ``SipUrl``; uri; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OriginationUrl

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Create a OriginationUrl: ``POST /v1/Trunks/{TrunkSid}/OriginationUrls``.

    Parameters are sent in the form body unless noted.

    Args:
        weight (int): ``Weight``; integer; required.
        priority (int): ``Priority``; integer; required.
        enabled (bool): ``Enabled``; boolean; required.
        friendly_name (str): ``FriendlyName``; string; required.
        sip_url (str): ``SipUrl``; uri; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OriginationUrl

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    list = _LIST.list_method(
        ListArgs,
        """List OriginationUrl resources, every page up to ``limit`` items: ``GET /v1/Trunks/{TrunkSid}/OriginationUrls``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[OriginationUrl]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """List OriginationUrl resources, every page up to ``limit`` items: ``GET /v1/Trunks/{TrunkSid}/OriginationUrls``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[OriginationUrl]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream OriginationUrl resources, one page in memory at a time: ``GET /v1/Trunks/{TrunkSid}/OriginationUrls``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of OriginationUrl.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Stream OriginationUrl resources, one page in memory at a time: ``GET /v1/Trunks/{TrunkSid}/OriginationUrls``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of OriginationUrl.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of OriginationUrl resources (``next_page()`` moves on): ``GET /v1/Trunks/{TrunkSid}/OriginationUrls``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[OriginationUrl]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """One page of OriginationUrl resources (``next_page()`` moves on): ``GET /v1/Trunks/{TrunkSid}/OriginationUrls``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[OriginationUrl]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
