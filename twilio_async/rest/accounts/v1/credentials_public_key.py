# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""CredentialPublicKey resources (``credentials.public_key``)."""

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
    from .types.credentials_public_key import CredentialPublicKey

_TYPES = Models(__package__, ".types.credentials_public_key")
_MODEL = _TYPES("CredentialPublicKey")
_LIST_PATH = "/v1/Credentials/PublicKeys"
_INSTANCE_PATH = "/v1/Credentials/PublicKeys/{0}"
_CREATE: Operation[CredentialPublicKey] = Operation(
    "public_key.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("public_key", "PublicKey", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("account_sid", "AccountSid", FORM, "string"),
)
_LIST: Operation[CredentialPublicKey] = Operation(
    "public_key.list", "GET", _LIST_PATH, body="none", list_key="credentials", model=_MODEL
)
_FETCH: Operation[CredentialPublicKey] = Operation(
    "public_key.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[CredentialPublicKey] = Operation(
    "public_key.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_DELETE: Operation[None] = Operation("public_key.delete", "DELETE", _INSTANCE_PATH, body="none")


class CredentialPublicKeyCreateArgs(Args):
    public_key: str
    friendly_name: str | NotGiven = NOT_GIVEN
    account_sid: str | NotGiven = NOT_GIVEN


class CredentialPublicKeyUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class CredentialPublicKeyContext(InstanceContext):
    """One CredentialPublicKey: ``/v1/Credentials/PublicKeys/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this CredentialPublicKey: ``GET /v1/Credentials/PublicKeys/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialPublicKey

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Fetch this CredentialPublicKey: ``GET /v1/Credentials/PublicKeys/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialPublicKey

    Twilio docs: https://www.twilio.com/docs/iam
    """
    update = _UPDATE.call_method(
        CredentialPublicKeyUpdateArgs,
        """Update this CredentialPublicKey: ``POST /v1/Credentials/PublicKeys/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialPublicKey

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Update this CredentialPublicKey: ``POST /v1/Credentials/PublicKeys/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialPublicKey

    Twilio docs: https://www.twilio.com/docs/iam
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this CredentialPublicKey: ``DELETE /v1/Credentials/PublicKeys/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Delete this CredentialPublicKey: ``DELETE /v1/Credentials/PublicKeys/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iam
    """


class CredentialPublicKeyList(KeyedList[CredentialPublicKeyContext]):
    """CredentialPublicKey collection: ``/v1/Credentials/PublicKeys``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CR[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CredentialPublicKeyCreateArgs,
        """Create a CredentialPublicKey: ``POST /v1/Credentials/PublicKeys``.

    Parameters are sent in the form body unless noted.

    Args:
        public_key (str): ``PublicKey``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialPublicKey

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Create a CredentialPublicKey: ``POST /v1/Credentials/PublicKeys``.

    Parameters are sent in the form body unless noted.

    Args:
        public_key (str): ``PublicKey``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialPublicKey

    Twilio docs: https://www.twilio.com/docs/iam
    """
    list = _LIST.list_method(
        ListArgs,
        """List CredentialPublicKey resources, every page up to ``limit`` items: ``GET /v1/Credentials/PublicKeys``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CredentialPublicKey]

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """List CredentialPublicKey resources, every page up to ``limit`` items: ``GET /v1/Credentials/PublicKeys``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CredentialPublicKey]

    Twilio docs: https://www.twilio.com/docs/iam
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream CredentialPublicKey resources, one page in memory at a time: ``GET /v1/Credentials/PublicKeys``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CredentialPublicKey.

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Stream CredentialPublicKey resources, one page in memory at a time: ``GET /v1/Credentials/PublicKeys``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CredentialPublicKey.

    Twilio docs: https://www.twilio.com/docs/iam
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of CredentialPublicKey resources (``next_page()`` moves on): ``GET /v1/Credentials/PublicKeys``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CredentialPublicKey]

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """One page of CredentialPublicKey resources (``next_page()`` moves on): ``GET /v1/Credentials/PublicKeys``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CredentialPublicKey]

    Twilio docs: https://www.twilio.com/docs/iam
    """
