# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""Credential resources (``credentials``)."""

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
    from .enums import CredentialPushService
    from .types.credentials import Credential

_TYPES = Models(__package__, ".types.credentials")
_MODEL = _TYPES("Credential")
_LIST_PATH = "/v2/Credentials"
_INSTANCE_PATH = "/v2/Credentials/{0}"
_CREATE: Operation[Credential] = Operation(
    "credentials.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("type", "Type", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("certificate", "Certificate", FORM, "string"),
    P("private_key", "PrivateKey", FORM, "string"),
    P("sandbox", "Sandbox", FORM, "boolean"),
    P("api_key", "ApiKey", FORM, "string"),
    P("secret", "Secret", FORM, "string"),
)
_LIST: Operation[Credential] = Operation(
    "credentials.list", "GET", _LIST_PATH, body="none", list_key="credentials", model=_MODEL
)
_FETCH: Operation[Credential] = Operation(
    "credentials.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Credential] = Operation(
    "credentials.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("certificate", "Certificate", FORM, "string"),
    P("private_key", "PrivateKey", FORM, "string"),
    P("sandbox", "Sandbox", FORM, "boolean"),
    P("api_key", "ApiKey", FORM, "string"),
    P("secret", "Secret", FORM, "string"),
)
_DELETE: Operation[None] = Operation("credentials.delete", "DELETE", _INSTANCE_PATH, body="none")


class CredentialCreateArgs(Args):
    type: CredentialPushService | str
    friendly_name: str | NotGiven = NOT_GIVEN
    certificate: str | NotGiven = NOT_GIVEN
    private_key: str | NotGiven = NOT_GIVEN
    sandbox: bool | NotGiven = NOT_GIVEN
    api_key: str | NotGiven = NOT_GIVEN
    secret: str | NotGiven = NOT_GIVEN


class CredentialUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    certificate: str | NotGiven = NOT_GIVEN
    private_key: str | NotGiven = NOT_GIVEN
    sandbox: bool | NotGiven = NOT_GIVEN
    api_key: str | NotGiven = NOT_GIVEN
    secret: str | NotGiven = NOT_GIVEN


class CredentialContext(InstanceContext):
    """One Credential: ``/v2/Credentials/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Credential: ``GET /v2/Credentials/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Credential

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Credential: ``GET /v2/Credentials/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Credential

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        CredentialUpdateArgs,
        """Update this Credential: ``POST /v2/Credentials/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        certificate (str): ``Certificate``; string; optional.
        private_key (str): ``PrivateKey``; string; optional.
        sandbox (bool): ``Sandbox``; boolean; optional.
        api_key (str): ``ApiKey``; string; optional.
        secret (str): ``Secret``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Credential

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this Credential: ``POST /v2/Credentials/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        certificate (str): ``Certificate``; string; optional.
        private_key (str): ``PrivateKey``; string; optional.
        sandbox (bool): ``Sandbox``; boolean; optional.
        api_key (str): ``ApiKey``; string; optional.
        secret (str): ``Secret``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Credential

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Credential: ``DELETE /v2/Credentials/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Credential: ``DELETE /v2/Credentials/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class CredentialList(KeyedList[CredentialContext]):
    """Credential collection: ``/v2/Credentials``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CR[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CredentialCreateArgs,
        """Create a Credential: ``POST /v2/Credentials``.

    Parameters are sent in the form body unless noted.

    Args:
        type (CredentialPushService | str): ``Type``; enum:credential_push_service; one of ``gcm``, ``apn``, ``fcm``; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        certificate (str): ``Certificate``; string; optional.
        private_key (str): ``PrivateKey``; string; optional.
        sandbox (bool): ``Sandbox``; boolean; optional.
        api_key (str): ``ApiKey``; string; optional.
        secret (str): ``Secret``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Credential

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a Credential: ``POST /v2/Credentials``.

    Parameters are sent in the form body unless noted.

    Args:
        type (CredentialPushService | str): ``Type``; enum:credential_push_service; one of ``gcm``, ``apn``, ``fcm``; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        certificate (str): ``Certificate``; string; optional.
        private_key (str): ``PrivateKey``; string; optional.
        sandbox (bool): ``Sandbox``; boolean; optional.
        api_key (str): ``ApiKey``; string; optional.
        secret (str): ``Secret``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Credential

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        ListArgs,
        """List Credential resources, every page up to ``limit`` items: ``GET /v2/Credentials``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Credential]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List Credential resources, every page up to ``limit`` items: ``GET /v2/Credentials``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Credential]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Credential resources, one page in memory at a time: ``GET /v2/Credentials``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Credential.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream Credential resources, one page in memory at a time: ``GET /v2/Credentials``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Credential.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Credential resources (``next_page()`` moves on): ``GET /v2/Credentials``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Credential]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of Credential resources (``next_page()`` moves on): ``GET /v2/Credentials``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Credential]

    Twilio docs: https://www.twilio.com/docs/chat
    """
