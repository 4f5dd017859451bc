# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""PublicApiAccountResponse resources (``organizations.accounts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.organizations_accounts import PublicApiAccountResponse

_TYPES = Models(__package__, ".types.organizations_accounts")
_MODEL = _TYPES("PublicApiAccountResponse")
_LIST_PATH = "/Organizations/{0}/Accounts"
_INSTANCE_PATH = "/Organizations/{0}/Accounts/{1}"
_LIST: Operation[PublicApiAccountResponse] = Operation(
    "accounts.list", "GET", _LIST_PATH, body="none", list_key="content", model=_MODEL
)
_FETCH: Operation[PublicApiAccountResponse] = Operation(
    "accounts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class PublicApiAccountResponseContext(InstanceContext):
    """One PublicApiAccountResponse: ``/Organizations/{OrganizationSid}/Accounts/{AccountSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this PublicApiAccountResponse: ``GET /Organizations/{OrganizationSid}/Accounts/{AccountSid}``.

    The instance is addressed by ``{AccountSid}``, matching ``AC[0-9a-f]{32}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PublicApiAccountResponse

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Fetch this PublicApiAccountResponse: ``GET /Organizations/{OrganizationSid}/Accounts/{AccountSid}``.

    The instance is addressed by ``{AccountSid}``, matching ``AC[0-9a-f]{32}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PublicApiAccountResponse

    Twilio docs: https://www.twilio.com/docs/iam
    """


class PublicApiAccountResponseList(KeyedList[PublicApiAccountResponseContext]):
    """PublicApiAccountResponse collection: ``/Organizations/{OrganizationSid}/Accounts``."""

    __slots__ = ()
    _key = ("AccountSid", "account_sid", "AC[0-9a-f]{32}")
    list = _LIST.list_method(
        ListArgs,
        """List PublicApiAccountResponse resources, every page up to ``limit`` items: ``GET /Organizations/{OrganizationSid}/Accounts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PublicApiAccountResponse]

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """List PublicApiAccountResponse resources, every page up to ``limit`` items: ``GET /Organizations/{OrganizationSid}/Accounts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PublicApiAccountResponse]

    Twilio docs: https://www.twilio.com/docs/iam
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream PublicApiAccountResponse resources, one page in memory at a time: ``GET /Organizations/{OrganizationSid}/Accounts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PublicApiAccountResponse.

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Stream PublicApiAccountResponse resources, one page in memory at a time: ``GET /Organizations/{OrganizationSid}/Accounts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PublicApiAccountResponse.

    Twilio docs: https://www.twilio.com/docs/iam
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of PublicApiAccountResponse resources (``next_page()`` moves on): ``GET /Organizations/{OrganizationSid}/Accounts``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PublicApiAccountResponse]

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """One page of PublicApiAccountResponse resources (``next_page()`` moves on): ``GET /Organizations/{OrganizationSid}/Accounts``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PublicApiAccountResponse]

    Twilio docs: https://www.twilio.com/docs/iam
    """
