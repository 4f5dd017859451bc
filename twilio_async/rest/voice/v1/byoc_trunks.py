# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""ByocTrunk resources (``byoc_trunks``)."""

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
    from .types.byoc_trunks import ByocTrunk

_TYPES = Models(__package__, ".types.byoc_trunks")
_MODEL = _TYPES("ByocTrunk")
_LIST_PATH = "/v1/ByocTrunks"
_INSTANCE_PATH = "/v1/ByocTrunks/{0}"
_CREATE: Operation[ByocTrunk] = Operation(
    "byoc_trunks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("voice_url", "VoiceUrl", FORM, "string"),
    P("voice_method", "VoiceMethod", FORM, "string"),
    P("voice_fallback_url", "VoiceFallbackUrl", FORM, "string"),
    P("voice_fallback_method", "VoiceFallbackMethod", FORM, "string"),
    P("status_callback_url", "StatusCallbackUrl", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("cnam_lookup_enabled", "CnamLookupEnabled", FORM, "boolean"),
    P("connection_policy_sid", "ConnectionPolicySid", FORM, "string"),
    P("from_domain_sid", "FromDomainSid", FORM, "string"),
)
_LIST: Operation[ByocTrunk] = Operation(
    "byoc_trunks.list", "GET", _LIST_PATH, body="none", list_key="byoc_trunks", model=_MODEL
)
_FETCH: Operation[ByocTrunk] = Operation(
    "byoc_trunks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ByocTrunk] = Operation(
    "byoc_trunks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("voice_url", "VoiceUrl", FORM, "string"),
    P("voice_method", "VoiceMethod", FORM, "string"),
    P("voice_fallback_url", "VoiceFallbackUrl", FORM, "string"),
    P("voice_fallback_method", "VoiceFallbackMethod", FORM, "string"),
    P("status_callback_url", "StatusCallbackUrl", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("cnam_lookup_enabled", "CnamLookupEnabled", FORM, "boolean"),
    P("connection_policy_sid", "ConnectionPolicySid", FORM, "string"),
    P("from_domain_sid", "FromDomainSid", FORM, "string"),
)
_DELETE: Operation[None] = Operation("byoc_trunks.delete", "DELETE", _INSTANCE_PATH, body="none")


class ByocTrunkCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    voice_url: str | NotGiven = NOT_GIVEN
    voice_method: str | NotGiven = NOT_GIVEN
    voice_fallback_url: str | NotGiven = NOT_GIVEN
    voice_fallback_method: str | NotGiven = NOT_GIVEN
    status_callback_url: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    cnam_lookup_enabled: bool | NotGiven = NOT_GIVEN
    connection_policy_sid: str | NotGiven = NOT_GIVEN
    from_domain_sid: str | NotGiven = NOT_GIVEN


class ByocTrunkUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    voice_url: str | NotGiven = NOT_GIVEN
    voice_method: str | NotGiven = NOT_GIVEN
    voice_fallback_url: str | NotGiven = NOT_GIVEN
    voice_fallback_method: str | NotGiven = NOT_GIVEN
    status_callback_url: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    cnam_lookup_enabled: bool | NotGiven = NOT_GIVEN
    connection_policy_sid: str | NotGiven = NOT_GIVEN
    from_domain_sid: str | NotGiven = NOT_GIVEN


class ByocTrunkContext(InstanceContext):
    """One ByocTrunk: ``/v1/ByocTrunks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ByocTrunk: ``GET /v1/ByocTrunks/{Sid}``."""
    update = _UPDATE.call_method(ByocTrunkUpdateArgs)
    """Update this ByocTrunk: ``POST /v1/ByocTrunks/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ByocTrunk: ``DELETE /v1/ByocTrunks/{Sid}``; returns True."""


class ByocTrunkList(KeyedList[ByocTrunkContext]):
    """ByocTrunk collection: ``/v1/ByocTrunks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BY[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ByocTrunkCreateArgs)
    """Create a ByocTrunk: ``POST /v1/ByocTrunks``."""
    list = _LIST.list_method(ListArgs)
    """List ByocTrunk resources: ``GET /v1/ByocTrunks``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ByocTrunk resources: ``GET /v1/ByocTrunks``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ByocTrunk resources: ``GET /v1/ByocTrunks``; ``next_page()`` moves on."""
