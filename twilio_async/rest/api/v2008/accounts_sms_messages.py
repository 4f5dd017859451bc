# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""SmsMessage resources (``accounts.sms.messages``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.accounts_sms_messages import SmsMessage

_TYPES = Models(__package__, ".types.accounts_sms_messages")
_MODEL = _TYPES("SmsMessage")
_LIST_PATH = "/2008-08-01/Accounts/{0}/SMS/Messages"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/SMS/Messages/{1}"
_CREATE: Operation[SmsMessage] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("from_", "From", FORM, "string", required=True),
    P("to", "To", FORM, "string", required=True),
    P("body", "Body", FORM, "string", required=True),
    P("status_callback", "StatusCallback", FORM, "string"),
)
_LIST: Operation[SmsMessage] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="SMSMessages", model=_MODEL
).with_params(
    P("to", "To", QUERY, "string"),
    P("from_", "From", QUERY, "string"),
    P("date_sent", "DateSent", QUERY, "date"),
    P("date_sent_before", "DateSent<", QUERY, "date"),
    P("date_sent_after", "DateSent>", QUERY, "date"),
)
_FETCH: Operation[SmsMessage] = Operation(
    "messages.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class SmsMessageCreateArgs(Args):
    from_: str
    to: str
    body: str
    status_callback: str | NotGiven = NOT_GIVEN


class SmsMessageFilters(Args):
    to: str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    date_sent: date | str | NotGiven = NOT_GIVEN
    date_sent_before: date | str | NotGiven = NOT_GIVEN
    date_sent_after: date | str | NotGiven = NOT_GIVEN


class SmsMessageListArgs(SmsMessageFilters, ListArgs): ...


class SmsMessagePageArgs(SmsMessageFilters, PageArgs): ...


class SmsMessageContext(InstanceContext):
    """One SmsMessage: ``/2008-08-01/Accounts/{AccountSid}/SMS/Messages/{SMSMessageSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SmsMessage: ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages/{SMSMessageSid}``.

    The instance is addressed by ``{SMSMessageSid}``, matching ``^SM[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SmsMessage

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this SmsMessage: ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages/{SMSMessageSid}``.

    The instance is addressed by ``{SMSMessageSid}``, matching ``^SM[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SmsMessage

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class SmsMessageList(KeyedList[SmsMessageContext]):
    """SmsMessage collection: ``/2008-08-01/Accounts/{AccountSid}/SMS/Messages``."""

    __slots__ = ()
    _key = ("SMSMessageSid", "sms_message_sid", "^SM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SmsMessageCreateArgs,
        """Create a SmsMessage: ``POST /2008-08-01/Accounts/{AccountSid}/SMS/Messages``.

    Parameters are sent in the form body unless noted.

    Args:
        from_ (str): ``From``; phone-number; required.
        to (str): ``To``; phone-number; required.
        body (str): ``Body``; string; required.
        status_callback (str): ``StatusCallback``; uri; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SmsMessage

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a SmsMessage: ``POST /2008-08-01/Accounts/{AccountSid}/SMS/Messages``.

    Parameters are sent in the form body unless noted.

    Args:
        from_ (str): ``From``; phone-number; required.
        to (str): ``To``; phone-number; required.
        body (str): ``Body``; string; required.
        status_callback (str): ``StatusCallback``; uri; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SmsMessage

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        SmsMessageListArgs,
        """List SmsMessage resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (date | str): ``DateSent``; date; optional.
        date_sent_before (date | str): ``DateSent<``; date; optional.
        date_sent_after (date | str): ``DateSent>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SmsMessage]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List SmsMessage resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (date | str): ``DateSent``; date; optional.
        date_sent_before (date | str): ``DateSent<``; date; optional.
        date_sent_after (date | str): ``DateSent>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SmsMessage]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        SmsMessageListArgs,
        """Stream SmsMessage resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (date | str): ``DateSent``; date; optional.
        date_sent_before (date | str): ``DateSent<``; date; optional.
        date_sent_after (date | str): ``DateSent>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SmsMessage.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream SmsMessage resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (date | str): ``DateSent``; date; optional.
        date_sent_before (date | str): ``DateSent<``; date; optional.
        date_sent_after (date | str): ``DateSent>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SmsMessage.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        SmsMessagePageArgs,
        """One page of SmsMessage resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (date | str): ``DateSent``; date; optional.
        date_sent_before (date | str): ``DateSent<``; date; optional.
        date_sent_after (date | str): ``DateSent>``; date; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SmsMessage]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of SmsMessage resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        date_sent (date | str): ``DateSent``; date; optional.
        date_sent_before (date | str): ``DateSent<``; date; optional.
        date_sent_after (date | str): ``DateSent>``; date; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SmsMessage]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
