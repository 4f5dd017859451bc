# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""IncomingPhoneNumberAssignedAddOn resources (``accounts.incoming_phone_numbers.assigned_add_ons``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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

if TYPE_CHECKING:
    from .accounts_incoming_phone_numbers_assigned_add_ons_extensions import (
        AssignedAddOnExtensionList,
    )
    from .types.accounts_incoming_phone_numbers_assigned_add_ons import (
        IncomingPhoneNumberAssignedAddOn,
    )

_TYPES = Models(__package__, ".types.accounts_incoming_phone_numbers_assigned_add_ons")
_MODEL = _TYPES("IncomingPhoneNumberAssignedAddOn")
_LIST_PATH = "/2010-04-01/Accounts/{0}/IncomingPhoneNumbers/{1}/AssignedAddOns.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/IncomingPhoneNumbers/{1}/AssignedAddOns/{2}.json"
_CREATE: Operation[IncomingPhoneNumberAssignedAddOn] = Operation(
    "assigned_add_ons.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("installed_add_on_sid", "InstalledAddOnSid", FORM, "string", required=True))
_LIST: Operation[IncomingPhoneNumberAssignedAddOn] = Operation(
    "assigned_add_ons.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="assigned_add_ons",
    model=_MODEL,
)
_FETCH: Operation[IncomingPhoneNumberAssignedAddOn] = Operation(
    "assigned_add_ons.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "assigned_add_ons.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class IncomingPhoneNumberAssignedAddOnCreateArgs(Args):
    installed_add_on_sid: str


class IncomingPhoneNumberAssignedAddOnContext(InstanceContext):
    """One IncomingPhoneNumberAssignedAddOn: ``/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this IncomingPhoneNumberAssignedAddOn: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumberAssignedAddOn

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this IncomingPhoneNumberAssignedAddOn: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumberAssignedAddOn

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this IncomingPhoneNumberAssignedAddOn: ``DELETE /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this IncomingPhoneNumberAssignedAddOn: ``DELETE /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    extensions: Child[AssignedAddOnExtensionList] = Child(
        ".accounts_incoming_phone_numbers_assigned_add_ons_extensions", "AssignedAddOnExtensionList"
    )


class IncomingPhoneNumberAssignedAddOnList(KeyedList[IncomingPhoneNumberAssignedAddOnContext]):
    """IncomingPhoneNumberAssignedAddOn collection: ``/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XE[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        IncomingPhoneNumberAssignedAddOnCreateArgs,
        """Create a IncomingPhoneNumberAssignedAddOn: ``POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json``.

    Parameters are sent in the form body unless noted.

    Args:
        installed_add_on_sid (str): ``InstalledAddOnSid``; string; matching ``^XE[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumberAssignedAddOn

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a IncomingPhoneNumberAssignedAddOn: ``POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json``.

    Parameters are sent in the form body unless noted.

    Args:
        installed_add_on_sid (str): ``InstalledAddOnSid``; string; matching ``^XE[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumberAssignedAddOn

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List IncomingPhoneNumberAssignedAddOn resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IncomingPhoneNumberAssignedAddOn]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List IncomingPhoneNumberAssignedAddOn resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IncomingPhoneNumberAssignedAddOn]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream IncomingPhoneNumberAssignedAddOn resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IncomingPhoneNumberAssignedAddOn.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream IncomingPhoneNumberAssignedAddOn resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IncomingPhoneNumberAssignedAddOn.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of IncomingPhoneNumberAssignedAddOn resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IncomingPhoneNumberAssignedAddOn]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of IncomingPhoneNumberAssignedAddOn resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IncomingPhoneNumberAssignedAddOn]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
