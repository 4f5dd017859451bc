# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Key resources (``accounts.keys``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.accounts_keys import Key, NewKey

_TYPES = Models(__package__, ".types.accounts_keys")
_MODEL = _TYPES("Key")
_NEW_KEY = _TYPES("NewKey")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Keys.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Keys/{1}.json"
_CREATE: Operation[NewKey] = Operation(
    "keys.create", "POST", _LIST_PATH, body="form", model=_NEW_KEY
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_LIST: Operation[Key] = Operation(
    "keys.list", "GET", _LIST_PATH, body="none", list_key="keys", model=_MODEL
)
_FETCH: Operation[Key] = Operation("keys.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Key] = Operation(
    "keys.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_DELETE: Operation[None] = Operation("keys.delete", "DELETE", _INSTANCE_PATH, body="none")


class KeyCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class KeyUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class KeyContext(InstanceContext):
    """One Key: ``/2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Key: ``GET /2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Key

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Key: ``GET /2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Key

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        KeyUpdateArgs,
        """Update this Key: ``POST /2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Key

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Key: ``POST /2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Key

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Key: ``DELETE /2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Key: ``DELETE /2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class KeyList(KeyedList[KeyContext]):
    """Key collection: ``/2010-04-01/Accounts/{AccountSid}/Keys.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^SK[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        KeyCreateArgs,
        """Create a Key: ``POST /2010-04-01/Accounts/{AccountSid}/Keys.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Key: ``POST /2010-04-01/Accounts/{AccountSid}/Keys.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List Key resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Keys.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Key]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Key resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Keys.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Key]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Key resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Keys.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Key.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Key resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Keys.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Key.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Key resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Keys.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Key]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Key resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Keys.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Key]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class KeyNewKeysList(ListResource):
    """``new_keys``: Key operations as twilio-python mounts them."""

    __slots__ = ()

    create = _CREATE.call_method(
        KeyCreateArgs,
        """Create a Key: ``POST /2010-04-01/Accounts/{AccountSid}/Keys.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Key: ``POST /2010-04-01/Accounts/{AccountSid}/Keys.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
