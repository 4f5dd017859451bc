# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Message resources (``accounts.messages``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
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
    from .accounts_messages_media import MediaList
    from .enums import MessageStatus
    from .types.accounts_messages import Message

_TYPES = Models(__package__, ".types.accounts_messages")
_MODEL = _TYPES("Message")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Messages.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Messages/{1}.json"
_CREATE: Operation[Message] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("to", "To", FORM, "string", required=True),
    P("from_", "From", FORM, "string"),
    P("body", "Body", FORM, "string"),
    P("media_url", "MediaUrl", FORM, "string", many=True),
    P("send_at", "SendAt", FORM, "datetime"),
    P("validity_period", "ValidityPeriod", FORM, "integer"),
    P("smart_encoded", "SmartEncoded", FORM, "boolean"),
)
_LIST: Operation[Message] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
).with_params(
    P("to", "To", QUERY, "string"),
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
    from_: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    media_url: Sequence[str] | NotGiven = NOT_GIVEN
    send_at: datetime | date | str | NotGiven = NOT_GIVEN
    validity_period: int | NotGiven = NOT_GIVEN
    smart_encoded: bool | NotGiven = NOT_GIVEN


class MessageFilters(Args):
    to: str | NotGiven = NOT_GIVEN
    date_sent_before: datetime | date | str | NotGiven = NOT_GIVEN
    date_sent_after: datetime | date | str | NotGiven = NOT_GIVEN


class MessageListArgs(MessageFilters, ListArgs): ...


class MessagePageArgs(MessageFilters, PageArgs): ...


class MessageUpdateArgs(Args):
    body: str | NotGiven = NOT_GIVEN
    status: MessageStatus | str | NotGiven = NOT_GIVEN


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

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """,
    )
    """Fetch this Message: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """
    update = _UPDATE.call_method(
        MessageUpdateArgs,
        """Update this Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; optional.
        status (MessageStatus | str): ``Status``; enum:message_status; one of ``queued``, ``sending``, ``sent``, ``delivered``, ``failed``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """,
    )
    """Update this Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; optional.
        status (MessageStatus | str): ``Status``; enum:message_status; one of ``queued``, ``sending``, ``sent``, ``delivered``, ``failed``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Message: ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """,
    )
    """Delete this Message: ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^(SM|MM)[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """
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
        from_ (str): ``From``; phone-number; optional.
        body (str): ``Body``; string; optional.
        media_url (Sequence[str]): ``MediaUrl``; list<uri>; optional.
        send_at (datetime | date | str): ``SendAt``; datetime; optional.
        validity_period (int): ``ValidityPeriod``; integer; optional.
        smart_encoded (bool): ``SmartEncoded``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """,
    )
    """Create a Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; phone-number; required.
        from_ (str): ``From``; phone-number; optional.
        body (str): ``Body``; string; optional.
        media_url (Sequence[str]): ``MediaUrl``; list<uri>; optional.
        send_at (datetime | date | str): ``SendAt``; datetime; optional.
        validity_period (int): ``ValidityPeriod``; integer; optional.
        smart_encoded (bool): ``SmartEncoded``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """
    list = _LIST.list_method(
        MessageListArgs,
        """List Message resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Message]

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """,
    )
    """List Message resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Message]

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """
    stream = _LIST.stream_method(
        MessageListArgs,
        """Stream Message resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Message.

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """,
    )
    """Stream Message resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Message.

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """
    page = _LIST.page_method(
        MessagePageArgs,
        """One page of Message resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Message]

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """,
    )
    """One page of Message resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        date_sent_before (datetime | date | str): ``DateSent<``; datetime; optional.
        date_sent_after (datetime | date | str): ``DateSent>``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Message]

    Twilio docs: https://www.twilio.com/docs/messaging/api/message-resource
    """
