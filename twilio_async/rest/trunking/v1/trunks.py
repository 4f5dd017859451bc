# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""Trunk resources (``trunks``)."""

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
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import TrunkTransferCallerId, TrunkTransferSetting
    from .trunks_credentials_lists import CredentialListList
    from .trunks_ip_access_control_lists import IpAccessControlListList
    from .trunks_origination_urls import OriginationUrlList
    from .trunks_phone_numbers import PhoneNumberList
    from .trunks_recordings import RecordingList
    from .types.trunks import Trunk

_TYPES = Models(__package__, ".types.trunks")
_MODEL = _TYPES("Trunk")
_LIST_PATH = "/v1/Trunks"
_INSTANCE_PATH = "/v1/Trunks/{0}"
_CREATE: Operation[Trunk] = Operation(
    "trunks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("domain_name", "DomainName", FORM, "string"),
    P("disaster_recovery_url", "DisasterRecoveryUrl", FORM, "string"),
    P("disaster_recovery_method", "DisasterRecoveryMethod", FORM, "string"),
    P("transfer_mode", "TransferMode", FORM, "string"),
    P("secure", "Secure", FORM, "boolean"),
    P("cnam_lookup_enabled", "CnamLookupEnabled", FORM, "boolean"),
    P("transfer_caller_id", "TransferCallerId", FORM, "string"),
)
_LIST: Operation[Trunk] = Operation(
    "trunks.list", "GET", _LIST_PATH, body="none", list_key="trunks", model=_MODEL
)
_FETCH: Operation[Trunk] = Operation(
    "trunks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Trunk] = Operation(
    "trunks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("domain_name", "DomainName", FORM, "string"),
    P("disaster_recovery_url", "DisasterRecoveryUrl", FORM, "string"),
    P("disaster_recovery_method", "DisasterRecoveryMethod", FORM, "string"),
    P("transfer_mode", "TransferMode", FORM, "string"),
    P("secure", "Secure", FORM, "boolean"),
    P("cnam_lookup_enabled", "CnamLookupEnabled", FORM, "boolean"),
    P("transfer_caller_id", "TransferCallerId", FORM, "string"),
)
_DELETE: Operation[None] = Operation("trunks.delete", "DELETE", _INSTANCE_PATH, body="none")


class TrunkCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    domain_name: str | NotGiven = NOT_GIVEN
    disaster_recovery_url: str | NotGiven = NOT_GIVEN
    disaster_recovery_method: str | NotGiven = NOT_GIVEN
    transfer_mode: TrunkTransferSetting | str | NotGiven = NOT_GIVEN
    secure: bool | NotGiven = NOT_GIVEN
    cnam_lookup_enabled: bool | NotGiven = NOT_GIVEN
    transfer_caller_id: TrunkTransferCallerId | str | NotGiven = NOT_GIVEN


class TrunkUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    domain_name: str | NotGiven = NOT_GIVEN
    disaster_recovery_url: str | NotGiven = NOT_GIVEN
    disaster_recovery_method: str | NotGiven = NOT_GIVEN
    transfer_mode: TrunkTransferSetting | str | NotGiven = NOT_GIVEN
    secure: bool | NotGiven = NOT_GIVEN
    cnam_lookup_enabled: bool | NotGiven = NOT_GIVEN
    transfer_caller_id: TrunkTransferCallerId | str | NotGiven = NOT_GIVEN


class TrunkContext(InstanceContext):
    """One Trunk: ``/v1/Trunks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Trunk: ``GET /v1/Trunks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^TK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Trunk

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Fetch this Trunk: ``GET /v1/Trunks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^TK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Trunk

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    update = _UPDATE.call_method(
        TrunkUpdateArgs,
        """Update this Trunk: ``POST /v1/Trunks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^TK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        domain_name (str): ``DomainName``; string; optional.
        disaster_recovery_url (str): ``DisasterRecoveryUrl``; uri; optional.
        disaster_recovery_method (str): ``DisasterRecoveryMethod``; http-method; optional.
        transfer_mode (TrunkTransferSetting | str): ``TransferMode``; enum:trunk_transfer_setting; one of ``disable-all``, ``enable-all``, ``sip-only``; optional.
        secure (bool): ``Secure``; boolean; optional.
        cnam_lookup_enabled (bool): ``CnamLookupEnabled``; boolean; optional.
        transfer_caller_id (TrunkTransferCallerId | str): ``TransferCallerId``; enum:trunk_transfer_caller_id; one of ``from-transferee``, ``from-transferor``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Trunk

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Update this Trunk: ``POST /v1/Trunks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^TK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        domain_name (str): ``DomainName``; string; optional.
        disaster_recovery_url (str): ``DisasterRecoveryUrl``; uri; optional.
        disaster_recovery_method (str): ``DisasterRecoveryMethod``; http-method; optional.
        transfer_mode (TrunkTransferSetting | str): ``TransferMode``; enum:trunk_transfer_setting; one of ``disable-all``, ``enable-all``, ``sip-only``; optional.
        secure (bool): ``Secure``; boolean; optional.
        cnam_lookup_enabled (bool): ``CnamLookupEnabled``; boolean; optional.
        transfer_caller_id (TrunkTransferCallerId | str): ``TransferCallerId``; enum:trunk_transfer_caller_id; one of ``from-transferee``, ``from-transferor``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Trunk

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Trunk: ``DELETE /v1/Trunks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^TK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Delete this Trunk: ``DELETE /v1/Trunks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^TK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    credentials_lists: Child[CredentialListList] = Child(
        ".trunks_credentials_lists", "CredentialListList"
    )
    ip_access_control_lists: Child[IpAccessControlListList] = Child(
        ".trunks_ip_access_control_lists", "IpAccessControlListList"
    )
    origination_urls: Child[OriginationUrlList] = Child(
        ".trunks_origination_urls", "OriginationUrlList"
    )
    phone_numbers: Child[PhoneNumberList] = Child(".trunks_phone_numbers", "PhoneNumberList")
    recordings: Child[RecordingList] = Child(".trunks_recordings", "RecordingList")


class TrunkList(KeyedList[TrunkContext]):
    """Trunk collection: ``/v1/Trunks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^TK[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        TrunkCreateArgs,
        """Create a Trunk: ``POST /v1/Trunks``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        domain_name (str): ``DomainName``; string; optional.
        disaster_recovery_url (str): ``DisasterRecoveryUrl``; uri; optional.
        disaster_recovery_method (str): ``DisasterRecoveryMethod``; http-method; optional.
        transfer_mode (TrunkTransferSetting | str): ``TransferMode``; enum:trunk_transfer_setting; one of ``disable-all``, ``enable-all``, ``sip-only``; optional.
        secure (bool): ``Secure``; boolean; optional.
        cnam_lookup_enabled (bool): ``CnamLookupEnabled``; boolean; optional.
        transfer_caller_id (TrunkTransferCallerId | str): ``TransferCallerId``; enum:trunk_transfer_caller_id; one of ``from-transferee``, ``from-transferor``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Trunk

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Create a Trunk: ``POST /v1/Trunks``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        domain_name (str): ``DomainName``; string; optional.
        disaster_recovery_url (str): ``DisasterRecoveryUrl``; uri; optional.
        disaster_recovery_method (str): ``DisasterRecoveryMethod``; http-method; optional.
        transfer_mode (TrunkTransferSetting | str): ``TransferMode``; enum:trunk_transfer_setting; one of ``disable-all``, ``enable-all``, ``sip-only``; optional.
        secure (bool): ``Secure``; boolean; optional.
        cnam_lookup_enabled (bool): ``CnamLookupEnabled``; boolean; optional.
        transfer_caller_id (TrunkTransferCallerId | str): ``TransferCallerId``; enum:trunk_transfer_caller_id; one of ``from-transferee``, ``from-transferor``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Trunk

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    list = _LIST.list_method(
        ListArgs,
        """List Trunk resources, every page up to ``limit`` items: ``GET /v1/Trunks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Trunk]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """List Trunk resources, every page up to ``limit`` items: ``GET /v1/Trunks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Trunk]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Trunk resources, one page in memory at a time: ``GET /v1/Trunks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Trunk.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Stream Trunk resources, one page in memory at a time: ``GET /v1/Trunks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Trunk.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Trunk resources (``next_page()`` moves on): ``GET /v1/Trunks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Trunk]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """One page of Trunk resources (``next_page()`` moves on): ``GET /v1/Trunks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Trunk]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
