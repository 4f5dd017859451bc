# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""Member resources (``services.channels.members``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
    QUERY,
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
    from .enums import MemberWebhookEnabledType
    from .types.services_channels_members import Member

_TYPES = Models(__package__, ".types.services_channels_members")
_MODEL = _TYPES("Member")
_LIST_PATH = "/v2/Services/{0}/Channels/{1}/Members"
_INSTANCE_PATH = "/v2/Services/{0}/Channels/{1}/Members/{2}"
_CREATE: Operation[Member] = Operation(
    "members.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("identity", "Identity", FORM, "string", required=True),
    P("role_sid", "RoleSid", FORM, "string"),
    P("last_consumed_message_index", "LastConsumedMessageIndex", FORM, "integer"),
    P("last_consumption_timestamp", "LastConsumptionTimestamp", FORM, "datetime"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("attributes", "Attributes", FORM, "string"),
)
_LIST: Operation[Member] = Operation(
    "members.list", "GET", _LIST_PATH, body="none", list_key="members", model=_MODEL
).with_params(P("identity", "Identity", QUERY, "string", many=True))
_FETCH: Operation[Member] = Operation(
    "members.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Member] = Operation(
    "members.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("role_sid", "RoleSid", FORM, "string"),
    P("last_consumed_message_index", "LastConsumedMessageIndex", FORM, "integer"),
    P("last_consumption_timestamp", "LastConsumptionTimestamp", FORM, "datetime"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("attributes", "Attributes", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "members.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"))


class MemberCreateArgs(Args):
    x_twilio_webhook_enabled: MemberWebhookEnabledType | str | NotGiven = NOT_GIVEN
    identity: str
    role_sid: str | NotGiven = NOT_GIVEN
    last_consumed_message_index: int | NotGiven = NOT_GIVEN
    last_consumption_timestamp: datetime | date | str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN


class MemberFilters(Args):
    identity: Sequence[str] | NotGiven = NOT_GIVEN


class MemberListArgs(MemberFilters, ListArgs): ...


class MemberPageArgs(MemberFilters, PageArgs): ...


class MemberUpdateArgs(Args):
    x_twilio_webhook_enabled: MemberWebhookEnabledType | str | NotGiven = NOT_GIVEN
    role_sid: str | NotGiven = NOT_GIVEN
    last_consumed_message_index: int | NotGiven = NOT_GIVEN
    last_consumption_timestamp: datetime | date | str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN


class MemberDeleteArgs(Args):
    x_twilio_webhook_enabled: MemberWebhookEnabledType | str | NotGiven = NOT_GIVEN


class MemberContext(InstanceContext):
    """One Member: ``/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Member: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Member: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        MemberUpdateArgs,
        """Update this Member: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (MemberWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:member_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        last_consumed_message_index (int): ``LastConsumedMessageIndex``; integer; optional.
        last_consumption_timestamp (datetime | date | str): ``LastConsumptionTimestamp``; datetime; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this Member: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (MemberWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:member_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        last_consumed_message_index (int): ``LastConsumedMessageIndex``; integer; optional.
        last_consumption_timestamp (datetime | date | str): ``LastConsumptionTimestamp``; datetime; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        MemberDeleteArgs,
        """Delete this Member: ``DELETE /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (MemberWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:member_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Member: ``DELETE /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (MemberWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:member_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class MemberList(KeyedList[MemberContext]):
    """Member collection: ``/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        MemberCreateArgs,
        """Create a Member: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (MemberWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:member_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        identity (str): ``Identity``; string; required.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        last_consumed_message_index (int): ``LastConsumedMessageIndex``; integer; optional.
        last_consumption_timestamp (datetime | date | str): ``LastConsumptionTimestamp``; datetime; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a Member: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (MemberWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:member_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        identity (str): ``Identity``; string; required.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        last_consumed_message_index (int): ``LastConsumedMessageIndex``; integer; optional.
        last_consumption_timestamp (datetime | date | str): ``LastConsumptionTimestamp``; datetime; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        MemberListArgs,
        """List Member resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Member]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List Member resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Member]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        MemberListArgs,
        """Stream Member resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Member.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream Member resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Member.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        MemberPageArgs,
        """One page of Member resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Member]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of Member resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Member]

    Twilio docs: https://www.twilio.com/docs/chat
    """
