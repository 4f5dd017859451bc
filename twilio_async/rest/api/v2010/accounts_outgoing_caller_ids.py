# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""OutgoingCallerId resources (``accounts.outgoing_caller_ids``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.accounts_outgoing_caller_ids import OutgoingCallerId, ValidationRequest

_TYPES = Models(__package__, ".types.accounts_outgoing_caller_ids")
_MODEL = _TYPES("OutgoingCallerId")
_VALIDATION_REQUEST = _TYPES("ValidationRequest")
_LIST_PATH = "/2010-04-01/Accounts/{0}/OutgoingCallerIds.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/OutgoingCallerIds/{1}.json"
_CREATE: Operation[ValidationRequest] = Operation(
    "outgoing_caller_ids.create", "POST", _LIST_PATH, body="form", model=_VALIDATION_REQUEST
).with_params(
    P("phone_number", "PhoneNumber", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("call_delay", "CallDelay", FORM, "integer"),
    P("extension", "Extension", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
)
_LIST: Operation[OutgoingCallerId] = Operation(
    "outgoing_caller_ids.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="outgoing_caller_ids",
    model=_MODEL,
).with_params(
    P("phone_number", "PhoneNumber", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
)
_FETCH: Operation[OutgoingCallerId] = Operation(
    "outgoing_caller_ids.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[OutgoingCallerId] = Operation(
    "outgoing_caller_ids.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_DELETE: Operation[None] = Operation(
    "outgoing_caller_ids.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class OutgoingCallerIdCreateArgs(Args):
    phone_number: str
    friendly_name: str | NotGiven = NOT_GIVEN
    call_delay: int | NotGiven = NOT_GIVEN
    extension: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN


class OutgoingCallerIdFilters(Args):
    phone_number: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class OutgoingCallerIdListArgs(OutgoingCallerIdFilters, ListArgs): ...


class OutgoingCallerIdPageArgs(OutgoingCallerIdFilters, PageArgs): ...


class OutgoingCallerIdUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class OutgoingCallerIdContext(InstanceContext):
    """One OutgoingCallerId: ``/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this OutgoingCallerId: ``GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OutgoingCallerId

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this OutgoingCallerId: ``GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OutgoingCallerId

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        OutgoingCallerIdUpdateArgs,
        """Update this OutgoingCallerId: ``POST /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OutgoingCallerId

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this OutgoingCallerId: ``POST /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OutgoingCallerId

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this OutgoingCallerId: ``DELETE /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this OutgoingCallerId: ``DELETE /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class OutgoingCallerIdList(KeyedList[OutgoingCallerIdContext]):
    """OutgoingCallerId collection: ``/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^PN[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        OutgoingCallerIdCreateArgs,
        """Create a OutgoingCallerId: ``POST /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        call_delay (int): ``CallDelay``; integer; optional.
        extension (str): ``Extension``; string; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ValidationRequest

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a OutgoingCallerId: ``POST /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        call_delay (int): ``CallDelay``; integer; optional.
        extension (str): ``Extension``; string; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ValidationRequest

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        OutgoingCallerIdListArgs,
        """List OutgoingCallerId resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[OutgoingCallerId]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List OutgoingCallerId resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[OutgoingCallerId]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        OutgoingCallerIdListArgs,
        """Stream OutgoingCallerId resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of OutgoingCallerId.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream OutgoingCallerId resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of OutgoingCallerId.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        OutgoingCallerIdPageArgs,
        """One page of OutgoingCallerId resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[OutgoingCallerId]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of OutgoingCallerId resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[OutgoingCallerId]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class OutgoingCallerIdValidationRequestsList(ListResource):
    """``validation_requests``: OutgoingCallerId operations as twilio-python mounts them."""

    __slots__ = ()

    create = _CREATE.call_method(
        OutgoingCallerIdCreateArgs,
        """Create a OutgoingCallerId: ``POST /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        call_delay (int): ``CallDelay``; integer; optional.
        extension (str): ``Extension``; string; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ValidationRequest

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a OutgoingCallerId: ``POST /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        call_delay (int): ``CallDelay``; integer; optional.
        extension (str): ``Extension``; string; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ValidationRequest

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
