# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""SourceIpMapping resources (``source_ip_mappings``)."""

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
    from .types.source_ip_mappings import SourceIpMapping

_TYPES = Models(__package__, ".types.source_ip_mappings")
_MODEL = _TYPES("SourceIpMapping")
_LIST_PATH = "/v1/SourceIpMappings"
_INSTANCE_PATH = "/v1/SourceIpMappings/{0}"
_CREATE: Operation[SourceIpMapping] = Operation(
    "source_ip_mappings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("ip_record_sid", "IpRecordSid", FORM, "string", required=True),
    P("sip_domain_sid", "SipDomainSid", FORM, "string", required=True),
)
_LIST: Operation[SourceIpMapping] = Operation(
    "source_ip_mappings.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="source_ip_mappings",
    model=_MODEL,
)
_FETCH: Operation[SourceIpMapping] = Operation(
    "source_ip_mappings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SourceIpMapping] = Operation(
    "source_ip_mappings.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("sip_domain_sid", "SipDomainSid", FORM, "string", required=True))
_DELETE: Operation[None] = Operation(
    "source_ip_mappings.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SourceIpMappingCreateArgs(Args):
    ip_record_sid: str
    sip_domain_sid: str


class SourceIpMappingUpdateArgs(Args):
    sip_domain_sid: str


class SourceIpMappingContext(InstanceContext):
    """One SourceIpMapping: ``/v1/SourceIpMappings/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SourceIpMapping: ``GET /v1/SourceIpMappings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SourceIpMapping

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Fetch this SourceIpMapping: ``GET /v1/SourceIpMappings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SourceIpMapping

    Twilio docs: https://www.twilio.com/docs/voice
    """
    update = _UPDATE.call_method(
        SourceIpMappingUpdateArgs,
        """Update this SourceIpMapping: ``POST /v1/SourceIpMappings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IB[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        sip_domain_sid (str): ``SipDomainSid``; string; matching ``^SD[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SourceIpMapping

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Update this SourceIpMapping: ``POST /v1/SourceIpMappings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IB[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        sip_domain_sid (str): ``SipDomainSid``; string; matching ``^SD[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SourceIpMapping

    Twilio docs: https://www.twilio.com/docs/voice
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SourceIpMapping: ``DELETE /v1/SourceIpMappings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Delete this SourceIpMapping: ``DELETE /v1/SourceIpMappings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/voice
    """


class SourceIpMappingList(KeyedList[SourceIpMappingContext]):
    """SourceIpMapping collection: ``/v1/SourceIpMappings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IB[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SourceIpMappingCreateArgs,
        """Create a SourceIpMapping: ``POST /v1/SourceIpMappings``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_record_sid (str): ``IpRecordSid``; string; matching ``^IL[0-9a-fA-F]{32}$``; required.
        sip_domain_sid (str): ``SipDomainSid``; string; matching ``^SD[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SourceIpMapping

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Create a SourceIpMapping: ``POST /v1/SourceIpMappings``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_record_sid (str): ``IpRecordSid``; string; matching ``^IL[0-9a-fA-F]{32}$``; required.
        sip_domain_sid (str): ``SipDomainSid``; string; matching ``^SD[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SourceIpMapping

    Twilio docs: https://www.twilio.com/docs/voice
    """
    list = _LIST.list_method(
        ListArgs,
        """List SourceIpMapping resources, every page up to ``limit`` items: ``GET /v1/SourceIpMappings``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SourceIpMapping]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """List SourceIpMapping resources, every page up to ``limit`` items: ``GET /v1/SourceIpMappings``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SourceIpMapping]

    Twilio docs: https://www.twilio.com/docs/voice
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SourceIpMapping resources, one page in memory at a time: ``GET /v1/SourceIpMappings``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SourceIpMapping.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Stream SourceIpMapping resources, one page in memory at a time: ``GET /v1/SourceIpMappings``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SourceIpMapping.

    Twilio docs: https://www.twilio.com/docs/voice
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SourceIpMapping resources (``next_page()`` moves on): ``GET /v1/SourceIpMappings``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SourceIpMapping]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """One page of SourceIpMapping resources (``next_page()`` moves on): ``GET /v1/SourceIpMappings``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SourceIpMapping]

    Twilio docs: https://www.twilio.com/docs/voice
    """
