# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SigningKey resources (``accounts.signing_keys``)."""

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
    from .types.accounts_signing_keys import NewSigningKey, SigningKey

_TYPES = Models(__package__, ".types.accounts_signing_keys")
_NEW_SIGNING_KEY = _TYPES("NewSigningKey")
_MODEL = _TYPES("SigningKey")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SigningKeys.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/SigningKeys/{1}.json"
_CREATE: Operation[NewSigningKey] = Operation(
    "signing_keys.create", "POST", _LIST_PATH, body="form", model=_NEW_SIGNING_KEY
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_LIST: Operation[SigningKey] = Operation(
    "signing_keys.list", "GET", _LIST_PATH, body="none", list_key="signing_keys", model=_MODEL
)
_FETCH: Operation[SigningKey] = Operation(
    "signing_keys.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SigningKey] = Operation(
    "signing_keys.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_DELETE: Operation[None] = Operation("signing_keys.delete", "DELETE", _INSTANCE_PATH, body="none")


class SigningKeyCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class SigningKeyUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class SigningKeyContext(InstanceContext):
    """One SigningKey: ``/2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SigningKey: ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SigningKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this SigningKey: ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SigningKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        SigningKeyUpdateArgs,
        """Update this SigningKey: ``POST /2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SigningKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this SigningKey: ``POST /2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SigningKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SigningKey: ``DELETE /2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this SigningKey: ``DELETE /2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class SigningKeyList(KeyedList[SigningKeyContext]):
    """SigningKey collection: ``/2010-04-01/Accounts/{AccountSid}/SigningKeys.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^SK[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SigningKeyCreateArgs,
        """Create a SigningKey: ``POST /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewSigningKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a SigningKey: ``POST /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewSigningKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List SigningKey resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SigningKey]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List SigningKey resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SigningKey]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SigningKey resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SigningKey.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream SigningKey resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SigningKey.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SigningKey resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SigningKey]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of SigningKey resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SigningKey]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class SigningKeyNewSigningKeysList(ListResource):
    """``new_signing_keys``: SigningKey operations as twilio-python mounts them."""

    __slots__ = ()

    create = _CREATE.call_method(
        SigningKeyCreateArgs,
        """Create a SigningKey: ``POST /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewSigningKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a SigningKey: ``POST /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewSigningKey

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
