# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""AccountSettings resources (``settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    InstanceContext,
    Models,
    Operation,
    P,
    SingletonList,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.settings import AccountSettings

_TYPES = Models(__package__, ".types.settings")
_MODEL = _TYPES("AccountSettings")
_INSTANCE_PATH = "/v1/Voice/Settings"
_FETCH: Operation[AccountSettings] = Operation(
    "settings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("subaccount_sid", "SubaccountSid", QUERY, "string"))
_UPDATE: Operation[AccountSettings] = Operation(
    "settings.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("advanced_features", "AdvancedFeatures", FORM, "boolean"),
    P("voice_trace", "VoiceTrace", FORM, "boolean"),
    P("subaccount_sid", "SubaccountSid", FORM, "string"),
)


class AccountSettingsFetchArgs(Args):
    subaccount_sid: str | NotGiven = NOT_GIVEN


class AccountSettingsUpdateArgs(Args):
    advanced_features: bool | NotGiven = NOT_GIVEN
    voice_trace: bool | NotGiven = NOT_GIVEN
    subaccount_sid: str | NotGiven = NOT_GIVEN


class AccountSettingsContext(InstanceContext):
    """One AccountSettings: ``/v1/Voice/Settings``."""

    __slots__ = ()
    fetch = _FETCH.call_method(AccountSettingsFetchArgs)
    """Fetch this AccountSettings: ``GET /v1/Voice/Settings``."""
    update = _UPDATE.call_method(AccountSettingsUpdateArgs)
    """Update this AccountSettings: ``POST /v1/Voice/Settings``."""


class AccountSettingsList(SingletonList[AccountSettingsContext]):
    """AccountSettings collection."""

    __slots__ = ()
