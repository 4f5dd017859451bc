# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""GetApiKeys resources (``get_api_keys``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import NewKeyKeytype
    from .types.get_api_keys import GetApiKeys, NewKey

_TYPES = Models(__package__, ".types.get_api_keys")
_MODEL = _TYPES("GetApiKeys")
_NEW_KEY = _TYPES("NewKey")
_LIST_PATH = "/v1/Keys"
_CREATE: Operation[NewKey] = Operation(
    "get_api_keys.create", "POST", _LIST_PATH, body="form", model=_NEW_KEY
).with_params(
    P("account_sid", "AccountSid", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("key_type", "KeyType", FORM, "string"),
    P("policy", "Policy", FORM, "object"),
)
_LIST: Operation[GetApiKeys] = Operation(
    "get_api_keys.list", "GET", _LIST_PATH, body="none", list_key="keys", model=_MODEL
).with_params(P("account_sid", "AccountSid", QUERY, "string", required=True))


class GetApiKeysCreateArgs(Args):
    account_sid: str
    friendly_name: str | NotGiven = NOT_GIVEN
    key_type: NewKeyKeytype | str | NotGiven = NOT_GIVEN
    policy: Any | NotGiven = NOT_GIVEN


class GetApiKeysFilters(Args):
    account_sid: str


class GetApiKeysListArgs(GetApiKeysFilters, ListArgs): ...


class GetApiKeysPageArgs(GetApiKeysFilters, PageArgs): ...


class GetApiKeysList(ListResource):
    """GetApiKeys collection: ``/v1/Keys``."""

    __slots__ = ()
    create = _CREATE.call_method(
        GetApiKeysCreateArgs,
        """Create a GetApiKeys: ``POST /v1/Keys``.

    Parameters are sent in the form body unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        key_type (NewKeyKeytype | str): ``KeyType``; enum:new_key_keytype; one of ``restricted``; optional.
        policy (Any): ``Policy``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewKey

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Create a GetApiKeys: ``POST /v1/Keys``.

    Parameters are sent in the form body unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        key_type (NewKeyKeytype | str): ``KeyType``; enum:new_key_keytype; one of ``restricted``; optional.
        policy (Any): ``Policy``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewKey

    Twilio docs: https://www.twilio.com/docs/iam
    """
    list = _LIST.list_method(
        GetApiKeysListArgs,
        """List GetApiKeys resources, every page up to ``limit`` items: ``GET /v1/Keys``.

    Parameters are sent in the query string unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[GetApiKeys]

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """List GetApiKeys resources, every page up to ``limit`` items: ``GET /v1/Keys``.

    Parameters are sent in the query string unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[GetApiKeys]

    Twilio docs: https://www.twilio.com/docs/iam
    """
    stream = _LIST.stream_method(
        GetApiKeysListArgs,
        """Stream GetApiKeys resources, one page in memory at a time: ``GET /v1/Keys``.

    Parameters are sent in the query string unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of GetApiKeys.

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Stream GetApiKeys resources, one page in memory at a time: ``GET /v1/Keys``.

    Parameters are sent in the query string unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of GetApiKeys.

    Twilio docs: https://www.twilio.com/docs/iam
    """
    page = _LIST.page_method(
        GetApiKeysPageArgs,
        """One page of GetApiKeys resources (``next_page()`` moves on): ``GET /v1/Keys``.

    Parameters are sent in the query string unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[GetApiKeys]

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """One page of GetApiKeys resources (``next_page()`` moves on): ``GET /v1/Keys``.

    Parameters are sent in the query string unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[GetApiKeys]

    Twilio docs: https://www.twilio.com/docs/iam
    """


class GetApiKeysNewApiKeyList(ListResource):
    """``new_api_key``: GetApiKeys operations as twilio-python mounts them."""

    __slots__ = ()

    create = _CREATE.call_method(
        GetApiKeysCreateArgs,
        """Create a GetApiKeys: ``POST /v1/Keys``.

    Parameters are sent in the form body unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        key_type (NewKeyKeytype | str): ``KeyType``; enum:new_key_keytype; one of ``restricted``; optional.
        policy (Any): ``Policy``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewKey

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Create a GetApiKeys: ``POST /v1/Keys``.

    Parameters are sent in the form body unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        key_type (NewKeyKeytype | str): ``KeyType``; enum:new_key_keytype; one of ``restricted``; optional.
        policy (Any): ``Policy``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewKey

    Twilio docs: https://www.twilio.com/docs/iam
    """
