# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""CredentialAws resources (``credentials.aws``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.credentials_aws import CredentialAws

_TYPES = Models(__package__, ".types.credentials_aws")
_MODEL = _TYPES("CredentialAws")
_LIST_PATH = "/v1/Credentials/AWS"
_INSTANCE_PATH = "/v1/Credentials/AWS/{0}"
_CREATE: Operation[CredentialAws] = Operation(
    "aws.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("credentials", "Credentials", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("account_sid", "AccountSid", FORM, "string"),
)
_LIST: Operation[CredentialAws] = Operation(
    "aws.list", "GET", _LIST_PATH, body="none", list_key="credentials", model=_MODEL
)
_FETCH: Operation[CredentialAws] = Operation(
    "aws.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[CredentialAws] = Operation(
    "aws.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_DELETE: Operation[None] = Operation("aws.delete", "DELETE", _INSTANCE_PATH, body="none")


class CredentialAwsCreateArgs(Args):
    credentials: str
    friendly_name: str | NotGiven = NOT_GIVEN
    account_sid: str | NotGiven = NOT_GIVEN


class CredentialAwsUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class CredentialAwsContext(InstanceContext):
    """One CredentialAws: ``/v1/Credentials/AWS/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this CredentialAws: ``GET /v1/Credentials/AWS/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialAws

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Fetch this CredentialAws: ``GET /v1/Credentials/AWS/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialAws

    Twilio docs: https://www.twilio.com/docs/iam
    """
    update = _UPDATE.call_method(
        CredentialAwsUpdateArgs,
        """Update this CredentialAws: ``POST /v1/Credentials/AWS/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialAws

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Update this CredentialAws: ``POST /v1/Credentials/AWS/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialAws

    Twilio docs: https://www.twilio.com/docs/iam
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this CredentialAws: ``DELETE /v1/Credentials/AWS/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Delete this CredentialAws: ``DELETE /v1/Credentials/AWS/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iam
    """


class CredentialAwsList(KeyedList[CredentialAwsContext]):
    """CredentialAws collection: ``/v1/Credentials/AWS``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CR[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CredentialAwsCreateArgs,
        """Create a CredentialAws: ``POST /v1/Credentials/AWS``.

    Parameters are sent in the form body unless noted.

    Args:
        credentials (str): ``Credentials``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialAws

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Create a CredentialAws: ``POST /v1/Credentials/AWS``.

    Parameters are sent in the form body unless noted.

    Args:
        credentials (str): ``Credentials``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialAws

    Twilio docs: https://www.twilio.com/docs/iam
    """
    list = _LIST.list_method(
        ListArgs,
        """List CredentialAws resources, every page up to ``limit`` items: ``GET /v1/Credentials/AWS``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CredentialAws]

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """List CredentialAws resources, every page up to ``limit`` items: ``GET /v1/Credentials/AWS``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CredentialAws]

    Twilio docs: https://www.twilio.com/docs/iam
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream CredentialAws resources, one page in memory at a time: ``GET /v1/Credentials/AWS``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CredentialAws.

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Stream CredentialAws resources, one page in memory at a time: ``GET /v1/Credentials/AWS``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CredentialAws.

    Twilio docs: https://www.twilio.com/docs/iam
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of CredentialAws resources (``next_page()`` moves on): ``GET /v1/Credentials/AWS``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CredentialAws]

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """One page of CredentialAws resources (``next_page()`` moves on): ``GET /v1/Credentials/AWS``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CredentialAws]

    Twilio docs: https://www.twilio.com/docs/iam
    """
