# Generated from specs/notify_v1.yaml by `make codegen`; do not edit.
"""Binding resources (``services.bindings``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .enums import BindingBindingType
    from .types.services_bindings import Binding

_TYPES = Models(__package__, ".types.services_bindings")
_MODEL = _TYPES("Binding")
_LIST_PATH = "/v1/Services/{0}/Bindings"
_INSTANCE_PATH = "/v1/Services/{0}/Bindings/{1}"
_CREATE: Operation[Binding] = Operation(
    "bindings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("identity", "Identity", FORM, "string", required=True),
    P("binding_type", "BindingType", FORM, "string", required=True),
    P("address", "Address", FORM, "string", required=True),
    P("tag", "Tag", FORM, "string", many=True),
    P("notification_protocol_version", "NotificationProtocolVersion", FORM, "string"),
    P("credential_sid", "CredentialSid", FORM, "string"),
    P("endpoint", "Endpoint", FORM, "string"),
)
_LIST: Operation[Binding] = Operation(
    "bindings.list", "GET", _LIST_PATH, body="none", list_key="bindings", model=_MODEL
).with_params(
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("identity", "Identity", QUERY, "string", many=True),
    P("tag", "Tag", QUERY, "string", many=True),
)
_FETCH: Operation[Binding] = Operation(
    "bindings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("bindings.delete", "DELETE", _INSTANCE_PATH, body="none")


class BindingCreateArgs(Args):
    identity: str
    binding_type: BindingBindingType | str
    address: str
    tag: Sequence[str] | NotGiven = NOT_GIVEN
    notification_protocol_version: str | NotGiven = NOT_GIVEN
    credential_sid: str | NotGiven = NOT_GIVEN
    endpoint: str | NotGiven = NOT_GIVEN


class BindingFilters(Args):
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    identity: Sequence[str] | NotGiven = NOT_GIVEN
    tag: Sequence[str] | NotGiven = NOT_GIVEN


class BindingListArgs(BindingFilters, ListArgs): ...


class BindingPageArgs(BindingFilters, PageArgs): ...


class BindingContext(InstanceContext):
    """One Binding: ``/v1/Services/{ServiceSid}/Bindings/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Binding: ``GET /v1/Services/{ServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Binding

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """Fetch this Binding: ``GET /v1/Services/{ServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Binding

    Twilio docs: https://www.twilio.com/docs/notify
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Binding: ``DELETE /v1/Services/{ServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """Delete this Binding: ``DELETE /v1/Services/{ServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/notify
    """


class BindingList(KeyedList[BindingContext]):
    """Binding collection: ``/v1/Services/{ServiceSid}/Bindings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BS[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        BindingCreateArgs,
        """Create a Binding: ``POST /v1/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        binding_type (BindingBindingType | str): ``BindingType``; enum:binding_binding_type; one of ``apn``, ``gcm``, ``sms``, ``fcm``, ``facebook-messenger``, ``alexa``; required.
        address (str): ``Address``; string; required.
        tag (Sequence[str]): ``Tag``; list<string>; optional.
        notification_protocol_version (str): ``NotificationProtocolVersion``; string; optional.
        credential_sid (str): ``CredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        endpoint (str): ``Endpoint``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Binding

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """Create a Binding: ``POST /v1/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        binding_type (BindingBindingType | str): ``BindingType``; enum:binding_binding_type; one of ``apn``, ``gcm``, ``sms``, ``fcm``, ``facebook-messenger``, ``alexa``; required.
        address (str): ``Address``; string; required.
        tag (Sequence[str]): ``Tag``; list<string>; optional.
        notification_protocol_version (str): ``NotificationProtocolVersion``; string; optional.
        credential_sid (str): ``CredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        endpoint (str): ``Endpoint``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Binding

    Twilio docs: https://www.twilio.com/docs/notify
    """
    list = _LIST.list_method(
        BindingListArgs,
        """List Binding resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        tag (Sequence[str]): ``Tag``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Binding]

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """List Binding resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        tag (Sequence[str]): ``Tag``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Binding]

    Twilio docs: https://www.twilio.com/docs/notify
    """
    stream = _LIST.stream_method(
        BindingListArgs,
        """Stream Binding resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        tag (Sequence[str]): ``Tag``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Binding.

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """Stream Binding resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        tag (Sequence[str]): ``Tag``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Binding.

    Twilio docs: https://www.twilio.com/docs/notify
    """
    page = _LIST.page_method(
        BindingPageArgs,
        """One page of Binding resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        tag (Sequence[str]): ``Tag``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Binding]

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """One page of Binding resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        tag (Sequence[str]): ``Tag``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Binding]

    Twilio docs: https://www.twilio.com/docs/notify
    """
