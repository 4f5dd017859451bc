# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageTrigger resources (``accounts.usage.triggers``)."""

from __future__ import annotations

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
    from .enums import UsageTriggerRecurring, UsageTriggerTriggerField
    from .types.accounts_usage_triggers import UsageTrigger

_TYPES = Models(__package__, ".types.accounts_usage_triggers")
_MODEL = _TYPES("UsageTrigger")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Usage/Triggers.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Usage/Triggers/{1}.json"
_CREATE: Operation[UsageTrigger] = Operation(
    "triggers.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("callback_url", "CallbackUrl", FORM, "string", required=True),
    P("trigger_value", "TriggerValue", FORM, "string", required=True),
    P("usage_category", "UsageCategory", FORM, "string", required=True),
    P("callback_method", "CallbackMethod", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("recurring", "Recurring", FORM, "string"),
    P("trigger_by", "TriggerBy", FORM, "string"),
)
_LIST: Operation[UsageTrigger] = Operation(
    "triggers.list", "GET", _LIST_PATH, body="none", list_key="usage_triggers", model=_MODEL
).with_params(
    P("recurring", "Recurring", QUERY, "string"),
    P("trigger_by", "TriggerBy", QUERY, "string"),
    P("usage_category", "UsageCategory", QUERY, "string"),
)
_FETCH: Operation[UsageTrigger] = Operation(
    "triggers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[UsageTrigger] = Operation(
    "triggers.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("callback_method", "CallbackMethod", FORM, "string"),
    P("callback_url", "CallbackUrl", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
)
_DELETE: Operation[None] = Operation("triggers.delete", "DELETE", _INSTANCE_PATH, body="none")


class UsageTriggerCreateArgs(Args):
    callback_url: str
    trigger_value: str
    usage_category: str
    callback_method: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    recurring: UsageTriggerRecurring | str | NotGiven = NOT_GIVEN
    trigger_by: UsageTriggerTriggerField | str | NotGiven = NOT_GIVEN


class UsageTriggerFilters(Args):
    recurring: UsageTriggerRecurring | str | NotGiven = NOT_GIVEN
    trigger_by: UsageTriggerTriggerField | str | NotGiven = NOT_GIVEN
    usage_category: str | NotGiven = NOT_GIVEN


class UsageTriggerListArgs(UsageTriggerFilters, ListArgs): ...


class UsageTriggerPageArgs(UsageTriggerFilters, PageArgs): ...


class UsageTriggerUpdateArgs(Args):
    callback_method: str | NotGiven = NOT_GIVEN
    callback_url: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class UsageTriggerContext(InstanceContext):
    """One UsageTrigger: ``/2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this UsageTrigger: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^UT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UsageTrigger

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this UsageTrigger: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^UT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UsageTrigger

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        UsageTriggerUpdateArgs,
        """Update this UsageTrigger: ``POST /2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^UT[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        callback_method (str): ``CallbackMethod``; http-method; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UsageTrigger

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this UsageTrigger: ``POST /2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^UT[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        callback_method (str): ``CallbackMethod``; http-method; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UsageTrigger

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this UsageTrigger: ``DELETE /2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^UT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this UsageTrigger: ``DELETE /2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^UT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class UsageTriggerList(KeyedList[UsageTriggerContext]):
    """UsageTrigger collection: ``/2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^UT[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        UsageTriggerCreateArgs,
        """Create a UsageTrigger: ``POST /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json``.

    Parameters are sent in the form body unless noted.

    Args:
        callback_url (str): ``CallbackUrl``; uri; required.
        trigger_value (str): ``TriggerValue``; string; required.
        usage_category (str): ``UsageCategory``; string; required.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        recurring (UsageTriggerRecurring | str): ``Recurring``; enum:usage_trigger_recurring; one of ``daily``, ``monthly``, ``yearly``, ``alltime``; optional.
        trigger_by (UsageTriggerTriggerField | str): ``TriggerBy``; enum:usage_trigger_trigger_field; one of ``count``, ``usage``, ``price``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UsageTrigger

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a UsageTrigger: ``POST /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json``.

    Parameters are sent in the form body unless noted.

    Args:
        callback_url (str): ``CallbackUrl``; uri; required.
        trigger_value (str): ``TriggerValue``; string; required.
        usage_category (str): ``UsageCategory``; string; required.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        recurring (UsageTriggerRecurring | str): ``Recurring``; enum:usage_trigger_recurring; one of ``daily``, ``monthly``, ``yearly``, ``alltime``; optional.
        trigger_by (UsageTriggerTriggerField | str): ``TriggerBy``; enum:usage_trigger_trigger_field; one of ``count``, ``usage``, ``price``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UsageTrigger

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        UsageTriggerListArgs,
        """List UsageTrigger resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json``.

    Parameters are sent in the query string unless noted.

    Args:
        recurring (UsageTriggerRecurring | str): ``Recurring``; enum:usage_trigger_recurring; one of ``daily``, ``monthly``, ``yearly``, ``alltime``; optional.
        trigger_by (UsageTriggerTriggerField | str): ``TriggerBy``; enum:usage_trigger_trigger_field; one of ``count``, ``usage``, ``price``; optional.
        usage_category (str): ``UsageCategory``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UsageTrigger]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List UsageTrigger resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json``.

    Parameters are sent in the query string unless noted.

    Args:
        recurring (UsageTriggerRecurring | str): ``Recurring``; enum:usage_trigger_recurring; one of ``daily``, ``monthly``, ``yearly``, ``alltime``; optional.
        trigger_by (UsageTriggerTriggerField | str): ``TriggerBy``; enum:usage_trigger_trigger_field; one of ``count``, ``usage``, ``price``; optional.
        usage_category (str): ``UsageCategory``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UsageTrigger]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        UsageTriggerListArgs,
        """Stream UsageTrigger resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json``.

    Parameters are sent in the query string unless noted.

    Args:
        recurring (UsageTriggerRecurring | str): ``Recurring``; enum:usage_trigger_recurring; one of ``daily``, ``monthly``, ``yearly``, ``alltime``; optional.
        trigger_by (UsageTriggerTriggerField | str): ``TriggerBy``; enum:usage_trigger_trigger_field; one of ``count``, ``usage``, ``price``; optional.
        usage_category (str): ``UsageCategory``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UsageTrigger.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream UsageTrigger resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json``.

    Parameters are sent in the query string unless noted.

    Args:
        recurring (UsageTriggerRecurring | str): ``Recurring``; enum:usage_trigger_recurring; one of ``daily``, ``monthly``, ``yearly``, ``alltime``; optional.
        trigger_by (UsageTriggerTriggerField | str): ``TriggerBy``; enum:usage_trigger_trigger_field; one of ``count``, ``usage``, ``price``; optional.
        usage_category (str): ``UsageCategory``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UsageTrigger.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        UsageTriggerPageArgs,
        """One page of UsageTrigger resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json``.

    Parameters are sent in the query string unless noted.

    Args:
        recurring (UsageTriggerRecurring | str): ``Recurring``; enum:usage_trigger_recurring; one of ``daily``, ``monthly``, ``yearly``, ``alltime``; optional.
        trigger_by (UsageTriggerTriggerField | str): ``TriggerBy``; enum:usage_trigger_trigger_field; one of ``count``, ``usage``, ``price``; optional.
        usage_category (str): ``UsageCategory``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UsageTrigger]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of UsageTrigger resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json``.

    Parameters are sent in the query string unless noted.

    Args:
        recurring (UsageTriggerRecurring | str): ``Recurring``; enum:usage_trigger_recurring; one of ``daily``, ``monthly``, ``yearly``, ``alltime``; optional.
        trigger_by (UsageTriggerTriggerField | str): ``TriggerBy``; enum:usage_trigger_trigger_field; one of ``count``, ``usage``, ``price``; optional.
        usage_category (str): ``UsageCategory``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UsageTrigger]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
