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
    fetch = _FETCH.call_method(Args)
    """Fetch this Trunk: ``GET /v1/Trunks/{Sid}``."""
    update = _UPDATE.call_method(TrunkUpdateArgs)
    """Update this Trunk: ``POST /v1/Trunks/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Trunk: ``DELETE /v1/Trunks/{Sid}``; returns True."""
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
    create = _CREATE.call_method(TrunkCreateArgs)
    """Create a Trunk: ``POST /v1/Trunks``."""
    list = _LIST.list_method(ListArgs)
    """List Trunk resources: ``GET /v1/Trunks``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Trunk resources: ``GET /v1/Trunks``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Trunk resources: ``GET /v1/Trunks``; ``next_page()`` moves on."""
