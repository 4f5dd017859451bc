# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Message resources (``accounts.messages``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    Child,
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
    from .accounts_messages_feedback import MessageFeedbackList
    from .accounts_messages_media import MediaList
    from .enums import (
        MessageAddressRetention,
        MessageContentRetention,
        MessageRiskCheck,
        MessageScheduleType,
        MessageTrafficType,
        MessageUpdateStatus,
    )
    from .types.accounts_messages import Message

_TYPES = Models(__package__, ".types.accounts_messages")
_MODEL = _TYPES("Message")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Messages.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Messages/{1}.json"
_CREATE: Operation[Message] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("to", "To", FORM, "string", required=True),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("application_sid", "ApplicationSid", FORM, "string"),
    P("max_price", "MaxPrice", FORM, "number"),
    P("provide_feedback", "ProvideFeedback", FORM, "boolean"),
    P("attempt", "Attempt", FORM, "integer"),
    P("validity_period", "ValidityPeriod", FORM, "integer"),
    P("force_delivery", "ForceDelivery", FORM, "boolean"),
    P("content_retention", "ContentRetention", FORM, "string"),
    P("address_retention", "AddressRetention", FORM, "string"),
    P("smart_encoded", "SmartEncoded", FORM, "boolean"),
    P("persistent_action", "PersistentAction", FORM, "string", many=True),
    P("traffic_type", "TrafficType", FORM, "string"),
    P("shorten_urls", "ShortenUrls", FORM, "boolean"),
    P("schedule_type", "ScheduleType", FORM, "string"),
    P("send_at", "SendAt", FORM, "datetime"),
    P("send_as_mms", "SendAsMms", FORM, "boolean"),
    P("content_variables", "ContentVariables", FORM, "string"),
    P("risk_check", "RiskCheck", FORM, "string"),
    P("from_", "From", FORM, "string"),
    P("fallback_from", "FallbackFrom", FORM, "string"),
    P("messaging_service_sid", "MessagingServiceSid", FORM, "string"),
    P("body", "Body", FORM, "string"),
    P("media_url", "MediaUrl", FORM, "string", many=True),
    P("content_sid", "ContentSid", FORM, "string"),
)
_LIST: Operation[Message] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
).with_params(
    P("to", "To", QUERY, "string"),
    P("from_", "From", QUERY, "string"),
    P("date_sent", "DateSent", QUERY, "datetime"),
    P("date_sent_before", "DateSent<", QUERY, "datetime"),
    P("date_sent_after", "DateSent>", QUERY, "datetime"),
)
_FETCH: Operation[Message] = Operation(
    "messages.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Message] = Operation(
    "messages.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("body", "Body", FORM, "string"), P("status", "Status", FORM, "string"))
_DELETE: Operation[None] = Operation("messages.delete", "DELETE", _INSTANCE_PATH, body="none")


class MessageCreateArgs(Args):
    to: str
    status_callback: str | NotGiven = NOT_GIVEN
    application_sid: str | NotGiven = NOT_GIVEN
    max_price: float | Decimal | NotGiven = NOT_GIVEN
    provide_feedback: bool | NotGiven = NOT_GIVEN
    attempt: int | NotGiven = NOT_GIVEN
    validity_period: int | NotGiven = NOT_GIVEN
    force_delivery: bool | NotGiven = NOT_GIVEN
    content_retention: MessageContentRetention | str | NotGiven = NOT_GIVEN
    address_retention: MessageAddressRetention | str | NotGiven = NOT_GIVEN
    smart_encoded: bool | NotGiven = NOT_GIVEN
    persistent_action: Sequence[str] | NotGiven = NOT_GIVEN
    traffic_type: MessageTrafficType | str | NotGiven = NOT_GIVEN
    shorten_urls: bool | NotGiven = NOT_GIVEN
    schedule_type: MessageScheduleType | str | NotGiven = NOT_GIVEN
    send_at: datetime | date | str | NotGiven = NOT_GIVEN
    send_as_mms: bool | NotGiven = NOT_GIVEN
    content_variables: str | NotGiven = NOT_GIVEN
    risk_check: MessageRiskCheck | str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    fallback_from: str | NotGiven = NOT_GIVEN
    messaging_service_sid: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    media_url: Sequence[str] | NotGiven = NOT_GIVEN
    content_sid: str | NotGiven = NOT_GIVEN


class MessageFilters(Args):
    to: str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    date_sent: datetime | date | str | NotGiven = NOT_GIVEN
    date_sent_before: datetime | date | str | NotGiven = NOT_GIVEN
    date_sent_after: datetime | date | str | NotGiven = NOT_GIVEN


class MessageListArgs(MessageFilters, ListArgs): ...


class MessagePageArgs(MessageFilters, PageArgs): ...


class MessageUpdateArgs(Args):
    body: str | NotGiven = NOT_GIVEN
    status: MessageUpdateStatus | str | NotGiven = NOT_GIVEN


class MessageContext(InstanceContext):
    """One Message: ``/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Message: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """,
    )
    """Fetch this Message: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """
    update = _UPDATE.call_method(
        MessageUpdateArgs,
        """Update this Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; optional.
        status (MessageUpdateStatus | str): ``Status``; enum:message_update_status; one of ``canceled``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """,
    )
    """Update this Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; optional.
        status (MessageUpdateStatus | str): ``Status``; enum:message_update_status; one of ``canceled``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Message: ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """,
    )
    """Delete this Message: ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """
    feedback: Child[MessageFeedbackList] = Child(
        ".accounts_messages_feedback", "MessageFeedbackList"
    )
    media: Child[MediaList] = Child(".accounts_messages_media", "MediaList")


class MessageList(KeyedList[MessageContext]):
    """Message collection: ``/2010-04-01/Accounts/{AccountSid}/Messages.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^(SM|MM)[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        MessageCreateArgs,
        """Create a Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; phone-number; required.
        status_callback (str): ``StatusCallback``; uri; optional.
        application_sid (str): ``ApplicationSid``; string; matching ``^AP[0-9a-fA-F]{32}$``; optional.
        max_price (float | Decimal): ``MaxPrice``; number; optional.
        provide_feedback (bool): ``ProvideFeedback``; boolean; optional.
        attempt (int): ``Attempt``; integer; optional.
        validity_period (int): ``ValidityPeriod``; integer; optional.
        force_delivery (bool): ``ForceDelivery``; boolean; optional.
        content_retention (MessageContentRetention | str): ``ContentRetention``; enum:message_content_retention; one of ``retain``, ``discard``; optional.
        address_retention (MessageAddressRetention | str): ``AddressRetention``; enum:message_address_retention; one of ``retain``, ``obfuscate``; optional.
        smart_encoded (bool): ``SmartEncoded``; boolean; optional.
        persistent_action (Sequence[str]): ``PersistentAction``; list<string>; optional.
        traffic_type (MessageTrafficType | str): ``TrafficType``; enum:message_traffic_type; one of ``free``; optional.
        shorten_urls (bool): ``ShortenUrls``; boolean; optional.
        schedule_type (MessageScheduleType | str): ``ScheduleType``; enum:message_schedule_type; one of ``fixed``; optional.
        send_at (datetime | date | str): ``SendAt``; datetime; optional.
        send_as_mms (bool): ``SendAsMms``; boolean; optional.
        content_variables (str): ``ContentVariables``; string; optional.
        risk_check (MessageRiskCheck | str): ``RiskCheck``; enum:message_risk_check; one of ``enable``, ``disable``; optional.
        from_ (str): ``From``; phone-number; optional.
        fallback_from (str): ``FallbackFrom``; phone-number; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        body (str): ``Body``; string; optional.
        media_url (Sequence[str]): ``MediaUrl``; list<uri>; optional.
        content_sid (str): ``ContentSid``; string; matching ``^HX[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """,
    )
    """Create a Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; phone-number; required.
        status_callback (str): ``StatusCallback``; uri; optional.
        application_sid (str): ``ApplicationSid``; string; matching ``^AP[0-9a-fA-F]{32}$``; optional.
        max_price (float | Decimal): ``MaxPrice``; number; optional.
        provide_feedback (bool): ``ProvideFeedback``; boolean; optional.
        attempt (int): ``Attempt``; integer; optional.
        validity_period (int): ``ValidityPeriod``; integer; optional.
        force_delivery (bool): ``ForceDelivery``; boolean; optional.
        content_retention (MessageContentRetention | str): ``ContentRetention``; enum:message_content_retention; one of ``retain``, ``discard``; optional.
        address_retention (MessageAddressRetention | str): ``AddressRetention``; enum:message_address_retention; one of ``retain``, ``obfuscate``; optional.
        smart_encoded (bool): ``SmartEncoded``; boolean; optional.
        persistent_action (Sequence[str]): ``PersistentAction``; list<string>; optional.
        traffic_type (MessageTrafficType | str): ``TrafficType``; enum:message_traffic_type; one of ``free``; optional.
        shorten_urls (bool): ``ShortenUrls``; boolean; optional.
        schedule_type (MessageScheduleType | str): ``ScheduleType``; enum:message_schedule_type; one of ``fixed``; optional.
        send_at (datetime | date | str): ``SendAt``; datetime; optional.
        send_as_mms (bool): ``SendAsMms``; boolean; optional.
        content_variables (str): ``ContentVariables``; string; optional.
        risk_check (MessageRiskCheck | str): ``RiskCheck``; enum:message_risk_check; one of ``enable``, ``disable``; optional.
        from_ (str): ``From``; phone-number; optional.
        fallback_from (str): ``FallbackFrom``; phone-number; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        body (str): ``Body``; string; optional.
        media_url (Sequence[str]): ``MediaUrl``; list<uri>; optional.
        content_sid (str): ``ContentSid``; string; matching ``^HX[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """
    list = _LIST.list_method(
        MessageListArgs,
        """List Message resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (datetime | date | str): ``DateSent``; datetime; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Message]

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """,
    )
    """List Message resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (datetime | date | str): ``DateSent``; datetime; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Message]

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """
    stream = _LIST.stream_method(
        MessageListArgs,
        """Stream Message resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (datetime | date | str): ``DateSent``; datetime; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Message.

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """,
    )
    """Stream Message resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (datetime | date | str): ``DateSent``; datetime; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Message.

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """
    page = _LIST.page_method(
        MessagePageArgs,
        """One page of Message resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (datetime | date | str): ``DateSent``; datetime; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Message]

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """,
    )
    """One page of Message resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (datetime | date | str): ``DateSent``; datetime; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Message]

    Twilio docs: https://www.twilio.com/docs/sms/api/message-resource
    """
