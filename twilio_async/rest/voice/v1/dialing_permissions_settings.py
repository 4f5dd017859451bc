# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""Settings resources (``dialing_permissions.settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.dialing_permissions_settings import Settings

_TYPES = Models(__package__, ".types.dialing_permissions_settings")
_MODEL = _TYPES("Settings")
_INSTANCE_PATH = "/v1/Settings"
_FETCH: Operation[Settings] = Operation(
    "settings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Settings] = Operation(
    "settings.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("dialing_permissions_inheritance", "DialingPermissionsInheritance", FORM, "boolean")
)


class SettingsUpdateArgs(Args):
    dialing_permissions_inheritance: bool | NotGiven = NOT_GIVEN


class SettingsContext(InstanceContext):
    """One Settings: ``/v1/Settings``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Settings: ``GET /v1/Settings``."""
    update = _UPDATE.call_method(SettingsUpdateArgs)
    """Update this Settings: ``POST /v1/Settings``."""


class SettingsList(SingletonList[SettingsContext]):
    """Settings collection."""

    __slots__ = ()
